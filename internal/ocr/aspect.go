package ocr

import (
	"bytes"
	"encoding/binary"
	"image"

	"golang.org/x/image/draw"
)

// pixelAspect reads the resolution a picture declares for its two axes
// (a TIFF's XResolution and YResolution, a JPEG's JFIF density, a PNG's
// pHYs) and returns how far to stretch each axis for square pixels: a
// fax's 204 × 98 dpi page stored as it was scanned has its letters at
// half their height, which Tesseract reads as nothing. 1, 1 for square
// pixels, for none declared, for a ratio under 1.2 or over 8 (no
// scanner's), and for a TIFF of several pages (see tiffDensity).
func pixelAspect(data []byte) (sx, sy float64) {
	x, y := declaredDensity(data)
	if x <= 0 || y <= 0 {
		return 1, 1
	}
	switch r := x / y; {
	case r >= 1.2 && r <= 8:
		return 1, r
	case r <= 1/1.2 && r >= 1.0/8:
		return 1 / r, 1
	}
	return 1, 1
}

// declaredDensity is the pixels per unit a picture declares for its two
// axes, 0, 0 when it declares none.
func declaredDensity(data []byte) (x, y float64) {
	switch {
	case len(data) >= 8 && (string(data[:4]) == "II*\x00" || string(data[:4]) == "MM\x00*"):
		return tiffDensity(data)
	case len(data) >= 4 && data[0] == 0xFF && data[1] == 0xD8:
		// The JFIF segment is the first after SOI: units, then the
		// horizontal and vertical density.
		if len(data) >= 18 && data[2] == 0xFF && data[3] == 0xE0 && string(data[6:11]) == "JFIF\x00" {
			return float64(binary.BigEndian.Uint16(data[14:])), float64(binary.BigEndian.Uint16(data[16:]))
		}
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		for p := 8; p+12 <= len(data); {
			n := int(binary.BigEndian.Uint32(data[p:]))
			kind := string(data[p+4 : p+8])
			if n < 0 || p+12+n > len(data) || kind == "IDAT" || kind == "IEND" {
				break
			}
			if kind == "pHYs" && n >= 9 {
				return float64(binary.BigEndian.Uint32(data[p+8:])), float64(binary.BigEndian.Uint32(data[p+12:]))
			}
			p += 12 + n
		}
	}
	return 0, 0
}

// tiffDensity reads XResolution (282) and YResolution (283) from a TIFF's
// first directory.
func tiffDensity(data []byte) (x, y float64) {
	var bo binary.ByteOrder = binary.LittleEndian
	if data[0] == 'M' {
		bo = binary.BigEndian
	}
	ifd := int64(bo.Uint32(data[4:]))
	if ifd < 8 || ifd+2 > int64(len(data)) {
		return 0, 0
	}
	n := int64(bo.Uint16(data[ifd:]))
	for i := int64(0); i < n; i++ {
		e := ifd + 2 + 12*i
		if e+12 > int64(len(data)) {
			break
		}
		tag, typ := bo.Uint16(data[e:]), bo.Uint16(data[e+2:])
		if (tag != 282 && tag != 283) || typ != 5 { // RATIONAL
			continue
		}
		off := int64(bo.Uint32(data[e+8:]))
		if off < 0 || off+8 > int64(len(data)) {
			continue
		}
		num, den := bo.Uint32(data[off:]), bo.Uint32(data[off+4:])
		if den == 0 {
			continue
		}
		if v := float64(num) / float64(den); tag == 282 {
			x = v
		} else {
			y = v
		}
	}
	// A TIFF of several pages (a fax of many) is handed to Tesseract as
	// it is, which reads every page; Go decodes the first only, so it is
	// not stretched.
	if next := ifd + 2 + 12*n; next+4 <= int64(len(data)) && bo.Uint32(data[next:]) != 0 {
		return 0, 0
	}
	return x, y
}

// stretch scales g by sx across and sy down.
func stretch(g *image.Gray, sx, sy float64) *image.Gray {
	b := g.Bounds()
	out := image.NewGray(image.Rect(0, 0, int(float64(b.Dx())*sx+0.5), int(float64(b.Dy())*sy+0.5)))
	draw.CatmullRom.Scale(out, out.Bounds(), g, b, draw.Src, nil)
	return out
}

// scaleXY maps the page's boxes by fx across and fy down and gives it
// the size w × h, after it was read from a stretched picture.
func (p *Page) scaleXY(fx, fy float64, w, h int) {
	sc := func(b Box) Box { return Box{b.X0 * fx, b.Y0 * fy, b.X1 * fx, b.Y1 * fy} }
	for i := range p.Lines {
		l := &p.Lines[i]
		l.Box = sc(l.Box)
		for j := range l.Words {
			l.Words[j].Box = sc(l.Words[j].Box)
		}
	}
	p.Width, p.Height = w, h
}
