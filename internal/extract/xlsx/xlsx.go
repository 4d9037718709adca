package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/flow"
	"github.com/mishen-gov/mishen/internal/extract/formula"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// The hidden reasons of the parts this package writes.
const (
	HiddenSheet     = "隐藏工作表"
	VeryHiddenSheet = "深度隐藏工作表"
	HiddenComment   = "批注"
)

// The messages of this package's own findings. They carry no cell value.
const (
	msgStoredAsNumber = "身份证号以数值格式存储，末位已丢失，仍可识别出生日期等信息，请删除或脱敏"
)

var (
	errTooMuchText = errors.New("xlsx: text over limit")
	errTimeout     = errors.New("xlsx: time limit reached")
)

// Extract reads the workbook in data. Every problem with the input is an
// unreadable finding in the returned Document, never an error; a panic
// inside (excelize's included) is recovered as unreadable.parser_panic,
// with the parts read until then kept.
func Extract(data []byte, lim doc.Limits) (d *doc.Document, err error) {
	d = &doc.Document{Format: "xlsx"}
	defer func() {
		if r := recover(); r != nil {
			d.Unreadable("unreadable.parser_panic", report.Location{Part: doc.Sheet},
				"读取Excel工作簿时发生内部错误，未能完整读取，请人工审查")
		}
	}()
	extract(d, data, lim, false)
	return d, nil
}

type extractor struct {
	d        *doc.Document
	f        *excelize.File
	a        *zipguard.Archive
	lim      doc.Limits
	left     int // runes of text still allowed
	cells    int // cells recorded, at most maxCells
	deadline time.Time
	done     map[string]bool // members read by besideSheets
	book     string          // the workbook member
	fm       *formatter
	sst      []string // shared strings, read once
	sstErr   error
	sstRead  bool
	// phonetic are the phonetic guides of the shared strings, read from
	// member sstName.
	phonetic []string
	sstName  string
	slow     bool // every sheet through excelize (tests compare the two readers)
	data     []byte
	trimmed  bool // f was opened without the sheets' XML (forExcelize)
	whole    *excelize.File
	wholeErr error
}

