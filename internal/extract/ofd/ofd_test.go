package ofd

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

var update = flag.Bool("update", false, "rewrite the fixtures and golden files in testdata/")

// extractPlain is Extract without a context, in the shape ziptest wants.
func extractPlain(data []byte, lim doc.Limits) (*doc.Document, error) {
	return Extract(context.Background(), data, lim)
}

// TestFixtures checks that the committed fixtures are what gen_test.go
// writes (it must run before TestGolden, which reads them).
func TestFixtures(t *testing.T) {
	fs := fixtures()
	names := make([]string, 0, len(fs))
	for name := range fs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, fs[name], 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, fs[name]) {
			t.Errorf("%s is not what gen_test.go writes (run go test -run TestFixtures -update): %v", path, err)
		}
	}
}

func TestGolden(t *testing.T) {
	ziptest.GoldenFiles(t, ziptest.Glob(t, filepath.Join("testdata", "*.ofd")), extractPlain, *update)
}

// TestFixtureFacts states, beside the golden files, what each fixture is
// for: the text that must come out whole, and the findings.
func TestFixtureFacts(t *testing.T) {
	tests := []struct {
		file  string
		kind  string // a part of this kind …
		text  string // … has this line
		rules []string
	}{
		{file: "rentou.ofd", kind: doc.Header, text: "秘密★1年"},
		{file: "rentou.ofd", kind: doc.Header, text: "示范市人民政府办公室文件"},
		{file: "rentou.ofd", kind: doc.Page, text: "示办发〔2024〕12号"},
		{file: "marking_order.ofd", kind: doc.Page, text: "秘密★1年"},
		{file: "marking_order.ofd", kind: doc.Page, text: "工作方案"},
		{file: "marking_order.ofd", kind: doc.HiddenText, text: "草稿仅供内部讨论"},
		{file: "id_split.ofd", kind: doc.Page, text: "公民身份号码：110101199003074514"},
		{file: "id_split.ofd", kind: doc.Page, text: "330106 2023"},
		{file: "annot_url.ofd", kind: doc.Comment, text: "办公系统入口 http://10.1.2.3/oa"},
		{file: "annot_url.ofd", kind: doc.Page, text: "内网入口"},
		{file: "annot_url.ofd", kind: KindLink, text: "http://10.1.2.3/oa/login"},
		{file: "annot_url.ofd", kind: doc.Comment, text: "审核意见：第三段涉及内部事项，请删除"},
		// A stamp's Remark says what it prints: no note.
		{file: "annot_url.ofd", kind: doc.AltText, text: "印章"},
		{file: "metadata.ofd", kind: doc.MetadataPart, text: "作者: 王小明"},
		{file: "metadata.ofd", kind: doc.MetadataPart, text: "密级和保密期限: 秘密★1年"},
		{file: "metadata.ofd", kind: doc.MetadataPart, text: "书签: 一、主要工作"},
		{file: "composite.ofd", kind: doc.Page, text: "附件：统计表"},
		{file: "scan.ofd", rules: []string{RuleImageOnly}},
		{file: "scan_ocr.ofd", kind: doc.Page, text: "经研究决定于下月召开全市政务公开工作推进会议请各单位主要负责"},
		{file: "encrypted.ofd", rules: []string{RuleEncrypted}},
		{file: "missing_page.ofd", kind: doc.Page, text: "第一页的正文。", rules: []string{RuleCorrupt}},
		{file: "ofdrw_style.ofd", kind: doc.Page, text: "联系电话与邮箱R&D：见附页"},
		{file: "ofdrw_style.ofd", kind: doc.Page, text: "第二页由曲线绘制的文字"},
		{file: "clean.ofd", kind: doc.MetadataPart, text: "标题: 关于春节假期安排的通知"},
		{file: "clean.ofd", kind: doc.Page, text: "根据国务院办公厅通知精神，现将春节放假安排通知如下。"},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.text, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, _ := extractPlain(data, doc.DefaultLimits())
			var rules []string
			for _, f := range d.Findings {
				rules = append(rules, f.Rule)
			}
			if strings.Join(rules, " ") != strings.Join(tt.rules, " ") {
				t.Errorf("findings = %v, want %v", rules, tt.rules)
			}
			if tt.text == "" {
				return
			}
			for _, p := range d.Parts {
				for _, l := range strings.Split(p.Text, "\n") {
					if p.Kind == tt.kind && strings.TrimLeft(l, "　") == tt.text {
						return
					}
				}
			}
			t.Errorf("no %s part has the line %q: %+v", tt.kind, tt.text, d.Parts)
		})
	}
}

