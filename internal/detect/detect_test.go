package detect

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/dict"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/normalize"
	"github.com/mishen-gov/mishen/internal/report"
)

var fixedNow = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func testEngine(t testing.TB) *Engine {
	t.Helper()
	es, err := dict.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	set, err := dict.Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	e := New(set)
	e.now = func() time.Time { return fixedNow }
	return e
}

// TestDetectorVectors runs every detector's own vectors through the whole
// engine: each Must text yields a finding of the detector's category, each
// MustNot text none.
func TestDetectorVectors(t *testing.T) {
	e := testEngine(t)
	for _, d := range Detectors() {
		if len(d.Must) == 0 || len(d.MustNot) == 0 {
			t.Errorf("%s: needs vectors of both kinds", d.Rule)
		}
		for _, s := range d.Must {
			text, cells := vectorPart(s)
			if !hasCategory(e.ScanCells(text, cells, report.Location{Part: "body"}).Findings, d.Category) {
				t.Errorf("%s: missed in %q", d.Rule, s)
			}
		}
		for _, s := range d.MustNot {
			text, cells := vectorPart(s)
			if fs := e.ScanCells(text, cells, report.Location{Part: "body"}).Findings; hasCategory(fs, d.Category) {
				t.Errorf("%s: false alarm in %q: %q", d.Rule, s, fs[0].Excerpt)
			}
		}
	}
}

// vectorPart turns a vector into the text and cells an extractor would
// report: a cellsVector table gets its cells (A1 references), ⏎ becoming a
// line break inside a cell; any other vector is plain text.
func vectorPart(v string) (string, []doc.Cell) {
	rest, ok := strings.CutPrefix(v, cellsVector)
	if !ok {
		return v, nil
	}
	var b strings.Builder
	var cells []doc.Cell
	pos := 0
	for r, row := range strings.Split(strings.TrimSuffix(rest, "\n"), "\n") {
		for c, cell := range strings.Split(row, "\t") {
			if c > 0 {
				b.WriteByte('\t')
				pos++
			}
			cell = strings.ReplaceAll(cell, "⏎", "\n")
			n := utf8.RuneCountInString(cell)
			cells = append(cells, doc.Cell{Ref: fmt.Sprintf("%c%d", 'A'+c, r+1), Start: pos, End: pos + n})
			b.WriteString(cell)
			pos += n
		}
		b.WriteByte('\n')
		pos++
	}
	return b.String(), cells
}

func hasCategory(fs []report.Finding, c report.Category) bool {
	for _, f := range fs {
		if f.Category == c {
			return true
		}
	}
	return false
}

// TestTraps are texts from public notices that must pass.
func TestTraps(t *testing.T) {
	e := testEngine(t)
	for _, s := range []string{
		"依照《中华人民共和国保守国家秘密法》，坚持涉密不上网、上网不涉密。",
		"国家秘密的密级分为绝密、机密、秘密三级。",
		"本机关加强内部控制和内部审计，依法保护商业秘密和个人隐私。",
		"请机要科密切配合。服务热线12345，环保举报12369，办公室电话0571-87654321。",
		"统一社会信用代码：91330100MA2B3C4D5E",
		"身份证号：330106********0018，张某某，手机138****1234。",
		"2024年12月31日 共计 1234567 元，同比增长12.5%",
		"投标保证金 户名：某某建设有限公司 账号：6222021234567890128",
		"会议指出，个别单位存在机密文件未按规定登记的问题，要加强内部资料管理。",
		"注意区分国家秘密与工作秘密、商业秘密、个人隐私的不同。",
		"合同编号：13812345678，项目编号 15912345678",
	} {
		for _, f := range e.Scan(s, report.Location{Part: "body"}) {
			if f.Severity != report.Info {
				t.Errorf("%q: unexpected %s %s %q", s, f.Category, f.Rule, f.Excerpt)
			}
		}
	}
}

func TestOffsetsCutTheOriginal(t *testing.T) {
	e := testEngine(t)
	text := "关于做好工作的通知\n秘 密 ★ 1 年\n联系人：张某，手机 １３８ １２３４ ５６７８，身份证号110101199003074514。\n本材料属工作秘密。"
	fs := e.Scan(text, report.Location{Part: "body"})
	orig := []rune(text)
	want := map[report.Category]string{
		report.ClassifiedMarking: "秘 密 ★ 1 年",
		report.MobilePhone:       "１３８ １２３４ ５６７８",
		report.IDCard:            "110101199003074514",
		report.SensitiveTerm:     "工作秘密",
	}
	got := map[report.Category]bool{}
	for _, f := range fs {
		cut := string(orig[f.Location.Start:f.Location.End])
		if w, ok := want[f.Category]; ok {
			got[f.Category] = true
			if cut != w {
				t.Errorf("%s cuts %q, want %q", f.Category, cut, w)
			}
		}
		if f.Location.Line < 1 || !strings.Contains(strings.Split(text, "\n")[f.Location.Line-1], strings.TrimSpace(cut[:len(string([]rune(cut)[0]))])) {
			t.Errorf("%s: line %d does not hold %q", f.Category, f.Location.Line, cut)
		}
		if f.Basis == "" || f.Message == "" {
			t.Errorf("%s: no basis or message", f.Category)
		}
		if ex := []rune(f.Excerpt); f.HitStart < 0 || f.HitEnd > len(ex) || f.HitStart > f.HitEnd {
			t.Errorf("%s: bad hit range %d..%d in %q", f.Category, f.HitStart, f.HitEnd, f.Excerpt)
		}
	}
	for c := range want {
		if !got[c] {
			t.Errorf("missing %s in %+v", c, fs)
		}
	}
}

