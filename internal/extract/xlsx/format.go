package xlsx

import (
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// formatter turns a cell's stored value into the text excelize's
// Rows.Columns shows for it (what Excel shows), without excelize's cost
// per cell for the cells that need no formatting: unstyled cells, text,
// and numbers in the General format are worked out here, by the same rules
// as excelize (numbers in General keep 11 significant digits, and so on;
// TestReadersAgree holds the two together). A number in
// any other format (dates, amounts, percentages) is formatted by
// excelize itself, in a scratch cell of the workbook with the cell's
// style, and remembered, since such values repeat down a column, but for
// the built-in amounts (fixedFormats); a text is formatted once per style
// (see template).
type formatter struct {
	f       *excelize.File
	numFmt  []int          // numFmtId of each cell style
	general []bool         // numbers of the style are shown as General
	fixed   []int8         // numbers of the style are shown in fixedFormats[n-1]; 0 for none
	tmpl    map[int]string // by style: how a text is shown, see template
	scratch string
	memo    map[fmtKey]string
	broken  bool // the scratch sheet could not be made; values shown as stored
}

type fmtKey struct {
	style int
	text  bool
	v     string
}

// maxMemo bounds the formatted values remembered.
const maxMemo = 1 << 16

func newFormatter(f *excelize.File) *formatter {
	fm := &formatter{f: f}
	if f == nil || f.Styles == nil || f.Styles.CellXfs == nil {
		return fm
	}
	custom := map[int]bool{}
	if f.Styles.NumFmts != nil {
		for _, n := range f.Styles.NumFmts.NumFmt {
			custom[n.NumFmtID] = true
		}
	}
	for _, xf := range f.Styles.CellXfs.Xf {
		id := 0
		if xf.NumFmtID != nil {
			id = *xf.NumFmtID
		}
		fm.numFmt = append(fm.numFmt, id)
		fm.general = append(fm.general, id == 0 && !custom[0])
		fx := int8(0)
		if id >= 1 && id <= len(fixedFormats) && !custom[id] {
			fx = int8(id)
		}
		fm.fixed = append(fm.fixed, fx)
	}
	return fm
}

// number is the shown text of a number cell of style s whose stored
// value is v.
func (fm *formatter) number(s int, v string) string {
	v = cellDefault(v)
	if s == 0 || s < 0 || s >= len(fm.numFmt) {
		return v
	}
	isNum, prec := isNumeric(v)
	if !isNum {
		return fm.text(s, v)
	}
	if fm.general[s] {
		if prec > 11 {
			n, _ := strconv.ParseFloat(v, 64)
			return strconv.FormatFloat(n, 'G', 10, 64)
		}
		return v
	}
	if fx := fm.fixed[s]; fx > 0 {
		if r, ok := fixedNumber(v, fixedFormats[fx-1]); ok {
			return r
		}
	}
	return fm.excelize(s, v, false)
}

// fixedFormat is a built-in number format of a number of decimals, with
// or without thousands separators.
type fixedFormat struct {
	decimals int
	comma    bool
}

// fixedFormats are the built-in formats 1 to 4: 0, 0.00, #,##0 and
// #,##0.00, the amounts of most ledgers, worked out here as excelize
// shows them (TestFixedFormatsAgree), since excelize's formatter costs
// some 15 µs a value and amounts seldom repeat.
var fixedFormats = []fixedFormat{{0, false}, {2, false}, {0, true}, {2, true}}

// fixedNumber formats v in f, rounding half away from zero; ok is false
// for what is left to excelize (not a number, 10^15 or more, -0).
func fixedNumber(v string, f fixedFormat) (string, bool) {
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(n) || math.Abs(n) >= 1e15 || n == 0 && math.Signbit(n) {
		return "", false
	}
	p := math.Pow(10, float64(f.decimals))
	digits := strconv.FormatFloat(math.Abs(math.Round(n*p)/p), 'f', f.decimals, 64)
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
	}
	whole, frac, _ := strings.Cut(digits, ".")
	for i := 0; i < len(whole); i++ {
		if f.comma && i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(whole[i])
	}
	if f.decimals > 0 {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String(), true
}

// text is the shown text of a text value (a string, a boolean, an
// error) in style s.
func (fm *formatter) text(s int, v string) string {
	if s == 0 || s < 0 || s >= len(fm.numFmt) {
		return v
	}
	t := fm.template(s)
	if t == marker {
		return v
	}
	return strings.ReplaceAll(t, marker, v)
}

// marker stands for the text in a style's template: a character of the
// private use area, which no format writes.
const marker = "\ue000"

// template is how style s shows the text marker. excelize shows a text
// as the literals and placeholders of the format's text section (the
// value for each @), or as it is when there is none; the section does not
// depend on the text, so one call gives the shape of every text.
func (fm *formatter) template(s int) string {
	if t, ok := fm.tmpl[s]; ok {
		return t
	}
	if fm.tmpl == nil {
		fm.tmpl = map[int]string{}
	}
	t := fm.excelize(s, marker, true)
	fm.tmpl[s] = t
	return t
}

// excelize formats v in style s in the scratch cell.
func (fm *formatter) excelize(s int, v string, text bool) string {
	k := fmtKey{s, text, v}
	if r, ok := fm.memo[k]; ok {
		return r
	}
	if fm.broken {
		return v
	}
	if fm.scratch == "" {
		name := "mishen-scratch"
		for i := 0; ; i++ {
			if idx, _ := fm.f.GetSheetIndex(name); idx < 0 {
				break
			}
			name = "mishen-scratch" + strconv.Itoa(i)
		}
		if _, err := fm.f.NewSheet(name); err != nil {
			fm.broken = true
			return v
		}
		fm.scratch = name
	}
	var err error
	if text {
		err = fm.f.SetCellStr(fm.scratch, "A1", v)
	} else {
		err = fm.f.SetCellDefault(fm.scratch, "A1", v)
	}
	if err == nil {
		err = fm.f.SetCellStyle(fm.scratch, "A1", "A1", s)
	}
	r := v
	if err == nil {
		if got, err := fm.f.GetCellValue(fm.scratch, "A1"); err == nil {
			r = got
		}
	}
	if len(fm.memo) >= maxMemo {
		clear(fm.memo)
	}
	if fm.memo == nil {
		fm.memo = map[fmtKey]string{}
	}
	fm.memo[k] = r
	return r
}

// isNumeric is excelize's test of a number: whether s parses as one, and
// its number of digits (and sign) as written without an exponent.
func isNumeric(s string) (bool, int) {
	if n, ok := plainNumber(s); ok {
		return true, n
	}
	if strings.Contains(s, "_") {
		return false, 0
	}
	flt, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return false, 0
	}
	plain := strconv.FormatFloat(flt, 'f', -1, 64)
	return true, len(plain) - strings.Count(plain, ".")
}

