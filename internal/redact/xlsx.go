package redact

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/doc"
)

// In SpreadsheetML names are written with or without a prefix (x:si):
// the rules list both.
var xlsxRules = xmlRules{
	paras: set("si", "x:si", "is", "x:is", "a:p"),
	texts: set("t", "x:t", "a:t", "c:v", "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"),
	seps:  set("a:br"),
	skips: set("rPh", "x:rPh"),
	// Each string is a cell's, or a formula's, or a header's.
	allCells: true,
}

// cleanXLSX cleans a workbook: shared and inline strings masked in their
// runs, numbers that are personal values turned into masked text, hidden
// sheets removed, hidden rows and columns emptied, comments removed.
func cleanXLSX(m *masker, data []byte, lim doc.Limits) ([]byte, []string, error) {
	p, err := openPkg(data, lim, m)
	if err != nil {
		return nil, nil, err
	}
	p.sheets = p.sheetNames()
	if err := p.hiddenSheets(); err != nil {
		return nil, nil, err
	}
	// Comments, threaded comments and their authors; the VML boxes of
	// notes go with them.
	comments := 0
	for _, n := range p.match("xl/", ".xml") {
		c := canon(n)
		switch {
		case strings.HasPrefix(c, "xl/comments"):
			comments += countElements(p.get(n), "comment", p.lim.MaxXMLDepth) + countElements(p.get(n), "x:comment", p.lim.MaxXMLDepth)
			p.remove(n)
		case strings.HasPrefix(c, "xl/threadedcomments/"), strings.HasPrefix(c, "xl/persons/"):
			p.remove(n)
		}
	}
	p.count("删除批注", comments)
	// A shared workbook's revision log keeps what was deleted.
	revs := 0
	for _, n := range p.match("xl/revisions/", "") {
		p.remove(n)
		revs++
	}
	p.count("删除共享工作簿的修订记录", min(revs, 1))
	if err := p.pivotCaches(); err != nil {
		return nil, nil, err
	}
	for _, n := range p.match("xl/drawings/", ".vml") {
		if bytes.Contains(p.get(n), []byte(`ObjectType="Note"`)) {
			p.remove(n)
		}
	}
	for _, name := range p.match("xl/", ".xml") {
		c := canon(name)
		if strings.HasPrefix(c, "xl/worksheets/") && !strings.Contains(c, "/_rels/") {
			if err := p.cleanSheet(name); err != nil {
				return nil, nil, err
			}
			continue
		}
		switch {
		case c == "xl/sharedstrings.xml", strings.HasPrefix(c, "xl/drawings/"), strings.HasPrefix(c, "xl/charts/"), strings.HasPrefix(c, "xl/diagrams/"):
			if err := p.cleanXML(name, &xlsxRules); err != nil {
				return nil, nil, err
			}
		}
	}
	if err := p.unusedStrings(); err != nil {
		return nil, nil, err
	}
	if err := p.cleanProps(); err != nil {
		return nil, nil, err
	}
	out, err := p.finish()
	return out, p.removed(), err
}

// unusedStrings empties the shared strings no cell uses any more (those
// of removed sheets, hidden rows and columns), keeping their places so
// that every other cell's index still holds.
func (p *pkg) unusedStrings() error {
	used := map[int]bool{}
	where := map[int][]string{} // index -> the cells that show it
	for _, name := range p.match("xl/worksheets/", ".xml") {
		toks, err := tokens(p.get(name), p.lim.MaxXMLDepth)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		for i, t := range toks {
			if _, ok := t.tok.(xml.StartElement); !ok || local(t.name) != "c" {
				continue
			}
			if typ, _ := attr(t.tok, "t"); typ != "s" {
				continue
			}
			j := end(toks, i)
			for k := i + 1; k < j; k++ {
				if cd, ok := toks[k].tok.(xml.CharData); ok {
					if n, err := strconv.Atoi(strings.TrimSpace(string(cd))); err == nil {
						used[n] = true
						ref, _ := attr(t.tok, "r")
						where[n] = append(where[n], p.label(name)+"单元格 "+ref)
					}
				}
			}
		}
	}
	emptied := 0
	err := p.edit("xl/sharedStrings.xml", func(toks []token, s *splicer) {
		idx := 0
		for i, t := range toks {
			if _, ok := t.tok.(xml.StartElement); !ok || local(t.name) != "si" {
				continue
			}
			j := end(toks, i)
			if !used[idx] && !toks[j].selfEnd && toks[j].from > t.to {
				pre := strings.TrimSuffix(t.name, "si")
				s.add(t.to, toks[j].from, []byte("<"+pre+"t/>"))
				emptied++
			}
			idx++
		}
	})
	p.count("清空不再使用的共享字符串", emptied)
	// A change in a shared string is shown by the cells that use it.
	for i, c := range p.m.changes {
		var n int
		if canon(c.Part) != "xl/sharedstrings.xml" {
			continue
		}
		if _, err := fmt.Sscanf(c.Where, "共享字符串第 %d 项", &n); err != nil {
			continue
		}
		switch cs := where[n-1]; {
		case len(cs) == 0:
			p.m.changes[i].Where = "隐藏的行、列或工作表中（已删除）"
		case len(cs) == 1:
			p.m.changes[i].Where = cs[0]
		default:
			p.m.changes[i].Where = fmt.Sprintf("%s 等 %d 个单元格", cs[0], len(cs))
		}
	}
	return err
}

