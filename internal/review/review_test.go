package review

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/store"
)

type fixture struct {
	svc              *Service
	db               *store.DB
	pub, pub2        Actor
	rev1, rev2, rev3 Actor
	aud, adm         Actor
	events           []audit.Event // from the Appended hook
	mu               sync.Mutex
}

func newFixture(t *testing.T, edit func(*config.Config)) *fixture {
	t.Helper()
	return newFixtureWith(t, &reviewtest.Scanner{}, edit)
}

// newFixtureWith is newFixture over another scanner (the real engine).
func newFixtureWith(t *testing.T, scanner Scanner, edit func(*config.Config)) *fixture {
	t.Helper()
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	if edit != nil {
		edit(&cfg)
	}
	db, err := store.Open(cfg.DataDir, store.Options{BatchDelay: 200 * time.Microsecond}, Init)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{db: db}
	svc, err := New(cfg, db, scanner, Hooks{Appended: func(e *audit.Event) {
		f.mu.Lock()
		f.events = append(f.events, *e)
		f.mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	f.svc = svc
	f.pub, f.pub2 = Actor{Name: "pub", Role: Publisher}, Actor{Name: "pub2", Role: Publisher}
	f.rev1, f.rev2, f.rev3 = Actor{Name: "rev1", Role: Reviewer}, Actor{Name: "rev2", Role: Reviewer}, Actor{Name: "rev3", Role: Reviewer}
	f.aud, f.adm = Actor{Name: "aud", Role: Auditor}, Actor{Name: "adm", Role: Admin}
	return f
}

func (f *fixture) submit(t *testing.T, a Actor, text string) *Review {
	t.Helper()
	r, err := f.svc.Submit(context.Background(), a, Submission{Title: "通知", Files: []DraftFile{{Name: "a.txt", Data: []byte(text)}}})
	if err != nil {
		t.Fatalf("Submit: %v", err)
	}
	return r
}

func wantKind(t *testing.T, err error, kind Kind, code string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want *Error kind %d code %s", err, kind, code)
	}
	if e.Kind != kind || (code != "" && e.Code != code) {
		t.Fatalf("err = kind %d code %s (%s), want kind %d code %s", e.Kind, e.Code, e.Message, kind, code)
	}
}

func (f *fixture) verify(t *testing.T) audit.Summary {
	t.Helper()
	sum, breaks, err := f.svc.VerifyTrail(f.aud)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.OK || len(breaks) > 0 {
		t.Fatalf("trail broken: %+v %v", sum, breaks)
	}
	return sum
}

func (f *fixture) countAction(action string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, e := range f.events {
		if e.Action == action {
			n++
		}
	}
	return n
}

func TestPassIsClearedAndReleased(t *testing.T) {
	f := newFixture(t, nil)
	r := f.submit(t, f.pub, reviewtest.PassText)
	if r.Status != Cleared || r.Verdict != report.Pass || r.ClearedAt == nil || r.ApprovalsRequired != 0 {
		t.Fatalf("pass review: %+v", r)
	}
	if r.ContentSHA256 != ContentHash([]byte(reviewtest.PassText)) || len(r.AuditEvents) != 2 {
		t.Fatalf("hash or events: %+v", r)
	}
	if r.DraftExpires != nil {
		t.Error("a passing draft was kept")
	}
	_, err := f.svc.Release(f.pub, r.ID, strings.Repeat("0", 64))
	wantKind(t, err, KindConflict, "hash_mismatch")
	if f.countAction(audit.ActionDenied) != 1 {
		t.Error("refused release not recorded")
	}
	rc, err := f.svc.Release(f.pub, r.ID, strings.ToUpper(r.ContentSHA256))
	if err != nil {
		t.Fatal(err)
	}
	if rc.ClearedBy != "machine" || rc.ReviewID != r.ID || rc.AuditSeq == 0 || len(rc.Approvals) != 0 {
		t.Fatalf("receipt: %+v", rc)
	}
	// The receipt's event is in the trail with that hash.
	evs, _, err := f.svc.Events(f.aud, audit.Filter{ReviewID: r.ID})
	if err != nil {
		t.Fatal(err)
	}
	last := evs[len(evs)-1]
	if last.Seq != rc.AuditSeq || last.Hash.String() != rc.AuditHash || last.Action != audit.ActionReleased {
		t.Fatalf("receipt event %d %s, trail %+v", rc.AuditSeq, rc.AuditHash, last)
	}
	got, _ := f.svc.Get(f.pub, r.ID)
	if got.Status != Released || len(got.Releases) != 1 {
		t.Fatalf("after release: %+v", got)
	}
	f.verify(t)
}

func TestReviewNeedsOneOtherReviewer(t *testing.T) {
	f := newFixture(t, nil)
	r := f.submit(t, f.pub, reviewtest.ReviewText)
	if r.Status != Pending || r.Verdict != report.Review || r.ApprovalsRequired != 1 {
		t.Fatalf("review: %+v", r)
	}
	_, err := f.svc.Release(f.pub, r.ID, r.ContentSHA256)
	wantKind(t, err, KindConflict, "not_cleared")
	// A publisher cannot decide at all.
	_, err = f.svc.Decide(f.pub, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindForbidden, "forbidden")
	// Nor can a reviewer who holds the submitter's name.
	_, err = f.svc.Decide(Actor{Name: "pub", Role: Reviewer}, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindForbidden, "own_review")
	got, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve, Comment: "已核实"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != Cleared || got.ClearedAt == nil || len(got.Approvals()) != 1 {
		t.Fatalf("after approval: %+v", got)
	}
	_, err = f.svc.Decide(f.rev2, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindConflict, "not_pending")
	rc, err := f.svc.Release(f.pub, r.ID, r.ContentSHA256)
	if err != nil {
		t.Fatal(err)
	}
	if rc.ClearedBy != "reviewers" || len(rc.Approvals) != 1 || rc.Approvals[0].Reviewer != "rev1" {
		t.Fatalf("receipt: %+v", rc)
	}
	// Another publisher cannot release it, even with the hash.
	_, err = f.svc.Release(f.pub2, r.ID, r.ContentSHA256)
	wantKind(t, err, KindForbidden, "not_owner")
	f.verify(t)
}

func TestBlockNeedsDismissalsAndTwoReviewers(t *testing.T) {
	f := newFixture(t, nil)
	r := f.submit(t, f.pub, reviewtest.BlockText+"\n"+reviewtest.ReviewText)
	if r.Verdict != report.Block || r.ApprovalsRequired != 2 || len(r.Blocking()) != 1 {
		t.Fatalf("block: %+v", r)
	}
	blockID := r.Blocking()[0]
	_, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindConflict, "blocking_findings_remain")
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve, Dismissed: []DismissInput{{FindingID: blockID}}})
	wantKind(t, err, KindInvalid, "reason_required")
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve, Dismissed: []DismissInput{{FindingID: "F99", Reason: "x"}}})
	wantKind(t, err, KindInvalid, "unknown_finding")
	got, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve,
		Dismissed: []DismissInput{{FindingID: blockID, Reason: "此处为引用的文件名，非本文密级"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != Pending || len(got.Approvals()) != 1 || len(got.Blocking()) != 0 {
		t.Fatalf("after first approval: %+v", got)
	}
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindConflict, "already_approved")
	_, err = f.svc.Release(f.pub, r.ID, r.ContentSHA256)
	wantKind(t, err, KindConflict, "not_cleared")
	got, err = f.svc.Decide(f.rev2, r.ID, DecisionInput{Decision: Approve, Comment: "同意"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != Cleared {
		t.Fatalf("after second approval: %+v", got)
	}
	if f.countAction(audit.ActionDismissed) != 1 || f.countAction(audit.ActionApproved) != 2 {
		t.Errorf("events: %d dismissed, %d approved", f.countAction(audit.ActionDismissed), f.countAction(audit.ActionApproved))
	}
	rc, err := f.svc.Release(f.pub, r.ID, r.ContentSHA256)
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Approvals) != 2 {
		t.Fatalf("receipt: %+v", rc)
	}
	f.verify(t)
}

func TestBlockApprovalsConfigurable(t *testing.T) {
	f := newFixture(t, func(c *config.Config) { c.BlockApprovals = 3 })
	r := f.submit(t, f.pub, reviewtest.BlockText)
	d := []DismissInput{{FindingID: r.Blocking()[0], Reason: "误报"}}
	for i, rv := range []Actor{f.rev1, f.rev2, f.rev3} {
		got, err := f.svc.Decide(rv, r.ID, DecisionInput{Decision: Approve, Dismissed: d})
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]Status{true: Cleared, false: Pending}[i == 2]; got.Status != want {
			t.Fatalf("after %d approvals: %s", i+1, got.Status)
		}
	}
	if !strings.Contains(r.PolicyVersion, "block=3") {
		t.Errorf("policy version %q", r.PolicyVersion)
	}
}

