package detect

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/normalize"

	"github.com/mishen-gov/mishen/internal/report"
)

var (
	levelChars = []string{"绝", "机", "秘"}
	stars      = []string{"★", "☆", "*"}
	proseHeads = []string{"国家", "商业", "工作", "保守", "个人", "杜"}
	openQuotes = []string{"“", "\"", "「", "『", "‘", "'", "《"}
)

// findMarkings finds GB/T 9704 classification markings: a level (绝密,
// 机密, 秘密) followed by ★/☆/* and an optional 保密期限, a level after
// 密级, a level with 级 standing as a marking, or a level alone on a line
// at the head of a document or in a header. A level word in prose is left
// alone.
func findMarkings(in *input) []hit {
	var out []hit
	s := in.norm
	levelWords(s, func(ls int) int {
		le := ls + len("秘密")
		lvl := s[ls : ls+3]
		pre := before(s, ls, 3)
		prose := false
		for _, w := range proseHeads {
			prose = prose || strings.HasSuffix(pre, w)
		}
		// 密级：X / 密级X / 密级为X
		for _, lead := range []string{"密级:", "密级为", "密级是", "密级"} {
			if strings.HasSuffix(pre, lead) && in.together(ls-len(lead), le) {
				end := markingTail(s, le)
				out = append(out, hit{start: ls - len(lead), end: end, rule: "classified_marking.level_label"})
				return end
			}
		}
		// X★period: one star follows the level. A row of stars (★★★
		// under 商业秘密) is a decoration, and 国家秘密★ is no level; a
		// level that does not start a word (标注秘密★1年的) is prose
		// about a marking, for a human to look at.
		for _, st := range stars {
			if strings.HasPrefix(s[le:], st) {
				if prose || containsAny(after(s, le+len(st), 1), stars) {
					break
				}
				end := markingTail(s, le)
				h := hit{start: ls, end: end}
				if !in.wordStart(ls) {
					h.severity, h.rule = report.Review, "classified_marking.in_prose"
				}
				if q := before(s, ls, 1); q != "" && containsAny(q, openQuotes) && closesQuote(s, end) {
					h.severity, h.rule = report.Review, "classified_marking.quoted"
				}
				if h.severity == "" && in.shownAsExample(ls, end) {
					h.severity, h.rule = report.Review, "classified_marking.example"
				}
				if ph := placeholderText(s[le+len(st):]); placeholder(ph) {
					// 机密★（期限）, 秘密★××年: the form of a marking
					// with its period left to fill in, as an explainer
					// or a template shows it. Alone on its line it is
					// still a person's to look at.
					h.severity, h.rule = report.Info, "classified_marking.example"
					if in.lineAt != nil && in.cellOf(ls) < 0 {
						if line, _ := in.lineAt(ls); strings.TrimSpace(line) == s[ls:end]+ph {
							h.severity = report.Review
						}
					}
				}
				out = append(out, h)
				return end
			}
		}
		if prose || in.lineAt == nil {
			return 0
		}
		// X级 or X alone as the content of a line.
		{
			line, head := in.lineAt(ls)
			header := in.part == "header" || in.part == "footer"
			ln := strings.TrimSpace(line)
			switch {
			case strings.HasPrefix(s[le:], "级"):
				// X级 is a marking when it starts its line and nothing
				// but a star or a period follows it there: 机密级
				// 国家秘密是… and 该文件为机密级，保密期限… are sentences,
				// which a two-column page read by OCR cuts into short
				// lines at its head.
				// Before it on its line only a 份号 may stand, and after
				// it a star, a period or an urgency (特急), each perhaps
				// in brackets.
				k := strings.Index(ln, lvl+"密级")
				if k >= 0 && utf8.RuneCountInString(ln) <= 16 && headWords(ln[:k]) &&
					tailWords(ln[k+len(lvl+"密级"):]) {
					h := hit{start: ls, end: le + len("级"), rule: "classified_marking.level"}
					if cell := in.cellOf(ls); cell >= 0 && in.levelTable(cell) {
						// 绝密级 | 三十年 in a table of the levels, as
						// for a bare level below.
						h.severity, h.rule = report.Info, "classified_marking.table_cell"
					}
					out = append(out, h)
				}
			case ln == lvl+"密":
				h := hit{start: ls, end: le, rule: "classified_marking.bare_line"}
				cell := in.cellOf(ls)
				switch {
				case cell >= 0 && in.levelTable(cell):
					// A table that names levels in two cells or more
					// (a training text's table of the levels, a quiz's
					// options) is about them, even at the head of a
					// text or on a slide of its own.
					h.severity, h.rule = report.Info, "classified_marking.table_cell"
				case head || header:
				case cell >= 0:
					// A table's cell in the body (表1 国家秘密的密级与
					// 最长保密期限: 绝密 | 30年) names a level in a row of
					// data; it labels no document. Shown, not held.
					h.severity, h.rule = report.Info, "classified_marking.table_cell"
				default:
					h.severity = report.Review
				}
				out = append(out, h)
			case in.part == ocrPart:
			default:
				// The level with a stray symbol (its star drawn by a
				// symbol font: Word's w:sym, a private-use character, a
				// page's Wingdings «) or in brackets (【秘密】), or its
				// period with it and nothing else but a 份号 before and an
				// urgency after: 秘密1年, 秘密«1年, 秘密1年★, or the period
				// as a label (秘密 保密期限：1年, as OA systems export it).
				// These forms are markings where GB/T 9704 puts one, on
				// the document's first line (or a header's); elsewhere
				// the same words head a training text's sections, answer
				// a quiz or list the periods, so only a drawn star or a
				// period label goes to a person there. What OCR reads is
				// findOCRMarkings's, which knows its misread stars.
				level := s[ls:le]
				period := alonePeriod(ln, level)
				drawn := bareSymbol(ln, level)
				if !period && !drawn && unbracketed(ln) != level {
					break
				}
				h := hit{start: ls, end: le, rule: "classified_marking.bare_line"}
				if e := periodAfter(s, le); e > le && period {
					h.end, h.rule = e, "classified_marking.level_period"
					drawn = drawnStar(ln, level)
				}
				cell := in.cellOf(ls)
				switch {
				case cell >= 0 && in.levelTable(cell):
					h.severity, h.rule = report.Info, "classified_marking.table_cell"
				case in.levelNear(ls):
					// Lines of levels next to each other (绝密 30年 / 机密
					// 20年, 【机密】 … 【秘密】 headings) are about the levels;
					// a document carries one marking.
					h.severity, h.rule = report.Info, "classified_marking.level_list"
				case header || in.topLine != nil && in.topLine(ls):
				case drawn && cell < 0:
					h.severity = report.Review
				default:
					h.severity = report.Info
				}
				out = append(out, h)
			}
		}
		return 0
	})
	return out
}

