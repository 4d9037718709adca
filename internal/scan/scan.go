package scan

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/dict"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/sandbox"
)

// Config is what a Scanner is built from.
type Config struct {
	// DictDirs are folders (or files) of extra dictionaries, added to the
	// embedded defaults.
	DictDirs []string
	// Limits bound extraction work per file; zero means doc.DefaultLimits.
	Limits doc.Limits
	// Isolate runs parsers of binary formats in a child process with
	// CPU and memory limits (the server and CLI set it; unit tests
	// usually do not).
	Isolate bool
}

// Extractor reads one file into a document; it never returns nil.
type Extractor func(ctx context.Context, name string, data []byte, lim doc.Limits) *doc.Document

// Scanner scans files. It is safe for concurrent use; Reload swaps its
// dictionaries atomically.
type Scanner struct {
	cfg     Config
	extract Extractor
	engine  atomic.Pointer[detect.Engine]
}

// New builds a Scanner, compiling the dictionaries once.
func New(cfg Config) (*Scanner, error) {
	if cfg.Limits == (doc.Limits{}) {
		cfg.Limits = doc.DefaultLimits()
	}
	s := &Scanner{cfg: cfg, extract: extract.Extract}
	if cfg.Isolate {
		// The scanner owns its runner, whose bound on concurrent children
		// holds for every scan it does.
		s.extract = sandbox.New(sandbox.Options{}).Extract
	}
	// The first set is used as soon as it is parsed: its automaton builds
	// while the first files are read and normalised.
	set, err := compile(cfg.DictDirs)
	if err != nil {
		return nil, err
	}
	s.engine.Store(detect.New(set))
	return s, nil
}

// WithExtractor replaces how files are read (tests, and the sandbox).
func (s *Scanner) WithExtractor(x Extractor) *Scanner {
	s.extract = x
	return s
}

// Reload recompiles the dictionaries from the embedded defaults and dirs
// and swaps them in whole, once built; on error the old set stays in force.
func (s *Scanner) Reload(dirs []string) error {
	set, err := compile(dirs)
	if err != nil {
		return err
	}
	set.Wait()
	s.engine.Store(detect.New(set))
	return nil
}

func compile(dirs []string) (*dict.Set, error) {
	es, err := dict.Load(dirs)
	if err != nil {
		return nil, err
	}
	return dict.Compile(es)
}

// DictVersion identifies the dictionaries in force (a hash of their
// compiled content), recorded with every scan.
func (s *Scanner) DictVersion() string { return s.engine.Load().Dict().Version() }

// Limits are the extraction limits in force.
func (s *Scanner) Limits() doc.Limits { return s.cfg.Limits }

// Scan reads one file and reports on it. It never fails: what cannot be
// read is an unreadable finding.
func (s *Scanner) Scan(ctx context.Context, name string, data []byte) report.Report {
	sum := sha256.Sum256(data)
	eng := s.engine.Load()
	d := s.extract(ctx, name, data, s.cfg.Limits)
	r := report.Report{
		File:        name,
		Format:      d.Format,
		SHA256:      hex.EncodeToString(sum[:]),
		Size:        int64(len(data)),
		DictVersion: eng.Dict().Version(),
	}
	r.Findings = Document(eng, d)
	r.Verdict = report.Verdict(r.Findings)
	return r
}

// Document turns an extracted document into findings: every part scanned,
// hidden parts and metadata reported, the extractor's own findings
// completed, and ids given in order.
func Document(eng *detect.Engine, d *doc.Document) []report.Finding {
	out := []report.Finding{}
	// What a web page shows, so that a hidden copy of it (a mobile menu)
	// is not taken for hidden content; built only for pages that hide
	// something.
	visible := sync.OnceValue(func() string {
		var b strings.Builder
		for _, p := range d.Parts {
			if p.Kind == doc.Body {
				b.WriteString(p.Text)
				b.WriteByte('\n')
			}
		}
		return b.String()
	})
	for _, p := range d.Parts {
		loc := report.Location{Part: p.Kind, File: p.File, Page: p.Page, Sheet: p.Sheet}
		sp := eng.ScanPart(p.Text, loc)
		fs := sp.Findings
		if len(p.Cells) > 0 {
			for i := range fs {
				fs[i].Location.Cell = cellAt(p.Cells, fs[i].Location.Start)
			}
			fs = dropAmountsTakenForPhones(p, fs)
		}
		if strings.TrimSpace(p.Text) != "" {
			switch {
			case p.Hidden != "" && !webTemplatePart(p.Kind):
				out = append(out, hiddenFinding(p, loc, sp, 0))
			case p.Hidden != "":
				if line, ok := substantiveLine(p.Kind, p.Text, visible(), fs); ok {
					out = append(out, hiddenFinding(p, loc, sp, line))
				}
			case p.Kind == doc.MetadataPart && (len(fs) > 0 || namesPeople(p.Text)):
				out = append(out, metadataFinding(p, loc, sp))
			}
		}
		out = append(out, fs...)
	}
	for _, f := range d.Findings {
		if f.Basis == "" {
			f.Basis = f.Category.Basis()
		}
		if f.Severity == "" {
			f.Severity = f.Category.DefaultSeverity()
		}
		out = append(out, f)
	}
	for i := range out {
		out[i].ID = fmt.Sprintf("F%d", i+1)
	}
	return out
}