// extract does Extract's work without the recover, so that fuzzing sees
// panics; slow reads every sheet through excelize, as a reference.
func extract(d *doc.Document, data []byte, lim doc.Limits, slow bool) {
	lim = zipguard.FillDefaults(lim)
	a, err := zipguard.Open(data, lim)
	if err != nil {
		rule, msg := zipguard.Describe(err, "", lim)
		d.Unreadable(rule, report.Location{Part: doc.Sheet}, msg)
		return
	}
	// The workbook's own members are small and read within the limits;
	// knowing the sheets first lets a damaged member be named as a sheet.
	sheets, book, werr := readWorkbook(a, lim)
	bySheet := map[string]sheetInfo{}
	for _, s := range sheets {
		bySheet[strings.ToLower(s.path)] = s
	}
	// Prove the whole archive sound before excelize reads it: it reads
	// every member, would take a damaged one as shorter, and follows XML
	// to any depth. A damaged member costs that member; a bomb or deep
	// XML stops here.
	damaged := map[string]bool{}
	stop := false
	for _, err := range a.CheckAll() {
		name := zipguard.Member(err)
		what, loc := name, report.Location{Part: doc.Sheet, File: name}
		if s, ok := bySheet[strings.ToLower(name)]; ok {
			what, loc = "工作表「"+s.name+"」", report.Location{Part: kindOf(s), Sheet: s.name, File: s.path}
		}
		rule, msg := zipguard.Describe(err, what, lim)
		d.Unreadable(rule, loc, msg)
		damaged[strings.ToLower(name)] = true
		stop = stop || errors.Is(err, zipguard.ErrZipBomb) || errors.Is(err, zipguard.ErrTooDeep)
	}
	if stop {
		return
	}
	if werr != nil || len(sheets) == 0 {
		if !docx.Reported(d, book) {
			if werr == nil {
				werr = zipguard.ErrNotFound
			}
			rule, msg := zipguard.Describe(werr, "工作簿目录 "+book, lim)
			d.Unreadable(rule, report.Location{Part: doc.Sheet, File: book}, msg)
		}
		docx.AddProperties(d, a, lim)
		return
	}
	// excelize is given the workbook without its sheets' XML, which the
	// fast reader reads itself; a sheet left to excelize's row iterator
	// opens the whole file (extractor.full).
	var heavy []string
	if !slow {
		heavy = []string{"xl/sharedStrings.xml"}
		for _, s := range sheets {
			heavy = append(heavy, s.path)
		}
	}
	open := forExcelize(data, heavy)
	f, err := excelize.OpenReader(bytes.NewReader(open), excelize.Options{
		UnzipSizeLimit: lim.MaxUnzipBytes, UnzipXMLSizeLimit: lim.MaxUnzipBytes})
	if err != nil {
		d.Unreadable("unreadable.corrupt", report.Location{Part: doc.Sheet},
			"文件已损坏（工作簿结构无效），无法读取，请重新导出后提交或人工审查")
		if f == nil {
			addSheetNames(d, sheets, book, lim.MaxTextRunes)
			docx.AddEmbedded(d, a, doc.Sheet)
			docx.AddProperties(d, a, lim)
			return
		}
	}
	defer f.Close()
	x := &extractor{d: d, f: f, a: a, lim: lim, left: lim.MaxTextRunes, deadline: time.Now().Add(lim.PerFileTimeout), book: book, slow: slow,
		data: data, trimmed: !slow && (len(open) != len(data) || &open[0] != &data[0])}
	defer func() {
		if x.whole != nil && x.whole != f {
			x.whole.Close()
		}
	}()
	stopped := false
	for _, s := range sheets {
		if damaged[strings.ToLower(s.path)] {
			continue // reported above; what excelize would read of it is not the file's
		}
		if s.path == "" || !a.Has(s.path) {
			// The workbook names a sheet whose member cannot be found
			// by its relationships: what excelize might read under
			// that name is not known to be the sheet, so say so.
			d.Unreadable("unreadable.corrupt", report.Location{Part: kindOf(s), Sheet: s.name},
				"工作表「"+s.name+"」的内容在文件中找不到（工作簿的关系文件没有指向它），无法读取，请重新导出后提交或人工审查")
			continue
		}
		if err := x.readSheet(s); err != nil {
			x.fail(err, s)
			if errors.Is(err, errTooMuchText) || errors.Is(err, errTimeout) {
				stopped = true
				break
			}
		}
	}
	if !stopped {
		x.sharedStrings() // read once; an error was reported with the sheets
	}
	if !stopped && len(x.phonetic) > 0 {
		// The phonetic guides of the shared strings, a cell's guide
		// shown above its text when the cell asks for it.
		if err := x.lines(sheetInfo{}, x.sstName, doc.Phonetic, x.phonetic); err != nil {
			x.failRest(err, "共享字符串的注音")
			stopped = true
		}
	}
	if !stopped {
		x.left, stopped = addSheetNames(d, sheets, book, x.left)
	}
	if !stopped {
		x.left, stopped = docx.AddDrawings(d, a, lim, x.left, drawings)
	}
	if !stopped {
		if err := x.caches(); err != nil {
			x.failRest(err, "数据透视表缓存或外部链接")
			stopped = true
		}
	}
	if !stopped {
		if err := x.besideSheets(sheets, book); err != nil {
			x.failRest(err, "定义的名称、会话批注或旧式图形")
			stopped = true
		}
	}
	if !stopped {
		x.left, stopped = docx.AddCustomXML(d, a, lim, x.left)
	}
	if !stopped {
		x.left, stopped = docx.AddLinkTargets(d, a, lim, x.left)
	}
	if !stopped {
		x.imageOnly()
	}
	docx.AddEmbedded(d, a, doc.Sheet)
	docx.AddProperties(d, a, lim)
}

// failRest adds the finding for a text or time limit met while reading
// what comes after the sheets; what names it.
func (x *extractor) failRest(err error, what string) {
	loc := report.Location{Part: doc.Sheet}
	if errors.Is(err, errTimeout) {
		x.d.Unreadable("unreadable.timeout", loc, fmt.Sprintf(
			"读取文件超时（超过%s），%s及其后的内容未检查，请人工审查", x.lim.PerFileTimeout, what))
		return
	}
	x.d.Unreadable("unreadable.too_much_text", loc, fmt.Sprintf(
		"文件文字超过上限（%d字），%s及其后的内容未检查，请拆分后提交或人工审查", x.lim.MaxTextRunes, what))
}

