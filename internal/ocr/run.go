package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options bound one OCR or rendering child. The zero value takes the
// defaults.
type Options struct {
	// Lang is Tesseract's -l; DefaultLang when empty.
	Lang string
	// Timeout is the wall time of one child; DefaultTimeout when zero.
	Timeout time.Duration
	// MemoryBytes is each child's address-space limit (Linux);
	// DefaultMemoryBytes when zero.
	MemoryBytes int64
	// MaxPixels bounds the pictures read and rendered;
	// DefaultMaxPixels when zero.
	MaxPixels int64
	// DPI is the resolution of the image Tesseract is told (and at
	// which PDF pages are rendered); DefaultDPI when zero.
	DPI int
}

// Defaults of Options.
const (
	DefaultLang        = "chi_sim+eng"
	HeadLang           = "chi_sim"
	DefaultTimeout     = 60 * time.Second
	DefaultMemoryBytes = 1 << 30
	DefaultDPI         = 300
	// maxTSVBytes bounds Tesseract's output for one page; a dense page
	// of 5000 words is about 300 KB.
	maxTSVBytes = 16 << 20
	// maxWords bounds the words kept from one page.
	maxWords = 50_000
)

func (o Options) withDefaults() Options {
	if o.Lang == "" {
		o.Lang = DefaultLang
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MemoryBytes <= 0 {
		o.MemoryBytes = DefaultMemoryBytes
	}
	if o.MaxPixels <= 0 {
		o.MaxPixels = DefaultMaxPixels
	}
	if o.DPI <= 0 {
		o.DPI = DefaultDPI
	}
	return o
}

// ErrUnavailable is returned when Tesseract, its Chinese model or pdftoppm
// is not installed.
var ErrUnavailable = errors.New("ocr: not available")

// probe is what is installed, found once per process: installing a
// program while the server runs takes a restart to be seen.
var probe = sync.OnceValues(func() (ocrErr, renderErr error) {
	ocrErr = probeTesseract()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		renderErr = fmt.Errorf("%w: pdftoppm not found (install poppler-utils): scanned PDF pages are reported unreadable", ErrUnavailable)
	}
	return ocrErr, renderErr
})

func probeTesseract() error {
	if _, err := exec.LookPath("tesseract"); err != nil {
		return fmt.Errorf("%w: tesseract not found (install tesseract-ocr, tesseract-ocr-chi-sim): scanned pages and pictures are reported unreadable", ErrUnavailable)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "tesseract", "--list-langs").Output()
	if err != nil {
		return fmt.Errorf("%w: tesseract --list-langs failed: %v", ErrUnavailable, err)
	}
	have := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		have[l] = true
	}
	for _, l := range []string{"chi_sim", "eng"} {
		if !have[l] {
			return fmt.Errorf("%w: tesseract has no %s model (install tesseract-ocr-%s): scanned pages and pictures are reported unreadable",
				ErrUnavailable, l, strings.ReplaceAll(l, "_", "-"))
		}
	}
	return nil
}

// Available reports whether Tesseract with the chi_sim and eng models is
// installed, so that pictures can be read.
func Available() bool {
	err, _ := probe()
	return err == nil
}

// RenderAvailable reports whether pdftoppm is installed, so that scanned
// PDF pages can be rendered for OCR.
func RenderAvailable() bool {
	_, err := probe()
	return err == nil
}

// Check says what cannot be read on this machine and why, or nil when
// everything can: the server logs it once at start.
func Check() error {
	ocrErr, renderErr := probe()
	return errors.Join(ocrErr, renderErr)
}

// Recognize reads the text of a greyscale picture with Tesseract (page
// segmentation 3, the whole page laid out automatically).
func Recognize(ctx context.Context, g *image.Gray, o Options) (*Page, error) {
	return recognize(ctx, g, 3, o.withDefaults())
}

