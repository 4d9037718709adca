package ocr

import (
	"context"
	"image"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/math/f64"
)

// Text turned by a few tens of degrees is read as nothing or as noise:
// Tesseract straightens a degree or two, and orientation detection
// (upright) knows only quarter turns. LibreOffice bakes a picture's
// rotation into its pixels (a picture turned 30° in a notice is printed
// as new, turned pixels with a mask around them), and a photographed or
// scanned card lies at any angle; such a picture passed as a photo. A
// reading that finds nothing or nothing to trust is therefore read again
// with its lines made level: the angle is the one at which the dark
// pixels' projection onto the vertical is most peaked (the lines of text
// then fall on few rows), looked for within maxSkew degrees either way.

const (
	// maxSkew bounds the angle looked for, in degrees: lines of text
	// standing upright (a picture LibreOffice printed turned a quarter, a
	// strip 378 pixels wide) are found at about 90.
	maxSkew = 90.0
	// minSkew is the angle under which a picture is left as it is:
	// Tesseract reads text turned a degree or two.
	minSkew = 2.0
	// skewSamples bounds the dark pixels the projections are made of.
	skewSamples = 40000
	// darkPixel is the grey under which a pixel is ink.
	darkPixel = 128
)

// skewAngle is the angle in degrees (-89 to 90), counter-clockwise as the
// picture is seen, by which the lines of text in g are turned from level;
// false when g has too little ink or no angle stands out from level.
func skewAngle(g *image.Gray) (float64, bool) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	var dark int
	for y := range h {
		for _, p := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if p < darkPixel {
				dark++
			}
		}
	}
	if dark < 50 {
		return 0, false
	}
	step := max(1, dark/skewSamples)
	xs := make([]float64, 0, dark/step+1)
	ys := make([]float64, 0, dark/step+1)
	k := 0
	for y := range h {
		for x, p := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if p < darkPixel {
				if k%step == 0 {
					xs, ys = append(xs, float64(x)), append(ys, float64(y))
				}
				k++
			}
		}
	}
	bins := make([]float64, 2*(w+h)+2)
	// score is how peaked the projection of the ink is along lines
	// turned by deg: the sum of the squares of its rows' counts.
	score := func(deg float64) float64 {
		clear(bins)
		s, c := math.Sincos(deg * math.Pi / 180)
		for i := range xs {
			// A point of a line turned counter-clockwise by deg keeps
			// y + x·tan(deg) (y grows downwards); rotated, its row.
			r := int(ys[i]*c+xs[i]*s) + w + 1
			bins[r]++
		}
		var sum float64
		for _, b := range bins {
			sum += b * b
		}
		return sum
	}
	best, bestScore := 0.0, score(0)
	level := bestScore
	for deg := -maxSkew + 1; deg <= maxSkew; deg++ {
		if sc := score(deg); sc > bestScore {
			best, bestScore = deg, sc
		}
	}
	for deg := best - 0.8; deg <= best+0.8; deg += 0.2 {
		if sc := score(deg); sc > bestScore {
			best, bestScore = deg, sc
		}
	}
	// The lines must stand out: a photo's texture peaks anywhere a little.
	// Past 45° the projection of a tall picture onto its width peaks
	// from its shape alone (a page of specks: 1.31 at 90°, level text
	// turned a quarter 1.66), so more is asked there.
	need := 1.25
	if math.Abs(best) > 45 {
		need = 1.5
	}
	if bestScore < need*level {
		return 0, false
	}
	return best, true
}

