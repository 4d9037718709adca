package normalize

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/mishen-gov/mishen/internal/prefault"
)

// Text is a normalised text with its map back to the original.
type Text struct {
	// Orig is the original text.
	Orig string
	// Norm is the normal form that matching runs on.
	Norm string
	norm []byte // the same bytes as Norm; never modified
	// meta[k] describes the k-th rune of Norm in one byte: its width in
	// bytes less one (low two bits) and how many runes of Orig lie
	// between the rune it came from and the previous norm rune's origin
	// (the high six bits; farDelta means the origin is in far). One byte
	// a rune instead of two int32 offsets: the map is an eighth of the
	// size and New writes an eighth of the memory.
	meta []uint8
	far  map[int32]int32
	// cpByte[c] and cpOrig[c] are the byte offset in Norm of norm rune
	// c*cpEvery and the rune offset in Orig it came from.
	cpByte []int32
	cpOrig []int32
	// normRunes is the number of runes in Norm.
	normRunes int
	// origRunes is the number of runes in Orig.
	origRunes int
	// lineStarts are the rune offsets in Orig where lines begin, and
	// lineBytes the byte offsets of the same places.
	lineStarts []int32
	lineBytes  []int32
	// ckpt[k] is the byte offset in Orig of rune k*ckptEvery.
	ckpt []int32
}

const ckptEvery = 16

// cjkMeta is the map of a run of ideographs that stay as they are, each
// of distance 1 and width 3, copied whole into Text.meta.
var cjkMeta = func() (m [1024]uint8) {
	for k := range m {
		m[k] = 1<<2 | 2
	}
	return m
}()

// cpEvery is the distance in norm runes between two checkpoints of the
// map back to the original.
const cpEvery = 32

// farDelta marks a norm rune whose origin is in Text.far.
const farDelta = 63

// at returns the byte offset in Norm of norm rune k and the original rune
// it came from; k at or past the end gives len(Norm) and OrigRunes.
func (t *Text) at(k int) (pos, orig int) {
	if k >= t.normRunes {
		return len(t.norm), t.origRunes
	}
	c := k / cpEvery
	pos, orig = int(t.cpByte[c]), int(t.cpOrig[c])
	for j := c*cpEvery + 1; j <= k; j++ {
		pos += int(t.meta[j-1]&3) + 1
		if d := t.meta[j] >> 2; d == farDelta {
			orig = int(t.far[int32(j)])
		} else {
			orig += int(d)
		}
	}
	return pos, orig
}

// origAt is the original rune that norm rune k came from.
func (t *Text) origAt(k int) int {
	_, o := t.at(k)
	return o
}

// NormBytes returns the normal form as bytes, for matchers that take
// []byte. The caller must not modify them.
func (t *Text) NormBytes() []byte { return t.norm }

// OrigByte is the byte offset in Orig of original rune r (len(Orig) at or
// past the end).
func (t *Text) OrigByte(r int) int {
	if r >= t.origRunes {
		return len(t.Orig)
	}
	if r <= 0 {
		return 0
	}
	b := int(t.ckpt[r/ckptEvery])
	for k := r % ckptEvery; k > 0; k-- {
		_, w := utf8.DecodeRuneInString(t.Orig[b:])
		b += w
	}
	return b
}

// OrigRunesBetween returns the original runes [a, b).
func (t *Text) OrigRunesBetween(a, b int) []rune {
	return []rune(t.Orig[t.OrigByte(a):t.OrigByte(b)])
}

// Span is a range of runes in the original text: [Start, End).
type Span struct{ Start, End int }

// OrigSpan maps the byte range [i, j) of Norm to runes of the original text.
// End is exclusive and covers the whole last original rune that produced
// Norm[j-1], so that Orig[Start:End] (in runes) shows the matched characters.
func (t *Text) OrigSpan(i, j int) Span {
	if j <= i {
		o := t.origAt(t.runeIndex(i))
		return Span{o, o}
	}
	a := t.runeIndex(i)
	b := t.runeIndex(j - 1)
	return Span{t.origAt(a), t.origEnd(b)}
}

