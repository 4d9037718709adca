package pdf

import (
	"context"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"

	lpdf "github.com/ledongthuc/pdf"
)

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// gstate is the part of the graphics state that text extraction needs.
type gstate struct {
	ctm   matrix
	font  *font
	fs    float64 // font size
	tc    float64 // character spacing
	tw    float64 // word spacing
	th    float64 // horizontal scaling (1 = 100%)
	tl    float64 // leading
	trise float64
	tr    int // text rendering mode: 3 and 7 draw nothing

	fill, stroke paint // what filling and stroking leave (shown.go)
	clip         rect  // bounds of the clipping path, when set
}

// resources is a resource dictionary with its lookups cached for one page.
type resources struct {
	v        lpdf.Value
	fonts    map[string]*font
	xobjects map[string]xobj
	spaces   map[string]*colourSpace
}

type xobj struct {
	kind string // "Image", "Form", or "" when missing
	v    lpdf.Value
}

// Bounds on the work one page may cause.
const (
	maxFormDepth  = 12
	maxGStack     = 1024
	maxFormsDrawn = 4096
	maxStreams    = 4096 // content streams in one array
)

// interp interprets the content streams of one page.
type interp struct {
	ctx      context.Context
	ops      int // operators run, to look at ctx now and then
	fonts    *fontCache
	pageRes  *resources
	budget   int64 // content bytes left for this page
	out      layout
	st       pageStats
	forms    int
	err      error              // first read error of a content stream
	lexers   []*lexer           // free lexers, reused between streams
	extra    []string           // lines a viewer shows that no content stream draws
	patterns map[[2]uint32]bool // the tiling patterns read, by object, shared by the pages
	marked   []markedSpan
	path     pathTracker
	adjust   []float64 // scratch for letterSpacing
}

// markedSpan is an open marked-content sequence (BMC or BDC … EMC).
type markedSpan struct {
	actual []byte // its /ActualText, decoded to UTF-8, or nil
	from   int    // the first glyph drawn inside it
}

// maxMarkedDepth bounds nested marked-content sequences.
const maxMarkedDepth = 256

func (in *interp) beginMarked(actual []byte) {
	if len(in.marked) >= maxMarkedDepth {
		return
	}
	in.marked = append(in.marked, markedSpan{actual: actual, from: len(in.out.glyphs)})
}

// endMarked closes the innermost marked-content sequence. When it has an
// /ActualText, the glyphs it drew are replaced by that text (what
// pdftotext and screen readers do): Chromium writes the true characters
// there when the glyphs map to other code points.
func (in *interp) endMarked() {
	n := len(in.marked)
	if n == 0 {
		return
	}
	m := in.marked[n-1]
	in.marked = in.marked[:n-1]
	if m.actual != nil {
		drawn := in.out.textFrom(m.from)
		if in.out.replace(m.from, m.actual) && shownBesides(drawn, string(m.actual)) {
			// The glyphs show what the /ActualText does not (a full
			// number under a masked one): what a reader sees is read
			// too, beside the page's text.
			in.extra = append(in.extra, drawn)
		}
	}
}

// shownBesides reports whether drawn glyphs hold letters, digits or
// ideographs that their /ActualText, actual, does not: not the same text
// spaced otherwise, nor glyphs that map to nothing readable (Chromium's
// private-use and fallback glyphs, the reason it writes /ActualText).
func shownBesides(drawn, actual string) bool {
	d, a := unspaced(drawn), unspaced(actual)
	if d == a || strings.Contains(a, d) {
		return false
	}
	return strings.ContainsFunc(d, func(r rune) bool {
		return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Co, r) && !strings.ContainsRune(a, r)
	})
}