// sheetNames maps each worksheet member to its sheet's name.
func (p *pkg) sheetNames() map[string]string {
	out := map[string]string{}
	wb := "xl/workbook.xml"
	toks, err := tokens(p.get(wb), p.lim.MaxXMLDepth)
	if err != nil {
		return out
	}
	rels := p.rels(wb)
	for _, t := range toks {
		if _, ok := t.tok.(xml.StartElement); !ok || local(t.name) != "sheet" {
			continue
		}
		id, _ := attr(t.tok, "r:id")
		name, _ := attr(t.tok, "name")
		if tg, ok := rels[id]; ok {
			out[tg] = name
		}
	}
	return out
}

// pivotCaches masks the copy of their source cells that pivot caches
// keep as attributes (<s v="13912345678"/>).
func (p *pkg) pivotCaches() error {
	p.m.where = func(int) string { return "数据透视表缓存" }
	for _, n := range p.match("xl/pivotcache/", ".xml") {
		if err := p.edit(n, func(toks []token, s *splicer) {
			for _, t := range toks {
				if _, ok := t.tok.(xml.StartElement); !ok || local(t.name) != "s" && local(t.name) != "n" {
					continue
				}
				v, _ := attr(t.tok, "v")
				if e := p.m.cell(v, n); len(e) > 0 && v != "" {
					var b bytes.Buffer
					xml.EscapeText(&b, []byte(apply(v, e)))
					s.add(t.from, t.to, setAttr(p.data[canon(n)][t.from:t.to], "v", b.String()))
				}
			}
		}); err != nil {
			return err
		}
	}
	return nil
}

// hiddenSheets removes hidden and very hidden sheets with their parts,
// the names local to them, and the calculation chain that lists their
// cells.
func (p *pkg) hiddenSheets() error {
	wb := "xl/workbook.xml"
	toks, err := tokens(p.get(wb), p.lim.MaxXMLDepth)
	if err != nil {
		return fmt.Errorf("%s: %v", wb, err)
	}
	rels := p.rels(wb)
	var gone []int
	var names []string
	idx := 0
	s := &splicer{data: p.get(wb)}
	for i, t := range toks {
		if _, ok := t.tok.(xml.StartElement); !ok || local(t.name) != "sheet" {
			continue
		}
		state, _ := attr(t.tok, "state")
		if state == "hidden" || state == "veryHidden" {
			id, _ := attr(t.tok, "r:id")
			if tg, ok := rels[id]; ok {
				p.remove(tg)
			}
			name, _ := attr(t.tok, "name")
			names = append(names, name)
			gone = append(gone, idx)
			s.drop(t.from, toks[end(toks, i)].to)
		}
		idx++
	}
	if len(gone) == 0 {
		return nil
	}
	left := idx - len(gone)
	if left == 0 {
		return &Refusal{Rule: "redact.residue", Reason: "工作簿的所有工作表都是隐藏的，删除后不剩内容，不生成脱敏稿；请人工处理"}
	}
	for i, t := range toks {
		if _, ok := t.tok.(xml.StartElement); !ok {
			continue
		}
		switch local(t.name) {
		case "definedName":
			j := end(toks, i)
			var body strings.Builder
			for k := i + 1; k < j; k++ {
				if cd, ok := toks[k].tok.(xml.CharData); ok {
					body.Write(cd)
				}
			}
			if v, ok := attr(t.tok, "localSheetId"); ok {
				n, _ := strconv.Atoi(v)
				shift := 0
				drop := false
				for _, g := range gone {
					if g == n {
						drop = true
					}
					if g < n {
						shift++
					}
				}
				if drop || mentions(body.String(), names) {
					s.drop(t.from, toks[j].to)
				} else if shift > 0 {
					s.add(t.from, t.to, setAttr(p.get(wb)[t.from:t.to], "localSheetId", strconv.Itoa(n-shift)))
				}
				continue
			}
			if mentions(body.String(), names) {
				s.drop(t.from, toks[j].to)
			}
		case "workbookView":
			tag := p.get(wb)[t.from:t.to]
			nt := tag
			for _, a := range []string{"activeTab", "firstSheet"} {
				if v, ok := attr(t.tok, a); ok {
					if n, _ := strconv.Atoi(v); n != 0 {
						nt = setAttr(nt, a, "0")
					}
				}
			}
			if !bytes.Equal(nt, tag) {
				s.add(t.from, t.to, nt)
			}
		}
	}
	out, _, err := s.bytes()
	if err != nil {
		return err
	}
	p.set(wb, out)
	p.remove("xl/calcChain.xml")
	// The list of sheet names in the application properties would still
	// name the removed sheets.
	p.remove("docProps/app.xml")
	p.count("删除隐藏工作表", len(gone))
	return nil
}

