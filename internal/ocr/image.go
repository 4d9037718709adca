package ocr

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // decoders registered for image.Decode
	_ "image/jpeg"
	_ "image/png"
	"strconv"

	_ "golang.org/x/image/bmp"
	_ "golang.org/x/image/tiff"
	_ "golang.org/x/image/webp"
)

// Errors of image checks, for callers to map to findings.
var (
	// ErrTooLarge is returned for a picture of more pixels than allowed.
	ErrTooLarge = errors.New("ocr: image too large")
	// ErrImage is returned for bytes that do not decode as a picture.
	ErrImage = errors.New("ocr: not a decodable image")
)

// DefaultMaxPixels bounds the pictures read: 40 megapixels is an A3 page
// at 300 dpi with room to spare.
const DefaultMaxPixels = 40_000_000

// minSide is the smallest width and height a picture with text can have:
// an icon or a rule line holds nothing to read.
const minSide = 16

// Config reads a picture's format and size from its header alone. It
// returns ErrTooLarge when width × height is over maxPixels (a
// decompression bomb declares its size honestly and then inflates to it),
// without decoding anything else.
func Config(data []byte, maxPixels int64) (image.Config, string, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return cfg, format, fmt.Errorf("%w: %v", ErrImage, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return cfg, format, fmt.Errorf("%w: empty", ErrImage)
	}
	if maxPixels > 0 && int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return cfg, format, fmt.Errorf("%w: %d × %d pixels", ErrTooLarge, cfg.Width, cfg.Height)
	}
	return cfg, format, nil
}

// Decode checks the picture's header with Config and then decodes it to
// greyscale. A GIF's first frame is read.
func Decode(data []byte, maxPixels int64) (*image.Gray, error) {
	img, err := decode(data, maxPixels)
	if err != nil {
		return nil, err
	}
	return gray(img), nil
}

// decode checks the picture's header with Config and decodes it.
func decode(data []byte, maxPixels int64) (image.Image, error) {
	if _, _, err := Config(data, maxPixels); err != nil {
		return nil, err
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrImage, err)
	}
	// A decoder may not agree with its own header: check again.
	r := img.Bounds()
	if maxPixels > 0 && int64(r.Dx())*int64(r.Dy()) > maxPixels {
		return nil, fmt.Errorf("%w: %d × %d pixels", ErrTooLarge, r.Dx(), r.Dy())
	}
	return img, nil
}

// DecodeInk is Decode with coloured ink left out: a pixel of a colour
// picture that is coloured (red, blue, purple …) is paper, and grey and
// black stay as they are, so that a stamp or seal over a line of black
// text (a 收文 stamp on a marking) leaves the text alone on the page. A
// grey picture has no colour to leave out: errNoColour.
func DecodeInk(data []byte, maxPixels int64) (*image.Gray, error) {
	img, err := decode(data, maxPixels)
	if err != nil {
		return nil, err
	}
	return inkOf(img)
}

// inkOf is a decoded picture without its coloured ink (DecodeInk).
func inkOf(img image.Image) (*image.Gray, error) {
	r := img.Bounds()
	switch m := img.(type) {
	case *image.Gray, *image.Gray16:
		return nil, errNoColour
	case *image.YCbCr:
		if len(m.Cr) == 0 {
			return nil, errNoColour
		}
		g := image.NewGray(image.Rect(0, 0, r.Dx(), r.Dy()))
		for y := 0; y < r.Dy(); y++ {
			row := g.Pix[y*g.Stride:][:r.Dx()]
			for x := range row {
				yi := m.YOffset(r.Min.X+x, r.Min.Y+y)
				ci := m.COffset(r.Min.X+x, r.Min.Y+y)
				row[x] = inkPixel(color.YCbCrToRGB(m.Y[yi], m.Cb[ci], m.Cr[ci]))
			}
		}
		return g, nil
	}
	g := image.NewGray(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			cr, cg, cb, _ := over(img.At(r.Min.X+x, r.Min.Y+y)).RGBA()
			g.Pix[y*g.Stride+x] = inkPixel(uint8(cr>>8), uint8(cg>>8), uint8(cb>>8))
		}
	}
	return g, nil
}

// inkPixel is a pixel of a page without its coloured ink: its brightest
// channel, paper when that is inkPale or more. A stamp's red, blue or
// purple is bright in one channel at least, even where pale at its edges
// (the red channel alone, as first done, left a blue stamp as black as
// the text); black text stays black, even where a JPEG smears a stamp's
// colour into it (70, 0, 0 beside red), and pale grey goes with the
// paper.
func inkPixel(r, g, b uint8) uint8 {
	if v := max(r, g, b); v < inkPale {
		return v
	}
	return 255
}