// webTemplatePart reports the hidden parts of web pages that page templates
// fill with markup of no substance (<!-- header start -->, conditional
// comments, a hidden copy of the menu, a share pop-up, the tokens and ids
// of hidden form fields).
func webTemplatePart(kind string) bool {
	return kind == doc.HTMLComment || kind == doc.HTMLHidden || kind == doc.FormField
}

// uiPhrases are the stock words of page furniture that templates hide and
// show (menus, share pop-ups, loaders).
var uiPhrases = []string{"分享", "扫一扫", "返回顶部", "加载中", "菜单", "关闭", "搜索", "微信", "微博", "打印", "收藏", "首页", "导航", "上一页", "下一页",
	"相关文件", "相关链接", "相关阅读", "相关信息", "推荐阅读", "友情链接", "字号", "无障碍", "简体", "繁体", "登录", "注册", "二维码", "客户端"}

// templateWords mark a short comment as a template marker
// (<!-- 头部开始 -->, <!-- 网站统计代码 -->).
var templateWords = []string{"开始", "结束", "代码", "统计", "导航", "菜单", "头部", "底部", "尾部", "页脚", "页眉", "侧栏", "栏目", "版权", "搜索", "轮播", "列表", "分页", "样式", "脚本", "模板", "区域", "模块", "引用", "调用"}

// substantiveLine returns the first line of a hidden web part that carries
// content a reader could take for information (an editor's note, a
// deleted paragraph, a number), and whether there is one: anything the
// detectors found in the part counts; a hidden element's line counts when
// it has Chinese text that the page does not show anyway and is not stock
// page furniture; a comment's line counts when it is more than a template
// marker. A run of seven digits always counts.
func substantiveLine(kind, text, visible string, fs []report.Finding) (int, bool) {
	lines := strings.Split(text, "\n")
	for _, f := range fs {
		if f.Severity != report.Info {
			return lineOf(lines, f.Location.Line), true
		}
	}
	if kind == doc.FormField {
		return 0, false // a hidden field's value counts only for what it is
	}
	for i, line := range lines {
		line = strings.TrimSpace(line)
		han, digits, longDigits := 0, 0, false
		for _, r := range line {
			switch {
			case unicode.Is(unicode.Han, r):
				han++
			case r >= '0' && r <= '9' || r >= '０' && r <= '９':
				digits++
				longDigits = longDigits || digits >= 7
				continue
			}
			digits = 0
		}
		switch {
		case longDigits:
			return i, true
		case han == 0:
		case kind == doc.HTMLHidden:
			if han >= 2 && !strings.Contains(visible, line) && !containsAny(line, uiPhrases) {
				return i, true
			}
		case kind == doc.HTMLComment:
			if han >= 4 && !(han <= 10 && containsAny(line, templateWords)) {
				return i, true
			}
		}
	}
	return 0, false
}

func lineOf(lines []string, l int) int {
	if l < 1 || l > len(lines) {
		return 0
	}
	return l - 1
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// peopleProperties are the document properties (as the extractors label
// them) that name people or organisations; a title or the producing
// software alone is not worth a finding.
var peopleProperties = []string{"作者", "上次修改者", "单位", "经理", "公司", "创建者", "修改者", "Author", "Company", "Manager"}

// namesPeople reports whether a metadata part has a property that names a
// person or an organisation.
func namesPeople(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		label, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(value) == "" {
			continue
		}
		for _, p := range peopleProperties {
			if strings.TrimSpace(label) == p {
				return true
			}
		}
	}
	return false
}

// hiddenAdvice says what to do about each kind of hidden part.
func hiddenAdvice(kind string) string {
	switch kind {
	case doc.TrackedDeletion, doc.TrackedInsert:
		return "请接受或拒绝全部修订、删除修订记录后重新提交"
	case doc.Comment, doc.CellComment:
		return "请删除批注后重新提交"
	case doc.HiddenText:
		return "请删除隐藏文字后重新提交"
	case doc.HiddenSheet:
		return "请删除隐藏工作表或取消隐藏并审查其内容后重新提交"
	case doc.HTMLComment:
		return "请删除网页源码中的注释后重新提交"
	case doc.HTMLHidden:
		return "请删除网页中的隐藏元素后重新提交"
	}
	return "请删除隐藏内容后重新提交"
}

const hiddenExcerptRunes = 40

