package scan

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/report"
)

var update = flag.Bool("update", false, "rewrite golden reports under testdata/")

func newScanner(t testing.TB) *Scanner {
	t.Helper()
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// fixtures are the synthetic texts and the office-made documents.
func fixtures(t *testing.T) []string {
	var out []string
	for _, pat := range []string{"../../testdata/text/*", "../../testdata/docs/*.*", "../../testdata/malformed/*.*"} {
		m, _ := filepath.Glob(pat)
		for _, f := range m {
			if !strings.HasSuffix(f, ".json") && !strings.HasSuffix(f, ".md") {
				out = append(out, f)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no fixtures found")
	}
	return out
}

// TestGoldenReports compares each fixture's report with
// testdata/golden/<dir>_<name>.json; -update rewrites them.
func TestGoldenReports(t *testing.T) {
	s := newScanner(t)
	for _, f := range fixtures(t) {
		name := filepath.Base(filepath.Dir(f)) + "_" + filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := s.Scan(context.Background(), filepath.Base(f), data)
			r.DictVersion = "" // changes with every dictionary edit
			got, _ := json.MarshalIndent(r, "", "  ")
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/scan -update)", err)
			}
			if bytes.Contains(want, []byte(`"part": "ocr"`)) && extract.OCRCheck() != nil {
				t.Skipf("the golden report was made with OCR, which is not installed here: %v", extract.OCRCheck())
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s (-want +got):\n%s", golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff is a small line diff: lines only in want (-) or only in got (+).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i++
			j++
		case j < len(g) && (i >= len(w) || !contains(w[i:], g[j])):
			b.WriteString("+" + g[j] + "\n")
			j++
		default:
			b.WriteString("-" + w[i] + "\n")
			i++
		}
	}
	return b.String()
}

func contains(ls []string, s string) bool {
	for _, l := range ls {
		if l == s {
			return true
		}
	}
	return false
}

// TestFindingsAreWellFormed checks, over every fixture, the properties the
// API and UI rely on: ids unique, offsets inside the part, excerpt hit range
// inside the excerpt, a basis and a known category on each finding.
func TestFindingsAreWellFormed(t *testing.T) {
	s := newScanner(t)
	for _, f := range fixtures(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := extract.Extract(context.Background(), f, data, s.Limits())
		lengths := map[report.Location]int{}
		for _, p := range d.Parts {
			lengths[report.Location{Part: p.Kind, File: p.File, Page: p.Page, Sheet: p.Sheet}] = utf8.RuneCountInString(p.Text)
		}
		r := s.Scan(context.Background(), f, data)
		if r.Verdict != report.Verdict(r.Findings) {
			t.Errorf("%s: verdict %s disagrees with findings", f, r.Verdict)
		}
		ids := map[string]bool{}
		for _, fd := range r.Findings {
			if ids[fd.ID] {
				t.Errorf("%s: duplicate id %s", f, fd.ID)
			}
			ids[fd.ID] = true
			if fd.Basis == "" || fd.Category.Label() == string(fd.Category) {
				t.Errorf("%s: %s: no basis or unknown category", f, fd.ID)
			}
			if n := utf8.RuneCountInString(fd.Excerpt); fd.HitStart < 0 || fd.HitEnd > n || fd.HitStart > fd.HitEnd {
				t.Errorf("%s: %s: hit %d..%d outside excerpt of %d", f, fd.ID, fd.HitStart, fd.HitEnd, n)
			}
			key := fd.Location
			key.Cell, key.Line, key.Start, key.End = "", 0, 0, 0
			if n, ok := lengths[key]; ok && (fd.Location.End > n || fd.Location.Start > fd.Location.End) {
				t.Errorf("%s: %s: span %d..%d outside part of %d runes", f, fd.ID, fd.Location.Start, fd.Location.End, n)
			}
		}
	}
}

func TestReloadSwapsDictionaries(t *testing.T) {
	s := newScanner(t)
	v1 := s.DictVersion()
	text := []byte("项目代号青鸟工程进展顺利")
	if r := s.Scan(context.Background(), "a.txt", text); r.Verdict != report.Pass {
		t.Fatalf("before reload: %s", r.Verdict)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "codes.txt"), []byte("青鸟工程 | sensitive_term | block | 工程代号\n"), 0o644)
	if err := s.Reload([]string{dir}); err != nil {
		t.Fatal(err)
	}
	r := s.Scan(context.Background(), "a.txt", text)
	if r.Verdict != report.Block || r.Findings[0].Rule != "dict.codes" || s.DictVersion() == v1 {
		t.Errorf("after reload: %s %+v", r.Verdict, r.Findings)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("x | nosuch\n"), 0o644)
	if err := s.Reload([]string{dir}); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("bad dictionary: %v", err)
	}
	if r := s.Scan(context.Background(), "a.txt", text); r.Verdict != report.Block {
		t.Error("a failed reload must keep the old set")
	}
}