// closesQuote reports whether a close quote follows norm byte i, at once
// or after the rest of a marking's period that markingTail leaves (a
// period in words: “绝密★启用前”, “机密★（永久）”), in at most 12 runes of
// characters, digits and brackets.
func closesQuote(s string, i int) bool {
	for n := 0; n <= 12 && i < len(s); n++ {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case strings.ContainsRune(closeQuoteRunes+"》", r): // what openQuotes open
			return true
		case isHan(r) || r >= '0' && r <= '9' || strings.ContainsRune(openBrackets+closeBrackets, r):
		default:
			return false
		}
		i += w
	}
	return false
}

// placeholder reports whether t, the period after a level's star as
// placeholderText cuts it, is one left to fill in: the word for the
// period in brackets, or nothing in them (（期限）, (保密期限), 〔　〕), or
// marks standing for digits before 年 or 月 (××年, X年, ○个月). A period
// written as a word (（永久）, （启用前）, （半年）, （会议结束后解密）) is a
// period, and the marking a marking.
func placeholder(t string) bool {
	if t == "" {
		return false
	}
	r, w := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune(openBrackets, r) {
		return true
	}
	_, c := utf8.DecodeLastRuneInString(t)
	inner := strings.TrimFunc(t[w:len(t)-c], func(r rune) bool { return unicode.IsSpace(r) || r == '_' || r == '＿' })
	switch inner {
	case "", "期限", "保密期限", "密期", "时限", "保密时限", "年限":
		return true
	}
	return false
}

const (
	openBrackets     = "（(〔【[〈<"
	closeBrackets    = "）)〕】]〉>"
	placeholderMarks = "×xX○〇某*＊_＿"
)

// placeholderText is what may be a period placeholder at the start of s:
// a bracket's text with its brackets, or marks before 年 or 月; or "".
func placeholderText(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(openBrackets, r) {
		for i, c := range s[w:] {
			if strings.ContainsRune(closeBrackets, c) {
				return s[:w+i+utf8.RuneLen(c)]
			}
			if i > 24 || c == '\n' {
				return ""
			}
		}
		return ""
	}
	i := 0
	for i < len(s) {
		c, w := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(placeholderMarks, c) {
			break
		}
		i += w
	}
	if i == 0 {
		return ""
	}
	for _, u := range []string{"个月", "年", "月"} {
		if strings.HasPrefix(s[i:], u) {
			return s[:i+len(u)]
		}
	}
	return ""
}

