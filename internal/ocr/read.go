package ocr

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/draw"
)

// Thresholds of trust in a reading, shared by this package (whether a
// page is worth turning, orient.go) and package extract (whether a page's
// reading can stand for it).
const (
	// TrustedConf is the mean word confidence (Tesseract's 0–100,
	// weighted by characters) below which a reading is not trusted.
	// Measured with Tesseract 5.3 chi_sim+eng at 300 dpi: clean and
	// noisy scans of notices read at 81–91; an 80 dpi JPEG scan whose
	// figures come out as Latin words at 67; a blurred page whose words
	// are guesses at 30.
	TrustedConf = 70
	// FewChars is the number of characters under which a reading is
	// next to nothing whatever its confidence: a photo reads as nothing
	// or a few stray glyphs.
	FewChars = 10
)

// Read is what ReadPage or ReadImage read on one page.
type Read struct {
	// Page is the whole page read with Options.Lang.
	Page *Page
	// Head holds the lines of the second reading of the page's head
	// that the first reading did not produce, or nil.
	Head *Page
	// Turned is how far, in degrees clockwise, the page was turned to
	// be read upright (0, 90, 180 or 270; see upright). The boxes of
	// Page and Head are on the image as it lies all the same.
	Turned int
}

// ReadPage reads a rendered page: the whole of it (Recognize), then the
// whole of it again turned upright when the first reading is poor and
// the page lies turned (upright), and then, when the reading leaves a
// doubt about the page's head (headDoubt), the head again (Head),
// keeping only the head lines the first reading did not have.
func ReadPage(ctx context.Context, g *image.Gray, o Options) (*Read, error) {
	return ReadPageInk(ctx, g, nil, o)
}

// ReadPageInk is ReadPage for a page whose head can also be had without
// its coloured ink: ink renders the top rows of it so (RenderHeadInk), called
// at most once, with the rows of the head the first reading found; nil
// for none. The head is read again from it when in doubt, and when coloured
// ink lies on a head read plainly (colourHeads).
func ReadPageInk(ctx context.Context, g *image.Gray, ink func(rows int) (*image.Gray, error), o Options) (*Read, error) {
	o = o.withDefaults()
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if int64(w)*int64(h) > o.MaxPixels {
		return nil, fmt.Errorf("%w: %d × %d pixels", ErrTooLarge, w, h)
	}
	in := pgm(g)
	p, err := recognizeBytes(ctx, in, w, h, 3, o)
	if err != nil {
		return nil, err
	}
	read := func(g *image.Gray) (*Page, error) { return recognize(ctx, g, 3, o) }
	page := func() (*image.Gray, error) { return g, nil }
	noInk := func() (*image.Gray, error) { return nil, errNoColour }
	if ink != nil {
		rows := min(headPixels(p), h-1) + 1
		noInk = sync.OnceValues(func() (*image.Gray, error) { return ink(rows) })
	}
	sparse := func() (*Page, error) { return recognizeBytes(ctx, in, w, h, psmSparse, sparseOptions(o)) }
	return finish(ctx, p, in, page, noInk, read, sparse, o)
}

// passThrough are the picture formats handed to Tesseract as they are,
// once Config has checked their header: its readers decode them faster
// than Go, in a child bounded in memory and time, and read every page of
// a multi-page TIFF. Others are decoded here and handed over as PGM.
var passThrough = map[string]bool{"png": true, "jpeg": true, "tiff": true, "bmp": true}

