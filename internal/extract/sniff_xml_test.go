package extract

import (
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestSniffXML: the XML office formats are told by their root element,
// after a BOM, the declaration, comments and processing instructions,
// in any encoding and under any name; other XML and HTML are not.
func TestSniffXML(t *testing.T) {
	const (
		odfNS  = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"`
		ssNS   = `xmlns="urn:schemas-microsoft-com:office:spreadsheet"`
		wordNS = `xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"`
	)
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(
		[]byte(`<?xml version="1.0" encoding="UTF-16"?><w:wordDocument ` + wordNS + `><w:body/></w:wordDocument>`))
	for _, c := range []struct {
		name, data, want string
	}{
		{"a.fodt", `<?xml version="1.0" encoding="UTF-8"?>` + "\n\n" + `<office:document ` + odfNS + ` office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">`, FormatFODT},
		{"a.xml", `<office:document xmlns:dc="x" ` + odfNS + ` office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body/>`, FormatFODS},
		{"a.doc", `<office:document ` + odfNS + ` office:mimetype='application/vnd.oasis.opendocument.presentation'>`, FormatFODP},
		{"a.xml", `<o:document xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0">`, FormatFODT},
		{"a.xls", "\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<?mso-application progid=\"Excel.Sheet\"?>\r\n<!-- export -->\r\n<Workbook " + ssNS + ` xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">`, FormatSpreadsheetML},
		{"a.xml", `<ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><ss:Worksheet/>`, FormatSpreadsheetML},
		{"a.doc", `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><w:wordDocument ` + wordNS + ` xml:space="preserve">`, FormatWordML},
		{"a.doc", string(utf16), FormatWordML},
		// Lookalikes: another namespace, another root, HTML, text.
		{"a.xml", `<Workbook xmlns="urn:example:workbook"><Worksheet/></Workbook>`, FormatText},
		{"a.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`, FormatText},
		{"a.fodt", `<office:document-content ` + odfNS + `/>`, FormatText},
		{"a.html", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>Workbook</body></html>`, FormatHTML},
		{"a.txt", `Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"`, FormatText},
	} {
		if got := Sniff(c.name, []byte(c.data)); got != c.want {
			t.Errorf("Sniff(%s, %.60q) = %s, want %s", c.name, c.data, got, c.want)
		}
	}
}

// FuzzSniffXML: no bytes make sniffXML panic.
func FuzzSniffXML(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`))
	f.Add([]byte(`<!-- a --><!DOCTYPE x><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype=`))
	f.Fuzz(func(t *testing.T, data []byte) { _ = sniffXML(data) })
}
