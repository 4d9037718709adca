package detect

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/normalize"
	"github.com/mishen-gov/mishen/internal/report"
)

// Confidence is how sure the context model is that a candidate value is
// what its detector looks for, in the shape of Microsoft Purview's
// confidence levels: a pattern alone is low, a pattern whose checksum
// holds or that has a keyword of its kind nearby is medium, both is high.
type Confidence uint8

// Confidence levels, weakest first; None drops the candidate.
const (
	None Confidence = iota
	Low
	Medium
	High
)

// Place says where the context model looks for a clue's words.
type Place uint8

// Places of clues.
const (
	// Before is the Window runes of text before the value.
	Before Place = iota
	// OnLine is the Window runes before the value on its own line (or in
	// its own cell): a table row's context is not taken from the row
	// above it.
	OnLine
	// Heading is the heading of the value's column and the labels of its
	// row when the value stands in a table cell; in text without cells,
	// the header row of a table (a sheet, a CSV or tab-separated export).
	Heading
	// CellHeading is Heading for values in known table cells only.
	CellHeading
)

// Clue is one kind of context: words looked for at one place. A weak clue
// against a value counts only when no clue supports it (编号 near a value
// that 卡号 also labels is still a card). A supporting clue that is Near
// (at a Before or OnLine place) outweighs the clues against the value
// whose words all stand farther from the value than its own: the label
// nearest a value says what it is (财政局零余额账户 代发工资卡号 N is a
// payroll card however the line begins).
type Clue struct {
	Words  []string
	Place  Place
	Window int // runes, for Before and OnLine
	Weak   bool
	Near   bool
	// Holder, for the label of an account's holder (户名:), has the clue
	// hold only when the name after the label is not a person's
	// (personName): a person's account is personal data.
	Holder bool
	// OtherNumber, for a heading, has the clue hold for a number of a
	// roster, a value that is a number of its own kind by what it is
	// (rosterNumber): Words name the kind (准考证, 考生号, 工号).
	OtherNumber bool
	// Column, for a clue against a value under a column's heading, has
	// it hold only for a value that stands alone in its cell as plain
	// digits (not grouped as a phone or a card is printed, not beside a
	// label) in a table whose title, the text just before it, or a note
	// right after it names none of Title (员工通讯录 over a 编号 column of
	// mobiles). NoPerson has it hold only in a row
	// that names no person: no cell reads as a person's name or stands
	// under a person's heading (a 流水号 column beside 姓名 may hold
	// their cards).
	Column, NoPerson bool
	Title            []string
}

// Context is what a detector declares about the context of its values:
// clues for them and clues against them (the value is something else,
// such as a company's credit code or an amount), and the least confidence
// it reports.
type Context struct {
	Support, Against []Clue
	Need             Confidence
}

// evidence is what the context model knows of one candidate value.
type evidence struct {
	checksum bool // a checksum (or UnionPay prefix with Luhn) holds
	support  bool
	against  bool
}

func (e evidence) confidence() Confidence {
	switch {
	case e.against:
		return None
	case e.checksum && e.support:
		return High
	case e.checksum || e.support:
		return Medium
	}
	return Low
}

// judge is the context model: it looks for the detector's clues around
// the value at norm byte at and returns the confidence in the value;
// checksum says the value vouches for itself (a check digit, a UnionPay
// number with Luhn, a marking's or an address's own structure).
func (in *input) judge(ctx *Context, at int, checksum bool) Confidence {
	ev := evidence{checksum: checksum}
	for i := range ctx.Support {
		if in.clue(&ctx.Support[i], at) {
			ev.support = true
			break
		}
	}
	near := -1 // bytes from the value back to its nearest Near label
	for i := range ctx.Support {
		if c := &ctx.Support[i]; c.Near {
			if d := in.distance(c, at); d >= 0 && (near < 0 || d < near) {
				near = d
			}
		}
	}
	for i := range ctx.Against {
		c := &ctx.Against[i]
		if (!c.Weak || !ev.support) && in.clue(c, at) {
			if near >= 0 && (c.Place == Before || c.Place == OnLine) && in.distance(c, at) > near {
				continue // a nearer label says what the value is
			}
			ev.against = true
			break
		}
	}
	return ev.confidence()
}

