package xlsx

import (
	"errors"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/formula"
	"github.com/xuri/excelize/v2"
)

// readSheetFast reads sheet s in one pass over its XML with xmlScanner,
// writing each row into w as it is read: the formatted values excelize's
// Rows.Columns would give (see formatter), the stored values of number
// cells, hidden rows and columns, and what sheetXML keeps for after the
// rows. It returns errNotPlain, having written nothing, for a sheet (or
// shared string table) whose XML it leaves to encoding/xml, and for cells
// of kinds it leaves to excelize (ISO dates, t="d").
//
// Rows are numbered and cells placed as excelize does, quirks included,
// so that both readers give the same text (FuzzSheetReaders): a row
// without r follows the one before; a row whose number is not after the
// current one adds its cells to the current one; a cell without r takes
// the next column, and a cell whose column is not after the last one is
// added at the end of the row.
func (x *extractor) readSheetFast(s sheetInfo, w *rowWriter) (*sheetXML, error) {
	if s.path == "" || !x.a.Has(s.path) {
		return nil, errNotPlain
	}
	sst, err := x.sharedStrings()
	if err != nil {
		return nil, err
	}
	rc, err := x.a.Open(s.path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	sc, err := newXMLScanner(rc, x.lim.MaxXMLDepth)
	if err != nil {
		return nil, err
	}
	if x.fm == nil {
		x.fm = newFormatter(x.f)
	}
	fm := x.fm
	sx := &sheetXML{}
	w.sx = sx
	var (
		inData    bool
		list      bool // the open data validation offers a list
		row       int  // the row being gathered, 0 before the first
		rowHidden bool
		rowN      int // the number of the last <row> element
		cellCol   int
		shown     []string
		nums      []numCell
		rows      int
		cells     int
		held      int // bytes of the row's values, held until its end
		buf       []byte
	)
	flush := func() error {
		err := w.rowNums(row, rowHidden, shown, nums)
		shown, nums, held = shown[:0], nums[:0], 0
		return err
	}
	for {
		if err := sc.next(); err != nil {
			return sx, err
		}
		switch sc.kind {
		case tokEOF:
			return sx, flush()
		case tokEnd:
			if string(sc.local) == "sheetData" && inData {
				inData = false
				if err := flush(); err != nil {
					return sx, err
				}
			}
			continue
		case tokText:
			continue
		}
		switch string(sc.local) {
		case "sheetData":
			inData = !sc.self
		case "row":
			if !inData {
				continue
			}
			n := 0
			if r, ok := sc.attr("r"); ok {
				if n, err = strconv.Atoi(string(r)); err != nil {
					return sx, errBadRow
				}
			}
			if n > excelize.TotalRows {
				return sx, excelize.ErrMaxRows
			}
			if n == 0 {
				n = rowN + 1
			}
			rowN = n
			if n > row {
				if err := flush(); err != nil {
					return sx, err
				}
				if rows++; rows%256 == 0 && time.Now().After(x.deadline) {
					return sx, errTimeout
				}
				row, cellCol = n, 0
				h, _ := sc.attr("hidden")
				rowHidden = truthy(string(h))
			}
		case "c":
			if !inData {
				continue
			}
			cellCol++
			// A row is held until it ends: its values count against
			// the text limit as they come (a rune is at most four
			// bytes), and a row of a million cells meets the deadline.
			if cells++; cells%4096 == 0 && time.Now().After(x.deadline) {
				return sx, errTimeout
			}
			var style int
			var typ string // kept past the next token, so a copy
			for _, a := range sc.attrs {
				switch string(a.local) {
				case "r":
					if len(a.val) == 0 {
						continue
					}
					c, ok := colOf(a.val)
					if !ok {
						return sx, errBadRef
					}
					cellCol = c
				case "s":
					// excelize drops the value of a cell whose style is
					// not a number; here it is shown as stored.
					if v, err := strconv.ParseInt(string(a.val), 10, 64); err == nil {
						style = int(v)
					}
				case "t":
					typ = string(a.val)
				}
			}
			var (
				v, is, f    []byte
				hasF, hasIS bool
				join        []formula.Term
			)
			if !sc.self {
				target := sc.depth() - 1
				for sc.depth() > target {
					if err := sc.next(); err != nil {
						return sx, err
					}
					if sc.kind != tokStart {
						continue
					}
					switch string(sc.local) {
					case "v":
						if v, err = sc.appendText(v[:0]); err != nil {
							return sx, err
						}
					case "f":
						hasF = true
						if f, err = sc.appendText(f[:0]); err != nil {
							return sx, err
						}
						// The strings a formula joins (CONCATENATE("110101",
						// "199003…")) are what a spreadsheet program shows
						// when it computes the cell, which a file without
						// cached values leaves to it.
						// A formula filled down repeats from cell to cell: a
						// run of the same is kept once here, any repeat by
						// lines.
						lits, terms, pure := formula.Read(string(f))
						for lit := range strings.SplitSeq(lits, "\n") {
							if lit != "" && (len(sx.formulas) == 0 || sx.formulas[len(sx.formulas)-1] != lit) {
								sx.formulas = append(sx.formulas, lit)
							}
						}
						if pure && len(sx.joins) < maxJoins {
							join = terms
						}
					case "is":
						hasIS = true
						var ph []byte
						if is, err = readSI(sc, is[:0], &ph); err != nil {
							return sx, err
						}
						if len(ph) > 0 && !sameText(ph, is) {
							sx.phonetic = append(sx.phonetic, strings.Split(bstrUnmarshal(string(ph)), "\n")...)
						}
					}
				}
			}
			if join != nil && (len(v) == 0 || string(v) == "0") {
				// A join of cells with no value computed (openpyxl
				// writes none, xlsxwriter a 0): what a spreadsheet
				// program shows is worked out when the sheet is read.
				ref, _ := excelize.CoordinatesToCellName(cellCol, row)
				sx.joins = append(sx.joins, pendingJoin{ref: ref, terms: join})
			}
			var val, stored string // stored: v as a string, made once
			keep := true
			switch typ {
			case "b":
				switch string(v) {
				case "1":
					val = "TRUE"
				case "0":
					val = "FALSE"
				default:
					val = fm.text(style, string(v))
				}
			case "d":
				return sx, errNotPlain
			case "s":
				if len(v) == 0 {
					val = fm.text(style, "")
					break
				}
				i, _ := strconv.Atoi(strings.TrimSpace(string(v)))
				if i < 0 || i >= len(sst) {
					keep = false
					break
				}
				val = fm.text(style, sst[i])
			case "str":
				val = string(v)
			case "inlineStr":
				if hasIS {
					val = fm.text(style, bstrUnmarshal(string(is)))
				} else {
					val = fm.text(style, string(v))
				}
			default:
				stored = string(v)
				val = fm.number(style, stored)
			}
			if (typ == "" || typ == "n") && len(v) > 0 {
				if stored == "" {
					stored = string(v)
				}
				nums = append(nums, numCell{cellCol, stored})
				held += len(v)
			}
			if !(keep && val != "") && !hasF {
				continue
			}
			if !keep {
				val = ""
			}
			if blank := cellCol - len(shown); blank > 1 {
				for range blank - 1 {
					shown = append(shown, "")
				}
			}
			shown = append(shown, val)
			if held += len(val) + 1; held > 4*x.left+4 {
				return sx, errTooMuchText
			}
		case "col":
			if h, _ := sc.attr("hidden"); !truthy(string(h)) {
				continue
			}
			lo, err1 := attrInt(sc, "min")
			hi, err2 := attrInt(sc, "max")
			if err1 == nil && err2 == nil && lo >= 1 && hi >= lo {
				sx.cols = append(sx.cols, colRange{lo, hi})
			}
		case "hyperlink":
			for _, k := range []string{"location", "display", "tooltip"} {
				v, err := sc.attrString(k)
				if err != nil {
					return sx, err
				}
				sx.links = append(sx.links, v)
			}
		case "dataValidation":
			t, _ := sc.attr("type")
			list = string(t) == "list"
			for _, k := range []string{"promptTitle", "prompt", "errorTitle", "error"} {
				v, err := sc.attrString(k)
				if err != nil {
					return sx, err
				}
				sx.valid = append(sx.valid, v)
			}
		case "formula1":
			if !list {
				continue
			}
			if buf, err = sc.appendText(buf[:0]); err != nil {
				return sx, err
			}
			sx.valid = append(sx.valid, listItems(string(buf))...)
		case "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter":
			header := strings.HasSuffix(string(sc.local), "Header")
			if buf, err = sc.appendText(buf[:0]); err != nil {
				return sx, err
			}
			if header {
				sx.headers = append(sx.headers, string(buf))
			} else {
				sx.footers = append(sx.footers, string(buf))
			}
		}
	}
}

var (
	errBadRow = errors.New("xlsx: row number is not a number")
	errBadRef = errors.New("xlsx: cell reference is not valid")
)

func attrInt(sc *xmlScanner, name string) (int, error) {
	v, _ := sc.attrString(name)
	return strconv.Atoi(v)
}

// colOf is the 1-based column of a cell reference (B7, $B$7, b7), as
// excelize.CellNameToCoordinates reads it.
func colOf(ref []byte) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i]
		switch {
		case c >= 'A' && c <= 'Z':
			col = col*26 + int(c-'A') + 1
		default:
			goto slow
		}
		if col > excelize.MaxColumns {
			return 0, false
		}
	}