// TestNoRawPersonalData checks that excerpts and messages mask values, so
// that the birth date of an ID never shows.
func TestNoRawPersonalData(t *testing.T) {
	e := testEngine(t)
	raws := []string{"110101199003074514", "6222021234567890128", "13812345678", "E12345678", "19900307", "110105491231002"}
	text := "身份证号110101199003074514，银行卡号6222021234567890128，手机13812345678，护照号码E12345678，旧身份证110105491231002，秘密★1年"
	fs := e.Scan(text, report.Location{Part: "body"})
	if len(fs) < 5 {
		t.Fatalf("only %d findings", len(fs))
	}
	for _, f := range fs {
		for _, r := range raws {
			if strings.Contains(f.Excerpt, r) || strings.Contains(f.Message, r) {
				t.Errorf("%s leaks %q: %q / %q", f.Category, r, f.Excerpt, f.Message)
			}
		}
	}
	for _, f := range fs {
		if f.Category == report.IDCard && f.Rule == "id_card.gb11643" && !strings.Contains(f.Message, "110101********4514") {
			t.Errorf("ID mask: %q", f.Message)
		}
		if f.Category == report.MobilePhone && !strings.Contains(f.Message, "138****5678") {
			t.Errorf("mobile mask: %q", f.Message)
		}
	}
}

// TestRowContext checks that an organisation named on the row above does
// not hide a person's card on the next row.
func TestRowContext(t *testing.T) {
	e := testEngine(t)
	text := "收款单位：某某农业服务有限公司\n王某某\t6222021234567890128\n"
	if fs := e.Scan(text, report.Location{Part: "sheet"}); !hasCategory(fs, report.BankCard) {
		t.Errorf("card on its own row missed: %+v", fs)
	}
}

// TestQuotedMarking checks that a marking quoted in an explanation is sent
// to a human rather than blocked.
func TestQuotedMarking(t *testing.T) {
	e := testEngine(t)
	fs := e.Scan("公文首页左上角标注“秘密★1年”，表示秘密级、保密期限一年。", report.Location{Part: "body"})
	if len(fs) != 1 || fs[0].Category != report.ClassifiedMarking || fs[0].Severity != report.Review {
		t.Errorf("quoted marking: %+v", fs)
	}
	fs = e.Scan("对标注机密★10年的文件，应当按规定管理。", report.Location{Part: "body"})
	if len(fs) != 1 || fs[0].Category != report.ClassifiedMarking || fs[0].Severity != report.Review {
		t.Errorf("marking in prose: %+v", fs)
	}
	fs = e.Scan("2024年第5号 秘密★1年\n关于…的通知", report.Location{Part: "body"})
	if len(fs) != 1 || fs[0].Severity != report.Block {
		t.Errorf("marking after a 份号 on its line: %+v", fs)
	}
	// Quoted with its period in words, bare or in brackets.
	for _, text := range []string{
		"监考员当场核验试卷袋上“绝密★启用前”标识和密封条是否完好。",
		"封面标注「机密★（永久）」字样的，按规定管理。",
		"试卷袋印有\"秘密★启用前\"字样",
	} {
		fs = e.Scan(text, report.Location{Part: "body"})
		if len(fs) != 1 || fs[0].Category != report.ClassifiedMarking || fs[0].Severity != report.Review {
			t.Errorf("quoted marking with its period in words in %q: %+v", text, fs)
		}
	}
	// Not quoted, or a quote that closes beyond the period: the
	// marking heads the paper.
	for _, text := range []string{
		"绝密★启用前\n2026年初中学业水平考试\n科学试题",
		"“绝密★启用前，考试结束后方可公开”\n关于…的通知",
	} {
		fs = e.Scan(text, report.Location{Part: "body"})
		if len(fs) == 0 || fs[0].Severity != report.Block {
			t.Errorf("marking at the head of a paper in %q: %+v", text, fs)
		}
	}
}

// TestLegacyIDUnderHeading checks a 15-digit ID far below its column
// heading in a spreadsheet, and that prose keeps needing a keyword.
func TestLegacyIDUnderHeading(t *testing.T) {
	e := testEngine(t)
	sheet := "序号\t姓名\t身份证号\n"
	for i := 1; i <= 12; i++ {
		sheet += fmt.Sprintf("%d\t某某某\t%s\n", i, "110105491231002")
	}
	fs := e.Scan(sheet, report.Location{Part: "sheet"})
	n := 0
	for _, f := range fs {
		if f.Category == report.IDCard {
			n++
		}
	}
	if n != 12 {
		t.Errorf("%d of 12 legacy IDs found", n)
	}
	csv := strings.ReplaceAll(sheet, "\t", ",")
	if fs := e.Scan(csv, report.Location{Part: "body"}); len(fs) != 12 {
		t.Errorf("CSV: %d findings, want 12", len(fs))
	}
	visas := "姓名,护照号码,银行卡号\n" + strings.Repeat("某某,E12345678,4111111111111111\n", 6)
	cats := map[report.Category]int{}
	for _, f := range e.Scan(visas, report.Location{Part: "body"}) {
		cats[f.Category]++
	}
	if cats[report.Passport] != 6 || cats[report.BankCard] != 6 {
		t.Errorf("table of passports and cards: %v", cats)
	}
	prose := "经核实，申请人身份证号码见附件。\n" + strings.Repeat("本机关依法办理。\n", 5) + "编码110105491231002。\n"
	if fs := e.Scan(prose, report.Location{Part: "body"}); len(fs) != 0 {
		t.Errorf("prose: %+v", fs)
	}
}