// distance is how many bytes of the normal form lie between the nearest
// of a Before or OnLine clue's words and the value at byte at, or -1 when
// none is there.
func (in *input) distance(c *Clue, at int) int {
	w, ok := in.window(c, at)
	if !ok {
		return -1
	}
	d := -1
	for _, word := range c.Words {
		if i := strings.LastIndex(w, word); i >= 0 {
			if e := len(w) - i - len(word); d < 0 || e < d {
				d = e
			}
		}
	}
	return d
}

// accept reports whether a confidence reaches the detector's need, and
// the severity a hit of that confidence has: the detector's own, or at
// most review for a low one.
func (in *input) accept(ctx *Context, conf Confidence, sev report.Severity) (report.Severity, bool) {
	if conf == None || conf < ctx.Need {
		return "", false
	}
	if conf == Low && sev.Rank() > report.Review.Rank() {
		return report.Review, true
	}
	return "", true
}

// clue reports whether one clue's words occur at its place around the
// value at norm byte at.
func (in *input) clue(c *Clue, at int) bool {
	switch c.Place {
	case Before, OnLine:
		w, _ := in.window(c, at)
		if c.Holder {
			return in.holderNotPerson(w, c.Words, at)
		}
		return containsAny(w, c.Words)
	case Heading, CellHeading:
		k := in.cellOf(at)
		switch {
		case k < 0:
			if c.OtherNumber || c.Place == CellHeading || len(in.cells) > 0 {
				return false // prose around a document's tables has no header row
			}
			return in.tableHeaded(c.Words)
		case c.NoPerson && in.rowNamesPerson(k), c.Column && !in.plainColumnValue(k, c.Title):
			return false
		case c.OtherNumber:
			return in.rosterNumber(k, at, c.Words)
		}
		if has, ok := in.headingHas(k, c.Words); ok || c.Place == CellHeading {
			return has
		}
		return in.tableHeaded(c.Words)
	}
	return false
}

// window is the text a Before or OnLine clue is looked for in, up to the
// value at norm byte at: its Window runes before it in its cell, or on
// its line (OnLine), or before it (Before); false for other places.
func (in *input) window(c *Clue, at int) (string, bool) {
	at = in.rangeStart(at)
	switch k := in.cellOf(at); {
	case c.Place != Before && c.Place != OnLine:
		return "", false
	case k >= 0:
		return in.inCellBefore(k, at, c.Window), true
	case c.Place == Before:
		return before(in.norm, at, c.Window), true
	}
	return in.lineBefore(at, c.Window), true
}

// rangeStart is, for a number at norm byte at that ends a range of
// numbers (证书编号 A 至 B, A-B), the start of the range's first number:
// the end of a range is read in its start's context. Otherwise at.
func (in *input) rangeStart(at int) int {
	s := in.norm
	j := at
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for _, conn := range rangeWords {
		if strings.HasSuffix(s[:j], conn) {
			k = j - len(conn)
			break
		}
	}
	if k == j {
		return at
	}
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	d := k
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if k-d < minRangeDigits {
		return at // not a range of long numbers (0571-87654321)
	}
	// The two ends of a range are alike: as long, and the same in their
	// first half (15312340234 至 15312340241), so a mobile after a serial
	// (编号 202501010001-13812345678) is no range's end.
	e := at
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	first, last := s[d:k], s[at:e]
	if len(first) != len(last) || first[:len(first)/2] != last[:len(last)/2] {
		return at
	}
	return d
}

// rangeWords join the two ends of a range; minRangeDigits is the shortest
// first end of a range of identifiers.
var rangeWords = []string{"至", "到", "~", "-", "—"}

const minRangeDigits = 6

// ncell is a table cell mapped onto the normal form.
type ncell struct {
	start, end int // bytes of the normal form
	table      int
	row, col   int
}

