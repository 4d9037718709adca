package ocr

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"testing"
)

// TestPixelAspect: the resolution a picture declares for its two axes
// (a TIFF's tags, a JPEG's JFIF density, a PNG's pHYs) stretches a fax's
// half-height pixels to square ones; square, missing or absurd ones
// leave the picture as it is.
func TestPixelAspect(t *testing.T) {
	tiff := func(x, y uint32) []byte {
		b := make([]byte, 8+2+2*12+4+16)
		copy(b, "II*\x00")
		binary.LittleEndian.PutUint32(b[4:], 8)
		binary.LittleEndian.PutUint16(b[8:], 2)
		for i, tag := range []uint16{282, 283} {
			e := 10 + 12*i
			binary.LittleEndian.PutUint16(b[e:], tag)
			binary.LittleEndian.PutUint16(b[e+2:], 5)
			binary.LittleEndian.PutUint32(b[e+4:], 1)
			off := 38 + 8*i
			binary.LittleEndian.PutUint32(b[e+8:], uint32(off))
			binary.LittleEndian.PutUint32(b[off:], []uint32{x, y}[i])
			binary.LittleEndian.PutUint32(b[off+4:], 1)
		}
		return b
	}
	// multi links a second directory after the first.
	multi := func(b []byte) []byte {
		binary.LittleEndian.PutUint32(b[34:], 8)
		return b
	}
	jfif := func(x, y uint16) []byte {
		b := []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 1, 0, 0, 0, 0}
		binary.BigEndian.PutUint16(b[14:], x)
		binary.BigEndian.PutUint16(b[16:], y)
		return b
	}
	pngWith := func(x, y uint32) []byte {
		var buf bytes.Buffer
		if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 4, 4))); err != nil {
			t.Fatal(err)
		}
		b := buf.Bytes()
		// pHYs after IHDR (8 + 25 bytes).
		chunk := make([]byte, 21)
		binary.BigEndian.PutUint32(chunk, 9)
		copy(chunk[4:], "pHYs")
		binary.BigEndian.PutUint32(chunk[8:], x)
		binary.BigEndian.PutUint32(chunk[12:], y)
		chunk[16] = 1
		return append(append(append([]byte{}, b[:33]...), chunk...), b[33:]...)
	}
	for _, c := range []struct {
		name   string
		data   []byte
		sx, sy float64
	}{
		{"fax tiff", tiff(204, 98), 1, 204.0 / 98},
		{"square tiff", tiff(300, 300), 1, 1},
		{"wide jfif", jfif(100, 200), 2, 1},
		{"square jfif", jfif(72, 72), 1, 1},
		{"png", pngWith(7874, 3937), 1, 2},
		{"absurd", tiff(1000, 10), 1, 1},
		{"fax of pages", multi(tiff(204, 98)), 1, 1},
		{"none", []byte("GIF89a"), 1, 1},
	} {
		if sx, sy := pixelAspect(c.data); sx != c.sx || sy != c.sy {
			t.Errorf("%s: %v %v, want %v %v", c.name, sx, sy, c.sx, c.sy)
		}
	}
	g := stretch(image.NewGray(image.Rect(0, 0, 10, 5)), 1, 2)
	if g.Rect.Dx() != 10 || g.Rect.Dy() != 10 {
		t.Errorf("stretched to %v", g.Rect)
	}
}