// drawings are the DrawingML members whose text a reader sees in a
// workbook: shapes and text boxes drawn over sheets, charts, and SmartArt
// (its data model, and what its drawing cache shows besides).
var drawings = []docx.Drawing{
	{Prefix: "xl/drawings/drawing", What: "图形和文本框"},
	{Prefix: "xl/charts/chart", What: "图表", Kind: doc.Chart},
	{Prefix: "xl/diagrams/data", What: "SmartArt图形"},
	{Prefix: "xl/diagrams/drawing", What: "SmartArt图形", CopyOf: "xl/diagrams/data"},
}

// fail adds the unreadable finding for an error reading sheet s.
func (x *extractor) fail(err error, s sheetInfo) {
	loc := report.Location{Part: kindOf(s), Sheet: s.name, File: s.path}
	switch {
	case errors.Is(err, errTooMuchText):
		x.d.Unreadable("unreadable.too_much_text", loc, fmt.Sprintf(
			"文件文字超过上限（%d字），工作表「%s」及其后的内容未检查，请拆分后提交或人工审查", x.lim.MaxTextRunes, s.name))
	case errors.Is(err, errTimeout):
		x.d.Unreadable("unreadable.timeout", loc, fmt.Sprintf(
			"读取文件超时（超过%s），工作表「%s」及其后的内容未检查，请人工审查", x.lim.PerFileTimeout, s.name))
	case zipguard.Member(err) != "" || errors.Is(err, zipguard.ErrTooDeep) ||
		errors.Is(err, zipguard.ErrCharset) || errors.Is(err, zipguard.ErrBadText):
		rule, msg := zipguard.Describe(err, "工作表「"+s.name+"」", x.lim)
		x.d.Unreadable(rule, loc, msg)
	default:
		x.d.Unreadable("unreadable.corrupt", loc, fmt.Sprintf(
			"工作表「%s」已损坏，无法完整读取，请重新导出后提交或人工审查", s.name))
	}
}

func kindOf(s sheetInfo) string {
	if s.state == "hidden" || s.state == "veryHidden" {
		return doc.HiddenSheet
	}
	return doc.Sheet
}

// part collects the text of one part and where its cells are.
type part struct {
	x     *extractor
	b     strings.Builder
	runes int
	cells []doc.Cell
	line  int // 1-based line being written
}

func (p *part) write(s string) error {
	n := utf8.RuneCountInString(s)
	if n > p.x.left {
		return errTooMuchText
	}
	p.x.left -= n
	p.grow(len(s))
	p.b.WriteString(s)
	p.runes += n
	p.line += strings.Count(s, "\n")
	return nil
}

// grow makes room for n more bytes of text, doubling: append's growth of
// a quarter at a time would copy a big sheet's text five times over.
func (p *part) grow(n int) {
	if p.b.Cap()-p.b.Len() < n {
		p.b.Grow(max(n, p.b.Cap()))
	}
}

// tabs writes n tabs.
func (p *part) tabs(n int) error {
	if n > p.x.left {
		return errTooMuchText
	}
	p.x.left -= n
	p.grow(n)
	for range n {
		p.b.WriteByte('\t')
	}
	p.runes += n
	return nil
}

// maxCells bounds the cells of a document: one for eight runes of the
// text limit (4 million by default). A cell of one character costs 56
// bytes to record, so a sheet of tiny cells within the text limit could
// otherwise take gigabytes.
func maxCells(lim doc.Limits) int { return max(lim.MaxTextRunes/8, 1024) }

// cell writes a cell's text and records where it is.
func (p *part) cell(ref, text string) (doc.Cell, error) {
	if p.x.cells++; p.x.cells > maxCells(p.x.lim) {
		return doc.Cell{}, errTooMuchText
	}
	start := p.runes
	if err := p.write(text); err != nil {
		return doc.Cell{}, err
	}
	c := doc.Cell{Ref: ref, Start: start, End: p.runes}
	if len(p.cells) == cap(p.cells) {
		p.cells = slices.Grow(p.cells, max(len(p.cells), 64)) // doubling, as grow
	}
	p.cells = append(p.cells, c)
	return c, nil
}

