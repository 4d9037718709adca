package detect

import (
	"iter"
	"strings"
)

// group is one run of digits in the normal form.
type group struct{ start, end int }

// numberCandidate is a run of digit groups joined by single spaces or
// hyphens, offered to the digit detectors as one value.
type numberCandidate struct {
	start, end int
	digits     string // digits only, with a final 'x' for IDs
	layout     []int  // lengths of the groups
	// wrapped is set for two groups joined by a line break: a long number
	// that a PDF or a narrow table cell wrapped onto the next line. Only
	// detectors with a checksum accept it.
	wrapped bool
}

// minCandidateDigits is the shortest value any digit detector accepts (a
// mobile number); shorter runs (years, counts, hotlines) are skipped early.
const minCandidateDigits = 11

// maxGroups bounds how many groups are joined into one candidate: a
// 19-digit card in groups of four that a wrap cut inside a group is six.
const maxGroups = 6

// join says how two digit groups one separator apart may be joined.
type join uint8

const (
	joinGroups   join = iota // a value laid out in groups (space, hyphen)
	joinWrap                 // a line break that may be a wrap: two groups at most
	joinCellWrap             // a line break inside one table cell: a wrap
	joinNever                // two table cells: never one value
)

// numberCandidates calls fn for every single digit run and for every
// sequence of up to maxGroups runs joined by single separators, so that
// 6222 0212 3456 7890 and 138-0013-8000 are seen whole while 2024 12345 is
// still two numbers (no detector accepts that layout). sep says how the
// group ending at byte a and the one starting at byte b are joined; nil
// joins spaces and hyphens as groups and a line break as a possible wrap.
// run, when set, is called with the bounds of every run of digits, in
// order, in the same pass. The caller has made sure that s holds a
// number's worth of digits (longDigits): most prose does not.
func numberCandidates(s string, sep func(a, b int) join, fn func(c numberCandidate), run func(a, b int)) {
	var gs []group
	var joins []join // joins[k]: how group k joins group k-1
	var dots []bool  // dots[k]: by a full stop (186.6723.9015)
	var buf []byte
	var layout [maxGroups]int
	// The candidates' layouts are cut from one slab, a new one when it is
	// full: a text with thousands of numbers allocates a few slabs, not a
	// layout each.
	var slab []int
	keep := func(l []int) []int {
		if cap(slab)-len(slab) < len(l) {
			slab = make([]int, 0, 1024)
		}
		slab = append(slab, l...)
		return slab[len(slab)-len(l) : len(slab) : len(slab)]
	}
	for i := 0; i < len(s); {
		if i = nextDigit(s, i); i == len(s) {
			break
		}
		gs, joins, dots = gs[:0], joins[:0], dots[:0]
		j := i
		cum := 0
		how, dot := joinGroups, false
		for {
			a := j
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			if run != nil {
				run(a, j)
			}
			// An ID's final check character.
			if cum+j-a == 17 && j < len(s) && s[j] == 'x' {
				j++
			}
			cum += j - a
			gs = append(gs, group{a, j})
			joins = append(joins, how)
			dots = append(dots, dot)
			if w := separatorAt(s, j); w > 0 && s[j-1] != 'x' {
				how, dot = joinGroups, s[j] == '.'
				if s[j] == '\n' || s[j] == '<' {
					how = joinWrap
				}
				if sep != nil && s[j] != '-' && !dot {
					how = sep(j, j+w)
				}
				if how != joinNever {
					j += w
					continue
				}
			}
			break
		}
		if stacked(gs, joins) {
			// Digits one to a line, as vertical text (竖排) with
			// upright digits lays them out: one number.
			buf = buf[:0]
			for _, g := range gs {
				buf = append(buf, s[g.start:g.end]...)
			}
			layout[0] = len(gs)
			fn(numberCandidate{start: gs[0].start, end: gs[len(gs)-1].end, digits: string(buf), layout: keep(layout[:1])})
		}
		for a := range gs {
			for b := a; b < len(gs) && b-a < maxGroups; b++ {
				// One line break that may be a wrap joins the groups
				// on either side of it, at most three in all (150 1905
				// | 4919), or any number for a card's or an ID's worth
				// of digits, which only detectors with a checksum and a
				// label before take (6222 0⏎237 1928 4650 373); wraps
				// inside one cell join any number. Full stops join
				// groups only where every separator is one.
				breaks, stops := 0, 0
				total := gs[a].end - gs[a].start
				for k := a + 1; k <= b; k++ {
					if joins[k] == joinWrap {
						breaks++
					}
					if dots[k] {
						stops++
					}
					total += gs[k].end - gs[k].start
				}
				wrapped := breaks > 0
				if wrapped && (breaks > 1 || b-a > 2 && total < 16) || stops > 0 && (stops < b-a || wrapped) || a > 0 && dots[a] {
					continue
				}
				if a == 0 && !leftOK(s, gs[0].start) {
					continue
				}
				if !rightOK(s, gs[b].end) {
					continue
				}
				if total < minCandidateDigits {
					continue
				}
				if stops > 0 && !dottedLayout(gs[a:b+1]) {
					continue // 150.00000000, a bearing 131.23456789
				}
				cellWraps := false
				for k := a; k <= b; k++ {
					layout[k-a] = gs[k].end - gs[k].start
					cellWraps = cellWraps || k > a && joins[k] == joinCellWrap
				}
				digits := s[gs[a].start:gs[a].end] // one group: its own bytes
				if b > a {
					buf = buf[:0]
					for k := a; k <= b; k++ {
						buf = append(buf, s[gs[k].start:gs[k].end]...)
					}
					digits = string(buf)
				}
				fn(numberCandidate{start: gs[a].start, end: gs[b].end, digits: digits,
					layout: keep(layout[:b-a+1]), wrapped: wrapped})
				if cellWraps {
					// A wrap inside a cell splits the value where the
					// column ended rather than where its layout does:
					// offer it also with the wrapped pieces joined.
					n := 0
					for k := a; k <= b; k++ {
						if k > a && joins[k] == joinCellWrap {
							layout[n-1] += gs[k].end - gs[k].start
							continue
						}
						layout[n] = gs[k].end - gs[k].start
						n++
					}
					fn(numberCandidate{start: gs[a].start, end: gs[b].end, digits: digits,
						layout: keep(layout[:n]), wrapped: wrapped})
				}
			}
		}
		i = j
	}
}

