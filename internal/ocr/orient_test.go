package ocr

import (
	"context"
	"image"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
)

// countOrient counts the runs of orientation detection until the test
// ends.
func countOrient(t *testing.T) *atomic.Int32 {
	t.Helper()
	var n atomic.Int32
	saved := orient
	orient = func(ctx context.Context, in []byte, o Options) (int, error) {
		n.Add(1)
		return saved(ctx, in, o)
	}
	t.Cleanup(func() { orient = saved })
	return &n
}

// TestReadTurned: a page fed sideways (a quarter anticlockwise, a G4
// TIFF upload) and a page scanned upside down (in a PDF, rendered and
// read as scanned PDF pages are) read as they lie with a confidence
// nobody can trust; they are turned upright, read, and their ID, mobile
// number and marking found, with the boxes on the page as it lies.
func TestReadTurned(t *testing.T) {
	needOCR(t)
	if out, err := exec.Command("tesseract", "--list-langs").Output(); err != nil || !strings.Contains(string(out), "\nosd") {
		if os.Getenv("CI") == "true" {
			t.Fatal("no osd model for tesseract under CI (install tesseract-ocr-osd)")
		}
		t.Skip("no osd model for tesseract (install tesseract-ocr-osd)")
	}
	runs := countOrient(t)
	for _, c := range []struct {
		name string
		turn int
	}{{"left.tif", 90}, {"upside.pdf", 180}} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile("testdata/" + c.name)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			var r *Read
			var w, h int
			if strings.HasSuffix(c.name, ".pdf") {
				g, err := RenderPage(ctx, data, 1, 150, Options{})
				if err != nil {
					t.Fatal(err)
				}
				w, h = g.Rect.Dx(), g.Rect.Dy()
				r, err = ReadPage(ctx, g, Options{DPI: 150})
				if err != nil {
					t.Fatal(err)
				}
			} else {
				cfg, _, err := Config(data, DefaultMaxPixels)
				if err != nil {
					t.Fatal(err)
				}
				w, h = cfg.Width, cfg.Height
				if r, err = ReadImage(ctx, data, Options{}); err != nil {
					t.Fatal(err)
				}
			}
			if r.Turned != c.turn {
				t.Errorf("turned %d°, want %d°", r.Turned, c.turn)
			}
			page, spans := r.Page.Text()
			text := page
			if r.Head != nil {
				head, _ := r.Head.Text()
				text = head + "\n" + text
			}
			for _, want := range []string{"110101199003074514", "13907311846", "机密"} {
				if !strings.Contains(text, want) {
					t.Errorf("%q not read in:\n%s", want, text)
				}
			}
			if st := r.Page.Stats(); st.Conf < TrustedConf {
				t.Errorf("confidence %.1f once upright", st.Conf)
			}
			if r.Page.Width != w || r.Page.Height != h {
				t.Errorf("page %d × %d, want the image as it lies, %d × %d", r.Page.Width, r.Page.Height, w, h)
			}
			// The ID's box is on the page as it lies: tall on a page
			// turned sideways, wide on one upside down.
			rs := []rune(page)
			found := false
			for _, s := range spans {
				if string(rs[s.Start:s.End]) != "110101199003074514" {
					continue
				}
				found = true
				b := s.Box
				if b.X0 < 0 || b.Y0 < 0 || b.X1 > float64(w) || b.Y1 > float64(h) {
					t.Errorf("ID box %v outside the %d × %d page", b, w, h)
				}
				if tall := b.Y1-b.Y0 > b.X1-b.X0; tall != (c.turn%180 == 90) {
					t.Errorf("ID box %v on a page turned %d°", b, c.turn)
				}
			}
			if !found {
				t.Error("no word holds the ID alone")
			}
		})
	}
	t.Cleanup(func() {
		// One detection each: the first reading was poor, as without
		// turning the page it would stay.
		if n := runs.Load(); n != 2 {
			t.Errorf("orientation detected %d times, want 2", n)
		}
	})
}