// inkPale is the lightest brightest channel kept as ink: a scanned
// stamp's is 140 or more, text's under 100.
const inkPale = 128

// colourInk reports whether coloured ink lies on the head of a page (its
// top rows): pixels dark in the grey picture g that the picture without
// its coloured ink, ink, shows as paper. A stamp, a seal or a red 版头
// does, whatever its colour; black and grey ink, yellowed paper and the
// colour fringes of a JPEG do not. A stamp's ring at 150 dpi is some
// thousand such pixels; a few specks are not a stamp.
func colourInk(g, ink *image.Gray, rows int) bool {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if ink == nil || ink.Rect.Dx() != w {
		return false
	}
	band := min(rows, h, ink.Rect.Dy())
	need := max(inkMinPixels, w*band/2000)
	n := 0
	for y := 0; y < band; y++ {
		gr := g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y):][:w]
		ir := ink.Pix[ink.PixOffset(ink.Rect.Min.X, ink.Rect.Min.Y+y):][:w]
		for x, v := range gr {
			if v < inkDarkGrey && ir[x] == 255 {
				if n++; n >= need {
					return true
				}
			}
		}
	}
	return false
}

// Coloured ink, for colourInk: a pixel darker than inkDarkGrey in grey
// that is paper without coloured ink, at least inkMinPixels of them and
// a two-thousandth of the head.
const (
	inkDarkGrey  = 170
	inkMinPixels = 100
)

// errNoColour is DecodeInk's answer for a grey picture.
var errNoColour = errors.New("ocr: a grey picture")

// gray converts img to greyscale with its origin at 0,0; transparent
// pixels become white, as a viewer shows them on a page.
func gray(img image.Image) *image.Gray {
	r := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, r.Dx(), r.Dy()))
	switch m := img.(type) {
	case *image.Gray:
		if m.Rect.Min == (image.Point{}) && m.Stride == m.Rect.Dx() {
			return m
		}
		for y := 0; y < r.Dy(); y++ {
			copy(g.Pix[y*g.Stride:], m.Pix[m.PixOffset(r.Min.X, r.Min.Y+y):][:r.Dx()])
		}
		return g
	case *image.YCbCr:
		// A JPEG: its luma is the grey.
		for y := 0; y < r.Dy(); y++ {
			copy(g.Pix[y*g.Stride:], m.Y[m.YOffset(r.Min.X, r.Min.Y+y):][:r.Dx()])
		}
		return g
	case *image.Paletted:
		var lut [256]byte
		for i, c := range m.Palette {
			lut[i] = color.GrayModel.Convert(over(c)).(color.Gray).Y
		}
		for y := 0; y < r.Dy(); y++ {
			src := m.Pix[m.PixOffset(r.Min.X, r.Min.Y+y):][:r.Dx()]
			dst := g.Pix[y*g.Stride:][:r.Dx()]
			for x, i := range src {
				dst[x] = lut[i]
			}
		}
		return g
	}
	draw.Draw(g, g.Rect, image.White, image.Point{}, draw.Src)
	draw.Draw(g, g.Rect, img, r.Min, draw.Over)
	return g
}

// over is c laid over white.
func over(c color.Color) color.Color {
	r, g, b, a := c.RGBA()
	w := 0xffff - a
	return color.RGBA64{uint16(r + w), uint16(g + w), uint16(b + w), 0xffff}
}

// TooSmall reports whether a picture is too small to hold readable text.
func TooSmall(w, h int) bool { return w < minSide || h < minSide }

// pgm encodes g as a binary PGM (P5), which every Tesseract reads without a
// codec.
func pgm(g *image.Gray) []byte {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	hdr := "P5\n" + strconv.Itoa(w) + " " + strconv.Itoa(h) + "\n255\n"
	out := make([]byte, 0, len(hdr)+w*h)
	out = append(out, hdr...)
	for y := 0; y < h; y++ {
		i := g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y)
		out = append(out, g.Pix[i:i+w]...)
	}
	return out
}

