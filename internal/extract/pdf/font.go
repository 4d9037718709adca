package pdf

import (
	"context"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	pdfcpufont "github.com/pdfcpu/pdfcpu/pkg/font"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// font knows how to turn the bytes of a shown string into text and how far
// they advance. It is built once per distinct font dictionary and shared
// by every page that uses it.
//
// The library's own decoder scans every ToUnicode entry for every glyph
// and ignores ToUnicode for simple fonts and the Chinese predefined CMaps;
// this one uses maps and knows GBK, Big5 and UCS-2 encodings.
type font struct {
	// How codes are cut from a string.
	codeLen   int          // fixed code length in bytes (1 or 2), or 0 for codespace/legacy rules
	codespace [4][]csRange // by length-1, from an embedded CMap
	legacy    encoding.Encoding
	ucs2      bool // code is UTF-16BE (Uni*-UCS2/UTF16 CMaps)
	// predefined is how a predefined CMap (ucs2 or legacy) gives the
	// CIDs its W array is indexed by, as far as widths need them.
	predefined asciiCIDs

	toUni *cmap      // ToUnicode, when present
	table *[256]rune // simple fonts without ToUnicode: code -> rune (0: none)
	// guessed marks the codes of table whose text is a guess: the font
	// does not say which character the glyph is (garble.go).
	guessed *[256]bool

	// Widths, in glyph space units (1/1000 em except Type3).
	first  int
	widths []float64
	cidW   []cidWidth // sorted by lo
	dw     float64
	scale  float64 // glyph space to text space (0.001, or FontMatrix[0])

	// unknown is true when codes cannot be turned into text at all
	// (a CID font with Identity encoding and no ToUnicode).
	unknown bool
}

type csRange struct{ lo, hi []byte }

// asciiCIDs are the CIDs a predefined CMap gives the ASCII codes 0x20 and
// 0x21..0x7E (the character collection's proportional or half-width
// Latin, whose widths differ glyph by glyph: Adobe-GB1's CIDs 1..95, or
// 7716 and 814.. in GB-EUC-H). Every other code of such a font is a CJK
// glyph of the font's default width (DW): its CID would need the whole
// CMap, and looking a Unicode value or a GBK code up in W, which is
// indexed by CID, gives some other glyph's width.
type asciiCIDs struct {
	on           bool
	space, first uint32
}

// cid is the CID of code, if it is one of the ASCII codes.
func (a asciiCIDs) cid(code uint32) (uint32, bool) {
	switch {
	case code == 0x20:
		return a.space, true
	case code > 0x20 && code <= 0x7e:
		return a.first + code - 0x21, true
	}
	return 0, false
}

// predefinedCIDs says how the predefined CMap name maps ASCII (Adobe's
// CMap resources: UniGB-UCS2-H <0020> <007e> 1, GB-EUC-H <20> 7716 and
// <21> <7e> 814, ETen-B5-H <20> <7e> 13648).
func predefinedCIDs(name string) asciiCIDs {
	switch {
	case strings.HasPrefix(name, "GB-EUC"), strings.HasPrefix(name, "GBK-EUC"), strings.HasPrefix(name, "GBT-EUC"):
		return asciiCIDs{on: true, space: 7716, first: 814}
	case strings.HasPrefix(name, "ETen-B5"), strings.HasPrefix(name, "B5-"):
		return asciiCIDs{on: true, space: 13648, first: 13649}
	}
	return asciiCIDs{on: true, space: 1, first: 2}
}

type cidWidth struct {
	lo, hi uint32
	w      float64   // when ws is nil
	ws     []float64 // per code from lo
}

// showResult is what showing one string did.
type showResult struct {
	width   float64 // sum of glyph widths in text space units per unit font size
	spaces  int     // single-byte code 32s (word spacing applies to them)
	glyphs  int
	unknown int // glyphs that could not be turned into text, or only into a guess
}

// gmark is where one glyph's text ends in the output of show, and how far
// the glyph advances.
type gmark struct {
	end   int     // byte offset in out after the glyph's text
	w     float64 // width in text space units per unit font size
	space bool    // a single-byte code 32 (word spacing applies)
}

// show appends the text of s to out and measures it, and appends to marks
// one mark per glyph.
func (f *font) show(s []byte, out []byte, marks []gmark) ([]byte, []gmark, showResult) {
	var r showResult
	if f.legacy != nil && f.toUni == nil {
		return f.showLegacy(s, out, marks)
	}
	for len(s) > 0 {
		code, n := f.nextCode(s)
		s = s[n:]
		r.glyphs++
		sp := n == 1 && code == 32
		if sp {
			r.spaces++
		}
		w := f.width(code)
		r.width += w
		switch t, ok := f.toUni.lookupOK(code, n); {
		case ok:
			out = append(out, t...)
		case f.ucs2:
			out = appendUCS2(out, code, n)
		case f.table != nil && n == 1 && f.table[code] != 0:
			out = utf8.AppendRune(out, f.table[code])
			if f.guessed != nil && f.guessed[code] {
				r.unknown++ // kept, but not what the page says
			}
		default:
			r.unknown++
		}
		marks = append(marks, gmark{end: len(out), w: w, space: sp})
	}
	return out, marks, r
}

func appendUCS2(out []byte, code uint32, n int) []byte {
	if n == 4 {
		r := utf16.DecodeRune(rune(code>>16), rune(code&0xffff))
		return utf8.AppendRune(out, r)
	}
	if utf16.IsSurrogate(rune(code)) {
		return utf8.AppendRune(out, utf8.RuneError)
	}
	return utf8.AppendRune(out, rune(code))
}

// showLegacy decodes a string in a predefined multi-byte Chinese CMap
// (GBK-EUC-H, B5pc-H, …) whose font has no ToUnicode: the bytes are the
// legacy encoding itself.
func (f *font) showLegacy(s []byte, out []byte, marks []gmark) ([]byte, []gmark, showResult) {
	var r showResult
	dec := f.legacy.NewDecoder()
	for i := 0; i < len(s); {
		n, code := 1, uint32(s[i])
		if s[i] >= 0x81 && i+1 < len(s) {
			n, code = 2, code<<8|uint32(s[i+1])
		}
		w := f.width(code)
		sp := n == 1 && s[i] == 32
		if sp {
			r.spaces++
		}
		r.glyphs++
		r.width += w
		t, err := dec.Bytes(s[i : i+n])
		if err != nil || len(t) == 0 {
			r.unknown++
		} else {
			out = append(out, t...)
		}
		marks = append(marks, gmark{end: len(out), w: w, space: sp})
		i += n
	}
	return out, marks, r
}

func (f *font) scaleOr() float64 {
	if f.scale == 0 {
		return 0.001
	}
	return f.scale
}

// nextCode cuts the first character code from s.
func (f *font) nextCode(s []byte) (uint32, int) {
	switch f.codeLen {
	case 1:
		return uint32(s[0]), 1
	case 2:
		if len(s) < 2 {
			return uint32(s[0]), 1
		}
		c := uint32(s[0])<<8 | uint32(s[1])
		if f.ucs2 && len(s) >= 4 && utf16.IsSurrogate(rune(c)) && c < 0xdc00 {
			return c<<16 | uint32(s[2])<<8 | uint32(s[3]), 4
		}
		return c, 2
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
		for _, r := range f.codespace[n-1] {
			if inRange(s[:n], r) {
				return bytesCode(s[:n]), n
			}
		}
	}
	return uint32(s[0]), 1
}

func inRange(b []byte, r csRange) bool {
	if len(r.lo) != len(b) || len(r.hi) != len(b) {
		return false
	}
	for i := range b {
		if b[i] < r.lo[i] || b[i] > r.hi[i] {
			return false
		}
	}
	return true
}

func bytesCode(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// width returns the width of code in text space units per unit font size.
func (f *font) width(code uint32) float64 {
	sc := f.scaleOr()
	if f.predefined.on {
		cid, ok := f.predefined.cid(code)
		if !ok {
			return f.dw * sc
		}
		code = cid
	}
	if f.cidW != nil || f.codeLen == 2 || f.codeLen == 0 {
		i := sort.Search(len(f.cidW), func(i int) bool { return f.cidW[i].hi >= code })
		if i < len(f.cidW) && f.cidW[i].lo <= code {
			w := f.cidW[i]
			if w.ws != nil {
				if k := int(code - w.lo); k < len(w.ws) {
					return w.ws[k] * sc
				}
				return f.dw * sc
			}
			return w.w * sc
		}
		return f.dw * sc
	}
	if k := int(code) - f.first; k >= 0 && k < len(f.widths) {
		return f.widths[k] * sc
	}
	return f.dw * sc
}

// maxFontCMapBytes bounds the bytes read of one ToUnicode or encoding CMap.
const maxFontCMapBytes = 8 << 20

// loadFont builds a font from its dictionary. It may panic on malformed
// input (the library's Value accessors do); the caller recovers.
func loadFont(v lpdf.Value) *font {
	f := &font{scale: 0.001, dw: 1000}
	subtype := v.Key("Subtype").Name()
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		f.toUni = parseCMap(io.NopCloser(decoded(tu)))
	}
	if subtype == "Type0" {
		f.loadType0(v)
		return f
	}
	f.codeLen = 1
	f.dw = 0
	if subtype == "Type3" {
		if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	n := ws.Len()
	if n > 256 {
		n = 256
	}
	for i := 0; i < n; i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	if mw := v.Key("FontDescriptor").Key("MissingWidth"); mw.Kind() == lpdf.Integer || mw.Kind() == lpdf.Real {
		f.dw = mw.Float64()
	}
	if n == 0 && f.dw == 0 {
		// Only the standard 14 fonts may come without widths: their
		// metrics are every reader's own (mutool create, hand-written
		// files). An unknown font takes an average advance.
		if ws := standardWidths(v.Key("BaseFont").Name()); ws != nil && !embedded(v.Key("FontDescriptor")) {
			f.first, f.widths = 0, ws
		} else {
			f.dw = 500
		}
	}
	if f.toUni == nil || f.toUni.empty() {
		f.table = simpleTable(v)
		f.guessed = guessedCodes(v, subtype, f.table)
	}
	return f
}

func (f *font) loadType0(v lpdf.Value) {
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case lpdf.Name:
		name := enc.Name()
		if name != "Identity-H" && name != "Identity-V" {
			f.predefined = predefinedCIDs(name)
		}
		switch {
		case name == "Identity-H" || name == "Identity-V":
			f.codeLen = 2
		case strings.HasPrefix(name, "Uni") && (strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16")):
			f.codeLen = 2
			f.ucs2 = true
		case strings.HasPrefix(name, "GB"): // GB-EUC-H, GBpc-EUC-H, GBK-EUC-H, GBK2K-H, GBT-EUC-H …
			f.legacy = simplifiedchinese.GBK
			if strings.HasPrefix(name, "GBK2K") {
				f.legacy = simplifiedchinese.GB18030
			}
		case strings.HasPrefix(name, "B5") || strings.HasPrefix(name, "ETen") || strings.HasPrefix(name, "HKscs") ||
			strings.HasPrefix(name, "ETHK"):
			f.legacy = traditionalchinese.Big5
		default:
			f.codeLen = 2
		}
	case lpdf.Stream:
		// An embedded CMap: its codespace says how codes are cut.
		cm := parseCMap(io.NopCloser(decoded(enc)))
		f.codespace = cm.space
		if cm.spaceEmpty() {
			f.codeLen = 2
		}
	default:
		f.codeLen = 2
	}
	if f.legacy != nil {
		f.codeLen = 0
		f.codespace = [4][]csRange{{{lo: []byte{0}, hi: []byte{0x80}}}, {{lo: []byte{0x81, 0x40}, hi: []byte{0xfe, 0xfe}}}}
	}
	desc := v.Key("DescendantFonts").Index(0)
	if dw := desc.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
		f.dw = dw.Float64()
	}
	f.cidW = parseCIDWidths(desc.Key("W"))
	if f.toUni == nil && !f.ucs2 && f.legacy == nil {
		f.unknown = true
	}
}

// maxWidthEntries bounds the widths kept from one W array.
const maxWidthEntries = 1 << 16

// parseCIDWidths reads a CID font's W array: c [w1 w2 …] or c1 c2 w.
func parseCIDWidths(w lpdf.Value) []cidWidth {
	var out []cidWidth
	n := w.Len()
	total := 0
	for i := 0; i < n && total < maxWidthEntries; {
		lo := w.Index(i)
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			cw := cidWidth{lo: uint32(lo.Int64())}
			for j := 0; j < next.Len() && total < maxWidthEntries; j++ {
				cw.ws = append(cw.ws, next.Index(j).Float64())
				total++
			}
			if len(cw.ws) > 0 {
				cw.hi = cw.lo + uint32(len(cw.ws)) - 1
				out = append(out, cw)
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		cw := cidWidth{lo: uint32(lo.Int64()), hi: uint32(next.Int64()), w: w.Index(i + 2).Float64()}
		if cw.hi >= cw.lo {
			out = append(out, cw)
		}
		total++
		i += 3
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].hi < out[j].hi })
	if out == nil {
		out = []cidWidth{}
	}
	return out
}

