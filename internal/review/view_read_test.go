package review

import (
	"bytes"
	"context"
	"image/color"
	"image/png"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/ocr"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
)

// TestFileParts reads a stored draft again for the document view: its
// parts come back masked rune for rune, so that every finding's offsets
// still point at its (masked) hit; the read is audited as a draft read; a
// draft no longer kept, an auditor and a fake scanner that cannot extract
// are refused.
func TestFileParts(t *testing.T) {
	f := newFixtureWith(t, realScanner(t), nil)
	text := "关于春耕的通知\n联系人手机" + testMobile + "，\n经办人身份证号" + testID + "。\n特此通知。"
	r := f.submit(t, f.pub, text)
	before := f.countAction(audit.ActionDraftRead)
	fp, err := f.svc.FileParts(context.Background(), f.rev1, r.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.countAction(audit.ActionDraftRead); got != before+1 {
		t.Errorf("draft reads recorded %d, want %d", got, before+1)
	}
	if len(fp.Parts) == 0 {
		t.Fatal("no parts")
	}
	body := fp.Parts[0].Text
	noRawPersonalData(t, "the view's text", body)
	if utf8.RuneCountInString(body) != utf8.RuneCountInString(text) || strings.Count(body, "\n") != strings.Count(text, "\n") {
		t.Errorf("masking moved the text: %q", body)
	}
	if len(r.Findings) < 2 {
		t.Fatalf("findings: %+v", r.Findings)
	}
	rs := []rune(body)
	for _, fd := range r.Findings {
		l := fd.Location
		if l.End <= l.Start {
			continue
		}
		hit := []rune(fd.Excerpt)[fd.HitStart:fd.HitEnd]
		if got := string(rs[l.Start:l.End]); got != string(hit) {
			t.Errorf("%s: the view shows %q at its offsets, its excerpt %q", fd.ID, got, string(hit))
		}
	}
	_, err = f.svc.FileParts(context.Background(), f.aud, r.ID, 0)
	wantKind(t, err, KindForbidden, "")
	_, err = f.svc.FileParts(context.Background(), f.rev1, r.ID, 1)
	wantKind(t, err, KindNotFound, "not_found")
	if _, err := f.svc.Decide(f.rev2, r.ID, DecisionInput{Decision: Reject, Comment: "请删除个人信息"}); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.FileParts(context.Background(), f.rev1, r.ID, 0)
	wantKind(t, err, KindNotFound, "draft_not_kept")

	g := newFixture(t, func(c *config.Config) {})
	r2 := g.submit(t, g.pub, reviewtest.ReviewText)
	_, err = g.svc.FileParts(context.Background(), g.rev1, r2.ID, 0)
	wantKind(t, err, KindUnavailable, "no_extractor")
}

// TestPageImage renders page 1 of a PDF made by Chromium with its
// findings boxed: the ID and the phone are painted over where the text
// layer places them, and the box of the ID is drawn in red.
func TestPageImage(t *testing.T) {
	if !ocr.RenderAvailable() {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftoppm not found (apt-get install -y poppler-utils)")
		}
		t.Skip("pdftoppm not found")
	}
	f := newFixtureWith(t, realScanner(t), nil)
	data, err := os.ReadFile("../../testdata/places/places.pdf")
	if err != nil {
		t.Fatal(err)
	}
	r, err := f.svc.Submit(context.Background(), f.pub, Submission{Title: "名单", Files: []DraftFile{{Name: "places.pdf", Data: data}}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.svc.PageImage(context.Background(), f.rev1, r.ID, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	scale := float64(PageDPI) / 72
	boxed := 0
	for _, fd := range r.Findings {
		bb := fd.Location.BBox
		if bb == nil {
			continue
		}
		boxed++
		// The middle of the value is painted over.
		x, y := int((bb[0]+bb[2])/2*scale), int((bb[1]+bb[3])/2*scale)
		if c := color.GrayModel.Convert(img.At(x, y)).(color.Gray); c.Y > 0x40 {
			t.Errorf("%s: the value is not painted over at (%d, %d): %v", fd.ID, x, y, c)
		}
		// Its box is drawn just outside it.
		rr, g, _, _ := img.At(int(bb[0]*scale)-2, y).RGBA()
		if rr>>8 < 0xc0 || g>>8 > 0x90 {
			t.Errorf("%s: no box drawn round the value", fd.ID)
		}
	}
	if boxed < 2 {
		t.Errorf("%d findings with a box, want the ID and the phone", boxed)
	}
	_, err = f.svc.PageImage(context.Background(), f.rev1, r.ID, 0, 0)
	wantKind(t, err, KindNotFound, "not_found")
}
