// mkencrypted.js writes encrypted.docx: a DOCX converted from hidden.doc
// by LibreOffice, encrypted with the password "mishen" by the npm package
// officecrypto-tool (ECMA-376 agile encryption: an OLE2 compound file
// holding EncryptionInfo and EncryptedPackage), which LibreOffice 7.4
// cannot write. Run from this folder, with the package installed in a
// scratch folder:
//
//	npm install --prefix /tmp/oc officecrypto-tool@0.0.19
//	soffice --headless --convert-to docx --outdir /tmp/oc hidden.doc
//	NODE_PATH=/tmp/oc/node_modules node mkencrypted.js /tmp/oc/hidden.docx
const fs = require('fs');
const officeCrypto = require('officecrypto-tool');
const input = fs.readFileSync(process.argv[2]);
fs.writeFileSync('encrypted.docx', officeCrypto.encrypt(input, {password: 'mishen'}));
