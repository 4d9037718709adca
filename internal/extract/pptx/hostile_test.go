package pptx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

func small() doc.Limits {
	l := doc.DefaultLimits()
	l.MaxUnzipBytes = 8 << 20
	l.MaxZipEntries = 100
	l.MaxXMLDepth = 64
	return l
}

func TestHostile(t *testing.T) {
	two := []string{sld("", sp("", "可读的内容")), sld("", sp("", "第二页"))}
	good := deck(two)
	es, err := ziptest.Entries(good)
	if err != nil {
		t.Fatal(err)
	}
	var without []ziptest.Entry
	for _, e := range es {
		if e.Name != "ppt/slides/slide2.xml" {
			without = append(without, e)
		}
	}
	replace := func(name, body string) []ziptest.Entry {
		out := append([]ziptest.Entry(nil), es...)
		for i := range out {
			if out[i].Name == name {
				out[i].Body = body
			}
		}
		return out
	}
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...)
	deep := `<p:sld ` + nsP + `><p:cSld><p:spTree>` + strings.Repeat("<p:grpSp>", 100000) + `</p:spTree></p:cSld></p:sld>`
	tests := []struct {
		name  string
		data  []byte
		lim   func(*doc.Limits)
		rule  string
		file  string
		first string // the first part's text, which must be kept
	}{
		{name: "empty", rule: "unreadable.corrupt"},
		{name: "text", data: []byte("秘密★1年"), rule: "unreadable.corrupt"},
		{name: "legacy ppt", data: ole, rule: "unreadable.corrupt"},
		{name: "encrypted", data: append(bytes.Clone(ole), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...), rule: "unreadable.encrypted"},
		{name: "truncated", data: ziptest.Truncate(good, len(good)-40), rule: "unreadable.corrupt"},
		{name: "zip bomb", data: ziptest.ZipRaw(es, ziptest.Bomb("ppt/media/image1.png", 12<<20, false)), rule: "unreadable.zip_bomb", file: "ppt/media/image1.png", first: "可读的内容\n"},
		{name: "lying zip bomb", data: ziptest.ZipRaw(without, ziptest.Bomb("ppt/slides/slide2.xml", 12<<20, true)), rule: "unreadable.corrupt", file: "ppt/slides/slide2.xml", first: "可读的内容\n"},
		{name: "deep slide", data: ziptest.Zip(replace("ppt/slides/slide2.xml", deep)...), rule: "unreadable.too_deep", file: "ppt/slides/slide2.xml", first: "可读的内容\n"},
		{name: "many entries", data: ziptest.Many(1000, es...), rule: "unreadable.too_many_entries"},
		{name: "no presentation", data: ziptest.Zip(ziptest.Entry{Name: "ppt/slides/slide1.xml", Body: two[0]}), rule: "unreadable.corrupt"},
		{name: "empty presentation", data: ziptest.Zip(replace("ppt/presentation.xml", "")...), rule: "unreadable.corrupt", file: "ppt/presentation.xml"},
		{name: "missing slide", data: ziptest.Zip(without...), rule: "unreadable.corrupt", file: "ppt/slides/slide2.xml", first: "可读的内容\n"},
		{name: "bad slide xml", data: ziptest.Zip(replace("ppt/slides/slide2.xml", `<p:sld `+nsP+`><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>半`)...), rule: "unreadable.corrupt", file: "ppt/slides/slide2.xml", first: "可读的内容\n"},
		{name: "too much text", data: good, lim: func(l *doc.Limits) { l.MaxTextRunes = 8 }, rule: "unreadable.too_much_text", file: "ppt/slides/slide2.xml", first: "可读的内容\n"},
		{name: "over size", data: good, lim: func(l *doc.Limits) { l.MaxFileBytes = 100 }, rule: "unreadable.too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := small()
			if tt.lim != nil {
				tt.lim(&lim)
			}
			start := time.Now()
			d, err := Extract(tt.data, lim)
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
			}
			if len(fs) == 0 || fs[0].Rule != tt.rule || fs[0].Location.File != tt.file {
				t.Fatalf("findings = %+v, want first %s in %q", fs, tt.rule, tt.file)
			}
			if tt.first != "" && (len(d.Parts) == 0 || d.Parts[0].Text != tt.first) {
				t.Errorf("parts = %+v, want the first slide %q kept", d.Parts, tt.first)
			}
		})
	}
}