// TestAttachment checks that an attached file goes to the dispatcher,
// named with its extension.
func TestAttachment(t *testing.T) {
	data, err := os.ReadFile("testdata/attachment.ofd")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := extractPlain(data, doc.DefaultLimits())
	if len(d.Embedded) != 1 || d.Embedded[0].Name != "Doc_0/Attachs/att_40.txt" || !strings.HasPrefix(string(d.Embedded[0].Data), "内部资料") {
		t.Fatalf("embedded = %+v", d.Embedded)
	}
}

func TestDeltas(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want []float64
	}{
		{"", 3, nil},
		{"1 2", 3, []float64{1, 2}},
		{"g 3 2.5", 3, []float64{2.5, 2.5, 2.5}},
		{"1 g 2 3 4", 5, []float64{1, 3, 3, 4}},
		{"g 100000000 1", 2, []float64{1, 1}},
		{"g -5 1 2", 3, []float64{2}},
		{"g 2", 3, nil},
		{"x 1", 2, []float64{0, 1}},
	} {
		got := deltas(tt.in, tt.n)
		if len(got) != len(tt.want) {
			t.Errorf("deltas(%q, %d) = %v, want %v", tt.in, tt.n, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("deltas(%q, %d) = %v, want %v", tt.in, tt.n, got, tt.want)
				break
			}
		}
	}
}

// TestLines checks reading order on glyphs placed by hand.
func TestLines(t *testing.T) {
	r := func(s string, x, y, size float64, dx ...float64) run {
		return run{text: s, x: x, y: y, size: size, dx: dx, obj: identity, visible: true}
	}
	tests := []struct {
		name string
		runs []run
		want string
	}{
		{"star drawn first", []run{r("★", 39.2, 35.6, 6.2), r("秘密", 28, 35.3, 5.6, 5.6), r("1年", 45.5, 35.3, 5.6, 2.8)}, "秘密★1年"},
		{"bottom line first", []run{r("二", 28, 75, 5.6), r("一", 28, 65, 5.6)}, "一\n二"},
		{"cells apart", []run{r("330106", 30, 60, 4.2, 2.1), r("2023", 60, 60, 4.2, 2.1)}, "330106 2023"},
		{"words", []run{r("ID", 30, 60, 4.2, 2.1), r("No", 37, 60, 4.2, 2.1)}, "ID No"},
		{"fake bold", []run{r("机密", 30, 60, 5, 5), r("机密", 30.1, 60, 5, 5)}, "机密"},
		{"no deltas", []run{r("abc", 30, 60, 4)}, "abc"},
		{"superscript", []run{r("m", 30, 60, 4), r("2", 32, 59, 2.5)}, "m2"},
		// Digits at the full width of the line (DeltaX equal to the
		// size), in two objects, the second drawn first: the last glyph
		// of a run advances by the run's pitch, so one number.
		{"full-width digits in two objects", []run{r("003074514", 103.4, 49, 5.6, 5.6), r("110101199", 53, 49, 5.6, 5.6)}, "110101199003074514"},
		{"full-width digits an em apart", []run{r("110101199", 53, 49, 5.6, 5.6), r("003074514", 109, 49, 5.6, 5.6)}, "110101199 003074514"},
		{"pitch wider than an em", []run{r("姓名", 30, 60, 5, 20), r("张三", 62, 60, 5, 5)}, "姓名 张三"},
	}
	for _, tt := range tests {
		var gs []glyph
		for _, r := range tt.runs {
			gs = place(gs, r, identity)
		}
		if got := lines(gs); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	// A vertical run keeps its order.
	v := run{text: "附注", x: 10, y: 10, size: 5, dy: []float64{5}, obj: identity, visible: true}
	if got := lines(place(nil, v, identity)); got != "附注" {
		t.Errorf("vertical: got %q", got)
	}
}

func TestResolve(t *testing.T) {
	x := &extractor{}
	a := ziptest.Zip(ziptest.Entry{Name: "Doc_0/Pages/Page_0/Content.xml"}, ziptest.Entry{Name: "Doc_0/Res/a.png"})
	var err error
	if x.a, err = openArchive(a); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ dir, loc, want string }{
		{"Doc_0", "Pages/Page_0/Content.xml", "Doc_0/Pages/Page_0/Content.xml"},
		{"Doc_0", "/Doc_0/Pages/Page_0/Content.xml", "Doc_0/Pages/Page_0/Content.xml"},
		{"Doc_0", "Doc_0/Res/a.png", "Doc_0/Res/a.png"},
		{"Doc_0/Pages/Page_0", "../../Res/a.png", "Doc_0/Res/a.png"},
		{"Doc_0", `Pages\Page_0\Content.xml`, "Doc_0/Pages/Page_0/Content.xml"},
		{"Doc_0", "../../../../etc/passwd", "etc/passwd"},
		{"Doc_0", "  ", ""},
	} {
		if got := x.resolve(tt.dir, tt.loc); got != tt.want {
			t.Errorf("resolve(%q, %q) = %q, want %q", tt.dir, tt.loc, got, tt.want)
		}
	}
}

