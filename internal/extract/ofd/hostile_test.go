package ofd

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

// small keeps hostile inputs fast: 8 MiB of inflated XML, 200 entries,
// depth 64.
func small() doc.Limits {
	l := doc.DefaultLimits()
	l.MaxUnzipBytes = 8 << 20
	l.MaxZipEntries = 200
	l.MaxXMLDepth = 64
	return l
}

// minimal returns the members of a one-page OFD whose page draws objects,
// with extra members added or replacing those of the same name.
func minimal(objects string, extra ...entry) []entry {
	es := []entry{
		entryXML(`<ofd:Title>测试</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(""),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "", objects),
	}
	for _, x := range extra {
		replaced := false
		for i := range es {
			if es[i].Name == x.Name {
				es[i], replaced = x, true
			}
		}
		if !replaced {
			es = append(es, x)
		}
	}
	return es
}

// selfComposite is a resource file whose composite graphic unit draws
// itself, fan times over.
func selfComposite(fan int) entry {
	return publicRes(`
  <ofd:CompositeGraphicUnits>
    <ofd:CompositeGraphicUnit ID="50" Width="10" Height="10"><ofd:Content>` + text(0, 5, 4, 4, "环", "") +
		strings.Repeat(`<ofd:CompositeObject ID="1" Boundary="0 0 1 1" ResourceID="50"/>`, fan) + `
    </ofd:Content></ofd:CompositeGraphicUnit>
  </ofd:CompositeGraphicUnits>`)
}

func TestHostile(t *testing.T) {
	clean, err := os.ReadFile("testdata/clean.ofd")
	if err != nil {
		t.Fatal(err)
	}
	body := paragraph(40, "可读的正文")
	manyPages := make([]string, 3000)
	for i := range manyPages {
		manyPages[i] = "Pages/Page_0/Content.xml"
	}
	tests := []struct {
		name string
		data []byte
		lim  func(*doc.Limits)
		rule string
		file string // Location.File of the first unreadable finding
		page string // the page text still read, if any
	}{
		{name: "empty", data: nil, rule: "unreadable.corrupt"},
		{name: "text", data: []byte("秘密 not a zip"), rule: "unreadable.corrupt"},
		{name: "truncated", data: ziptest.Truncate(clean, len(clean)-30), rule: "unreadable.corrupt"},
		{name: "no OFD.xml", data: ziptest.Zip(minimal(body)[1:]...), rule: "unreadable.corrupt"},
		{name: "no DocRoot", data: ziptest.Zip(minimal(body, entry{Name: "OFD.xml", Body: `<ofd:OFD ` + ns + `><ofd:DocBody><ofd:DocInfo/></ofd:DocBody></ofd:OFD>`})...),
			rule: "unreadable.corrupt", file: "OFD.xml"},
		{name: "no Document.xml", data: ziptest.Zip(append(minimal(body)[:1], minimal(body)[2:]...)...), rule: "unreadable.corrupt", file: "Doc_0/Document.xml"},
		{name: "encryption declared in OFD.xml", data: ziptest.Zip(minimal(body, entryXML("", `
    <ofd:Encryptions>Doc_0/Encryptions.xml</ofd:Encryptions>`))...), rule: "unreadable.encrypted", file: "Doc_0/Encryptions.xml"},
		{name: "zip bomb page", data: ziptest.ZipRaw(minimal(body)[:4], ziptest.Bomb("Doc_0/Pages/Page_0/Content.xml", 12<<20, false)),
			rule: "unreadable.zip_bomb", file: "Doc_0/Pages/Page_0/Content.xml"},
		{name: "lying zip bomb page", data: ziptest.ZipRaw(minimal(body)[:4], ziptest.Bomb("Doc_0/Pages/Page_0/Content.xml", 12<<20, true)),
			rule: "unreadable.corrupt", file: "Doc_0/Pages/Page_0/Content.xml"},
		{name: "bomb in an image", data: ziptest.ZipRaw(minimal(body), ziptest.Bomb("Doc_0/Res/image_1.png", 12<<20, false)),
			rule: "unreadable.zip_bomb", file: "Doc_0/Res/image_1.png", page: "可读的正文"},
		{name: "deep page", data: ziptest.Zip(minimal(strings.Repeat("<ofd:PageBlock>", 10000) + strings.Repeat("</ofd:PageBlock>", 10000))...),
			rule: "unreadable.too_deep", file: "Doc_0/Pages/Page_0/Content.xml"},
		{name: "broken page xml", data: ziptest.Zip(minimal(body + `<ofd:TextObject ID="9" Boundary="28 60 50 8" Size="5"><ofd:TextCode X="0" Y="5">未闭合`)...),
			rule: "unreadable.corrupt", file: "Doc_0/Pages/Page_0/Content.xml", page: "可读的正文\n未闭合"},
		{name: "composite draws itself", data: ziptest.Zip(minimal(`<ofd:CompositeObject ID="9" Boundary="0 0 10 10" ResourceID="50"/>`, selfComposite(1))...),
			rule: "unreadable.too_large", file: "Doc_0/Pages/Page_0/Content.xml", page: "环"},
		{name: "composite fan-out", data: ziptest.Zip(minimal(`<ofd:CompositeObject ID="9" Boundary="0 0 10 10" ResourceID="50"/>`, selfComposite(50))...),
			rule: "unreadable.too_large", file: "Doc_0/Pages/Page_0/Content.xml"},
		{name: "page is its own template", data: ziptest.Zip(minimal(body,
			documentXML(`<ofd:TemplatePage ID="3" BaseLoc="Pages/Page_0/Content.xml"/>`, []string{"Pages/Page_0/Content.xml"}, ""),
			pageXML("Doc_0/Pages/Page_0/Content.xml", `<ofd:Template TemplateID="3"/>`, body+`<ofd:CompositeObject ID="9" Boundary="0 0 10 10" ResourceID="50"/>`),
			selfComposite(2))...),
			rule: "unreadable.too_large", file: "Doc_0/Pages/Page_0/Content.xml"},
		{name: "one page listed 3000 times", data: ziptest.Zip(minimal(body, documentXML("", manyPages, ""))...),
			lim: func(l *doc.Limits) { l.MaxTextRunes = 5000 }, rule: "unreadable.too_large", file: "Doc_0/Pages/Page_0/Content.xml", page: "可读的正文"},
		{name: "pages over the limit", data: ziptest.Zip(minimal(body, documentXML("", manyPages[:20], ""))...),
			lim: func(l *doc.Limits) { l.MaxPages = 10 }, rule: "unreadable.too_many_pages", page: "可读的正文"},
		{name: "huge repeat count", data: ziptest.Zip(minimal(`<ofd:TextObject ID="9" Boundary="28 60 50 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 2147483647 1 g 99999999999999999999 2">一二</ofd:TextCode></ofd:TextObject><ofd:ImageObject ID="8" Boundary="0 0 210 297"/>`)...),
			rule: "unreadable.image_only", page: "一二"},
		{name: "glyph codes", data: ziptest.Zip(minimal(body + text(28, 60, 5, 4, "\uE001\uE002\uE003", ""))...),
			rule: "unreadable.font_encoding", file: "Doc_0/Pages/Page_0/Content.xml", page: "可读的正文"},
		{name: "glyph ids without text", data: ziptest.Zip(minimal(body + `<ofd:TextObject ID="9" Boundary="28 60 50 8" Size="5"><ofd:CGTransform CodePosition="0" CodeCount="2" GlyphCount="2"><ofd:Glyphs>7 8</ofd:Glyphs></ofd:CGTransform><ofd:TextCode X="0" Y="5"></ofd:TextCode></ofd:TextObject>`)...),
			rule: "unreadable.font_encoding", file: "Doc_0/Pages/Page_0/Content.xml", page: "可读的正文"},
		{name: "missing template", data: ziptest.Zip(minimal(body,
			documentXML(`<ofd:TemplatePage ID="3" BaseLoc="Tpls/Tpl_0/Content.xml"/>`, []string{"Pages/Page_0/Content.xml"}, ""),
			pageXML("Doc_0/Pages/Page_0/Content.xml", `<ofd:Template TemplateID="3"/><ofd:Template TemplateID="4"/>`, body))...),
			rule: "unreadable.corrupt", file: "Doc_0/Tpls/Tpl_0/Content.xml", page: "可读的正文"},
		{name: "missing attachment", data: ziptest.Zip(minimal(body,
			documentXML("", []string{"Pages/Page_0/Content.xml"}, `<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>`),
			entry{Name: "Doc_0/Attachs/Attachments.xml", Body: `<ofd:Attachments ` + ns + `><ofd:Attachment ID="1" Name="a.txt"><ofd:FileLoc>a.txt</ofd:FileLoc></ofd:Attachment></ofd:Attachments>`})...),
			rule: "unreadable.corrupt", file: "Doc_0/Attachs/a.txt", page: "可读的正文"},
		{name: "missing signature", data: ziptest.Zip(minimal(body, entryXML("", `<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>`),
			entry{Name: "Doc_0/Signs/Signatures.xml", Body: `<ofd:Signatures ` + ns + `><ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>`})...),
			rule: "unreadable.corrupt", file: "Doc_0/Signs/Sign_0/Signature.xml", page: "可读的正文"},
		{name: "many entries", data: ziptest.Many(1000, minimal(body)...), rule: "unreadable.too_many_entries"},
		{name: "over size", data: clean, lim: func(l *doc.Limits) { l.MaxFileBytes = 100 }, rule: "unreadable.too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := small()
			if tt.lim != nil {
				tt.lim(&lim)
			}
			start := time.Now()
			d, err := Extract(context.Background(), tt.data, lim)
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > ziptest.HangAfter {
				t.Errorf("took %v", el)
			}
			var fs []report.Finding
			for _, f := range d.Findings {
				if f.Category == report.Unreadable {
					fs = append(fs, f)
				}
				if !strings.ContainsFunc(f.Message, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
					t.Errorf("finding %s has no Chinese message: %q", f.Rule, f.Message)
				}
			}
			if len(fs) == 0 || fs[0].Rule != tt.rule || fs[0].Location.File != tt.file {
				t.Fatalf("findings = %+v, want first %s in %q", fs, tt.rule, tt.file)
			}
			runes := 0
			for _, p := range d.Parts {
				runes += len([]rune(p.Text))
			}
			if runes > lim.MaxTextRunes {
				t.Errorf("%d runes of text, over the limit %d", runes, lim.MaxTextRunes)
			}
			if tt.page != "" {
				var page *doc.Part
				for i := range d.Parts {
					if d.Parts[i].Kind == doc.Page {
						page = &d.Parts[i]
						break
					}
				}
				if page == nil || !strings.HasPrefix(page.Text, tt.page) {
					t.Errorf("parts = %+v, want page text %q kept", d.Parts, tt.page)
				}
			}
		})
	}
}

// TestFlippedBytes flips bytes all over a fixture: each result is either
// an unreadable finding or exactly the text of the original.
func TestFlippedBytes(t *testing.T) {
	for _, name := range []string{"rentou.ofd", "annot_url.ofd"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		want := ziptest.Encode(mustExtract(t, data))
		silent := 0
		for off := 0; off < len(data); off += max(1, len(data)/300) {
			d := mustExtract(t, ziptest.Flip(data, off))
			if len(d.Findings) > 0 {
				continue
			}
			if got := ziptest.Encode(d); !bytes.Equal(got, want) {
				silent++
				if silent <= 3 {
					t.Errorf("%s: flip at %d changed the output in silence:\n%s", name, off, ziptest.Diff(string(want), string(got)))
				}
			}
		}
		if silent > 3 {
			t.Errorf("%s: %d flips changed the output in silence", name, silent)
		}
	}
}

func mustExtract(t *testing.T, data []byte) *doc.Document {
	t.Helper()
	d, err := extractPlain(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestManyPagesFast checks that a long document reads in reasonable time
// and in page order.
func TestManyPagesFast(t *testing.T) {
	var es []entry
	var pages []string
	for i := range 200 {
		name := fmt.Sprintf("Pages/Page_%d/Content.xml", i)
		pages = append(pages, name)
		es = append(es, pageXML("Doc_0/"+name, "", paragraph(40, fmt.Sprintf("第%d页", i+1))+paragraph(50, strings.Repeat("正文内容", 30))))
	}
	es = append(es, entryXML("", ""), documentXML("", pages, ""), publicRes(""), documentRes(""))
	start := time.Now()
	d := mustExtract(t, ziptest.Zip(es...))
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("200 pages took %v", el)
	}
	if len(d.Findings) != 0 || len(d.Parts) != 200 || !strings.HasPrefix(d.Parts[199].Text, "第200页") || d.Parts[199].Page != 200 {
		t.Fatalf("findings %v, %d parts", d.Findings, len(d.Parts))
	}
}