slow:
	// The plain form, letters then a row number without a leading zero,
	// is read here; any other is left to excelize.
	if i > 0 && i < len(ref) && ref[i] >= '1' && ref[i] <= '9' && len(ref)-i <= 7 {
		n := 0
		for _, c := range ref[i:] {
			if c < '0' || c > '9' {
				n = -1
				break
			}
			n = n*10 + int(c-'0')
		}
		if n > 0 && n <= excelize.TotalRows {
			return col, true
		}
	}
	c, _, err := excelize.CellNameToCoordinates(string(ref))
	return c, err == nil
}

// readSI appends the text of a rich or plain string (<si>, <is>) whose
// start tag was the last token: its own <t> and then the <t> of its runs
// (<r>), as excelize's xlsxSI.String joins them; the text of its phonetic
// runs (<rPh>), which a cell shows above its text when asked (ph="1"),
// is appended to *ph, a line each. The text is not yet unescaped from
// _xHHHH_.
func readSI(sc *xmlScanner, dst []byte, ph *[]byte) ([]byte, error) {
	if sc.self {
		return dst, nil
	}
	var runs []byte
	base := sc.depth()
	for {
		if err := sc.next(); err != nil {
			return dst, err
		}
		switch sc.kind {
		case tokEnd:
			if sc.depth() < base {
				return append(dst, runs...), nil
			}
		case tokStart:
			var err error
			switch {
			case string(sc.local) == "t" && sc.depth() == base+1:
				dst, err = sc.appendText(dst)
			case string(sc.local) == "rPh" && sc.depth() == base+1:
				*ph, err = childText(sc, *ph)
				*ph = append(*ph, '\n')
			case string(sc.local) == "r" && sc.depth() == base+1:
				runs, err = childText(sc, runs)
			default:
				err = sc.skip()
			}
			if err != nil {
				return dst, err
			}
		}
	}
}