// origEnd is the exclusive original end of norm rune k: one past the last
// original rune that produced it. Runes dropped after it (whitespace,
// zero-width) are not included: the next norm rune's origin is the bound.
func (t *Text) origEnd(k int) int {
	o := t.origAt(k)
	// A fold such as "ﾀﾞ" -> "ダ" could make one original rune give two norm
	// runes; then both share an origin and the end is that rune plus one.
	return o + 1
}

// runeIndex finds the norm rune that holds byte offset i.
func (t *Text) runeIndex(i int) int {
	if t.normRunes == 0 {
		return 0
	}
	c := sort.Search(len(t.cpByte), func(c int) bool { return int(t.cpByte[c]) > i }) - 1
	if c < 0 {
		return 0
	}
	k, pos := c*cpEvery, int(t.cpByte[c])
	for k+1 < t.normRunes {
		next := pos + int(t.meta[k]&3) + 1
		if next > i {
			break
		}
		k, pos = k+1, next
	}
	return k
}

// Line is the 1-based line of the original rune offset r.
func (t *Text) Line(r int) int {
	return sort.Search(len(t.lineStarts), func(k int) bool { return int(t.lineStarts[k]) > r })
}

// LineStart is the rune offset in Orig where line l (1-based) begins.
func (t *Text) LineStart(l int) int {
	if l < 1 || l > len(t.lineStarts) {
		return 0
	}
	return int(t.lineStarts[l-1])
}

// LineText is the original text of line l (1-based), without its line break.
func (t *Text) LineText(l int) string {
	if l < 1 || l > len(t.lineBytes) {
		return ""
	}
	a := int(t.lineBytes[l-1])
	b := len(t.Orig)
	if l < len(t.lineBytes) {
		b = int(t.lineBytes[l])
	}
	return strings.TrimRight(t.Orig[a:b], "\r\n\u2028\u2029\u0085")
}

// Lines is the number of lines of the original text.
func (t *Text) Lines() int { return len(t.lineBytes) }

// OrigRunes is the length of the original text in runes.
func (t *Text) OrigRunes() int { return t.origRunes }

// NormRuneOf is the index of the norm rune at byte offset i of Norm.
func (t *Text) NormRuneOf(i int) int { return t.runeIndex(i) }

// OrigOf is the original rune offset of the norm byte offset i.
func (t *Text) OrigOf(i int) int { return t.origAt(t.runeIndex(i)) }

// NormOf is the byte offset in Norm of the first norm rune that comes from
// original rune r or a later one (len(Norm) when none does). It maps the
// rune ranges of structure the extractors report (table cells) onto the
// normal form: [NormOf(a), NormOf(b)) is what runes [a, b) became.
func (t *Text) NormOf(r int) int {
	// The last checkpoint whose origin is before r, then rune by rune.
	c := sort.Search(len(t.cpOrig), func(c int) bool { return int(t.cpOrig[c]) >= r }) - 1
	if c < 0 {
		return 0
	}
	k := c * cpEvery
	pos, orig := int(t.cpByte[c]), int(t.cpOrig[c])
	for orig < r {
		if k+1 >= t.normRunes {
			return len(t.norm)
		}
		pos += int(t.meta[k]&3) + 1
		k++
		if d := t.meta[k] >> 2; d == farDelta {
			orig = int(t.far[int32(k)])
		} else {
			orig += int(d)
		}
	}
	return pos
}

// class of a rune for the whitespace rule.
type class uint8

const (
	clOther class = iota
	clAlnum       // ASCII digit or letter: runs that must stay apart
	clSpace
)

func classOf(r rune) class {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			return clAlnum
		case r == ' ', r == '\t', r == '\n', r == '\r', r == '\v', r == '\f':
			return clSpace
		}
		return clOther
	case unicode.IsSpace(r):
		return clSpace
	}
	return clOther
}

