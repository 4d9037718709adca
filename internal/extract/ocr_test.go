package extract_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"io"
	"math/rand/v2"

	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	xdraw "golang.org/x/image/draw"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/ocr"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

// ocrFixtures are made by internal/ocr/testdata/make.sh.
const ocrFixtures = "../ocr/testdata"

func needOCR(t *testing.T) {
	t.Helper()
	if !ocr.Available() || !ocr.RenderAvailable() {
		t.Skipf("OCR not installed: %v", ocr.Check())
	}
}

func scanFixture(t *testing.T, sc *scan.Scanner, name string) report.Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(ocrFixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return sc.Scan(context.Background(), name, data)
}

func newScanner(t *testing.T) *scan.Scanner {
	t.Helper()
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = 2 * time.Minute // the race detector and a busy machine
	sc, err := scan.New(scan.Config{Limits: lim})
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestOCRFindsWhatTheSourceHas: every marking and check-digit-valid ID of
// the source page is found in its scans (300 and 150 dpi, rotated and
// noisy), its uploads (PNG, JPEG, TIFF, the second page of a TIFF) and its
// print with the text drawn as outlines (no text layer), in OCR parts
// with boxes; no page stays unreadable for want of reading, and each
// file says once that its text is OCR's (unreadable.ocr_only).
func TestOCRFindsWhatTheSourceHas(t *testing.T) {
	needOCR(t)
	sc := newScanner(t)
	for _, name := range []string{"scan300.pdf", "scan150.pdf", "noisy.pdf", "marked.png", "marked.jpg", "marked.tif", "pages.tif", "outlines.pdf",
		// A red stamp over the marking: read again without the red.
		"stamped.pdf", "stamped.jpg", "stamped_blue.pdf",
		// An invisible text layer that says something else than the scan.
		"layered.pdf"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := scanFixture(t, sc, name)
			var marking, ids, mobiles, ocrOnly int
			for _, f := range r.Findings {
				switch {
				case f.Rule == extract.RuleOCROnly:
					ocrOnly++
				case f.Category == report.Unreadable:
					t.Errorf("unreadable: %s %s", f.Rule, f.Message)
				case f.Category == report.ClassifiedMarking:
					marking++
				case f.Category == report.IDCard:
					ids++
				case f.Category == report.MobilePhone:
					mobiles++
				}
				if f.Category != report.Unreadable && f.Category != report.Metadata && (f.Location.Part != doc.OCR || f.Location.BBox == nil) {
					t.Errorf("%s at %+v: want an OCR part with a box", f.Rule, f.Location)
				}
				if strings.Contains(f.Excerpt+f.Message, "199003074514") {
					t.Errorf("unmasked ID in %q", f.Excerpt+f.Message)
				}
			}
			if ocrOnly != 1 {
				t.Errorf("%d %s findings, want 1", ocrOnly, extract.RuleOCROnly)
			}
			if marking == 0 || ids != 2 || mobiles != 1 {
				t.Errorf("marking %d, IDs %d, mobiles %d; want ≥1, 2, 1; findings:\n%s", marking, ids, mobiles, dump(r.Findings))
			}
			if r.Verdict != report.Block {
				t.Errorf("verdict %s", r.Verdict)
			}
		})
	}
}

// TestOCRBoxes: on a PDF page the box of a finding is in points on an A4
// page; the marking stands at its head.
func TestOCRBoxes(t *testing.T) {
	needOCR(t)
	r := scanFixture(t, newScanner(t), "scan300.pdf")
	for _, f := range r.Findings {
		b := f.Location.BBox
		if f.Rule == extract.RuleOCROnly {
			continue // the page's, not a place on it
		}
		if b == nil || b[0] < 0 || b[2] > 596 || b[1] < 0 || b[3] > 842 || b[0] >= b[2] || b[1] >= b[3] {
			t.Errorf("%s: box %v is not on an A4 page", f.Rule, b)
			continue
		}
		if f.Category == report.ClassifiedMarking && (b[3] > 842*0.2 || b[0] > 150) {
			t.Errorf("marking box %v: want the top left of the page", *b)
		}
	}
}

// TestOCRCleanPageGoesToAPerson: a clean scanned notice, read with
// confidence and found clean, is reviewed with one finding that says its
// text is OCR's and nothing else: a machine's reading of a picture is not
// the document's own text.
func TestOCRCleanPageGoesToAPerson(t *testing.T) {
	needOCR(t)
	r := scanFixture(t, newScanner(t), "clean300.pdf")
	var rules []string
	for _, f := range r.Findings {
		if f.Category != report.Metadata {
			rules = append(rules, f.Rule)
		}
	}
	if r.Verdict != report.Review || strings.Join(rules, " ") != extract.RuleOCROnly {
		t.Errorf("verdict %s:\n%s", r.Verdict, dump(r.Findings))
	}
}