func TestHeaderMarking(t *testing.T) {
	e := testEngine(t)
	if fs := e.Scan("秘密级", report.Location{Part: "header"}); !hasCategory(fs, report.ClassifiedMarking) {
		t.Error("秘密级 in a header not found")
	}
	prose := strings.Repeat("这是正文段落。\n", 8) + "秘密\n"
	fs := e.Scan(prose, report.Location{Part: "body"})
	if len(fs) != 1 || fs[0].Severity != report.Review {
		t.Errorf("bare level deep in the body should be review, got %+v", fs)
	}
}

// TestLevelWithJi: X级 heading a text, after a 份号 or with its period
// is a marking; X级 starting a sentence, or ending one that says what a
// document is, is not, even in the short lines of a page's head.
func TestLevelWithJi(t *testing.T) {
	e := testEngine(t)
	for _, s := range []string{"机密级\n关于做好有关工作的通知\n", "000123 机密级\n关于做好有关工作的通知\n", "机密级★10年\n通知\n", "秘密级 1年\n通知\n",
		"份号：000123 机密级\n通知\n", "（机密级）\n通知\n", "【机密级】\n通知\n", "000123  机密级  特急\n通知\n", "00012 机密级 加急\n通知\n",
		"第3份 机密级\n通知\n", "机密级▲\n通知\n", "机密级·5年\n通知\n"} {
		if fs := e.Scan(s, report.Location{Part: "body"}); !hasCategory(fs, report.ClassifiedMarking) {
			t.Errorf("%q: no marking", s)
		}
	}
	for _, s := range []string{"保密知识\n绝密级国家秘密是最\n重要的国家秘密\n", "保密知识\n表示该文件为 机密级，\n保密期限为十年\n", "（一）\n绝密级：最重要的国家秘密\n"} {
		if fs := e.Scan(s, report.Location{Part: "body"}); len(fs) != 0 {
			t.Errorf("%q: %s %q", s, fs[0].Rule, fs[0].Excerpt)
		}
	}
}

// TestLevelWithPeriodAlone: the level and its period alone on a line at
// the head is a marking whatever stands for its star: nothing, a private-
// use character (a symbol font's ★ as Word inserts it), a page's
// Wingdings «, a star after the period, or the period as a 保密期限 label;
// so is a bare level in brackets. Lines of two levels or more with their
// periods list the longest periods, and a level and period in a sentence
// is prose.
func TestLevelWithPeriodAlone(t *testing.T) {
	e := testEngine(t)
	for _, s := range []string{"秘密1年\n关于开展专项检查的通知\n", "秘密\uF0AB1年\n关于开展专项检查的通知\n", "份号 000012\n机密«5年\n特急\n通知\n",
		"秘密1年★\n通知\n", "秘密　保密期限：1年\n特急\n通知\n", "机密 保密期限 长期\n通知\n", "【秘密】\n关于开展专项检查的通知\n", "〔绝密〕\n通知\n",
		"机密\uF0EA\n关于开展专项检查的通知\n", "000012\n特急\n秘密1年\n通知\n", "秘密 期限1年\n通知\n",
		"机密5年\n关于印发保密知识的通知\n各单位：\n现印发如下。\n绝密 30年\n机密 20年\n秘密 10年\n",
		// A period in words, whatever the star (an emoji's, or none).
		"绝密⭐启用前\n2026年全市统一考试\n", "绝密启用前\n2026年全市统一考试\n", "机密✩（永久）\n关于…的决定\n"} {
		if fs := e.Scan(s, report.Location{Part: "body"}); !hasCategory(fs, report.ClassifiedMarking) || fs[0].Severity != report.Block {
			t.Errorf("%q: no blocking marking: %+v", s, fs)
		}
	}
	for _, s := range []string{"国家秘密的保密期限\n绝密 30年\n机密 20年\n秘密 10年\n", "关于保密期限的说明\n本文件所述秘密1年后解密。\n",
		"保密知识\n秘密1年，机密5年\n", "商业秘密10年\n通知\n",
		// Where a marking is not: section headings of a training text,
		// a quiz's answer, a 解密 notice's line, a list of one level, a
		// book's title.
		"保密知识讲座\n【秘密】\n秘密是最一般的国家秘密。\n【机密】\n机密是重要的国家秘密。\n",
		"保密知识测试\n问：秘密级国家秘密的保密期限一般不超过多少年？\n答：\n秘密10年\n",
		"关于部分文件解密的通知\n下列文件自即日起解密：\n秘密10年\n",
		"保密期限举例\n秘密10年\n秘密5年\n", "推荐书目\n《秘密》\n《保密》\n", "保密知识\n（秘密10年）\n"} {
		for _, f := range e.Scan(s, report.Location{Part: "body"}) {
			if f.Severity != report.Info {
				t.Errorf("%q: %s %s %q", s, f.Rule, f.Severity, f.Excerpt)
			}
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, d := range Detectors() {
		for _, s := range append(d.Must, d.MustNot...) {
			f.Add(s)
		}
	}
	e := testEngine(f)
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		n := len(rs)
		for _, fd := range e.Scan(s, report.Location{Part: "body"}) {
			if fd.Location.Start < 0 || fd.Location.End > n || fd.Location.Start >= fd.Location.End {
				t.Fatalf("bad span %+v for %d runes", fd.Location, n)
			}
			// The offsets cut the original at the matched characters:
			// the cut is not empty once normalised and starts and ends
			// on a character that is not spacing.
			cut := rs[fd.Location.Start:fd.Location.End]
			if normalize.String(string(cut)) == "" || unicode.IsSpace(cut[0]) || unicode.IsSpace(cut[len(cut)-1]) {
				t.Fatalf("%s cuts %q", fd.Category, string(cut))
			}
		}
	})
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 4<<20 {
		b.WriteString("根据《中华人民共和国政府信息公开条例》第二十条规定，现将2024年度本机关政府信息公开工作情况报告如下。本年度共主动公开政府信息1234条，其中规范性文件56件。依申请公开办理89件，联系电话：0571-87001234，邮箱xxgk@example.gov.cn。\n")
	}
	return b.String()
}

