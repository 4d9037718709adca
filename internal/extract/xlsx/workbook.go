package xlsx

import (
	"encoding/xml"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// sheetInfo is a sheet as the workbook lists it.
type sheetInfo struct {
	name  string
	state string // visible, hidden or veryHidden
	path  string // its member, xl/worksheets/sheet1.xml; empty if unknown
}

// rels reads a relationships member into id -> target, with the targets
// resolved against dir, and returns the target of the first relationship
// whose type ends with typeSuffix.
func rels(a *zipguard.Archive, name, dir, typeSuffix string, lim doc.Limits) (targets map[string]string, first string, err error) {
	targets = map[string]string{}
	rc, err := a.Open(name)
	if err != nil {
		return targets, "", err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return targets, first, nil
		}
		if err != nil {
			return targets, first, err
		}
		se, ok := t.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" || zipguard.Attr(se, "TargetMode") == "External" {
			continue
		}
		target := zipguard.Attr(se, "Target")
		if strings.HasPrefix(target, "/") {
			target = path.Clean(target)[1:]
		} else {
			target = path.Join(dir, target)
		}
		targets[zipguard.Attr(se, "Id")] = target
		if first == "" && typeSuffix != "" && strings.HasSuffix(zipguard.Attr(se, "Type"), typeSuffix) {
			first = target
		}
	}
}

// readWorkbook lists the workbook's sheets in order, with their state and
// member.
func readWorkbook(a *zipguard.Archive, lim doc.Limits) ([]sheetInfo, string, error) {
	book := "xl/workbook.xml"
	if a.Has("_rels/.rels") {
		if _, t, err := rels(a, "_rels/.rels", "", "/officeDocument", lim); err == nil && t != "" {
			book = t
		}
	}
	dir := path.Dir(book)
	var ids map[string]string
	if relsName := docx.RelsOf(book); a.Has(relsName) {
		var err error
		if ids, _, err = rels(a, relsName, dir, "", lim); err != nil {
			return nil, relsName, err
		}
	}
	rc, err := a.Open(book)
	if err != nil {
		return nil, book, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	var sheets []sheetInfo
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return sheets, book, nil
		}
		if err != nil {
			return sheets, book, err
		}
		if se, ok := t.(xml.StartElement); ok && se.Name.Local == "sheet" {
			s := sheetInfo{name: zipguard.Attr(se, "name"), state: zipguard.Attr(se, "state"), path: ids[zipguard.Attr(se, "id")]}
			if s.state == "" {
				s.state = "visible"
			}
			sheets = append(sheets, s)
		}
	}
}

// colRange is a run of columns, 1-based and inclusive.
type colRange struct{ min, max int }

// sheetXML is what this package reads from a worksheet's XML itself, in
// one streaming pass, rather than through excelize, which reads a sheet
// either as formatted values or by loading all of it into memory: the
// hidden columns and rows, the stored values of number cells, and the
// printed headers and footers.
type sheetXML struct {
	cols    []colRange
	rows    map[int]*rowXML // by 1-based row number
	headers []string        // odd, even, first
	footers []string
	links   []string // hyperlinks' locations, display texts and tooltips
	valid   []string // data validation list items, prompts and error messages
	// formulas are the string literals of the sheet's formulas, each
	// formula's as it joins them (formula.Read), and the values of joins
	// of cells that carry no computed value (joins).
	formulas []string
	joins    []pendingJoin
	// phonetic are the phonetic guides (<rPh>) of the sheet's inline
	// strings.
	phonetic []string
	// hiddenCols[c] is set for hidden column c (see colHidden).
	hiddenCols []bool
}

// rowXML is one <row>: whether it is hidden, and its number cells' stored
// values.
type rowXML struct {
	hidden bool
	nums   []numCell
}

type numCell struct {
	col int // 1-based
	v   string
}

// numsOf returns the stored values of row's number cells in order of
// column (the first of two cells that claim one column first).
func (sx *sheetXML) numsOf(row int) []numCell {
	r := sx.rows[row]
	if r == nil {
		return nil
	}
	byCol := func(a, b numCell) int { return a.col - b.col }
	if !slices.IsSortedFunc(r.nums, byCol) {
		slices.SortStableFunc(r.nums, byCol)
	}
	return r.nums
}

// maxCols is the number of columns a worksheet can have (XFD).
const maxCols = 16384

