package review

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"unicode"

	"github.com/mishen-gov/mishen/internal/ocr"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

// PageDPI is the resolution of a page's image in the document view: 1.5
// pixels a point.
const PageDPI = 108

// PageImage returns page p (1-based) of file n (0-based) of review id, a
// PDF, as a PNG for the document view: rendered from the kept draft (an
// audited draft read, as Draft is) by pdftoppm under the OCR limits, with
// a box drawn round every finding on the page. Personal values are
// painted over, as excerpts mask them: every finding of a personal
// category, and every run of seven or more digits the page's text shows,
// so that the image carries no more than the masked text does. Text the
// page draws as outlines or pictures and OCR did not read is not masked:
// the image is for people who may download the draft itself.
func (s *Service) PageImage(ctx context.Context, a Actor, id string, n, p int) ([]byte, error) {
	pr, ok := s.scanner.(PartsReader)
	if !ok || !ocr.RenderAvailable() {
		return nil, Errorf(KindUnavailable, "no_renderer", "本服务未安装页面渲染工具（pdftoppm），无法显示页面图像")
	}
	r, err := s.Get(a, id)
	if err != nil {
		return nil, err
	}
	if n < 0 || n >= len(r.Files) || r.Files[n].Format != "pdf" || p < 1 {
		return nil, Errorf(KindNotFound, "not_found", "没有这个页面")
	}
	files, err := s.Draft(a, id)
	if err != nil {
		return nil, err
	}
	if n >= len(files) {
		return nil, Errorf(KindNotFound, "not_found", "没有这个页面")
	}
	g, err := ocr.RenderPage(ctx, files[n].Data, p, PageDPI, ocr.Options{})
	if err != nil {
		return nil, Errorf(KindNotFound, "not_found", "无法显示第 %d 页的图像", p)
	}
	img := image.NewRGBA(g.Bounds())
	draw.Draw(img, img.Bounds(), g, g.Bounds().Min, draw.Src)
	scale := float64(PageDPI) / 72
	d := pr.Extract(ctx, files[n].Name, files[n].Data)
	for i := range d.Parts {
		pt := &d.Parts[i]
		if pt.Page != p || len(pt.Boxes) == 0 {
			continue
		}
		for _, run := range digitRuns(pt.Text) {
			if b := scan.TextBox(pt, run[0], run[1]); b != nil {
				fill(img, *b, scale, color.RGBA{0x33, 0x33, 0x33, 0xff})
			}
		}
	}
	for _, f := range r.Findings {
		l := f.Location
		if f.File != n || l.Page != p || l.BBox == nil {
			continue
		}
		if personal(f.Category) {
			fill(img, *l.BBox, scale, color.RGBA{0x33, 0x33, 0x33, 0xff})
		}
		c := color.RGBA{0xd9, 0x77, 0x06, 0xff}
		if f.Severity == report.Block {
			c = color.RGBA{0xdc, 0x26, 0x26, 0xff}
		}
		outline(img, *l.BBox, scale, c)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// personal says whether a category's values are personal data, masked in
// excerpts.
func personal(c report.Category) bool {
	switch c {
	case report.IDCard, report.BankCard, report.MobilePhone, report.Passport, report.LicensePlate, report.Email:
		return true
	}
	return false
}

// digitRuns returns the rune ranges of runs of seven or more digits (an
// X may close one), the runs excerpts mask whatever they are.
func digitRuns(text string) [][2]int {
	var out [][2]int
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == 'x' || rs[j] == 'X') {
			j++
		}
		if j-i >= 7 {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// rect is box b, in points, as pixels at scale, grown by pad pixels.
func rect(b [4]float64, scale float64, pad int) image.Rectangle {
	return image.Rect(int(b[0]*scale)-pad, int(b[1]*scale)-pad, int(b[2]*scale+0.999)+pad, int(b[3]*scale+0.999)+pad)
}

func fill(img *image.RGBA, b [4]float64, scale float64, c color.RGBA) {
	draw.Draw(img, rect(b, scale, 1).Intersect(img.Bounds()), image.NewUniform(c), image.Point{}, draw.Src)
}

func outline(img *image.RGBA, b [4]float64, scale float64, c color.RGBA) {
	r := rect(b, scale, 3)
	u := image.NewUniform(c)
	for _, e := range []image.Rectangle{
		image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+2), image.Rect(r.Min.X, r.Max.Y-2, r.Max.X, r.Max.Y),
		image.Rect(r.Min.X, r.Min.Y, r.Min.X+2, r.Max.Y), image.Rect(r.Max.X-2, r.Min.Y, r.Max.X, r.Max.Y),
	} {
		draw.Draw(img, e.Intersect(img.Bounds()), u, image.Point{}, draw.Src)
	}
}