func TestRejectEnds(t *testing.T) {
	f := newFixture(t, nil)
	r := f.submit(t, f.pub, reviewtest.ReviewText)
	_, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Reject})
	wantKind(t, err, KindInvalid, "comment_required")
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: "maybe"})
	wantKind(t, err, KindInvalid, "bad_decision")
	got, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Reject, Comment: "含内部事项，请删除后重新提交"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != Rejected || got.DraftExpires != nil {
		t.Fatalf("after reject: %+v", got)
	}
	_, err = f.svc.Decide(f.rev2, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindConflict, "not_pending")
	_, err = f.svc.Release(f.pub, r.ID, r.ContentSHA256)
	wantKind(t, err, KindConflict, "rejected")
	f.verify(t)
}

func TestReadAndListScopes(t *testing.T) {
	f := newFixture(t, nil)
	a := f.submit(t, f.pub, reviewtest.ReviewText)
	b := f.submit(t, f.pub2, reviewtest.ReviewText)
	c := f.submit(t, f.pub, reviewtest.PassText)
	if _, err := f.svc.Get(f.pub, a.ID); err != nil {
		t.Fatal(err)
	}
	_, err := f.svc.Get(f.pub, b.ID)
	wantKind(t, err, KindForbidden, "not_owner")
	_, err = f.svc.Get(f.rev1, "R99999999")
	wantKind(t, err, KindNotFound, "")
	_, err = f.svc.Get(f.rev1, "../etc")
	wantKind(t, err, KindNotFound, "")
	_, err = f.svc.Get(f.adm, a.ID)
	wantKind(t, err, KindForbidden, "forbidden")

	ids := func(ss []Summary) string {
		var out []string
		for _, s := range ss {
			out = append(out, s.ID)
		}
		return strings.Join(out, ",")
	}
	own, _, _ := f.svc.List(f.pub, ListQuery{Submitter: "pub2"})
	if ids(own) != a.ID+","+c.ID {
		t.Errorf("publisher list = %s", ids(own))
	}
	q, _, _ := f.svc.List(f.rev1, ListQuery{Status: Pending})
	if ids(q) != a.ID+","+b.ID {
		t.Errorf("queue = %s", ids(q))
	}
	p1, next, _ := f.svc.List(f.rev1, ListQuery{Limit: 2})
	p2, next2, _ := f.svc.List(f.rev1, ListQuery{Limit: 2, After: next})
	if ids(p1) != a.ID+","+b.ID || next != b.ID || ids(p2) != c.ID || next2 != "" {
		t.Errorf("paging: %s next %s, %s next %s", ids(p1), next, ids(p2), next2)
	}
	_, _, err = f.svc.List(f.rev1, ListQuery{Status: "lost"})
	wantKind(t, err, KindInvalid, "bad_status")
	if _, err := f.svc.Decide(f.rev1, a.ID, DecisionInput{Decision: Approve}); err != nil {
		t.Fatal(err)
	}
	q, _, _ = f.svc.List(f.rev1, ListQuery{Status: Pending})
	if ids(q) != b.ID {
		t.Errorf("queue after approval = %s", ids(q))
	}
	cl, _, _ := f.svc.List(f.aud, ListQuery{Status: Cleared})
	if ids(cl) != a.ID+","+c.ID {
		t.Errorf("cleared = %s", ids(cl))
	}
}

