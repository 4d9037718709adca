package extract

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/ocr"
	"github.com/mishen-gov/mishen/internal/report"
)

// Rules of the findings OCR makes. A page or picture OCR could not read
// keeps the finding it had without OCR (unreadable.image_only,
// unreadable.no_text_layer, unreadable.image) unless one of these says
// more.
const (
	RuleImageOnly   = "unreadable.image_only"
	RuleNoTextLayer = "unreadable.no_text_layer"
	// RuleFontEncoding: a page whose fonts map glyphs to no text (a
	// font converted without its character map, pdftops then ps2pdf):
	// the text layer does not say what the page shows, so it is read
	// with OCR too.
	RuleFontEncoding  = "unreadable.font_encoding"
	RuleImage         = "unreadable.image"
	RuleLowConfidence = "unreadable.ocr_low_confidence"
	// RuleOCROnly: a scanned page or a picture uploaded as the file,
	// read by OCR with confidence and checked. What it finds stands, but
	// a machine's reading of a picture is not the document's own text (a
	// faint stamp, a word misread): a person confirms it before it is
	// published.
	RuleOCROnly   = "unreadable.ocr_only"
	RuleOCRFailed = "unreadable.ocr_failed"
)

// Thresholds of trust in what OCR read.
const (
	// minConfidence is the mean word confidence below which a page's
	// OCR is not trusted (ocr.TrustedConf).
	minConfidence = ocr.TrustedConf
	// minMediaChars is how many characters OCR must find in a picture
	// inside a document before its confidence is judged (ocr.FewChars).
	minMediaChars = ocr.FewChars
	// maxMedia bounds the pictures of one document that are read.
	maxMedia = 200
)

// ocrReady reports whether pictures can be read (Tesseract and its
// models installed); tests replace it.
var ocrReady = ocr.Available

// renderReady reports whether PDF pages can be rendered for OCR.
var renderReady = func() bool { return ocr.Available() && ocr.RenderAvailable() }

// OCRCheck says what this machine cannot read because a program is
// missing (Tesseract, its Chinese model, pdftoppm), or nil. The server
// logs it once at start; without them scanned pages and pictures are
// reported unreadable, as before OCR.
func OCRCheck() error { return ocr.Check() }

// isImage reports whether f is a picture format that OCR reads.
func isImage(f string) bool {
	switch f {
	case FormatPNG, FormatJPEG, FormatGIF, FormatTIFF, FormatBMP, FormatWEBP:
		return true
	}
	return false
}

// readsImages reports whether format f is a picture that will be read by
// OCR on this machine.
func readsImages(f string) bool { return isImage(f) && ocrReady() }

// ocrOptions are the bounds of OCR for a file extracted within lim.
func ocrOptions(lim doc.Limits) ocr.Options {
	o := ocr.Options{}
	if lim.PerFileTimeout > 0 {
		o.Timeout = lim.PerFileTimeout
	}
	return o
}

// ocrContext is ctx with a deadline some time before ctx's own: OCR that
// runs out of time then leaves its extractor time to return what the
// rest of the file holds (a text layer, a page's text), which a timeout of
// the whole file would drop.
func ocrContext(ctx context.Context) (context.Context, context.CancelFunc) {
	dl, ok := ctx.Deadline()
	if !ok {
		return context.WithCancel(ctx)
	}
	return context.WithDeadline(ctx, dl.Add(-min(ocrReserve, time.Until(dl)/8)))
}

// ocrReserve is how long before a file's deadline its OCR stops.
const ocrReserve = 3 * time.Second

// workers is how many pages are read at once: one Tesseract per core
// (the sandboxed child runs with GOMAXPROCS=2 whatever the machine, so the cores are counted
// here).
func workers() int { return max(1, runtime.NumCPU()) }

// pageRead is one page or picture read by OCR, or why it was not.
type pageRead struct {
	parts []doc.Part
	stats ocr.Stats
	err   error
	// turned is how far the page was turned to be read (ocr.Read.Turned).
	turned int
}