// simpleTable maps the 256 codes of a simple font without ToUnicode,
// using the library's encodings (WinAnsi, MacRoman, Differences, or the
// PDFDocEncoding default).
func simpleTable(v lpdf.Value) *[256]rune {
	var t [256]rune
	fv := lpdf.Font{V: v}
	enc := fv.Encoder()
	var b [1]byte
	for i := 0; i < 256; i++ {
		b[0] = byte(i)
		for _, r := range enc.Decode(string(b[:])) {
			if r != utf8.RuneError && r >= 0x20 || r == '\t' || r == '\n' {
				t[i] = r
			}
			break
		}
	}
	return &t
}

// cmap is a parsed ToUnicode (or encoding) CMap.
type cmap struct {
	space  [4][]csRange
	single map[uint64]string // (len<<32 | code) -> text
	ranges []cmapRange
}

type cmapRange struct {
	n      int
	lo, hi uint32
	base   []uint16 // UTF-16 of lo's text; the last unit counts up
	arr    []string // or one text per code
}

func (m *cmap) empty() bool { return len(m.single) == 0 && len(m.ranges) == 0 }

func (m *cmap) spaceEmpty() bool {
	for _, s := range m.space {
		if len(s) > 0 {
			return false
		}
	}
	return true
}

// lookupOK is lookup on a map that may be absent.
func (m *cmap) lookupOK(code uint32, n int) (string, bool) {
	if m == nil {
		return "", false
	}
	return m.lookup(code, n)
}