func BenchmarkScanText(b *testing.B) {
	s := newScanner(b)
	var buf bytes.Buffer
	for buf.Len() < 4<<20 {
		buf.WriteString("根据《中华人民共和国政府信息公开条例》第二十条规定，现将2024年度本机关政府信息公开工作情况报告如下。本年度共主动公开政府信息1234条，其中规范性文件56件，依申请公开办理89件。\n")
	}
	buf.WriteString("联系人手机13812345678。\n")
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if r := s.Scan(context.Background(), "a.txt", data); r.Verdict != report.Review {
			b.Fatal(r.Verdict)
		}
	}
}

func TestMask(t *testing.T) {
	s := newScanner(t)
	got := s.Mask("已核实：申请人身份证110101199003074514，手机13812345678，\n卡号6222021234567890128")
	for _, raw := range []string{"110101199003074514", "13812345678", "6222021234567890128", "19900307"} {
		if strings.Contains(got, raw) {
			t.Errorf("Mask left %q in %q", raw, got)
		}
	}
	if !strings.Contains(got, "110101********4514") || !strings.Contains(got, "138****5678") || strings.Contains(got, "\n") {
		t.Errorf("Mask = %q", got)
	}
	if s.Mask("") != "" || s.Mask("同意发布") != "同意发布" {
		t.Error("Mask changed text without personal data")
	}
}