// setCells maps a part's cells onto the normal form. Cells out of order or
// overlapping are dropped: a detector must never take two cells for one.
func (in *input) setCells(t *normalize.Text, cells []doc.Cell) {
	if len(cells) == 0 {
		return
	}
	in.cells = make([]ncell, 0, len(cells))
	in.cellRefs = cells
	last := -1
	for _, c := range cells {
		if c.Start < last || c.End < c.Start {
			continue
		}
		last = c.End
		row, col := c.Row, c.Col
		if row == 0 || col == 0 {
			col, row = splitRef(c.Ref)
		}
		a, b := t.NormOf(c.Start), t.NormOf(c.End)
		// Trailing spacing kept between two Latin runs is not the cell's.
		for b > a && (in.norm[b-1] == ' ' || in.norm[b-1] == '\n') {
			b--
		}
		in.cells = append(in.cells, ncell{start: a, end: b, table: c.Table, row: row, col: col})
	}
}

// cellOf is the index of the cell holding norm byte i, or -1.
func (in *input) cellOf(i int) int {
	if len(in.cells) == 0 {
		return -1
	}
	k := sort.Search(len(in.cells), func(k int) bool { return in.cells[k].end > i })
	if k < len(in.cells) && in.cells[k].start <= i {
		return k
	}
	return -1
}

// oneCell reports whether the norm bytes [a, b) lie in one cell (k >= 0),
// in none (k = -1, text outside tables) or across cells (ok false).
func (in *input) oneCell(a, b int) (k int, ok bool) {
	k = in.cellOf(a)
	if len(in.cells) == 0 {
		return -1, true
	}
	if k >= 0 {
		return k, in.cells[k].end >= b
	}
	// Outside cells: the range must not reach into one.
	j := sort.Search(len(in.cells), func(j int) bool { return in.cells[j].end > a })
	return -1, j == len(in.cells) || in.cells[j].start >= b
}

// inCellBefore is up to n runes of cell k before norm byte at.
func (in *input) inCellBefore(k, at, n int) string {
	s := before(in.norm, at, n)
	if d := at - in.cells[k].start; len(s) > d {
		s = s[len(s)-d:]
	}
	return s
}

// colKey and rowKey identify a column and a row of one table.
type colKey struct{ table, col int }
type rowKey struct{ table, row int }

// headCell is a cell that reads as a heading or label: words, no long
// number.
type headCell struct {
	row  int
	text string
}

// heading returns the heading of cell k's column and the labels of its
// row (a form's 身份证号 | value), and whether there is any. The column's heading
// is its label cells above its first value (a heading of several rows),
// and the run of label cells right above the cell (a table below a table).
func (in *input) heading(k int) (string, bool) {
	var b strings.Builder
	ok := in.headingParts(k, func(part string) bool {
		b.WriteString(part)
		return false
	})
	return b.String(), ok
}

// headingHas reports whether cell k's heading (see heading) holds one of
// words, and whether there is a heading. Its parts, each ending in a
// space, are read where they are kept instead of joined for every value
// of a column: a word without a space cannot span two of them.
func (in *input) headingHas(k int, words []string) (has, ok bool) {
	for _, w := range words {
		if strings.IndexByte(w, ' ') >= 0 {
			h, ok := in.heading(k)
			return containsAny(h, words), ok
		}
	}
	ok = in.headingParts(k, func(part string) bool {
		has = has || containsAny(part, words)
		return has
	})
	return has, ok
}

// headingParts calls fn with each part of cell k's heading in order,
// until fn returns true, and reports whether there is a heading.
func (in *input) headingParts(k int, fn func(part string) bool) bool {
	if in.heads == nil {
		in.indexHeadings()
	}
	c := in.cells[k]
	col := in.heads[colKey{c.table, c.col}]
	if col == nil {
		col = &column{}
	}
	hs := col.cells
	j := sort.Search(len(hs), func(j int) bool { return hs[j].row >= c.row }) - 1
	found := j >= 0
	row := in.rowLabel(k)
	found = found || row != ""
	// The column's heading, of at most maxHeadRows label cells: a column
	// of labels alone (names, e-mail addresses) has no first value, and
	// all of it read as the heading of each of its cells would cost the
	// square of its length.
	if n := min(j+1, col.nhead, maxHeadRows); n > 0 && fn(col.head(n)) {
		return found
	}
	for r, steps := c.row-1, 0; j >= 0 && hs[j].row == r && r >= col.firstValue && steps < maxHeadRows; j, r, steps = j-1, r-1, steps+1 {
		if fn(hs[j].text) || fn(" ") {
			return found
		}
	}
	fn(row)
	return found
}

