package redact

import (
	"sort"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// masker finds the personal values in one unit of text (a paragraph, a
// cell, a text node) and says how to change them.
type masker struct {
	eng   *detect.Engine
	opts  Options
	vals  map[string]report.Category // key -> category, from the whole document
	lens  []int                      // distinct key lengths in runes, longest first
	cells map[string]cellValue       // member!A1 -> value found there
	// where says in words where the next unit stands ("正文第 3 段"),
	// for its changes; callers set it before each unit.
	where   func(start int) string
	changes []Change
}

func newMasker(eng *detect.Engine, opts Options, vals map[string]report.Category) *masker {
	m := &masker{eng: eng, opts: opts, vals: vals, changes: []Change{}}
	seen := map[int]bool{}
	for k := range vals {
		n := len([]rune(k))
		if !seen[n] {
			seen[n] = true
			m.lens = append(m.lens, n)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(m.lens)))
	return m
}

// edit replaces the runes [start, end) of a unit with repl. A mask keeps
// the length (repl has end-start runes) so that each rune stays in its
// run.
type edit struct {
	start, end int
	repl       []rune
	sameLen    bool
}

// unit returns the edits for one unit of text and records the changes;
// part names where the unit is, for the changes. kind is the part kind
// the detectors see (body, comment, …).
func (m *masker) unit(text, part string) []edit { return m.scanUnit(text, part, false) }

// cell is unit for the text of one table cell: a number wrapped over
// lines inside it is one number.
func (m *masker) cell(text, part string) []edit { return m.scanUnit(text, part, true) }

func (m *masker) scanUnit(text, part string, cell bool) []edit {
	if text == "" {
		return nil
	}
	rs := []rune(text)
	type span struct {
		a, b int
		cat  report.Category
	}
	var spans []span
	var cells []doc.Cell
	if cell {
		cells = []doc.Cell{{Ref: "A1", Start: 0, End: len(rs), Row: 1, Col: 1}}
	}
	for _, f := range m.eng.ScanCells(text, cells, report.Location{Part: "body"}).Findings {
		if m.opts.masks(f) && f.Location.Start < f.Location.End && f.Location.End <= len(rs) {
			spans = append(spans, span{f.Location.Start, f.Location.End, f.Category})
		}
	}
	for _, s := range m.known(rs, cell) {
		spans = append(spans, span{s[0], s[1], m.vals[key(rs[s[0]:s[1]])]})
	}
	if len(spans) == 0 {
		return nil
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].a != spans[j].a {
			return spans[i].a < spans[j].a
		}
		return spans[i].b > spans[j].b
	})
	var out []edit
	last := -1
	for _, s := range spans {
		if s.a < last {
			continue // overlaps a value already taken
		}
		last = s.b
		val := string(rs[s.a:s.b])
		masked := detect.MaskValue(s.cat, val)
		e := edit{start: s.a, end: s.b}
		switch m.opts.Operator {
		case Label:
			e.repl = []rune(m.opts.Label)
		case Remove:
		default:
			e.repl, e.sameLen = []rune(masked), true
		}
		out = append(out, e)
		m.changes = append(m.changes, Change{Category: s.cat, Part: part, Where: m.place(s.a), Masked: masked, Now: string(e.repl)})
	}
	return out
}

// place says where the rune start of the current unit stands.
func (m *masker) place(start int) string {
	if m.where == nil {
		return ""
	}
	return m.where(start)
}

// replace records the change of a whole value known only masked and
// returns what takes its place.
func (m *masker) replace(cat report.Category, masked, part string) string {
	now := masked
	switch m.opts.Operator {
	case Label:
		now = m.opts.Label
	case Remove:
		now = ""
	}
	m.changes = append(m.changes, Change{Category: cat, Part: part, Where: m.place(0), Masked: masked, Now: now})
	return now
}

// apply returns text with edits made.
func apply(text string, edits []edit) string {
	if len(edits) == 0 {
		return text
	}
	rs := []rune(text)
	var out []rune
	at := 0
	for _, e := range edits {
		out = append(out, rs[at:e.start]...)
		out = append(out, e.repl...)
		at = e.end
	}
	return string(append(out, rs[at:]...))
}

// known finds, in rs, the values of the whole document: the same letters
// and digits, whatever separates them (spaces, hyphens, up to two between
// two characters), not glued to other letters or digits.
func (m *masker) known(rs []rune, cell bool) [][2]int {
	if len(m.vals) == 0 {
		return nil
	}
	// pos are the letters and digits of rs, folded.
	var pos []int
	var fold []rune
	for i, r := range rs {
		if f, ok := foldRune(r); ok {
			pos = append(pos, i)
			fold = append(fold, f)
		}
	}
	var out [][2]int
	for k := 0; k < len(pos); {
		if k > 0 && pos[k-1] == pos[k]-1 {
			k++ // glued to the letter before
			continue
		}
		matched := 0
		for _, n := range m.lens {
			if k+n > len(pos) || !separated(rs, pos[k:k+n], cell) {
				continue
			}
			if k+n < len(pos) && pos[k+n] == pos[k+n-1]+1 {
				continue // glued to the letter after
			}
			if _, ok := m.vals[string(fold[k:k+n])]; ok {
				out = append(out, [2]int{pos[k], pos[k+n-1] + 1})
				matched = n
				break
			}
		}
		if matched > 0 {
			k += matched
		} else {
			k++
		}
	}
	return out
}

// separated reports whether consecutive letters at pos stand next to
// each other or with at most two separators between; inside a table cell
// a line break is a separator too.
func separated(rs []rune, pos []int, cell bool) bool {
	for i := 1; i < len(pos); i++ {
		if pos[i]-pos[i-1] > 3 {
			return false
		}
		for j := pos[i-1] + 1; j < pos[i]; j++ {
			if !isSep(rs[j]) && !(cell && (rs[j] == '\n' || rs[j] == '\r')) {
				return false
			}
		}
	}
	return true
}

func isSep(r rune) bool {
	switch r {
	case ' ', '-', '\u00a0', '\u3000', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '·', '.', '\t', '\u200b', '\ufeff':
		return true
	}
	return false
}

// foldRune folds full-width letters and digits to ASCII and letters to
// upper case; ok is false for anything else. A plate's province
// character is not part of its key: the key of 浙AD12345 is AD12345.
func foldRune(r rune) (rune, bool) {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	switch {
	case r >= '0' && r <= '9', r >= 'A' && r <= 'Z':
		return r, true
	case r >= 'a' && r <= 'z':
		return r - 'a' + 'A', true
	}
	return 0, false
}

// key is a value's letters and digits, folded.
func key(v []rune) string {
	var out []rune
	for _, r := range v {
		if f, ok := foldRune(r); ok {
			out = append(out, f)
		}
	}
	return string(out)
}