// parts turns a reading into OCR parts (the second reading of the head,
// when there is one, and the page), with boxes scaled by scale (72/dpi
// for a PDF page, 1 for a picture).
func parts(r *ocr.Read, err error, part doc.Part, scale float64) pageRead {
	if err != nil {
		return pageRead{err: err}
	}
	out := pageRead{stats: r.Page.Stats(), turned: r.Turned}
	pages := r.Page.Pages()
	for i, p := range append([]*ocr.Page{r.Head}, pages...) {
		if p == nil {
			continue
		}
		text, spans := p.Text()
		if strings.TrimSpace(text) == "" {
			continue
		}
		dp := part
		if len(pages) > 1 && i > 0 {
			// A page of a multi-page TIFF.
			dp.Page = p.Lines[0].Page
		} else if len(pages) > 1 {
			dp.Page = 1
		}
		dp.Kind, dp.Text = doc.OCR, text
		dp.Boxes = make([]doc.Box, len(spans))
		for i, s := range spans {
			b := s.Box.Scale(scale)
			dp.Boxes[i] = doc.Box{Start: s.Start, End: s.End, X0: round1(b.X0), Y0: round1(b.Y0), X1: round1(b.X1), Y1: round1(b.Y1)}
		}
		out.parts = append(out.parts, dp)
	}
	return out
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// trusted reports whether a page's reading can stand for the page. A page
// read turned does not: what stood upright on it (a stamp, a header over
// a body that lies sideways) is not in the turned reading, so it goes to
// a person, with what the turned reading found reported.
func (r pageRead) trusted() bool {
	return r.err == nil && r.stats.Chars > 0 && r.stats.Conf >= minConfidence && r.turned == 0
}

// failure is the rule and message of a page or picture OCR did not read
// in a way that can be trusted. subject names it as the start of a
// sentence: "第3页扫描图像", "PNG 图片", "图片 word/media/image1.png ".
func (r pageRead) failure(subject string, lim doc.Limits) (rule, msg string) {
	switch {
	case errors.Is(r.err, ocr.ErrTimeout) || errors.Is(r.err, context.DeadlineExceeded) || errors.Is(r.err, context.Canceled):
		return RuleTimeout, fmt.Sprintf("%s的文字识别超时（%s），未能读取，需人工审查", subject, timeoutText(lim))
	case errors.Is(r.err, ocr.ErrTooLarge):
		return RuleTooLarge, fmt.Sprintf("%s尺寸超过 %d 万像素的上限，未进行文字识别，需人工审查", subject, ocr.DefaultMaxPixels/10000)
	case errors.Is(r.err, ocr.ErrImage):
		return RuleImage, fmt.Sprintf("%s无法解码，可能已损坏，图片中的文字无法自动识别，需人工审查", subject)
	case r.err != nil:
		return RuleOCRFailed, fmt.Sprintf("%s的文字识别失败，未能读取，需人工审查", subject)
	case r.stats.Chars == 0:
		return RuleLowConfidence, fmt.Sprintf("%s中未能识别出任何文字，需人工审查", subject)
	case r.turned != 0:
		return RuleLowConfidence, fmt.Sprintf("%s是横放或倒置的扫描，已转正%d°后识别并检查；页面上方向不同的文字（如印章、页眉）可能未能识别，需人工审查", subject, r.turned)
	}
	return RuleLowConfidence, fmt.Sprintf("%s的文字识别置信度过低（平均%.0f%%），识别结果不可靠，需人工审查", subject, r.stats.Conf)
}

// extractImage is the extractor of pictures: it checks and decodes the
// picture, reads it with OCR and reports it unreadable when OCR is not
// installed, fails, or reads nothing it can trust. Low-confidence words
// are still scanned.
func extractImage(format string) extractorFunc {
	return func(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		d := &doc.Document{Format: format}
		if !ocrReady() {
			u := unsupportedFormats[format]
			d.Unreadable(u.rule, report.Location{}, unsupportedMessage(format, u))
			return d, nil
		}
		o := ocrOptions(lim)
		var r pageRead
		cfg, _, err := ocr.Config(data, ocr.DefaultMaxPixels)
		switch {
		case errors.Is(err, ocr.ErrTooLarge):
			d.Unreadable(RuleTooLarge, report.Location{}, fmt.Sprintf(
				"%s尺寸为 %d×%d 像素，超过 %d 万像素的上限，未读取，需人工审查", Label(format), cfg.Width, cfg.Height, ocr.DefaultMaxPixels/10000))
			return d, nil
		case err != nil:
			r.err = err
		default:
			rd, err := ocr.ReadImage(ctx, data, o)
			r = parts(rd, err, doc.Part{}, 1)
		}
		d.Parts = r.parts
		if !r.trusted() {
			rule, msg := r.failure(Label(format), lim)
			d.Unreadable(rule, report.Location{Part: doc.OCR}, msg)
		} else {
			d.Unreadable(RuleOCROnly, report.Location{Part: doc.OCR}, ocrOnlyMessage("该"+Label(format)+"中的文字"))
		}
		return d, nil
	}
}

// timeoutText is the time allowed for one file: "30秒".
func timeoutText(lim doc.Limits) string {
	t := lim.PerFileTimeout
	if t <= 0 {
		t = doc.DefaultLimits().PerFileTimeout
	}
	if t < time.Second {
		return fmt.Sprintf("%d毫秒", t.Milliseconds())
	}
	return fmt.Sprintf("%d秒", int(t.Round(time.Second)/time.Second))
}

// withPageOCR runs a PDF extractor and then reads with OCR every page it
// reported as a scan (unreadable.image_only) or as drawn without a text
// layer (unreadable.no_text_layer): the page is rendered with pdftoppm,
// read, and its finding replaced by the text read when that can be
// trusted. Pages are read in parallel, one per core, until ctx is done.
func withPageOCR(fn extractorFunc) extractorFunc {
	return func(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		d, err := fn(ctx, data, lim)
		if err != nil || d == nil {
			return d, err
		}
		pages, why := wholePages(d)
		ocrPages(ctx, d, data, pages, why, lim)
		ocrPagePictures(ctx, d, data, why, lim)
		return d, nil
	}
}

// ocrPagePictures reads with OCR the pictures a PDF draws on its pages
// that have text of their own (Document.Pictures; pages in whole were
// read whole, and only the pictures of theirs that are read from their
// own pixels are read again), as the pictures of a DOCX are read: each one's region of
// the page is rendered with pdftoppm, at its own resolution, and named
// for its page (第2页图片1). A picture drawn on many pages (a
// letterhead's logo, a seal) is one object of the file and read once.
func ocrPagePictures(ctx context.Context, d *doc.Document, data []byte, whole map[int]string, lim doc.Limits) {
	pics := d.Pictures
	d.Pictures = nil
	seen := map[uint64]bool{}
	count := map[int]int{}
	byName := map[string]doc.Picture{}
	var names []string
	for _, p := range pics {
		// A page read whole shows its pictures as they are drawn: one
		// drawn turned, squeezed or seen through is read on its own
		// all the same.
		if _, ok := whole[p.Page]; ok && !p.Own {
			continue
		}
		if p.Object != 0 {
			if seen[p.Object] {
				continue
			}
			seen[p.Object] = true
		}
		count[p.Page]++
		name := fmt.Sprintf("第%d页图片%d", p.Page, count[p.Page])
		names = append(names, name)
		byName[name] = p
	}
	if len(names) == 0 || !renderReady() {
		return
	}
	o := ocrOptions(lim)
	ocrPictures(ctx, d, names, func(ctx context.Context, name string) ([]byte, error) {
		p := byName[name]
		if p.Own {
			// Turned, squeezed or seen through: its own pixels, upright,
			// in proportion and at full strength; rendered as the others
			// when its encoding is one pdf.Picture does not decode.
			if b, err := ownPixels(data, p, o); err == nil {
				return b, nil
			}
		}
		dpi := pictureDPI(p)
		s := float64(dpi) / 72
		x, y := int(p.X0*s), int(p.Y0*s)
		return ocr.RenderRegion(ctx, data, p.Page, dpi, x, y, int(math.Ceil(p.X1*s))-x, int(math.Ceil(p.Y1*s))-y, o)
	}, lim, false)
}

// ownPixels decodes picture p of a PDF from its own pixels, in grey with
// its soft mask laid over white, as a PNG file.
func ownPixels(data []byte, p doc.Picture, o ocr.Options) ([]byte, error) {
	g, err := pdf.Picture(data, p.Object, cmp.Or(o.MaxPixels, ocr.DefaultMaxPixels))
	if err != nil {
		return nil, err
	}
	g = shrink(g, maxOwnPixels)
	if p.Flip {
		// Turned and mirrored: flipped, only the turn is left, which
		// the reading straightens.
		w := g.Rect.Dx()
		for y, z := 0, g.Rect.Dy()-1; y < z; y, z = y+1, z-1 {
			a, b := g.Pix[y*g.Stride:][:w], g.Pix[z*g.Stride:][:w]
			for i := range w {
				a[i], b[i] = b[i], a[i]
			}
		}
	}
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, g); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// maxOwnPixels bounds the pixels of a picture read from its own pixels:
// a camera's 6000 × 4000 photo is read at a third of its size, about what
// rendering its region at 300 dpi gives, not at 24 megapixels, which took
// three times as long and timed out when read again sparse and level.
const maxOwnPixels = 4_000_000

// shrink returns g scaled down by a whole factor (each pixel the mean of
// its square) until it has at most max pixels.
func shrink(g *image.Gray, max int) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	f := 1
	for (w/f)*(h/f) > max {
		f++
	}
	if f == 1 {
		return g
	}
	out := image.NewGray(image.Rect(0, 0, w/f, h/f))
	for y := range h / f {
		for x := range w / f {
			sum := 0
			for dy := range f {
				row := g.Pix[(y*f+dy)*g.Stride+x*f:][:f]
				for _, p := range row {
					sum += int(p)
				}
			}
			out.Pix[y*out.Stride+x] = uint8(sum / (f * f))
		}
	}
	return out
}