// ParsePGM decodes a binary greyscale PGM (P5, maxval below 256), as
// pdftoppm -gray writes it, refusing more than maxPixels before allocating.
func ParsePGM(data []byte, maxPixels int64) (*image.Gray, error) {
	w, h, maxval, rest, err := pnmHeader(data, "P5", 1, maxPixels)
	if err != nil {
		return nil, err
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	copy(g.Pix, rest[:w*h])
	if maxval != 255 {
		for i, c := range g.Pix {
			g.Pix[i] = byte(min(255, int(c)*255/maxval))
		}
	}
	return g, nil
}

// parsePPMInk decodes a binary colour PPM (P6, maxval below 256), as
// pdftoppm writes it, without its coloured ink (as DecodeInk decodes a
// picture), refusing more than maxPixels before allocating; errNoColour
// when every pixel is grey.
func parsePPMInk(data []byte, maxPixels int64) (*image.Gray, error) {
	w, h, maxval, rest, err := pnmHeader(data, "P6", 3, maxPixels)
	if err != nil {
		return nil, err
	}
	scale := func(v byte) byte { return v }
	if maxval != 255 {
		scale = func(v byte) byte { return byte(min(255, int(v)*255/maxval)) }
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	colour := false
	for i := range g.Pix {
		r, gr, b := scale(rest[3*i]), scale(rest[3*i+1]), scale(rest[3*i+2])
		colour = colour || r != gr || gr != b
		g.Pix[i] = inkPixel(r, gr, b)
	}
	if !colour {
		return nil, errNoColour
	}
	return g, nil
}

// pnmHeader reads the header of a binary PNM of the given magic and
// bytes per pixel: width, height, maxval and the pixels that follow,
// checked against maxPixels before anything is allocated and against
// the length of data.
func pnmHeader(data []byte, magic string, depth int, maxPixels int64) (w, h, maxval int, rest []byte, err error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return 0, 0, 0, nil, fmt.Errorf("%w: not a binary %s", ErrImage, magic)
	}
	rest = data[2:]
	var v [3]int
	for i := range v {
		// Whitespace and comments, then a decimal number.
		for len(rest) > 0 {
			if c := rest[0]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				rest = rest[1:]
				continue
			}
			if rest[0] == '#' {
				if j := bytes.IndexByte(rest, '\n'); j >= 0 {
					rest = rest[j+1:]
					continue
				}
				rest = nil
			}
			break
		}
		j := 0
		for j < len(rest) && j < 9 && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if j == 0 {
			return 0, 0, 0, nil, fmt.Errorf("%w: bad %s header", ErrImage, magic)
		}
		v[i], _ = strconv.Atoi(string(rest[:j]))
		rest = rest[j:]
	}
	w, h, maxval = v[0], v[1], v[2]
	if len(rest) == 0 || w <= 0 || h <= 0 || maxval <= 0 || maxval > 255 {
		return 0, 0, 0, nil, fmt.Errorf("%w: bad %s header", ErrImage, magic)
	}
	rest = rest[1:] // the single whitespace after maxval
	if maxPixels > 0 && int64(w)*int64(h) > maxPixels {
		return 0, 0, 0, nil, fmt.Errorf("%w: %d × %d pixels", ErrTooLarge, w, h)
	}
	if int64(len(rest)) < int64(w)*int64(h)*int64(depth) {
		return 0, 0, 0, nil, fmt.Errorf("%w: %s shorter than its header says", ErrImage, magic)
	}
	return w, h, maxval, rest, nil
}

// headShare is the part of a page, from the top, that is its head at the
// least; headMax at the most (headRows).
const (
	headShare = 0.2
	headMax   = 0.5
)

// headScale is how much the head band is enlarged for its second reading.
const headScale = 1.5

// headBand returns the top rows of g enlarged headScale times, bilinear.
func headBand(g *image.Gray, rows int) *image.Gray {
	sw, sh := g.Rect.Dx(), min(rows, g.Rect.Dy())
	if sw < 2 || sh < 2 {
		return image.NewGray(image.Rect(0, 0, 1, 1))
	}
	dw, dh := int(float64(sw)*headScale), int(float64(sh)*headScale)
	dst := image.NewGray(image.Rect(0, 0, dw, dh))
	// Source coordinates of each destination column, in 1/256 pixels.
	xs := make([]int, dw)
	for x := range xs {
		xs[x] = min(int((float64(x)+0.5)/headScale*256-128), (sw-1)*256-1)
		xs[x] = max(xs[x], 0)
	}
	for y := 0; y < dh; y++ {
		fy := min(max(int((float64(y)+0.5)/headScale*256-128), 0), (sh-1)*256-1)
		y0, wy := fy>>8, fy&255
		r0 := g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y0):]
		r1 := g.Pix[g.PixOffset(g.Rect.Min.X, g.Rect.Min.Y+y0+1):]
		row := dst.Pix[y*dst.Stride : y*dst.Stride+dw]
		for x, fx := range xs {
			x0, wx := fx>>8, fx&255
			top := int(r0[x0])*(256-wx) + int(r0[x0+1])*wx
			bot := int(r1[x0])*(256-wx) + int(r1[x0+1])*wx
			row[x] = byte((top*(256-wy) + bot*wy) >> 16)
		}
	}
	return dst
}