// ReadImage reads a picture file: its header is checked (Config), it is
// read by Tesseract (every page of a multi-page TIFF), read again turned
// upright when it lies turned, and its head is read again as ReadPage
// does, decoding the picture in Go only when one of these needs it.
func ReadImage(ctx context.Context, data []byte, o Options) (*Read, error) {
	o = o.withDefaults()
	cfg, format, err := Config(data, o.MaxPixels)
	if err != nil {
		return nil, err
	}
	// The picture is decoded once, for its grey and for its coloured ink;
	// one of pixels taller or wider than square (a fax) is read
	// stretched to square ones.
	sx, sy := pixelAspect(data)
	stretched := sx != 1 || sy != 1
	origW, origH := cfg.Width, cfg.Height
	if stretched {
		cfg.Width, cfg.Height = int(float64(cfg.Width)*sx+0.5), int(float64(cfg.Height)*sy+0.5)
		if o.MaxPixels > 0 && int64(cfg.Width)*int64(cfg.Height) > o.MaxPixels {
			sx, sy, stretched = 1, 1, false
			cfg.Width, cfg.Height = origW, origH
		}
	}
	colour := sync.OnceValues(func() (image.Image, error) { return decode(data, o.MaxPixels) })
	grey := sync.OnceValues(func() (*image.Gray, error) {
		c, err := colour()
		if err != nil {
			return nil, err
		}
		if stretched {
			return stretch(gray(c), sx, sy), nil
		}
		return gray(c), nil
	})
	// A screenshot: its text is too small for Tesseract, and it is
	// read enlarged f times, unless its lines are tall enough already
	// (a small picture of large text: a crop of a page's head).
	f := upscale(cfg.Width, cfg.Height, o.MaxPixels)
	if f > 1 {
		if g, err := grey(); err == nil {
			f = textScale(g, f)
		}
	}
	// read reads a picture decoded here (or turned upright) and returns
	// what Tesseract was given.
	read := func(g *image.Gray) (*Page, []byte, error) {
		w, h := g.Rect.Dx(), g.Rect.Dy()
		in := pgm(g)
		if f > 1 {
			in = pgm(enlarge(g, f))
		}
		p, err := recognizeBytes(ctx, in, w*f, h*f, 3, o)
		if err == nil && f > 1 {
			p.scale(1/float64(f), w, h)
		}
		return p, in, err
	}
	var p *Page
	var in []byte
	if f == 1 && passThrough[format] && !stretched {
		in = data
		p, err = recognizeBytes(ctx, data, cfg.Width, cfg.Height, 3, o)
		if err != nil && !errors.Is(err, ErrTimeout) && ctx.Err() == nil {
			// Tesseract failed on the picture: say so as a corrupt
			// picture when Go cannot decode it either.
			if _, derr := grey(); derr != nil {
				return nil, derr
			}
		}
	} else {
		var g *image.Gray
		if g, err = grey(); err == nil {
			p, in, err = read(g)
		} else if errors.Is(err, ErrImage) && passThrough[format] {
			// Go cannot decode it (a TIFF of JPEG strips) and so cannot
			// enlarge it: Tesseract reads it as it is.
			in, stretched = data, false
			cfg.Width, cfg.Height = origW, origH
			p, err = recognizeBytes(ctx, data, cfg.Width, cfg.Height, 3, o)
		}
	}
	if err != nil {
		return nil, err
	}
	reread := func(g *image.Gray) (*Page, error) {
		p, _, err := read(g)
		return p, err
	}
	// The same image read again as sparse text, at the first reading's
	// scale.
	sparse := func() (*Page, error) {
		q, err := recognizeBytes(ctx, in, p.Width*f, p.Height*f, psmSparse, sparseOptions(o))
		if err == nil && f > 1 {
			q.scale(1/float64(f), p.Width, p.Height)
		}
		return q, err
	}
	// The head, read again when in doubt, is read without coloured ink.
	ink := sync.OnceValues(func() (*image.Gray, error) {
		c, err := colour()
		if err != nil {
			return nil, err
		}
		g, err := inkOf(c)
		if err == nil && stretched {
			g = stretch(g, sx, sy)
		}
		return g, err
	})
	r, err := finish(ctx, p, in, grey, ink, reread, sparse, o)
	if err == nil && stretched {
		// The boxes back on the picture as it is stored.
		r.Page.scaleXY(1/sx, 1/sy, origW, origH)
		if r.Head != nil {
			r.Head.scaleXY(1/sx, 1/sy, origW, origH)
		}
	}
	return r, err
}