// childText appends to dst the text of the <t> children of the element
// whose start tag was the last token (a run, a phonetic run), reading to
// its end.
func childText(sc *xmlScanner, dst []byte) ([]byte, error) {
	rb := sc.depth()
	for {
		if err := sc.next(); err != nil {
			return dst, err
		}
		if sc.kind == tokEnd && sc.depth() < rb {
			return dst, nil
		}
		var err error
		if sc.kind == tokStart && string(sc.local) == "t" && sc.depth() == rb+1 {
			dst, err = sc.appendText(dst)
		} else if sc.kind == tokStart {
			err = sc.skip()
		}
		if err != nil {
			return dst, err
		}
	}
}

// sameText reports whether phonetic guides, a line each, are the text
// they guide, compared without spacing.
func sameText(guides, text []byte) bool {
	return strings.Join(strings.Fields(string(guides)), "") == strings.Join(strings.Fields(string(text)), "")
}

// sharedStrings reads the workbook's shared string table once: the member
// the workbook's relationships name, else xl/sharedStrings.xml.
func (x *extractor) sharedStrings() ([]string, error) {
	if x.sstRead {
		return x.sst, x.sstErr
	}
	x.sstRead = true
	name := "xl/sharedStrings.xml"
	dir := path.Dir(x.book)
	if rn := docx.RelsOf(x.book); x.a.Has(rn) {
		if _, t, err := rels(x.a, rn, dir, "/sharedStrings", x.lim); err == nil && t != "" {
			name = t
		}
	}
	if !x.a.Has(name) {
		return nil, nil
	}
	rc, err := x.a.Open(name)
	if err != nil {
		x.sstErr = err
		return nil, err
	}
	defer rc.Close()
	var ph []byte
	x.sst, ph, x.sstErr = readSST(rc, x.lim.MaxXMLDepth, max(4*x.lim.MaxTextRunes, 64<<10))
	if len(ph) > 0 {
		x.phonetic = strings.Split(bstrUnmarshal(string(ph)), "\n")
		x.sstName = name
	}
	return x.sst, x.sstErr
}