// candidate is a cell of the part being written (its index in
// part.cells) that a finding of the sheet will point at.
type candidate struct {
	cell int
	line int
}

// readSheet reads sheet s into its parts and findings, with the fast
// reader or, for XML it leaves to encoding/xml, the slow one. What was
// read before an error is kept.
func (x *extractor) readSheet(s sheetInfo) error {
	kind := kindOf(s)
	hiddenWhy := map[string]string{"hidden": HiddenSheet, "veryHidden": VeryHiddenSheet}[s.state]
	left := x.left
	w := &rowWriter{x: x, p: &part{x: x, line: 1}}
	sx, err := (*sheetXML)(nil), errNotPlain
	if !x.slow {
		sx, err = x.readSheetFast(s, w)
	}
	keep := keepsPart(err)
	if errors.Is(err, errNotPlain) {
		x.left = left
		w = &rowWriter{x: x, p: &part{x: x, line: 1}}
		sx, keep, err = x.readSheetSlow(s, w)
	}
	if !keep {
		return err
	}
	p := w.p
	if len(p.cells) == 0 {
		p.cells = nil
	}
	x.d.Parts = append(x.d.Parts, doc.Part{Kind: kind, File: s.path, Sheet: s.name, Text: p.b.String(), Cells: p.cells, Hidden: hiddenWhy})
	loc := func(c candidate) report.Location {
		cell := p.cells[c.cell]
		return report.Location{Part: kind, File: s.path, Sheet: s.name, Cell: cell.Ref, Line: c.line, Start: cell.Start, End: cell.End}
	}
	for _, h := range []struct {
		first      *candidate
		rule, text string
	}{
		{w.firstHiddenRow, "hidden_content.hidden_rows", flow.MsgHiddenRows},
		{w.firstHiddenCol, "hidden_content.hidden_columns", flow.MsgHiddenColumns},
	} {
		if h.first != nil {
			x.d.Findings = append(x.d.Findings, report.Finding{Category: report.HiddenContent, Severity: report.Review,
				Rule: h.rule, Location: loc(*h.first), Message: fmt.Sprintf(h.text, s.name, p.cells[h.first.cell].Ref)})
		}
	}
	for _, c := range w.ids {
		x.d.Findings = append(x.d.Findings, report.Finding{Category: report.IDCard, Severity: report.Block,
			Rule: "id_card.stored_as_number", Location: loc(c), Message: msgStoredAsNumber})
	}
	if err != nil {
		return err
	}
	if err := x.comments(s, kind); err != nil {
		return err
	}
	if err := x.headerFooter(s, sx); err != nil {
		return err
	}
	if sx != nil && len(sx.joins) > 0 {
		joined, all := joinCells(p, sx.joins)
		sx.formulas = append(sx.formulas, joined...)
		if !all {
			x.d.Unreadable("unreadable.too_much_text", report.Location{Part: doc.SourceText, File: s.path, Sheet: s.name},
				fmt.Sprintf("工作表“%s”的公式过多，只计算了其中一部分公式的结果，其余未检查，请人工审查", s.name))
		}
	}
	return x.sheetExtras(s, sx)
}

// pendingJoin is a formula that joins cells of its sheet (formula.Read)
// in cell ref, which carries no computed value.
type pendingJoin struct {
	ref   string
	terms []formula.Term
}

// maxJoins bounds the joins of one sheet worked out, and maxJoined the
// bytes of their values.
const (
	maxJoins  = 100000
	maxJoined = 8 << 20
)