// TestFlippedBytes flips bytes all over a real deck: each result is
// either an unreadable finding or exactly the output of the original.
func TestFlippedBytes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "review.pptx"))
	if err != nil {
		t.Fatal(err)
	}
	want := ziptest.Encode(mustRead(t, data))
	silent := 0
	for off := 0; off < len(data); off += max(1, len(data)/300) {
		d := mustRead(t, ziptest.Flip(data, off))
		if hasUnreadable(d) {
			continue
		}
		if got := ziptest.Encode(d); !bytes.Equal(got, want) {
			if silent++; silent <= 3 {
				t.Errorf("flip at %d changed the output in silence:\n%s", off, ziptest.Diff(string(want), string(got)))
			}
		}
	}
}

func hasUnreadable(d *doc.Document) bool {
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			return true
		}
	}
	return false
}

func TestTimeout(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Nanosecond
	d := mustReadLim(t, deck([]string{sld("", sp("", "一")), sld("", sp("", "二"))}), lim)
	var rules []string
	for _, f := range d.Findings {
		rules = append(rules, f.Rule)
	}
	if strings.Join(rules, " ") != "unreadable.timeout" {
		t.Fatalf("findings = %v, want one unreadable.timeout", rules)
	}
}

func mustReadLim(t *testing.T, data []byte, lim doc.Limits) *doc.Document {
	t.Helper()
	d, err := Extract(data, lim)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fuzzSeed is a small deck with one of everything the extractor reads:
// the fixtures are too large to mutate quickly (minimising an input of
// 30 KB takes the fuzzer minutes), and the golden tests cover them.
func fuzzSeed() []byte {
	table := `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="t" descr="表"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><a:graphic><a:graphicData><a:tbl>` +
		`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>姓名</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>110101199003074514</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
	hidden := `<p:sp><p:nvSpPr><p:cNvPr id="3" name="h" hidden="1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:txBody><a:p><a:r><a:t>藏</a:t></a:r><a:br/><a:r><a:t>文</a:t></a:r></a:p></p:txBody></p:sp>`
	group := `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="g"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` + sp("", "组合") + `</p:grpSp>`
	return deck([]string{sld("", sp("", "秘密★1年"), table, hidden, group), sld(`show="0"`, sp("", "隐"))},
		ziptest.Entry{Name: "ppt/slides/_rels/slide1.xml.rels", Body: rels("notesSlide", "../notesSlides/notesSlide1.xml", "", "hyperlink", "http://10.0.0.1/", "External",
			"slideLayout", "../slideLayouts/slideLayout1.xml", "", "chart", "/ppt/charts/chart1.xml", "", "diagramData", "../diagrams/data1.xml", "",
			"comments", "../comments/comment1.xml", "")},
		ziptest.Entry{Name: "ppt/notesSlides/notesSlide1.xml", Body: sld("", sp(`<p:ph type="sldImg"/>`), sp(`<p:ph type="body"/>`, "备注"))},
		ziptest.Entry{Name: "ppt/slideLayouts/slideLayout1.xml", Body: sld("", sp(`<p:ph type="title"/>`, "提示"), sp(`<p:ph type="ftr"/>`, "内部资料"))},
		ziptest.Entry{Name: "ppt/slideLayouts/_rels/slideLayout1.xml.rels", Body: rels("slideMaster", "../slideMasters/slideMaster1.xml", "")},
		ziptest.Entry{Name: "ppt/slideMasters/slideMaster1.xml", Body: sld("", sp("", "母版"), sp(`<p:ph type="ftr"/>`, "&lt;footer&gt;"))},
		ziptest.Entry{Name: "ppt/charts/chart1.xml", Body: `<c:chartSpace xmlns:c="c"><c:pt><c:v>一季度</c:v></c:pt></c:chartSpace>`},
		ziptest.Entry{Name: "ppt/diagrams/data1.xml", Body: `<dgm:dataModel xmlns:dgm="d" xmlns:a="a"><dgm:pt><dgm:t><a:p><a:r><a:t>流程</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:dataModel>`},
		ziptest.Entry{Name: "ppt/comments/comment1.xml", Body: `<p:cmLst ` + nsP + `><p:cm authorId="0"><p:text>批注</p:text></p:cm></p:cmLst>`},
		ziptest.Entry{Name: "ppt/commentAuthors.xml", Body: `<p:cmAuthorLst ` + nsP + `><p:cmAuthor id="0" name="李某某"/></p:cmAuthorLst>`},
		ziptest.Entry{Name: "docProps/core.xml", Body: `<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:creator>王某某</dc:creator></cp:coreProperties>`},
	)
}

// FuzzExtract checks that no input makes the extractor panic (extract runs
// without Extract's recover), take long, break the text limit, write
// cells outside their part, or report anything but unreadable findings
// with a message.
func FuzzExtract(f *testing.F) {
	f.Add(fuzzSeed())
	f.Add(ziptest.UTF16(fuzzSeed()))
	f.Add([]byte("PK\x03\x04"))
	lim := doc.DefaultLimits()
	lim.MaxUnzipBytes = 4 << 20
	lim.MaxTextRunes = 1 << 16
	lim.MaxXMLDepth = 64
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &doc.Document{Format: "pptx"}
		st := time.Now()
		extract(d, data, lim)
		if el := time.Since(st); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
		runes := 0
		for _, p := range d.Parts {
			if p.Kind == "" || !utf8.ValidString(p.Text) {
				t.Fatalf("bad part %+v", p)
			}
			n := utf8.RuneCountInString(p.Text)
			if p.Kind != doc.MetadataPart {
				runes += n
			}
			for _, c := range p.Cells {
				if c.Start < 0 || c.Start > c.End || c.End > n || c.Ref == "" {
					t.Fatalf("cell %+v outside part of %d runes", c, n)
				}
			}
		}
		if runes > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit", runes)
		}
		for _, f := range d.Findings {
			if !strings.HasPrefix(f.Rule, "unreadable.") || f.Message == "" {
				t.Fatalf("bad finding %+v", f)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"marking.pptx", "review.pptx", "clean.pptx"} {
		data, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if d, _ := Extract(data, doc.DefaultLimits()); hasUnreadable(d) || len(d.Parts) < 2 {
					b.Fatalf("unexpected result: %+v", d)
				}
			}
		})
	}
	// The fuzz seed: what one fuzzed call costs, at most.
	seed := fuzzSeed()
	b.Run("fuzzseed.pptx", func(b *testing.B) {
		b.SetBytes(int64(len(seed)))
		b.ReportAllocs()
		for b.Loop() {
			if d, _ := Extract(seed, doc.DefaultLimits()); hasUnreadable(d) || len(d.Parts) < 9 {
				b.Fatalf("unexpected result: %d parts", len(d.Parts))
			}
		}
	})
	// A long deck: 200 slides of five paragraphs and a 10x6 table each.
	var slides []string
	for i := range 200 {
		var rows strings.Builder
		for r := range 10 {
			rows.WriteString("<a:tr>")
			for c := range 6 {
				rows.WriteString("<a:tc><a:txBody><a:p><a:r><a:t>单元" + string(rune('0'+r)) + string(rune('0'+c)) + "</a:t></a:r></a:p></a:txBody></a:tc>")
			}
			rows.WriteString("</a:tr>")
		}
		slides = append(slides, sld("", sp("", "第"+string(rune('0'+i%10))+"页标题", "一、工作进展情况说明", "二、存在的主要问题和困难", "三、下一步工作计划安排", "四、有关保障措施"),
			`<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="t"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><a:graphic><a:graphicData><a:tbl>`+rows.String()+`</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`))
	}
	long := deck(slides)
	b.Run("200slides.pptx", func(b *testing.B) {
		b.SetBytes(int64(len(long)))
		b.ReportAllocs()
		for b.Loop() {
			if d, _ := Extract(long, doc.DefaultLimits()); hasUnreadable(d) || len(d.Parts) != 400 {
				b.Fatalf("unexpected result: %d parts", len(d.Parts))
			}
		}
	})
}

// TestFuzzSeed checks that the fuzz seed reaches every kind of part, so
// that mutating it exercises the whole extractor.
func TestFuzzSeed(t *testing.T) {
	d := mustRead(t, fuzzSeed())
	kinds := map[string]bool{}
	for _, p := range d.Parts {
		kinds[p.Kind] = true
	}
	for _, k := range []string{doc.Body, KindHiddenShape, doc.TextBox, doc.Chart, doc.AltText, doc.LinkTarget, KindNotes, doc.Comment, KindHiddenSlide, KindMaster, doc.MetadataPart} {
		if !kinds[k] {
			t.Errorf("no %s part:\n%s", k, summary(d))
		}
	}
	if hasUnreadable(d) {
		t.Errorf("unreadable: %+v", d.Findings)
	}
}
