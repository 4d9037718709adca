package dict

import (
	"errors"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// automaton is an Aho-Corasick automaton over the runes of the normal form,
// built for dictionaries of Chinese terms: a term of four characters is
// four steps, not twelve byte steps.
//
// Every rune that occurs in some pattern has a class (1..nclass-1); every
// other rune is class 0 and always leads back to the root. The states
// nearest the root, where a scan spends nearly all of its time, are a dense
// DFA: one row of nclass next states each, with the failure links already
// followed at build time. Deeper states keep only their own children,
// sorted by class, and a failure link; a scan that reaches one follows
// failure links until a child or a dense state answers. States are
// numbered in breadth-first order, so a state is dense when its number is
// below ndense, and the failure link of a dense state is dense too.
//
// A scan allocates nothing but the matches it returns: each step is a
// rune decode, a class lookup and a table read.
type automaton struct {
	bmp    []uint16        // class of runes below 0x10000
	astral map[rune]uint16 // class of the others
	nclass int

	ndense int
	dense  []int32 // ndense*nclass next states

	fail  []int32 // failure link of every state
	first []int32 // children of state s are kids[first[s]:first[s+1]]
	kids  []kid
	// out[s] is the nearest state on s's failure chain (s included)
	// where a pattern ends, or 0; pat[s] is that pattern for such a state.
	out    []int32
	pat    []int32
	patLen []int32 // bytes
	maxLen int     // bytes of the longest pattern
}

// kid is one edge of the trie below a sparse state.
type kid struct {
	class uint16
	next  int32
}

func byClass(x, y kid) int { return int(x.class) - int(y.class) }

// denseBudget bounds the dense table: 256K next states (1 MB), which
// stay in a core's second-level cache. A small dictionary is a DFA
// throughout; a big one is dense near the root, where a scan spends most
// of its steps. A table of 16 MB, dense deeper, was 1.2-1.6x slower at
// 10,000 and 50,000 terms: each step missed the cache
// (go test -bench Find -cpu 1 ./internal/dict with the budget varied).
const denseBudget = 1 << 18

// match is one overlapping match: bytes [start, end) and the pattern.
type match struct {
	start, end, pat int32
}

// maxClasses bounds the character classes (they are uint16).
const maxClasses = 65000

// errTooManyChars is returned for dictionaries whose terms use more
// distinct characters than a class can number.
var errTooManyChars = errors.New("dict: the dictionaries use more than 65,000 distinct characters")

// buildAutomaton compiles non-empty UTF-8 patterns; a pattern's index is
// its id in the matches.
func buildAutomaton(pats []string) (*automaton, error) {
	return buildAutomatonBudget(pats, denseBudget)
}

// buildAutomatonBudget is buildAutomaton with at most budget entries in
// the dense table (tests use 1 to exercise the sparse states).
func buildAutomatonBudget(pats []string, budget int) (*automaton, error) {
	a := &automaton{bmp: make([]uint16, 0x10000), astral: map[rune]uint16{}, nclass: 1}
	// Classes numbered in the order of the characters, so that terms
	// sorted as strings give every node its children in class order.
	seen := make([]uint64, (utf8.MaxRune+1)/64)
	for _, p := range pats {
		for _, r := range p {
			seen[r/64] |= 1 << (r % 64)
		}
	}
	for w, set := range seen {
		for ; set != 0; set &= set - 1 {
			if a.nclass >= maxClasses {
				return nil, errTooManyChars
			}
			r := rune(w*64 + bits.TrailingZeros64(set))
			if r < 0x10000 {
				a.bmp[r] = uint16(a.nclass)
			} else {
				a.astral[r] = uint16(a.nclass)
			}
			a.nclass++
		}
	}
	seen = nil

	// The trie, built from the terms in sorted order: a term shares the
	// nodes of its common prefix with the term before it, so no node is
	// looked up, and each node's children are made in class order.
	order := make([]int32, len(pats))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := strings.Compare(pats[x], pats[y]); c != 0 {
			return c
		}
		return int(x - y) // the first of two equal terms keeps the node
	})
	parent := []int32{-1}
	edge := []uint16{0}
	term := []int32{-1}
	var path []int32 // path[d]: the previous term's node at depth d+1
	prev := ""
	a.patLen = make([]int32, len(pats))
	for _, id := range order {
		p := pats[id]
		a.patLen[id] = int32(len(p))
		a.maxLen = max(a.maxLen, len(p))
		// Runes of the common prefix with the previous term.
		shared, i := 0, 0
		for i < len(p) && i < len(prev) {
			r1, w1 := utf8.DecodeRuneInString(p[i:])
			r2, _ := utf8.DecodeRuneInString(prev[i:])
			if r1 != r2 {
				break
			}
			i += w1
			shared++
		}
		path = path[:shared]
		for _, r := range p[i:] {
			up := int32(0)
			if len(path) > 0 {
				up = path[len(path)-1]
			}
			parent = append(parent, up)
			edge = append(edge, a.class(r))
			term = append(term, -1)
			path = append(path, int32(len(term)-1))
		}
		if last := path[len(path)-1]; term[last] < 0 {
			term[last] = id
		}
		prev = p
	}

	// Children lists (CSR by parent, in class order), then breadth-first
	// order, renumbered so that dense states come first.
	n := len(term)
	start := make([]int32, n+1)
	for v := 1; v < n; v++ {
		start[parent[v]+1]++
	}
	for v := 1; v <= n; v++ {
		start[v] += start[v-1]
	}
	kids := make([]int32, n-1)
	fill := slices.Clone(start[:n])
	for v := 1; v < n; v++ { // nodes were made in sorted order: children in class order
		kids[fill[parent[v]]] = int32(v)
		fill[parent[v]]++
	}
	fill = nil
	bfs := make([]int32, 0, n) // new number -> old
	bfs = append(bfs, 0)
	for i := 0; i < len(bfs); i++ {
		bfs = append(bfs, kids[start[bfs[i]]:start[bfs[i]+1]]...)
	}
	renum := make([]int32, n)
	for nw, old := range bfs {
		renum[old] = int32(nw)
	}
	a.first = make([]int32, n+1)
	a.kids = make([]kid, 0, n-1)
	a.pat = make([]int32, n)
	for nw, old := range bfs {
		a.first[nw] = int32(len(a.kids))
		for _, c := range kids[start[old]:start[old+1]] {
			a.kids = append(a.kids, kid{edge[c], renum[c]})
		}
		// Sorted already unless a term is not valid UTF-8 (whose
		// bytes sort apart from U+FFFD's class); step relies on it.
		if ks := a.kids[a.first[nw]:]; !slices.IsSortedFunc(ks, byClass) {
			slices.SortFunc(ks, byClass)
		}
		a.pat[nw] = term[old]
	}
	a.first[n] = int32(len(a.kids))
	parent, edge, term, kids, start, bfs, renum = nil, nil, nil, nil, nil, nil, nil

	a.ndense = min(n, max(1, budget/a.nclass))
	a.dense = make([]int32, a.ndense*a.nclass)
	a.fail = make([]int32, n)
	a.out = make([]int32, n)
	// States in breadth-first order: a state's failure link is shallower,
	// so it is final before the state's children need it.
	for s := 0; s < n; s++ {
		if s > 0 && a.pat[s] >= 0 {
			a.out[s] = int32(s)
		} else {
			a.out[s] = a.out[a.fail[s]]
		}
		if s < a.ndense {
			row := a.dense[s*a.nclass : (s+1)*a.nclass]
			if s > 0 {
				copy(row, a.dense[int(a.fail[s])*a.nclass:int(a.fail[s]+1)*a.nclass])
			}
			for _, k := range a.kids[a.first[s]:a.first[s+1]] {
				row[k.class] = k.next
			}
		}
		for _, k := range a.kids[a.first[s]:a.first[s+1]] {
			if s == 0 {
				a.fail[k.next] = 0
			} else {
				a.fail[k.next] = a.step(a.fail[s], k.class)
			}
		}
	}
	return a, nil
}

