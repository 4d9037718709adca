package dict

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/dictionaries"
	"github.com/mishen-gov/mishen/internal/normalize"
	"github.com/mishen-gov/mishen/internal/report"
)

// MaxTermRunes bounds a term's length; it keeps allow-list checks local.
const MaxTermRunes = 64

// Allow is the category of allow-list phrases.
const Allow = "allow"

// Entry is one dictionary line.
type Entry struct {
	Term     string          // as written in the file
	Norm     string          // normal form that is matched
	Category report.Category // or Allow
	Severity report.Severity
	Note     string
	Source   string // file:line
}

// parallelBytes is the text size from which Find splits a text across
// cores.
const parallelBytes = 1 << 20

// SyntaxError is a bad dictionary line.
type SyntaxError struct {
	Source string // file:line
	Msg    string
}

func (e *SyntaxError) Error() string { return "dict: " + e.Source + ": " + e.Msg }

// Parse reads one dictionary file. name is used in errors and sources.
func Parse(r io.Reader, name string) ([]Entry, error) {
	var out []Entry
	var plain [4]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		src := name + ":" + strconv.Itoa(n)
		var f []string
		if strings.IndexByte(line, '|') < 0 {
			// A plain term, the common line of a big dictionary.
			f = append(plain[:0], line)
		} else {
			f = strings.Split(line, "|")
			for i := range f {
				f[i] = strings.TrimSpace(f[i])
			}
		}
		if len(f) > 4 {
			return nil, &SyntaxError{src, "too many fields (want term | category | severity | note)"}
		}
		for len(f) < 4 {
			f = append(f, "")
		}
		e := Entry{Term: f[0], Note: f[3], Source: src}
		if e.Term == "" {
			return nil, &SyntaxError{src, "empty term"}
		}
		if utf8.RuneCountInString(e.Term) > MaxTermRunes {
			return nil, &SyntaxError{src, fmt.Sprintf("term longer than %d characters", MaxTermRunes)}
		}
		e.Norm = normalize.String(e.Term)
		if e.Norm == "" {
			return nil, &SyntaxError{src, "term is only spacing or invisible characters"}
		}
		switch c := f[1]; {
		case c == "":
			e.Category = report.SensitiveTerm
		case c == Allow:
			e.Category = Allow
		default:
			ok := false
			for _, k := range report.Categories {
				ok = ok || string(k) == c
			}
			if !ok {
				return nil, &SyntaxError{src, fmt.Sprintf("unknown category %q (want one of DESIGN.md's categories or allow)", c)}
			}
			e.Category = report.Category(c)
		}
		if f[2] == "" {
			e.Severity = e.Category.DefaultSeverity()
		} else {
			s, err := report.ParseSeverity(f[2])
			if err != nil {
				return nil, &SyntaxError{src, err.Error()}
			}
			e.Severity = s
		}
		if e.Category == Allow {
			e.Severity = ""
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("dict: %s: %w", name, err)
	}
	return out, nil
}

// LoadFS reads every *.txt file of fsys, in name order.
func LoadFS(fsys fs.FS, prefix string) ([]Entry, error) {
	var out []Entry
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return nil
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		es, err := Parse(f, filepath.Join(prefix, p))
		out = append(out, es...)
		return err
	})
	return out, err
}

// Defaults are the dictionaries embedded in the binary.
func Defaults() ([]Entry, error) { return LoadFS(dictionaries.FS, "dictionaries") }

// Load reads the embedded defaults and then every extra folder.
func Load(dirs []string) ([]Entry, error) {
	es, err := Defaults()
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		st, err := os.Stat(d)
		if err != nil {
			return nil, fmt.Errorf("dict: --dict %s: %w", d, err)
		}
		if !st.IsDir() {
			f, err := os.Open(d)
			if err != nil {
				return nil, fmt.Errorf("dict: %w", err)
			}
			more, err := Parse(f, d)
			f.Close()
			if err != nil {
				return nil, err
			}
			es = append(es, more...)
			continue
		}
		more, err := LoadFS(os.DirFS(d), d)
		if err != nil {
			return nil, err
		}
		es = append(es, more...)
	}
	return es, nil
}

// Set is a compiled dictionary. It is immutable and safe for concurrent use.
type Set struct {
	entries []Entry // deduplicated by Norm; index = pattern id
	built   chan struct{}
	ac      *automaton // set before built is closed
	version string
	terms   int
	allows  int
}

