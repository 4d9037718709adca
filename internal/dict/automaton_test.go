package dict

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// naive returns every overlapping match of pats in text that starts in
// [from, to), sorted like Find sorts them.
func naive(pats []string, text string, from, to int) []match {
	var ms []match
	for i := from; i < to; i++ {
		for id, p := range pats {
			if strings.HasPrefix(text[i:], p) {
				ms = append(ms, match{int32(i), int32(i + len(p)), int32(id)})
			}
		}
	}
	sortMatches(ms)
	return ms
}

func sortMatches(ms []match) {
	slices.SortFunc(ms, func(x, y match) int {
		if x.start != y.start {
			return int(x.start - y.start)
		}
		if x.end != y.end {
			return int(y.end - x.end)
		}
		return int(x.pat - y.pat)
	})
}

// alphabet mixes ASCII, Han, a full-width form and a character outside
// the BMP, so every decoding path of scan is taken.
var alphabet = []rune("ab1 秘密内部资料工程甲乙★\U00020000é")

func randomString(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteRune(alphabet[r.Intn(len(alphabet))])
	}
	return b.String()
}

func TestAutomatonAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := range 300 {
		var pats []string
		seen := map[string]bool{}
		for range 1 + r.Intn(40) {
			p := randomString(r, 1+r.Intn(5))
			if !seen[p] {
				seen[p] = true
				pats = append(pats, p)
			}
		}
		a, err := buildAutomaton(pats)
		if err != nil {
			t.Fatal(err)
		}
		if round%2 == 1 {
			// Force the sparse states with their failure links.
			a = rebuildSparse(t, pats)
		}
		text := randomString(r, r.Intn(300))
		got := a.scan([]byte(text), 0, len(text), nil)
		sortMatches(got)
		if want := naive(pats, text, 0, len(text)); !slices.Equal(got, want) {
			t.Fatalf("round %d: patterns %q in %q:\ngot  %v\nwant %v", round, pats, text, got, want)
		}
		// A piece of the text: matches that start inside it.
		if len(text) > 0 {
			from := r.Intn(len(text))
			for from > 0 && text[from]&0xC0 == 0x80 {
				from--
			}
			to := from + r.Intn(len(text)-from+1)
			got := a.scan([]byte(text), from, to, nil)
			sortMatches(got)
			if want := naive(pats, text, from, to); !slices.Equal(got, want) {
				t.Fatalf("round %d: [%d,%d) of %q: got %v, want %v", round, from, to, text, got, want)
			}
		}
	}
}

// rebuildSparse builds pats with only the root dense.
func rebuildSparse(t *testing.T, pats []string) *automaton {
	t.Helper()
	a, err := buildAutomatonBudget(pats, 1)
	if err != nil {
		t.Fatal(err)
	}
	if a.ndense != 1 {
		t.Fatalf("ndense = %d, want 1", a.ndense)
	}
	return a
}

// TestFindPiecesAgree checks that a text split across cores gives the
// same hits as one scan.
func TestFindPiecesAgree(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var terms []string
	for range 500 {
		terms = append(terms, randomString(r, 2+r.Intn(4)))
	}
	es, err := Parse(strings.NewReader(strings.Join(terms, "\n")), "t")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(strings.Repeat(randomString(r, 1000), parallelBytes/1000+50))
	s.Wait()
	whole := s.ac.scan(text, 0, len(text), nil)
	got := s.matches(text, 0, nil)
	sortMatches(whole)
	sortMatches(got)
	if !slices.Equal(got, whole) {
		t.Fatalf("pieces found %d matches, one scan %d", len(got), len(whole))
	}
}

func FuzzAutomaton(f *testing.F) {
	f.Add("秘密|内部资料|密", "这是内部资料，秘密★1年")
	f.Add("ab|b|bab", "abababab")
	f.Fuzz(func(t *testing.T, patList, text string) {
		if len(patList) > 512 || len(text) > 2048 {
			return
		}
		var pats []string
		seen := map[string]bool{}
		for _, p := range strings.Split(patList, "|") {
			if p != "" && !seen[p] {
				seen[p] = true
				pats = append(pats, p)
			}
		}
		if len(pats) == 0 {
			return
		}
		// The normal form is valid UTF-8; so are the patterns.
		text = strings.ToValidUTF8(text, "\uFFFD")
		for i, p := range pats {
			pats[i] = strings.ToValidUTF8(p, "\uFFFD")
		}
		pats = slices.Compact(pats)
		seen = map[string]bool{}
		pats = slices.DeleteFunc(pats, func(p string) bool { d := seen[p]; seen[p] = true; return d })
		a, err := buildAutomatonBudget(pats, 1)
		if err != nil {
			t.Skip()
		}
		got := a.scan([]byte(text), 0, len(text), nil)
		sortMatches(got)
		if want := naive(pats, text, 0, len(text)); !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q: got %v, want %v", pats, text, got, want)
		}
	})
}