// pictureDPI is the resolution at which a picture on a page is rendered:
// its own (its pixels across its width on the page), within 150 and 300
// dpi; 200 when its pixels are not known.
func pictureDPI(p doc.Picture) int {
	if p.PixW <= 0 || p.X1 <= p.X0 {
		return 200
	}
	return min(max(int(math.Round(72*float64(p.PixW)/(p.X1-p.X0))), 150), 300)
}

// wholePages are the pages of a PDF the extractor sends to OCR whole,
// in order, and the rule that sent each.
func wholePages(d *doc.Document) ([]int, map[int]string) {
	var pages []int
	why := map[int]string{}
	for _, f := range d.Findings {
		if _, seen := why[f.Location.Page]; ocrRule(f.Rule) && f.Location.Page > 0 && !seen {
			why[f.Location.Page] = f.Rule
			pages = append(pages, f.Location.Page)
		}
	}
	return pages, why
}

// ocrPages reads pages, which why sent to OCR whole (wholePages).
func ocrPages(ctx context.Context, d *doc.Document, data []byte, pages []int, why map[int]string, lim doc.Limits) {
	// Whether OCR is installed is asked only now: a probe costs a child
	// process, and most PDFs have no scanned page.
	if len(pages) == 0 || !renderReady() {
		return
	}
	sort.Ints(pages)
	ctx, cancel := ocrContext(ctx)
	defer cancel()
	o := ocrOptions(lim)
	sizes, _ := ocr.PageSizes(ctx, data, pages[0], pages[len(pages)-1], o)
	reads := make([]pageRead, len(pages))
	parallel(ctx, len(pages), func(i int) {
		n := pages[i]
		dpi := ocr.RenderDPI(sizes[n], o)
		g, err := ocr.RenderPage(ctx, data, n, dpi, o)
		if err != nil {
			reads[i] = pageRead{err: err}
			return
		}
		po := o
		po.DPI = dpi
		// The head in colour, only if the reading asks for it: read
		// again without its coloured ink when a stamp lies on it.
		ink := func(rows int) (*image.Gray, error) {
			return ocr.RenderHeadInk(ctx, data, n, dpi, g.Rect.Dx(), rows, o)
		}
		rd, err := ocr.ReadPageInk(ctx, g, ink, po)
		reads[i] = parts(rd, err, doc.Part{Page: n}, 72/float64(dpi))
	}, func(i int) { reads[i] = pageRead{err: ctx.Err()} })

	replaced := map[int]report.Finding{}
	var late []int // pages not read in time: one finding for them all
	var read []int // pages read with confidence: one finding for them all
	for i, n := range pages {
		r := reads[i]
		d.Parts = append(d.Parts, r.parts...)
		switch {
		case r.trusted():
			read = append(read, n)
			replaced[n] = report.Finding{}
		case r.err != nil && (errors.Is(r.err, ocr.ErrTimeout) || ctx.Err() != nil):
			late = append(late, n)
			replaced[n] = report.Finding{}
		case r.err == nil:
			subject := fmt.Sprintf("第%d页扫描图像", n)
			if why[n] != RuleImageOnly {
				subject = fmt.Sprintf("第%d页（文字无法直接读取）", n)
			}
			rule, msg := r.failure(subject, lim)
			replaced[n] = pageFinding(n, rule, msg)
		}
		// Any other failure keeps the extractor's own finding.
	}
	if len(late) > 0 {
		rule, msg := pageRead{err: ocr.ErrTimeout}.failure(pagesNamed(late)+"扫描图像", lim)
		replaced[late[0]] = pageFinding(late[0], rule, msg)
	}
	if len(read) > 0 {
		what := "是扫描图像，其文字"
		if slices.ContainsFunc(read, func(n int) bool { return why[n] != RuleImageOnly }) {
			what = "是扫描图像或没有可用的文字层（文字以图形绘制或字体无法解码），页面文字"
		}
		replaced[read[0]] = pageFinding(read[0], RuleOCROnly, ocrOnlyMessage(pagesNamed(read)+what))
	}
	kept := d.Findings[:0]
	for _, f := range d.Findings {
		if ocrRule(f.Rule) && f.Location.Page > 0 {
			if nf, ok := replaced[f.Location.Page]; ok {
				if nf.Rule != "" {
					kept = append(kept, nf)
					replaced[f.Location.Page] = report.Finding{} // once per page
				}
				continue
			}
		}
		kept = append(kept, f)
	}
	d.Findings = kept
}

