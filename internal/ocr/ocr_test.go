package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseTSV(t *testing.T) {
	data, err := os.ReadFile("testdata/head.tsv")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseTSV(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	if p.Width != 3720 || p.Height != 1050 {
		t.Errorf("page %d × %d, want 3720 × 1050", p.Width, p.Height)
	}
	text, spans := p.Text()
	if first, _, _ := strings.Cut(text, "\n"); first != "机密文5年" {
		t.Errorf("first line %q, want 机密文5年 (CJK joined without spaces)", first)
	}
	if len(spans) == 0 || spans[0].Start != 0 || spans[0].End != 1 || spans[0].Box.X0 != 502 {
		t.Errorf("first span %+v, want runes [0,1) at x 502", spans[0])
	}
	rs := []rune(text)
	for _, s := range spans {
		if s.Start < 0 || s.End > len(rs) || s.Start >= s.End {
			t.Fatalf("span %+v outside text of %d runes", s, len(rs))
		}
	}
	if st := p.Stats(); st.Conf <= 0 || st.Conf > 100 || st.Chars == 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestTextJoinsLatinWithSpaces(t *testing.T) {
	p := &Page{Lines: []Line{{Words: []Word{{Text: "Hello"}, {Text: "world"}, {Text: "，"}, {Text: "电话"}, {Text: "12345"}}}}}
	if got, _ := p.Text(); got != "Hello world，电话12345" {
		t.Errorf("got %q", got)
	}
}

func TestParseTSVRefusesOtherOutput(t *testing.T) {
	for _, in := range []string{"", "机密", "level\tpage_num\n", tsvColumns + "\n5\t1\tx\n"} {
		if _, err := ParseTSV([]byte(in), 0); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
	many := tsvColumns + "\n" + strings.Repeat("5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\t字\n", 20)
	if p, err := ParseTSV([]byte(many), 10); err == nil || p == nil || p.Stats().Words != 10 {
		t.Errorf("more than maxWords: want the first 10 words and an error, got %v", err)
	}
}

// TestBombHeaderRefused: a PNG that declares 100000 × 100000 pixels is
// refused from its header, before anything is allocated for its pixels.
func TestBombHeaderRefused(t *testing.T) {
	data, err := os.ReadFile("testdata/bomb.png")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Decode(data, DefaultMaxPixels)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("took %v: the header alone should decide", d)
	}
}

func TestParsePGM(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 3, 2))
	copy(g.Pix, []byte{0, 10, 20, 30, 40, 255})
	back, err := ParsePGM(pgm(g), 100)
	if err != nil || !bytes.Equal(back.Pix, g.Pix) {
		t.Fatalf("round trip: %v %v", back, err)
	}
	if _, err := ParsePGM([]byte("P5\n# c\n100000 100000\n255\n\x00"), DefaultMaxPixels); !errors.Is(err, ErrTooLarge) {
		t.Errorf("huge PGM: %v", err)
	}
	if _, err := ParsePGM([]byte("P5 4 4 255\n\x00"), 0); err == nil {
		t.Error("short PGM: no error")
	}
}

func TestRenderDPI(t *testing.T) {
	a4 := PageSize{595, 842}
	if d := RenderDPI(a4, Options{}); d != 300 {
		t.Errorf("A4: %d dpi", d)
	}
	poster := PageSize{14400, 14400}
	d := RenderDPI(poster, Options{})
	if px := poster.W / 72 * float64(d) * poster.H / 72 * float64(d); px > DefaultMaxPixels && d > 36 {
		t.Errorf("poster at %d dpi is %.0f pixels", d, px)
	}
}

// needOCR skips a test when Tesseract or pdftoppm is missing, except
// under CI=true, where they must be installed.
func needOCR(t *testing.T) {
	t.Helper()
	if !Available() || !RenderAvailable() {
		if os.Getenv("CI") == "true" {
			t.Fatalf("OCR not installed under CI: %v", Check())
		}
		t.Skipf("OCR not installed: %v", Check())
	}
}