// TestWebTemplateMarkup checks that a clean CMS page with template comments,
// a hidden form field and a hidden menu item passes, while a hidden
// editor's note or a comment holding a marking is still reported.
func TestWebTemplateMarkup(t *testing.T) {
	s := newScanner(t)
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展春季植树活动的通知</title>
<!--[if lt IE 9]><script src="html5shiv.js"></script><![endif]-->
<style>.m-nav,.share-pop{display:none} @media (max-width:768px){.top-nav{display:none}}</style></head>
<body><!-- 头部开始 --><!-- header start --><ul class="top-nav"><li>首页</li><li>政务公开</li><li>办事服务</li><li style="display:none">English</li></ul>
<ul class="m-nav"><li>政务公开</li><li>办事服务</li></ul><div class="share-pop">分享到微信 扫一扫</div><!-- 网站统计代码 --><!-- header end -->
<p>联系邮箱：xxgk@example.gov.cn</p><div style="display:none">xxgk@example.gov.cn</div><div style="display:none">首页 政务公开 办事服务 互动交流 邮箱：xxgk@example.gov.cn</div>
<p>各单位：现将有关事项通知如下。咨询电话：0571-87001234，服务热线12345。</p>
<input type="hidden" name="csrf" value="a8f7e6d5c4b3"></body></html>`
	if r := s.Scan(context.Background(), "page.html", []byte(page)); r.Verdict != report.Pass {
		t.Errorf("template markup: %s %+v", r.Verdict, r.Findings)
	}
	// Comments that CMS templates leave: a Hanweb field placeholder, a
	// TRS insertion id, a server-side include, expressions of template
	// engines.
	// And what platforms write around them: module names, key=value
	// records of ids and times, debug output, an Office export's
	// properties in a conditional comment.
	for _, c := range []string{`<!--<$[信息内容]>begin--><!--<$[信息内容]>end-->`, `<!--TRS_AUTOADD_1706256000000-->`,
		`<!--#include virtual="/inc/头部导航区域.shtml"-->`, `<!-- {{ 栏目名称 }} {% 文章列表 %} -->`, `<!-- ${信息来源} <%=发布机构%> -->`,
		`<!-- 在线咨询 --><!--相关稿件推荐-->`, `<!-- 政务平台 栏目页模板 tplId=20240101-0007 发布：2026-01-02 08:00:00 -->`,
		`<!-- docid=1234567 channelid=30011 pubdate=2026-05-06 -->`, "<!-- THEME SUGGESTIONS:\n * node--7654321.html.twig\n x node.html.twig -->",
		`<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>user</o:Author><o:Company>某县农业农村局办公室</o:Company></o:DocumentProperties></xml><![endif]-->`,
		`<div style="display:none"><p>在线咨询</p><p>您好，请输入您要咨询的问题</p></div>`,
		`<!-- build: 20261128-1733 a3f9c2e7 --><!-- publish id: 3384712 -->`,
		`<!-- 栏目：通知公告 id=1023 --><!-- docid=88 来源：本站 所属栏目：政务公开 -->`,
		`<!-- 栏目：政府信息公开年报 id=10283 --><!-- 所属栏目：财政预决算信息公开专栏 docid=9 -->`,
		`<!-- 栏目：通知公告 id=2937 --><!-- 正文开始 --><!-- 正文结束标记 --><!-- 所属栏目：社会救助 --><!-- 正文结束 -->`,
		`<!-- 信息分类：社会救助 --><!-- 频道：政务公开 类别：通知 -->`,
		`<a href="#main" style="position:absolute;left:-9999px">跳到主要内容区域</a>`} {
		r := s.Scan(context.Background(), "page.html", []byte("<html><body><p>通知正文。</p>"+c+"</body></html>"))
		if r.Verdict != report.Pass {
			t.Errorf("%s: %s %+v", c, r.Verdict, r.Findings)
		}
	}
	for _, hidden := range []string{
		`<!-- <$[信息内容]> 此段待领导审定后再公开 -->`,
		`<!-- 编号 20231234567 -->`,
		`<!-- 初稿，定稿发布前删除 -->`,
		`<!-- TODO:此段数据待核实后再发布，勿外传 -->`,
		`<!-- 备注：此数据待核实 -->`,
		`<!-- 意见：此段暂不公开 -->`,
		`<!-- 备注： 此数据待核实 -->`,
		`<!-- 注：待核实 -->`,
		`<div hidden>注：内部数据</div>`,
		`<!-- 备注：此段涉密内容请删除 id=3 -->`,
		`<!-- 备注：待核实 id=7 -->`,
		`<!-- docid=12 审核意见：暂缓 -->`,
		`<!-- 状态：待领导审定后发布 id=3 -->`,
		`<!-- 栏目：通知公告 id=1023 审核：张局长不同意发布 -->`,
		`<!-- 来源：市委办公室内部通报 id=3 -->`,
		`<!-- 所属栏目：社会救助 备注：名单待核实 -->`,
		`<!-- 栏目：通知公告 此段待领导审定后再公开 -->`,
		`<!-- 标题：请勿发布 -->`,
		`<!-- 标题：张三违纪处理意见暂不公开 -->`,
		`<!-- 分类：内部 请勿发布 -->`,
		`<!-- 栏目：通知公告 暂不发布 -->`,
		`<!-- 审核意见分类：不予公开涉及个人隐私 -->`,
		`<!-- 内部标题：张三同志违纪问题处理决定 -->`,
		`<!-- 模板：内部审批稿勿外发 -->`,
		`<!-- 专题：领导批示待删除 -->`,
		`<!-- 分类：信访件 当事人李某 -->`,
		`<!-- catid=12 状态：待领导审定后发布 -->`,
		`<!-- 栏目：通知公告 id=1023 原文：张伟同志因违纪被免职 -->`,
		`<!-- id=3 审核：未通过，待修改 -->`,
		`<!--#此段为内部测算数据，发布前删除-->`,
		`<!-- 内部测算$[待定 此段为内部测算数据请勿公开 -->`,
		`<div style="display:none">请输入整改意见：该项目资金使用存在违规问题，暂不公开</div>`,
		`<div hidden>领导批示：暂缓执行</div>`,
		`<p style="color:#fff;background-color:#fff">备注：整改名单中两家企业尚未告知，请暂缓公开</p>`,
		`<span style="font-size:0">此段内容经主要领导同意后再公开</span>`,
		`<!-- <p>经研究决定，对该项目暂缓公示</p> -->`,
		`<div style="display:none">此段内容待领导审定后再公开</div>`,
		`<!-- 秘密★1年 -->`,
		`<span hidden>13812345678</span>`,
		`<div style="display:none">此段内容暂不对外公布，待审定</div>`,
		// An e-mail address the page does not show; a note cut by
		// inline markup under an inherited font size of 0.
		`<p hidden>起草人邮箱 zhanghm1986@163.com</p>`,
		`<div style="font-size:0">此稿<b>未经审核</b>请勿发布</div>`,
	} {
		r := s.Scan(context.Background(), "page.html", []byte("<html><body><p>通知正文。</p>"+hidden+"</body></html>"))
		if !hasCategory(r.Findings, report.HiddenContent) {
			t.Errorf("%s: no hidden_content in %+v", hidden, r.Findings)
		}
	}
}