// maxHeadRows bounds the label cells read as a column's heading, and the
// run of label cells right above a value.
const maxHeadRows = 8

// column is the label cells of one column, in order of row, and the
// first row that holds a value rather than a label.
type column struct {
	cells      []headCell
	firstValue int
	nhead      int      // cells above the first value: the heading
	heads      []string // heads[n-1] is the first n of them joined, on demand
}

// head is the first n heading cells of the column, each followed by a
// space, built once.
func (col *column) head(n int) string {
	for len(col.heads) < n {
		prev := ""
		if m := len(col.heads); m > 0 {
			prev = col.heads[m-1]
		}
		col.heads = append(col.heads, prev+col.cells[len(col.heads)].text+" ")
	}
	return col.heads[n-1]
}

// indexHeadings indexes the label cells of every column, once per text.
func (in *input) indexHeadings() {
	in.heads = map[colKey]*column{}
	in.rowLabels = map[rowKey]string{}
	var last *column
	lastKey := colKey{-1, -1}
	for _, c := range in.cells {
		t := in.norm[c.start:c.end]
		if strings.TrimSpace(t) == "" {
			continue
		}
		ck := colKey{c.table, c.col}
		col := last
		if ck != lastKey {
			if col = in.heads[ck]; col == nil {
				col = &column{firstValue: 1 << 30}
				in.heads[ck] = col
			}
			last, lastKey = col, ck
		}
		if !labelLike(t) {
			col.firstValue = min(col.firstValue, c.row)
			continue
		}
		col.cells = append(col.cells, headCell{c.row, t})
	}
	for _, col := range in.heads {
		sort.SliceStable(col.cells, func(i, j int) bool { return col.cells[i].row < col.cells[j].row })
		col.nhead = sort.Search(len(col.cells), func(i int) bool { return col.cells[i].row >= col.firstValue })
	}
}

// rowOf is the first and the last cell of cell k's row: a row's cells are
// next to each other.
func (in *input) rowOf(k int) (first, last int) {
	c := in.cells[k]
	first, last = k, k
	for first > 0 && in.cells[first-1].table == c.table && in.cells[first-1].row == c.row {
		first--
	}
	for last+1 < len(in.cells) && in.cells[last+1].table == c.table && in.cells[last+1].row == c.row {
		last++
	}
	return first, last
}

// columnHead is the heading of cell rc's column, "" when it has none.
func (in *input) columnHead(rc ncell) string {
	if in.heads == nil {
		in.indexHeadings()
	}
	if col := in.heads[colKey{rc.table, rc.col}]; col != nil && col.nhead > 0 {
		return col.head(min(col.nhead, maxHeadRows))
	}
	return ""
}

// rowLabel is the label cells of cell k's row, each followed by a space,
// found beside k (a row's cells are next to each other) once per row.
func (in *input) rowLabel(k int) string {
	c := in.cells[k]
	key := rowKey{c.table, c.row}
	if l, ok := in.rowLabels[key]; ok {
		return l
	}
	first, last := in.rowOf(k)
	var b strings.Builder
	for _, rc := range in.cells[first : last+1] {
		if t := in.norm[rc.start:rc.end]; strings.TrimSpace(t) != "" && labelLike(t) {
			b.WriteString(t)
			b.WriteByte(' ')
		}
	}
	in.rowLabels[key] = b.String()
	return in.rowLabels[key]
}

// labelLike reports whether a cell's text reads as a heading or label:
// it has a letter or a Han character and no run of five digits.
func labelLike(t string) bool {
	words, run := false, 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			if run++; run >= 5 {
				return false
			}
			continue
		case r >= 'a' && r <= 'z', r >= utf8.RuneSelf && unicode.Is(unicode.Han, r):
			words = true
		}
		run = 0
	}
	return words
}

// splitRef splits an A1 reference into its column number and row number
// (1-based); 0, 0 when ref is not A1.
func splitRef(ref string) (int, int) {
	i, col := 0, 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	row, err := strconv.Atoi(ref[i:])
	if i == 0 || err != nil {
		return 0, 0
	}
	return col, row
}