// finish completes a first reading p of an image made from in: read
// again turned upright when it lies turned (upright), else as sparse
// text when it read nothing or nothing to trust (readSparse) and then
// with its lines made level (readLevel), its head read again
// when in doubt (readHead), and the boxes of a turned page put back on
// the image as it lies. img gives the image in Go, headImg a second image
// the head is read again from (the picture without its coloured ink: a red
// stamp over a black marking, where a red marking needs img), and read
// reads an image as the first reading did.
func finish(ctx context.Context, p *Page, in []byte, img, headImg func() (*image.Gray, error),
	read func(*image.Gray) (*Page, error), sparse func() (*Page, error), o Options) (*Read, error) {
	w, h := p.Width, p.Height
	p, turned, q, err := upright(ctx, p, in, img, read, o)
	if err != nil {
		return nil, err
	}
	if q == 0 {
		if p, err = readSparse(ctx, p, sparse); err != nil {
			return nil, err
		}
		if p, err = readLevel(ctx, p, img, read, o); err != nil {
			return nil, err
		}
	}
	head := []func() (*image.Gray, error){img, headImg}
	if q != 0 {
		head = []func() (*image.Gray, error){func() (*image.Gray, error) { return turned, nil }}
	}
	r, err := readHead(ctx, p, head[0], o, head[1:]...)
	if err != nil || q == 0 {
		return r, err
	}
	r.Page.unturn(q, w, h)
	if r.Head != nil {
		r.Head.unturn(q, w, h)
	}
	r.Turned = 90 * q
	return r, nil
}

// psmSparse is Tesseract's page segmentation for sparse text: as much
// text as it finds, in no particular layout.
const psmSparse = 11

// sparseOptions are o for a sparse reading: in Chinese alone, as a head
// is read (HeadLang): with English beside it, the large glyphs of 机密
// come out as Latin letters (rn, LL, Ni).
func sparseOptions(o Options) Options {
	o.Lang = HeadLang
	return o
}

// readSparse reads an image again as sparse text when its first reading
// (Tesseract's page layout, --psm 3) found nothing or nothing to trust,
// and keeps the second when it is better. A picture of one line of large
// glyphs (a marking pasted as a picture 200 pixels high, a watermark's
// own pixels) holds no block of text for the page layout, which reads
// nothing there or noise ("Ra上山让" for 机密★); read as sparse text it
// gives the line. A photo read as nothing keeps its reading unless the
// second can be trusted (better).
func readSparse(ctx context.Context, p *Page, sparse func() (*Page, error)) (*Page, error) {
	if settled(p) {
		return p, nil
	}
	t, err := sparse()
	if err != nil {
		return p, ctx.Err()
	}
	if !keep(t, p) {
		return p, nil
	}
	t.rejoin()
	return t, nil
}

// settled reports whether a reading needs no second one: it read text
// to trust, or it holds pages of a TIFF, of which only the first is
// decoded in Go.
func settled(p *Page) bool {
	st := p.Stats()
	return st.Chars > 0 && !poor(st) || multiPage(p)
}

// keep reports whether a second reading t of an image is kept over the
// first, p: it is better (more confident, and to be trusted where p read
// next to nothing), or, where both read next to nothing, t holds two
// glyphs or more read with trust and more trust in all. A marking's ★ is
// never read with confidence (妇, 女), which keeps a reading of a few
// glyphs under the trusted mean: 机 and 密 at 91 are kept over Latin noise
// ("LL" at 72). A long reading that cannot be trusted (the ring of a red
// seal read as sparse text) is not kept: next to nothing leaves a picture
// a photo, where a reading of many glyphs without trust sends it to a
// person.
func keep(t, p *Page) bool {
	ts, ps := t.Stats(), p.Stats()
	if better(ts, ps) {
		return true
	}
	tn, tm := trusted(t)
	_, pm := trusted(p)
	return ps.Chars < FewChars && ts.Chars < FewChars && tn >= 2 && tm > pm
}