func BenchmarkScan(b *testing.B) {
	e := testEngine(b)
	s := benchText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		fs := e.Scan(s, report.Location{Part: "body"})
		if len(fs) == 0 {
			b.Fatal("expected the e-mail findings")
		}
	}
}

func BenchmarkFind(b *testing.B) {
	e := testEngine(b)
	t := normalize.New(benchText())
	b.SetBytes(int64(len(t.Orig)))
	b.ReportAllocs()
	for b.Loop() {
		if rs := e.find(t, nil, "body", nil); len(rs) == 0 {
			b.Fatal("no findings")
		}
	}
}

// TestInternalMarkingLabels checks the structure that tells an internal
// marking (a label standing alone, or declared of the text) from prose
// about secrecy in an explainer of the 保密法.
func TestInternalMarkingLabels(t *testing.T) {
	e := testEngine(t)
	labels := []string{
		"工作秘密\n关于2024年度考核工作的通知\n",
		"本材料属工作秘密。",
		"内部资料，注意保存\n会议纪要\n",
		"内部资料 请勿外传",
		"1.本通知为内部资料，请勿转发。",
		"本文含工作秘密内容，请勿外传。",
		"根据有关规定，此件属于工作秘密",
		"经审定，该报告列为内部资料，注意保存。",
		// Labels that go on in Chinese after the term.
		"该文件涉及工作秘密的内容，请勿外传。",
		"以下内容属工作秘密请勿外传。",
		"注意：内容涉及工作秘密事项，严禁上网。",
		"该材料属于工作秘密文件，不得公开。",
		"会议材料为内部资料严禁外传",
		"该报告属内部资料、不得公开",
		"该报告含有工作秘密信息，请妥善保管。",
		// A law cited does not make a label about a document prose.
		"根据《保密法》第六十四条，该文件属于工作秘密，请勿外传。",
		"依照《保密法》，本材料属于内部资料。",
		// Quoted but ending its sentence: still worn.
		"“内部资料”",
		"会议材料“内部资料”。",
		// A law cited, and a thing said to be the term; a quoted label
		// with an order after it.
		"根据《XX市工作秘密管理暂行办法》，会议材料为工作秘密，严禁外传。",
		"按照《工作秘密管理办法》第五条，以上材料属于工作秘密，不得公开。",
		"根据第3条规定，附件内容为内部资料，注意保存。",
		"“内部资料”注意保存",
		"“工作秘密”严禁外传",
		// Said to be the term, then what is done with it.
		"会议纪要属于工作秘密范围，不得公开。",
		// In brackets of its own after the date.
		"2026年3月6日（此件不公开）\n",
		"（仅供内部参考）\n",
		"【内部资料】关于调整工作安排的通知",
		"**工作秘密　注意保管**\n# 关于某某工作的通知\n",
		// A term that is a statement says it of what it follows.
		"参会人员名单仅供内部参考，此件不公开",
		"内部资料 请勿外传\n审核意见：同意",
		"注意：内容涉及工作秘密事项，请勿外传。",
		// An order that goes on to a question of its own; a count of
		// points that labels this text.
		"内部资料，请勿外传，如何领取请咨询办公室。",
		"二是会议材料为工作秘密。",
		// Question words outside the term's phrase, or asking nothing; a
		// form's field; statements and orders after a count.
		"文件性质：工作秘密　是否公开：不予公开",
		"内部资料 如何领取请咨询办公室",
		"本刊为内部资料 是否转载请联系编辑部",
		"本件系内部资料、是否转发由各单位自行决定",
		"各位同事：本周例会纪要为工作秘密 什么时间公开另行通知",
		"关于如何做好防汛工作的通知（内部资料）",
		"【内部资料】如何申报专项资金操作指引",
		"什么值得买——内部资料，注意保存",
		"本材料无论是否公开均属工作秘密",
		"会议材料是否为工作秘密：是",
		"二是此件不公开",
		"二、此件不公开",
		"㈡请勿外传\n",
		"三是工作秘密，请勿外传",
		"文件属性：一是内部资料。",
		"是否属于工作秘密（是）",
		"哪些材料属于工作秘密 本件为内部资料",
		"本材料为内部资料是否同意公开请批示",
		"经保密审查确认是否涉密后本汇编定为内部资料。",
		"该材料为内部资料如何使用请咨询办公室",
		// 内部文件 and 内部材料 by the same forms.
		"内部文件　注意保存\n关于调整工作安排的报告\n",
		"内部材料\n关于调整工作安排的报告\n",
		"该报告属于内部材料，请勿外传。",
		"（内部文件）关于调整工作安排的通知",
		// Set apart at the end of a title's line.
		"地质灾害隐患点清单　　　　内部资料\n一、隐患点分布\n",
		"关于印发工作方案的通知\t工作秘密\n各单位：\n",
		"防汛工作要点        内部文件（注意保存）\n",
	}
	prose := []string{
		// The term as the kind of matter handled.
		"依照有关规定，做好工作秘密的确定、标注和管理。",
		"各单位要加强工作秘密保护，严防泄露。",
		"认真做好内部资料的管理工作。",
		// Inside a sentence about something else: an attribute, a list.
		"涉密人员管理按照《保守国家秘密法》执行；涉及工作秘密的，按照有关规定管理。",
		"各单位要防止国家秘密、工作秘密、商业秘密和个人隐私泄露。",

		"三、关于工作秘密\n",
		"（二）工作秘密\n",
		"第十条 工作秘密的确定，由机关、单位按照有关规定办理。",
		"工作秘密是指机关、单位在履行职责过程中产生的，一旦泄露会给工作造成被动或者损害的内部事项。",
		"关于内部资料的印制要求",
		"问：什么是工作秘密？\n答：工作秘密是指机关单位在公务活动和内部管理中产生的不属于国家秘密的事项。",
		// A sentence that cites a law, and a label named in quotes.
		"二、依照《中华人民共和国保守国家秘密法》第六十四条的规定，机关、单位对不属于国家秘密但泄露后会造成一定不利影响的事项，按照工作秘密进行管理。",
		"按照第六十四条规定，对有关事项按照工作秘密管理。",
		"答：标注“内部资料”的材料未经审查不得在互联网上发布。",
		// A heading's quoted topic, a definition, quoted names in a list.
		"四、关于“内部资料”\n",
		"本办法所称工作秘密，是指机关、单位在履行职责中产生的事项。",
		"标有“内部资料”“内部参考”字样的文件，不得在互联网上发布。",
		"问：什么是“内部资料”？答：它是指仅在机关内部传阅的材料。",
		"机关、单位应当加强对工作秘密的管理，具体办法另行制定。",
		// The object of a verb, in rules and answers; a quoted
		// definition; a printed form quoted; a quiz's option cut by a
		// line break.
		"要严格区分工作秘密与国家秘密。",
		"不得将标注内部资料的材料直接上网。",
		"不得用微信、QQ传递工作秘密，不得将内部资料随意转发。",
		"经批准，可以申请编印一次性内部资料",
		"“内部资料”是出版管理中的概念，指在本系统内部交流的资料。",
		"封面完整印刷“内部资料，免费交流”字样。",
		"答：标注内部资料的材料应经审查后方可发布。",
		"C．机密、秘密、工作\n秘密\n",
		// A heading that asks, with no question mark; a 公文's count of
		// points (一是…二是…) with the term as its subject.
		"一、什么是工作秘密\n工作秘密是机关在公务活动中产生的事项。",
		"二、哪些材料属于内部资料\n",
		"工作秘密如何确定和标注\n",
		"二是内部资料应当逐份登记，使用完毕及时清退。",
		"一是工作秘密要定密准确；二是内部资料要登记编号。",
		"第八条 工作秘密不得公开。",
		"四、不宜公开的政府信息",
		"二、此件不公开的认定\n",
		"（二）不宜公开的信息范围\n",
		"一、何为工作秘密\n",
		"首先是内部资料要逐份登记。",
		"加强内部文件管理，规范内部材料的流转。",
		"各单位要把内部文件和公开文件区分开来。",
		"这些内部材料按规定存档。",
		"二、内部文件的管理\n",
		"问：哪些属于内部文件？",
		// One space, as a PDF's justified line may read; a term that
		// words follow.
		"各单位要加强 内部资料\n的登记。\n",
		"附件　内部资料印制审批表填写说明\n",
	}
	for _, s := range labels {
		if !hasCategory(e.Scan(s, report.Location{Part: "body"}), report.SensitiveTerm) {
			t.Errorf("label missed in %q", s)
		}
	}
	for _, s := range prose {
		if fs := e.Scan(s, report.Location{Part: "body"}); len(fs) > 0 {
			t.Errorf("prose %q: %s %q", s, fs[0].Rule, fs[0].Excerpt)
		}
	}
}