// Head reads the head of a page (its top rows, headRows) a second time,
// enlarged, with chi_sim alone and one block of text (page segmentation
// 6): chi_sim+eng on a whole noisy page sometimes reads the level word of
// a marking as Latin letters. The boxes are in the pixels of g.
func Head(ctx context.Context, g *image.Gray, rows int, o Options) (*Page, error) {
	o = o.withDefaults()
	o.Lang = HeadLang
	o.DPI = int(float64(o.DPI) * headScale)
	p, err := recognize(ctx, headBand(g, rows), 6, o)
	if p == nil {
		return nil, err
	}
	p.Width, p.Height = g.Rect.Dx(), g.Rect.Dy()
	for i := range p.Lines {
		l := &p.Lines[i]
		l.Box = l.Box.Scale(1 / headScale)
		for j := range l.Words {
			l.Words[j].Box = l.Words[j].Box.Scale(1 / headScale)
		}
	}
	return p, err
}

func recognize(ctx context.Context, g *image.Gray, psm int, o Options) (*Page, error) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if int64(w)*int64(h) > o.MaxPixels {
		return nil, fmt.Errorf("%w: %d × %d pixels", ErrTooLarge, w, h)
	}
	return recognizeBytes(ctx, pgm(g), w, h, psm, o)
}

// recognizeBytes runs Tesseract on an image it reads itself (a PGM made
// here, or a picture whose header Config has checked) of w × h pixels.
func recognizeBytes(ctx context.Context, img []byte, w, h, psm int, o Options) (*Page, error) {
	if !Available() {
		return nil, ErrUnavailable
	}
	out, err := run(ctx, o, maxTSVBytes, img, "tesseract", "stdin", "stdout",
		"-l", o.Lang, "--psm", strconv.Itoa(psm), "--dpi", strconv.Itoa(o.DPI), "tsv")
	if err != nil {
		return nil, err
	}
	p, err := ParseTSV(out, maxWords)
	if p != nil {
		p.Width, p.Height = w, h
	}
	return p, err
}

// PageSize is a PDF page's size in points as a viewer shows it (rotation
// applied).
type PageSize struct{ W, H float64 }