// isCJK reports whether r is a character next to which spacing is dropped:
// Han, CJK punctuation and symbols, full-width forms, and the ★/☆ of a
// classification marking.
func isCJK(r rune) bool {
	switch {
	case r < 0x2000:
		return false
	case r == '★', r == '☆', r == '●', r == '○':
		return true
	case 0x2E80 <= r && r <= 0x9FFF, // radicals, CJK symbols, kana, CJK unified
		0xF900 <= r && r <= 0xFAFF, // compatibility ideographs
		0xFE30 <= r && r <= 0xFE4F, // CJK compatibility forms
		0xFF00 <= r && r <= 0xFFEF, // half/full-width forms
		0x20000 <= r && r <= 0x3FFFF:
		return true
	}
	return false
}

// isFormat reports zero-width and other invisible format characters.
func isFormat(r rune) bool {
	switch r {
	case 0x00AD, 0x034F, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
		0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF:
		return true
	}
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x206F ||
		r >= 0xFE00 && r <= 0xFE0F || (r > 0x7F && unicode.Is(unicode.Cf, r))
}

var (
	t2sOnce  sync.Once
	t2sDense []rune // index r-t2sLo for the CJK block
	// t2sStop has bit r set, for a 3-byte rune r (U+0800..U+FFFF), when
	// r is below the ideographs (t2sLo) and not CJK punctuation
	// (U+3001..U+3035), or t2sDense has an entry for it: where a run of
	// ideographs that stay as they are stops. 8 KB, of
	// which the ideographs' 3 KB stay in the first-level cache, where
	// t2sDense (108 KB) does not; indexed without a bounds check.
	t2sStop  *[1 << 10]uint64
	t2sOther map[rune]rune
)

const t2sLo, t2sHi = 0x3400, 0x9FFF

func buildT2S() {
	t2sDense = make([]rune, t2sHi-t2sLo+1)
	t2sStop = new([1 << 10]uint64)
	for r := range t2sLo {
		// CJK punctuation (、。《》「」) is its own normal form like
		// the ideographs around it: a run goes on through it.
		if r < 0x3001 || r > 0x3035 {
			t2sStop[r>>6] |= 1 << (r & 63)
		}
	}
	t2sOther = map[rune]rune{}
	s := t2sPairs
	for len(s) > 0 {
		k, n := utf8.DecodeRuneInString(s)
		v, m := utf8.DecodeRuneInString(s[n:])
		s = s[n+m:]
		if t2sLo <= k && k <= t2sHi {
			t2sDense[k-t2sLo] = v
			t2sStop[k>>6] |= 1 << (k & 63)
		} else {
			t2sOther[k] = v
		}
	}
}

// Simplify maps one traditional character to its simplified form, or
// returns r unchanged.
func Simplify(r rune) rune {
	t2sOnce.Do(buildT2S)
	if t2sLo <= r && r <= t2sHi {
		if v := t2sDense[r-t2sLo]; v != 0 {
			return v
		}
		return r
	}
	if r >= 0x20000 || (r >= 0xF900 && r <= 0xFAFF) {
		if v, ok := t2sOther[r]; ok {
			return v
		}
	}
	return r
}

// fold returns the normal form of one non-ASCII rune into buf (NFKC of the
// single rune, then traditional -> simplified), or nil if the rune is
// unchanged.
func fold(r rune, buf []byte) []byte {
	if u, ok := radical(r); ok {
		return utf8.AppendRune(buf[:0], Simplify(u))
	}
	if d, ok := decimalDigit(r); ok {
		return append(buf[:0], '0'+d)
	}
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	d := norm.NFKC.Properties(tmp[:n]).Decomposition()
	if len(d) == 0 {
		if s := Simplify(r); s != r {
			return utf8.AppendRune(buf[:0], s)
		}
		return nil
	}
	// NFKC's decomposition is the compatibility form; recompose it.
	var tmp2 [64]byte
	out := norm.NFKC.Append(tmp2[:0], d...)
	res := buf[:0]
	for len(out) > 0 {
		c, m := utf8.DecodeRune(out)
		out = out[m:]
		res = utf8.AppendRune(res, Simplify(c))
	}
	return res
}