// TestOwnTermsAsSubjects: an office's own term (a project's code name in
// a dictionary of its own) is found where the embedded internal markings
// would be read as prose: as the subject of a sentence that goes on, and
// as the topic after 关于.
func TestOwnTermsAsSubjects(t *testing.T) {
	es, err := dict.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	own, err := dict.Parse(strings.NewReader("青松计划 | sensitive_term | review | 未公开的项目代号\n"), "项目代号.txt")
	if err != nil {
		t.Fatal(err)
	}
	set, err := dict.Compile(append(es, own...))
	if err != nil {
		t.Fatal(err)
	}
	e := New(set)
	for _, s := range []string{
		"青松计划将于下月启动，请各单位做好准备。",
		"关于青松计划第二阶段的通知",
		"三、青松计划\n",
		"青松计划是指本局牵头的专项工作。",
	} {
		if !hasCategory(e.Scan(s, report.Location{Part: "body"}), report.SensitiveTerm) {
			t.Errorf("own term missed in %q", s)
		}
	}
}

// FuzzScanCells scans tables with the cells an extractor would report and
// with arbitrary, possibly overlapping or out-of-range cells (bounds from
// the bytes of cuts): no panic, and every finding's offsets lie in the
// text.
func FuzzScanCells(f *testing.F) {
	for _, d := range Detectors() {
		for _, s := range append(d.Must, d.MustNot...) {
			if rest, ok := strings.CutPrefix(s, cellsVector); ok {
				f.Add(rest, []byte{0, 3, 2, 9, 40, 200})
			}
		}
	}
	e := testEngine(f)
	f.Fuzz(func(t *testing.T, s string, cuts []byte) {
		text, cells := vectorPart(cellsVector + s)
		check := func(fs []report.Finding, text string) {
			n := utf8.RuneCountInString(text)
			for _, fd := range fs {
				if fd.Location.Start < 0 || fd.Location.End > n || fd.Location.Start >= fd.Location.End {
					t.Fatalf("bad span %+v for %d runes", fd.Location, n)
				}
			}
		}
		check(e.ScanCells(text, cells, report.Location{Part: "sheet"}).Findings, text)
		var odd []doc.Cell
		for i := 0; i+1 < len(cuts) && i < 64; i += 2 {
			odd = append(odd, doc.Cell{Ref: "X", Start: int(cuts[i]), End: int(cuts[i+1]), Row: i/4 + 1, Col: i%4 + 1})
		}
		check(e.ScanCells(s, odd, report.Location{Part: "body"}).Findings, s)
	})
}