// mentions reports whether a formula refers to one of the sheets.
func mentions(formula string, sheets []string) bool {
	for _, s := range sheets {
		if strings.Contains(formula, s+"!") || strings.Contains(formula, "'"+strings.ReplaceAll(s, "'", "''")+"'!") {
			return true
		}
	}
	return false
}

// setAttr returns a start tag with attribute name set to value (the
// attribute must be there).
func setAttr(tag []byte, name, value string) []byte {
	i := bytes.Index(tag, []byte(" "+name+"="))
	if i < 0 {
		return tag
	}
	i += len(name) + 2
	if i >= len(tag) {
		return tag
	}
	q := tag[i]
	j := bytes.IndexByte(tag[i+1:], q)
	if j < 0 {
		return tag
	}
	out := append([]byte{}, tag[:i+1]...)
	out = append(out, value...)
	return append(out, tag[i+1+j:]...)
}

// cleanSheet cleans one worksheet: inline strings and numbers masked,
// hidden rows and columns emptied, note boxes unhooked.
func (p *pkg) cleanSheet(name string) error {
	rels := p.rels(name)
	return p.edit(name, func(toks []token, s *splicer) {
		var hiddenCols [][2]int
		rowsEmptied, cellsDropped := 0, 0
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if _, ok := t.tok.(xml.StartElement); !ok {
				continue
			}
			if local(t.name) != "c" {
				p.cleanAttrs(name, t, s) // data validation messages, link tooltips
			}
			switch local(t.name) {
			case "formula1", "formula2":
				// A data validation list ("13912345678,13987654321").
				j := end(toks, i)
				var b strings.Builder
				for k := i + 1; k < j; k++ {
					if cd, ok := toks[k].tok.(xml.CharData); ok {
						b.Write(cd)
					}
				}
				if e := p.m.cell(b.String(), name); len(e) > 0 && j > i+1 {
					s.add(t.to, toks[j].from, escapeText(apply(b.String(), e)))
				}
				i = j
			case "col":
				if v, _ := attr(t.tok, "hidden"); v == "1" || v == "true" {
					lo, _ := attr(t.tok, "min")
					hi, _ := attr(t.tok, "max")
					a, _ := strconv.Atoi(lo)
					b, _ := strconv.Atoi(hi)
					hiddenCols = append(hiddenCols, [2]int{a, b})
				}
			case "row":
				j := end(toks, i)
				if v, _ := attr(t.tok, "hidden"); v == "1" || v == "true" {
					// The row stays, hidden and empty: what was in it goes.
					if k := firstChild(toks, i, j); k < j {
						s.drop(toks[k].from, toks[j].from)
						rowsEmptied++
					}
					i = j
				}
			case "c":
				j := end(toks, i)
				ref, _ := attr(t.tok, "r")
				if col := colOf(ref); col > 0 && inRanges(col, hiddenCols) {
					s.drop(t.from, toks[j].to)
					cellsDropped++
					i = j
					continue
				}
				p.cleanCell(name, toks, i, j, s)
				i = j
			case "legacyDrawing":
				id, _ := attr(t.tok, "r:id")
				if tg, ok := rels[id]; ok && p.gone[tg] {
					s.drop(t.from, toks[end(toks, i)].to)
				}
			case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter":
				j := end(toks, i)
				p.cleanRange(name, toks, i, j, s)
				i = j
			}
		}
		p.count("清空隐藏行", rowsEmptied)
		p.count("删除隐藏列中的单元格", cellsDropped)
		if rowsEmptied+cellsDropped > 0 {
			p.remove("xl/calcChain.xml")
		}
	})
}

