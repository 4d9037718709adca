package detect

import (
	"cmp"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	cfac "github.com/cloudflare/ahocorasick"
	eawidth "golang.org/x/text/width"

	"github.com/mishen-gov/mishen/internal/dict"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/normalize"
	"github.com/mishen-gov/mishen/internal/prefault"
	"github.com/mishen-gov/mishen/internal/report"
)

// Engine runs the dictionaries and the detectors over texts. It is
// immutable and safe for concurrent use.
type Engine struct {
	dict     *dict.Set
	dets     []Detector
	always   []int // detectors without keywords
	keywords []string
	kwDets   [][]int // keyword index -> detectors it enables
	pre      *cfac.Matcher
	gated    int // detectors with keywords
	longest  int // bytes of the longest keyword
	now      func() time.Time
	rules    *Rules // custom detectors' masks and messages, and exclusions
}

// New builds an engine over a compiled dictionary set.
func New(set *dict.Set) *Engine { return NewWithRules(set, nil) }

func newEngine(set *dict.Set, dets []Detector) *Engine {
	e := &Engine{dict: set, dets: dets, now: time.Now}
	kwIndex := map[string]int{}
	for i, d := range e.dets {
		if len(d.Keywords) == 0 {
			e.always = append(e.always, i)
			continue
		}
		for _, k := range d.Keywords {
			k = strings.ToLower(k)
			j, ok := kwIndex[k]
			if !ok {
				j = len(e.keywords)
				kwIndex[k] = j
				e.keywords = append(e.keywords, k)
				e.kwDets = append(e.kwDets, nil)
			}
			e.kwDets[j] = append(e.kwDets[j], i)
		}
	}
	e.pre = cfac.NewStringMatcher(e.keywords)
	e.gated = len(e.dets) - len(e.always)
	for _, k := range e.keywords {
		e.longest = max(e.longest, len(k))
	}
	return e
}

// keywordBlock is how many bytes the prefilter reads at a time.
const keywordBlock = 64 << 10

// called reports which detectors the keywords of text b call for, and
// how many bytes of b it read to know. The prefilter reads b in blocks
// that overlap by the longest keyword, so that every keyword lies whole
// in some block, and stops once
// every detector that waits for a keyword is called: a long text with
// personal data names them all in its first pages, and reading the rest
// for keywords would change nothing.
func (e *Engine) called(b []byte) (run []bool, read int) {
	run = make([]bool, len(e.dets))
	left := e.gated
	block := max(keywordBlock, 2*e.longest)
	for s := 0; s < len(b) && left > 0; s += block - e.longest {
		end := min(s+block, len(b))
		read = end
		for _, k := range e.pre.MatchThreadSafe(b[s:end]) {
			for _, i := range e.kwDets[k] {
				if !run[i] {
					run[i] = true
					left--
				}
			}
		}
		if end == len(b) {
			break
		}
	}
	return run, read
}

// Dict is the dictionary set the engine was built with.
func (e *Engine) Dict() *dict.Set { return e.dict }

// raw is a finding before it is placed in the original text.
type raw struct {
	start, end int // bytes of the normal form
	cat        report.Category
	sev        report.Severity
	rule       string
	note       string
}

// Scan finds everything in one part's text. loc carries the part, file,
// page and sheet; Scan fills in the offsets, line, excerpt and message.
// Findings come in order of position; their ids are left to the caller.
func (e *Engine) Scan(text string, loc report.Location) []report.Finding {
	return e.ScanPart(text, loc).Findings
}

// Part is one scanned text: its findings, and its normal form kept so that
// excerpts of other places in it (a hidden part's first lines) need no
// second pass over the text.
type Part struct {
	Findings []report.Finding
	text     *normalize.Text
	orig     string
	rules    *Rules
}

// ScanPart is Scan that keeps the scanned text for Excerpt.
func (e *Engine) ScanPart(text string, loc report.Location) *Part {
	return e.ScanCells(text, nil, loc)
}

