package extract

import (
	"bytes"
	"io"

	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// The XML office formats, told by their root element (sniffXML).
const (
	// FormatFODT, FormatFODS and FormatFODP are flat OpenDocument: a
	// whole text, spreadsheet or presentation in one XML file
	// (office:document), read by package odf.
	FormatFODT = "fodt"
	FormatFODS = "fods"
	FormatFODP = "fodp"
	// FormatSpreadsheetML is Excel 2003 XML (<Workbook> in
	// urn:schemas-microsoft-com:office:spreadsheet), read by package
	// xmlss.
	FormatSpreadsheetML = "spreadsheetml"
	// FormatWordML is Word 2003 XML (<w:wordDocument>), read by package
	// wordml.
	FormatWordML = "wordml"
)

// Namespaces whose root elements sniffXML knows.
const (
	nsOffice      = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsSpreadsheet = "urn:schemas-microsoft-com:office:spreadsheet"
	nsWordML      = "http://schemas.microsoft.com/office/word/2003/wordml"
)

// sniffXML returns the XML office format whose root element data has,
// after a byte-order mark, the XML declaration, comments, processing
// instructions (<?mso-application progid="Excel.Sheet"?>) and a document
// type declaration, whatever the file's name says; "" for any other
// file. The head is decoded as zipguard.UTF8 decodes it, so a file in
// UTF-16 or GB18030 is told as one in UTF-8.
func sniffXML(data []byte) string {
	h := bytes.TrimPrefix(head(data, 8), []byte("\xEF\xBB\xBF"))
	h = bytes.TrimLeft(h, " \t\r\n")
	if len(h) == 0 || h[0] != '<' && h[0] != 0 && h[0] != 0xFE && h[0] != 0xFF {
		return "" // not XML, in any encoding UTF8 reads
	}
	b := bytes.TrimPrefix(head(data, sniffWindow), []byte("\xEF\xBB\xBF"))
	if h[0] != '<' {
		// UTF-16: decoded first. In an encoding that keeps ASCII as it
		// is (UTF-8, GB18030, GBK) the markup before the root and its
		// name and namespaces are ASCII already: no byte of a GB18030
		// character is <, >, -, ? or a quote.
		u, _, err := zipguard.UTF8(bytes.NewReader(b))
		if err != nil {
			return ""
		}
		b, _ = io.ReadAll(u) // a head cut mid-character is read as far as it goes
	}
	root, ok := rootTag(b)
	if !ok {
		return ""
	}
	name, attrs := root, []byte(nil)
	if i := bytes.IndexAny(root, " \t\r\n/"); i >= 0 {
		name, attrs = root[:i], root[i:]
	}
	prefix, local, found := bytes.Cut(name, []byte(":"))
	if !found {
		prefix, local = nil, name
	}
	bound := func(ns string) bool {
		decl := "xmlns"
		if prefix != nil {
			decl += ":" + string(prefix)
		}
		return attrValue(attrs, decl) == ns
	}
	switch {
	case string(local) == "document" && bound(nsOffice):
		switch mt := attrValue(attrs, "office:mimetype"); {
		case bytes.HasPrefix([]byte(mt), []byte("application/vnd.oasis.opendocument.spreadsheet")):
			return FormatFODS
		case bytes.HasPrefix([]byte(mt), []byte("application/vnd.oasis.opendocument.presentation")),
			bytes.HasPrefix([]byte(mt), []byte("application/vnd.oasis.opendocument.graphics")):
			return FormatFODP
		}
		return FormatFODT
	case string(local) == "Workbook" && bound(nsSpreadsheet):
		return FormatSpreadsheetML
	case string(local) == "wordDocument" && bound(nsWordML):
		return FormatWordML
	}
	return ""
}

// rootTag returns what stands between "<" and ">" of the first element of
// the XML document b, or false when b's prolog holds anything else.
func rootTag(b []byte) ([]byte, bool) {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	for n := 0; n < 64; n++ {
		b = bytes.TrimLeft(b, " \t\r\n")
		var end string
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = "?>"
		case bytes.HasPrefix(b, []byte("<!--")):
			end = "-->"
		case bytes.HasPrefix(b, []byte("<!")):
			end = ">" // <!DOCTYPE …> without an internal subset
		case bytes.HasPrefix(b, []byte("<")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return nil, false
			}
			return bytes.TrimRight(b[1:i], "/ \t\r\n"), true
		default:
			return nil, false
		}
		i := bytes.Index(b, []byte(end))
		if i < 0 {
			return nil, false
		}
		b = b[i+len(end):]
	}
	return nil, false
}

// attrValue returns the value of attribute name in the attributes of a
// start tag, or "".
func attrValue(attrs []byte, name string) string {
	for rest := attrs; ; {
		i := bytes.Index(rest, []byte(name))
		if i < 0 {
			return ""
		}
		before := byte(' ')
		if i > 0 {
			before = rest[i-1]
		}
		after := bytes.TrimLeft(rest[i+len(name):], " \t\r\n")
		rest = rest[i+len(name):]
		if before != ' ' && before != '\t' && before != '\r' && before != '\n' || len(after) == 0 || after[0] != '=' {
			continue
		}
		after = bytes.TrimLeft(after[1:], " \t\r\n")
		if len(after) == 0 || after[0] != '"' && after[0] != '\'' {
			continue
		}
		if j := bytes.IndexByte(after[1:], after[0]); j >= 0 {
			return string(after[1 : 1+j])
		}
		return ""
	}
}