func (m *cmap) lookup(code uint32, n int) (string, bool) {
	if t, ok := m.single[uint64(n)<<32|uint64(code)]; ok {
		return t, true
	}
	for i := range m.ranges {
		r := &m.ranges[i]
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.arr != nil {
			if int(off) < len(r.arr) {
				return r.arr[off], true
			}
			return "", false
		}
		u := append([]uint16(nil), r.base...)
		if len(u) > 0 {
			u[len(u)-1] += uint16(off)
		}
		return string(utf16.Decode(u)), true
	}
	return "", false
}

// Bounds on what one CMap may hold.
const (
	maxCMapEntries = 1 << 18
	expandRange    = 256 // ranges up to this size go into the map
)

// parseCMap reads the codespace, bfchar and bfrange sections of a CMap.
// Anything else is skipped; malformed sections are dropped, not fatal.
func parseCMap(r io.ReadCloser) *cmap {
	defer r.Close()
	m := &cmap{single: make(map[uint64]string)}
	left := int64(maxFontCMapBytes)
	lx := newLexer(&budgetReader{r: r, left: &left})
	var stack []operand
	entries := 0
	var op operand
	for entries < maxCMapEntries {
		k := lx.next(&op)
		switch k {
		case tEOF:
			return m
		case tOperand:
			if len(stack) < maxOperands {
				op.str = append([]byte(nil), op.str...)
				stack = append(stack, op)
			}
			continue
		case tArrayStart:
			a := lx.array(1)
			for i := range a {
				a[i].str = append([]byte(nil), a[i].str...)
			}
			if len(stack) < maxOperands {
				stack = append(stack, operand{kind: kArray, arr: a})
			}
			continue
		case tDictStart:
			lx.skipDict(1)
			continue
		case tOperator:
		default:
			continue
		}
		switch string(op.str) {
		case "endcodespacerange":
			for i := 0; i+1 < len(stack); i += 2 {
				lo, hi := stack[i].str, stack[i+1].str
				if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
					m.space[len(lo)-1] = append(m.space[len(lo)-1], csRange{lo, hi})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(stack); i += 2 {
				src, dst := stack[i].str, stack[i+1]
				if len(src) < 1 || len(src) > 4 || dst.kind != kStr {
					continue
				}
				m.single[uint64(len(src))<<32|uint64(bytesCode(src))] = utf16BE(dst.str)
				entries++
			}
		case "endbfrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, hi, dst := stack[i].str, stack[i+1].str, stack[i+2]
				if len(lo) < 1 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				entries += m.addRange(len(lo), bytesCode(lo), bytesCode(hi), dst)
			}
		}
		stack = stack[:0]
		lx.reset()
	}
	return m
}