// decimalDigit is the value of a decimal digit of another script than
// ASCII's that NFKC leaves as it is (Arabic-Indic ٣, Devanagari ३, Thai
// ๓ …): a reader sees a digit. unicode.Nd lists each script's digits as
// runs of ten from its zero.
func decimalDigit(r rune) (byte, bool) {
	if r < 0x660 || !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	for _, g := range unicode.Nd.R16 {
		if r >= rune(g.Lo) && r <= rune(g.Hi) {
			return byte((r - rune(g.Lo)) / rune(g.Stride) % 10), true
		}
	}
	for _, g := range unicode.Nd.R32 {
		if r >= rune(g.Lo) && r <= rune(g.Hi) {
			return byte((r - rune(g.Lo)) / rune(g.Stride) % 10), true
		}
	}
	return 0, false
}

// runs turns the copying of ideograph runs on; tests turn it off to
// check it against the rune-by-rune path.
var runs = true

// stops reports whether the 3-byte rune r (U+0800..U+FFFF) ends a run of
// ideographs that stay as they are: it lies below U+3400 or has a
// simplified form.
func stops(r rune) bool {
	return t2sStop[uint16(r)>>6]&(1<<(uint16(r)&63)) != 0
}

// cjkRun measures the run of 3-byte ideographs (U+3400..U+9FFF) with no
// simplified form that starts at s[i]: it returns the byte offset after
// the run, the number of runes and the last one.
func cjkRun(s string, i int) (end, n int, last rune) {
	stop := t2sStop
	j := i
	for ; j+2 < len(s); j += 3 {
		c0, c1, c2 := s[j], s[j+1], s[j+2]
		if c0-0xE3 > 0xE9-0xE3 || (c1&0xC0^0x80)|(c2&0xC0^0x80) != 0 {
			break
		}
		r := uint32(c0&0x0F)<<12 | uint32(c1&0x3F)<<6 | uint32(c2&0x3F)
		if stop[r>>6&(1<<10-1)]&(1<<(r&63)) != 0 {
			break
		}
	}
	if n = (j - i) / 3; n > 0 {
		last = rune(s[j-3]&0x0F)<<12 | rune(s[j-2]&0x3F)<<6 | rune(s[j-1]&0x3F)
	}
	return j, n, last
}

// New normalises s. Invalid UTF-8 bytes become U+FFFD in both forms'
// accounting (callers decode non-UTF-8 input before this point).
func New(s string) *Text { return newText(s, nil) }

// growStep is how many bytes of normal form NewGrowing writes between two
// offers of it.
const growStep = 256 << 10

// NewGrowing is New that shows the normal form while it is written, so
// that another core can read it meanwhile: every growStep bytes it offers
// grown the normal form so far (when the receiver is waiting for it; New
// never waits), then sends the whole and closes grown. Each value is a
// prefix of the next and its bytes never change.
func NewGrowing(s string, grown chan<- []byte) *Text {
	t := newText(s, grown)
	grown <- t.norm
	close(grown)
	return t
}