// together reports whether norm bytes [a, b) stand on one line of the
// original and in one table cell (or none), or are a cell that is 密级
// and the next cell of its row: a 密级 ending a heading or a quiz's
// question cell labels nothing on the next line or in the next cell.
func (in *input) together(a, b int) bool {
	if k, l := in.cellOf(a), in.cellOf(b-1); k >= 0 && l == k+1 && in.cells[k].table == in.cells[l].table &&
		in.cells[k].row == in.cells[l].row && strings.TrimRight(strings.TrimSpace(in.norm[in.cells[k].start:in.cells[k].end]), ":") == "密级" {
		// A form's 密级 cell labels the level in the cell after it
		// (发文稿纸: 密级 | 机密), unless the row lists the levels.
		return !in.levelTable(l)
	}
	if in.origLine != nil && in.origLine(a) != in.origLine(b-1) {
		return false
	}
	_, ok := in.oneCell(a, b)
	return ok
}

// levelTable reports whether the table of cell k lists the levels: each
// of 绝密, 机密 and 秘密 (with or without 级) is the whole text of one of
// its cells. A table that explains the levels, or a quiz's options, names
// all three; a register of classified documents (文件名称 | 密级 | 期限)
// or a cover form names those its documents have.
func (in *input) levelTable(k int) bool {
	if in.levelCells == nil {
		// Counted once per text: a sheet of a million cells may hold
		// many level words.
		in.levelCells = map[int]int{}
		for _, c := range in.cells {
			switch strings.TrimSuffix(strings.TrimSpace(in.norm[c.start:c.end]), "级") {
			case "绝密":
				in.levelCells[c.table] |= 1
			case "机密":
				in.levelCells[c.table] |= 2
			case "秘密":
				in.levelCells[c.table] |= 4
			}
		}
	}
	return in.levelCells[in.cells[k].table] == 7
}

// levelWords calls fn with the byte offset of each level word (绝密, 机密,
// 秘密) in s, from the left; fn returns where to look on from, or 0 for
// just past the word.
func levelWords(s string, fn func(at int) int) {
	for i := 0; ; {
		k := strings.Index(s[i:], "密")
		if k < 0 {
			return
		}
		p := i + k
		i = p + len("密")
		if p < 3 {
			continue
		}
		if l := s[p-3 : p]; l != "绝" && l != "机" && l != "秘" {
			continue
		}
		if next := fn(p - 3); next > i {
			i = next
		}
	}
}