func (m *cmap) addRange(n int, lo, hi uint32, dst operand) int {
	if hi < lo {
		return 0
	}
	switch dst.kind {
	case kStr:
		base := utf16Units(dst.str)
		if hi-lo < expandRange {
			for c := lo; ; c++ {
				u := append([]uint16(nil), base...)
				if len(u) > 0 {
					u[len(u)-1] += uint16(c - lo)
				}
				m.single[uint64(n)<<32|uint64(c)] = string(utf16.Decode(u))
				if c == hi {
					break
				}
			}
			return int(hi-lo) + 1
		}
		m.ranges = append(m.ranges, cmapRange{n: n, lo: lo, hi: hi, base: base})
		return 1
	case kArray:
		arr := make([]string, 0, len(dst.arr))
		for _, a := range dst.arr {
			arr = append(arr, utf16BE(a.str))
		}
		m.ranges = append(m.ranges, cmapRange{n: n, lo: lo, hi: hi, arr: arr})
		return len(arr)
	}
	return 0
}

func utf16Units(b []byte) []uint16 {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b)%2 == 1 {
		u = append(u, uint16(b[len(b)-1]))
	}
	return u
}

func utf16BE(b []byte) string {
	if len(b) == 2 {
		r := rune(b[0])<<8 | rune(b[1])
		if !utf16.IsSurrogate(r) {
			return string(r)
		}
	}
	return string(utf16.Decode(utf16Units(b)))
}