// pattern reads, once a document, the text a tiling pattern set as a
// colour (scn /P1) draws in its cell, wherever the pattern then paints it:
// its text is read beside the page's that first uses it.
func (in *interp) pattern(args []operand, res *resources) {
	if len(args) == 0 || args[len(args)-1].kind != kName || res == nil {
		return
	}
	p := res.v.Key("Pattern").Key(string(args[len(args)-1].str))
	if p.Kind() != lpdf.Stream || p.Key("PatternType").Int64() != 1 || in.patterns == nil || in.forms >= maxFormsDrawn {
		return
	}
	id, gen := p.Ref()
	if in.patterns[[2]uint32{id, uint32(gen)}] {
		return // read on this page or an earlier one
	}
	in.patterns[[2]uint32{id, uint32(gen)}] = true
	in.forms++
	if t := in.aside(p); strings.TrimSpace(t) != "" {
		in.extra = append(in.extra, t)
	}
}

// actualText is the /ActualText of a BDC property list: an inline
// dictionary, or a name in the resources' /Properties.
func (in *interp) actualText(props operand, res *resources) []byte {
	switch props.kind {
	case kDict:
		for i := 0; i+1 < len(props.arr); i += 2 {
			if string(props.arr[i].str) == "ActualText" && props.arr[i+1].kind == kStr {
				return []byte(decodeTextString(string(props.arr[i+1].str)))
			}
		}
	case kName:
		if res == nil {
			return nil
		}
		v := res.v.Key("Properties").Key(string(props.str)).Key("ActualText")
		if v.Kind() == lpdf.String {
			return []byte(decodeTextString(v.RawString()))
		}
	}
	return nil
}

// pageStats is what interpretation learned besides the text.
type pageStats struct {
	images      int     // image drawings (XObject or inline)
	imageArea   float64 // largest area an image covers, in user space units
	glyphs      int
	invisible   int // glyphs shown in rendering mode 3 or 7 (an OCR layer)
	blank       int // other glyphs drawn in the paper's colour or fully transparent
	tiny        int // other glyphs too small to read, or drawn off the page box
	unknown     int // glyphs that could not be turned into text
	budgetSpent bool

	// Where pictures lie and where shown glyphs are (shown.go): placed
	// holds the grid cell of each glyph that leaves a mark, in order.
	grid   *coverGrid
	placed []int32
	// The pictures big enough to carry text (photos.go), each object
	// once, and how many more the page drew past maxPhotos.
	photos     []photo
	photoSeen  map[uint64]bool
	photosOver int

	// What was not read, to be reported.
	formsTooDeep   bool // a form nested past maxFormDepth
	formsSkipped   int  // form draws past maxFormsDrawn
	streamsSkipped int  // content streams past maxStreams
	annotsSkipped  int  // annotations past maxAnnots
	attachments    int  // annotations carrying files or media
	operandsCut    bool // a string or array operand longer than kept

	// Centres of filled shapes the size and shape of glyphs: text drawn
	// as outlines has no text layer.
	shapes []shape
	rules  ruleSet // ruled lines, for table cells

	// What simple fonts without ToUnicode and fonts with one showed
	// (garble.go).
	fonts map[*font]*fontUse
}

func newResources(v lpdf.Value) *resources {
	return &resources{v: v}
}

func (r *resources) font(name string, cache *fontCache) *font {
	if f, ok := r.fonts[name]; ok {
		return f
	}
	if r.fonts == nil {
		r.fonts = make(map[string]*font)
	}
	fv := r.v.Key("Font").Key(name)
	var f *font
	if fv.Kind() == lpdf.Dict {
		f = cache.get(fv)
	}
	r.fonts[name] = f
	return f
}

func (r *resources) xobject(name string) xobj {
	if x, ok := r.xobjects[name]; ok {
		return x
	}
	if r.xobjects == nil {
		r.xobjects = make(map[string]xobj)
	}
	v := r.v.Key("XObject").Key(name)
	x := xobj{kind: v.Key("Subtype").Name(), v: v}
	r.xobjects[name] = x
	return x
}