// hiddenFinding reports a hidden part; its excerpt starts at line (0-based),
// the line that made it worth reporting.
func hiddenFinding(p doc.Part, loc report.Location, sp *detect.Part, line int) report.Finding {
	n := utf8.RuneCountInString(p.Text)
	start := 0
	for i, l := range strings.SplitAfter(p.Text, "\n") {
		if i == line {
			break
		}
		start += utf8.RuneCountInString(l)
	}
	end := min(n, start+hiddenExcerptRunes)
	loc.Start, loc.End, loc.Line = 0, n, line+1
	if len(p.Cells) > 0 {
		loc.Cell = p.Cells[0].Ref
	}
	return report.Finding{
		Category: report.HiddenContent,
		Severity: report.Review,
		Rule:     "hidden_content." + p.Kind,
		Location: loc,
		Excerpt:  sp.Excerpt(start, end),
		HitStart: 0,
		HitEnd:   end - start,
		Basis:    report.HiddenContent.Basis(),
		Message:  fmt.Sprintf("%s含有文字（%d字），公开后可能被读出；%s", p.Hidden, n, hiddenAdvice(p.Kind)),
	}
}

func metadataFinding(p doc.Part, loc report.Location, sp *detect.Part) report.Finding {
	n := utf8.RuneCountInString(p.Text)
	end := min(n, hiddenExcerptRunes)
	loc.Start, loc.End, loc.Line = 0, n, 1
	return report.Finding{
		Category: report.Metadata,
		Severity: report.Info,
		Rule:     "metadata.properties",
		Location: loc,
		Excerpt:  sp.Excerpt(0, end),
		HitEnd:   end,
		Basis:    report.Metadata.Basis(),
		Message:  "文档属性含作者、单位等信息，发布前请核对并清理文档属性",
	}
}

// Words that make a spreadsheet column or row one of amounts or counts,
// and words that make it one of phone numbers.
var (
	amountWords = []string{"金额", "预算", "决算", "元", "万元", "合计", "总计", "小计", "收入", "支出", "数量", "件", "人次", "户数", "总额", "资金", "产值", "余额"}
	phoneWords  = []string{"电话", "手机", "联系", "号码", "tel", "Tel", "TEL"}
)

// dropAmountsTakenForPhones removes mobile_phone findings in spreadsheet
// cells whose column heading or row names an amount or a count (an 11-digit
// budget total in 元 starts like a mobile) and no phone word. Numbers in
// other cells, and every other category, are kept.
func dropAmountsTakenForPhones(p doc.Part, fs []report.Finding) []report.Finding {
	var runes []rune
	out := make([]report.Finding, 0, len(fs))
	for _, f := range fs {
		if f.Category == report.MobilePhone && f.Location.Cell != "" {
			if runes == nil {
				runes = []rune(p.Text)
			}
			if ctx := cellContext(p.Cells, runes, f.Location.Cell); containsAny(ctx, amountWords) && !containsAny(ctx, phoneWords) {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// cellContext is the text of the nearest cell above ref in its column that
// holds no digits (its heading), and of the other cells of ref's row that
// hold no digits (a unit or a label).
func cellContext(cells []doc.Cell, runes []rune, ref string) string {
	col, row := splitRef(ref)
	text := func(c doc.Cell) string {
		if c.Start < 0 || c.End > len(runes) || c.Start > c.End {
			return ""
		}
		return string(runes[c.Start:c.End])
	}
	var b strings.Builder
	headRow := 0
	var head string
	for _, c := range cells {
		cc, cr := splitRef(c.Ref)
		t := text(c)
		if strings.ContainsAny(t, "0123456789") {
			continue
		}
		switch {
		case cc == col && cr < row && cr > headRow:
			headRow, head = cr, t
		case cr == row && cc != col:
			b.WriteString(t)
			b.WriteByte(' ')
		}
	}
	b.WriteString(head)
	return b.String()
}

// splitRef splits an A1 reference into its column letters and row number.
func splitRef(ref string) (string, int) {
	i := 0
	for i < len(ref) && (ref[i] < '0' || ref[i] > '9') {
		i++
	}
	row := 0
	for _, c := range ref[i:] {
		if c < '0' || c > '9' {
			break
		}
		row = row*10 + int(c-'0')
	}
	return ref[:i], row
}

// cellAt is the cell whose text holds rune offset r.
func cellAt(cells []doc.Cell, r int) string {
	i := sort.Search(len(cells), func(i int) bool { return cells[i].End > r })
	if i < len(cells) && cells[i].Start <= r {
		return cells[i].Ref
	}
	return ""
}

// Mask returns text with every personal value the detectors find, and
// every other long number, masked (ID: first 6 and last 4; mobile: 3 + 4;
// …), on one line. Free text that people type (a reviewer's comment or
// dismissal reason) goes through Mask before it is stored or audited.
func (s *Scanner) Mask(text string) string {
	return s.engine.Load().ScanPart(text, report.Location{Part: "comment"}).Excerpt(0, utf8.RuneCountInString(text))
}