// class is the class of rune r (0: in no pattern).
func (a *automaton) class(r rune) uint16 {
	if r < 0x10000 {
		return a.bmp[r]
	}
	return a.astral[r]
}

// step is the next state from s on class c.
func (a *automaton) step(s int32, c uint16) int32 {
	for {
		if int(s) < a.ndense {
			return a.dense[int(s)*a.nclass+int(c)]
		}
		ks := a.kids[a.first[s]:a.first[s+1]]
		// Children are few and sorted: a short linear scan.
		for _, k := range ks {
			if k.class >= c {
				if k.class == c {
					return k.next
				}
				break
			}
		}
		s = a.fail[s]
	}
}

// scan appends to ms every match, overlapping ones included, that starts
// in text[from:to) (to may lie inside a rune; matches may end past it).
// from must be at a rune boundary.
func (a *automaton) scan(text []byte, from, to int, ms []match) []match {
	end := min(len(text), to+a.maxLen)
	s := int32(0)
	nclass, ndense := a.nclass, int32(a.ndense)
	dense, bmp := a.dense, a.bmp
	for i := from; i < end; {
		if s == 0 {
			// At the root, a character that starts no term leaves the
			// automaton at the root (dense[c], the root's transition,
			// is 0): skip such characters, three bytes of an ideograph
			// or one of ASCII a step, without the output lookup. Most
			// of a text is such characters.
			for i < end {
				if b := text[i]; b < utf8.RuneSelf {
					if dense[bmp[b]] != 0 {
						break
					}
					i++
				} else if b >= 0xE0 && b < 0xF0 && i+2 < len(text) {
					if dense[bmp[rune(b&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F)]] != 0 {
						break
					}
					i += 3
				} else {
					break
				}
			}
			if i >= end {
				break
			}
		}
		var r rune
		b := text[i]
		switch {
		case b < utf8.RuneSelf:
			r = rune(b)
			i++
		case b >= 0xE0 && b < 0xF0 && i+2 < len(text):
			r = rune(b&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			i += 3
		default:
			var w int
			r, w = utf8.DecodeRune(text[i:])
			i += w
		}
		var c uint16
		if r < 0x10000 {
			c = bmp[r]
		} else {
			c = a.astral[r]
		}
		if s < ndense {
			s = dense[int(s)*nclass+int(c)]
		} else if c == 0 {
			s = 0
		} else {
			s = a.step(s, c)
		}
		if o := a.out[s]; o != 0 {
			for ; o != 0; o = a.out[a.fail[o]] {
				p := a.pat[o]
				st := i - int(a.patLen[p])
				// st < from only where invalid UTF-8 decoded to a
				// U+FFFD of another width (never in a normal form).
				if st < to && st >= from {
					ms = append(ms, match{int32(st), int32(i), p})
				}
			}
		}
	}
	return ms
}