// run interprets one content stream (or array of streams) with res as its
// resources, starting from graphics state g.
func (in *interp) run(content lpdf.Value, res *resources, g gstate, depth int) {
	var rd io.Reader
	if content.Kind() == lpdf.Array {
		readers := make([]io.Reader, 0, min(content.Len(), maxStreams))
		if k := content.Len(); k > maxStreams {
			in.st.streamsSkipped += k - maxStreams
		}
		for i := 0; i < content.Len() && i < maxStreams; i++ {
			s := content.Index(i)
			if s.Kind() == lpdf.Stream {
				readers = append(readers, streamReader(s))
			}
		}
		rd = io.MultiReader(readers...)
	} else if content.Kind() == lpdf.Stream {
		rd = streamReader(content)
	} else {
		return
	}
	var lx *lexer
	if n := len(in.lexers); n > 0 {
		lx = in.lexers[n-1]
		in.lexers = in.lexers[:n-1]
		lx.reuse(&budgetReader{r: rd, left: &in.budget})
	} else {
		lx = newLexer(&budgetReader{r: rd, left: &in.budget})
	}
	defer func() { in.lexers = append(in.lexers, lx) }()
	in.exec(lx, res, g, depth)
	if lx.err != nil && in.err == nil {
		in.err = lx.err
	}
	if lx.err == errBudget {
		in.st.budgetSpent = true
	}
	if lx.cut {
		in.st.operandsCut = true
	}
}