// maxRejoin bounds the lines rejoin compares pairwise.
const maxRejoin = 2000

// rejoin puts back on one line the words a sparse reading gives as lines
// of their own (机, 密, 妇 of one marking): lines that share half the
// height of the lower one, in order of their tops, words left to right.
func (p *Page) rejoin() {
	if len(p.Lines) < 2 || len(p.Lines) > maxRejoin {
		return
	}
	ls := slices.Clone(p.Lines)
	slices.SortStableFunc(ls, func(a, b Line) int { return cmp.Compare(a.Box.Y0, b.Box.Y0) })
	var out []Line
	for _, l := range ls {
		if k := len(out) - 1; k >= 0 && out[k].Page == l.Page && sameRow(out[k].Box, l.Box) {
			out[k].Words = append(out[k].Words, l.Words...)
			out[k].Box = out[k].Box.union(l.Box)
			continue
		}
		l.Words = slices.Clone(l.Words)
		out = append(out, l)
	}
	for i := range out {
		slices.SortStableFunc(out[i].Words, func(a, b Word) int { return cmp.Compare(a.Box.X0, b.Box.X0) })
	}
	p.Lines = out
}

// sameRow reports whether boxes a and b share half the height of the
// lower one.
func sameRow(a, b Box) bool {
	overlap := min(a.Y1, b.Y1) - max(a.Y0, b.Y0)
	return overlap > 0 && overlap >= 0.5*min(a.Y1-a.Y0, b.Y1-b.Y0)
}

// trusted counts the characters of p read with TrustedConf or more, and
// sums their confidence.
func trusted(p *Page) (n int, mass float64) {
	for _, l := range p.Lines {
		for _, w := range l.Words {
			if w.Conf >= TrustedConf {
				k := utf8.RuneCountInString(w.Text)
				n += k
				mass += w.Conf * float64(k)
			}
		}
	}
	return n, mass
}

// readHead completes a first reading with the second reading of the head
// when there is a doubt about it.
func readHead(ctx context.Context, p *Page, img func() (*image.Gray, error), o Options, more ...func() (*image.Gray, error)) (*Read, error) {
	r := &Read{Page: p}
	ims := append([]func() (*image.Gray, error){img}, more...)
	rows := headPixels(p)
	if !headDoubt(p) {
		if ims = colourHeads(img, more, rows); len(ims) == 0 {
			return r, nil
		}
	}
	seen := map[string]bool{}
	for _, l := range p.Lines {
		seen[squash(l)] = true
	}
	for _, im := range ims {
		g, err := im()
		if (errors.Is(err, ErrImage) || errors.Is(err, errNoColour)) && ctx.Err() == nil {
			// Tesseract read a picture Go cannot decode (a TIFF of JPEG
			// strips), or a picture has no colour to leave out: the
			// readings so far stand.
			continue
		}
		if err != nil {
			return nil, err
		}
		h, err := Head(ctx, g, max(rows, int(float64(g.Rect.Dy())*headShare)), o)
		if err != nil {
			return nil, err
		}
		var keep []Line
		for _, l := range h.Lines {
			if k := squash(l); k != "" && !seen[k] {
				seen[k] = true
				keep = append(keep, l)
			}
		}
		if len(keep) == 0 {
			continue
		}
		if r.Head == nil {
			h.Lines = keep
			r.Head = h
		} else {
			r.Head.Lines = append(r.Head.Lines, keep...)
		}
	}
	if r.Head != nil {
		// The lines of the readings in the order they stand on the
		// page: a marking the picture without its coloured ink gave,
		// read last, is a line of the head, not the sixth after
		// what the stamp's ring made of itself.
		slices.SortStableFunc(r.Head.Lines, func(a, b Line) int { return cmp.Compare(a.Box.Y0, b.Box.Y0) })
	}
	return r, nil
}