// BenchmarkScanCells scans a roster sheet of 20,000 rows with its cells
// known: headings looked up for every number, neighbours kept apart.
func BenchmarkScanCells(b *testing.B) {
	e := testEngine(b)
	var sb strings.Builder
	var cells []doc.Cell
	pos := 0
	add := func(row, col int, s string, sep byte) {
		n := utf8.RuneCountInString(s)
		cells = append(cells, doc.Cell{Ref: fmt.Sprintf("%c%d", 'A'+col-1, row), Start: pos, End: pos + n, Row: row, Col: col})
		sb.WriteString(s)
		sb.WriteByte(sep)
		pos += n + 1
	}
	for i, h := range []string{"序号", "姓名", "身份证号", "联系电话", "补助金额（元）"} {
		add(1, i+1, h, "\t\t\t\t\n"[i])
	}
	for r := 2; r <= 20001; r++ {
		add(r, 1, fmt.Sprint(r-1), '\t')
		add(r, 2, "某某某", '\t')
		add(r, 3, "110105491231002", '\t')
		add(r, 4, "13812345678", '\t')
		add(r, 5, "12000", '\n')
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		fs := e.ScanCells(text, cells, report.Location{Part: "sheet"}).Findings
		if len(fs) != 40000 {
			b.Fatalf("%d findings, want 40000", len(fs))
		}
	}
}

// TestHeadingOfLabelColumn checks that a column of labels alone (names,
// e-mail addresses: no first value) gives each of its cells a heading of
// its first label cells, not of the whole column above it, whose reading
// for every cell would cost the square of the column.
func TestHeadingOfLabelColumn(t *testing.T) {
	var sb strings.Builder
	in := &input{}
	for r := 1; r <= 5000; r++ {
		s := fmt.Sprintf("某某%c", 'a'+r%26)
		in.cells = append(in.cells, ncell{start: sb.Len(), end: sb.Len() + len(s), row: r, col: 1})
		sb.WriteString(s)
		sb.WriteByte('\n')
	}
	in.norm = sb.String()
	h, ok := in.heading(len(in.cells) - 1)
	if !ok || strings.Count(h, "某某") > maxHeadRows+1 || !strings.HasPrefix(h, "某某b 某某c ") {
		t.Errorf("heading = %q, %v; want the first %d labels and the row's", h, ok, maxHeadRows)
	}
}

// TestHeadingHasAgrees checks that looking for words in a heading's parts
// finds what looking in the joined heading finds.
func TestHeadingHasAgrees(t *testing.T) {
	rows := [][]string{
		{"单位", "联系", "备注"},
		{"姓名", "电话", "说明"},
		{"张三", "13812345678", "值班 人员"},
		{"分组", "", "乙"},
		{"李四", "13912345678", "12345678"},
	}
	var sb strings.Builder
	in := &input{}
	for r, row := range rows {
		for c, v := range row {
			if v != "" {
				in.cells = append(in.cells, ncell{start: sb.Len(), end: sb.Len() + len(v), row: r + 1, col: c + 1})
			}
			sb.WriteString(v)
			sb.WriteByte('\t')
		}
		sb.WriteByte('\n')
	}
	in.norm = sb.String()
	for _, words := range [][]string{{"电话"}, {"联系电话"}, {"联系 电话"}, {"人员"}, {"值班 人员"}, {"分组"}, {"张三"}, {"无"}, {"说明 值班"}} {
		for k := range in.cells {
			h, ok := in.heading(k)
			has, ok2 := in.headingHas(k, words)
			if has != containsAny(h, words) || ok != ok2 {
				t.Errorf("cell %d %q in %q: headingHas = %v, %v; heading says %v, %v", k, words, h, has, ok2, containsAny(h, words), ok)
			}
		}
	}
}

// shift moves cells by n runes.
func shift(cells []doc.Cell, n int) []doc.Cell {
	out := append([]doc.Cell(nil), cells...)
	for i := range out {
		out[i].Start += n
		out[i].End += n
	}
	return out
}

// oneTable lays out one table of cols columns after lead, a cell a line,
// as an extractor reports one: the text and its cells.
func oneTable(lead string, cols int, words ...string) (string, []doc.Cell) {
	text, pos := lead, utf8.RuneCountInString(lead)
	var cells []doc.Cell
	for i, c := range words {
		n := utf8.RuneCountInString(c)
		cells = append(cells, doc.Cell{Ref: fmt.Sprintf("表1 R%dC%d", i/cols+1, i%cols+1), Start: pos, End: pos + n, Table: 1, Row: i/cols + 1, Col: i%cols + 1})
		text += c + "\n"
		pos += n + 1
	}
	return text, cells
}