// ScanCells is ScanPart for a text whose table cells are known (rune
// ranges of text, in order): a value is never taken from two cells, a
// value wrapped inside one cell is one value, a column's heading is the
// context of the values below it, and each finding in a cell names it.
func (e *Engine) ScanCells(text string, cells []doc.Cell, loc report.Location) *Part {
	p := &Part{orig: text, rules: e.rules}
	if strings.TrimSpace(text) == "" {
		return p
	}
	// On a big text the dictionary matches the normal form while it is
	// written, on another core. (The keyword prefilter waits: it is
	// done before the detectors that need no keyword are, and a third
	// reader of the normal form slows its writing on two cores.)
	var dictHits chan []raw
	if e.dict != nil && len(text) >= growingBytes {
		dictHits = make(chan []raw, 1)
		grown := make(chan []byte)
		go func() { dictHits <- e.dictRaws(e.dict.FindGrowing(grown)) }()
		p.text = normalize.NewGrowing(text, grown)
	} else {
		p.text = normalize.New(text)
	}
	if raws := e.find(p.text, cells, loc.Part, dictHits); len(raws) > 0 {
		p.Findings = e.place(p.text, raws, loc)
		if len(cells) > 0 {
			for i := range p.Findings {
				p.Findings[i].Location.Cell = cellRef(cells, p.Findings[i].Location.Start)
			}
		}
	}
	return p
}

// Excerpt returns the text's runes [a, b) as an excerpt: its personal
// values masked by their category's rule, other long numbers masked, one
// line.
func (p *Part) Excerpt(a, b int) string {
	if p.text == nil {
		p.text = normalize.New(p.orig)
	}
	a, b = max(a, 0), min(b, p.text.OrigRunes())
	if a >= b {
		return ""
	}
	return string(maskWindow(p.text, p.Findings, a, b, p.rules, nil))
}

// growingBytes is the size of text from which the dictionary matches the
// normal form while it is written.
const growingBytes = 1 << 20