func TestStrictUnreadable(t *testing.T) {
	f := newFixture(t, nil)
	r, err := f.svc.Submit(context.Background(), f.pub, Submission{Strict: true,
		Files: []DraftFile{{Name: "scan.pdf", Data: []byte("图片" + reviewtest.UnreadableMark)}}})
	wantKind(t, err, KindUnreadable, "unreadable")
	var e *Error
	errors.As(err, &e)
	if r == nil || e.ReviewID != r.ID || r.Title != "scan.pdf" {
		t.Fatalf("strict: review %+v, error %+v", r, e)
	}
	if _, err := f.svc.Get(f.rev1, r.ID); err != nil {
		t.Fatalf("strict review not recorded: %v", err)
	}
	// Without strict it is a normal pending review.
	r2, err := f.svc.Submit(context.Background(), f.pub, Submission{Files: []DraftFile{{Name: "scan.pdf", Data: []byte(reviewtest.UnreadableMark)}}})
	if err != nil || r2.Status != Pending {
		t.Fatalf("non-strict: %v %+v", err, r2)
	}
}

func TestMultiFile(t *testing.T) {
	f := newFixture(t, nil)
	a, b := []byte(reviewtest.BlockText), []byte(reviewtest.BlockText)
	r, err := f.svc.Submit(context.Background(), f.pub, Submission{Title: "附件",
		Files: []DraftFile{{Name: `C:\docs\正文.txt`, Data: a}, {Name: "../附件.txt", Data: b}}})
	if err != nil {
		t.Fatal(err)
	}
	if r.ContentSHA256 != ContentHash(a, b) || r.ContentSHA256 == ContentHash(a) {
		t.Errorf("content hash %s", r.ContentSHA256)
	}
	if r.Files[0].Name != "正文.txt" || r.Files[1].Name != "附件.txt" {
		t.Errorf("names %q %q", r.Files[0].Name, r.Files[1].Name)
	}
	if len(r.Findings) != 2 || r.Findings[0].ID != "1-F1" || r.Findings[1].ID != "2-F1" || r.Findings[1].File != 1 {
		t.Errorf("findings %+v", r.Findings)
	}
	_, err = f.svc.Submit(context.Background(), f.pub, Submission{})
	wantKind(t, err, KindInvalid, "no_content")
	many := make([]DraftFile, 21)
	_, err = f.svc.Submit(context.Background(), f.pub, Submission{Files: many})
	wantKind(t, err, KindInvalid, "too_many_files")
	_, err = f.svc.Submit(context.Background(), f.rev1, Submission{Files: many[:1]})
	wantKind(t, err, KindForbidden, "forbidden")
}