// PageSizes asks pdfinfo (poppler-utils) for the sizes of pages first to
// last of a PDF; pages it does not list are missing from the map.
func PageSizes(ctx context.Context, pdf []byte, first, last int, o Options) (map[int]PageSize, error) {
	o = o.withDefaults()
	out, err := run(ctx, o, 1<<20, pdf, "pdfinfo", "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), "-")
	if err != nil {
		return nil, err
	}
	sizes := map[int]PageSize{}
	rot := map[int]int{}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		// "Page    1 size:  595.276 x 841.89 pts (A4)", "Page    1 rot:   90"
		if len(f) < 4 || f[0] != "Page" {
			continue
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		switch {
		case f[2] == "size:" && len(f) >= 6 && f[4] == "x":
			w, err1 := strconv.ParseFloat(f[3], 64)
			h, err2 := strconv.ParseFloat(f[5], 64)
			if err1 == nil && err2 == nil && w > 0 && h > 0 && w < 1e6 && h < 1e6 {
				sizes[n] = PageSize{w, h}
			}
		case f[2] == "rot:":
			rot[n], _ = strconv.Atoi(f[3])
		}
	}
	for n, r := range rot {
		if s, ok := sizes[n]; ok && (r%180+180)%180 == 90 {
			sizes[n] = PageSize{s.H, s.W}
		}
	}
	return sizes, nil
}

// RenderDPI is the resolution at which a page of size s is rendered: the
// Options' DPI, lowered so that the image stays within MaxPixels.
func RenderDPI(s PageSize, o Options) int {
	o = o.withDefaults()
	dpi := o.DPI
	if s.W <= 0 || s.H <= 0 {
		return dpi
	}
	for dpi > 36 && s.W/72*float64(dpi)*s.H/72*float64(dpi) > float64(o.MaxPixels) {
		dpi = dpi * 9 / 10
	}
	return dpi
}

// RenderPage renders page n (1-based) of a PDF to greyscale at dpi with
// pdftoppm, which reads the PDF from stdin and writes a PGM to stdout.
func RenderPage(ctx context.Context, pdf []byte, n, dpi int, o Options) (*image.Gray, error) {
	o = o.withDefaults()
	if !RenderAvailable() {
		return nil, ErrUnavailable
	}
	out, err := run(ctx, o, int(o.MaxPixels)+64, pdf, "pdftoppm", "-r", strconv.Itoa(dpi),
		"-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-gray", "-")
	if err != nil {
		return nil, err
	}
	return ParsePGM(out, o.MaxPixels)
}

// RenderHeadInk renders the top rows of page n (1-based) of a PDF in
// colour at dpi with pdftoppm, at the width w of its grey rendering at
// that dpi, and returns them as DecodeInk returns a picture: without their
// coloured ink; errNoColour when they have no colour. ReadPageInk reads
// the head of a scanned page again from it when a stamp lies there. Only
// the head is rendered: a whole page in colour is three bytes a pixel.
func RenderHeadInk(ctx context.Context, pdf []byte, n, dpi, w, rows int, o Options) (*image.Gray, error) {
	o = o.withDefaults()
	if !RenderAvailable() {
		return nil, ErrUnavailable
	}
	if w <= 0 || rows <= 0 || int64(w)*int64(rows) > o.MaxPixels {
		return nil, fmt.Errorf("%w: %d × %d pixels", ErrTooLarge, w, rows)
	}
	out, err := run(ctx, o, 3*w*rows+64, pdf, "pdftoppm", "-r", strconv.Itoa(dpi),
		"-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-x", "0", "-y", "0",
		"-W", strconv.Itoa(w), "-H", strconv.Itoa(rows), "-")
	if err != nil {
		return nil, err
	}
	return parsePPMInk(out, int64(w)*int64(rows))
}

// RenderRegion renders the w × h pixels at (x, y) of page n (1-based)
// of a PDF at dpi, the page's crop box as a viewer shows it (turned by
// its /Rotate), in grey with pdftoppm, and returns them as a PNG file:
// a picture on a page, read as the pictures of a DOCX are read.
func RenderRegion(ctx context.Context, pdf []byte, n, dpi, x, y, w, h int, o Options) ([]byte, error) {
	o = o.withDefaults()
	if !RenderAvailable() {
		return nil, ErrUnavailable
	}
	if w <= 0 || h <= 0 || int64(w)*int64(h) > o.MaxPixels {
		return nil, fmt.Errorf("%w: %d × %d pixels", ErrTooLarge, w, h)
	}
	// A grey PNG is at most its pixels and a little per row and chunk.
	return run(ctx, o, w*h+h*8+4096, pdf, "pdftoppm", "-png", "-gray", "-cropbox", "-r", strconv.Itoa(dpi),
		"-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-x", strconv.Itoa(x), "-y", strconv.Itoa(y),
		"-W", strconv.Itoa(w), "-H", strconv.Itoa(h), "-")
}

// ErrTimeout is returned when a child ran out of time.
var ErrTimeout = errors.New("ocr: timed out")

// run starts prog with args, limits it, feeds it stdin and returns its
// stdout, of which at most maxOut bytes are accepted. Its stderr is kept
// short and never shown to users.
func run(ctx context.Context, o Options, maxOut int, stdin []byte, prog string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, args...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.SysProcAttr = sysProcAttr()
	// Output still in the pipe when the child exits is read to the end;
	// only a descendant holding the pipe open (none should) is cut off.
	cmd.WaitDelay = time.Second
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout := &capped{max: maxOut}
	stderr := &capped{max: 2 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("ocr: starting %s: %w", prog, err)
	}
	// The limits are set before the child is sent a byte: until then it
	// has parsed nothing of the input.
	if err := limit(cmd.Process.Pid, o); err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, fmt.Errorf("ocr: limiting %s: %w", prog, err)
	}
	go func() {
		_, _ = io.Copy(in, bytes.NewReader(stdin))
		_ = in.Close()
	}()
	err = cmd.Wait()
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("%w: %s after %v", ErrTimeout, prog, o.Timeout)
	case stdout.over:
		return nil, fmt.Errorf("ocr: %s wrote more than %d bytes", prog, maxOut)
	case err != nil:
		return nil, fmt.Errorf("ocr: %s: %v: %s", prog, err, strings.TrimSpace(stderr.b.String()))
	}
	return stdout.b.Bytes(), nil
}

// capped keeps at most max bytes written to it and notes the excess.
type capped struct {
	b    bytes.Buffer
	max  int
	over bool
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.b.Len(); len(p) > room {
		c.b.Write(p[:max(room, 0)])
		c.over = true
		return len(p), nil
	}
	return c.b.Write(p)
}