// colHidden reports whether column col is hidden, in constant time: the
// hidden ranges are turned into one flag per column on first use.
func (sx *sheetXML) colHidden(col int) bool {
	if len(sx.cols) == 0 {
		return false
	}
	if sx.hiddenCols == nil {
		// Ranges may overlap and repeat: count openings and closings,
		// then sum, so the cost is the ranges plus the columns.
		open := make([]int, maxCols+2)
		for _, c := range sx.cols {
			if c.min <= maxCols {
				open[c.min]++
				open[min(c.max, maxCols)+1]--
			}
		}
		sx.hiddenCols = make([]bool, maxCols+1)
		n := 0
		for k := 1; k <= maxCols; k++ {
			n += open[k]
			sx.hiddenCols[k] = n > 0
		}
	}
	if col > maxCols {
		return hidden(sx.cols, col)
	}
	return sx.hiddenCols[col]
}

func (sx *sheetXML) hiddenRow(row int) bool {
	r := sx.rows[row]
	return r != nil && r.hidden
}

func truthy(v string) bool { return v == "1" || v == "true" }

// readSheetXML reads the worksheet member name. Rows and cells without an
// r attribute follow the one before, as excelize counts them.
func readSheetXML(a *zipguard.Archive, name string, lim doc.Limits) (*sheetXML, error) {
	sx := &sheetXML{rows: map[int]*rowXML{}}
	if name == "" || !a.Has(name) {
		return sx, nil
	}
	rc, err := a.Open(name)
	if err != nil {
		return sx, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	var (
		row, col int     // current row and cell
		cur      *rowXML // current row
		numeric  bool    // current cell holds a number
		list     bool    // the open data validation offers a list
	)
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return sx, nil
		}
		if err != nil {
			return sx, err
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "is": // an inline string: its phonetic guides, unless they repeat it
			var text, ph strings.Builder
			inPh := 0
			for depth := 1; depth > 0; {
				t, err := dec.Token()
				if err != nil {
					return sx, err
				}
				switch t := t.(type) {
				case xml.StartElement:
					depth++
					if t.Name.Local == "rPh" {
						inPh = depth
					}
				case xml.EndElement:
					if inPh == depth {
						inPh = 0
						ph.WriteByte('\n')
					}
					depth--
				case xml.CharData:
					if inPh > 0 {
						ph.Write(t)
					} else {
						text.Write(t)
					}
				}
			}
			if g := ph.String(); g != "" && !sameText([]byte(g), []byte(text.String())) {
				sx.phonetic = append(sx.phonetic, strings.Split(g, "\n")...)
			}
		case "col":
			if !truthy(zipguard.Attr(se, "hidden")) {
				continue
			}
			lo, err1 := strconv.Atoi(zipguard.Attr(se, "min"))
			hi, err2 := strconv.Atoi(zipguard.Attr(se, "max"))
			if err1 == nil && err2 == nil && lo >= 1 && hi >= lo {
				sx.cols = append(sx.cols, colRange{lo, hi})
			}
		case "row":
			row++
			if n, err := strconv.Atoi(zipguard.Attr(se, "r")); err == nil && n > 0 {
				row = n
			}
			col = 0
			cur = &rowXML{hidden: truthy(zipguard.Attr(se, "hidden"))}
			sx.rows[row] = cur
		case "c":
			col++
			if r := zipguard.Attr(se, "r"); r != "" {
				if c, _, err := excelize.CellNameToCoordinates(r); err == nil {
					col = c
				}
			}
			typ := zipguard.Attr(se, "t")
			numeric = typ == "" || typ == "n"
		case "v":
			if !numeric || cur == nil {
				continue
			}
			v, err := dec.Text()
			if err != nil {
				return sx, err
			}
			if v != "" {
				cur.nums = append(cur.nums, numCell{col, v})
			}
		case "hyperlink":
			for _, k := range []string{"location", "display", "tooltip"} {
				sx.links = append(sx.links, zipguard.Attr(se, k))
			}
		case "dataValidation":
			list = zipguard.Attr(se, "type") == "list"
			for _, k := range []string{"promptTitle", "prompt", "errorTitle", "error"} {
				sx.valid = append(sx.valid, zipguard.Attr(se, k))
			}
		case "formula1":
			if !list {
				continue
			}
			v, err := dec.Text()
			if err != nil {
				return sx, err
			}
			sx.valid = append(sx.valid, listItems(v)...)
		case "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter":
			v, err := dec.Text()
			if err != nil {
				return sx, err
			}
			if strings.HasSuffix(se.Name.Local, "Header") {
				sx.headers = append(sx.headers, v)
			} else {
				sx.footers = append(sx.footers, v)
			}
		}
	}
}

// hidden says whether column col (1-based) is in one of the ranges.
func hidden(cols []colRange, col int) bool {
	for _, c := range cols {
		if c.min <= col && col <= c.max {
			return true
		}
	}
	return false
}