// separatorAt is the length of the separator at s[j] that may stand
// between two groups of one number, followed by a digit: a space, a
// hyphen, a full stop (186.6723.9015), a line break, or a line break
// written as HTML (<br>, <br/>, <br />: a Markdown table's cell, an
// exported list), which is a line break to whoever reads it rendered. 0
// when there is none.
func separatorAt(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	w := 0
	switch s[j] {
	case ' ', '-', '.', '\n':
		w = 1
	case '<':
		w = brTagLen(s[j:])
	}
	if w == 0 || j+w >= len(s) || !isDigit(s[j+w]) {
		return 0
	}
	return w
}

// brTags are the ways HTML writes a line break, which a text (a Markdown
// table, an exported list) may carry as they are.
var brTags = [...]string{"<br>", "<br/>", "<br />"}

// brTagLen is the length of the line break tag that s, in lower case,
// starts with, or 0.
func brTagLen(s string) int {
	for _, t := range brTags {
		if strings.HasPrefix(s, t) {
			return len(t)
		}
	}
	return 0
}

func layoutIs(l []int, want ...int) bool {
	if len(l) != len(want) {
		return false
	}
	for i := range l {
		if l[i] != want[i] {
			return false
		}
	}
	return true
}

// cardLayout: one run of 16-19 digits, or groups of four with a short tail.
func cardLayout(l []int) bool {
	if len(l) == 1 {
		return l[0] >= 16 && l[0] <= 19
	}
	if layoutIs(l, 6, 13) || layoutIs(l, 6, 12) || layoutIs(l, 6, 10) {
		return true
	}
	if len(l) < 4 || len(l) > 5 {
		return false
	}
	for i := 0; i < 4; i++ {
		if l[i] != 4 {
			return false
		}
	}
	return len(l) == 4 || l[4] <= 3
}

// idLayout: 18 (or 17+x) in one run, or 6-8-4.
func idLayout(l []int) bool {
	return layoutIs(l, 18) || layoutIs(l, 6, 8, 4) || layoutIs(l, 6, 4, 4, 4)
}

func mobileLayout(l []int) bool {
	return layoutIs(l, 11) || layoutIs(l, 3, 4, 4) || layoutIs(l, 3, 8)
}

// stripCountry removes a +86/0086 country code from a mobile candidate.
func stripCountry(c *numberCandidate) (string, bool) {
	d := c.digits
	switch {
	case len(c.layout) == 1 && len(d) == 13 && strings.HasPrefix(d, "86"):
		return d[2:], true
	case len(c.layout) == 1 && len(d) == 15 && strings.HasPrefix(d, "0086"):
		return d[4:], true
	case len(c.layout) >= 2 && (c.layout[0] == 2 && strings.HasPrefix(d, "86") || c.layout[0] == 4 && strings.HasPrefix(d, "0086")):
		rest := c.layout[1:]
		if mobileLayout(rest) {
			return d[c.layout[0]:], true
		}
	}
	return "", false
}