// find finds the raw findings of t; dictHits, when not nil, gives the
// dictionary's.
func (e *Engine) find(t *normalize.Text, cells []doc.Cell, part string, dictHits <-chan []raw) []raw {
	if dictHits == nil {
		// The dictionary runs on another core while the detectors run
		// here (it may still be waiting for its automaton to be built).
		ch := make(chan []raw, 1)
		go func() { ch <- e.dictFind(t) }()
		dictHits = ch
	}
	norm := t.Norm
	in := &input{norm: norm, now: e.now(), part: part}
	in.setCells(t, cells)
	in.origLine = func(b int) int { return t.Line(t.OrigOf(b)) }
	in.lineStart = func(b int) int { return t.NormOf(t.LineStart(t.Line(t.OrigOf(b)))) }
	longest := sync.OnceValues(func() (int, int) { return longestLine(t) })
	full := map[int]bool{} // by line: each measured once
	in.fullLine = func(b int) bool {
		l := t.Line(t.OrigOf(b))
		f, ok := full[l]
		if !ok {
			chars, width := lineSize(t.LineText(l))
			maxChars, maxWidth := longest()
			f = chars >= 8 && (10*chars >= 9*maxChars || 10*width >= 9*maxWidth)
			full[l] = f
		}
		return f
	}
	in.head = sync.OnceValue(func() string {
		var h strings.Builder
		for l := 1; l <= 3 && l <= t.Lines(); l++ {
			h.WriteString(normalize.String(t.LineText(l)))
			h.WriteByte('\n')
		}
		return h.String()
	})
	in.origBefore = func(b, n int) string {
		o := t.OrigOf(b)
		return t.Orig[t.OrigByte(max(o-n, 0)):t.OrigByte(o)]
	}
	in.origPrev = func(b int) rune {
		o := t.OrigOf(b)
		if o == 0 {
			return 0
		}
		r, _ := utf8.DecodeRuneInString(t.Orig[t.OrigByte(o-1):])
		return r
	}
	// Each line is normalised once however many candidates stand on it
	// (a text of one long line), and the head of the text is found once.
	lines := map[int]string{}
	fifth := sync.OnceValue(func() int { // the fifth non-empty line, or 0
		nonEmpty := 0
		for k := 1; k <= t.Lines(); k++ {
			if strings.TrimSpace(t.LineText(k)) != "" {
				if nonEmpty++; nonEmpty == 5 {
					return k
				}
			}
		}
		return 0
	})
	lineText := func(l int) string {
		line, ok := lines[l]
		if !ok {
			line = normalize.String(t.LineText(l))
			lines[l] = line
		}
		return line
	}
	in.lineAt = func(b int) (string, bool) {
		l := t.Line(t.OrigOf(b))
		f := fifth()
		return lineText(l), f == 0 || f >= l
	}
	in.topLine = func(b int) bool {
		l := t.Line(t.OrigOf(b))
		if l > maxTopLines {
			return false
		}
		for k := 1; k < l; k++ {
			if s := strings.TrimSpace(lineText(k)); s != "" && !headWords(s) && !tailWords(s) {
				return false
			}
		}
		return true
	}
	in.nearLines = func(b int) (prev, next string) {
		l := t.Line(t.OrigOf(b))
		for k := l - 1; k >= 1 && k >= l-maxNearLines; k-- {
			if prev = strings.TrimSpace(lineText(k)); prev != "" {
				break
			}
		}
		for k := l + 1; k <= t.Lines() && k <= l+maxNearLines; k++ {
			if next = strings.TrimSpace(lineText(k)); next != "" {
				break
			}
		}
		return prev, next
	}
	// The keyword prefilter reads the text on another core while the
	// detectors that need no keyword run here. Hits are kept in the
	// detectors' order whatever order they run in.
	called := make(chan []bool, 1)
	go func() {
		run, _ := e.called(t.NormBytes())
		called <- run
	}()
	found := make([][]raw, len(e.dets))
	detect := func(i int) {
		d := &e.dets[i]
		ctx := &d.Context
		for _, h := range d.find(in) {
			// The one context model judges every candidate of every
			// detector.
			sev, ok := in.accept(ctx, in.judge(ctx, h.start, !h.unverified), d.Severity)
			if !ok {
				continue
			}
			r := raw{start: h.start, end: h.end, cat: d.Category, sev: d.Severity, rule: d.Rule}
			if h.severity != "" {
				r.sev = h.severity
			}
			if sev != "" && sev.Rank() < r.sev.Rank() {
				r.sev = sev
			}
			if h.rule != "" {
				r.rule = h.rule
			}
			found[i] = append(found[i], r)
		}
	}
	for _, i := range e.always {
		detect(i)
	}
	run := <-called
	for i := range e.dets {
		if run[i] {
			detect(i)
		}
	}
	n := 0
	for _, f := range found {
		n += len(f)
	}
	hits := <-dictHits
	raws := make([]raw, 0, n+len(hits))
	for _, f := range found {
		raws = append(raws, f...)
	}
	// Internal-marking terms in prose about secrecy (a heading, a
	// definition, and the rest of its sentence) are no label on this text.
	// Only the internal markings of the embedded dictionary are read so:
	// an office's own terms (a project's code name) are what they say
	// wherever they stand, as the subject of a sentence or after 关于.
	proseTo := -1
	for _, r := range hits {
		if r.cat == report.SensitiveTerm && r.rule == internalMarkingsRule {
			if r.start < proseTo {
				continue
			}
			if prose, end := aboutSecrecy(t, r.start, r.end); prose {
				proseTo = end
				continue
			}
		}
		raws = append(raws, r)
	}
	return e.rules.exclude(norm, dedupe(raws))
}

// internalMarkingsRule is the rule of the embedded dictionary of
// internal markings (dictionaries/internal.txt: 工作秘密, 内部资料 …), the
// only terms that prose about secrecy can name without labelling.
const internalMarkingsRule = "dict.internal"

// dictFind turns dictionary hits into raw findings.
func (e *Engine) dictFind(t *normalize.Text) []raw {
	if e.dict == nil {
		return nil
	}
	return e.dictRaws(e.dict.Find(t.NormBytes()))
}