// streamReader opens a content stream (decoded), turning a panic of the
// library on a malformed stream into a read error so that the page
// reports it.
func streamReader(v lpdf.Value) (r io.Reader) {
	defer func() {
		if p := recover(); p != nil {
			r = errReader{errFilter}
		}
	}()
	return decoded(v)
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// exec runs the operators of one stream.
func (in *interp) exec(lx *lexer, res *resources, g gstate, depth int) {
	var (
		stack  []operand
		gstack []gstate
		tm     = identity
		tlm    = identity
		op     operand
	)
	num := func(a []operand, i int) float64 {
		if i < len(a) && a[i].kind == kNum {
			return a[i].num
		}
		return 0
	}
	for {
		switch lx.next(&op) {
		case tEOF:
			return
		case tOperand:
			if len(stack) < maxOperands {
				stack = append(stack, op)
			}
			continue
		case tArrayStart:
			a := lx.array(1)
			if len(stack) < maxOperands {
				stack = append(stack, operand{kind: kArray, arr: a})
			}
			continue
		case tDictStart:
			d := lx.dict()
			if len(stack) < maxOperands {
				stack = append(stack, operand{kind: kDict, arr: d})
			}
			continue
		case tOperator:
		default:
			continue
		}
		if in.ops++; in.ops%4096 == 0 && in.ctx != nil && in.ctx.Err() != nil {
			if in.err == nil {
				in.err = in.ctx.Err()
			}
			return
		}
		// Operands are read from the end of the stack: a malformed
		// stream may leave extra ones before them.
		args := stack
		argN := func(n int) []operand {
			if len(args) >= n {
				return args[len(args)-n:]
			}
			return nil
		}
		switch string(op.str) {
		case "q":
			if len(gstack) < maxGStack {
				gstack = append(gstack, g)
			}
		case "Q":
			if n := len(gstack); n > 0 {
				g = gstack[n-1]
				gstack = gstack[:n-1]
			}
		case "cm":
			if a := argN(6); a != nil {
				g.ctm = matrix{num(a, 0), num(a, 1), num(a, 2), num(a, 3), num(a, 4), num(a, 5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Td", "TD":
			if a := argN(2); a != nil {
				tx, ty := num(a, 0), num(a, 1)
				if string(op.str) == "TD" {
					g.tl = -ty
				}
				tlm = translate(tx, ty).mul(tlm)
				tm = tlm
			}
		case "Tm":
			if a := argN(6); a != nil {
				tlm = matrix{num(a, 0), num(a, 1), num(a, 2), num(a, 3), num(a, 4), num(a, 5)}
				tm = tlm
			}
		case "T*":
			tlm = translate(0, -g.tl).mul(tlm)
			tm = tlm
		case "Tc":
			if a := argN(1); a != nil {
				g.tc = num(a, 0)
			}
		case "Tw":
			if a := argN(1); a != nil {
				g.tw = num(a, 0)
			}
		case "Tz":
			if a := argN(1); a != nil {
				g.th = num(a, 0) / 100
			}
		case "TL":
			if a := argN(1); a != nil {
				g.tl = num(a, 0)
			}
		case "Ts":
			if a := argN(1); a != nil {
				g.trise = num(a, 0)
			}
		case "Tr":
			if a := argN(1); a != nil {
				g.tr = int(num(a, 0))
			}
		case "Tf":
			if a := argN(2); a != nil && a[0].kind == kName {
				g.font = res.font(string(a[0].str), in.fonts)
				g.fs = a[1].num
			}
		case "Tj":
			if a := argN(1); a != nil && a[0].kind == kStr {
				in.show(a[0].str, &g, &tm)
			}
		case "'", "\"":
			a := argN(1)
			if string(op.str) == "\"" {
				if b := argN(3); b != nil {
					g.tw, g.tc = num(b, 0), num(b, 1)
				}
			}
			tlm = translate(0, -g.tl).mul(tlm)
			tm = tlm
			if a != nil && a[0].kind == kStr {
				in.show(a[0].str, &g, &tm)
			}
		case "TJ":
			if a := argN(1); a != nil && a[0].kind == kArray {
				in.showArray(a[0].arr, &g, &tm)
			}
		case "Do":
			if a := argN(1); a != nil && a[0].kind == kName {
				in.do(res.xobject(string(a[0].str)), g, depth)
			}
		case "BI":
			mask := lx.skipInlineImage()
			in.st.picture(g.ctm, g.clip, !mask && !g.fill.faint)
			in.st.photo(g.ctm, g.clip, 0, 0, 0, true)
		case "m":
			if a := argN(2); a != nil {
				in.path.move(g.ctm.apply(num(a, 0), num(a, 1)))
			}
		case "l":
			if a := argN(2); a != nil {
				in.path.line(1, g.ctm, num(a, 0), num(a, 1))
			}
		case "c":
			if a := argN(6); a != nil {
				in.path.curve(g.ctm, num(a, 0), num(a, 1), num(a, 2), num(a, 3), num(a, 4), num(a, 5))
			}
		case "v", "y":
			if a := argN(4); a != nil {
				in.path.curve(g.ctm, num(a, 0), num(a, 1), num(a, 0), num(a, 1), num(a, 2), num(a, 3))
			}
		case "re":
			if a := argN(4); a != nil {
				x, y, w, h := num(a, 0), num(a, 1), num(a, 2), num(a, 3)
				in.path.move(g.ctm.apply(x, y))
				in.path.line(3, g.ctm, x+w, y+h)
				in.path.line(0, g.ctm, x, y+h)
			}
		case "f", "F", "f*":
			in.path.paint(&in.st, false)
			in.path.fill(&in.st)
		case "B", "B*", "b", "b*":
			in.path.paint(&in.st, true)
			in.path.fill(&in.st)
		case "S", "s":
			in.path.paint(&in.st, true)
			in.path.reset()
		case "n":
			in.path.reset()
		case "W", "W*":
			g.clipTo(in.path.bounds())
		case "g", "G", "rg", "RG", "k", "K":
			p, o := &g.fill, string(op.str)
			if o == "G" || o == "RG" || o == "K" {
				p = &g.stroke
			}
			sp, n := spaceGray, 1
			switch o {
			case "rg", "RG":
				sp, n = spaceRGB, 3
			case "k", "K":
				sp, n = spaceCMYK, 4
			}
			if a := argN(n); a != nil {
				var v [4]float64
				for i := range n {
					v[i] = num(a, i)
				}
				p.setDevice(sp, v[:n])
			}
		case "cs", "CS":
			if a := argN(1); a != nil && a[0].kind == kName {
				p := &g.fill
				if string(op.str) == "CS" {
					p = &g.stroke
				}
				p.setSpace(res.colourSpace(string(a[0].str)))
			}
		case "sc", "scn":
			g.fill.setColour(args)
			in.pattern(args, res)
		case "SC", "SCN":
			g.stroke.setColour(args)
			in.pattern(args, res)
		case "gs":
			if a := argN(1); a != nil && a[0].kind == kName && res != nil {
				g.alpha(res.v.Key("ExtGState").Key(string(a[0].str)))
			}
		case "BMC":
			in.beginMarked(nil)
		case "BDC":
			if a := argN(2); a != nil {
				in.beginMarked(in.actualText(a[1], res))
			} else {
				in.beginMarked(nil)
			}
		case "EMC":
			in.endMarked()
		}
		stack = stack[:0]
		lx.reset()
	}
}

// show places the glyphs of one string at the current text position and
// advances the text matrix past it.
func (in *interp) show(s []byte, g *gstate, tm *matrix) {
	f := g.font
	if f == nil {
		// No usable font: the glyphs cannot be turned into text.
		in.st.glyphs += len(s)
		in.st.unknown += len(s)
		return
	}
	trm := tm.mul(g.ctm)
	var r showResult
	in.out.scratch, in.out.marks, r = f.show(s, in.out.scratch[:0], in.out.marks[:0])
	in.st.glyphs += r.glyphs
	shown := g.marks()
	// Glyphs under a point high, or squeezed to a tenth of their width
	// (1 Tz), show nothing a reader could read.
	tiny := math.Hypot(trm[2], trm[3])*math.Abs(g.fs) < minShownSize || math.Abs(g.th) < 0.1
	switch {
	case g.tr == 3 || g.tr == 7:
		in.st.invisible += r.glyphs
	case !shown:
		in.st.blank += r.glyphs
	case tiny:
		in.st.tiny += r.glyphs
		shown = false
	}
	in.st.unknown += r.unknown
	if f.unknown {
		in.st.unknown += r.glyphs - r.unknown
	}
	if f.table != nil && f.toUni == nil {
		in.st.simpleUse(f, in.out.scratch, r.glyphs)
	}
	if f.toUni != nil {
		in.st.mappedUse(f, in.out.scratch, r.glyphs)
	}
	// The size of the text and its direction on the page.
	size := math.Hypot(trm[2], trm[3]) * math.Abs(g.fs)
	if size == 0 {
		size = math.Abs(g.fs)
	}
	scale := math.Hypot(trm[0], trm[1])
	dx, dy := trm[0], trm[1]
	if scale > 0 {
		dx, dy = dx/scale, dy/scale
	} else {
		dx, dy = 1, 0
	}
	// Each glyph at its own origin: tx along the text space x axis.
	// Character spacing (Tc) widens every glyph alike: it is letter
	// spacing, part of the glyph's advance, not a gap between words.
	tx, prev := 0.0, 0
	ox, oy := g.trise*trm[2]+trm[4], g.trise*trm[3]+trm[5]
	pad := max(g.tc, 0) * g.th * scale
	for _, m := range in.out.marks {
		x, y := tx*trm[0]+ox, tx*trm[1]+oy
		if m.end > prev {
			in.out.glyph(in.out.scratch[prev:m.end], x, y, m.w*g.fs*g.th*scale, pad, dx, dy, size)
		}
		if shown {
			// The glyph's centre: half its advance along the line,
			// a third of its size above the baseline.
			h := m.w * g.fs * g.th * scale / 2
			in.st.place(x+h*dx-size/3*dy, y+h*dy+size/3*dx)
		}
		prev = m.end
		adv := m.w*g.fs + g.tc
		if m.space {
			adv += g.tw
		}
		tx += adv * g.th
	}
	*tm = translate(tx, 0).mul(*tm)
}

// Letter spacing written as TJ adjustments (letterSpacing).
const (
	minLetterSpacing = 0.02 // em; less is kerning
	maxLetterSpacing = 0.6  // em; more is a column or a word gap
	letterTol        = 0.02 // em an adjustment may differ from the spacing
	letterShare      = 0.8  // of the gaps between glyphs that must be alike
)

// showArray shows the strings of a TJ array and moves by its numbers.
// When the numbers space every glyph of the array alike (LibreOffice
// writes letter spacing as one string per glyph with the same adjustment
// between them), that spacing is recorded as part of each glyph's
// advance, as Tc would be, so that only a wider gap reads as a space.
func (in *interp) showArray(arr []operand, g *gstate, tm *matrix) {
	from, chunks := len(in.out.glyphs), in.out.chunks
	in.adjust = in.adjust[:0]
	pending, shown := 0.0, false // adjustment since the last glyph, in em
	for _, e := range arr {
		switch e.kind {
		case kStr:
			n := len(in.out.glyphs)
			in.show(e.str, g, tm)
			if k := len(in.out.glyphs) - n; k > 0 && in.out.chunks == chunks {
				if shown {
					in.adjust = append(in.adjust, pending)
				}
				for range k - 1 {
					in.adjust = append(in.adjust, 0)
				}
				pending, shown = 0, true
			}
		case kNum:
			*tm = translate(-e.num/1000*g.fs*g.th, 0).mul(*tm)
			pending -= e.num / 1000
		}
	}
	if in.out.chunks != chunks {
		return
	}
	em, ok := letterSpacing(in.adjust)
	if !ok {
		return
	}
	trm := tm.mul(g.ctm)
	pad := float32(em * math.Abs(g.fs*g.th) * math.Hypot(trm[0], trm[1]))
	gs := in.out.glyphs[from:]
	for i := 0; i < len(gs)-1; i++ {
		gs[i].pad += pad
	}
}

// letterSpacing returns the spacing, in em, that the gaps between the
// glyphs of one TJ array (adjust, widening positive) share, when at least
// three gaps and letterShare of them are alike and the spacing is wider
// than kerning and narrower than a word or column gap.
func letterSpacing(adjust []float64) (float64, bool) {
	if len(adjust) < 3 {
		return 0, false
	}
	slices.Sort(adjust)
	m := adjust[len(adjust)/2]
	if m < minLetterSpacing || m > maxLetterSpacing {
		return 0, false
	}
	alike := 0
	for _, a := range adjust {
		if math.Abs(a-m) <= letterTol {
			alike++
		}
	}
	return m, float64(alike) >= letterShare*float64(len(adjust))
}

// do draws an XObject: an image is counted, a form is interpreted.
func (in *interp) do(x xobj, g gstate, depth int) {
	switch x.kind {
	case "Image":
		// A stencil mask paints only its set bits in the fill colour,
		// as text does; a translucent picture hides nothing either, nor
		// one with a soft mask or a mask of its own: a watermark or a
		// seal laid over the text (a PNG with an alpha channel) lets it
		// show through where it is clear.
		seeThrough := x.v.Key("SMask").Kind() != lpdf.Null || x.v.Key("Mask").Kind() != lpdf.Null || g.fill.faint
		in.st.picture(g.ctm, g.clip, !seeThrough && !x.v.Key("ImageMask").Bool())
		// Its rendered region shows its text as it is only when it is
		// drawn opaque (a stencil is): one seen through is read from its
		// own pixels.
		in.st.photo(g.ctm, g.clip, int(x.v.Key("Width").Int64()), int(x.v.Key("Height").Int64()), objectOf(x.v), !seeThrough)
	case "Form":
		if depth >= maxFormDepth {
			in.st.formsTooDeep = true
			return
		}
		if in.forms >= maxFormsDrawn {
			in.st.formsSkipped++
			return
		}
		in.forms++
		if m := x.v.Key("Matrix"); m.Len() == 6 {
			var fm matrix
			for i := range fm {
				fm[i] = m.Index(i).Float64()
			}
			g.ctm = fm.mul(g.ctm)
		}
		res := newResourcesOr(x.v.Key("Resources"), nil)
		if res == nil {
			res = in.pageRes
		}
		in.run(x.v, res, g, depth+1)
	}
}

func newResourcesOr(v lpdf.Value, or *resources) *resources {
	if v.Kind() == lpdf.Dict {
		return newResources(v)
	}
	return or
}