// TestLevelWordsInTable: a level word that is a table cell's whole text
// in the body (a table of the levels in a training text) is shown as
// info, not held for review; alone on a line outside a table it is
// reviewed, and heading the document it is a marking.
func TestLevelWordsInTable(t *testing.T) {
	e := testEngine(t)
	intro := "保密知识培训材料\n一、国家秘密的密级\n国家秘密的密级分为三级，见下表。\n"
	rows := []string{"密级", "最长保密期限", "绝密", "30年", "机密", "20年", "秘密", "10年"}
	text, cells := oneTable(intro, 2, rows...)
	fs := e.ScanCells(text, cells, report.Location{Part: "body"}).Findings
	if len(fs) != 3 {
		t.Fatalf("%d findings, want 3: %+v", len(fs), fs)
	}
	for _, f := range fs {
		if f.Rule != "classified_marking.table_cell" || f.Severity != report.Info {
			t.Errorf("%s %s %q", f.Rule, f.Severity, f.Excerpt)
		}
	}
	// The same words on lines of their own, no table: review each.
	for _, f := range e.Scan(text, report.Location{Part: "body"}) {
		if f.Severity != report.Review {
			t.Errorf("no table: %s %s", f.Rule, f.Severity)
		}
	}
	// The same table heading a text (a slide, a sheet of its own) is
	// still a table of the levels.
	fs = e.ScanCells(strings.Join(rows, "\n")+"\n", shift(cells, -utf8.RuneCountInString(intro)), report.Location{Part: "body"}).Findings
	for _, f := range fs {
		if f.Severity != report.Info {
			t.Errorf("table heading the text: %s %s %q", f.Rule, f.Severity, f.Excerpt)
		}
	}
	// The levels written 绝密级, 机密级, 秘密级 in their cells, heading
	// the text or in its body: the same table.
	for _, lead := range []string{"", intro} {
		text, cells := oneTable(lead, 2, "密级", "保密期限（一般不超过）", "绝密级", "三十年", "机密级", "二十年", "秘密级", "十年")
		fs := e.ScanCells(text, cells, report.Location{Part: "body"}).Findings
		if len(fs) != 3 {
			t.Errorf("X级 cells: %d findings, want 3: %+v", len(fs), fs)
		}
		for _, f := range fs {
			if f.Severity != report.Info {
				t.Errorf("X级 cells: %s %s %q", f.Rule, f.Severity, f.Excerpt)
			}
		}
	}
	// A register of classified documents names the levels its documents
	// have: each is a marking, not a table of the levels.
	reg, rc := oneTable("", 4, "序号", "文件名称", "密级", "保密期限", "1", "关于某某工程建设的报告", "机密级", "十年", "2", "某某项目实施方案", "秘密级", "五年")
	blocks := 0
	for _, f := range e.ScanCells(reg, rc, report.Location{Part: "body"}).Findings {
		if f.Severity == report.Block {
			blocks++
		}
	}
	if blocks != 2 {
		t.Errorf("register: %d blocking markings, want 2", blocks)
	}
	// A quiz: the question in one cell, the levels as options.
	quiz := "国家秘密的最高密级是\n绝密\n机密\n秘密\n"
	qc := []doc.Cell{{Ref: "A1", Start: 0, End: 10, Table: 1, Row: 1, Col: 1}, {Ref: "B1", Start: 11, End: 13, Table: 1, Row: 1, Col: 2},
		{Ref: "C1", Start: 14, End: 16, Table: 1, Row: 1, Col: 3}, {Ref: "D1", Start: 17, End: 19, Table: 1, Row: 1, Col: 4}}
	for _, f := range e.ScanCells(quiz, qc, report.Location{Part: "sheet"}).Findings {
		if f.Severity == report.Block {
			t.Errorf("quiz: %s %s %q", f.Rule, f.Severity, f.Excerpt)
		}
	}
	// 密级 ending a heading labels nothing on the next line; on its own
	// line it does.
	for _, f := range e.Scan("（二）国家秘密的密级\n绝密级：最重要的国家秘密\n", report.Location{Part: "body"}) {
		if f.Rule == "classified_marking.level_label" {
			t.Errorf("across lines: %s %q", f.Rule, f.Excerpt)
		}
	}
	if fs := e.Scan("密级：秘密\n关于做好有关工作的通知\n", report.Location{Part: "body"}); len(fs) == 0 || fs[0].Severity != report.Block {
		t.Errorf("密级：秘密: %+v", fs)
	}
	// A form's 密级 cell labels the cell after it, anywhere in the body.
	form := "拟稿单位\n办公室\n密级\n机密\n"
	fc := []doc.Cell{{Ref: "A1", Start: 0, End: 4, Table: 1, Row: 1, Col: 1}, {Ref: "B1", Start: 5, End: 8, Table: 1, Row: 1, Col: 2},
		{Ref: "C1", Start: 9, End: 11, Table: 1, Row: 1, Col: 3}, {Ref: "D1", Start: 12, End: 14, Table: 1, Row: 1, Col: 4}}
	if fs := e.ScanCells(strings.Repeat("正文。\n", 8)+form, shift(fc, 8*4), report.Location{Part: "body"}).Findings; len(fs) == 0 || fs[0].Severity != report.Block {
		t.Errorf("form 密级 | 机密: %+v", fs)
	}
	// A row that lists the levels after a 密级 heading is no form.
	levels := "密级\n绝密\n机密\n秘密\n"
	lc := []doc.Cell{{Ref: "A1", Start: 0, End: 2, Table: 1, Row: 1, Col: 1}, {Ref: "B1", Start: 3, End: 5, Table: 1, Row: 1, Col: 2},
		{Ref: "C1", Start: 6, End: 8, Table: 1, Row: 1, Col: 3}, {Ref: "D1", Start: 9, End: 11, Table: 1, Row: 1, Col: 4}}
	for _, f := range e.ScanCells(strings.Repeat("正文。\n", 8)+levels, shift(lc, 8*4), report.Location{Part: "body"}).Findings {
		if f.Severity == report.Block {
			t.Errorf("levels in a row: %s %q", f.Rule, f.Excerpt)
		}
	}
	// A table at the head of the document (a 公文 header's 密级 cell) is
	// a marking.
	head := []doc.Cell{{Ref: "表1 R1C1", Start: 0, End: 2, Table: 1, Row: 1, Col: 1}, {Ref: "表1 R1C2", Start: 3, End: 5, Table: 1, Row: 1, Col: 2}}
	if fs := e.ScanCells("秘密\n特急\n关于做好有关工作的通知\n", head, report.Location{Part: "body"}).Findings; len(fs) == 0 || fs[0].Severity != report.Block {
		t.Errorf("head of the document: %+v", fs)
	}
}