func newText(s string, grown chan<- []byte) *Text {
	t := &Text{Orig: s}
	out := make([]byte, 0, len(s))
	t.meta = make([]uint8, 0, len(s)/2+1)
	// Both are written from start to end once: huge pages, where the
	// system has them, spare the kernel a fault every 4 KB.
	prefault.Huge(out)
	prefault.Huge(t.meta)
	t.cpByte = make([]int32, 0, len(s)/(2*cpEvery)+1)
	t.cpOrig = make([]int32, 0, len(s)/(2*cpEvery)+1)
	t.lineStarts = append(make([]int32, 0, 64), 0)
	t.lineBytes = append(make([]int32, 0, 64), 0)

	var (
		ri       int32 // original rune index
		prev     rune  = -1
		pendSp   bool  // whitespace run waiting for its right neighbour
		pendNL   bool
		pendAt   int32
		foldBuf  [32]byte
		foldBuf2 []byte
		lastFrom int32 // origin of the last norm rune
	)
	// push records the next norm rune, width bytes from original rune from.
	push := func(width int, from int32) {
		k := len(t.meta)
		if k%cpEvery == 0 {
			t.cpByte = append(t.cpByte, int32(len(out)))
			t.cpOrig = append(t.cpOrig, from)
		}
		d := from - lastFrom
		if d >= farDelta {
			if t.far == nil {
				t.far = map[int32]int32{}
			}
			t.far[int32(k)] = from
			d = farDelta
		}
		t.meta = append(t.meta, uint8(d)<<2|uint8(width-1))
		lastFrom = from
	}
	emit := func(r rune, from int32) {
		// Flush pending whitespace by the rule: keep it only between two
		// runes of which neither is CJK (digits and Latin stay apart).
		if pendSp {
			if prev >= 0 && !isCJK(prev) && !isCJK(r) {
				push(1, pendAt)
				if pendNL {
					out = append(out, '\n')
				} else {
					out = append(out, ' ')
				}
			}
			pendSp, pendNL = false, false
		}
		push(utf8.RuneLen(r), from)
		out = utf8.AppendRune(out, r)
		prev = r
	}
	t.ckpt = make([]int32, 0, len(s)/(2*ckptEvery)+1)
	t2sOnce.Do(buildT2S)
	offer := math.MaxInt // the length of out at which grown is next offered it
	if grown != nil {
		offer = growStep
	}
	for i := 0; i < len(s); {
		if ri%ckptEvery == 0 && int(ri/ckptEvery) == len(t.ckpt) {
			t.ckpt = append(t.ckpt, int32(i))
		}
		if len(out) >= offer {
			select {
			case grown <- out:
			default:
			}
			offer = len(out) + growStep
		}
		c := s[i]
		// Fastest path: a run of ideographs that are already simplified
		// is copied whole, and its map written as a run (one meta byte
		// of distance 1 and width 3 per rune, the checkpoints that fall
		// in it); most of a Chinese text is such runs.
		if c >= 0xE3 && c <= 0xE9 && runs {
			j, n, last := cjkRun(s, i)
			if n >= 2 {
				pendSp, pendNL = false, false
				push(3, ri) // the first rune: its distance may be far
				k0 := len(t.meta)
				for m := n - 1; m > 0; m -= len(cjkMeta) {
					t.meta = append(t.meta, cjkMeta[:min(m, len(cjkMeta))]...)
				}
				for k := (k0 + cpEvery - 1) / cpEvery * cpEvery; k < k0+n-1; k += cpEvery {
					m := int32(k - k0 + 1) // the run's rune at meta index k
					t.cpByte = append(t.cpByte, int32(len(out))+3*m)
					t.cpOrig = append(t.cpOrig, ri+m)
				}
				for q := (ri/ckptEvery + 1) * ckptEvery; q < ri+int32(n); q += ckptEvery {
					if int(q/ckptEvery) == len(t.ckpt) {
						t.ckpt = append(t.ckpt, int32(i)+3*(q-ri))
					}
				}
				out = append(out, s[i:j]...)
				ri += int32(n)
				lastFrom = ri - 1
				prev = last
				i = j
				continue
			}
		}
		// Fast path: a CJK ideograph (3 bytes, U+3400..U+9FFF) is stable
		// under NFKC and only simplified; CJK punctuation (、。《》「」,
		// U+3001..U+3035) is its own normal form. Spacing before either
		// is dropped.
		if c >= 0xE3 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if t2sLo <= r && r <= t2sHi || 0x3001 <= r && r <= 0x3035 && runs {
				pendSp, pendNL = false, false
				if r >= t2sLo && stops(r) {
					v := t2sDense[r-t2sLo]
					push(utf8.RuneLen(v), ri)
					out = utf8.AppendRune(out, v)
					r = v
				} else {
					// push(3, ri), inline: this is most of a
					// Chinese text.
					if d := ri - lastFrom; d < farDelta && len(t.meta)%cpEvery != 0 {
						t.meta = append(t.meta, uint8(d)<<2|2)
						lastFrom = ri
					} else {
						push(3, ri)
					}
					out = append(out, c, s[i+1], s[i+2])
				}
				prev = r
				i += 3
				ri++
				continue
			}
		}
		// Full-width ASCII (，：；（）！？), U+FF01..U+FF5E: NFKC maps it to
		// ASCII by a fixed offset; inline when no spacing is pending.
		if c == 0xEF && i+2 < len(s) && !pendSp && runs {
			if r := rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F) | 0xF000; (s[i+1] == 0xBC || s[i+1] == 0xBD) && s[i+2]&0xC0 == 0x80 && 0xFF01 <= r && r <= 0xFF5E {
				a := byte(r - 0xFEE0)
				if 'A' <= a && a <= 'Z' {
					a += 'a' - 'A'
				}
				push(1, ri)
				out = append(out, a)
				prev = rune(a)
				i += 3
				ri++
				continue
			}
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n':
				t.lineStarts = append(t.lineStarts, ri+1)
				t.lineBytes = append(t.lineBytes, int32(i))
				fallthrough
			case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				if !pendSp {
					pendSp, pendAt = true, ri
				}
				if c == '\n' {
					pendNL = true
				}
			case c < ' ' || c == 0x7F:
				// Other control characters: what a PDF's font gives for
				// a glyph with no character (pdfkit's .notdef is U+0000),
				// no text, dropped as format characters are.
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
				fallthrough
			default:
				if pendSp {
					emit(rune(c), ri)
					break
				}
				// emit, inline for ASCII with no spacing pending.
				if d := ri - lastFrom; d < farDelta && len(t.meta)%cpEvery != 0 {
					t.meta = append(t.meta, uint8(d)<<2)
					lastFrom = ri
				} else {
					push(1, ri)
				}
				out = append(out, c)
				prev = rune(c)
			}
			ri++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case t2sLo <= r && r <= t2sHi:
			// CJK ideographs are stable under NFKC: only simplify.
			emit(Simplify(r), ri)
		case 0x3001 <= r && r <= 0x3035, r == '★', r == '☆':
			emit(r, ri)
		case 0xFF01 <= r && r <= 0xFF5E:
			// Full-width ASCII: NFKC maps it to ASCII by a fixed offset.
			a := r - 0xFEE0
			if 'A' <= a && a <= 'Z' {
				a += 'a' - 'A'
			}
			emit(a, ri)
		case isFormat(r):
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			t.lineStarts = append(t.lineStarts, ri+1)
			t.lineBytes = append(t.lineBytes, int32(i))
			if !pendSp {
				pendSp, pendAt = true, ri
			}
			pendNL = true
		case unicode.IsSpace(r):
			if !pendSp {
				pendSp, pendAt = true, ri
			}
		default:
			f := fold(r, foldBuf[:0])
			if f == nil {
				emit(r, ri)
				break
			}
			foldBuf2 = append(foldBuf2[:0], f...)
			for len(foldBuf2) > 0 {
				c2, m := utf8.DecodeRune(foldBuf2)
				foldBuf2 = foldBuf2[m:]
				switch {
				case c2 == ' ':
					if !pendSp {
						pendSp, pendAt = true, ri
					}
				case 'A' <= c2 && c2 <= 'Z':
					emit(c2+'a'-'A', ri)
				default:
					emit(c2, ri)
				}
			}
		}
		ri++
	}
	t.origRunes = int(ri)
	t.normRunes = len(t.meta)
	// out is never written again: share its bytes with Norm instead of
	// copying them (as strings.Builder does).
	t.norm = out
	if len(out) > 0 {
		t.Norm = unsafe.String(&out[0], len(out))
	}
	return t
}

// String normalises s and returns only the normal form (for dictionary
// terms, which must be folded the same way as the texts they match).
func String(s string) string {
	if stable(s) {
		return s
	}
	return New(s).Norm
}

// stable reports whether s is its own normal form for a reason cheap to
// see: printable ASCII that is not upper case or spacing, and CJK
// ideographs that are not traditional. Most dictionary terms are, and a
// dictionary of 50,000 of them is then read without building a Text each.
func stable(s string) bool {
	t2sOnce.Do(buildT2S)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c > ' ' && c < 0x7F && !('A' <= c && c <= 'Z'):
			i++
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if r > t2sHi || stops(r) {
				return false
			}
			i += 3
		default:
			return false
		}
	}
	return true
}
