package extract

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"io"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	asmutf8 "github.com/segmentio/asm/utf8"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// Format names returned by Sniff. The readable ones have an extractor;
// every other name is reported as unreadable with its description.
const (
	FormatText           = "text"
	FormatHTML           = "html"
	FormatPDF            = "pdf"
	FormatDOCX           = "docx"
	FormatXLSX           = "xlsx"
	FormatXLSB           = "xlsb"
	FormatXPS            = "xps"
	FormatPPTX           = "pptx"
	FormatODT            = "odt"
	FormatODS            = "ods"
	FormatODP            = "odp"
	FormatOFD            = "ofd"
	FormatZIP            = "zip"
	FormatOLE2           = "ole2"
	FormatDOC            = "doc"
	FormatXLS            = "xls"
	FormatPPT            = "ppt"
	FormatWPS            = "wps"
	FormatET             = "et"
	FormatDPS            = "dps"
	FormatOOXMLEncrypted = "ooxml_encrypted"
	FormatRTF            = "rtf"
	FormatMHT            = "mht"
	FormatEML            = "eml"
	FormatPNG            = "png"
	FormatJPEG           = "jpeg"
	FormatGIF            = "gif"
	FormatTIFF           = "tiff"
	FormatBMP            = "bmp"
	FormatWEBP           = "webp"
	FormatRAR            = "rar"
	Format7Z             = "7z"
	FormatGZIP           = "gzip"
	FormatTAR            = "tar"
	FormatBinary         = "binary"
)

// sniffWindow is how much of a file the text and HTML checks look at. The
// magic-byte checks need far less; the zip check reads the central
// directory wherever it is.
const sniffWindow = 64 << 10