// cellRef is the Ref of the cell holding original rune r, or "".
func cellRef(cells []doc.Cell, r int) string {
	i := sort.Search(len(cells), func(i int) bool { return cells[i].End > r })
	if i < len(cells) && cells[i].Start <= r {
		return cells[i].Ref
	}
	return ""
}

// holderLabelsAfter are the labels that follow a holder's name on its
// line once the normal form has dropped the spacing between them.
var holderLabelsAfter = []string{"开户银行", "开户行", "开户网点", "开户", "银行账号", "银行卡号", "账号", "帐号", "卡号", "账户", "帐户"}

// orgEnds are the last characters of organisations' names (公司, 局,
// 委员会, 医院 …), and orgSuffixes their last words that end as a
// person's name may (中心, 社区), and the kinds of an organisation's
// account its name may end in (某某局非税收入结算户, 零余额账户, 基本户):
// banks open such accounts to units, not to persons.
const orgEnds = "司局厅委会办室院所站校处科队部厂店社馆行府村团园学联务协业管投建媒"

var orgSuffixes = []string{"中心", "社区", "小区", "街道", "集团", "财政",
	"账户", "专户", "结算户", "汇缴户", "缴款户", "基本户", "一般户", "临时户", "零余额户", "过渡户", "存款户"}

// holderNotPerson reports whether the account at norm byte at is held by
// someone who is not a person (see Clue.Holder): for some label of words
// in w, the text before it on its line or in its cell, the name after it
// is not a person's. Where w has no such label, the holder is looked for
// where notices write it, and trusted there only for an organisation's
// name that cannot be a person's (orgName) in a structure that holds no
// one else: in a table, the cell of the account's row under a holder's
// heading (户名 | 开户行 | 账号) or after a holder's label, in a row that
// names no person; in text, an account labelled as one (账号：N, not 卡号
// or 个人账号) under the bank's lines of its block (户名：… ⏎ 开户银行：… ⏎
// 账号：N).
func (in *input) holderNotPerson(w string, words []string, at int) bool {
	if notPerson, found := holderIn(w, words); found {
		return notPerson
	}
	if k := in.cellOf(at); k >= 0 {
		return in.rowHolderNotPerson(k, words)
	}
	if in.lineStart == nil || !accountLabel(w) {
		return false
	}
	end := in.lineStart(at)
	for range maxFieldLinesAbove {
		if end <= 0 {
			break
		}
		start := in.lineStart(end - 1)
		line := in.norm[start:end]
		k := strings.IndexByte(line, ':')
		if k <= 0 {
			break
		}
		if _, found := holderIn(line, words); found {
			// Only a line that is the holder's label and name.
			return slices.Contains(words, strings.TrimSpace(line[:k+1])) && orgName(holderName(strings.TrimSpace(line[k+1:])))
		}
		if !containsAny(line[:k], bankFields) {
			break
		}
		end = start
	}
	return false
}

// rosterNumber reports whether the number at norm byte at, in cell k, is
// a number a roster gives (an admission ticket's, a student's, an
// employee's) rather than a phone: its column's heading holds one of
// words and no word of a phone, the cell holds the number alone as plain
// digits (a phone's spacing, +86 or a label beside it says otherwise),
// and the column's other numbers written so are as long (a mobile typed
// into a column of 10-digit ticket numbers is not one of them).
func (in *input) rosterNumber(k, at int, words []string) bool {
	c := in.cells[k]
	text := strings.TrimSpace(in.norm[c.start:c.end])
	if !allDigits(text) || !strings.HasPrefix(in.norm[at:], text) {
		return false
	}
	roster, phone := false, false
	in.headingParts(k, func(part string) bool {
		roster = roster || containsAny(part, words)
		phone = phone || containsAny(part, rosterNotPhone)
		return phone
	})
	if !roster || phone {
		return false
	}
	key := colKey{c.table, c.col}
	if in.digitLens == nil {
		in.digitLens = map[colKey]uint64{}
		for _, cc := range in.cells {
			if t := strings.TrimSpace(in.norm[cc.start:cc.end]); allDigits(t) && len(t) < 64 {
				in.digitLens[colKey{cc.table, cc.col}] |= 1 << len(t)
			}
		}
	}
	return len(text) < 64 && in.digitLens[key] == 1<<len(text)
}