func TestDraftRetention(t *testing.T) {
	f := newFixture(t, func(c *config.Config) { c.DraftRetention = time.Hour })
	r := f.submit(t, f.pub, reviewtest.ReviewText)
	if r.DraftExpires == nil {
		t.Fatal("pending draft not kept")
	}
	files, err := f.svc.Draft(f.rev1, r.ID)
	if err != nil || string(files[0].Data) != reviewtest.ReviewText {
		t.Fatalf("draft: %v %v", err, files)
	}
	_, err = f.svc.Draft(f.aud, r.ID)
	wantKind(t, err, KindForbidden, "")
	// Deleted at the decision.
	if _, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve}); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Draft(f.rev1, r.ID)
	wantKind(t, err, KindNotFound, "draft_not_kept")
	// Deleted by the janitor after the retention.
	r2 := f.submit(t, f.pub, reviewtest.ReviewText)
	if n, err := f.svc.PurgeDrafts(time.Now()); err != nil || n != 0 {
		t.Fatalf("early purge: %d %v", n, err)
	}
	if n, err := f.svc.PurgeDrafts(time.Now().Add(2 * time.Hour)); err != nil || n != 1 {
		t.Fatalf("purge: %d %v", n, err)
	}
	got, _ := f.svc.Get(f.rev1, r2.ID)
	if got.DraftExpires != nil || f.countAction(audit.ActionDraftDeleted) != 1 {
		t.Fatalf("after purge: %+v", got)
	}
	f.verify(t)

	g := newFixture(t, func(c *config.Config) { c.DraftRetention = 0 })
	if r := g.submit(t, g.pub, reviewtest.ReviewText); r.DraftExpires != nil {
		t.Error("draft kept with retention 0")
	}
}