// Compile validates and merges the entries and starts building the
// automaton in the background, so that a caller can read and normalise its
// input meanwhile (at 50,000 terms the build takes about 0.05 s); Find and
// Wait block until it is built. Entries with the same normal form are
// merged: the strongest severity wins, allow wins over any term. Building
// cannot fail once the entries are valid (every pattern is non-empty).
func Compile(es []Entry) (*Set, error) {
	byNorm := make(map[string]int, len(es))
	var uniq []Entry
	for _, e := range es {
		i, ok := byNorm[e.Norm]
		if !ok {
			byNorm[e.Norm] = len(uniq)
			uniq = append(uniq, e)
			continue
		}
		u := &uniq[i]
		switch {
		case u.Category == Allow:
		case e.Category == Allow:
			*u = e
		case e.Severity.Rank() > u.Severity.Rank():
			*u = e
		}
	}
	s := &Set{entries: uniq, built: make(chan struct{})}
	h := sha256.New()
	keys := make([]string, 0, len(uniq))
	pats := make([]string, len(uniq))
	for i, e := range uniq {
		pats[i] = e.Norm
		keys = append(keys, e.Norm+"\x00"+string(e.Category)+"\x00"+string(e.Severity))
		if e.Category == Allow {
			s.allows++
		} else {
			s.terms++
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		h.Write([]byte(k))
		h.Write([]byte{'\n'})
	}
	s.version = hex.EncodeToString(h.Sum(nil))[:12]
	for i, p := range pats {
		if len(p) == 0 {
			return nil, fmt.Errorf("dict: %s: empty term", uniq[i].Source)
		}
	}
	if distinctRunes(pats) >= maxClasses {
		return nil, errTooManyChars
	}
	go func() {
		ac, err := buildAutomaton(pats)
		if err != nil {
			// Unreachable once the characters are counted; fail
			// loudly rather than match nothing.
			panic("dict: building the automaton: " + err.Error())
		}
		s.ac = ac
		close(s.built)
	}()
	return s, nil
}

// distinctRunes counts the distinct characters of the patterns.
func distinctRunes(pats []string) int {
	seen := make([]uint64, (utf8.MaxRune+1)/64)
	n := 0
	for _, p := range pats {
		for _, r := range p {
			if seen[r/64]&(1<<(r%64)) == 0 {
				seen[r/64] |= 1 << (r % 64)
				n++
			}
		}
	}
	return n
}

// Wait blocks until the automaton is built.
func (s *Set) Wait() { <-s.built }

// Version identifies the compiled content (not the file names).
func (s *Set) Version() string { return s.version }

// Len is the number of distinct terms and allow phrases.
func (s *Set) Len() (terms, allows int) { return s.terms, s.allows }

// Hit is one term found in a normal-form text: byte offsets [Start, End).
type Hit struct {
	Start, End int
	Entry      *Entry
}

// Find returns the term hits of norm, leftmost-longest and not overlapping
// one another, with every hit that an allow phrase overlaps removed.
func (s *Set) Find(norm []byte) []Hit {
	if len(norm) == 0 {
		return nil
	}
	s.Wait()
	return s.hits(s.matches(norm, 0, nil))
}

// FindGrowing is Find for a normal form that is still being written: each
// value received from grown is the normal form so far, a prefix of the
// next, and the last one before grown is closed is the whole of it. What
// can no longer change (all but the longest term's length at the end) is
// matched while the rest is written, on another core.
func (s *Set) FindGrowing(grown <-chan []byte) []Hit {
	s.Wait()
	var (
		ms   []match
		norm []byte
		done int // matches starting before done are in ms
	)
	for norm = range grown {
		// A match starting before to ends by to+maxLen, within norm.
		to := len(norm) - s.ac.maxLen
		for to > done && to < len(norm) && !utf8.RuneStart(norm[to]) {
			to--
		}
		if to > done {
			ms = s.ac.scan(norm, done, to, ms)
			done = to
		}
	}
	if len(norm) == 0 {
		return nil
	}
	return s.hits(s.matches(norm, done, ms))
}

// hits turns matches, overlapping ones included, into Find's hits.
func (s *Set) hits(ms []match) []Hit {
	if len(ms) == 0 {
		return nil
	}
	// Allow spans; sorted by start below.
	slices.SortFunc(ms, func(x, y match) int {
		if x.start != y.start {
			return int(x.start - y.start)
		}
		return int(y.end - x.end)
	})
	var allow [][2]int
	for _, m := range ms {
		if s.entries[m.pat].Category == Allow {
			allow = append(allow, [2]int{int(m.start), int(m.end)})
		}
	}
	out := make([]Hit, 0, len(ms))
	last := -1 // end of the last kept hit
	for _, m := range ms {
		e := &s.entries[m.pat]
		if e.Category == Allow || int(m.start) < last {
			continue
		}
		if len(allow) > 0 && overlapsAny(allow, int(m.start), int(m.end)) {
			continue
		}
		out = append(out, Hit{int(m.start), int(m.end), e})
		last = int(m.end)
	}
	return out
}

// matches appends to ms every match in norm that starts at from or later,
// overlapping ones included; a big text is cut into one piece per core at
// character boundaries, each piece scanned on its own (reading up to the
// longest term past its end).
func (s *Set) matches(norm []byte, from int, ms []match) []match {
	n := 1
	if len(norm)-from >= parallelBytes {
		n = runtime.GOMAXPROCS(0)
	}
	if n <= 1 {
		return s.ac.scan(norm, from, len(norm), ms)
	}
	cut := make([]int, n+1)
	cut[0] = from
	for k := 1; k < n; k++ {
		c := from + k*(len(norm)-from)/n
		for c < len(norm) && !utf8.RuneStart(norm[c]) {
			c++
		}
		cut[k] = c
	}
	cut[n] = len(norm)
	parts := make([][]match, n)
	parts[0] = ms
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() { parts[k] = s.ac.scan(norm, cut[k], cut[k+1], parts[k]) })
	}
	wg.Wait()
	return slices.Concat(parts...)
}

// overlapsAny reports whether [a, b) overlaps any span; spans are sorted by
// start and short, so a binary search and a short walk back suffice.
func overlapsAny(spans [][2]int, a, b int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i][0] >= b })
	for j := i - 1; j >= 0; j-- {
		if spans[j][1] > a {
			return true
		}
		if a-spans[j][0] > 4*MaxTermRunes { // no allow phrase is that long
			break
		}
	}
	return false
}
