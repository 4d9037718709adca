package extract

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// zipOf builds a zip with the named (empty) members; a member named
// "mimetype=X" is stored first with content X, as OpenDocument does.
func zipOf(t testing.TB, names ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range names {
		if m, ok := strings.CutPrefix(n, "mimetype="); ok {
			f, err := w.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
			if err != nil {
				t.Fatal(err)
			}
			f.Write([]byte(m))
			continue
		}
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("<x/>"))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// ole2 is a compound-file signature followed by directory names in
// UTF-16LE, which is all Sniff looks at.
func ole2(streams ...string) []byte {
	b := []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	b = append(b, make([]byte, 504)...)
	for _, s := range streams {
		e := make([]byte, 128)
		copy(e, utf16le(s))
		binary.LittleEndian.PutUint16(e[64:], uint16(2*len(s)+2))
		b = append(b, e...)
	}
	return b
}

func gbk(s string) string {
	b, _ := simplifiedchinese.GBK.NewEncoder().String(s)
	return b
}

func TestSniff(t *testing.T) {
	docx := zipOf(t, "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml")
	random := string(bytes.Repeat([]byte{0x00, 0x91, 0x07, 0xfe, 0x13, 0x88}, 50))
	cases := []struct {
		name, file, data, want string
	}{
		// Magic bytes win over the extension.
		{"pdf", "a.docx", "%PDF-1.7\n%...", "pdf"},
		{"pdf after junk", "x", "junk junk\r\n%PDF-1.4\n", "pdf"},
		{"docx", "a.bin", string(docx), "docx"},
		{"docx named .xlsx", "a.xlsx", string(docx), "docx"},
		{"truncated docx: local headers only", "a", string(docx[:len(docx)/2]), "docx"},
		{"xlsx", "a", string(zipOf(t, "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")), "xlsx"},
		{"xlsb", "a.xlsx", string(zipOf(t, "[Content_Types].xml", "xl/workbook.bin", "xl/worksheets/sheet1.bin")), "xlsb"},
		{"xps", "a.zip", string(zipOf(t, "FixedDocumentSequence.fdseq", "[Content_Types].xml", "Documents/1/FixedDocument.fdoc", "Documents/1/Pages/1.fpage")), "xps"},
		{"pptx", "a", string(zipOf(t, "[Content_Types].xml", "ppt/presentation.xml")), "pptx"},
		{"odt", "a", string(zipOf(t, "mimetype=application/vnd.oasis.opendocument.text", "content.xml")), "odt"},
		{"ods", "a", string(zipOf(t, "mimetype=application/vnd.oasis.opendocument.spreadsheet", "content.xml")), "ods"},
		{"odp", "a", string(zipOf(t, "mimetype=application/vnd.oasis.opendocument.presentation", "content.xml")), "odp"},
		{"ofd", "a", string(zipOf(t, "OFD.xml", "Doc_0/Document.xml")), "ofd"},
		{"ofd Doc_0", "a", string(zipOf(t, "Doc_0/OFD.xml")), "ofd"},
		{"plain zip", "a.docx", string(zipOf(t, "readme.txt", "data.csv")), "zip"},
		{"encrypted ooxml", "a.docx", string(ole2("Root Entry", "EncryptionInfo", "EncryptedPackage")), "ooxml_encrypted"},
		{"doc", "a.doc", string(ole2("Root Entry", "WordDocument", "1Table")), "doc"},
		{"wps", "a.wps", string(ole2("Root Entry", "WordDocument")), "wps"},
		{"xls", "a", string(ole2("Root Entry", "Workbook")), "xls"},
		{"ppt", "a", string(ole2("Root Entry", "PowerPoint Document")), "ppt"},
		{"ole2 by extension", "a.xls", string(ole2("Root Entry", "Other")), "xls"},
		{"ole2 unknown", "a", string(ole2("Root Entry", "Other")), "ole2"},
		// A stream's text that names another stream is not an entry.
		{"ppt whose text says Workbook", "a", string(ole2("Root Entry", "PowerPoint Document")) + "\x00\x00" + string(utf16le("Workbook\x00")), "ppt"},
		{"et", "a.et", string(ole2("Root Entry", "Workbook")), "et"},
		{"dps", "a.dps", string(ole2("Root Entry", "PowerPoint Document")), "dps"},
		{"tar", "a", "a.txt" + strings.Repeat("\x00", 252) + "ustar\x0000" + strings.Repeat("\x00", 249), "tar"},
		{"png", "a.pdf", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"},
		{"jpeg", "a", "\xFF\xD8\xFF\xE0\x00\x10JFIF", "jpeg"},
		{"gif", "a", "GIF89a\x01\x00", "gif"},
		{"tiff", "a", "II*\x00\x08\x00\x00\x00", "tiff"},
		{"bmp", "a", "BM\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x18\x00", "bmp"},
		{"text starting BM", "a", "BMW 汽车的说明，一共二十六个字节以上的文本内容", "text"},
		{"webp", "a", "RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"},
		{"rar", "a", "Rar!\x1a\x07\x01\x00", "rar"},
		{"7z", "a", "7z\xBC\xAF\x27\x1C\x00\x04", "7z"},
		{"gzip", "a", "\x1f\x8b\x08\x00", "gzip"},
		{"rtf", "a.txt", `{\rtf1\ansi\ansicpg936 \'c3\'dc}`, "rtf"},
		{"mht", "a.mht", "MIME-Version: 1.0\r\nContent-Type: multipart/related;", "mht"},
		// HTML by its start, after a BOM, space and comments, in any case.
		{"doctype", "a.txt", "<!DOCTYPE html><html><body>正文</body></html>", "html"},
		{"bom html", "a", "\xEF\xBB\xBF \n <HTML lang=zh>", "html"},
		{"head", "a", "<head><title>t</title></head>", "html"},
		{"body", "a", "<body>正文</body>", "html"},
		{"meta", "a", `<meta charset="utf-8"><p>正文</p>`, "html"},
		{"comment then html", "a", "<!-- 初稿 --><html><body>x</body></html>", "html"},
		{"xhtml", "a", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, "html"},
		{"fragment", "a", "<p>关于<b>通知</b></p>", "html"},
		{"text with tags later", "a", "关于 <p> 标签的说明", "text"},
		{"not a tag", "a", "<hello>", "text"},
		{"text named html", "a.html", "只有文字的网页", "html"},
		// Text in its encodings.
		{"utf-8", "a", "关于印发工作方案的通知\n", "text"},
		{"utf-8 bom", "a", "\xEF\xBB\xBF秘密★1年", "text"},
		{"utf-16le", "a", "\xFF\xFE\x73\x79\xC6\x5B", "text"},
		{"gbk", "a.txt", gbk("关于印发内部资料管理办法的通知\r\n"), "text"},
		{"control bytes", "a", "text\x01\x02\x03\x04\x05\x06\x07", "binary"},
		// The extension, when the content says nothing.
		{"binary named docx", "a.docx", random, "docx"},
		{"binary named pdf", "a.PDF", random, "pdf"},
		{"binary", "a.dat", random, "binary"},
		{"binary no name", "", random, "binary"},
		{"empty pdf", "empty.pdf", "", "pdf"},
		{"empty", "empty", "", "text"},
		{"windows path", `C:\文件\通知.DOC`, random, "doc"},
	}
	for _, c := range cases {
		if got := Sniff(c.file, []byte(c.data)); got != c.want {
			t.Errorf("%s: Sniff(%q) = %q, want %q", c.name, c.file, got, c.want)
		}
	}
}

// The fixtures, by what they are.
func TestSniffFixtures(t *testing.T) {
	want := map[string]string{
		"docs/prose.pdf": "pdf", "docs/encrypted.pdf": "pdf", "docs/clean.docx": "docx", "docs/roster.xlsx": "xlsx",
		"docs/page.html": "html", "docs/clean.html": "html", "docs/gbk.txt": "text", "docs/utf8_bom.txt": "text",
		"malformed/legacy.doc": "doc", "malformed/fake.png": "png", "malformed/notzip.docx": "docx",
		"malformed/truncated.docx": "docx", "malformed/zipbomb.docx": "docx", "malformed/manyentries.xlsx": "xlsx",
		"malformed/empty.pdf": "pdf", "malformed/truncated.pdf": "pdf", "malformed/ofdbomb.ofd": "ofd",
		"malformed/nested_archive.zip": "zip",
	}
	for f, w := range want {
		b, err := os.ReadFile(filepath.Join("../../testdata", f))
		if err != nil {
			t.Logf("skipping %s: %v", f, err)
			continue
		}
		if got := Sniff(filepath.Base(f), b); got != w {
			t.Errorf("Sniff(%s) = %q, want %q", f, got, w)
		}
	}
}

// FuzzSniff: Sniff never panics, always names a format, and is a pure
// function of its input.
func FuzzSniff(f *testing.F) {
	for _, dir := range []string{"../../testdata/docs", "../../testdata/malformed"} {
		m, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range m {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(filepath.Base(p), b)
			}
		}
	}
	f.Add("a.docx", zipOf(f, "word/document.xml"))
	f.Add("a.doc", ole2("WordDocument"))
	f.Add("a.html", []byte("<!doctype html>"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		got := Sniff(name, data)
		if got == "" {
			t.Fatal("empty format")
		}
		if again := Sniff(name, data); again != got {
			t.Fatalf("Sniff not deterministic: %q then %q", got, again)
		}
	})
}

// TestSniffByContentType: an OOXML package whose main part is not where
// Office puts it is told by the content type its [Content_Types].xml
// gives that part, not taken for a plain zip (whose members' XML would be
// read as text, with a value split over runs unseen).
func TestSniffByContentType(t *testing.T) {
	pkg := func(part, typ string) []byte {
		return ziptest.Zip(
			ziptest.Entry{Name: "[Content_Types].xml", Body: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/` + part + `" ContentType="application/vnd.` + typ + `+xml"/></Types>`},
			ziptest.Entry{Name: "_rels/.rels", Body: `<Relationships/>`},
			ziptest.Entry{Name: part, Body: `<x/>`},
		)
	}
	for _, c := range []struct{ part, typ, want string }{
		{"book.xml", "openxmlformats-officedocument.spreadsheetml.sheet.main", FormatXLSX},
		{"data/wb.xml", "ms-excel.sheet.macroEnabled.main", FormatXLSX},
		{"content/main.xml", "openxmlformats-officedocument.wordprocessingml.document.main", FormatDOCX},
		{"deck.xml", "openxmlformats-officedocument.presentationml.presentation.main", FormatPPTX},
		{"other.xml", "openxmlformats-officedocument.drawingml.chart", FormatZIP},
	} {
		if got := Sniff("a", pkg(c.part, c.typ)); got != c.want {
			t.Errorf("%s as %s: sniffed %q, want %q", c.part, c.typ, got, c.want)
		}
	}
}

// TestControlRatioWordAtATime: the eight-bytes-a-step count gives what a
// byte-by-byte count gives, for texts with control bytes, NUL, DEL and
// their neighbours at every place and in every number.
func TestControlRatioWordAtATime(t *testing.T) {
	ref := func(h []byte) bool { // byte by byte
		n, nul := controlBytes(h)
		return nul || n*100 > len(h)
	}
	bytesOf := []byte{0, 1, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0x9f, 0xff, '\n', 'a', 0xe6}
	rng := uint32(7)
	for k := 0; k < 20000; k++ {
		h := make([]byte, k%300)
		for i := range h {
			rng = rng*1664525 + 1013904223
			if rng>>24 < 8 {
				h[i] = bytesOf[rng>>8%uint32(len(bytesOf))]
			} else {
				h[i] = 'a' + byte(rng>>12%26)
			}
		}
		if got, want := controlRatioHigh(h), ref(h); got != want {
			t.Fatalf("controlRatioHigh(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestSniffTextByExtension: text in an encoding the content sniffer does
// not name (Big5) is text by the names data files carry, not binary.
func TestSniffTextByExtension(t *testing.T) {
	big5 := []byte("\xa9\x6d\xa6\x57\t\xa4\xe2\xbe\xf7\n\xb1\x69\xa4\x54\t18612343579\n") // 姓名	手機 / 張三	…
	for _, name := range []string{"a.tsv", "a.json", "a.xml", "a.yaml", "a.markdown"} {
		if got := Sniff(name, big5); got != FormatText {
			t.Errorf("%s: %s, want %s", name, got, FormatText)
		}
	}
}