// benchSet compiles terms random words and returns 4 MB of generated prose with about one term in ten
// sentences, like bench/gen's.
func benchSet(b *testing.B, terms int) (*Set, []byte) {
	b.Helper()
	r := rand.New(rand.NewSource(42))
	han := []rune("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理")
	word := func(n int) string {
		var s strings.Builder
		for range n {
			s.WriteRune(han[r.Intn(len(han))])
		}
		return s.String()
	}
	var lines []string
	seen := map[string]bool{}
	for len(lines) < terms {
		w := word(3 + r.Intn(4))
		if !seen[w] {
			seen[w] = true
			lines = append(lines, w)
		}
	}
	es, err := Parse(strings.NewReader(strings.Join(lines, "\n")), "bench")
	if err != nil {
		b.Fatal(err)
	}
	s, err := Compile(es)
	if err != nil {
		b.Fatal(err)
	}
	var text strings.Builder
	for text.Len() < 4<<20 {
		fmt.Fprintf(&text, "根据《中华人民共和国政府信息公开条例》第%d条规定，现将%d年度本机关政府信息公开工作情况报告如下。", 1+r.Intn(50), 2015+r.Intn(10))
		text.WriteString(word(20))
		if r.Intn(10) == 0 {
			text.WriteString(lines[r.Intn(len(lines))] + "。")
		}
	}
	s.Wait()
	return s, []byte(text.String())
}

func benchmarkFind(b *testing.B, terms int) {
	s, text := benchSet(b, terms)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if hits := s.Find(text); len(hits) == 0 {
			b.Fatal("no hits")
		}
	}
}

func BenchmarkFind1k(b *testing.B)  { benchmarkFind(b, 1000) }
func BenchmarkFind10k(b *testing.B) { benchmarkFind(b, 10000) }
func BenchmarkFind50k(b *testing.B) { benchmarkFind(b, 50000) }

// BenchmarkCompile50k measures how long a 50,000-term dictionary takes
// to be ready after parsing.
func BenchmarkCompile50k(b *testing.B) {
	s, _ := benchSet(b, 50000)
	pats := make([]string, len(s.entries))
	for i, e := range s.entries {
		pats[i] = e.Norm
	}
	b.ReportAllocs()
	for b.Loop() {
		if a, err := buildAutomaton(pats); err != nil || a.ndense == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkReady50k is what a start with a 50,000-term dictionary costs
// before the first text can be matched: parse, normalise and merge the
// terms, and build the automaton.
func BenchmarkReady50k(b *testing.B) {
	s, _ := benchSet(b, 50000)
	var file strings.Builder
	for _, e := range s.entries {
		file.WriteString(e.Term)
		file.WriteByte('\n')
	}
	text := file.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		es, err := Parse(strings.NewReader(text), "terms.txt")
		if err != nil {
			b.Fatal(err)
		}
		set, err := Compile(es)
		if err != nil {
			b.Fatal(err)
		}
		set.Wait()
		if terms, _ := set.Len(); terms != 50000 {
			b.Fatal(terms)
		}
	}
}

// TestAutomatonInvalidUTF8 checks terms that are not valid UTF-8 (the
// normal form never makes them, but the automaton must not rely on it).
func TestAutomatonInvalidUTF8(t *testing.T) {
	pats := []string{"a\xff", "\uFFFDb", "\xffb", "ab"}
	text := "a\xffb\uFFFDb ab"
	a, err := buildAutomatonBudget(pats, 1)
	if err != nil {
		t.Fatal(err)
	}
	got := a.scan([]byte(text), 0, len(text), nil)
	sortMatches(got)
	// Invalid bytes decode to U+FFFD, so "\xffb" and "\uFFFDb" both match
	// wherever either stands: the automaton matches runes.
	if len(got) == 0 {
		t.Fatal("no matches")
	}
	for _, m := range got {
		if m.start < 0 || int(m.end) > len(text) || m.start >= m.end {
			t.Errorf("bad match %v", m)
		}
	}
}

// TestFindGrowing: matching a normal form while it is written finds
// exactly what matching the whole finds, wherever the prefixes it is
// shown end (mid-character, within the longest term of the end, empty),
// with allow phrases.
func TestFindGrowing(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for round := range 200 {
		var lines []string
		for range 1 + r.Intn(30) {
			line := strings.TrimSpace(randomString(r, 1+r.Intn(5)))
			if line == "" {
				continue
			}
			if r.Intn(6) == 0 {
				line += " | allow"
			}
			lines = append(lines, line)
		}
		es, err := Parse(strings.NewReader(strings.Join(lines, "\n")), "t")
		if err != nil {
			t.Fatal(err)
		}
		s, err := Compile(es)
		if err != nil {
			t.Fatal(err)
		}
		text := []byte(randomString(r, r.Intn(3000)))
		if round%50 == 0 {
			text = []byte(strings.Repeat(string(text)+"秘密", parallelBytes/(len(text)+6)+2))
		}
		want := s.Find(text)
		var cuts []int
		for range r.Intn(8) {
			cuts = append(cuts, r.Intn(len(text)+1))
		}
		slices.Sort(cuts)
		grown := make(chan []byte)
		go func() {
			for _, c := range cuts {
				grown <- text[:c]
			}
			grown <- text
			close(grown)
		}()
		got := s.FindGrowing(grown)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: shown in prefixes ending at %v: %d hits, the whole text %d", round, cuts, len(got), len(want))
		}
	}
}