// dictRaws turns dictionary hits into raw findings.
func (e *Engine) dictRaws(found []dict.Hit) []raw {
	raws := make([]raw, 0, len(found))
	rules := map[string]string{} // the rule of each source file, made once
	for _, h := range found {
		file, _, _ := strings.Cut(h.Entry.Source, ":")
		rule, ok := rules[file]
		if !ok {
			rule = "dict." + strings.TrimSuffix(path.Base(file), ".txt")
			rules[file] = rule
		}
		raws = append(raws, raw{start: h.Start, end: h.End, cat: h.Entry.Category, sev: h.Entry.Severity,
			rule: rule, note: h.Entry.Note})
	}
	return raws
}

// priority orders personal-data categories when two claim the same digits.
func priority(c report.Category) int {
	switch c {
	case report.IDCard:
		return 5
	case report.BankCard:
		return 4
	case report.MobilePhone:
		return 3
	case report.Passport:
		return 2
	case report.LicensePlate, report.InternalAddress, report.Email:
		return 1
	}
	return 0
}

// dedupe keeps one finding where several overlap: within a category the
// strongest then longest; among personal-data categories the one of
// higher priority (an ID is not also a card).
func dedupe(rs []raw) []raw {
	// slices, not sort.SliceStable: its swaps go through reflection, a
	// twentieth of a scan of a list of people.
	slices.SortStableFunc(rs, func(a, b raw) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	keep := make([]bool, len(rs))
	for i := range rs {
		keep[i] = true
	}
	for i := range rs {
		if !keep[i] {
			continue
		}
		for j := i + 1; j < len(rs) && rs[j].start < rs[i].end; j++ {
			if !keep[j] {
				continue
			}
			a, b := &rs[i], &rs[j]
			same := a.cat == b.cat || (priority(a.cat) > 0 && priority(b.cat) > 0)
			if !same {
				continue
			}
			if better(b, a) {
				keep[i] = false
				break
			}
			keep[j] = false
		}
	}
	out := rs[:0]
	for i, r := range rs {
		if keep[i] {
			out = append(out, r)
		}
	}
	return out
}

func better(b, a *raw) bool {
	if pa, pb := priority(a.cat), priority(b.cat); pa != pb {
		return pb > pa
	}
	if a.sev != b.sev {
		return b.sev.Rank() > a.sev.Rank()
	}
	return b.end-b.start > a.end-a.start
}

const (
	maxSpanRunes        = 256 // no personal-data value is longer
	excerptRunes        = 20  // context on each side
	markingExcerptRunes = 8   // less context around a marking: it may head classified text
)

// place maps raw findings to the original text and builds their masked
// excerpts and messages.
func (e *Engine) place(t *normalize.Text, rs []raw, loc report.Location) []report.Finding {
	out := make([]report.Finding, len(rs))
	prefault.Slice(out)
	inPieces(len(rs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			r := &rs[i]
			sp := t.OrigSpan(r.start, r.end)
			l := loc
			l.Start, l.End, l.Line = sp.Start, sp.End, t.Line(sp.Start)
			out[i] = report.Finding{Category: r.cat, Severity: r.sev, Rule: r.rule, Location: l, Basis: r.cat.Basis()}
		}
	})
	// Each excerpt reads the locations of its neighbours (all placed
	// above) and writes only its own finding.
	inPieces(len(rs), func(lo, hi int) { e.excerpts(t, rs, out, lo, hi) })
	return out
}

// placeInPieces is the number of findings from which place splits its
// work across cores: a sheet of 20,000 mobiles, a dense dictionary.
const placeInPieces = 2048

// inPieces calls fn over [0, n) in one piece per core when n is large,
// and waits for them all.
func inPieces(n int, fn func(lo, hi int)) {
	k := runtime.GOMAXPROCS(0)
	if n < placeInPieces || k < 2 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for p := range k {
		wg.Go(func() { fn(p*n/k, (p+1)*n/k) })
	}
	wg.Wait()
}