// longDigits reports whether s holds at least minCandidateDigits digits
// in total, a cheap test that most prose fails, calling run with the
// bounds of each run of digits it counts (all of them when it reports
// false).
func longDigits(s string, run func(a, b int)) bool {
	n := 0
	for a := nextDigit(s, 0); a < len(s); a = nextDigit(s, a+1) {
		b := a + digitsAt(s[a:])
		run(a, b)
		if n += b - a; n >= minCandidateDigits {
			return true
		}
		a = b
	}
	return false
}

// numbers returns the text's number candidates, computed once and shared
// by the ID, card and mobile detectors.
func (in *input) numbers() iter.Seq[*numberCandidate] {
	if in.nums == nil {
		in.nums = &numberList{}
		// A text with too few digits for a number has its short runs
		// (shortRuns) kept by the count that finds so; any other by the
		// pass over its numbers.
		in.shortRun = [][2]int{}
		if longDigits(in.norm, in.keepShortRun) {
			in.shortRun = in.shortRun[:0]
			numberCandidates(in.norm, in.separator(), in.nums.add, in.keepShortRun)
		}
	}
	return in.nums.all
}

// numberList holds number candidates in blocks that are never moved: a
// slice that doubles copied every candidate of a long list of people
// again and again, and the memory of each copy was new to the process (a
// quarter of a 20 MB scan's page faults).
type numberList [][]numberCandidate

// numberBlock is the most candidates a block holds; the first blocks are
// smaller (8, 16, 32 …), as a text with a few numbers needs.
const numberBlock = 1024

func (l *numberList) add(c numberCandidate) {
	k := len(*l) - 1
	if k < 0 || len((*l)[k]) == cap((*l)[k]) {
		*l = append(*l, make([]numberCandidate, 0, min(8<<min(len(*l), 7), numberBlock)))
		k++
	}
	(*l)[k] = append((*l)[k], c)
}

// all yields every candidate in text order.
func (l *numberList) all(yield func(*numberCandidate) bool) {
	for _, b := range *l {
		for i := range b {
			if !yield(&b[i]) {
				return
			}
		}
	}
}

// separator is how digit groups join in this text: by its table cells
// where they are known, else by the heuristic that a tab in the original
// separates two cells (the normal form turns it into a space).
func (in *input) separator() func(a, b int) join {
	if len(in.cells) == 0 && in.origPrev == nil {
		return nil
	}
	return func(a, b int) join {
		nl := in.norm[a] == '\n' || in.norm[a] == '<' // a line break, or one in HTML
		if len(in.cells) > 0 {
			k, ok := in.oneCell(a-1, b+1)
			switch {
			case !ok:
				return joinNever
			case k >= 0 && nl:
				return joinCellWrap
			case k >= 0:
				return joinGroups
			}
		}
		if in.origPrev != nil && in.origPrev(b) == '\t' {
			return joinNever
		}
		if nl {
			return joinWrap
		}
		return joinGroups
	}
}

// dottedLayout reports whether groups joined by full stops are laid out
// as a value people write so: a mobile's 3-4-4, an ID's 6-8-4, or a
// card's fours (the last group shorter). A decimal, a bearing or a
// version is not.
func dottedLayout(gs []group) bool {
	n := make([]int, len(gs))
	for i, g := range gs {
		n[i] = g.end - g.start
	}
	switch {
	case len(n) == 3 && n[0] == 3 && n[1] == 4 && n[2] == 4:
		return true
	case len(n) == 3 && n[0] == 6 && n[1] == 8 && n[2] == 4:
		return true
	case len(n) >= 4:
		for i, k := range n {
			if k != 4 && !(i == len(n)-1 && k >= 1 && k < 4) {
				return false
			}
		}
		return true
	}
	return false
}

// stacked reports whether groups are single digits, at least a mobile's
// worth and at most an ID's, each on a line of its own (joined by line
// breaks): a number set in vertical text with its digits upright.
func stacked(gs []group, joins []join) bool {
	if len(gs) < minCandidateDigits || len(gs) > 19 {
		return false
	}
	for k, g := range gs {
		if g.end-g.start != 1 || k > 0 && joins[k] != joinWrap && joins[k] != joinCellWrap {
			return false
		}
	}
	return true
}