// standardWidths returns the advances of the 256 codes of a standard 14
// font, by its base name (a subset's prefix left out) or the name a
// Windows producer gives it (Arial,Bold is Helvetica-Bold, TimesNewRoman
// is Times-Roman, CourierNew is Courier), from the fonts' AFM metrics as
// github.com/pdfcpu/pdfcpu carries them; nil for another font. Codes are
// taken as WinAnsiEncoding's, which digits and Latin letters share with
// every other simple encoding.
func standardWidths(base string) []float64 {
	name := standardName(base)
	if name == "" {
		return nil
	}
	return standardTables()[name]
}

// standardTables are the widths of the standard 14 fonts, built once.
var standardTables = sync.OnceValue(func() map[string][]float64 {
	m := map[string][]float64{}
	for _, name := range []string{"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
		"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
		"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats"} {
		ws := make([]float64, 256)
		for c := range ws {
			w, err := pdfcpufont.CharWidth(context.Background(), name, rune(c))
			if err != nil {
				return nil
			}
			ws[c] = float64(w)
		}
		m[name] = ws
	}
	return m
})

// standardName is the standard 14 font a font's base name stands for, or
// "".
func standardName(base string) string {
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:] // a subset: ABCDEF+Helvetica
	}
	base = strings.ReplaceAll(base, " ", "")
	if base == "Symbol" || base == "ZapfDingbats" {
		return base
	}
	family, style, _ := strings.Cut(base, ",")
	if style == "" {
		if i := strings.IndexByte(family, '-'); i > 0 {
			family, style = family[:i], family[i+1:]
		}
	}
	family = strings.TrimSuffix(strings.TrimSuffix(family, "MT"), "PS") // ArialMT, TimesNewRomanPSMT
	// Only the four styles of the standard fonts: Helvetica-Narrow,
	// Arial-Black or Times-Light have metrics of their own.
	style = strings.TrimSuffix(style, "MT")
	bold := strings.HasPrefix(style, "Bold")
	italic := strings.HasSuffix(style, "Italic") || strings.HasSuffix(style, "Oblique")
	switch strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(style, "Bold"), "Italic"), "Oblique") {
	case "", "Roman", "Regular":
	default:
		return ""
	}
	k := 0
	if bold {
		k++
	}
	if italic {
		k += 2
	}
	if names, ok := standardStyles[family]; ok {
		return names[k]
	}
	return ""
}

// standardStyles are the standard 14 fonts of each family a font's base
// name may say, plain, bold, italic and bold italic.
var standardStyles = map[string][4]string{
	"Helvetica":     {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"},
	"Arial":         {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"},
	"Times":         {"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"},
	"TimesNewRoman": {"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"},
	"Courier":       {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"},
	"CourierNew":    {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"},
}

// embedded reports whether a font descriptor carries the font's program:
// an embedded font has metrics of its own, whatever it is called.
func embedded(desc lpdf.Value) bool {
	return desc.Key("FontFile").Kind() == lpdf.Stream || desc.Key("FontFile2").Kind() == lpdf.Stream || desc.Key("FontFile3").Kind() == lpdf.Stream
}