// Sniff returns the format of a file: from its content first (magic bytes,
// then the entries of a zip or the streams of an OLE2 compound file, then
// whether it reads as HTML or text), from the extension of name second,
// and "binary" when neither says anything. It reads data only, never
// trusts a size the data declares, and does not panic on any input.
func Sniff(name string, data []byte) string {
	ext := strings.ToLower(strings.TrimPrefix(path.Ext(strings.ReplaceAll(name, `\`, "/")), "."))
	if f := sniffMagic(data, ext); f != "" {
		return f
	}
	if f := sniffXML(data); f != "" {
		return f
	}
	if f := sniffMarkup(data, ext); f != "" {
		return f
	}
	if len(data) > 0 && looksLikeText(data) {
		if isHTMLExt(ext) {
			return FormatHTML
		}
		return FormatText
	}
	if f, ok := extFormats[ext]; ok {
		return f
	}
	if len(data) == 0 {
		// Nothing to read: an empty file of unknown type is empty text.
		return FormatText
	}
	return FormatBinary
}

// extFormats maps file extensions to formats for files whose content says
// nothing (empty, truncated before the magic bytes, or garbage).
var extFormats = map[string]string{
	"txt": FormatText, "text": FormatText, "csv": FormatText, "tsv": FormatText, "tab": FormatText, "md": FormatText,
	"markdown": FormatText, "log": FormatText, "json": FormatText, "jsonl": FormatText, "ndjson": FormatText,
	"xml": FormatText, "yaml": FormatText, "yml": FormatText, "ini": FormatText,
	"html": FormatHTML, "htm": FormatHTML, "shtml": FormatHTML, "xhtml": FormatHTML,
	"pdf": FormatPDF, "docx": FormatDOCX, "docm": FormatDOCX, "dotx": FormatDOCX,
	"xlsx": FormatXLSX, "xlsm": FormatXLSX, "xltx": FormatXLSX, "xlsb": FormatXLSB, "xps": FormatXPS, "oxps": FormatXPS,
	"pptx": FormatPPTX, "odt": FormatODT, "ods": FormatODS, "odp": FormatODP, "ofd": FormatOFD,
	"doc": FormatDOC, "dot": FormatDOC, "xls": FormatXLS, "ppt": FormatPPT,
	"wps": FormatWPS, "et": FormatET, "dps": FormatDPS, "rtf": FormatRTF,
	"mht": FormatMHT, "mhtml": FormatMHT, "eml": FormatEML,
	"png": FormatPNG, "jpg": FormatJPEG, "jpeg": FormatJPEG, "gif": FormatGIF,
	"tif": FormatTIFF, "tiff": FormatTIFF, "bmp": FormatBMP, "webp": FormatWEBP,
	"zip": FormatZIP, "rar": FormatRAR, "7z": Format7Z, "gz": FormatGZIP, "tgz": FormatGZIP, "tar": FormatTAR,
}

func isHTMLExt(ext string) bool {
	switch ext {
	case "html", "htm", "shtml", "xhtml":
		return true
	}
	return false
}

// ole2Magic starts every compound file (OLE2): .doc, .xls, .ppt, the WPS
// formats and encrypted OOXML.
const ole2Magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

func sniffMagic(data []byte, ext string) string {
	// PDF allows up to 1024 bytes of junk before the header.
	if i := bytes.Index(head(data, 1024), []byte("%PDF-")); i >= 0 {
		return FormatPDF
	}
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")),
		bytes.HasPrefix(data, []byte("PK\x07\x08")):
		return sniffZip(data)
	case bytes.HasPrefix(data, []byte(ole2Magic)):
		return sniffOLE2(data, ext)
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return FormatPNG
	case bytes.HasPrefix(data, []byte("\xFF\xD8\xFF")):
		return FormatJPEG
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return FormatGIF
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return FormatTIFF
	case bytes.HasPrefix(data, []byte("BM")) && len(data) >= 26 && validBMP(data):
		return FormatBMP
	case len(data) >= 12 && bytes.HasPrefix(data, []byte("RIFF")) && string(data[8:12]) == "WEBP":
		return FormatWEBP
	case bytes.HasPrefix(data, []byte("Rar!\x1a\x07")):
		return FormatRAR
	case bytes.HasPrefix(data, []byte("7z\xBC\xAF\x27\x1C")):
		return Format7Z
	case bytes.HasPrefix(data, []byte("\x1f\x8b")):
		return FormatGZIP
	case len(data) >= 262 && string(data[257:262]) == "ustar":
		return FormatTAR
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		// RTF escapes Chinese as \'c3\'dc: read as text it would hide
		// every marking, so it must not fall through to text.
		return FormatRTF
	}
	return ""
}

// validBMP checks the BITMAPFILEHEADER enough that a text file starting
// with "BM" is not taken for an image.
func validBMP(data []byte) bool {
	hdr := binary.LittleEndian.Uint32(data[14:18]) // DIB header size
	switch hdr {
	case 12, 40, 52, 56, 64, 108, 124:
		return true
	}
	return false
}

// sniffZip tells the OOXML, OpenDocument and OFD formats apart by their
// entries. It reads the central directory; when that is missing
// (a truncated file) it walks the local file headers instead.
func sniffZip(data []byte) string {
	names, mimetype, ctypes := zipNames(data)
	some := func(match func(name string) bool) bool { return slices.ContainsFunc(names, match) }
	has := func(n string) bool { return some(func(x string) bool { return strings.EqualFold(x, n) }) }
	hasPrefix := func(p string) bool {
		return some(func(x string) bool { return strings.HasPrefix(strings.ToLower(x), p) })
	}
	hasSuffix := func(sfx string) bool {
		return some(func(x string) bool { return strings.HasSuffix(strings.ToLower(x), sfx) })
	}
	switch {
	case has("word/document.xml") || has("word/document2.xml"):
		return FormatDOCX
	case has("xl/workbook.xml"):
		return FormatXLSX
	case has("xl/workbook.bin"):
		// Excel's binary workbook (BIFF12 parts in the package).
		return FormatXLSB
	case hasPrefix("ppt/"):
		return FormatPPTX
	case strings.HasPrefix(mimetype, "application/vnd.oasis.opendocument.text"):
		return FormatODT
	case strings.HasPrefix(mimetype, "application/vnd.oasis.opendocument.spreadsheet"):
		return FormatODS
	case strings.HasPrefix(mimetype, "application/vnd.oasis.opendocument.presentation"):
		return FormatODP
	case has("OFD.xml") || has("Doc_0/OFD.xml") || hasPrefix("doc_0/"):
		return FormatOFD
	case hasSuffix(".fdseq") || strings.Contains(ctypes, "xps-fixeddocumentsequence"): // openxps- too
		// XPS and OpenXPS (Windows' print to XPS): fixed pages whose
		// XML a reader of archives would take for text.
		return FormatXPS
	case has("[Content_Types].xml") && hasPrefix("word/"):
		// A Word package whose main part has another name.
		return FormatDOCX
	// A package whose main part is not where Office puts it (the
	// relationships may put it anywhere): its content type says what it
	// is, and the extractor follows the relationships to it.
	case mainPart(ctypes, "spreadsheetml.sheet.main+", "spreadsheetml.template.main+", "ms-excel.sheet.macroEnabled.main+", "ms-excel.template.macroEnabled.main+"):
		return FormatXLSX
	case mainPart(ctypes, "ms-excel.sheet.binary.macroEnabled.main"):
		return FormatXLSB
	case mainPart(ctypes, "wordprocessingml.document.main+", "wordprocessingml.template.main+", "ms-word.document.macroEnabled.main+", "ms-word.template.macroEnabledTemplate.main+"):
		return FormatDOCX
	case mainPart(ctypes, "presentationml.presentation.main+", "presentationml.slideshow.main+", "presentationml.template.main+", "ms-powerpoint.presentation.macroEnabled.main+", "ms-powerpoint.slideshow.macroEnabled.main+"):
		return FormatPPTX
	}
	return FormatZIP
}

// mainPart reports whether the content types of an OOXML package
// ([Content_Types].xml) declare a part of one of the given main types.
func mainPart(ctypes string, types ...string) bool {
	for _, t := range types {
		if strings.Contains(ctypes, "application/vnd.openxmlformats-officedocument."+t) || strings.Contains(ctypes, "application/vnd."+t) {
			return true
		}
	}
	return false
}

// maxSniffEntries bounds the names sniffZip looks at.
const maxSniffEntries = 4096

// zipNames lists entry names and, for OpenDocument, the content of the
// "mimetype" entry (which the format requires to be first and stored).
func zipNames(data []byte) (names []string, mimetype, ctypes string) {
	if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil || err == zip.ErrInsecurePath {
		for i, f := range zr.File {
			if i == maxSniffEntries {
				break
			}
			names = append(names, f.Name)
			if f.Name == "mimetype" && mimetype == "" {
				mimetype = readSmall(f, 200)
			}
			if strings.EqualFold(f.Name, "[Content_Types].xml") && ctypes == "" {
				ctypes = readSmallXML(f, 64<<10)
			}
		}
		return names, mimetype, ctypes
	}
	// No central directory (a truncated file): walk the local headers.
	for off := 0; len(names) < maxSniffEntries && off+30 <= len(data); {
		if string(data[off:off+4]) != "PK\x03\x04" {
			break
		}
		flags := binary.LittleEndian.Uint16(data[off+6:])
		method := binary.LittleEndian.Uint16(data[off+8:])
		csize := int(binary.LittleEndian.Uint32(data[off+18:]))
		nlen := int(binary.LittleEndian.Uint16(data[off+26:]))
		xlen := int(binary.LittleEndian.Uint16(data[off+28:]))
		start := off + 30 + nlen + xlen
		if start > len(data) {
			break
		}
		name := string(data[off+30 : off+30+nlen])
		names = append(names, name)
		if flags&0x8 == 0 {
			if name == "mimetype" && method == 0 && csize < 200 && start+csize <= len(data) {
				mimetype = string(data[start : start+csize])
			}
			off = start + csize
			continue
		}
		// Sizes follow the data: look for the next header.
		next := bytes.Index(data[start:], []byte("PK\x03\x04"))
		if next < 0 {
			break
		}
		if name == "mimetype" && method == 0 && next < 200 {
			mimetype = strings.TrimSuffix(string(data[start:start+next]), "PK\x07\x08")
			if i := strings.Index(mimetype, "PK\x07\x08"); i >= 0 {
				mimetype = mimetype[:i]
			}
		}
		off = start + next
	}
	return names, mimetype, ""
}

// readSmall reads at most max bytes of a zip member, or "" on error.
func readSmall(f *zip.File, max int64) string {
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, max))
	return string(b)
}

// readSmallXML reads at most max bytes of an XML zip member, in UTF-8
// (a package may hold its content types in UTF-16), or "" on error.
func readSmallXML(f *zip.File, max int64) string {
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	u, _, err := zipguard.UTF8(io.LimitReader(rc, max))
	if err != nil {
		return ""
	}
	b, _ := io.ReadAll(u)
	return string(b)
}

// sniffOLE2 looks at the stream names of a compound file. Directory
// entries store names in UTF-16LE, so searching the raw bytes for them is
// enough and needs no parser; only a directory entry counts (see
// oleEntry), not the same characters in a stream's text.
func sniffOLE2(data []byte, ext string) string {
	has := func(s string) bool { return oleEntry(data, s) }
	switch {
	case has("EncryptedPackage") || has("EncryptionInfo"):
		// An encrypted DOCX/XLSX/PPTX is an OLE2 wrapper.
		return FormatOOXMLEncrypted
	case has("WordDocument"):
		if ext == "wps" {
			return FormatWPS
		}
		return FormatDOC
	case has("Workbook") || has("Book"):
		if ext == "et" {
			return FormatET
		}
		return FormatXLS
	case has("PowerPoint Document"):
		if ext == "dps" {
			return FormatDPS
		}
		return FormatPPT
	}
	switch ext {
	case "doc", "dot", "wps", "xls", "et", "ppt", "dps":
		return extFormats[ext]
	}
	return FormatOLE2
}

// oleEntry reports whether data has a directory entry named name: the
// name in UTF-16LE at a 128-byte boundary (every sector starts at a
// multiple of 512 and holds 128-byte entries), ended by a NUL, with the
// entry's name-length field (bytes, NUL included) saying so. The same
// characters in a stream's text (a slide that says "Book") do not count.
func oleEntry(data []byte, name string) bool {
	pat := append(utf16le(name), 0, 0)
	want := uint16(len(pat))
	for off, n := 0, 0; n < 4096; n++ {
		i := bytes.Index(data[off:], pat)
		if i < 0 {
			return false
		}
		at := off + i
		if at%128 == 0 && at+66 <= len(data) && binary.LittleEndian.Uint16(data[at+64:]) == want {
			return true
		}
		off = at + 2
	}
	return false
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func head(data []byte, n int) []byte {
	if len(data) > n {
		return data[:n]
	}
	return data
}

// htmlStarts are what an HTML document or fragment may begin with, after
// a BOM, white space and comments.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}

// htmlFragmentTags are tags a CMS fragment typically begins with: a
// fragment is read as HTML so that hidden elements and comments are seen.
var htmlFragmentTags = []string{"p", "div", "span", "table", "h1", "h2", "h3", "h4", "h5", "h6",
	"ul", "ol", "section", "article", "br", "img", "a", "font", "style", "script", "link", "center", "strong", "b"}

// sniffMarkup recognizes HTML and MHT (a web page saved with its parts
// as MIME; read as text its Chinese would be quoted-printable or base64).
func sniffMarkup(data []byte, ext string) string {
	h := head(data, sniffWindow)
	h = bytes.TrimPrefix(h, []byte("\xEF\xBB\xBF"))
	h = bytes.TrimLeft(h, " \t\r\n\f")
	if f := mimeMessage(h, ext); f != "" {
		return f
	}
	if hasPrefixFold(h, "mime-version:") {
		return FormatMHT
	}
	// An XHTML file may begin with an XML declaration.
	if hasPrefixFold(h, "<?xml") {
		if i := bytes.Index(h, []byte("?>")); i >= 0 {
			h = bytes.TrimLeft(h[i+2:], " \t\r\n\f")
		}
	}
	// Skip leading comments.
	for n := 0; n < 16 && bytes.HasPrefix(h, []byte("<!--")); n++ {
		i := bytes.Index(h, []byte("-->"))
		if i < 0 {
			break
		}
		h = bytes.TrimLeft(h[i+3:], " \t\r\n\f")
	}
	for _, s := range htmlStarts {
		if hasPrefixFold(h, s) && (len(h) == len(s) || isTagEnd(h[len(s)]) || s == "<!doctype html") {
			return FormatHTML
		}
	}
	if len(h) > 1 && h[0] == '<' {
		for _, t := range htmlFragmentTags {
			if hasPrefixFold(h[1:], t) && len(h) > 1+len(t) && isTagEnd(h[1+len(t)]) {
				if looksLikeText(data) {
					return FormatHTML
				}
			}
		}
	}
	return ""
}

// isMHT reports whether h begins with the header of a MIME web archive:
// header lines ("Name: value", or a continuation) up to the first empty
// line, among them MIME-Version and a Content-Type of multipart/related
// (Internet Explorer and Chromium begin with From:, Subject: and Date:).
// Under .mht or .mhtml any multipart or HTML Content-Type will do.
func isMHT(h []byte, ext string) bool { return mimeMessage(h, ext) == FormatMHT }

// mimeMessage says which MIME message h begins with: FormatMHT for a web
// archive (isMHT), FormatEML for an e-mail (a MIME header with a sender,
// a recipient or a subject, or any MIME header under .eml), whose parts
// are base64 or quoted-printable and would pass unread as text; "" for
// neither.
func mimeMessage(h []byte, ext string) string {
	h = head(h, 16<<10)
	var version, mail bool
	var ctype string
	last := ""
	for n := 0; n < 64 && len(h) > 0; n++ {
		line, rest, _ := bytes.Cut(h, []byte("\n"))
		h = rest
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) == 0 {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if last == "content-type" {
				ctype += strings.ToLower(string(line))
			}
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok || len(name) == 0 || bytes.ContainsAny(name, " \t") {
			return ""
		}
		last = strings.ToLower(string(name))
		switch last {
		case "mime-version":
			version = true
		case "content-type":
			ctype = strings.ToLower(string(value))
		case "to", "cc", "message-id", "received", "in-reply-to":
			mail = true
		}
	}
	if !version {
		return ""
	}
	if strings.Contains(ctype, "multipart/related") ||
		(ext == "mht" || ext == "mhtml") && (strings.Contains(ctype, "multipart/") || strings.Contains(ctype, "text/html")) {
		return FormatMHT
	}
	if mail || ext == "eml" {
		return FormatEML
	}
	return ""
}

func isTagEnd(c byte) bool {
	return c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/'
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// looksLikeText reports whether data decodes as text: UTF-16 with a BOM,
// or UTF-8 or GB18030 with few control bytes. Only the first sniffWindow
// bytes are examined.
func looksLikeText(data []byte) bool {
	if bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")) {
		return len(data)%2 == 0 || len(data) > sniffWindow
	}
	h := head(data, sniffWindow)
	truncated := len(data) > len(h)
	if controlRatioHigh(h) {
		return false
	}
	if validUTF8Prefix(h, truncated) {
		return true
	}
	return validGB18030(h, truncated)
}

// controlRatioHigh is true when the bytes hold a NUL or more than 1 in 100
// control bytes other than the usual white space, ESC and Ctrl-Z. Eight
// bytes are tested at a time for any byte below 0x20 or equal to 0x7f
// ("Determine if a word has a byte less than n", Bit Twiddling Hacks):
// text has one in a line, at its end.
func controlRatioHigh(h []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n := 0
	i := 0
	for ; i+8 <= len(h); i += 8 {
		x := binary.LittleEndian.Uint64(h[i:])
		y := x ^ ones*0x7f
		if (x-ones*0x20)&^x&highs == 0 && (y-ones)&^y&highs == 0 {
			continue
		}
		k, nul := controlBytes(h[i : i+8])
		if nul {
			return true
		}
		n += k
	}
	k, nul := controlBytes(h[i:])
	return nul || (n+k)*100 > len(h)
}

// controlBytes counts the control bytes of b other than the usual white
// space, ESC and Ctrl-Z, and reports a NUL.
func controlBytes(b []byte) (n int, nul bool) {
	for _, c := range b {
		if c >= 0x20 && c != 0x7f {
			continue
		}
		switch c {
		case '\t', '\n', '\r', '\f', '\v', 0x1a, 0x1b:
			continue
		case 0:
			return n, true
		}
		n++
	}
	return n, false
}

// validUTF8Prefix accepts UTF-8 whose only flaw is a rune cut off at the
// end of a window.
func validUTF8Prefix(h []byte, truncated bool) bool {
	if asmutf8.Valid(h) {
		return true
	}
	if !truncated {
		return false
	}
	for i := 1; i < utf8.UTFMax && i <= len(h); i++ {
		if utf8.Valid(h[:len(h)-i]) {
			return true
		}
	}
	return false
}

func validGB18030(h []byte, truncated bool) bool {
	if truncated && len(h) > 4 {
		h = h[:len(h)-4] // a multi-byte sequence may be cut at the end
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(h)
	if err != nil {
		return false
	}
	// The decoder replaces invalid sequences with U+FFFD.
	bad := bytes.Count(out, []byte("\uFFFD"))
	return bad == 0 || bad*200 < len(h)
}
