package redact

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// pkg is an OPC package (DOCX, XLSX, PPTX) being cleaned: its members in
// archive order, those changed, and those removed.
type pkg struct {
	names   []string          // as written, in archive order
	data    map[string][]byte // by canonical name
	gone    map[string]bool   // canonical names removed
	lim     doc.Limits
	counts  map[string]int // what was removed, by the Chinese words for it
	order   []string       // keys of counts in the order first met
	m       *masker
	changed map[string]bool
	sheets  map[string]string // worksheet member -> sheet name, for Change.Where
}

func openPkg(data []byte, lim doc.Limits, m *masker) (*pkg, error) {
	lim = zipguard.FillDefaults(lim)
	a, err := zipguard.Open(data, lim)
	if err != nil {
		return nil, err
	}
	p := &pkg{data: map[string][]byte{}, gone: map[string]bool{}, lim: lim, counts: map[string]int{}, m: m, changed: map[string]bool{}}
	for _, n := range a.Names() {
		if strings.HasSuffix(n, "/") {
			continue
		}
		b, err := a.ReadFile(n)
		if err != nil {
			return nil, err
		}
		p.names = append(p.names, n)
		p.data[canon(n)] = b
	}
	return p, nil
}

func canon(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, `\`, "/"), "/"))
}

// count records n things removed, described in Chinese.
func (p *pkg) count(what string, n int) {
	if n <= 0 || what == "" {
		return
	}
	if _, ok := p.counts[what]; !ok {
		p.order = append(p.order, what)
	}
	p.counts[what] += n
}

// removed is the Chinese list of what was removed.
func (p *pkg) removed() []string {
	out := []string{}
	for _, w := range p.order {
		out = append(out, fmt.Sprintf("%s %d 处", w, p.counts[w]))
		if strings.HasPrefix(w, "清除文档属性") {
			out[len(out)-1] = fmt.Sprintf("%s %d 项", w, p.counts[w])
		}
	}
	return out
}

func (p *pkg) has(name string) bool {
	_, ok := p.data[canon(name)]
	return ok && !p.gone[canon(name)]
}

func (p *pkg) get(name string) []byte {
	if p.gone[canon(name)] {
		return nil
	}
	return p.data[canon(name)]
}

func (p *pkg) set(name string, b []byte) {
	p.data[canon(name)] = b
	p.changed[canon(name)] = true
}

// match lists the members present whose canonical names have prefix and
// suffix, in archive order.
func (p *pkg) match(prefix, suffix string) []string {
	var out []string
	for _, n := range p.names {
		c := canon(n)
		if strings.HasPrefix(c, prefix) && strings.HasSuffix(c, suffix) && !p.gone[c] {
			out = append(out, n)
		}
	}
	return out
}

// remove takes a part and its relationships out of the package.
func (p *pkg) remove(name string) {
	c := canon(name)
	if _, ok := p.data[c]; !ok {
		return
	}
	p.gone[c] = true
	p.gone[relsOf(c)] = true
}

// relsOf is the relationships part of a part.
func relsOf(name string) string {
	dir, base := path.Split(name)
	return dir + "_rels/" + base + ".rels"
}

// sourceOf is the part a relationships part belongs to ("" for the
// package's own _rels/.rels).
func sourceOf(rels string) string {
	dir, base := path.Split(rels)
	dir = strings.TrimSuffix(strings.TrimSuffix(dir, "/"), "_rels")
	return dir + strings.TrimSuffix(base, ".rels")
}

// target resolves a relationship's target against its source part.
func target(source, t string) string {
	if strings.HasPrefix(t, "/") {
		return canon(t)
	}
	return canon(path.Clean(path.Join(path.Dir(source), t)))
}

// rels reads the relationships of a part: id -> canonical target, for
// internal targets.
func (p *pkg) rels(part string) map[string]string {
	out := map[string]string{}
	toks, err := tokens(p.get(relsOf(canon(part))), p.lim.MaxXMLDepth)
	if err != nil {
		return out
	}
	for _, t := range toks {
		if t.name != "Relationship" {
			continue
		}
		if _, isStart := t.tok.(xml.StartElement); !isStart {
			continue
		}
		if mode, _ := attr(t.tok, "TargetMode"); mode == "External" {
			continue
		}
		id, _ := attr(t.tok, "Id")
		tg, _ := attr(t.tok, "Target")
		out[id] = target(canon(part), tg)
	}
	return out
}

// finish masks external link targets (tel:13912345678, mailto:),
// drops relationships and content types of removed parts and writes the
// package, members in their first order.
func (p *pkg) finish() ([]byte, error) {
	for _, n := range p.names {
		if c := canon(n); p.gone[c] || !strings.HasSuffix(c, ".rels") {
			continue
		}
		if err := p.edit(n, func(toks []token, s *splicer) {
			for _, t := range toks {
				if _, isStart := t.tok.(xml.StartElement); !isStart || t.name != "Relationship" {
					continue
				}
				mode, _ := attr(t.tok, "TargetMode")
				tg, _ := attr(t.tok, "Target")
				if mode != "External" || tg == "" {
					continue
				}
				if e := p.m.unit(tg, n); len(e) > 0 {
					var b bytes.Buffer
					xml.EscapeText(&b, []byte(apply(tg, e)))
					s.add(t.from, t.to, setAttr(p.data[canon(n)][t.from:t.to], "Target", b.String()))
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	for _, n := range p.names {
		c := canon(n)
		if p.gone[c] || !strings.HasSuffix(c, ".rels") {
			continue
		}
		src := sourceOf(c)
		if err := p.edit(n, func(toks []token, s *splicer) {
			for i, t := range toks {
				if t.name != "Relationship" {
					continue
				}
				if _, isStart := t.tok.(xml.StartElement); !isStart {
					continue
				}
				if mode, _ := attr(t.tok, "TargetMode"); mode == "External" {
					continue
				}
				tg, _ := attr(t.tok, "Target")
				if p.gone[target(src, tg)] {
					s.drop(t.from, toks[end(toks, i)].to)
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	if err := p.edit("[Content_Types].xml", func(toks []token, s *splicer) {
		for i, t := range toks {
			if t.name != "Override" {
				continue
			}
			if _, isStart := t.tok.(xml.StartElement); !isStart {
				continue
			}
			pn, _ := attr(t.tok, "PartName")
			if p.gone[canon(pn)] {
				s.drop(t.from, toks[end(toks, i)].to)
			}
		}
	}); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range p.names {
		c := canon(n)
		if p.gone[c] {
			continue
		}
		// A fixed time: the same input cleaned twice gives the same bytes.
		f, err := w.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(p.data[c]); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// edit runs fn over the tokens of a part and stores the result when fn
// made splices. A part that is missing is left alone.
func (p *pkg) edit(name string, fn func([]token, *splicer)) error {
	data := p.get(name)
	if data == nil {
		return nil
	}
	toks, err := tokens(data, p.lim.MaxXMLDepth)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	s := &splicer{data: data}
	fn(toks, s)
	out, changed, err := s.bytes()
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	if changed {
		p.set(name, out)
	}
	return nil
}

// cleanProps clears the document properties: who wrote and last saved
// it, its company and manager, keywords and comments, and removes the
// custom properties.
func (p *pkg) cleanProps() error {
	n := 0
	err := p.edit("docProps/core.xml", func(toks []token, s *splicer) {
		for i, t := range toks {
			if _, isStart := t.tok.(xml.StartElement); !isStart {
				continue
			}
			switch local(t.name) {
			case "creator", "lastModifiedBy", "description", "keywords", "subject", "category", "contentStatus", "identifier", "lastPrinted", "version":
				j := end(toks, i)
				if j > i+1 || !toks[j].selfEnd && toks[j].from > t.to {
					s.drop(t.to, toks[j].from)
					n++
				}
			}
		}
	})
	if err != nil {
		return err
	}
	err = p.edit("docProps/app.xml", func(toks []token, s *splicer) {
		for i, t := range toks {
			if _, isStart := t.tok.(xml.StartElement); !isStart {
				continue
			}
			switch local(t.name) {
			case "Company", "Manager", "HyperlinkBase", "Template":
				j := end(toks, i)
				if toks[j].from > t.to {
					s.drop(t.to, toks[j].from)
					n++
				}
			}
		}
	})
	if err != nil {
		return err
	}
	if p.has("docProps/custom.xml") {
		p.remove("docProps/custom.xml")
		n++
	}
	p.count("清除文档属性（作者、单位、自定义属性等）", n)
	return nil
}

// xmlRules say how to walk the text of one kind of XML part.
type xmlRules struct {
	paras   map[string]bool // elements whose text is one unit (w:p, a:p, si)
	texts   map[string]bool // elements holding text (w:t, a:t, t)
	seps    map[string]bool // empty elements that separate text (w:tab, w:br)
	skips   map[string]bool // elements whose text is not part of any unit (rPh)
	drops   map[string]string
	unwraps map[string]string
	docx    bool            // runs hidden by w:vanish are removed, rows deleted by revision too
	hidden  map[string]bool // DOCX character styles that hide text
	// shapes are elements removed whole when their p:cNvPr (or any
	// *:cNvPr) says hidden="1" (PPTX hidden shapes).
	shapes map[string]bool
	// cells are table cells (w:tc, a:tc): their paragraphs are one unit,
	// a line apart. allCells makes every unit a cell (spreadsheets).
	cells    map[string]bool
	allCells bool
	// byLocal matches the names above without their prefix (OFD files
	// are written with ofd:, a default namespace or none).
	byLocal bool
	// joinSep separates the text elements of one unit (OFD TextCodes,
	// each placed on the page by itself).
	joinSep string
	// invisible are elements removed whole when Visible="false" (OFD
	// text objects that are not drawn).
	invisible map[string]bool
}

// attrsText are the attributes whose text a reader can reach: alt text
// (descr, title), tooltips, data validation messages.
var attrsText = map[string]bool{"descr": true, "title": true, "tooltip": true, "prompt": true, "error": true, "promptTitle": true, "errorTitle": true}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// cleanXML masks the text of a part and removes what the rules say.
func (p *pkg) cleanXML(name string, r *xmlRules) error {
	return p.edit(name, func(toks []token, s *splicer) { p.walk(name, toks, s, r) })
}

type frame struct {
	name       string
	from       int
	unwrap     bool
	hidden     bool   // a run or shape to remove
	what       string // how its removal is counted; 删除隐藏文字 when empty
	dropRow    bool   // a table row deleted by revision
	unit       bool
	index      int  // the paragraph (or the first of a cell) in the part, from 1
	cell       bool // a table cell, whose paragraphs are one unit
	table      int  // a cell's table in the part, row and column, from 1
	row, col   int
	popTable   bool
	inCell     bool // a paragraph of a cell: it adds a line break
	segs       []seg
	ranges     [][2]int
	startToken int
}

func (p *pkg) walk(name string, toks []token, s *splicer, r *xmlRules) {
	var stack []*frame
	top := func(n string) *frame {
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].name == n {
				return stack[k]
			}
		}
		return nil
	}
	unitOf := func() *frame {
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].unit {
				return stack[k]
			}
		}
		return nil
	}
	parent := func() string {
		if len(stack) == 0 {
			return ""
		}
		return stack[len(stack)-1].name
	}
	label := p.label(name)
	paras := 0
	// Tables, for where a cell stands: 表格 1 第 2 行第 3 列.
	type table struct{ n, row, col int }
	var tables []table
	ntables := 0
	finish := func(f *frame) {
		if len(f.segs) == 0 {
			return
		}
		p.m.where = func(int) string {
			switch {
			case f.cell && f.table > 0:
				return fmt.Sprintf("%s表格 %d 第 %d 行第 %d 列", label, f.table, f.row, f.col)
			case r.joinSep != "" || f.index == 0:
				return label
			case r.allCells:
				return fmt.Sprintf("%s第 %d 项", label, f.index)
			}
			return fmt.Sprintf("%s第 %d 段", label, f.index)
		}
		var edits []edit
		if f.cell || r.allCells {
			edits = p.m.cell(unitText(f.segs), name)
		} else {
			edits = p.m.unit(unitText(f.segs), name)
		}
		if len(edits) == 0 {
			return
		}
		news := applySegs(f.segs, edits)
		for k, sg := range f.segs {
			if !sg.fixed && news[k] != sg.text {
				s.add(f.ranges[k][0], f.ranges[k][1], escapeText(news[k]))
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.tok.(type) {
		case xml.StartElement:
			key := t.name
			if r.byLocal {
				key = local(t.name)
			}
			if what, ok := r.drops[key]; ok {
				j := end(toks, i)
				if r.docx && t.name == "w:del" && parent() == "w:trPr" {
					if tr := top("w:tr"); tr != nil {
						tr.dropRow = true
					}
				}
				s.drop(t.from, toks[j].to)
				p.count(what, 1)
				i = j
				continue
			}
			if r.skips[key] {
				i = end(toks, i)
				continue
			}
			if r.docx && t.name == "w:vanish" && parent() == "w:rPr" && len(stack) >= 2 && stack[len(stack)-2].name == "w:r" && on(t.tok) {
				stack[len(stack)-2].hidden = true
			}
			if r.docx && t.name == "w:rStyle" && parent() == "w:rPr" && len(stack) >= 2 && stack[len(stack)-2].name == "w:r" {
				if v, _ := attr(t.tok, "w:val"); r.hidden[v] {
					stack[len(stack)-2].hidden = true
				}
			}
			if len(r.shapes) > 0 && local(t.name) == "cNvPr" {
				if v, _ := attr(t.tok, "hidden"); v == "1" || v == "true" {
					for k := len(stack) - 1; k >= 0; k-- {
						if r.shapes[stack[k].name] {
							stack[k].hidden = true
							stack[k].what = "删除隐藏形状"
							break
						}
					}
				}
			}
			if r.texts[key] {
				j := end(toks, i)
				if run := top("w:r"); r.docx && run != nil && run.hidden {
					i = j
					continue
				}
				var b strings.Builder
				for k := i + 1; k < j; k++ {
					if cd, ok := toks[k].tok.(xml.CharData); ok {
						b.Write(cd)
					}
				}
				u := unitOf()
				alone := u == nil
				if alone {
					// Text outside any unit is a unit of its own.
					u = &frame{unit: true, index: 0}
				}
				if r.joinSep != "" && len(u.segs) > 0 {
					u.segs = append(u.segs, seg{text: r.joinSep, fixed: true})
					u.ranges = append(u.ranges, [2]int{t.from, t.from})
				}
				u.segs = append(u.segs, seg{text: b.String()})
				u.ranges = append(u.ranges, [2]int{t.to, toks[j].from})
				if alone {
					finish(u)
				}
				i = j
				continue
			}
			if r.seps[key] {
				if u := unitOf(); u != nil {
					sep := "\t"
					if local(t.name) != "tab" {
						sep = "\n"
					}
					u.segs = append(u.segs, seg{text: sep, fixed: true})
					u.ranges = append(u.ranges, [2]int{t.from, t.from})
				}
			}
			p.cleanAttrs(name, t, s)
			f := &frame{name: t.name, from: t.from, startToken: i, unit: r.paras[key] || r.cells[key], cell: r.cells[key]}
			if r.paras[key] {
				paras++
				f.index = paras
			}
			if f.cell {
				f.index = paras + 1
				if len(tables) > 0 {
					tb := &tables[len(tables)-1]
					tb.col++
					f.table, f.row, f.col = tb.n, tb.row, tb.col
				}
			}
			switch local(key) {
			case "tbl":
				ntables++
				tables = append(tables, table{n: ntables})
				f.popTable = true
			case "tr":
				if len(tables) > 0 {
					tables[len(tables)-1].row++
					tables[len(tables)-1].col = 0
				}
			}
			if r.paras[key] {
				if u := unitOf(); u != nil && u.cell {
					f.unit, f.inCell = false, true
				}
			}
			if what, ok := r.unwraps[key]; ok {
				f.unwrap = true
				s.drop(t.from, t.to)
				p.count(what, 1)
			}
			if r.invisible[key] {
				if v, _ := attr(t.tok, "Visible"); v == "false" {
					f.hidden, f.what = true, "删除不显示的文字"
				}
			}
			stack = append(stack, f)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if f.popTable && len(tables) > 0 {
				tables = tables[:len(tables)-1]
			}
			if f.unit {
				finish(f)
			}
			if f.inCell {
				if u := unitOf(); u != nil {
					u.segs = append(u.segs, seg{text: "\n", fixed: true})
					u.ranges = append(u.ranges, [2]int{t.from, t.from})
				}
			}
			if f.unwrap && !t.selfEnd {
				s.drop(t.from, t.to)
			}
			if f.hidden {
				s.cover(f.from, t.to)
				if f.what == "" {
					f.what = "删除隐藏文字"
				}
				p.count(f.what, 1)
			}
			if f.dropRow {
				s.cover(f.from, t.to)
			}
		}
	}
}

// label names a part for a person: 正文, 页眉, 第 2 张幻灯片, 工作表“名单”.
func (p *pkg) label(name string) string {
	c := canon(name)
	base := path.Base(c)
	num := strings.TrimLeft(strings.TrimSuffix(base, path.Ext(base)), "abcdefghijklmnopqrstuvwxyz_")
	switch {
	case c == "word/document.xml":
		return "正文"
	case strings.HasPrefix(c, "word/header"):
		return "页眉"
	case strings.HasPrefix(c, "word/footer"):
		return "页脚"
	case c == "word/footnotes.xml":
		return "脚注"
	case c == "word/endnotes.xml":
		return "尾注"
	case strings.HasPrefix(c, "ppt/slides/slide"):
		return "第 " + num + " 张幻灯片"
	case strings.HasPrefix(c, "ppt/notesslides/"):
		return "第 " + num + " 张幻灯片的备注"
	case strings.Contains(c, "/charts/"):
		return "图表"
	case c == "xl/sharedstrings.xml":
		return "共享字符串"
	case p.sheets[c] != "":
		return "工作表“" + p.sheets[c] + "”"
	case strings.HasSuffix(c, "/content.xml") && strings.Contains(c, "/pages/page_"):
		n := strings.TrimPrefix(path.Base(path.Dir(c)), "page_")
		if k, err := strconv.Atoi(n); err == nil {
			return fmt.Sprintf("第 %d 页", k+1)
		}
	case strings.HasSuffix(c, "/content.xml") && strings.Contains(c, "/tpls/"):
		return "模板页"
	}
	return name
}

// cleanAttrs masks the attributes of a start tag that a reader can reach
// (alt text, tooltips); a tag that changes is written again with only
// those values replaced.
func (p *pkg) cleanAttrs(part string, t token, s *splicer) {
	se, ok := t.tok.(xml.StartElement)
	if !ok {
		return
	}
	var tag []byte
	for _, a := range se.Attr {
		if !attrsText[a.Name.Local] || a.Value == "" {
			continue
		}
		e := p.m.unit(a.Value, part)
		if len(e) == 0 {
			continue
		}
		if tag == nil {
			tag = append([]byte{}, p.data[canon(part)][t.from:t.to]...)
		}
		var b bytes.Buffer
		xml.EscapeText(&b, []byte(apply(a.Value, e)))
		tag = setAttr(tag, qname(a.Name), b.String())
	}
	if tag != nil {
		s.add(t.from, t.to, tag)
	}
}

// on reads a WordprocessingML toggle: <w:vanish/> is on, w:val="0",
// "false" or "off" is off.
func on(t xml.Token) bool {
	v, ok := attr(t, "w:val")
	if !ok {
		return true
	}
	switch strings.ToLower(v) {
	case "0", "false", "off":
		return false
	}
	return true
}

// cover removes [from, to) and every splice inside it: a removed run or
// row whose text was masked.
func (s *splicer) cover(from, to int) {
	kept := s.ss[:0]
	for _, sp := range s.ss {
		if sp.from >= from && sp.to <= to {
			continue
		}
		kept = append(kept, sp)
	}
	s.ss = append(kept, splice{from, to, nil})
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