// TestUprightCostsNothing: a page read well the first time is not sent
// to orientation detection.
func TestUprightCostsNothing(t *testing.T) {
	needOCR(t)
	runs := countOrient(t)
	data, err := os.ReadFile("testdata/marked.png")
	if err != nil {
		t.Fatal(err)
	}
	r, err := ReadImage(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Turned != 0 || runs.Load() != 0 {
		t.Errorf("upright page: turned %d°, orientation detected %d times", r.Turned, runs.Load())
	}
	r, err = ReadPage(context.Background(), decodeFile(t, "marked.tif"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Turned != 0 || runs.Load() != 0 {
		t.Errorf("upright page: turned %d°, orientation detected %d times", r.Turned, runs.Load())
	}
}

// TestTurn: every pixel goes where a quarter turn clockwise takes it, in
// images larger than a tile, and every box maps back to its pixel.
func TestTurn(t *testing.T) {
	const w, h = 131, 70
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = byte(i * 7)
	}
	for q := 1; q <= 3; q++ {
		d := turn(g, q)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				var dx, dy int
				switch q {
				case 1:
					dx, dy = h-1-y, x
				case 2:
					dx, dy = w-1-x, h-1-y
				case 3:
					dx, dy = y, w-1-x
				}
				if d.GrayAt(dx, dy) != g.GrayAt(x, y) {
					t.Fatalf("q %d: pixel %d,%d not at %d,%d", q, x, y, dx, dy)
				}
				b := Box{float64(dx), float64(dy), float64(dx + 1), float64(dy + 1)}.unturn(q, w, h)
				if want := (Box{float64(x), float64(y), float64(x + 1), float64(y + 1)}); b != want {
					t.Fatalf("q %d: box of %d,%d back at %v, want %v", q, dx, dy, b, want)
				}
			}
		}
		back := turn(d, 4-q)
		if back.Rect != g.Rect || string(back.Pix) != string(g.Pix) {
			t.Errorf("q %d then %d: not the image", q, 4-q)
		}
	}
	// A sub-image keeps its own pixels.
	sub := g.SubImage(image.Rect(10, 5, 20, 9)).(*image.Gray)
	if d := turn(sub, 1); d.Rect.Dx() != 4 || d.Rect.Dy() != 10 || d.GrayAt(3, 0) != g.GrayAt(10, 5) {
		t.Errorf("sub-image turned to %v", d.Rect)
	}
}

func TestParseOSD(t *testing.T) {
	for _, c := range []struct {
		out  string
		want int
	}{
		{"Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 5.15\nScript: Han\nScript confidence: 1.43\n", 1},
		{"Rotate: 180\nOrientation confidence: 5.21\n", 2},
		{"Rotate: 270\nOrientation confidence: 6.28\n", 3},
		{"Rotate: 0\nOrientation confidence: 4.42\n", 0},
		{"Rotate: 180\nOrientation confidence: 0.08\n", 0}, // a faded page
		{"Rotate: 45\nOrientation confidence: 9\n", 0},
		{"Rotate: 90\n", 0},
		{"Rotate: 180\nOrientation confidence: NaN\n", 0},
		{"", 0},
		// Only the first page of a TIFF.
		{"Rotate: 0\nOrientation confidence: 5\nRotate: 90\nOrientation confidence: 5\n", 0},
	} {
		if got := parseOSD([]byte(c.out)); got != c.want {
			t.Errorf("%q: %d quarter turns, want %d", c.out, got, c.want)
		}
	}
}

func TestBetter(t *testing.T) {
	for _, c := range []struct {
		name string
		t, p Stats
		want bool
	}{
		{"turned page", Stats{Chars: 60, Conf: 90}, Stats{Chars: 56, Conf: 11}, true},
		{"turned page, fewer glyphs", Stats{Chars: 200, Conf: 88}, Stats{Chars: 450, Conf: 22}, true},
		{"wrong turn reads a few glyphs", Stats{Chars: 10, Conf: 65}, Stats{Chars: 200, Conf: 60}, false},
		{"wrong turn reads worse", Stats{Chars: 200, Conf: 40}, Stats{Chars: 200, Conf: 60}, false},
		{"photo read into glyphs", Stats{Chars: 15, Conf: 40}, Stats{}, false},
		{"picture read upright", Stats{Chars: 30, Conf: 85}, Stats{Chars: 2, Conf: 20}, true},
	} {
		if got := better(c.t, c.p); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func FuzzParseOSD(f *testing.F) {
	f.Add([]byte("Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 5.15\n"))
	f.Add([]byte("Rotate: 180\nOrientation confidence: NaN\n"))
	f.Fuzz(func(t *testing.T, out []byte) {
		if q := parseOSD(out); q < 0 || q > 3 {
			t.Fatalf("%d quarter turns", q)
		}
	})
}