// TestMarkingPlaceholder: a marking whose period is left to fill in
// (机密★（期限）, 秘密★××年) is the form of a marking an explainer or a
// template shows: info in a table or a sentence, reviewed alone on its
// line; a filled-in period is still a marking.
func TestMarkingPlaceholder(t *testing.T) {
	e := testEngine(t)
	rows := []string{"密级", "保密期限", "标志示例", "绝密", "30年", "绝密★（期限）", "机密", "20年", "机密★(期限)", "秘密", "10年", "秘密★××年"}
	text, cells := oneTable("国家秘密的标志\n", 3, rows...)
	for _, f := range e.ScanCells(text, cells, report.Location{Part: "body"}).Findings {
		if f.Severity != report.Info {
			t.Errorf("table: %s %s %q", f.Rule, f.Severity, f.Excerpt)
		}
	}
	for _, c := range []struct {
		text string
		sev  report.Severity
	}{
		{"国家秘密的标志形式为“密级★保密期限”，例如：机密★（期限）。\n", report.Info},
		{"标志示例：秘密★X年\n", report.Info},
		{"机密★〔保密期限〕\n关于某某工作的通知\n", report.Review},
		{"机密★（5年）\n关于某某工作的通知\n", report.Block},
		{"机密★（长期）\n关于某某工作的通知\n", report.Block},
		// A period written as a word is a period.
		{"机密★（永久）\n关于某某工作的通知\n", report.Block},
		{"000001\t绝密★（启用前）\t特急\n", report.Block},
		{"秘密★（半年）\n关于某某工作的通知\n", report.Block},
		{"机密★（会议结束后解密）\n关于某某工作的通知\n", report.Block},
		{"秘密★1年\n关于某某工作的通知\n", report.Block},
		// A whole marking shown as an example below the first line: the
		// line before introduces it or the line after explains it.
		{"密级标注培训材料\n三、标注示例\n机密★10年\n（上例表示该文件为机密级，保密期限十年。）\n", report.Review},
		{"密级标注培训材料\n标志样式如下：\n\n秘密★1年\n", report.Review},
		{"密级标注培训材料\n一、标注方法\n绝密★30年\n上例为绝密级文件的标志。\n", report.Review},
		// Anywhere else a marking is one: under a title, heading an
		// attachment, after a law's name.
		{"关于某某工作的通知\n机密★10年\n各单位：\n", report.Block},
		{"关于某某工作的通知\n附件2\n秘密★5年\n某某工作方案\n", report.Block},
		{"依据《保守国家秘密法实施条例》\n机密★10年\n各单位：\n", report.Block},
		{"一、标注示例\n机密★10年 关于某某工作的通知\n", report.Block},
	} {
		fs := e.Scan(c.text, report.Location{Part: "body"})
		if len(fs) != 1 || fs[0].Severity != c.sev {
			t.Errorf("%q: %+v, want one of severity %s", c.text, fs, c.sev)
		}
	}
}

// TestMaskValueKeepsBreaks: a line break written as HTML inside a value
// (a Markdown table's cell) stays as written; only the value's digits are
// masked.
func TestMaskValueKeepsBreaks(t *testing.T) {
	for _, c := range []struct {
		cat      report.Category
		in, want string
	}{
		{report.IDCard, "110101199<br>003074514", "110101***<br>*****4514"},
		{report.MobilePhone, "138 1234<BR/>5678", "138 ****<BR/>5678"},
		{report.MobilePhone, "138 1234 5678", "138 **** 5678"},
	} {
		if got := MaskValue(c.cat, c.in); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.cat, c.in, got, c.want)
		}
	}
}

// TestBigTextDictionaryWhileNormalising: on a text big enough for the
// dictionary to match the normal form while it is written, the findings
// are those of matching the finished normal form, terms planted across
// the points where the growing form is shown among them.
func TestBigTextDictionaryWhileNormalising(t *testing.T) {
	e := testEngine(t)
	var b strings.Builder
	line := "根据《政府信息公开条例》，现将本年度工作情况报告如下，联系电话：0571-87001234。\n"
	for k := 0; b.Len() < growingBytes+1<<20; k++ {
		b.WriteString(line)
		if k%997 == 0 {
			b.WriteString("本页为内部资料，请勿外传。\n")
		}
	}
	text := b.String()
	if len(text) < growingBytes {
		t.Fatal("text too small to be matched while normalised")
	}
	got := e.ScanPart(text, report.Location{Part: "body"}).Findings
	nt := normalize.New(text)
	want := e.place(nt, e.find(nt, nil, "body", nil), report.Location{Part: "body"})
	if len(got) == 0 || !reflect.DeepEqual(got, want) {
		t.Fatalf("%d findings matching while normalising, %d matching after", len(got), len(want))
	}
	// Each planted line has two terms (内部资料, 请勿外传).
	terms := 0
	for _, f := range got {
		if f.Category == report.SensitiveTerm {
			terms++
		}
	}
	if want := 2 * strings.Count(text, "内部资料"); terms != want {
		t.Fatalf("%d term findings, want %d", terms, want)
	}
}