// rosterNotPhone are the words that make a roster's column one of phones
// too (准考证号/手机).
var rosterNotPhone = []string{"电话", "手机", "联系", "微信", "qq", "tel", "phone", "mobile"}

// plainColumnValue reports whether cell k holds its value alone as plain
// digits, in a table whose title and note name none of title (see
// Clue.Column).
func (in *input) plainColumnValue(k int, title []string) bool {
	c := in.cells[k]
	if !plainNumbers(strings.TrimSpace(in.norm[c.start:c.end])) {
		return false
	}
	return !containsAny(in.besideTable(c.table), title)
}

// plainNumbers reports whether a cell's text is a number written as plain
// digits, or a range of two (13800000001至13800000100): not a number
// grouped as phones and cards are printed, nor one with words beside it.
func plainNumbers(text string) bool {
	for _, w := range rangeWords {
		if a, b, ok := strings.Cut(text, w); ok {
			a, b = strings.TrimSpace(a), strings.TrimSpace(b)
			return len(a) >= minRangeDigits && allDigits(a) && len(b) >= minRangeDigits && allDigits(b)
		}
	}
	return allDigits(text)
}

// besideTable is the text just before table t (its title or caption, its
// unit) and a note right after it (注：…), at most besideRunes each. Other
// text after a table is not read: a notice ends its tables with the
// office's contact line (如有异议请联系 0571-…).
func (in *input) besideTable(t int) string {
	if in.besides == nil {
		// Every table's at once, from one pass over the cells for each
		// table's first and last.
		ends := map[int][2]int{}
		for k, c := range in.cells {
			e, ok := ends[c.table]
			if !ok {
				e[0] = k
			}
			e[1] = k
			ends[c.table] = e
		}
		in.besides = make(map[int]string, len(ends))
		for table, e := range ends {
			b := before(in.norm, in.cells[e[0]].start, besideRunes)
			note := strings.TrimLeft(after(in.norm, in.cells[e[1]].end, besideRunes), " \n|-")
			if strings.HasPrefix(note, "注") || strings.HasPrefix(note, "说明") || strings.HasPrefix(note, "备注") {
				b += " " + note
			}
			in.besides[table] = b
		}
	}
	return in.besides[t]
}

// besideRunes bounds the title of a table read as its context.
const besideRunes = 60

// rowNamesPerson reports whether a cell of cell k's row other than k reads
// as a person's name or stands under a person's heading (姓名, 持卡人).
func (in *input) rowNamesPerson(k int) bool {
	first, last := in.rowOf(k)
	for j := first; j <= last; j++ {
		rc := in.cells[j]
		text := strings.TrimSpace(in.norm[rc.start:rc.end])
		if j == k || text == "" {
			continue
		}
		if namesPerson(text, in.columnHead(rc)) || containsAny(text, personHeads) {
			return true
		}
	}
	return false
}

// maxFieldLinesAbove bounds the lines above an account read for its
// holder: a block of 户名, 开户银行, 行号 and 账号 has three.
const maxFieldLinesAbove = 3

// bankFields are the words of the labels of a bank's lines in an account
// block (开户银行, 开户行, 行号, 联行号), which may stand between the holder
// and the account.
var bankFields = []string{"开户", "银行", "行号"}

// accountLabel reports whether w, the text before a value on its line, is
// the label of an account alone (账号：, 银行账号：, 收款账户：): not a card's,
// a person's (个人账号, 张伟：) or anything with more words before it.
func accountLabel(w string) bool {
	l, ok := strings.CutSuffix(strings.TrimSpace(w), ":")
	l = strings.TrimSpace(l)
	if !ok || utf8.RuneCountInString(l) > 6 || strings.Contains(l, "个人") || strings.Contains(l, "卡") {
		return false
	}
	for _, e := range []string{"账号", "帐号", "账户", "帐户"} {
		if strings.HasSuffix(l, e) {
			return !strings.ContainsFunc(l, func(r rune) bool { return !isHan(r) })
		}
	}
	return false
}