// firstChild is the index of the first token inside the element [i, j]
// that is an element, or j.
func firstChild(toks []token, i, j int) int {
	for k := i + 1; k < j; k++ {
		if _, ok := toks[k].tok.(xml.StartElement); ok {
			return k
		}
	}
	return j
}

// cleanRange cleans the text of the element toks[i..j] as one unit with
// the walker's rules.
func (p *pkg) cleanRange(name string, toks []token, i, j int, s *splicer) {
	p.walk(name, toks[i:j+1], s, &xlsxRules)
}

// cleanCell masks one cell: an inline string in its runs; a number or a
// formula's text result that is a personal value becomes an inline
// string holding the masked value (its formula goes: it would compute
// the value again).
func (p *pkg) cleanCell(name string, toks []token, i, j int, s *splicer) {
	typ, _ := attr(toks[i].tok, "t")
	switch typ {
	case "inlineStr":
		p.walk(name, toks[i:j+1], s, &xlsxRules)
		return
	case "", "n", "str":
	default:
		return // shared strings are cleaned in their own part; booleans, errors
	}
	var v string
	found := false
	for k := i + 1; k < j; k++ {
		if _, ok := toks[k].tok.(xml.StartElement); ok && local(toks[k].name) == "v" {
			e := end(toks, k)
			var b strings.Builder
			for q := k + 1; q < e; q++ {
				if cd, ok := toks[q].tok.(xml.CharData); ok {
					b.Write(cd)
				}
			}
			v, found = b.String(), true
			break
		}
	}
	if !found {
		return
	}
	ref, _ := attr(toks[i].tok, "r")
	p.m.where = func(int) string { return p.label(name) + "单元格 " + ref }
	var nv string
	if edits := p.m.cell(v, name); len(edits) > 0 {
		nv = apply(v, edits)
	} else {
		// A value the scan found only in context or in what the number
		// stands for (an ID stored as a number, its last digits lost).
		cv, ok := p.m.cells[canon(name)+"!"+ref]
		if !ok {
			return
		}
		if cv.masked == "" {
			cv.masked = detect.MaskValue(cv.cat, numberDigits(v))
		}
		nv = p.m.replace(cv.cat, cv.masked, name)
	}
	var b strings.Builder
	b.WriteString("<")
	b.WriteString(toks[i].name)
	for _, a := range toks[i].tok.(xml.StartElement).Attr {
		if a.Name.Local == "t" && a.Name.Space == "" {
			continue
		}
		fmt.Fprintf(&b, " %s=\"", qname(a.Name))
		xml.EscapeText(&b, []byte(a.Value))
		b.WriteString(`"`)
	}
	pre := ""
	if k := strings.IndexByte(toks[i].name, ':'); k >= 0 {
		pre = toks[i].name[:k+1]
	}
	fmt.Fprintf(&b, ` t="inlineStr"><%sis><%st>%s</%st></%sis></%s>`, pre, pre, escapeText(nv), pre, pre, toks[i].name)
	s.add(toks[i].from, toks[j].to, []byte(b.String()))
}

// numberDigits writes a cell's number as its digits (4.40305199512032E+17
// as 440305199512032000), the way a reader sees it in full.
func numberDigits(v string) string {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f < 0 || f > 1e25 {
		return v
	}
	return strconv.FormatFloat(f, 'f', 0, 64)
}

// colOf is the 1-based column of an A1 reference, 0 if there is none.
func colOf(ref string) int {
	n := 0
	for _, r := range ref {
		switch {
		case r >= 'A' && r <= 'Z':
			n = n*26 + int(r-'A'+1)
		case r >= 'a' && r <= 'z':
			n = n*26 + int(r-'a'+1)
		default:
			return n
		}
		if n > 1<<20 {
			return 0
		}
	}
	return n
}

func inRanges(n int, rs [][2]int) bool {
	for _, r := range rs {
		if n >= r[0] && n <= r[1] {
			return true
		}
	}
	return false
}