func TestTokens(t *testing.T) {
	f := newFixture(t, nil)
	if f.svc.HasTokens() {
		t.Fatal("fresh service has tokens")
	}
	local := LocalActor()
	secret, tok, err := f.svc.CreateToken(local, Publisher, "张三")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, TokenPrefix) || len(secret) != len(TokenPrefix)+43 || tok.Role != Publisher {
		t.Fatalf("token %q %+v", secret, tok)
	}
	a, err := f.svc.Authorize(secret, OpSubmit)
	if err != nil || a != (Actor{Name: "张三", Role: Publisher}) {
		t.Fatalf("Authorize: %v %v", a, err)
	}
	_, err = f.svc.Authorize(secret, OpDecide)
	wantKind(t, err, KindForbidden, "")
	_, err = f.svc.Authorize(secret+"x", OpSubmit)
	wantKind(t, err, KindUnauthenticated, "bad_token")
	_, err = f.svc.Authorize("", OpSubmit)
	wantKind(t, err, KindUnauthenticated, "no_token")
	_, _, err = f.svc.CreateToken(local, Reviewer, "张三")
	wantKind(t, err, KindConflict, "token_exists")
	_, _, err = f.svc.CreateToken(local, Reviewer, "bad name")
	wantKind(t, err, KindInvalid, "bad_name")
	_, _, err = f.svc.CreateToken(local, "root", "x")
	wantKind(t, err, KindInvalid, "bad_role")
	_, _, err = f.svc.CreateToken(f.pub, Reviewer, "x")
	wantKind(t, err, KindForbidden, "")
	if _, err := f.svc.RevokeToken(f.adm, "张三"); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Authorize(secret, OpSubmit)
	wantKind(t, err, KindUnauthenticated, "revoked_token")
	_, err = f.svc.RevokeToken(f.adm, "张三")
	wantKind(t, err, KindNotFound, "")
	// A revoked name may be issued again, with a new secret.
	secret2, _, err := f.svc.CreateToken(f.adm, Reviewer, "张三")
	if err != nil || secret2 == secret {
		t.Fatalf("reissue: %v", err)
	}
	list, _ := f.svc.ListTokens(f.adm)
	if len(list) != 1 || list[0].RevokedAt != nil || list[0].Role != Reviewer {
		t.Fatalf("list: %+v", list)
	}
	// The denied attempts are in the trail, the secrets are not.
	var all strings.Builder
	if err := f.svc.ExportTrail(f.aud, audit.FormatJSONL, &all); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(all.String(), secret[len(TokenPrefix):]) || strings.Contains(all.String(), secret2[len(TokenPrefix):]) {
		t.Fatal("a token leaked into the trail")
	}
	// Role refusals are denied events; the three failed sign-ins (bad,
	// missing and revoked token) are counted and written as one
	// signin_failed event for their address.
	if n := f.countAction(audit.ActionDenied); n != 2 {
		t.Errorf("denied events = %d, want 2", n)
	}
	if err := f.svc.FlushSignins(); err != nil {
		t.Fatal(err)
	}
	if n := f.countAction(audit.ActionSigninFailed); n != 1 {
		t.Errorf("signin_failed events = %d, want 1", n)
	}
	for _, e := range f.events {
		if e.Action == audit.ActionSigninFailed && (e.Details["count"] != "3" || e.Details["reasons"] != "bad_token=1,no_token=1,revoked_token=1" || e.Actor != "张三") {
			t.Errorf("signin_failed %+v", e)
		}
	}
	f.verify(t)
	// A new service over the same file sees the tokens.
	svc2, err := New(config.Default(), f.db, nil, Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc2.Authorize(secret2, OpDecide); err != nil {
		t.Fatal(err)
	}
}

