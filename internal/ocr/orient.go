package ocr

import (
	"bufio"
	"bytes"
	"context"
	"image"
	"strconv"
	"strings"
)

// Pages that lie turned. A page scanned sideways or upside down (a
// landscape table, a sheet fed the wrong way, a phone photo) reads as
// it lies with little confidence. When a first reading is poor (poor),
// Tesseract's orientation detection (page segmentation 0, osd.traineddata
// of tesseract-ocr-osd) is asked how the same image lies; when it says
// turned by 90°, 180° or 270° with some confidence (osdTrust), the image
// is turned upright in Go and read again, and the better of the two
// readings is kept (better). A page read well the first time costs
// nothing more.
//
// Tesseract reads a page turned a quarter clockwise (its lines running
// down) by itself, as vertical text, so in practice the page turned a
// quarter anticlockwise and the page upside down are the ones set right
// here.

// osdTrust is the orientation confidence (Tesseract's own scale) from
// which a page is turned and read again. A page of text turned on
// purpose gets 4 to 7 with chi_sim, a picture with a one-line caption
// turned upside down 0.8; a faded page that is upright was once given a
// half turn at 0.08. A wrong turn costs one more reading of a page
// already poor, and that reading is then not kept (better), so the bar
// is low.
const osdTrust = 0.5

// osdMinChars is Tesseract's min_characters_to_try for orientation
// detection: how many character-like blobs a page needs before it is
// judged (50 by default). A short notice of four lines has about 60.
const osdMinChars = 20

// poor reports whether a first reading is worth turning the page for:
// read with little confidence, or into few characters. A reading of
// nothing at all is not (a photo, a chart): Tesseract found no glyphs
// there, and orientation detection judges a page by its glyphs.
func poor(s Stats) bool { return s.Chars > 0 && (s.Chars < FewChars || s.Conf < TrustedConf) }

// better reports whether reading t of the page turned upright is to be
// kept over reading p of it as it lies: t is more confident, it holds
// more confident text (confidence times characters, so that a wrong turn
// that reads a few glyphs well does not replace a page of text), and a
// first reading of next to nothing (a photo) is replaced only by one
// that can be trusted, not by glyphs read into the texture of a photo.
func better(t, p Stats) bool {
	return t.Conf > p.Conf && t.Conf*float64(t.Chars) > p.Conf*float64(p.Chars) &&
		(p.Chars >= FewChars || t.Conf >= TrustedConf)
}

// orient is orientation detection; tests replace it to count its runs.
var orient = orientation

// orientation asks Tesseract how many quarter turns clockwise the image
// in (what the first reading was given: a picture file as it is, or a
// PGM) needs to stand upright: 1, 2 or 3, or 0 when it stands upright or
// Tesseract cannot tell with osdTrust confidence (a page with fewer than
// osdMinChars glyphs makes Tesseract fail, which says the same). The
// error is ctx's when ctx ended.
func orientation(ctx context.Context, in []byte, o Options) (int, error) {
	out, err := run(ctx, o, 4<<10, in, "tesseract", "stdin", "stdout",
		"--psm", "0", "--dpi", strconv.Itoa(o.DPI), "-c", "min_characters_to_try="+strconv.Itoa(osdMinChars))
	if err != nil {
		return 0, ctx.Err()
	}
	return parseOSD(out), nil
}

// parseOSD reads the turn Tesseract's orientation report asks for:
// "Rotate: 90" (degrees clockwise) with an "Orientation confidence" of at
// least osdTrust, as quarter turns. Only the first page of the report is
// read.
func parseOSD(out []byte) int {
	rotate, conf := -1, -1.0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "Rotate":
			if rotate < 0 {
				rotate, _ = strconv.Atoi(v)
			}
		case "Orientation confidence":
			if conf < 0 {
				conf, _ = strconv.ParseFloat(v, 64)
			}
		}
	}
	if !(conf >= osdTrust) { // NaN too
		return 0
	}
	switch rotate {
	case 90, 180, 270:
		return rotate / 90
	}
	return 0
}

// upright reads a page again turned upright when its first reading p is
// poor and orientation detection on in (the image p was read from) says
// it lies turned. img gives the image in Go, decoded only then, and read
// reads an image as the first reading did. It returns the reading to
// keep and, when that is the turned one, the turned image and the
// quarter turns clockwise it was given. A failure past the first reading
// keeps it, unless ctx ended.
func upright(ctx context.Context, p *Page, in []byte, img func() (*image.Gray, error),
	read func(*image.Gray) (*Page, error), o Options) (*Page, *image.Gray, int, error) {
	ps := p.Stats()
	if !poor(ps) || multiPage(p) {
		return p, nil, 0, nil
	}
	q, err := orient(ctx, in, o)
	if q == 0 {
		return p, nil, 0, err
	}
	g, err := img()
	if err != nil {
		return p, nil, 0, nil
	}
	g = turn(g, q)
	t, err := read(g)
	if err != nil {
		return p, nil, 0, ctx.Err()
	}
	if !better(t.Stats(), ps) {
		return p, nil, 0, nil
	}
	return t, g, q, nil
}

// multiPage reports whether a reading holds lines of more than one page
// of a TIFF: only the first page is decoded in Go, so such a picture is
// not turned.
func multiPage(p *Page) bool {
	for _, l := range p.Lines {
		if l.Page > 1 {
			return true
		}
	}
	return false
}

// turn returns g turned clockwise by q quarter turns (1, 2 or 3), with
// its origin at 0,0. Pixels are copied in tiles, so that a quarter turn,
// which reads rows and writes columns, stays within the cache.
func turn(g *image.Gray, q int) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	dw, dh := w, h
	if q%2 == 1 {
		dw, dh = h, w
	}
	dst := image.NewGray(image.Rect(0, 0, dw, dh))
	const tile = 64
	for y0 := 0; y0 < h; y0 += tile {
		for x0 := 0; x0 < w; x0 += tile {
			for y := y0; y < min(y0+tile, h); y++ {
				row := g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):][:w]
				for x := x0; x < min(x0+tile, w); x++ {
					var i int
					switch q {
					case 1: // (x, y) goes to (h-1-y, x)
						i = x*dst.Stride + h - 1 - y
					case 2: // to (w-1-x, h-1-y)
						i = (h-1-y)*dst.Stride + w - 1 - x
					default: // to (y, w-1-x)
						i = (w-1-x)*dst.Stride + y
					}
					dst.Pix[i] = row[x]
				}
			}
		}
	}
	return dst
}

// unturn maps b, a box on an image of w × h pixels turned clockwise by
// q quarter turns, back onto that image as it lies.
func (b Box) unturn(q, w, h int) Box {
	fw, fh := float64(w), float64(h)
	switch q {
	case 1:
		return Box{b.Y0, fh - b.X1, b.Y1, fh - b.X0}
	case 2:
		return Box{fw - b.X1, fh - b.Y1, fw - b.X0, fh - b.Y0}
	case 3:
		return Box{fw - b.Y1, b.X0, fw - b.Y0, b.X1}
	}
	return b
}

// unturn maps the boxes of a reading of an image of w × h pixels turned
// clockwise by q quarter turns back onto that image, and gives the page
// its size.
func (p *Page) unturn(q, w, h int) {
	for i := range p.Lines {
		l := &p.Lines[i]
		l.Box = l.Box.unturn(q, w, h)
		for j := range l.Words {
			l.Words[j].Box = l.Words[j].Box.unturn(q, w, h)
		}
	}
	p.Width, p.Height = w, h
}