func hasCategory(fs []report.Finding, c report.Category) bool {
	for _, f := range fs {
		if f.Category == c {
			return true
		}
	}
	return false
}

// TestAmountColumnsAreNotPhones checks that an 11-digit amount under a
// heading in 元 is not taken for a mobile, while a mobile under a phone
// heading, and one in an unlabelled column, still are.
func TestAmountColumnsAreNotPhones(t *testing.T) {
	text := "项目\t预算数（元）\t联系电话\n一般公共预算拨款\t13540004000\t13912345678\n其他\t15800000000\t\n"
	cells := []doc.Cell{}
	pos := 0
	for r, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		for c, v := range strings.Split(line, "\t") {
			n := utf8.RuneCountInString(v)
			cells = append(cells, doc.Cell{Ref: string(rune('A'+c)) + fmt.Sprint(r+1), Start: pos, End: pos + n})
			pos += n + 1
		}
	}
	s := newScanner(t)
	eng := s.engine.Load()
	fs := Document(eng, &doc.Document{Format: "xlsx", Parts: []doc.Part{{Kind: doc.Sheet, Sheet: "收支总表", Text: text, Cells: cells}}})
	var got []string
	for _, f := range fs {
		if f.Category == report.MobilePhone {
			got = append(got, f.Location.Cell)
		}
	}
	if strings.Join(got, ",") != "C2" {
		t.Errorf("mobiles at %v, want only C2", got)
	}
}