// rotateGray returns g turned by deg degrees clockwise as seen (undoing a
// counter-clockwise skew of deg), on a canvas big enough for all of it,
// white where g does not reach, sampled bilinearly (golang.org/x/image/draw).
func rotateGray(g *image.Gray, deg float64) *image.Gray {
	w, h := float64(g.Rect.Dx()), float64(g.Rect.Dy())
	s, c := math.Sincos(deg * math.Pi / 180)
	ow := int(math.Ceil(math.Abs(w*c) + math.Abs(h*s)))
	oh := int(math.Ceil(math.Abs(w*s) + math.Abs(h*c)))
	out := image.NewGray(image.Rect(0, 0, ow, oh))
	for i := range out.Pix {
		out.Pix[i] = 255
	}
	// Source to output: turned clockwise about the centres.
	cx, cy := w/2, h/2
	ocx, ocy := float64(ow)/2, float64(oh)/2
	m := f64.Aff3{c, -s, ocx - c*cx + s*cy, s, c, ocy - s*cx - c*cy}
	draw.BiLinear.Transform(out, m, g, g.Rect, draw.Src, nil)
	return out
}

// unrotate puts the boxes of a reading of g turned by rotateGray(g, deg)
// back on g: each box becomes the bounding box of its corners turned
// back, within g.
func (p *Page) unrotate(deg float64, w, h int) {
	s, c := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w)/2, float64(h)/2
	ocx, ocy := float64(p.Width)/2, float64(p.Height)/2
	back := func(b Box) Box {
		out := Box{X0: math.Inf(1), Y0: math.Inf(1), X1: math.Inf(-1), Y1: math.Inf(-1)}
		for _, q := range [4][2]float64{{b.X0, b.Y0}, {b.X1, b.Y0}, {b.X0, b.Y1}, {b.X1, b.Y1}} {
			du, dv := q[0]-ocx, q[1]-ocy
			x, y := du*c+dv*s+cx, -du*s+dv*c+cy
			out.X0, out.Y0 = math.Min(out.X0, x), math.Min(out.Y0, y)
			out.X1, out.Y1 = math.Max(out.X1, x), math.Max(out.Y1, y)
		}
		return Box{max(out.X0, 0), max(out.Y0, 0), min(out.X1, float64(w)), min(out.Y1, float64(h))}
	}
	for i := range p.Lines {
		l := &p.Lines[i]
		l.Box = back(l.Box)
		for j := range l.Words {
			l.Words[j].Box = back(l.Words[j].Box)
		}
	}
	p.Width, p.Height = w, h
}

// readLevel reads an image again with its lines made level when the
// reading so far found nothing or nothing to trust and its lines stand
// turned (skewAngle), first with the page layout and then, if that reads
// nothing to trust either, as sparse text; the better reading is kept
// (keep), its boxes put back on the image.
func readLevel(ctx context.Context, p *Page, img func() (*image.Gray, error), read func(*image.Gray) (*Page, error), o Options) (*Page, error) {
	if settled(p) {
		return p, nil
	}
	g, err := img()
	if err != nil {
		return p, nil // Go cannot decode it: the reading so far stands
	}
	deg, ok := skewAngle(g)
	if !ok || math.Abs(deg) < minSkew {
		return p, nil
	}
	// Lines turned more than 45° may read either way up (the angle of
	// a line says nothing of which end it starts at): both are tried.
	turns := []float64{deg}
	if math.Abs(deg) > 45 {
		turns = append(turns, deg-math.Copysign(180, deg))
	}
	best, bestDeg := p, 0.0
	for _, d := range turns {
		t, err := readTurned(ctx, g, d, read, o)
		if err != nil {
			return p, err
		}
		if keep(t, best) {
			best, bestDeg = t, d
		}
	}
	if best == p {
		return p, nil
	}
	best.unrotate(bestDeg, g.Rect.Dx(), g.Rect.Dy())
	return best, nil
}

// readTurned reads g turned by deg (rotateGray) as the first reading
// was read and, if that reads nothing to trust, as sparse text
// (readSparse).
func readTurned(ctx context.Context, g *image.Gray, deg float64, read func(*image.Gray) (*Page, error), o Options) (*Page, error) {
	lv := rotateGray(g, deg)
	t, err := read(lv)
	if err != nil {
		return nil, ctx.Err()
	}
	return readSparse(ctx, t, func() (*Page, error) { return recognize(ctx, lv, psmSparse, sparseOptions(o)) })
}