// readSST reads the strings of a shared string table, in order, in at
// most budget bytes (a string costs its bytes and 16): a table of 50
// million empty strings is 256 MB of XML, within the limit of what may be
// inflated, and would take 800 MB to hold.
func readSST(r io.Reader, maxDepth, budget int) (sst []string, ph []byte, err error) {
	sc, err := newXMLScanner(r, maxDepth)
	if err != nil {
		return nil, nil, err
	}
	var (
		out []string
		buf []byte
	)
	for {
		if err := sc.next(); err != nil {
			return out, ph, err
		}
		if sc.kind == tokEOF {
			return out, ph, nil
		}
		if sc.kind == tokStart && string(sc.local) == "si" {
			n := len(ph)
			if buf, err = readSI(sc, buf[:0], &ph); err != nil {
				return out, ph, err
			}
			if sameText(ph[n:], buf) {
				ph = ph[:n] // a guide that repeats its text adds nothing
			}
			if budget -= len(buf) + 16 + len(ph) - n; budget < 0 {
				return out, ph, errTooMuchText
			}
			out = append(out, bstrUnmarshal(string(buf)))
		}
	}
}

// bstrUnmarshal is excelize's reading of the _xHHHH_ escapes of a string
// (a character XML cannot hold, _x005F_ an underscore); an escape of a
// surrogate is dropped.
func bstrUnmarshal(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' && isHex4(s[i+2:i+6]) {
			n, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
			if n == 0x5f {
				b.WriteByte('_')
			} else if r := rune(n); utf8.ValidRune(r) {
				b.WriteRune(r)
			}
			i += 7
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isHex4(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// rowWriter writes rows of shown values into a sheet's part, a line per
// row, and notes the first cell with text in a hidden row, the first in a
// hidden column (of a row not hidden), and the cells that hold an ID
// number stored as a number.
type rowWriter struct {
	x              *extractor
	p              *part
	sx             *sheetXML
	ids            []candidate
	firstHiddenRow *candidate
	firstHiddenCol *candidate
	refs           []byte // the references of the row's cells, one string per row
	refAt          []int  // where each cell's reference ends in refs
	raw            []string
}

// rowNums writes one row from its shown values and the stored values of
// its number cells (by column): a number that shows nothing still has its
// column, even at the end of the row or alone in it.
func (w *rowWriter) rowNums(row int, hidden bool, shown []string, nums []numCell) error {
	if len(shown) == 0 && len(nums) == 0 {
		return nil
	}
	byCol := func(a, b numCell) int { return a.col - b.col }
	if !slices.IsSortedFunc(nums, byCol) {
		slices.SortStableFunc(nums, byCol)
	}
	width := len(shown)
	if n := len(nums); n > 0 && nums[n-1].col > width && nums[n-1].col <= maxCols {
		width = nums[n-1].col
	}
	for len(shown) < width {
		shown = append(shown, "")
	}
	raw := w.raw[:0]
	next := 0
	for col := 1; col <= width; col++ {
		for next < len(nums) && nums[next].col < col {
			next++
		}
		r := ""
		if next < len(nums) && nums[next].col == col {
			r = nums[next].v
		}
		raw = append(raw, r)
	}
	w.raw = raw
	return w.row(row, hidden, shown, raw)
}

// row writes one row: shown are its cells' values by column from 1, raw
// the stored value of each that is a number cell ("" for the others).
// Empty cells leave their tab, so that adjacent values are never glued.
func (w *rowWriter) row(row int, hidden bool, shown, raw []string) error {
	p := w.p
	first := len(p.cells)
	w.refs, w.refAt = w.refs[:0], w.refAt[:0]
	defer w.setRefs(first)
	tabs := 0 // owed before the next value
	for col := 1; col <= len(shown); col++ {
		if col > 1 {
			tabs++
		}
		v, r := shown[col-1], raw[col-1]
		text := v
		if text == "" {
			text = r // a format such as ;;; shows nothing of a number that is there
		} else if r != v && len(r) >= minHiddenDigits && isDigits(r) && !showsDigits(v, r) {
			// The file keeps digits the format hides: a mobile stored
			// as a number and shown as 1.35E+10, an ID's 18 digits
			// written by a program.
			text = v + " " + r
		}
		if text == "" {
			continue
		}
		if err := p.tabs(tabs); err != nil {
			return err
		}
		tabs = 0
		w.refs = appendRef(w.refs, col, row)
		w.refAt = append(w.refAt, len(w.refs))
		if _, err := p.cell("", text); err != nil {
			return err
		}
		if strings.TrimSpace(text) != "" {
			switch {
			case hidden && w.firstHiddenRow == nil:
				w.firstHiddenRow = &candidate{len(p.cells) - 1, p.line}
			case !hidden && w.firstHiddenCol == nil && w.sx.colHidden(col):
				w.firstHiddenCol = &candidate{len(p.cells) - 1, p.line}
			}
		}
		if r != "" && looksLikeIDNumber(r) {
			w.ids = append(w.ids, candidate{len(p.cells) - 1, p.line})
		}
	}
	return p.write("\n")
}

// showsDigits reports whether shown text v shows all the digits of the
// stored integer r, in groups or with decimals (13,512,344,300.00): then
// nothing is hidden and r is not added.
func showsDigits(v, r string) bool {
	k := 0
	for i := 0; i < len(v) && v[i] != '.'; i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			if k >= len(r) || r[k] != c {
				return false
			}
			k++
		case c == ',' || c == ' ' || c == '-' || c == '(' || c == ')' || c == '+' || c >= 0x80:
		default:
			return false
		}
	}
	return k == len(r)
}