// cellDefault is excelize's reading of a number cell's stored value: to
// at most 15 significant digits, without an exponent.
func cellDefault(v string) string {
	if _, ok := plainNumber(v); ok {
		return v
	}
	if strings.Contains(v, "_") {
		return v
	}
	flt, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	plain := strconv.FormatFloat(flt, 'f', -1, 64)
	if len(plain)-strings.Count(plain, ".") > 15 && !isNumWithinPrecision(v) {
		return strconv.FormatFloat(flt, 'G', 15, 64)
	}
	return plain
}

// isNumWithinPrecision is excelize's: an integer zero-filled after the
// 15th significant digit.
func isNumWithinPrecision(s string) bool {
	if strings.ContainsAny(s, ".Ee") {
		return false
	}
	s = strings.TrimLeft(s, "+-0")
	return len(strings.TrimRight(s, "0")) <= 15
}

// plainNumber says whether s is a non-negative decimal of at most 15
// digits written as strconv.FormatFloat(v, 'f', -1, 64) writes it (no
// leading zero, no trailing zero after a point, no exponent): such a value
// reads back as itself, so the parse and format excelize does for each
// number cell can be skipped. n is its number of digits.
func plainNumber(s string) (n int, ok bool) {
	if s == "" || len(s) > 16 {
		return 0, false
	}
	dot := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n++
		case c == '.' && dot < 0:
			dot = i
		default:
			return 0, false
		}
	}
	switch {
	case n == 0 || n > 15:
		return 0, false
	case dot == 0 || dot == len(s)-1:
		return 0, false
	case s[0] == '0' && len(s) > 1 && dot != 1:
		return 0, false // 007, 00.5
	case dot > 0 && s[len(s)-1] == '0':
		return 0, false // 1.50
	}
	return n, true
}