// TestOCRUntrustedStaysUnreadable: a page OCR reads only with guesses
// (confidence about 30) and a page with no text at all stay unreadable,
// each with a message that says why.
func TestOCRUntrustedStaysUnreadable(t *testing.T) {
	needOCR(t)
	sc := newScanner(t)
	for name, want := range map[string]string{"faded.png": "置信度过低", "specks.png": "未能识别出任何文字"} {
		r := scanFixture(t, sc, name)
		found := false
		for _, f := range r.Findings {
			found = found || f.Rule == extract.RuleLowConfidence && strings.Contains(f.Message, want)
		}
		if !found || r.Verdict == report.Pass {
			t.Errorf("%s: want %s with %q, got %s:\n%s", name, extract.RuleLowConfidence, want, r.Verdict, dump(r.Findings))
		}
	}
}

// TestOCRBombRefused: a PNG whose header declares 100000 × 100000 pixels
// is refused as too large, at once.
func TestOCRBombRefused(t *testing.T) {
	needOCR(t)
	start := time.Now()
	r := scanFixture(t, newScanner(t), "bomb.png")
	if len(r.Findings) != 1 || r.Findings[0].Rule != extract.RuleTooLarge {
		t.Fatalf("findings:\n%s", dump(r.Findings))
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

func dump(fs []report.Finding) string {
	b, _ := json.MarshalIndent(fs, "", "  ")
	return string(b)
}

// TestOCRPicturesInDocuments: a scan pasted as a picture into a DOCX and
// over an XLSX sheet (LibreOffice) is read: its marking and IDs are found
// in an OCR part named by the picture, and the DOCX, whose body is the
// picture, says its text is OCR's instead of unread.
func TestOCRPicturesInDocuments(t *testing.T) {
	needOCR(t)
	sc := newScanner(t)
	for name, member := range map[string]string{"picture.docx": "word/media/image1.png", "picture.xlsx": "xl/media/image1.png"} {
		r := scanFixture(t, sc, name)
		var marking, ids int
		for _, f := range r.Findings {
			switch {
			case f.Rule == extract.RuleOCROnly && name == "picture.docx":
			case f.Category == report.Unreadable:
				t.Errorf("%s: unreadable: %s %s", name, f.Rule, f.Message)
			case f.Location.Part == doc.OCR && f.Location.File == member && f.Category == report.ClassifiedMarking:
				marking++
			case f.Location.Part == doc.OCR && f.Location.File == member && f.Category == report.IDCard:
				ids++
			}
		}
		if marking == 0 || ids != 2 {
			t.Errorf("%s: marking %d, IDs %d in %s:\n%s", name, marking, ids, member, dump(r.Findings))
		}
	}
}

// TestOCROutOfTime: when the time for the file runs out while a page is
// being read, the reading is stopped, the page is reported as not read in
// time, and the extraction returns what it has instead of being abandoned.
func TestOCROutOfTime(t *testing.T) {
	needOCR(t)
	data, err := os.ReadFile(filepath.Join(ocrFixtures, "scan300.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = 700 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), lim.PerFileTimeout)
	defer cancel()
	start := time.Now()
	d := extract.Extract(ctx, "scan.pdf", data, lim)
	if took := time.Since(start); took > lim.PerFileTimeout+time.Second {
		t.Errorf("took %v", took)
	}
	if len(d.Findings) != 1 {
		t.Fatalf("findings %+v", d.Findings)
	}
	f := d.Findings[0]
	if f.Rule != extract.RuleTimeout || f.Location.Page != 1 || !strings.Contains(f.Message, "文字识别超时") {
		t.Errorf("finding %+v, want page 1 not read in time", f)
	}
}

// TestOCRReadsGarbledTextLayer: a text layer whose fonts lost their
// character map (pdftops then ps2pdf) says nothing of what the page shows;
// the page is read with OCR and its marking found.
func TestOCRReadsGarbledTextLayer(t *testing.T) {
	needOCR(t)
	r := scanFixture(t, newScanner(t), "pdftops.pdf")
	if r.Verdict != report.Block || !hasMarking(r.Findings) {
		t.Errorf("verdict %s; findings:\n%s", r.Verdict, dump(r.Findings))
	}
	for _, f := range r.Findings {
		if f.Rule == "unreadable.font_encoding" {
			t.Errorf("the page read by OCR is still %s", f.Rule)
		}
	}
}

func hasMarking(fs []report.Finding) bool {
	for _, f := range fs {
		if f.Category == report.ClassifiedMarking {
			return true
		}
	}
	return false
}

// TestTurnedScanReviewed: a picture read turned upright reports what the
// turned reading holds, and still goes to a person, since what stood
// upright on it (a stamp over a body that lies sideways) is not in the
// turned reading.
func TestTurnedScanReviewed(t *testing.T) {
	needOCR(t)
	data, err := os.ReadFile(filepath.Join("..", "ocr", "testdata", "left.tif"))
	if err != nil {
		t.Fatal(err)
	}
	d := extract.Extract(context.Background(), "left.tif", data, doc.DefaultLimits())
	var text string
	for _, p := range d.Parts {
		text += p.Text
	}
	if !strings.Contains(text, "110101199003074514") {
		t.Errorf("the turned reading's ID is not in the text: %q", text)
	}
	if len(d.Findings) != 1 || d.Findings[0].Rule != extract.RuleLowConfidence || !strings.Contains(d.Findings[0].Message, "已转正90°") {
		t.Errorf("findings = %+v", d.Findings)
	}
}

// TestOCRPictureInPage: a scan pasted into a page as a data: URI (as
// rich-text editors paste pictures) is read with OCR like an upload.
func TestOCRPictureInPage(t *testing.T) {
	needOCR(t)
	png, err := os.ReadFile(filepath.Join(ocrFixtures, "marked.png"))
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><body><p>附件：</p><img src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(png) + `"></body></html>`
	r := newScanner(t).Scan(context.Background(), "notice.html", []byte(page))
	var marking, ids int
	for _, f := range r.Findings {
		switch f.Category {
		case report.ClassifiedMarking:
			marking++
		case report.IDCard:
			ids++
		}
	}
	if marking == 0 || ids != 2 || r.Verdict != report.Block {
		t.Errorf("marking %d, IDs %d, verdict %s:\n%s", marking, ids, r.Verdict, dump(r.Findings))
	}
}

// TestPageInDataURI: a page an iframe shows from a data: URI is read as a
// file inside the page.
func TestPageInDataURI(t *testing.T) {
	inner := base64.StdEncoding.EncodeToString([]byte("<p>联系人身份证号 110101199003074514</p>"))
	page := `<p>页面</p><iframe src="data:text/html;charset=utf-8;base64,` + inner + `"></iframe>`
	r := newScanner(t).Scan(context.Background(), "page.html", []byte(page))
	if r.Verdict != report.Block || len(r.Findings) != 1 || r.Findings[0].Category != report.IDCard ||
		r.Findings[0].Location.File != "内嵌数据1.html" {
		t.Errorf("verdict %s:\n%s", r.Verdict, dump(r.Findings))
	}
}

// TestOCRBlurredPictureInDocument: a picture of a page blurred past
// reading, inside a DOCX, is held for a person (it looks like lines of
// text); a picture of noise, like a photo, is not.
func TestOCRBlurredPictureInDocument(t *testing.T) {
	needOCR(t)
	docx, err := os.ReadFile(filepath.Join(ocrFixtures, "picture.docx"))
	if err != nil {
		t.Fatal(err)
	}
	png0, err := os.ReadFile(filepath.Join(ocrFixtures, "marked.png"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := ocr.Decode(png0, ocr.DefaultMaxPixels)
	if err != nil {
		t.Fatal(err)
	}
	// Blurred: shrunk to a tenth and enlarged again.
	small := image.NewGray(image.Rect(0, 0, page.Rect.Dx()/10, page.Rect.Dy()/10))
	xdraw.BiLinear.Scale(small, small.Rect, page, page.Rect, xdraw.Src, nil)
	blurred := image.NewGray(page.Rect)
	xdraw.BiLinear.Scale(blurred, blurred.Rect, small, small.Rect, xdraw.Src, nil)
	noise := image.NewGray(image.Rect(0, 0, 600, 400))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range noise.Pix {
		noise.Pix[i] = uint8(rng.IntN(256))
	}
	for _, c := range []struct {
		name   string
		img    image.Image
		review bool
	}{{"blurred page", blurred, true}, {"noise", noise, false}} {
		var pic bytes.Buffer
		if err := png.Encode(&pic, c.img); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		zw := zip.NewWriter(&out)
		for _, f := range zr.File {
			w, _ := zw.Create(f.Name)
			if f.Name == "word/media/image1.png" {
				w.Write(pic.Bytes())
				continue
			}
			rc, _ := f.Open()
			io.Copy(w, rc)
			rc.Close()
		}
		zw.Close()
		r := newScanner(t).Scan(context.Background(), "picture.docx", out.Bytes())
		held := false
		for _, f := range r.Findings {
			held = held || f.Rule == "unreadable.ocr_low_confidence" && f.Location.File == "word/media/image1.png"
		}
		if held != c.review {
			t.Errorf("%s: held %v, want %v:\n%s", c.name, held, c.review, dump(r.Findings))
		}
	}
}

// TestOCRPicturesInPDF: a picture pasted among a notice's text and
// printed to PDF by LibreOffice or Chromium is read with OCR, as it is in
// the DOCX it came from: the card's number is found in an OCR part named
// for the page and picture. A hotline's picture and a photo with no text
// add nothing, and no page of these text PDFs is read whole.
func TestOCRPicturesInPDF(t *testing.T) {
	picturesFind(t, report.IDCard, map[string]int{"inpicture_lo.pdf": 1, "inpicture_cr.pdf": 1, "inpicture_hotline.pdf": 0, "inpicture_photo.pdf": 0})
}

// TestOCRBentPicturesInPDF: a picture whose region of the printed page
// does not show its text as it is, a marking turned 35 degrees as a
// watermark or seen through at a third of its strength (Chromium), or
// squeezed into a frame of another shape (LibreOffice), is read from its
// own pixels and blocks, as do ones LibreOffice prints turned 30° or a
// quarter as new, turned pixels, read with their lines made level; a
// turned watermark reading 样稿 adds nothing.
func TestOCRBentPicturesInPDF(t *testing.T) {
	picturesFind(t, report.ClassifiedMarking, map[string]int{"bent_turned.pdf": 1, "bent_seen.pdf": 1, "bent_squeezed.pdf": 1,
		"bent_baked.pdf": 1, "bent_quarter.pdf": 1, "bent_draft.pdf": 0})
}

// picturesFind scans each fixture and checks that it has want findings
// of cat, each in the OCR part of its page's first picture, and no other.
func picturesFind(t *testing.T, cat report.Category, want map[string]int) {
	needOCR(t)
	sc := newScanner(t)
	for name, n := range want {
		r := scanFixture(t, sc, name)
		got := 0
		for _, f := range r.Findings {
			switch {
			case f.Category == cat && f.Location.Part == doc.OCR && f.Location.File == "第1页图片1":
				got++
			default:
				t.Errorf("%s: unexpected finding %s at %+v: %s", name, f.Rule, f.Location, f.Message)
			}
		}
		if got != n {
			t.Errorf("%s: %d %s findings in the picture, want %d:\n%s", name, got, cat, n, dump(r.Findings))
		}
	}
}

// TestOCRPicturePage: a web page whose body is one picture (a title and a
// data: URI) holds its text in the picture, as a DOCX of a pasted scan
// does: one OCR reads nothing in (here a smooth photo-like gradient; a
// blurred, turned or desk-photographed page reads as nothing too) is held
// for a person (it passed), and one whose text OCR reads well is the
// page's text read by OCR (ocr_only). A page of text with the same
// picture is neither.
func TestOCRPicturePage(t *testing.T) {
	needOCR(t)
	sc := newScanner(t)
	g := image.NewGray(image.Rect(0, 0, 600, 400))
	for y := 0; y < 400; y++ {
		for x := 0; x < 600; x++ {
			g.SetGray(x, y, color.Gray{Y: uint8(90 + x/5 + y/8)})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, g); err != nil {
		t.Fatal(err)
	}
	marked, err := os.ReadFile(filepath.Join(ocrFixtures, "marked.png"))
	if err != nil {
		t.Fatal(err)
	}
	img := func(pic []byte) string {
		return `<img src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(pic) + `">`
	}
	page := func(body string) []byte {
		return []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>` + body + `</body></html>`)
	}
	r := sc.Scan(context.Background(), "photo.html", page("<h1>停水通知</h1>"+img(b.Bytes())))
	if !hasRule(r.Findings, extract.RuleImageOnly) {
		t.Errorf("a page of one picture OCR reads nothing in: want %s\n%s", extract.RuleImageOnly, dump(r.Findings))
	}
	r = sc.Scan(context.Background(), "scan.html", page("<h1>停水通知</h1>"+img(marked)))
	if !hasRule(r.Findings, extract.RuleOCROnly) || r.Verdict != report.Block {
		t.Errorf("a page of one scan: want its marking and %s\n%s", extract.RuleOCROnly, dump(r.Findings))
	}
	long := strings.Repeat("<p>各单位要按照要求，认真做好信息发布前的审查工作，确保发布内容准确、规范。</p>", 3)
	r = sc.Scan(context.Background(), "text.html", page("<h1>停水通知</h1>"+long+img(b.Bytes())))
	if len(r.Findings) != 0 {
		t.Errorf("a page of text with a photo:\n%s", dump(r.Findings))
	}
}

func hasRule(fs []report.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}