// excerpts builds the masked excerpts and messages of findings [lo, hi).
func (e *Engine) excerpts(t *normalize.Text, rs []raw, out []report.Finding, lo, hi int) {
	n := t.OrigRunes()
	var win []rune
	for i := lo; i < hi; i++ {
		r := rs[i]
		f := &out[i]
		ctx := excerptRunes
		if r.cat == report.ClassifiedMarking || r.cat == report.SensitiveTerm {
			ctx = markingExcerptRunes
		}
		a, b := max(f.Location.Start-ctx, 0), min(f.Location.End+ctx, n)
		f.HitStart, f.HitEnd = f.Location.Start-a, f.Location.End-a
		var shown string
		if ex, ok := plainWindow(t, out, a, b, e.rules); ok {
			// Nothing to mask or flatten: the original's bytes.
			f.Excerpt = ex
			base := t.OrigByte(a)
			shown = ex[t.OrigByte(f.Location.Start)-base : t.OrigByte(f.Location.End)-base]
		} else {
			win = maskWindow(t, out, a, b, e.rules, win)
			f.Excerpt, shown = maskedExcerpt(win, f.HitStart, f.HitEnd)
		}
		f.Message = message(r, shown)
		if m, ok := e.rules.customMessage(r.rule, shown); ok {
			f.Message = m
		}
	}
}

// maskedExcerpt encodes a masked window as the excerpt; shown, what the
// message shows, is its runes [hs, he), a slice of it.
func maskedExcerpt(win []rune, hs, he int) (excerpt, shown string) {
	buf := make([]byte, 0, 3*len(win))
	bs, be := -1, -1
	for k, c := range win {
		if k == hs {
			bs = len(buf)
		}
		if k == he {
			be = len(buf)
		}
		buf = utf8.AppendRune(buf, c)
	}
	if bs < 0 {
		bs = len(buf)
	}
	if be < 0 {
		be = len(buf)
	}
	excerpt = unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not written again
	return excerpt, excerpt[bs:be]
}

// maskedNear calls fn, until it returns false, for each finding of fs
// (in order of start) whose value is masked in excerpts (a personal
// value, or a custom rule's) and reaches into the original runes [a, b)
// of t, with its custom rule if it has one. Values are short, so only
// findings that start within maxSpanRunes before the window are looked at.
func maskedNear(t *normalize.Text, fs []report.Finding, a, b int, rules *Rules, fn func(*report.Finding, *customRule) bool) {
	hi := sort.Search(len(fs), func(j int) bool { return fs[j].Location.Start >= b })
	for j := hi - 1; j >= 0 && fs[j].Location.Start >= a-maxSpanRunes; j-- {
		f := &fs[j]
		custom := rules.masker(f.Rule)
		if custom == nil && !isPersonal(f.Category) || f.Location.End <= a || f.Location.End > t.OrigRunes() {
			continue
		}
		if !fn(f, custom) {
			return
		}
	}
}

// plainWindow returns the original runes [a, b) as they are, copied, when
// maskWindow would change none of them: no personal value or custom rule's
// value reaches into them, and they hold no digit (a long run would be
// masked), no line break, tab or other control character, and no invalid
// UTF-8. A dictionary's or a marking's excerpt usually is such text.
func plainWindow(t *normalize.Text, fs []report.Finding, a, b int, rules *Rules) (string, bool) {
	masked := false
	maskedNear(t, fs, a, b, rules, func(*report.Finding, *customRule) bool {
		masked = true
		return false
	})
	if masked {
		return "", false
	}
	w := t.Orig[t.OrigByte(a):t.OrigByte(b)]
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c < 0x20, c == 0x7F, '0' <= c && c <= '9':
			return "", false
		case c == 0xC2 && i+1 < len(w) && w[i+1] <= 0x9F: // C1 controls
			return "", false
		case c == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0xA8 || w[i+2] == 0xA9): // U+2028, U+2029
			return "", false
		case c == 0xEF && i+2 < len(w) && w[i+1] == 0xBC && w[i+2] >= 0x90 && w[i+2] <= 0x99: // full-width digits
			return "", false
		}
	}
	if !utf8.ValidString(w) {
		return "", false
	}
	return strings.Clone(w), true
}

