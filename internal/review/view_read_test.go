package review

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
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