// colourHeads are the images a head read plainly is read again from all the
// same: those without coloured ink (more) when coloured ink lies on the head of img
// (colourInk). A 收文 stamp over a marking leaves no word of the marking's
// line to doubt: Tesseract reads the stamped line as nothing, and the
// title below it plainly. An image that cannot be had is passed over, as
// readHead passes over one.
func colourHeads(img func() (*image.Gray, error), more []func() (*image.Gray, error), rows int) []func() (*image.Gray, error) {
	if len(more) == 0 {
		return nil
	}
	g, err := img()
	if err != nil {
		return nil
	}
	var out []func() (*image.Gray, error)
	for _, m := range more {
		if ink, err := m(); err == nil && colourInk(g, ink, rows) {
			out = append(out, func() (*image.Gray, error) { return ink, nil })
		}
	}
	return out
}

// headRows is where the head of a page read as p ends, in its pixels: the
// top headShare of it, or down to the foot of its second line of text
// when that is lower, up to headMax. A picture cropped to the head of a
// page, or a slide, has its marking lower than a page's fifth; on a page
// the second line (a 份号 and a marking, or a marking and the 发文机关
// 标志) ends within the fifth. With no height, every line is the head's.
func headRows(p *Page) float64 {
	if p.Height <= 0 {
		return math.Inf(1)
	}
	h := float64(p.Height)
	var tops []Box
	for _, l := range p.Lines {
		if squash(l) != "" {
			tops = append(tops, l.Box)
		}
	}
	slices.SortFunc(tops, func(a, b Box) int { return cmp.Compare(a.Y0, b.Y0) })
	limit := h * headShare
	if len(tops) >= 2 {
		limit = max(limit, min(tops[1].Y1+(tops[1].Y1-tops[1].Y0)/2, h*headMax))
	}
	return limit
}

// headPixels is headRows in whole pixels, math.MaxInt32 when every line is
// the head's.
func headPixels(p *Page) int {
	if r := headRows(p); !math.IsInf(r, 1) {
		return int(r)
	}
	return math.MaxInt32
}

// headDoubt reports whether the first reading of a page leaves a doubt
// about its head (the top fifth), which is then read again: a level
// character (绝, 机, 秘, 密) there that does not read plainly as a marking,
// Latin letters (chi_sim+eng reads a level word as Latin), a word read
// with a confidence under headTrust, or no word at all. A head read as
// Chinese with confidence and no level character is taken as read; so is
// a plain marking, which the detectors find.
func headDoubt(p *Page) bool {
	if headMarked(p) {
		return false
	}
	limit := headRows(p)
	words := 0
	for _, l := range p.Lines {
		if p.Height > 0 && l.Box.Y0 > limit {
			continue
		}
		for _, w := range l.Words {
			words++
			if w.Conf < headTrust || strings.ContainsAny(w.Text, "绝机秘密") {
				return true
			}
			for _, r := range w.Text {
				if r < 128 && unicode.IsLetter(r) {
					return true
				}
			}
		}
	}
	return words == 0
}

// headTrust is the confidence under which a word at the head of a page
// makes it worth a second reading; Chinese read from a clean scan is at
// 85–96.
const headTrust = 80

