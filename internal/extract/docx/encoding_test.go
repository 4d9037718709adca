package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

// encodings holds packages whose XML parts are in UTF-16 or GB18030
// (testdata/encodings/recode.py, from LibreOffice's documents).
const encodings = "../../../testdata/encodings"

// TestPartsInUTF16 checks that a document whose every part (body,
// header, footnotes, comments, relationships, content types, styles,
// properties) is in UTF-16, with a byte-order mark or without, or in
// GB18030, reads as the UTF-8 document it was made from: XML 1.0 requires
// every processor to read UTF-16, and OPC allows it for every part.
func TestPartsInUTF16(t *testing.T) {
	ziptest.SameAsOriginal(t, []ziptest.Recoded{
		{File: filepath.Join(encodings, "hidden_parts_utf16.docx"), From: filepath.Join(fixtures, "hidden_parts.docx"),
			Find: []string{"330102197908254067", "13957180246", "此段涉及内部事项", "王某某"},
			Wide: []string{"word/document.xml", "word/comments.xml", "word/header1.xml", "word/footnotes.xml",
				"word/styles.xml", "word/_rels/document.xml.rels", "[Content_Types].xml", "docProps/app.xml"}},
		{File: filepath.Join(encodings, "header_marking_utf16.docx"), From: filepath.Join(fixtures, "header_marking.docx"),
			Find: []string{"机密★1年"},
			Wide: []string{"word/header1.xml", "word/document.xml", "_rels/.rels"}},
	}, Extract)
}

// TestUndecodablePart checks that a body in UTF-16 holding bytes that
// are not UTF-16 (an unpaired surrogate) is reported unreadable, with a
// message about its encoding rather than plain damage, and that the
// header, in good UTF-16, is still read.
func TestUndecodablePart(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(encodings, "bad_utf16.docx"))
	if err != nil {
		t.Fatal(err)
	}
	d, _ := Extract(data, doc.DefaultLimits())
	var msgs []string
	for _, f := range d.Findings {
		if f.Category == report.Unreadable && f.Location.File == "word/document.xml" {
			msgs = append(msgs, f.Rule+" "+f.Message)
		}
	}
	if len(msgs) != 1 || !strings.Contains(msgs[0], "字符编码") {
		t.Errorf("body findings %q, want one about its encoding", msgs)
	}
	header := false
	for _, p := range d.Parts {
		header = header || (p.Kind == doc.Header && strings.Contains(p.Text, "机密★1年"))
	}
	if !header {
		t.Error("the header in UTF-16 is not read")
	}
}