// maskWindow returns the original runes [a, b) with every personal value
// of fs (findings in the same text, in order of start) masked by its
// category's rule, every other long digit run masked, and line breaks
// flattened. A custom rule's values are masked by its own mask.
//
// The window is appended to buf[:0]: the excerpts of a text's findings
// share one buffer (each is copied out as a string).
func maskWindow(t *normalize.Text, fs []report.Finding, a, b int, rules *Rules, buf []rune) []rune {
	win := buf[:0]
	for _, r := range t.Orig[t.OrigByte(a):t.OrigByte(b)] {
		win = append(win, r)
	}
	maskedNear(t, fs, a, b, rules, func(f *report.Finding, custom *customRule) bool {
		// A value inside the window is masked where it stands; one that
		// runs past an edge is masked whole (its rule may keep its last
		// digits) and copied in.
		inside := a <= f.Location.Start && f.Location.End-a <= len(win)
		var v []rune
		if inside {
			v = win[f.Location.Start-a : f.Location.End-a]
		} else {
			v = t.OrigRunesBetween(f.Location.Start, f.Location.End)
		}
		if custom != nil {
			custom.masked(f.Category, v)
		} else {
			maskValue(f.Category, v)
		}
		if !inside {
			for k, ch := range v {
				if p := f.Location.Start + k - a; p >= 0 && p < len(win) {
					win[p] = ch
				}
			}
		}
		return true
	})
	maskDigitRuns(win)
	flatten(win)
	return win
}

// message says what was found and what to do, showing only the masked
// value. (Joined with +, not fmt: one allocation a finding, not two.)
func message(r raw, shown string) string {
	switch r.cat {
	case report.ClassifiedMarking:
		if r.sev == report.Block {
			return "发现密级标志“" + shown + "”：涉密信息严禁上网公开，请停止发布并按保密规定处理"
		}
		return "出现密级字样“" + shown + "”，请核实是否为密级标志"
	case report.SensitiveTerm:
		note := r.note
		if note == "" {
			note = "敏感词"
		}
		return "“" + shown + "”：" + note + "；请核实后删除，或经保密审查同意后发布"
	case report.IDCard:
		return "发现未脱敏的居民身份证号 " + shown + "：请删除或脱敏（如只保留前6位和后4位）后重新提交"
	case report.BankCard:
		return "发现银行卡号 " + shown + "：请删除或脱敏后重新提交"
	case report.MobilePhone:
		return "发现手机号码 " + shown + "：如非单位公开的联系电话，请删除或脱敏（如 138****1234）"
	case report.Passport:
		return "发现护照/通行证号码 " + shown + "：请删除或脱敏"
	case report.LicensePlate:
		return "发现车牌号码 " + shown + "：涉及个人车辆的请脱敏（如 浙A***45）"
	case report.InternalAddress:
		return "发现内网地址 " + shown + "：内部网络地址不得在互联网公开，请删除"
	case report.Email:
		return "电子邮箱 " + shown + "：单位公开邮箱可以保留，个人邮箱请删除"
	}
	return shown
}

// lineSize is a line's length in characters and its width (East Asian
// wide and full-width characters two, anything else one), spacing at its
// ends left out.
func lineSize(line string) (chars, width int) {
	for _, r := range strings.TrimSpace(line) {
		chars++
		width++
		switch {
		case r < 0x1100: // Latin, digits, spacing: narrow
		case r >= 0x4E00 && r <= 0x9FFF: // the common ideographs: wide
			width++
		default:
			if k := eawidth.LookupRune(r).Kind(); k == eawidth.EastAsianWide || k == eawidth.EastAsianFullwidth {
				width++
			}
		}
	}
	return chars, width
}

// longestLine is the most characters and the widest width of the text's
// lines: how far its layout fills a line.
func longestLine(t *normalize.Text) (chars, width int) {
	for l := 1; l <= t.Lines(); l++ {
		c, w := lineSize(t.LineText(l))
		chars, width = max(chars, c), max(width, w)
	}
	return chars, width
}
