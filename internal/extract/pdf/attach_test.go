package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// embeddedNames lists the names of d's embedded files.
func embeddedNames(d *doc.Document) []string {
	var names []string
	for _, e := range d.Embedded {
		names = append(names, e.Name)
	}
	return names
}

// Attached files are handed to the dispatcher with their names and bytes:
// from the /EmbeddedFiles name tree (pdfattach, qpdf, and encrypted with
// AES-256, whose embedded file streams are encrypted too) and from a file
// attachment annotation.
func TestAttachments(t *testing.T) {
	d := extract(t, readTestdata(t, "attached.pdf"))
	wantRules(t, d)
	if len(d.Embedded) != 1 || d.Embedded[0].Name != "roster.csv" ||
		string(d.Embedded[0].Data) != "姓名,身份证号\n张某某,110105198503071230\n" {
		t.Errorf("embedded = %q", d.Embedded)
	}
	if !strings.Contains(pageTexts(d)[1], "秘密") {
		t.Errorf("the pages are still read: %v", pageTexts(d))
	}

	for _, f := range []string{"attach_files.pdf", "attach_aes_256.pdf"} {
		d = extract(t, readTestdata(t, f))
		wantRules(t, d)
		if got := strings.Join(embeddedNames(d), " "); got != "inner.pdf memo.docx note.txt" {
			t.Errorf("%s: embedded %q", f, got)
		}
		for _, e := range d.Embedded {
			if e.Name == "note.txt" && string(e.Data) != "内部资料\n联系人身份证号：320502197806150021\n" {
				t.Errorf("%s: note.txt = %q", f, e.Data)
			}
		}
	}

	objs := pageObjs("/Annots [6 0 R]", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "",
		"<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS 7 0 R >>",
		`<< /Type /Filespec /F (dir\\a.csv) /EF << /F 8 0 R >> >>`,
		streamObj("/Type /EmbeddedFile", "secret,data"))
	d = extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	if len(d.Embedded) != 1 || d.Embedded[0].Name != "a.csv" || string(d.Embedded[0].Data) != "secret,data" {
		t.Errorf("annotation: embedded = %q", d.Embedded)
	}
}

// What cannot be decoded or is past a bound is reported, with the name of
// the attachment; media stay unreadable.
func TestAttachmentLimits(t *testing.T) {
	withTree := func(names string, more ...string) []byte {
		objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "", more...)
		objs[0] = "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [" + names + "] >> >> >>"
		return hand("%PDF-1.7\n", objs, "/Root 1 0 R", false)
	}
	spec := "<< /Type /Filespec /UF (b.txt) /EF << /F 7 0 R >> >>"

	// A stream that does not inflate.
	d := extract(t, withTree("(b.txt) 6 0 R", spec, streamObj("/Filter /FlateDecode", "not zlib data")))
	wantRules(t, d, "unreadable.embedded@0")
	if f := d.Findings[0]; f.Location.File != "b.txt" || !strings.Contains(f.Message, "PDF 附件 b.txt 无法解码") {
		t.Errorf("finding = %+v", f)
	}
	if len(d.Embedded) != 0 {
		t.Errorf("embedded = %q", d.Embedded)
	}

	// Past the byte bound (Limits.MaxUnzipBytes, shared by attachments).
	lim := doc.DefaultLimits()
	lim.MaxUnzipBytes = 64
	d = extractLim(t, withTree("(b.txt) 6 0 R", spec, streamObj("", strings.Repeat("x", 65))), lim)
	wantRules(t, d, "unreadable.too_large@0")
	if !strings.Contains(d.Findings[0].Message, "PDF 附件 b.txt 解压后超过大小上限") {
		t.Errorf("finding = %+v", d.Findings[0])
	}

	// Past the count bound: the first maxAttachments are taken (the same
	// bytes once), the rest reported.
	var names []string
	for i := 0; i < maxAttachments+3; i++ {
		names = append(names, fmt.Sprintf("(f%d) 6 0 R", i))
	}
	d = extract(t, withTree(strings.Join(names, " "), spec, streamObj("", "data")))
	wantRules(t, d, "unreadable.too_large@0")
	if !strings.Contains(d.Findings[0].Message, "其余 3 个未读取") || len(d.Embedded) != 1 {
		t.Errorf("findings %s, embedded %q", findingsOf(d), d.Embedded)
	}

	// A specification that embeds nothing refers to a file outside the
	// PDF: nothing to read. One whose /EF holds no stream is damaged.
	d = extract(t, withTree("(c) << /F (c.txt) >> (d) << /F (d.txt) /EF << /F 3 >> >>"))
	wantRules(t, d, "unreadable.embedded@0")
	if f := d.Findings[0]; f.Location.File != "d.txt" {
		t.Errorf("finding = %+v", f)
	}

	// A RichMedia annotation is still reported.
	objs := pageObjs("/Annots [6 0 R]", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "",
		"<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] >>")
	d = extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.embedded@1")
	if !strings.Contains(d.Findings[0].Message, "第1页含有多媒体或三维内容") {
		t.Errorf("message = %q", d.Findings[0].Message)
	}
}
