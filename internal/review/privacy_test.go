package review

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/scan"
)

// gb11643 completes a 17-digit prefix with its GB 11643 check digit: a
// syntactically valid ID number that is nobody's.
func gb11643(prefix string) string { return detect.CompleteID(prefix) }

// Synthetic personal data for these tests.
var (
	testID     = gb11643("32010619850214301")
	testMobile = "13912345678"
)

func realScanner(t *testing.T) *scan.Scanner {
	t.Helper()
	sc, err := scan.New(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// noRawPersonalData fails when s carries the test ID or mobile, or their
// middle digits (what masking hides).
func noRawPersonalData(t *testing.T, what, s string) {
	t.Helper()
	// Hashes and timestamps are random digits: a 64-digit hex hash or a
	// time of day holds "1234" about once in a few hundred runs, which is
	// not the mobile number leaking. Only the short fragments are looked
	// for outside them.
	stripped := hashOrTime.ReplaceAllString(s, "")
	for _, raw := range []string{testID, testID[6:14], testMobile, testMobile[3:7]} {
		in := s
		if len(raw) < 11 {
			in = stripped
		}
		if strings.Contains(in, raw) {
			t.Errorf("%s carries %q:\n%s", what, raw, s)
		}
	}
}

// hashOrTime matches hex digests and RFC 3339 times.
var hashOrTime = regexp.MustCompile(`[0-9a-f]{64}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})`)

func (f *fixture) export(t *testing.T, format string) string {
	t.Helper()
	var b bytes.Buffer
	if err := f.svc.ExportTrail(f.aud, format, &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFreeTextIsMasked: an ID number and a mobile typed into a dismissal
// reason and a decision comment are stored and audited only masked, with
// the comment's line breaks kept.
func TestFreeTextIsMasked(t *testing.T) {
	f := newFixtureWith(t, realScanner(t), nil)
	r := f.submit(t, f.pub, reviewtest.BlockText)
	if r.Verdict != report.Block || len(r.Blocking()) == 0 {
		t.Fatalf("the real engine did not block the marking: %+v", r)
	}
	var dismiss []DismissInput
	for _, id := range r.Blocking() {
		dismiss = append(dismiss, DismissInput{FindingID: id, Reason: "已核实：系申请人 " + testID + " 提供的样本，电话 " + testMobile})
	}
	got, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve, Dismissed: dismiss,
		Comment: "同意。\n经电话 " + testMobile + " 联系核实，身份证 " + testID})
	if err != nil {
		t.Fatal(err)
	}
	if c := got.Decisions[0].Comment; !strings.Contains(c, "\n") || !strings.Contains(c, testID[:6]) || !strings.Contains(c, "****") {
		t.Errorf("comment not kept masked on its lines: %q", c)
	}
	if reason := got.Findings[slices.IndexFunc(got.Findings, func(x Finding) bool { return x.Dismissal != nil })].Dismissal.Reason; !strings.Contains(reason, "已核实") || !strings.Contains(reason, testMobile[:3]) {
		t.Errorf("reason %q", reason)
	}
	if _, err := f.svc.Decide(f.rev2, r.ID, DecisionInput{Decision: Reject, Comment: "退回：附件含 " + testID}); err != nil {
		t.Fatal(err)
	}
	stored, err := f.svc.Get(f.aud, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	noRawPersonalData(t, "the review", asJSON(t, stored))
	noRawPersonalData(t, "the jsonl export", f.export(t, audit.FormatJSONL))
	noRawPersonalData(t, "the csv export", f.export(t, audit.FormatCSV))
	if n := f.countAction(audit.ActionDismissed); n != len(dismiss) {
		t.Errorf("%d dismissals audited, want %d", n, len(dismiss))
	}
	f.verify(t)
}

// joinMask masks a number even when a line break splits it, as an engine
// that reads digits across white space would.
type joinMask struct{ reviewtest.Scanner }

var spacedNumber = regexp.MustCompile(`[0-9][0-9 ]{9,}[0-9]`)

func (j *joinMask) Mask(text string) string {
	text = strings.ReplaceAll(text, "\n", " ")
	return spacedNumber.ReplaceAllStringFunc(text, func(s string) string { return strings.Repeat("*", len(s)) })
}

// TestMaskTextKeepsLinesOnlyWhenSafe: line breaks are kept when masking
// line by line hides what masking the whole does, and given up when a
// number spans two lines.
func TestMaskTextKeepsLinesOnlyWhenSafe(t *testing.T) {
	f := newFixtureWith(t, &joinMask{}, nil)
	if got := f.svc.maskText("第一行\n号码 12345678901"); got != "第一行\n号码 ***********" {
		t.Errorf("lines: %q", got)
	}
	if got := f.svc.maskText("号码 123456\n78901 完"); strings.Contains(got, "123456") || strings.Contains(got, "78901") {
		t.Errorf("a number split over two lines leaked: %q", got)
	}
}

// TestTitleIsScanned: the title is published as the headline, so a
// marking in it blocks a draft whose content is clean, as finding T1 in
// part "title" that must be dismissed like any other.
func TestTitleIsScanned(t *testing.T) {
	f := newFixture(t, nil)
	title := "秘密★1年 关于年度工作安排的通知"
	r, err := f.svc.Submit(context.Background(), f.pub, Submission{Title: " " + title + " ",
		Files: []DraftFile{{Name: "a.txt", Data: []byte(reviewtest.PassText)}}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Verdict != report.Block || r.Status != Pending || r.ApprovalsRequired != 2 {
		t.Fatalf("a marked title: verdict %s status %s", r.Verdict, r.Status)
	}
	if r.Files[0].Verdict != report.Pass {
		t.Errorf("the file's own verdict %s", r.Files[0].Verdict)
	}
	tf := r.Findings[0]
	if len(r.Findings) != 1 || tf.ID != "T1" || tf.File != TitleFile || tf.Location.Part != TitlePart ||
		tf.Category != report.ClassifiedMarking || tf.Location.Start != 0 {
		t.Fatalf("title finding %+v", r.Findings)
	}
	// No hash of the title is kept: with the masked title beside it, it
	// would be guessable (privacy.go).
	if r.Title != title || r.TitleSHA256 != "" {
		t.Errorf("title %q sha %s", r.Title, r.TitleSHA256)
	}
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindConflict, "blocking_findings_remain")
	evs, _, err := f.svc.Events(f.aud, audit.Filter{ReviewID: r.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := evs[0].Details["title_sha256"]; ok || evs[1].Details["title_findings"] != "1" {
		t.Errorf("events: %+v %+v", evs[0].Details, evs[1].Details)
	}
	if _, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve,
		Dismissed: []DismissInput{{FindingID: "T1", Reason: "系引用的文件名"}}}); err != nil {
		t.Fatal(err)
	}

	// With several files, title ids stay apart from the files'.
	r, err = f.svc.Submit(context.Background(), f.pub, Submission{Title: title, Files: []DraftFile{
		{Name: "a.txt", Data: []byte(reviewtest.BlockText)}, {Name: "b.txt", Data: []byte(reviewtest.BlockText)}}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, x := range r.Findings {
		ids = append(ids, x.ID)
	}
	if strings.Join(ids, ",") != "T1,1-F1,2-F1" {
		t.Errorf("ids %v", ids)
	}
	// A clean title changes nothing.
	r = f.submit(t, f.pub, reviewtest.PassText)
	if r.Verdict != report.Pass || len(r.Findings) != 0 {
		t.Errorf("clean title: %+v", r)
	}
}

// TestTitleIDIsMasked: an ID number in the title blocks, and the raw
// number is nowhere in the review, its summary or the trail.
func TestTitleIDIsMasked(t *testing.T) {
	f := newFixtureWith(t, realScanner(t), nil)
	r, err := f.svc.Submit(context.Background(), f.pub, Submission{Title: "关于 " + testID + " 同志补贴的公示",
		Files: []DraftFile{{Name: "名单-" + testMobile + ".txt", Data: []byte(reviewtest.PassText)}}})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(r.Findings, func(x Finding) bool { return x.Category == report.IDCard })
	if r.Verdict != report.Block || i < 0 || r.Findings[i].File != TitleFile || r.Findings[i].Location.Part != TitlePart {
		t.Fatalf("title with an ID: verdict %s findings %+v", r.Verdict, r.Findings)
	}
	if !strings.Contains(r.Title, testID[:6]) || !strings.Contains(r.Title, "同志补贴的公示") {
		t.Errorf("title %q", r.Title)
	}
	noRawPersonalData(t, "the review", asJSON(t, r))
	list, _, err := f.svc.List(f.rev1, ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	noRawPersonalData(t, "the list", asJSON(t, list))
	noRawPersonalData(t, "the jsonl export", f.export(t, audit.FormatJSONL))
	// Without a title the (masked) file name stands in.
	r, err = f.svc.Submit(context.Background(), f.pub, Submission{
		Files: []DraftFile{{Name: "名单-" + testMobile + ".txt", Data: []byte(reviewtest.PassText)}}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Verdict != report.Pass || !strings.HasPrefix(r.Title, "名单-139") {
		t.Errorf("untitled: %s %q", r.Verdict, r.Title)
	}
	noRawPersonalData(t, "the untitled review", asJSON(t, r))
}

// TestMessagesDoNotEchoInput: what a caller typed (an ID number where an
// id, a status or a finding id belongs) never comes back in a message; a
// well-formed review or finding id does.
func TestMessagesDoNotEchoInput(t *testing.T) {
	f := newFixture(t, nil)
	r := f.submit(t, f.pub, reviewtest.BlockText)
	msg := func(err error, code string) string {
		t.Helper()
		e, ok := err.(*Error)
		if !ok || e.Code != code {
			t.Fatalf("err = %v, want code %s", err, code)
		}
		return e.Message
	}
	quiet := map[string]string{}
	_, err := f.svc.Get(f.rev1, testID)
	quiet["get"] = msg(err, "not_found")
	_, err = f.svc.Decide(f.rev1, testID, DecisionInput{Decision: Approve})
	quiet["decide"] = msg(err, "not_found")
	_, err = f.svc.Release(f.pub, testID, r.ContentSHA256)
	quiet["release"] = msg(err, "not_found")
	_, _, err = f.svc.List(f.rev1, ListQuery{After: testID})
	quiet["after"] = msg(err, "bad_after")
	_, _, err = f.svc.List(f.rev1, ListQuery{Status: Status(testID)})
	quiet["status"] = msg(err, "bad_status")
	_, err = ParseRole(testID)
	quiet["role"] = msg(err, "bad_role")
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve, Dismissed: []DismissInput{{FindingID: testID, Reason: "x"}}})
	quiet["unknown finding"] = msg(err, "unknown_finding")
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve, Dismissed: []DismissInput{{FindingID: testID}}})
	quiet["reason"] = msg(err, "reason_required")
	_, err = f.svc.RevokeToken(f.adm, "<"+testID+">")
	quiet["revoke"] = msg(err, "no_token")
	for what, m := range quiet {
		if strings.Contains(m, testID) || strings.Contains(m, testID[6:14]) {
			t.Errorf("%s: message echoes the input: %s", what, m)
		}
	}
	_, err = f.svc.Get(f.rev1, "R00000099")
	if m := msg(err, "not_found"); !strings.Contains(m, "R00000099") {
		t.Errorf("a review id is not named: %s", m)
	}
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve, Dismissed: []DismissInput{{FindingID: "F99", Reason: "x"}}})
	if m := msg(err, "unknown_finding"); !strings.Contains(m, "F99") {
		t.Errorf("a finding id is not named: %s", m)
	}
}

// TestDeniedRecordsOnlyReviewIDs: Denied (the web UI's refusals) records
// an event like the service's own, without an id that is not a review's.
func TestDeniedRecordsOnlyReviewIDs(t *testing.T) {
	f := newFixture(t, nil)
	f.svc.Denied(f.rev1, OpSubmit, "", "role")
	f.svc.Denied(f.pub, OpAudit, "R00000001", "role")
	f.svc.Denied(f.pub, OpAudit, testID, "role")
	evs, _, err := f.svc.Events(f.aud, audit.Filter{Action: audit.ActionDenied})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 || evs[0].Actor != "rev1" || evs[0].Details["op"] != "submit" || evs[0].Details["reason"] != "role" ||
		evs[1].ReviewID != "R00000001" || evs[2].ReviewID != "" {
		t.Fatalf("denied events: %+v", evs)
	}
	noRawPersonalData(t, "the trail", f.export(t, audit.FormatJSONL))
}

// TestAnonymousDeniedAreBounded checks that requests without a valid token
// cannot grow the append-only trail without bound, and that what was left
// out is counted on the next recorded event.
func TestAnonymousDeniedAreBounded(t *testing.T) {
	var l anonLimit
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < anonDeniedPerMinute; i++ {
		if _, ok := l.allow(now); !ok {
			t.Fatalf("event %d refused", i)
		}
	}
	for i := 0; i < 5; i++ {
		if _, ok := l.allow(now.Add(time.Second)); ok {
			t.Fatal("over the limit, allowed")
		}
	}
	skipped, ok := l.allow(now.Add(time.Minute))
	if !ok || skipped != 5 {
		t.Errorf("next window: ok %v, skipped %d", ok, skipped)
	}
}