// TestTableCells checks that cells travel from a part to the detectors: a
// number wrapped inside one cell is found under its heading and names its
// cell, four neighbouring cells of a row are four numbers, and an 11-digit
// amount under a heading in 元 is no mobile.
func TestTableCells(t *testing.T) {
	eng := newScanner(t).engine.Load()
	text := "序号\n公民身份号码\n1\n110101\n199003\n0745\n14\n区划\t年度\t月日\t序号\n330106\t2023\t1105\t1901\n预算金额（元）\n13812345678\n"
	cells := []doc.Cell{
		{Ref: "表1 R1C1", Start: 0, End: 2, Table: 1, Row: 1, Col: 1},
		{Ref: "表1 R1C2", Start: 3, End: 9, Table: 1, Row: 1, Col: 2},
		{Ref: "表1 R2C1", Start: 10, End: 11, Table: 1, Row: 2, Col: 1},
		{Ref: "表1 R2C2", Start: 12, End: 33, Table: 1, Row: 2, Col: 2},
	}
	pos := 34
	for i, w := range []string{"区划", "年度", "月日", "序号", "330106", "2023", "1105", "1901"} {
		n := len([]rune(w))
		cells = append(cells, doc.Cell{Ref: fmt.Sprintf("表2 R%dC%d", i/4+1, i%4+1), Start: pos, End: pos + n, Table: 2, Row: i/4 + 1, Col: i%4 + 1})
		pos += n + 1
	}
	cells = append(cells, doc.Cell{Ref: "表3 R1C1", Start: pos, End: pos + 7, Table: 3, Row: 1, Col: 1},
		doc.Cell{Ref: "表3 R2C1", Start: pos + 8, End: pos + 19, Table: 3, Row: 2, Col: 1})
	if got := string([]rune(text)[cells[len(cells)-1].Start:cells[len(cells)-1].End]); got != "13812345678" {
		t.Fatalf("test cells are off: %q", got)
	}
	fs := Document(eng, &doc.Document{Format: "docx", Parts: []doc.Part{{Kind: doc.Body, Text: text, Cells: cells}}})
	var got []string
	for _, f := range fs {
		got = append(got, string(f.Category)+" "+f.Location.Cell)
	}
	if len(got) != 1 || got[0] != "id_card 表1 R2C2" {
		t.Errorf("findings %q, want one id_card in 表1 R2C2", got)
	}
}

// TestTableFixtures checks where the table fixtures' findings are: every
// ID in the cell that holds it, whether wrapped by hand, by a <br>, in a
// wrapped spreadsheet cell or by a PDF's narrow ruled column, and legacy
// IDs only in the column headed 身份证号, not in the 工号 column beside it.
func TestTableFixtures(t *testing.T) {
	s := newScanner(t)
	for file, want := range map[string][]string{
		"wrapped_id.docx": {"表1 R2C3", "表1 R3C3", "表1 R4C3"},
		"wrapped_id.html": {"表1 R2C3", "表1 R3C3", "表1 R4C3"},
		"wrapped_id.xlsx": {"C2", "C3", "C4"},
		"legacy_ids.docx": {"表1 R2C4", "表1 R3C4"},
		"neighbours.docx": nil,
		"neighbours.xlsx": nil,
		"neighbours.html": nil,
	} {
		b, err := os.ReadFile(filepath.Join("../../testdata/tables", file))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range s.Scan(context.Background(), file, b).Findings {
			if isPersonalCategory(f.Category) {
				got = append(got, string(f.Category)+" "+f.Location.Cell)
			}
		}
		var exp []string
		for _, c := range want {
			exp = append(exp, "id_card "+c)
		}
		if strings.Join(got, ",") != strings.Join(exp, ",") {
			t.Errorf("%s: %q, want %q", file, got, exp)
		}
	}
}

func isPersonalCategory(c report.Category) bool {
	switch c {
	case report.IDCard, report.BankCard, report.MobilePhone, report.Passport:
		return true
	}
	return false
}