// markingTail extends a marking from byte i over a star and a 保密期限
// (N年, N个月, or in words: 长期, 永久, 启用前, perhaps in brackets).
func markingTail(s string, i int) int {
	for _, st := range stars {
		if strings.HasPrefix(s[i:], st) {
			i += len(st)
			break
		}
	}
	// A period in words, bare or in brackets: 长期, 永久, and 启用前 as
	// an exam paper prints it (绝密★启用前, 机密★（永久）).
	for _, w := range []string{"长期", "永久", "启用前"} {
		for _, br := range [][2]string{{"", ""}, {"（", "）"}, {"(", ")"}, {"【", "】"}, {"〔", "〕"}, {"[", "]"}} {
			if strings.HasPrefix(s[i:], br[0]+w+br[1]) {
				return i + len(br[0]+w+br[1])
			}
		}
	}
	j := i
	for j < len(s) {
		if isDigit(s[j]) {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if strings.ContainsRune("一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾两", r) {
			j += w
			continue
		}
		break
	}
	if j == i {
		return i
	}
	for _, u := range []string{"个月", "年", "月"} {
		if strings.HasPrefix(s[j:], u) {
			return j + len(u)
		}
	}
	return i
}

// wordStart reports whether the level at norm byte i starts a word in the
// original: it is not preceded by a Han character on its line (国家秘密,
// 商业秘密), whatever spacing the normal form dropped.
func (in *input) wordStart(i int) bool {
	if in.origPrev == nil {
		return true
	}
	r := in.origPrev(i)
	return r < utf8.RuneSelf || !isHan(r)
}

// aboutSecrecy reports whether the internal-marking term at norm bytes
// [a, b) is prose about secrecy rather than a label on the text, and where
// its sentence ends: the subject of a numbered heading (三、工作秘密), the
// topic after 关于 (三、关于工作秘密), a question (什么是工作秘密？), or
// the subject of a sentence that goes on to say what it is (工作秘密是
// 指…). A label stands alone (工作秘密), ends a sentence (本材料属工作秘
// 密。) or is followed by its own words after a space or a comma (内部资
// 料，不得外传).
func aboutSecrecy(t *normalize.Text, a, b int) (bool, int) {
	s := t.Norm
	line := t.Line(t.OrigOf(a))
	// A term a line break cuts (a PDF's line ends inside 工作|秘密) is on
	// the lines of both its ends.
	last := t.Line(t.OrigOf(b - 1))
	ls, le := t.NormOf(t.LineStart(line)), len(s)
	if last < t.Lines() {
		le = t.NormOf(t.LineStart(last + 1))
	}
	if ls > a || le < b {
		return false, b
	}
	// The end of the term's sentence, and what follows the term in it;
	// a sentence is read at most sentenceBytes on either side of the
	// term, so that a text of one long line costs the same per term as
	// a text of short ones.
	end, n := b, 0
	for _, r := range s[b:min(le, b+sentenceBytes)] {
		end += utf8.RuneLen(r)
		if strings.ContainsRune(sentenceEnds, r) {
			if r == '?' || r == '？' {
				return true, end
			}
			break
		}
		n++
	}
	lo := ls
	if a-lo > sentenceBytes {
		lo = a - sentenceBytes
		for lo < a && !utf8.RuneStart(s[lo]) {
			lo++
		}
	}
	head := s[lo:a]
	rest, numbered := head, false
	if lo == ls { // an outline number stands at the start of the line
		rest, numbered = cutOutlineNumber(head)
	}
	// 关于“内部资料”, 所称工作秘密: a heading's topic, a definition.
	bare := strings.TrimRight(rest, openQuoteRunes+" ")
	// A numbered item that starts with the term is about it (三、工作秘密
	// 的确定, 四、不宜公开的政府信息), unless it is only a statement (二、此
	// 件不公开; ㈡请勿外传): then it is the statement.
	if strings.HasSuffix(bare, "关于") || strings.HasSuffix(bare, "所称") || strings.HasSuffix(bare, "所谓") ||
		numbered && strings.TrimSpace(bare) == "" && !(statementTerm(s[a:b]) && strings.Trim(s[b:end], " .。;；!！\n") == "") {
		return true, end
	}
	// A point of a 公文's count whose subject is the term (二是内部资料应当
	// 逐份登记; …。一是工作秘密要定密准确) is about it, at a line's start or
	// after a sentence's end, as a numbered item is; not a statement (二是
	// 此件不公开), a term with a label's order, or a point after a colon,
	// which may say what a file is (文件属性：一是内部资料).
	point := rest
	if k := strings.LastIndexAny(point, sentenceEnds); k >= 0 {
		_, w := utf8.DecodeRuneInString(point[k:])
		point = point[k+w:]
	}
	if countOfPoints(point) && !statementTerm(s[a:b]) && !labelOrder(s[b:end]) {
		return true, end
	}
	// The start of the term's sentence.
	if k := strings.LastIndexAny(rest, sentenceEnds+":："); k >= 0 {
		_, w := utf8.DecodeRuneInString(rest[k:])
		rest = rest[k+w:]
	}
	// The rune right after the term in the original (the normal form
	// drops a line break between Chinese words).
	span := t.OrigSpan(a, b)
	o := span.End
	next := t.OrigRunesBetween(o, o+4)
	prev := t.OrigRunesBetween(span.Start-1, span.Start)
	quoted := len(prev) == 1 && len(next) >= 1 &&
		strings.ContainsRune(openQuoteRunes, prev[0]) && strings.ContainsRune(closeQuoteRunes, next[0])
	// A term in quotation marks that a word of naming goes on from (标注
	// “内部资料”的材料, 标有“内部资料”“内部参考”字样) is named, not worn;
	// a quoted label that an order follows (“内部资料”注意保存) is worn.
	if named := strings.TrimRight(head, openQuoteRunes+" "); quoted && len(next) >= 2 &&
		(strings.ContainsRune("的等、"+openQuoteRunes, next[1]) || next[1] == '字' ||
			strings.HasSuffix(named, "标注") || strings.HasSuffix(named, "标有")) {
		return true, end
	}
	if !statementTerm(s[a:b]) {
		// The phrase is read in the original, whose spacing the normal
		// form drops between Chinese words (内部资料 如何领取…).
		lineEnd := t.OrigRunes() // the end of the line of the term's end
		if last < t.Lines() {
			lineEnd = t.LineStart(last + 1)
		}
		ob := string(t.OrigRunesBetween(max(t.LineStart(line), span.Start-4*phraseRunes), span.Start))
		oa := string(t.OrigRunesBetween(span.End, max(span.End, min(lineEnd, span.End+4*phraseRunes))))
		if asks(ob, oa) {
			// Prose to the term's end only: a label may follow on the
			// line (哪些材料属于工作秘密 本件为内部资料).
			return true, b
		}
	}
	if setApart(t, span, last) {
		// 地质灾害隐患点清单　　内部资料: a label set at the end of a
		// title's line, apart from its words.
		return false, end
	}
	if strings.TrimSpace(strings.TrimRight(rest, openQuoteRunes+" ")) != "" {
		if statementTerm(s[a:b]) {
			// 仅供内部参考, 请勿外传, 此件不公开: a term that is a
			// statement says it of what it follows (参会人员名单仅供内
			// 部参考), wherever it stands in a sentence.
			return false, end
		}
		return insideSentence(rest, next, s[b:end], quoted), end
	}
	if labelOrder(s[b:end]) {
		return false, end // “内部资料”注意保存
	}
	// The sentence goes on with words right after the term (after its
	// closing quote: “内部资料”是…的概念).
	if quoted {
		next = next[1:]
	}
	if len(next) == 0 || !isHan(next[0]) {
		return false, end
	}
	return n >= 6, end
}

// setApart reports whether the term at original runes sp, whose end is
// on line last, is set apart at the end of its line: words before it,
// then a full-width space, a tab or two spaces or more (the spacing that
// a title's line puts between the title and a label at its right; one
// space is how a PDF's justified line may read), and after it to the end
// of the line only punctuation, or a label's order.
func setApart(t *normalize.Text, sp normalize.Span, last int) bool {
	lineStart := t.LineStart(t.Line(sp.Start))
	if sp.Start-lineStart < 3 {
		return false
	}
	gap := t.OrigRunesBetween(sp.Start-2, sp.Start)
	if !(gap[1] == '\u3000' || gap[1] == '\t' || gap[0] == ' ' && gap[1] == ' ') {
		return false
	}
	words := strings.TrimFunc(string(t.OrigRunesBetween(lineStart, sp.Start)), unicode.IsSpace)
	if words == "" {
		return false
	}
	lineEnd := t.OrigRunes()
	if last < t.Lines() {
		lineEnd = t.LineStart(last + 1)
	}
	// After it, nothing but punctuation, or its order (（注意保存）).
	after := strings.TrimFunc(string(t.OrigRunesBetween(sp.End, lineEnd)), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	})
	return after == "" || labelOrder(after)
}

