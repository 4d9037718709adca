package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"fmt"
	"runtime"
	"testing"
)

// imagePDF is a one-page file whose object 4 is an image of the given
// dictionary entries and stream, and object 5, when smask is set, its
// soft mask: 4 × 2, clear in the first and last columns.
func imagePDF(dict string, stream []byte, smask bool) []byte {
	objs := simpleObjs("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	objs[3] = fmt.Sprintf("<< /Type /XObject /Subtype /Image %s /Length %d >>\nstream\n%s\nendstream", dict, len(stream), stream)
	if smask {
		objs[3] = fmt.Sprintf("<< /Type /XObject /Subtype /Image %s /SMask 5 0 R /Length %d >>\nstream\n%s\nendstream", dict, len(stream), stream)
	}
	ramp := []byte{0, 255, 255, 0, 0, 255, 255, 0}
	objs[4] = fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream", len(ramp), ramp)
	return hand("%PDF-1.4\n", objs, "/Root 1 0 R", false)
}

func a85(b []byte) []byte {
	out := make([]byte, ascii85.MaxEncodedLen(len(b)))
	return append(out[:ascii85.Encode(out, b)], "~>"...)
}

func flate(b []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// TestPictureDecodes: the encodings and colours offices' PDFs use decode
// to the grey a viewer shows, and a soft mask clears to white.
func TestPictureDecodes(t *testing.T) {
	const object = 4 << 16
	// 4 × 2 pixels: black, white, black, white / white, black, white, black.
	grey := []byte{0, 255, 0, 255, 255, 0, 255, 0}
	want := grey
	// PNG Up predictor: each row as the difference from the one above.
	up := []byte{2, 0, 255, 0, 255, 2, 255, 1, 255, 1}
	rgb := []byte{0, 0, 0, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 0, 0, 0}
	for _, c := range []struct {
		name   string
		dict   string
		stream []byte
		smask  bool
		want   []byte
	}{
		{"grey", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", grey, false, want},
		{"flate", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", flate(grey), false, want},
		{"predictor", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 4 /Colors 1 >>", flate(up), false, want},
		{"rgb", "/Width 4 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/FlateDecode]", flate(rgb), false, want},
		{"hex", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode", []byte("00FF00FF\nFF00 FF0>"), false, want},
		{"ascii85", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/ASCII85Decode /FlateDecode]", a85(flate(grey)), false, want},
		{"one bit", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 1", []byte{0x50, 0xA0}, false, want},
		{"indexed", "/Width 4 /Height 2 /ColorSpace [/Indexed /DeviceRGB 1 <000000FFFFFF>] /BitsPerComponent 8", []byte{0, 1, 0, 1, 1, 0, 1, 0}, false, want},
		{"stencil", "/Width 4 /Height 2 /ImageMask true", []byte{0x50, 0xA0}, false, want},
		{"inverted", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Decode [1 0]", []byte{255, 0, 255, 0, 0, 255, 0, 255}, false, want},
		// The soft mask is clear in the first and last columns: white
		// there, the picture in the middle two.
		{"soft mask", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", grey, true, []byte{255, 255, 0, 255, 255, 0, 255, 255}},
	} {
		g, err := Picture(imagePDF(c.dict, c.stream, c.smask), object, 1000)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !bytes.Equal(g.Pix, c.want) {
			t.Errorf("%s: %v, want %v", c.name, g.Pix, c.want)
		}
	}
	// Encodings it leaves to rendering, and a stream that inflates past
	// what its size allows.
	for _, c := range []struct{ name, dict string }{
		{"JPEG 2000", "/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode"},
		{"too big", "/Width 40000 /Height 40000 /ColorSpace /DeviceGray /BitsPerComponent 8"},
		{"short", "/Width 40 /Height 20 /ColorSpace /DeviceGray /BitsPerComponent 8"},
	} {
		if _, err := Picture(imagePDF(c.dict, grey, false), object, 1e6); err == nil {
			t.Errorf("%s: decoded", c.name)
		}
	}
	bomb := flate(make([]byte, 64<<20))
	g, err := Picture(imagePDF("/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", bomb, false), object, 1000)
	if err != nil || len(g.Pix) != 8 {
		t.Errorf("a stream inflating to 64 MB for 8 pixels: %v, %v", g, err)
	}
}

// FuzzPicture: no file makes Picture panic or decode more pixels than
// allowed.
func FuzzPicture(f *testing.F) {
	f.Add(imagePDF("/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 4 >>", flate([]byte{2, 0, 255, 0, 255, 2, 255, 1, 255, 1}), true), uint16(4))
	f.Add(imagePDF("/Width 4 /Height 2 /ColorSpace [/Indexed /DeviceCMYK 1 <00000000FFFFFFFF>] /BitsPerComponent 4", []byte{0x01, 0x01, 0x10, 0x10}, false), uint16(4))
	f.Fuzz(func(t *testing.T, data []byte, id uint16) {
		g, err := Picture(data, uint64(id)<<16, 4096)
		if err == nil && len(g.Pix) > 4096 {
			t.Fatalf("%d pixels decoded, bound 4096", len(g.Pix))
		}
	})
}

// TestPictureStreams: a picture is decoded a row at a time, so a big
// CMYK one costs about its grey, not its inflated samples (four times as
// much), however little its stream weighs.
func TestPictureStreams(t *testing.T) {
	const w, h = 3000, 3000
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	row := make([]byte, 4*w)
	for range h {
		zw.Write(row)
	}
	zw.Close()
	data := imagePDF(fmt.Sprintf("/Width %d /Height %d /ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter /FlateDecode", w, h), z.Bytes(), false)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	g, err := Picture(data, 4<<16, 40e6)
	runtime.ReadMemStats(&after)
	if err != nil || g.Rect.Dx() != w {
		t.Fatalf("%v, %v", g, err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 2*w*h {
		t.Errorf("%d MB allocated for a %d MB grey picture", got>>20, w*h>>20)
	}
}