func decodeFile(t *testing.T, name string) *image.Gray {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Decode(data, DefaultMaxPixels)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestRecognizeUploads(t *testing.T) {
	needOCR(t)
	// marked_jpeg.tif holds JPEG strips, which Tesseract reads and Go
	// cannot decode.
	for _, name := range []string{"marked.png", "marked.jpg", "marked.tif", "marked_jpeg.tif"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			r, err := ReadImage(context.Background(), data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			text, _ := r.Page.Text()
			if r.Head != nil {
				head, _ := r.Head.Text()
				text = head + "\n" + text
			}
			for _, want := range []string{"110101199003074514", "13907311846", "机密"} {
				if !strings.Contains(text, want) {
					t.Errorf("%q not read in:\n%s", want, text)
				}
			}
			if st := r.Page.Stats(); st.Conf < 70 {
				t.Errorf("confidence %.1f on a clean page", st.Conf)
			}
		})
	}
}

func TestRenderPage(t *testing.T) {
	needOCR(t)
	pdf, err := os.ReadFile("testdata/scan150.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sizes, err := PageSizes(ctx, pdf, 1, 1, Options{})
	if err != nil || sizes[1].W < 590 || sizes[1].W > 600 {
		t.Fatalf("sizes %v, %v", sizes, err)
	}
	g, err := RenderPage(ctx, pdf, 1, 150, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := g.Rect.Dx(); w < 1230 || w > 1250 {
		t.Errorf("width %d at 150 dpi, want about 1240", w)
	}
	if _, err := RenderPage(ctx, []byte("%PDF-1.4 garbage"), 1, 150, Options{}); err == nil {
		t.Error("garbage PDF: no error")
	}
}

// TestTimeout: a child that runs out of time is killed and says so.
func TestTimeout(t *testing.T) {
	needOCR(t)
	g := decodeFile(t, "marked.png")
	_, err := Recognize(context.Background(), g, Options{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err %v, want ErrTimeout", err)
	}
}

// TestMemoryLimit: a child that needs more memory than allowed fails
// instead of taking it.
func TestMemoryLimit(t *testing.T) {
	needOCR(t)
	g := decodeFile(t, "marked.png")
	if _, err := Recognize(context.Background(), g, Options{MemoryBytes: 32 << 20}); err == nil {
		t.Fatal("tesseract ran in 32 MiB of address space")
	}
}

func FuzzParseTSV(f *testing.F) {
	seed, err := os.ReadFile("testdata/head.tsv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(tsvColumns + "\n1\t1\t0\t0\t0\t0\t0\t0\t-5\t99999999\t-1\t\n5\t1\t1\t1\t1\t1\t-1\t-1\t3\t3\tNaN\t字 a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseTSV(data, 1000)
		if p == nil {
			if err == nil {
				t.Fatal("nil page without error")
			}
			return
		}
		text, spans := p.Text()
		n := len([]rune(text))
		for _, s := range spans {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("span %+v outside %d runes", s, n)
			}
		}
		if st := p.Stats(); st.Conf < 0 || st.Conf > 100 {
			t.Fatalf("confidence %v", st.Conf)
		}
	})
}

func FuzzParsePGM(f *testing.F) {
	f.Add([]byte("P5\n2 2\n255\n\x00\x01\x02\x03"))
	f.Add([]byte("P5 # c\n3 1 15\n\x00\x0f\x07"))
	f.Add([]byte("P6\n2 1\n255\n\xd0\x20\x20\x10\x10\x10"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParsePGM(data, 1<<16)
		if err == nil && int64(g.Rect.Dx())*int64(g.Rect.Dy()) > 1<<16 {
			t.Fatal("over the pixel bound")
		}
		// The same header reader decodes pdftoppm's colour output.
		if g, err := parsePPMInk(data, 1<<16); err == nil && int64(g.Rect.Dx())*int64(g.Rect.Dy()) > 1<<16 {
			t.Fatal("PPM over the pixel bound")
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"bomb.png", "head.tsv"} {
		if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"))
	f.Add([]byte("BM"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if g, err := Decode(data, 1<<16); err == nil && len(g.Pix) > 1<<16 {
			t.Fatal("over the pixel bound")
		}
	})
}

func TestHeadBand(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 100, 200))
	for i := range g.Pix {
		g.Pix[i] = 200
	}
	g.Pix[g.PixOffset(50, 10)] = 0 // one dark dot near the top
	h := headBand(g, g.Rect.Dy()/5)
	if h.Rect.Dx() != 150 || h.Rect.Dy() != 60 {
		t.Fatalf("band %v, want 150 × 60", h.Rect)
	}
	dark := 0
	for i, c := range h.Pix {
		if c < 200 {
			dark++
			if x, y := i%h.Stride, i/h.Stride; x < 70 || x > 80 || y < 10 || y > 20 {
				t.Errorf("dark pixel at %d,%d, want near 75,15", x, y)
			}
		}
	}
	if dark == 0 {
		t.Error("the dot was lost")
	}
}

func TestHeadMarked(t *testing.T) {
	page := func(line ...string) *Page {
		p := &Page{Width: 100, Height: 1000}
		for i, l := range line {
			var ws []Word
			for _, w := range strings.Fields(l) {
				ws = append(ws, Word{Text: w})
			}
			p.Lines = append(p.Lines, Line{Words: ws, Box: Box{0, float64(i * 50), 100, float64(i*50 + 40)}})
		}
		return p
	}
	for _, c := range []struct {
		p    *Page
		want bool
	}{
		{page("机 密 文 5 年", "关于"), true},
		{page("绝密 长期"), true},
		{page("秘密6个月"), true},
		{page("秘密女] 年"), false}, // misread digits: read the head again
		{page("PLEAS", "关于"), false},
		{page("a", "b", "c", "d", "e", "机密文5年"), false}, // below the head
	} {
		if got := headMarked(c.p); got != c.want {
			t.Errorf("%v: %v, want %v", c.p.Lines, got, c.want)
		}
	}
}

// TestHeadUndecodable: when the head of a first reading is in doubt and
// Go cannot decode the picture Tesseract read, the first reading stands.
func TestHeadUndecodable(t *testing.T) {
	p := &Page{Width: 1000, Height: 1400, Lines: []Line{{Box: Box{X0: 100, Y0: 900, X1: 600, Y1: 930}, Words: []Word{{Text: "正文", Conf: 95}}}}}
	if !headDoubt(p) {
		t.Fatal("a page with no word at its head is no doubt")
	}
	r, err := readHead(context.Background(), p, func() (*image.Gray, error) { return nil, fmt.Errorf("%w: tiff: unsupported compression", ErrImage) }, Options{})
	if err != nil || r == nil || r.Page != p || r.Head != nil {
		t.Fatalf("got %+v, %v; want the first reading", r, err)
	}
}

// TestSmallUndecodable: a small picture is enlarged in Go before
// Tesseract reads it; one Go cannot decode (a TIFF of JPEG strips) is
// read by Tesseract as it is, not reported undecodable.
func TestSmallUndecodable(t *testing.T) {
	needOCR(t)
	data, err := os.ReadFile(filepath.Join("testdata", "small_jpeg.tif"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, _, err := Config(data, DefaultMaxPixels)
	if err != nil {
		t.Fatal(err)
	}
	if upscale(cfg.Width, cfg.Height, DefaultMaxPixels) == 1 {
		t.Fatalf("%d × %d is not enlarged; the fixture tests nothing", cfg.Width, cfg.Height)
	}
	r, err := ReadImage(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := r.Page.Text(); !strings.Contains(text, "通知") {
		t.Errorf("not read:\n%s", text)
	}
}

// TestDecodeInk: in the picture the head is read again from, coloured
// ink (a red, a blue or a purple stamp) is paper, as is a pale grey,
// and black ink stays; a grey picture has no colour to leave out.
func TestDecodeInk(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 32, 32))
	draw.Draw(img, img.Rect, image.White, image.Point{}, draw.Src)
	// Blocks of 8 × 8, as a JPEG stores its chroma: a stamp's red, black
	// text, a grey paler than ink, a blue stamp and a purple one.
	fill := func(x, y int, c color.RGBA) {
		draw.Draw(img, image.Rect(x, y, x+8, y+8), image.NewUniform(c), image.Point{}, draw.Src)
	}
	fill(0, 0, color.RGBA{200, 30, 40, 255})
	fill(8, 8, color.RGBA{20, 20, 20, 255})
	fill(16, 0, color.RGBA{150, 150, 150, 255})
	fill(0, 16, color.RGBA{40, 60, 190, 255})
	fill(16, 16, color.RGBA{120, 40, 140, 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	g, err := DecodeInk(buf.Bytes(), DefaultMaxPixels)
	if err != nil {
		t.Fatal(err)
	}
	if g.GrayAt(3, 3).Y != 255 || g.GrayAt(11, 11).Y != 20 || g.GrayAt(19, 3).Y != 255 || g.GrayAt(28, 28).Y != 255 ||
		g.GrayAt(3, 19).Y != 255 || g.GrayAt(19, 19).Y != 255 {
		t.Errorf("red %d, black %d, grey %d, paper %d, blue %d, purple %d", g.GrayAt(3, 3).Y, g.GrayAt(11, 11).Y,
			g.GrayAt(19, 3).Y, g.GrayAt(28, 28).Y, g.GrayAt(3, 19).Y, g.GrayAt(19, 19).Y)
	}
	// A JPEG (YCbCr): the same.
	buf.Reset()
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 100}); err != nil {
		t.Fatal(err)
	}
	if g, err = DecodeInk(buf.Bytes(), DefaultMaxPixels); err != nil {
		t.Fatal(err)
	}
	if g.GrayAt(3, 3).Y != 255 || g.GrayAt(11, 11).Y > 60 {
		t.Errorf("JPEG: red %d, black %d", g.GrayAt(3, 3).Y, g.GrayAt(11, 11).Y)
	}
	gray, _ := os.ReadFile(filepath.Join("testdata", "marked.png"))
	if _, err := DecodeInk(gray, DefaultMaxPixels); !errors.Is(err, errNoColour) {
		t.Errorf("a grey picture: %v, want errNoColour", err)
	}
}

// TestRedInk: red ink on a page's head is pixels dark in grey that the
// picture without red shows as paper; black or blue ink, specks of red
// and red below the head are not.
func TestRedInk(t *testing.T) {
	page := func(x0, y0, x1, y1 int, grey, ink uint8) (*image.Gray, *image.Gray) {
		g := image.NewGray(image.Rect(0, 0, 400, 500))
		k := image.NewGray(g.Rect)
		draw.Draw(g, g.Rect, image.White, image.Point{}, draw.Src)
		draw.Draw(k, k.Rect, image.White, image.Point{}, draw.Src)
		r := image.Rect(x0, y0, x1, y1)
		draw.Draw(g, r, image.NewUniform(color.Gray{grey}), image.Point{}, draw.Src)
		draw.Draw(k, r, image.NewUniform(color.Gray{ink}), image.Point{}, draw.Src)
		return g, k
	}
	for _, c := range []struct {
		name           string
		x0, y0, x1, y1 int
		grey, ink      uint8
		want           bool
	}{
		{"a red stamp on the head", 20, 20, 120, 60, 90, 255, true},
		{"black ink", 20, 20, 120, 60, 20, 20, false},
		{"blue ink", 20, 20, 120, 60, 50, 30, false},
		{"a speck of red", 20, 20, 25, 25, 90, 255, false},
		{"red at the foot", 20, 400, 120, 440, 90, 255, false},
		{"pale red on yellowed paper", 20, 20, 120, 60, 200, 255, false},
	} {
		g, k := page(c.x0, c.y0, c.x1, c.y1, c.grey, c.ink)
		if got := colourInk(g, k, 100); got != c.want {
			t.Errorf("%s: redInk %v, want %v", c.name, got, c.want)
		}
	}
	g, _ := page(0, 0, 1, 1, 255, 255)
	if colourInk(g, nil, 100) || colourInk(g, image.NewGray(image.Rect(0, 0, 10, 10)), 100) {
		t.Error("no ink image, or one of another width: red ink")
	}
	// The ink image of the head alone (RenderHeadInk renders only it).
	g, k := page(20, 20, 120, 60, 90, 255)
	if !colourInk(g, k.SubImage(image.Rect(0, 0, 400, 100)).(*image.Gray), 100) {
		t.Error("an ink image of the head alone: no red ink")
	}
}

// TestParsePPMInk: a colour PPM becomes its red channel without pale
// values; a grey one has no colour.
func TestParsePPMInk(t *testing.T) {
	g, err := parsePPMInk([]byte("P6\n3 1\n255\n\xd0\x20\x20\x10\x10\x10\xff\xff\xff"), 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	if g.Pix[0] != 255 || g.Pix[1] != 0x10 || g.Pix[2] != 255 {
		t.Errorf("pixels %v", g.Pix)
	}
	if _, err := parsePPMInk([]byte("P6 1 1 255 \x40\x40\x40"), 1<<10); !errors.Is(err, errNoColour) {
		t.Errorf("a grey PPM: %v, want errNoColour", err)
	}
	if _, err := parsePPMInk([]byte("P6 100 100 255 \x40"), 1<<20); !errors.Is(err, ErrImage) {
		t.Errorf("a short PPM: %v, want ErrImage", err)
	}
	if _, err := parsePPMInk([]byte("P6 100 100 255 \x40"), 1<<10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a big PPM: %v, want ErrTooLarge", err)
	}
}

// TestHeadReadings: a head in doubt is read again from each image given,
// and the lines of each reading that no earlier one had are kept (a red
// marking is read from the picture as it is, a black one under a red
// stamp from the picture without its red); an image without colour is
// passed over.
func TestHeadReadings(t *testing.T) {
	needOCR(t)
	data, err := os.ReadFile(filepath.Join("testdata", "marked.png"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Decode(data, DefaultMaxPixels)
	if err != nil {
		t.Fatal(err)
	}
	p := &Page{Width: g.Rect.Dx(), Height: g.Rect.Dy()} // nothing read: a doubt
	plain := func() (*image.Gray, error) { return g, nil }
	none := func() (*image.Gray, error) { return nil, errNoColour }
	r, err := readHead(context.Background(), p, plain, Options{}, none, plain)
	if err != nil || r.Head == nil {
		t.Fatalf("%+v, %v", r, err)
	}
	text, _ := r.Head.Text()
	if !strings.Contains(text, "机密") || strings.Count(text, "机密") != 1 {
		t.Errorf("head read %q: want the marking once", text)
	}
}

// TestReadSparse: one line of large glyphs (a marking pasted as a picture
// 200 pixels high) is no block of text for Tesseract's page layout, which
// reads nothing there; it is read again as sparse text, its glyphs put
// back on one line.
func TestReadSparse(t *testing.T) {
	needOCR(t)
	data, err := os.ReadFile("testdata/mark.png")
	if err != nil {
		t.Fatal(err)
	}
	r, err := ReadImage(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Page.Lines) != 1 {
		t.Fatalf("%d lines, want the marking's one: %+v", len(r.Page.Lines), r.Page.Lines)
	}
	if text, _ := r.Page.Text(); !strings.HasPrefix(text, "机密") || !strings.Contains(text, "年") {
		t.Errorf("read %q, want 机密…1年", text)
	}
}

// TestRejoin: a sparse reading's one-word lines that share a row become
// one line, left to right; a word on the next row stays on its own.
func TestRejoin(t *testing.T) {
	w := func(s string, x0, y0, x1, y1 float64) Line {
		return Line{Words: []Word{{Text: s, Box: Box{x0, y0, x1, y1}}}, Box: Box{x0, y0, x1, y1}, Page: 1}
	}
	p := &Page{Lines: []Line{w("密", 110, 12, 200, 98), w("机", 10, 10, 100, 100), w("★", 210, 20, 290, 95), w("年", 10, 130, 90, 200)}}
	p.rejoin()
	if len(p.Lines) != 2 {
		t.Fatalf("%d lines, want 2: %+v", len(p.Lines), p.Lines)
	}
	if text, _ := p.Text(); text != "机密★\n年" {
		t.Errorf("text %q", text)
	}
}

// TestKeep: a second reading is kept when it is better, or when both
// read next to nothing and it holds two glyphs read with trust (a marking
// whose ★ reads as 妇); a long reading without trust (a seal's ring read
// as sparse text) is not kept over nothing.
func TestKeep(t *testing.T) {
	page := func(confs ...float64) *Page {
		var l Line
		for _, c := range confs {
			l.Words = append(l.Words, Word{Text: "字", Conf: c})
		}
		return &Page{Lines: []Line{l}}
	}
	nothing := page()
	for _, c := range []struct {
		t, p *Page
		want bool
	}{
		{page(92, 87, 0), nothing, true},                                       // 机密妇
		{page(92, 87, 14, 29, 13), page(55, 65, 58), true},                     // 机密妇1年 over noise
		{page(92, 87, 40, 30, 20, 35, 25, 30, 20, 40, 30, 25), nothing, false}, // a seal's ring
		{page(90, 91, 92, 93, 94, 90, 91, 92, 93, 94, 95), nothing, true},      // a line read well
		{page(60), nothing, false},
	} {
		if got := keep(c.t, c.p); got != c.want {
			t.Errorf("keep(%v over %v) = %v, want %v", c.t.Stats(), c.p.Stats(), got, c.want)
		}
	}
}