// orgName reports whether s is an organisation's name that cannot be a
// person's: five characters or more that end as an organisation's name
// does (某某市财政局, 某某建设有限公司). A shorter one (李文科, 某某中心) may
// be a person's.
func orgName(s string) bool {
	if utf8.RuneCountInString(s) < 5 || personName(s) || strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) }) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(orgEnds, last) || slices.ContainsFunc(orgSuffixes, func(w string) bool { return strings.HasSuffix(s, w) })
}

// holderIn reports whether w holds a label of words, and whether, for some
// such label, the name after it is not a person's.
func holderIn(w string, words []string) (notPerson, found bool) {
	for _, word := range words {
		for rest := w; ; {
			i := strings.Index(rest, word)
			if i < 0 {
				break
			}
			found = true
			rest = rest[i+len(word):]
			if !personName(holderName(rest)) {
				return true, true
			}
		}
	}
	return false, found
}

// rowHolderNotPerson reports whether the row of cell k names a holder who
// is an organisation (orgName) and no one else: a cell under a heading
// that is a holder's label (户名, 收款户名, 账户名称), or a cell after a
// label cell that is one, in a row none of whose other cells is a
// person's name or under a person's heading (姓名, 收款人, 开户人).
func (in *input) rowHolderNotPerson(k int, words []string) bool {
	first, last := in.rowOf(k)
	holderLabel := func(t string) bool {
		for _, w := range words {
			if strings.Contains(t, strings.TrimSuffix(w, ":")) {
				return true
			}
		}
		return false
	}
	org := false
	for j := first; j <= last; j++ {
		rc := in.cells[j]
		text := strings.TrimSpace(in.norm[rc.start:rc.end])
		if j == k || text == "" || holderLabel(text) || containsAny(text, cardContext) {
			continue // the account, a label or the bank (账号, 开户行 …)
		}
		head := in.columnHead(rc)
		labelled := j > first && holderLabel(in.norm[in.cells[j-1].start:in.cells[j-1].end]) || holderLabel(head)
		switch {
		case labelled && orgName(holderName(text)):
			org = true
		case namesPerson(text, head):
			return false // the row names a person: the account may be theirs
		}
	}
	return org
}

// holderName is the name at the start of s: up to punctuation, a digit or
// the end, without a label that follows it.
func holderName(s string) string {
	if k := strings.IndexFunc(s, func(r rune) bool {
		return r < 0x80 && r != '*' || unicode.IsPunct(r) && r != '·' && r != '*'
	}); k >= 0 {
		s = s[:k]
	}
	for {
		cut := false
		for _, l := range holderLabelsAfter {
			if t, ok := strings.CutSuffix(s, l); ok && t != "" {
				s, cut = t, true
			}
		}
		if !cut {
			return s
		}
	}
}

// personHeads are words of the headings of columns that name persons.
var personHeads = []string{"姓名", "人", "户主"}

// namesPerson reports whether a cell's text reads as a person's name or
// stands under a person's heading.
func namesPerson(text, head string) bool {
	return personName(holderName(text)) || containsAny(head, personHeads)
}

// personName reports whether s reads as a person's name: two or three
// Han characters (four with a two-character surname, any number around
// the · of a transliterated name; 某 and * stand for masked ones), not
// starting with a place's word (县, 市 …) and not ending as an
// organisation's name does. Anything else is taken for an organisation,
// as every holder was before.
func personName(s string) bool {
	n := utf8.RuneCountInString(s)
	dotted := strings.ContainsRune(s, '·')
	if n < 2 || n > 4 && !dotted || n == 4 && !dotted && !compoundSurname(s) {
		return false
	}
	for _, r := range s {
		if !isHan(r) && r != '*' && r != '·' {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(placeStarts, first) || strings.ContainsRune(orgEnds, last) {
		return false
	}
	for _, w := range orgSuffixes {
		if strings.HasSuffix(s, w) {
			return false
		}
	}
	return true
}

// placeStarts begin the names of organisations of a place (县医保, 市城投).
const placeStarts = "省市县区镇乡村州盟旗"

// compoundSurname reports whether s starts with a two-character surname.
func compoundSurname(s string) bool {
	for _, w := range []string{"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
