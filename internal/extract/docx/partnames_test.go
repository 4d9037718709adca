package docx

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// TestPartsWhereRelationshipsSay: a Word document's header and footnotes
// are read wherever its relationships put them and whatever they are
// called, and a main part at the package's root finds its own.
func TestPartsWhereRelationshipsSay(t *testing.T) {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	build := func(main, header, notes string) []byte {
		dir := strings.TrimSuffix(main[:strings.LastIndexByte(main, '/')+1], "/")
		rels := RelsOf(main)
		rt := func(p string) string { // the target of p relative to main's folder
			if dir == "" {
				return p
			}
			return strings.TrimPrefix(p, dir+"/")
		}
		return ziptest.Zip(
			ziptest.Entry{Name: "[Content_Types].xml", Body: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/` + main + `" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
			ziptest.Entry{Name: "_rels/.rels", Body: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="` + rel + `officeDocument" Target="/` + main + `"/></Relationships>`},
			ziptest.Entry{Name: rels, Body: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="h1" Type="` + rel + `header" Target="` + rt(header) + `"/><Relationship Id="n1" Type="` + rel + `footnotes" Target="` + rt(notes) + `"/></Relationships>`},
			ziptest.Entry{Name: main, Body: `<w:document ` + w + `><w:body><w:p><w:r><w:t>关于做好政务公开工作的通知</w:t></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="h1"/></w:sectPr></w:body></w:document>`},
			ziptest.Entry{Name: header, Body: `<w:hdr ` + w + `><w:p><w:r><w:t>秘密★1年</w:t></w:r></w:p></w:hdr>`},
			ziptest.Entry{Name: notes, Body: `<w:footnotes ` + w + `><w:footnote w:id="1"><w:p><w:r><w:t>联系人身份证号110101199003074514</w:t></w:r></w:p></w:footnote></w:footnotes>`},
		)
	}
	for _, c := range []struct{ main, header, notes string }{
		{"word/document.xml", "word/hdr_a.xml", "word/notes/fn.xml"},
		{"document.xml", "header1.xml", "footnotes.xml"},
		{"content/main.xml", "content/parts/top.xml", "content/parts/bottom.xml"},
	} {
		d, err := Extract(build(c.main, c.header, c.notes), doc.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, p := range d.Parts {
			got[p.Kind] += p.Text
		}
		if !strings.Contains(got[doc.Header], "秘密★1年") || !strings.Contains(got[doc.Footnote], "110101199003074514") || !strings.Contains(got[doc.Body], "政务公开") || len(d.Findings) != 0 {
			t.Errorf("%s: parts %q, findings %+v", c.main, got, d.Findings)
		}
	}
	// A part with Word text that nothing names (here under a prefix of
	// its own, ns0) is reported, not passed over.
	es, err := ziptest.Entries(build("word/document.xml", "word/header1.xml", "word/footnotes.xml"))
	if err != nil {
		t.Fatal(err)
	}
	orphan := ziptest.Zip(append(es,
		ziptest.Entry{Name: "word/draft2.xml", Body: `<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:r><ns0:t>机密★5年</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`})...)
	d, err := Extract(orphan, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range d.Findings {
		found = found || f.Rule == "unreadable.unsupported" && f.Location.File == "word/draft2.xml"
	}
	if !found {
		t.Errorf("a part with Word text that nothing names was not reported: %+v", d.Findings)
	}
}