// joinCells works out joins from the text the sheet's cells show in
// part p: what a spreadsheet program shows in their cells, a join's
// value standing for its cell in those that refer to it, in as many
// passes as a chain of them needs (three at most: one refers to a cell
// after it). all is false when maxJoined cut the work short.
func joinCells(p *part, joins []pendingJoin) (out []string, all bool) {
	need := map[string]bool{}
	for _, j := range joins {
		need[j.ref] = true
		for _, t := range j.terms {
			if t.Ref != "" {
				need[t.Ref] = true
			}
		}
	}
	shown := doc.CellTexts(p.b.String(), p.cells, func(ref string) bool { return need[ref] })
	values := make([]string, len(joins))
	total := 0
	for pass := 0; pass < 3; pass++ {
		changed := false
		for i, j := range joins {
			v, _ := formula.Join(j.terms, func(ref string) (string, bool) {
				return shown[ref], true // a cell not written shows nothing
			})
			if v == values[i] {
				continue
			}
			if total += len(v); total > maxJoined {
				return out, false
			}
			values[i], shown[j.ref], changed = v, v, true
		}
		if !changed {
			break
		}
	}
	for _, v := range values {
		if utf8.RuneCountInString(v) >= 2 && (len(out) == 0 || out[len(out)-1] != v) {
			out = append(out, v)
		}
	}
	return out, true
}

// rows calls fn for each row of the sheet that has a value, with its
// 1-based number and its cells' formatted values.
func (x *extractor) rows(sheet string, fn func(row int, shown []string) error) (err error) {
	f, err := x.full()
	if err != nil {
		return err
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	defer rows.Close()
	for row := 1; rows.Next(); row++ {
		if row%256 == 0 && time.Now().After(x.deadline) {
			return errTimeout
		}
		shown, err := rows.Columns()
		if err != nil {
			return err
		}
		if len(shown) == 0 {
			continue
		}
		if err := fn(row, shown); err != nil {
			return err
		}
	}
	return rows.Error()
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// looksLikeIDNumber says whether raw, a cell's stored value, is an
// 18-digit integer with at least 15 significant digits whose first 14
// digits are a region (first digit 1-8) and a valid birth date: an ID
// number stored as a number. Only the first 14 digits are looked at, since
// a double keeps 15 to 17 and Excel 15.
func looksLikeIDNumber(raw string) bool {
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || v < 1e17 || v >= 1e18 || v != float64(int64(v)) {
		return false
	}
	mant := strings.TrimLeft(strings.SplitN(strconv.FormatFloat(v, 'e', -1, 64), "e", 2)[0], "+-")
	if len(strings.ReplaceAll(mant, ".", "")) < 15 {
		return false
	}
	digits := strconv.FormatFloat(v, 'f', 0, 64)
	if isDigits(raw) && len(raw) == 18 {
		digits = raw
	}
	if digits[0] < '1' || digits[0] > '8' {
		return false
	}
	y, _ := strconv.Atoi(digits[6:10])
	m, _ := strconv.Atoi(digits[10:12])
	day, _ := strconv.Atoi(digits[12:14])
	if y < 1900 || y > 2100 || m < 1 || m > 12 || day < 1 {
		return false
	}
	return day <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// comments adds a cell_comment part for the sheet's comments, one line
// each.
func (x *extractor) comments(s sheetInfo, kind string) error {
	cs, err := x.f.GetComments(s.name)
	if err != nil {
		return err
	}
	p := &part{x: x, line: 1}
	for _, c := range cs {
		text := c.Text
		for _, r := range c.Paragraph {
			text += r.Text
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		if _, err := p.cell(c.Cell, text); err != nil {
			return err
		}
		if err := p.write("\n"); err != nil {
			return err
		}
	}
	if len(p.cells) > 0 {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.CellComment, File: s.path, Sheet: s.name, Text: p.b.String(), Cells: p.cells, Hidden: HiddenComment})
	}
	return nil
}

// headerFooter adds the sheet's printed page header and footer, when they
// have text of their own.
func (x *extractor) headerFooter(s sheetInfo, sx *sheetXML) error {
	for _, h := range []struct {
		kind  string
		texts []string
	}{{doc.Header, sx.headers}, {doc.Footer, sx.footers}} {
		p := &part{x: x, line: 1}
		for _, t := range h.texts {
			if t = flow.ExcelHeaderFooter(t); t != "" {
				if err := p.write(t + "\n"); err != nil {
					return err
				}
			}
		}
		if p.b.Len() > 0 {
			x.d.Parts = append(x.d.Parts, doc.Part{Kind: h.kind, File: s.path, Sheet: s.name, Text: p.b.String()})
		}
	}
	return nil
}