// ocrRule reports whether a page finding of rule sends the page to OCR:
// it shows what its text layer does not say.
func ocrRule(rule string) bool {
	return rule == RuleImageOnly || rule == RuleNoTextLayer || rule == RuleFontEncoding
}

// pagesNamed names sorted pages for a message: "第3页", "第1、3–4页（共3页）".
func pagesNamed(pages []int) string {
	if len(pages) == 1 {
		return fmt.Sprintf("第%d页", pages[0])
	}
	return fmt.Sprintf("第%s页（共%d页）", pageRanges(pages), len(pages))
}

// pageFinding is a review finding of rule on page n.
func pageFinding(n int, rule, msg string) report.Finding {
	return report.Finding{Category: report.Unreadable, Severity: report.Review, Rule: rule,
		Location: report.Location{Part: doc.Page, Page: n}, Message: msg}
}

// pageRanges prints sorted page numbers as ranges: "3、5–9、12".
func pageRanges(pages []int) string {
	var b strings.Builder
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteString("、")
		}
		if j > i {
			fmt.Fprintf(&b, "%d–%d", pages[i], pages[j])
		} else {
			fmt.Fprintf(&b, "%d", pages[i])
		}
		i = j + 1
	}
	return b.String()
}

// parallel runs do(0..n-1) on up to workers() goroutines; items not
// started before ctx is done get skip instead.
func parallel(ctx context.Context, n int, do, skip func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers(), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if ctx.Err() != nil {
					skip(i)
					continue
				}
				do(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// withMediaOCR runs a DOCX or XLSX extractor and then reads with OCR the
// pictures stored under dir (word/media/, xl/media/), re-opening the
// package through zipguard within the same limits. The text read is an
// OCR part named by the picture's member. A picture with text OCR cannot
// trust is reported unreadable; a picture in which OCR finds (almost) no
// text is taken for a photo or a drawing. When every picture was read,
// the extractor's unreadable.image_only finding (a document whose body is
// pictures) is dropped.
func withMediaOCR(fn extractorFunc, dir string) extractorFunc {
	return withPackageOCR(fn, func(_ *doc.Document, n string) bool { return strings.HasPrefix(n, dir) })
}

// withOFDPictures runs the OFD extractor and then reads with OCR, as
// withMediaOCR does, every picture of the package: the resources its
// pages and templates draw lie wherever the producer stored them
// (Doc_0/Res/, a template's folder). Its attached files are not among
// them: the dispatcher reads those as files (Document.Embedded).
func withOFDPictures(fn extractorFunc) extractorFunc {
	return withPackageOCR(fn, func(d *doc.Document, n string) bool {
		return !slices.ContainsFunc(d.Embedded, func(e doc.Embedded) bool {
			return e.Name == n || strings.HasPrefix(e.Name, n+".")
		})
	})
}

// withPackageOCR runs a zipped package's extractor and then reads with
// OCR the pictures among its members that keep keeps.
func withPackageOCR(fn extractorFunc, keep func(d *doc.Document, name string) bool) extractorFunc {
	return func(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		d, err := fn(ctx, data, lim)
		if err != nil || d == nil {
			return d, err
		}
		ocrMedia(ctx, d, data, lim, func(n string) bool { return keep(d, n) })
		return d, nil
	}
}

// ocrMedia reads with OCR the pictures among the package's members that
// keep keeps (see ocrPictures).
func ocrMedia(ctx context.Context, d *doc.Document, data []byte, lim doc.Limits, keep func(name string) bool) {
	a, err := zipguard.Open(data, zipguard.FillDefaults(lim))
	if err != nil {
		return // the extractor has reported the package
	}
	var names []string
	for _, n := range a.Match("", "") {
		if keep(n) && isImage(Sniff(n, nil)) {
			names = append(names, n)
		}
	}
	ocrPictures(ctx, d, names, func(_ context.Context, name string) ([]byte, error) { return a.ReadFile(name) }, lim, true)
}

// ocrPictures reads with OCR the pictures of d named names, whose bytes
// read returns, as ocrMedia says; it does nothing when there are none or
// OCR is not installed. With body, pictures that are the document's body
// (its findings unreadable.image_only), all read well, make those
// findings unreadable.ocr_only.
func ocrPictures(ctx context.Context, d *doc.Document, names []string, read func(context.Context, string) ([]byte, error), lim doc.Limits, body bool) {
	if len(names) == 0 || !ocrReady() {
		return
	}
	ctx, cancel := ocrContext(ctx)
	defer cancel()
	all := true
	if len(names) > maxMedia {
		d.Unreadable(RuleTooLarge, report.Location{Part: doc.OCR}, fmt.Sprintf(
			"文档含有%d张图片，只识别了前%d张图片中的文字，其余需人工审查", len(names), maxMedia))
		names, all = names[:maxMedia], false
	}
	o := ocrOptions(lim)
	reads := make([]pageRead, len(names))
	small := make([]bool, len(names))
	textual := make([]bool, len(names))
	parallel(ctx, len(names), func(i int) {
		body, err := read(ctx, names[i])
		switch {
		case err != nil && (errors.Is(err, ocr.ErrTimeout) || ctx.Err() != nil):
			reads[i] = pageRead{err: err}
			return
		case err != nil:
			reads[i] = pageRead{err: fmt.Errorf("%w: %v", ocr.ErrImage, err)}
			return
		}
		cfg, _, err := ocr.Config(body, ocr.DefaultMaxPixels)
		if err == nil && ocr.TooSmall(cfg.Width, cfg.Height) {
			small[i] = true
			return
		}
		rd, err := ocr.ReadImage(ctx, body, o)
		reads[i] = parts(rd, err, doc.Part{File: names[i]}, 1)
		if r := reads[i]; r.err == nil && r.stats.Chars < minMediaChars {
			// Nothing read: a photo, or a page of text blurred past
			// reading, which looks like lines of text all the same.
			if g, err := ocr.Decode(body, ocr.DefaultMaxPixels); err == nil {
				textual[i] = ocr.LooksLikeText(g)
			}
		}
	}, func(i int) { reads[i] = pageRead{err: ctx.Err()} })

	var late []string
	for i, r := range reads {
		if small[i] {
			continue
		}
		d.Parts = append(d.Parts, r.parts...)
		switch {
		case r.trusted():
		case r.err == nil && r.stats.Chars < minMediaChars && textual[i]:
			all = false
			d.Unreadable(RuleLowConfidence, report.Location{Part: doc.OCR, File: names[i]},
				fmt.Sprintf("图片 %s 看来是文字页面（模糊、褪色或过小），但未能识别出文字，需人工审查", names[i]))
		case r.err == nil && r.stats.Chars < minMediaChars:
			// A photo or a drawing: nothing OCR could read as text. In a
			// document whose body is pictures it still goes to a person:
			// a scan blurred, turned or photographed on a desk reads as
			// nothing too, and looks like no lines of text.
			all = false
		case r.err != nil && ctx.Err() != nil:
			late = append(late, names[i])
			all = false
		default:
			all = false
			rule, msg := r.failure("图片 "+names[i]+" ", lim)
			d.Unreadable(rule, report.Location{Part: doc.OCR, File: names[i]}, msg)
		}
	}
	if len(late) > 0 {
		d.Unreadable(RuleTimeout, report.Location{Part: doc.OCR, File: late[0]}, fmt.Sprintf(
			"文档中%d张图片（%s 等）未能在时限内完成文字识别，需人工审查", len(late), late[0]))
	}
	if all && body {
		// A document whose body is pictures, all read: what it says is
		// OCR's reading.
		for i := range d.Findings {
			if f := &d.Findings[i]; f.Rule == RuleImageOnly {
				f.Rule, f.Message = RuleOCROnly, ocrOnlyMessage("该文档正文只有图片，图片中的文字")
			}
		}
	}
}

// ocrOnlyMessage says that the text subject names was read by OCR and
// checked, and that a person confirms it: "第3页是扫描图像，其文字已由OCR
// 识别并检查；…".
func ocrOnlyMessage(subject string) string {
	return subject + "已由OCR识别并检查；机器识别可能遗漏或误识（如印章下、模糊处的文字），发布前需人工核对原件"
}