// TestReportHash checks the file's SHA-256 in the report for a small file
// (hashed at once) and a big one (hashed on another core while it is
// scanned, taken at the end).
func TestReportHash(t *testing.T) {
	s := newScanner(t)
	for _, n := range []int{10, 1 << 20, 3 << 20} {
		data := []byte(strings.Repeat("政务公开", n/12+1)[:n/12*12] + "\n联系电话：13912345678\n")
		r := s.Scan(context.Background(), "a.txt", data)
		if want := fmt.Sprintf("%x", sha256.Sum256(data)); r.SHA256 != want {
			t.Errorf("%d bytes: SHA256 %q, want %q", len(data), r.SHA256, want)
		}
		if r.Verdict != report.Review {
			t.Errorf("%d bytes: verdict %s", len(data), r.Verdict)
		}
	}
}

// TestTableTitles: a CSV or TSV with a title line above its header is a
// table, its column headings the context of its values; a title or a
// note that names phones keeps a roster's column of mobiles reviewed, and
// a serial column beside persons keeps their cards.
func TestTableTitles(t *testing.T) {
	s := newScanner(t)
	for _, c := range []struct {
		name, text string
		want       report.Severity
	}{
		{"gonghao.tsv", "2025年优秀教师名单\n工号\t姓名\t学校\n18300000011\t王某某\t某某中学\n18300000012\t李某某\t某某小学\n", report.Pass},
		{"tongxunlu.csv", "员工通讯录\n姓名,工号\n张三,13812345678\n李四,13912345670\n", report.Review},
		{"note.csv", "姓名,工号\n张三,13812345678\n李四,13912345670\n注：工号栏填写本人手机号码\n", report.Review},
		{"contact.csv", "成绩公示\n准考证号,成绩\n13301020112,78\n13301020113,76\n如有异议请联系电话0571-87001234\n", report.Pass},
		{"liushui.csv", "补助发放明细\n姓名,流水号\n张三,6222021234567890128\n", report.Block},
		{"org.csv", "单位账户收支流水\n日期,交易流水号,对方单位\n2025-01-02,6222021234567890128,某某市财政局\n", report.Pass},
	} {
		if r := s.Scan(context.Background(), c.name, []byte(c.text)); r.Verdict != c.want {
			t.Errorf("%s: %s, want %s %+v", c.name, r.Verdict, c.want, r.Findings)
		}
	}
}

// TestIDInsideLongerCodes: an ID carried whole inside a longer code is
// found and masked — a 学籍号 of a letter and the ID, a 残疾人证号 of the
// ID, the kind and the grade under a table titled with the certificate's
// word rows below it — while serials and accounts of the same shape are
// not IDs.
func TestIDInsideLongerCodes(t *testing.T) {
	s := newScanner(t)
	var roster strings.Builder
	roster.WriteString("2024年残疾人护理补贴发放花名册\n姓名,证号,金额\n")
	for i := range 8 {
		fmt.Fprintf(&roster, "某某%d,略,1200\n", i)
	}
	roster.WriteString("张某,11010519491231002X21,1200\n")
	for name, text := range map[string]string{
		"roster.csv": roster.String(),
		"xueji.txt":  "学生资助名单\n姓名：王某 全国学籍号：G110101199003074514\n",
	} {
		r := s.Scan(context.Background(), name, []byte(text))
		if !hasCategory(r.Findings, report.IDCard) {
			t.Errorf("%s: no id_card in %+v", name, r.Findings)
		}
		out, _ := json.Marshal(r)
		for _, raw := range []string{"11010519491231002X", "110101199003074514"} {
			if strings.Contains(string(out), raw) {
				t.Errorf("%s: %s shown whole", name, raw)
			}
		}
	}
	for _, text := range []string{
		"残疾人两项补贴发放 交易流水号：33010620240105010131\n",
		"户名：某某市残疾人联合会\n账号：33010620240105010131\n",
		"项目编号：E330106202311050108\n",
		"详见 https://www.example.gov.cn/xxgk/d330106202311050108.html\n",
	} {
		if r := s.Scan(context.Background(), "a.txt", []byte(text)); hasCategory(r.Findings, report.IDCard) {
			t.Errorf("%q: a serial or an account read as an ID: %+v", text, r.Findings)
		}
	}
}