// asks reports whether the phrase of an internal-marking term, with the
// original text pre before it and post after it on its line, asks what
// a kind of matter is or how it is handled (什么是工作秘密, 二、哪些材料属
// 于内部资料, 内部资料如何管理), with a question mark or, as a heading,
// without. The
// phrase ends at any punctuation, space, bracket or dash: a label goes on
// to questions of its own (内部资料 如何领取请咨询…, 【内部资料】如何申报…,
// 工作秘密　是否公开：否), and a question asks of the words next to the
// term, at most phraseRunes away. A term a colon follows is a form's
// field, whatever asks before it (哪类文件属于工作秘密：是), and a question
// word after 无论, 不论 or 不管 asks nothing.
func asks(pre, post string) bool {
	const phraseEnds = ",，、;；:：.。!！?？ \t\u3000\r\n()（）[]【】「」『』《》—"
	if k := strings.LastIndexAny(pre, phraseEnds); k >= 0 {
		_, w := utf8.DecodeRuneInString(pre[k:])
		pre = pre[k+w:]
	}
	post = strings.TrimLeft(post, closeQuoteRunes)
	if strings.HasPrefix(post, ":") || strings.HasPrefix(post, "：") {
		return false
	}
	if k := strings.IndexAny(post, phraseEnds); k >= 0 {
		post = post[:k]
	}
	// A question asks of the words next to the term, in their normal
	// form (什麼 is 什么).
	pre = normalize.String(before(pre, len(pre), phraseRunes))
	post = normalize.String(after(post, 0, phraseRunes))
	if containsAny(pre, []string{"无论", "不论", "不管"}) {
		return false
	}
	// A question after the term asks of it only when the term starts its
	// phrase (内部资料如何管理; not 该材料为内部资料如何使用请咨询…, a label
	// run on into an instruction).
	return containsAny(pre, questionWords) || strings.TrimLeft(pre, openQuoteRunes) == "" && containsAny(post, questionWords)
}

// phraseRunes bounds the words read on either side of a term for a
// question.
const phraseRunes = 8

// countOfPoints reports whether s, the words before a term in its
// sentence, is only the word that counts a point (一是, 二是, 其一是, 第三是,
// 首先是, 最后是), after an outline number or a closing bracket.
func countOfPoints(s string) bool {
	s = strings.TrimSpace(s)
	if k := strings.LastIndexAny(s, ")）"); k >= 0 {
		s = strings.TrimSpace(s[k+1:])
	}
	for _, w := range []string{"首先是", "其次是", "再次是", "最后是"} {
		if s == w {
			return true
		}
	}
	u, ok := strings.CutSuffix(s, "是")
	if !ok {
		return false
	}
	u = strings.TrimPrefix(strings.TrimPrefix(u, "其"), "第")
	return u != "" && strings.Trim(u, "一二三四五六七八九十") == ""
}