// minHiddenDigits is the shortest stored integer whose digits a cell's text
// gets beside a shown value that hides them: a mobile's eleven.
const minHiddenDigits = 11

// setRefs gives the cells of the row from first their references, all
// slices of one string.
func (w *rowWriter) setRefs(first int) {
	all := string(w.refs)
	start := 0
	for k, end := range w.refAt {
		if first+k < len(w.p.cells) {
			w.p.cells[first+k].Ref = all[start:end]
		}
		start = end
	}
}

// appendRef appends the A1 reference of a cell.
func appendRef(dst []byte, col, row int) []byte {
	var letters [4]byte
	n := len(letters)
	for col > 0 {
		n--
		letters[n] = byte('A' + (col-1)%26)
		col = (col - 1) / 26
	}
	dst = append(dst, letters[n:]...)
	return strconv.AppendInt(dst, int64(row), 10)
}

// readSheetSlow reads sheet s through excelize's row iterator and
// readSheetXML, the reader of the XML the fast one leaves to
// encoding/xml.
func (x *extractor) readSheetSlow(s sheetInfo, w *rowWriter) (*sheetXML, bool, error) {
	type sheetRead struct {
		sx  *sheetXML
		err error
	}
	sxc := make(chan sheetRead, 1)
	go func() {
		sx, err := readSheetXML(x.a, s.path, x.lim)
		sxc <- sheetRead{sx, err}
	}()
	type shownRow struct {
		row   int
		shown []string
	}
	var rows []shownRow
	// Rows are kept until the stored values are known, up to what the
	// text limit lets through (a rune is at most four bytes).
	budget, used := 4*x.left+1, 0
	rerr := x.rows(s.name, func(row int, shown []string) error {
		for _, v := range shown {
			used += len(v)
		}
		if used > budget {
			return errTooMuchText
		}
		rows = append(rows, shownRow{row, shown})
		return nil
	})
	sr := <-sxc
	if sr.err != nil {
		return nil, false, sr.err
	}
	sx := sr.sx
	w.sx = sx
	// Rows whose numbers all show nothing are not among excelize's.
	shownOf := map[int][]string{}
	var order []int
	for _, r := range rows {
		if _, ok := shownOf[r.row]; !ok {
			order = append(order, r.row)
		}
		shownOf[r.row] = r.shown
	}
	for n, r := range sx.rows {
		if _, ok := shownOf[n]; !ok && len(r.nums) > 0 {
			order = append(order, n)
			shownOf[n] = nil
		}
	}
	slices.Sort(order)
	for _, n := range order {
		if err := w.rowNums(n, sx.hiddenRow(n), shownOf[n], sx.numsOf(n)); err != nil {
			return sx, true, err
		}
	}
	return sx, true, rerr
}

// keepsPart says whether the rows the fast reader read before err are
// kept as the sheet's part, as the slow reader keeps them: after a limit
// or a row or cell excelize refuses, but not when the sheet's XML itself
// is broken, which is reported and not read at all.
func keepsPart(err error) bool {
	return err == nil || errors.Is(err, errTooMuchText) || errors.Is(err, errTimeout) ||
		errors.Is(err, errBadRow) || errors.Is(err, errBadRef) || errors.Is(err, excelize.ErrMaxRows)
}