// TestTimeout checks that a done context stops reading between pages,
// with what was read kept and the rest reported.
func TestTimeout(t *testing.T) {
	data, err := os.ReadFile("testdata/clean.ofd")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d, _ := Extract(ctx, data, doc.DefaultLimits())
	if len(d.Findings) == 0 || d.Findings[0].Rule != RuleTimeout || d.Findings[0].Location != (report.Location{Part: doc.Page, Page: 1}) {
		t.Fatalf("findings = %+v, want a timeout at page 1", d.Findings)
	}
}

func openArchive(data []byte) (*zipguard.Archive, error) {
	return zipguard.Open(data, doc.DefaultLimits())
}

// TestTemplatePicture checks that a picture a page shows through its
// template (a scan laid in the template, the page holding only its page
// number) makes the page a scan, as a picture in the page itself does.
func TestTemplatePicture(t *testing.T) {
	media := `
  <ofd:MultiMedias>
    <ofd:MultiMedia ID="7" Type="Image" Format="PNG"><ofd:MediaFile>image_7.png</ofd:MediaFile></ofd:MultiMedia>
  </ofd:MultiMedias>`
	data := ziptest.Zip(
		entryXML(`<ofd:Title>扫描件</ofd:Title>`, ""),
		documentXML(`
    <ofd:TemplatePage ID="3" Name="底图" BaseLoc="Tpls/Tpl_0/Content.xml"/>`, []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(media),
		pageXML("Doc_0/Tpls/Tpl_0/Content.xml", "", `
      <ofd:ImageObject ID="60" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="7"/>`),
		pageXML("Doc_0/Pages/Page_0/Content.xml", `
  <ofd:Template TemplateID="3"/>`, paragraph(280, "- 1 -")),
		entry{Name: "Doc_0/Res/image_7.png", Body: tinyPNG()},
	)
	d, _ := extractPlain(data, doc.DefaultLimits())
	var rules []string
	for _, f := range d.Findings {
		rules = append(rules, f.Rule)
	}
	if strings.Join(rules, " ") != RuleImageOnly {
		t.Errorf("findings = %v, want %s", rules, RuleImageOnly)
	}
	// An emblem in a template over a blank page (the back of a sheet)
	// is no scan.
	data = ziptest.Zip(
		entryXML(`<ofd:Title>通知</ofd:Title>`, ""),
		documentXML(`
    <ofd:TemplatePage ID="3" Name="版头" BaseLoc="Tpls/Tpl_0/Content.xml"/>`, []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(media),
		pageXML("Doc_0/Tpls/Tpl_0/Content.xml", "", `
      <ofd:ImageObject ID="60" CTM="20 0 0 20 95 10" Boundary="95 10 20 20" ResourceID="7"/>`),
		pageXML("Doc_0/Pages/Page_0/Content.xml", `
  <ofd:Template TemplateID="3"/>`, ""),
		entry{Name: "Doc_0/Res/image_7.png", Body: tinyPNG()},
	)
	if d, _ := extractPlain(data, doc.DefaultLimits()); len(d.Findings) != 0 {
		t.Errorf("an emblem over a blank page: %+v", d.Findings)
	}
}