// questionWords ask what a kind of matter is or how it is handled.
// 是否 is not one: forms ask it of this text (是否属于工作秘密（是）).
var questionWords = []string{"什么", "哪些", "哪类", "何为", "何谓", "如何", "怎样", "怎么"}

// openQuoteRunes and closeQuoteRunes are the quotation marks a term may
// stand in.
const (
	openQuoteRunes  = "“\"「『‘'"
	closeQuoteRunes = "”\"」』’'"
)

// copulas end the words before a term that say what a thing is (会议材料
// 为工作秘密, 以上材料属于工作秘密): a label, whatever law the sentence
// cites.
var copulas = []string{"为", "属于", "属", "列为", "系", "定为", "是"}

// insideSentence reports whether an internal-marking term with the words
// rest before it in its sentence, the runes next after it in the
// original and the rest of its sentence after (normal form) is a word of a
// sentence about something else rather than a label on this text. Inside
// a sentence a term is a label only by a label's form: the sentence is
// about this text (本…, 此…, 该…), its clause says a thing is the term
// (会议材料为工作秘密, 以上内容属工作秘密), the term in quotes ends the
// sentence (会议材料“内部资料”。), or a label's own order follows it
// (…工作秘密事项，严禁上网; …内部资料，请勿外传). Anywhere else it names a
// kind of matter: the object of a verb (区分工作秘密与国家秘密, 编印内部资
// 料), a condition (涉及工作秘密的，按照…), an item of a list.
func insideSentence(rest string, next []rune, after string, quoted bool) bool {
	if strings.ContainsAny(rest, "本此") {
		return false
	}
	// The whole of a bracket ((此件不公开), 【内部资料】): a label.
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(rest)); strings.ContainsRune(openBrackets, r) {
		return false
	}
	clause := rest
	if k := strings.LastIndexAny(clause, "，,、"); k >= 0 {
		clause = clause[k:]
	}
	clause = strings.TrimRight(clause, openQuoteRunes+" ")
	for _, c := range copulas {
		if strings.HasSuffix(clause, c) {
			return false
		}
	}
	if strings.Contains(rest, "该") && !citesLaw(rest) && !strings.Contains(rest, "是指") {
		return false // a document's (该文件涉及工作秘密的内容，…)
	}
	if quoted && len(next) >= 1 && (len(next) == 1 || strings.ContainsRune(sentenceEnds, next[1])) {
		return false
	}
	return !labelOrder(after)
}

// statementTerm reports whether an internal-marking term is itself a
// statement (仅供内部参考, 内部资料注意保存, 请勿外传, 此件不公开, 公开属性：不
// 予公开) rather than the name of a kind of matter (工作秘密, 内部资料):
// it holds a word of restriction, command or negation, or a field's
// colon.
func statementTerm(term string) bool {
	return strings.ContainsAny(term, "仅此不勿禁注妥限:：") || strings.Contains(term, "公开")
}

// labelOrders are the orders a label of internal matter carries after it
// (内部资料，注意保存; 工作秘密，请勿外传): a word of command and what not to
// do with this text, with no object of its own between them (不得将内部资
// 料随意转发 commands about other texts).
var (
	orderWords   = []string{"请勿", "严禁", "不得", "禁止", "注意", "妥善", "不宜", "切勿", "勿"}
	orderActions = []string{"外传", "公开", "上网", "转发", "扩散", "复制", "外泄", "保存", "保管", "对外"}
)

// labelOrder reports whether a label's order follows the term, after
// the rest of its sentence: the term's clause ends within a few runes
// (事项, 的内容) and the next clause is the order (，严禁上网; ，请勿外传), or
// the order follows the term at once. An order further on (…的材料应经审
// 查后方可公开，未经审查不得上网) is about something the sentence names.
func labelOrder(after string) bool {
	after = strings.TrimLeft(after, closeQuoteRunes+" ")
	k := strings.IndexAny(after, "，,；;、")
	if k < 0 {
		k = len(after)
	}
	head, tail := after[:k], after[k:]
	if tail != "" {
		_, w := utf8.DecodeRuneInString(tail)
		tail = tail[w:]
	}
	if utf8.RuneCountInString(head) > 4 {
		tail = "" // the term's clause goes on: no order of its own
	}
	for _, t := range []string{strings.TrimPrefix(head, "请"), strings.TrimPrefix(tail, "请")} {
		for _, w := range orderWords {
			if rest, ok := strings.CutPrefix(t, w); ok {
				for _, a := range orderActions {
					if strings.HasPrefix(rest, a) {
						return true
					}
				}
			}
		}
	}
	return false
}