func TestEventsQuery(t *testing.T) {
	f := newFixture(t, nil)
	r := f.submit(t, f.pub, reviewtest.ReviewText)
	f.submit(t, f.pub2, reviewtest.PassText)
	if _, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve}); err != nil {
		t.Fatal(err)
	}
	evs, _, err := f.svc.Events(f.aud, audit.Filter{ReviewID: r.ID})
	if err != nil {
		t.Fatal(err)
	}
	var acts []string
	for _, e := range evs {
		acts = append(acts, e.Action)
	}
	if strings.Join(acts, ",") != "submitted,scanned,approved" {
		t.Errorf("review events: %v", acts)
	}
	if evs[1].Details["dict_version"] != "fake-0" || evs[1].Details["verdict"] != "review" || evs[1].Details["policy_version"] == "" {
		t.Errorf("scanned details: %v", evs[1].Details)
	}
	evs, _, _ = f.svc.Events(f.aud, audit.Filter{Actor: "pub2"})
	if len(evs) != 1 || evs[0].Action != audit.ActionSubmitted {
		t.Errorf("actor filter: %+v", evs)
	}
	_, _, err = f.svc.Events(f.rev1, audit.Filter{})
	wantKind(t, err, KindForbidden, "")
	if _, err := f.svc.ReloadDictionaries(f.adm); err != nil {
		t.Fatal(err)
	}
	if f.countAction(audit.ActionDictReloaded) != 1 {
		t.Error("reload not recorded")
	}
	r2 := f.submit(t, f.pub, reviewtest.PassText)
	if r2.DictVersion != "fake-1" {
		t.Errorf("dict version after reload: %s", r2.DictVersion)
	}
}

// TestConcurrentWriters submits and decides from many goroutines at once:
// every write commits, ids are unique, and the chain is intact.
func TestConcurrentWriters(t *testing.T) {
	f := newFixture(t, nil)
	const n = 64
	var wg sync.WaitGroup
	ids := make([]string, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := reviewtest.PassText
			if i%2 == 0 {
				text = reviewtest.ReviewText
			}
			r, err := f.svc.Submit(context.Background(), f.pub, Submission{Files: []DraftFile{{Name: fmt.Sprint(i), Data: []byte(text)}}})
			if err != nil {
				errs[i] = err
				return
			}
			ids[i] = r.ID
			if r.Status == Pending {
				_, errs[i] = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve})
			}
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("writer %d: %v", i, errs[i])
		}
		if seen[ids[i]] {
			t.Fatalf("duplicate id %s", ids[i])
		}
		seen[ids[i]] = true
	}
	sum := f.verify(t)
	if want := uint64(n*2 + n/2); sum.Events != want {
		t.Fatalf("events = %d, want %d", sum.Events, want)
	}
}

// TestAccessIsRecorded: reading a review one did not submit, reading or
// downloading its raw draft and exporting the trail are events of the
// trail (the review's history shows them); the submitter polling their
// own review is not, and the records change no review's state.
func TestAccessIsRecorded(t *testing.T) {
	f := newFixture(t, func(c *config.Config) { c.DraftRetention = time.Hour })
	r := f.submit(t, f.pub, reviewtest.ReviewText)
	if _, err := f.svc.Get(f.pub, r.ID); err != nil {
		t.Fatal(err)
	}
	if n := f.countAction(audit.ActionReviewRead); n != 0 {
		t.Fatalf("the submitter's own read recorded %d times", n)
	}
	if _, err := f.svc.Get(f.rev1, r.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Get(f.aud, r.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Draft(f.rev1, r.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.ExportTrail(f.aud, audit.FormatJSONL, io.Discard); err != nil {
		t.Fatal(err)
	}
	for action, want := range map[string]int{audit.ActionReviewRead: 2, audit.ActionDraftRead: 1, audit.ActionTrailExported: 1} {
		if got := f.countAction(action); got != want {
			t.Errorf("%s recorded %d times, want %d", action, got, want)
		}
	}
	evs, _, err := f.svc.Events(f.aud, audit.Filter{ReviewID: r.ID})
	if err != nil {
		t.Fatal(err)
	}
	var acts []string
	for _, e := range evs {
		acts = append(acts, e.Action+"/"+e.Actor)
	}
	if got := strings.Join(acts, ","); !strings.Contains(got, "review_read/rev1,review_read/aud,draft_read/rev1") {
		t.Errorf("history of %s: %s", r.ID, got)
	}
	// Reads are history, not state: the review can still be decided and
	// the trail verifies.
	if _, err := f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve}); err != nil {
		t.Fatal(err)
	}
	f.verify(t)
}
