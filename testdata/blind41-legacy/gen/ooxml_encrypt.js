// node ooxml_encrypt.js IN OUT PASSWORD  (npm officecrypto-tool: ECMA-376 agile encryption in an OLE2 wrapper)
const oc = require("officecrypto-tool"); const fs = require("fs");
const [inp, out, pw] = process.argv.slice(2);
const buf = oc.encrypt(fs.readFileSync(inp), {password: pw});
fs.writeFileSync(out, buf);