// citesLaw reports whether s names a law or regulation in 《》 or an
// article of one (第六十四条, 第3条).
func citesLaw(s string) bool {
	if i := strings.Index(s, "《"); i >= 0 && strings.Contains(s[i:], "》") {
		return true
	}
	for i := strings.Index(s, "第"); i >= 0; {
		u := s[i+len("第"):]
		k := strings.IndexFunc(u, func(r rune) bool {
			return !(r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百零〇", r))
		})
		if k > 0 && strings.HasPrefix(u[k:], "条") {
			return true
		}
		j := strings.Index(u, "第")
		if j < 0 {
			break
		}
		i += len("第") + j
	}
	return false
}

// sentenceBytes bounds how far aboutSecrecy reads a sentence from its
// term, each way.
const sentenceBytes = 1024

// sentenceEnds are the runes that end a sentence.
const sentenceEnds = "。；！？;!?\n"

// cutOutlineNumber removes an outline number from the start of a line's
// normal form (三、 (一) 1. 1、 第三条) and says whether there was one.
func cutOutlineNumber(s string) (string, bool) {
	t := strings.TrimLeft(s, " ")
	numeral := func(r rune) bool {
		return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百零〇", r)
	}
	if strings.HasPrefix(t, "(") {
		if k := strings.IndexByte(t, ')'); k > 1 && strings.IndexFunc(t[1:k], func(r rune) bool { return !numeral(r) }) < 0 {
			return strings.TrimLeft(t[k+1:], " "), true
		}
		return s, false
	}
	if strings.HasPrefix(t, "第") {
		u := t[len("第"):]
		k := strings.IndexFunc(u, func(r rune) bool { return !numeral(r) })
		if k > 0 {
			for _, unit := range []string{"条", "章", "节", "部分"} {
				if strings.HasPrefix(u[k:], unit) {
					return strings.TrimLeft(u[k+len(unit):], " "), true
				}
			}
		}
		return s, false
	}
	k := strings.IndexFunc(t, func(r rune) bool { return !numeral(r) })
	if k <= 0 {
		return s, false
	}
	for _, p := range []string{"、", ".", "．"} {
		if strings.HasPrefix(t[k:], p) && !(p == "." && k+1 < len(t) && isDigit(t[k+1])) {
			return strings.TrimLeft(t[k+len(p):], " "), true
		}
	}
	return s, false
}

// headWords reports whether s, what stands before X级 on its line, is
// at most a 份号 (000123, 份号：000123, 第3份, No.00012) and brackets.
func headWords(s string) bool {
	for _, w := range []string{"份号", "第", "份", "No", "NO", "no"} {
		s = strings.ReplaceAll(s, w, "")
	}
	return !strings.ContainsFunc(s, func(r rune) bool { return isHan(r) || unicode.IsLetter(r) && r < utf8.RuneSelf })
}

// tailWords reports whether s, what follows X级 on its line, is at most
// a star and a period (★10年, ·5年, ▲), an urgency (特急, 加急) and
// brackets.
func tailWords(s string) bool {
	for _, w := range []string{"特急", "加急", "平急", "特提", "急件"} {
		s = strings.ReplaceAll(s, w, "")
	}
	s = strings.TrimSpace(s)
	for s != "" {
		r, w := utf8.DecodeRuneInString(s)
		switch {
		case strings.ContainsRune("★☆*▲·•・)）】]》」", r) || unicode.IsSpace(r) || unicode.IsPunct(r):
			s = s[w:]
		case markingTail(s, 0) > 0:
			s = s[markingTail(s, 0):]
		default:
			return false
		}
	}
	return true
}

// unbracketed is s without one pair of brackets around all of it, or s.
func unbracketed(s string) string {
	for _, b := range [][2]string{{"【", "】"}, {"〔", "〕"}, {"[", "]"}, {"(", ")"}, {"「", "」"}} {
		if strings.HasPrefix(s, b[0]) && strings.HasSuffix(s, b[1]) && len(s) > len(b[0])+len(b[1]) {
			return strings.TrimSpace(s[len(b[0]) : len(s)-len(b[1])])
		}
	}
	return s
}

// shownAsExample reports whether the marking at norm bytes [a, b) stands
// alone on a line below the document's first that an explainer shows as
// an example: the line before introduces one (三、标注示例; 例如：; 标注样
// 式如下：) or the line after explains it (（上例表示该文件为机密级…）). A
// marking a document wears stands on its first line, or heads a page or
// an attachment, with no such words beside it; one shown so still goes
// to a person, who may find a real marking introduced by chance.
func (in *input) shownAsExample(a, b int) bool {
	if in.lineAt == nil || in.nearLines == nil || in.part == "header" || in.part == "footer" ||
		in.topLine != nil && in.topLine(a) {
		return false
	}
	if line, _ := in.lineAt(a); unbracketed(strings.TrimSpace(line)) != in.norm[a:b] {
		return false
	}
	prev, next := in.nearLines(a)
	prev = strings.TrimRight(prev, ":：")
	next = strings.TrimLeft(next, openBrackets)
	return slices.ContainsFunc(exampleIntros, func(w string) bool { return strings.HasSuffix(prev, w) }) ||
		slices.ContainsFunc(exampleNotes, func(w string) bool { return strings.HasPrefix(next, w) })
}

// exampleIntros end a line that introduces an example; exampleNotes start
// one that explains the example above it.
var (
	exampleIntros = []string{"示例", "样例", "范例", "例如", "举例", "如下", "样式"}
	exampleNotes  = []string{"上例", "此例", "该例", "本例", "示例", "上述示例", "以上示例", "上述标志", "以上标志", "上述标注", "以上标注"}
)

// levelNear reports whether another line within two lines of the level
// at norm byte at is a level alone (bare, with a symbol, in brackets or
// with its period): lines that list the levels or head sections about
// them. Levels are looked for within nearWindow bytes of the normal form.
func (in *input) levelNear(at int) bool {
	if in.origLine == nil || in.lineAt == nil {
		return false
	}
	lo, hi := max(0, at-nearWindow), min(len(in.norm), at+nearWindow)
	l := in.origLine(at)
	near := false
	levelWords(in.norm[lo:hi], func(p int) int {
		p += lo
		if d := in.origLine(p) - l; near || d == 0 || d < -2 || d > 2 {
			return 0
		}
		lvl := in.norm[p : p+len("秘密")]
		line, _ := in.lineAt(p)
		ln := strings.TrimSpace(line)
		near = ln == lvl || unbracketed(ln) == lvl || bareSymbol(ln, lvl) || alonePeriod(ln, lvl)
		return 0
	})
	return near
}

// maxTopLines is how many lines of 份号 and urgency may stand before a
// marking on the document's first line.
const maxTopLines = 6

// maxNearLines bounds how far nearLines looks past blank lines.
const maxNearLines = 3

// nearWindow bounds how far levelNear looks, in bytes of the normal form:
// lines of a level alone are short.
const nearWindow = 600

// bareSymbol reports whether line ln is level and one symbol after it
// (not a Han character, a digit, a letter or a space): a star a symbol
// font draws.
func bareSymbol(ln, level string) bool {
	rest, ok := strings.CutPrefix(ln, level)
	r, w := utf8.DecodeRuneInString(rest)
	return ok && w > 0 && w == len(rest) && symbol(r)
}

// drawnStar reports whether the level and period on line ln carry a
// sign that a marking was meant: a symbol between them, a 保密期限 label
// or a star after the period.
func drawnStar(ln, level string) bool {
	_, rest, _ := strings.Cut(ln, level)
	r, _ := utf8.DecodeRuneInString(rest)
	return symbol(r) || strings.Contains(rest, "期限") || strings.ContainsAny(rest, "★☆*")
}

// symbol reports whether r can stand for a marking's star: not a Han
// character, a digit, a letter, a space or a bracket.
func symbol(r rune) bool {
	return r != utf8.RuneError && r != 0 && !isHan(r) && !unicode.IsDigit(r) && !unicode.IsLetter(r) && !unicode.IsSpace(r) &&
		!strings.ContainsRune("()（）[]【】〔〕「」《》〈〉", r)
}

// alonePeriod reports whether line ln is level followed by its period
// (periodAfter), with at most a 份号 before it and a star, an urgency and
// brackets after (headWords, tailWords): a marking whatever its star.
func alonePeriod(ln, level string) bool {
	k := strings.Index(ln, level)
	if k < 0 || utf8.RuneCountInString(ln) > 24 || !headWords(ln[:k]) {
		return false
	}
	e := periodAfter(ln, k+len(level))
	return e > 0 && tailWords(ln[e:])
}

// periodAfter is the end of the 保密期限 (N年, N个月, 长期) that follows
// a level ending at byte i of s, over at most one symbol before it (a
// star a symbol font draws, which reads as a private-use character, «,
// or nothing) and a 保密期限 label; -1 when no period follows.
func periodAfter(s string, i int) int {
	if r, w := utf8.DecodeRuneInString(s[i:]); w > 0 && symbol(r) {
		i += w
	}
	for _, l := range []string{"保密期限:", "保密期限", "期限:", "期限"} {
		if strings.HasPrefix(s[i:], l) {
			i += len(l)
			break
		}
	}
	if e := markingTail(s, i); e > i {
		return e
	}
	return -1
}

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