// squash is a line's text without spaces, for comparing readings.
func squash(l Line) string {
	var b strings.Builder
	for _, w := range l.Words {
		for _, r := range w.Text {
			if !unicode.IsSpace(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// headMarked reports whether a line in the top fifth of the page reads
// plainly as a marking: a level word, at most one stray glyph, digits (or
// Chinese numerals) and 年 or 月, or 长期, and nothing after. Only then is
// the second reading of the head skipped; the detectors decide what is a
// marking, on a wider shape.
func headMarked(p *Page) bool {
	limit := headRows(p)
	for _, l := range p.Lines {
		if p.Height > 0 && l.Box.Y0 > limit {
			break
		}
		s := []rune(squash(l))
		for i := 0; i+1 < len(s); i++ {
			if s[i+1] != '密' || (s[i] != '绝' && s[i] != '机' && s[i] != '秘') {
				continue
			}
			if plainPeriod(s[i+2:]) || len(s) > i+3 && plainPeriod(s[i+3:]) {
				return true
			}
		}
	}
	return false
}

// plainPeriod reports whether s is a 保密期限 and nothing else: digits or
// Chinese numerals then 年, 月 or 个月; or 长期.
func plainPeriod(s []rune) bool {
	t := string(s)
	if t == "长期" {
		return true
	}
	j := 0
	for j < len(s) && strings.ContainsRune("0123456789一二三四五六七八九十", s[j]) {
		j++
	}
	if j == 0 {
		return false
	}
	u := string(s[j:])
	return u == "年" || u == "月" || u == "个月"
}

// Small pictures. Tesseract reads text best when its letters are 20 to
// 30 pixels high; a screenshot of a web page or of a 公示 table (860 × 400
// pixels, 15-pixel text) read as it is comes out at a mean confidence
// under the threshold of trust, so a picture no side of which reaches
// smallPicture pixels is enlarged two or three times (Catmull-Rom) first.
const smallPicture = 1400

// upscale is the factor a w × h picture is enlarged by before OCR: 1
// when it is large enough, or when the enlarged picture would be over
// maxPixels.
func upscale(w, h int, maxPixels int64) int {
	if w >= smallPicture || h >= smallPicture || w < minSide || h < minSide {
		return 1
	}
	f := 2
	if w*3 < smallPicture && h*3 < smallPicture {
		f = 3
	}
	if int64(w*f)*int64(h*f) > maxPixels {
		return 1
	}
	return f
}

// textScale is the factor, at most f, a small picture is enlarged by
// for its lines of text to be some 20 pixels high or more: 1 when they
// are already (a crop of a scanned page's head: enlarged, its 40-pixel
// glyphs were read as Latin letters), f when their height cannot be
// told. Lines are the runs of rows holding ink, leaving out columns inked
// in most rows (a table's rules, a border), which would join every row
// into one run; their median height is the text's.
func textScale(g *image.Gray, f int) int {
	h := lineHeight(g)
	switch {
	case h <= 0:
		return f
	case h >= 20:
		return 1
	case h >= 13:
		return min(f, 2)
	}
	return f
}

// lineHeight is the median height in pixels of the runs of rows of g that
// hold ink (pixels under inkDark), 0 when there are none of 4 rows or
// more.
func lineHeight(g *image.Gray) int {
	runs := inkRuns(g, inkDark)
	if len(runs) == 0 {
		return 0
	}
	slices.Sort(runs)
	return runs[len(runs)/2]
}

// inkRuns are the heights of the runs of 4 rows or more of g that hold
// ink (pixels under dark), leaving out rules, which would join a table's
// rows into one run: columns where ink runs down ruleLen pixels or more
// (a table's vertical rules, a border) and rows where it runs across
// ruleLen pixels or more (its horizontal rules). A glyph's stroke is
// shorter.
func inkRuns(g *image.Gray, dark uint8) []int {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if w == 0 || h == 0 {
		return nil
	}
	row := func(y int) []uint8 { return g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):][:w] }
	down := make([]int, w) // the ink running down each column so far
	rule := make([]bool, w)
	for y := range h {
		for x, v := range row(y) {
			if v < dark {
				if down[x]++; down[x] >= ruleLen {
					rule[x] = true
				}
			} else {
				down[x] = 0
			}
		}
	}
	var runs []int
	run := 0
	for y := range h {
		ink, across, longest := 0, 0, 0
		for x, v := range row(y) {
			if v < dark && !rule[x] {
				ink++
				across++
				longest = max(longest, across)
			} else {
				across = 0
			}
		}
		if ink > 0 && longest < ruleLen {
			run++
			continue
		}
		if run >= 4 {
			runs = append(runs, run)
		}
		run = 0
	}
	if run >= 4 {
		runs = append(runs, run)
	}
	return runs
}

// ruleLen is the length of ink, down or across, that is a rule and not a
// glyph's stroke, for inkRuns.
const ruleLen = 60

// LooksLikeText reports whether a picture OCR read nothing in looks like
// a page of text all the same: paper (a light median grey) crossed by
// four bands of darker rows or more, with clean rows between them, of
// like heights, half of them spanning two fifths of the picture's width
// or more, and inked neither solid nor as thin strokes, as lines of
// glyphs are however blurred. A page
// blurred or faded past reading is so; a photo (no clean rows), a bar
// chart (solid bars), a line chart or signatures (thin strokes), a QR
// code, a form's boxes or a logo are not.
func LooksLikeText(g *image.Gray) bool {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if w == 0 || h == 0 {
		return false
	}
	var hist [256]int
	for y := range h {
		for _, v := range g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):][:w] {
			hist[v]++
		}
	}
	n, median := 0, 0
	for v, c := range hist {
		if n += c; n*2 >= w*h {
			median = v
			break
		}
	}
	if median < paperGrey {
		return false
	}
	dark := uint8(median - textContrast)
	// Bands of rows holding ink, with their extent and ink.
	type band struct{ top, rows, ink, x0, x1 int }
	var bands []band
	var cur *band
	for y := range h {
		row := g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):][:w]
		ink, x0, x1 := 0, w, -1
		for x, v := range row {
			if v < dark {
				ink++
				x0, x1 = min(x0, x), x
			}
		}
		if ink == 0 {
			cur = nil
			continue
		}
		if cur == nil {
			bands = append(bands, band{top: y, x0: w, x1: -1})
			cur = &bands[len(bands)-1]
		}
		cur.rows++
		cur.ink += ink
		cur.x0, cur.x1 = min(cur.x0, x0), max(cur.x1, x1)
	}
	var lines []band
	for _, b := range bands {
		if b.rows >= 6 && b.rows <= h/3 {
			lines = append(lines, b)
		}
	}
	if len(lines) < 4 {
		return false
	}
	heights := make([]int, len(lines))
	wide, textured := 0, 0
	for i, b := range lines {
		heights[i] = b.rows
		span := b.x1 - b.x0 + 1
		if span*5 >= w*2 {
			wide++
		}
		// Glyphs ink a fifth to a half of their line's box, blurred
		// ones up to nine tenths; a bar all of it, a stroke of a pen or
		// a chart's line a few hundredths.
		if cover := float64(b.ink) / float64(span*b.rows); cover >= 0.2 && cover <= 0.92 {
			textured++
		}
	}
	slices.Sort(heights)
	like := 0
	for _, v := range heights {
		if v*2 >= heights[len(heights)/2] && v <= heights[len(heights)/2]*2 {
			like++
		}
	}
	k := len(lines)
	return like*4 >= k*3 && wide*2 >= k && textured*4 >= k*3
}

// LooksLikeText's paper is a median grey of paperGrey or lighter, and its
// text textContrast darker than the paper.
const (
	paperGrey    = 170
	textContrast = 40
)

// inkDark is the grey under which a pixel is ink for lineHeight.
const inkDark = 128

// enlarge scales g by f.
func enlarge(g *image.Gray, f int) *image.Gray {
	b := g.Bounds()
	out := image.NewGray(image.Rect(0, 0, b.Dx()*f, b.Dy()*f))
	draw.CatmullRom.Scale(out, out.Bounds(), g, b, draw.Src, nil)
	return out
}

// scale maps the page's boxes by f and gives it the size w × h, after it
// was read from an enlarged picture.
func (p *Page) scale(f float64, w, h int) { p.scaleXY(f, f, w, h) }
