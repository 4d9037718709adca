package review

import (
	"context"
	"testing"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
)

// TestVersions: a rejected draft comes back corrected as version 2; the
// first version is superseded and can no longer be released (even had it
// been cleared), its kept draft is deleted, the versions are listed in
// order, and the chain backs every step.
func TestVersions(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	v1 := f.submit(t, f.pub, reviewtest.ReviewText)
	if v1.DraftExpires == nil {
		t.Fatal("the draft needing review is not kept")
	}
	// Only the submitter may send a new version.
	_, err := f.svc.Submit(ctx, f.pub2, Submission{Supersedes: v1.ID, Files: []DraftFile{{Name: "a.txt", Data: []byte(reviewtest.PassText)}}})
	wantKind(t, err, KindForbidden, "not_owner")
	v2, err := f.svc.Submit(ctx, f.pub, Submission{Title: "通知", Supersedes: v1.ID, Files: []DraftFile{{Name: "a.txt", Data: []byte(reviewtest.PassText)}}})
	if err != nil {
		t.Fatal(err)
	}
	if v2.Version != 2 || v2.Supersedes != v1.ID || v2.Status != Cleared {
		t.Fatalf("version 2: %+v", v2)
	}
	old, err := f.svc.Get(f.pub, v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if old.Status != Superseded || old.SupersededBy != v2.ID || old.DraftExpires != nil {
		t.Fatalf("version 1 after: %+v", old)
	}
	if _, err := f.svc.Draft(f.pub, v1.ID); err == nil {
		t.Fatal("the superseded draft is still kept")
	}
	// A reviewer can no longer decide the old version, nor its submitter
	// release it or supersede it again.
	_, err = f.svc.Decide(f.rev1, v1.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindConflict, "not_pending")
	_, err = f.svc.Release(f.pub, v1.ID, old.ContentSHA256)
	wantKind(t, err, KindConflict, "superseded")
	_, err = f.svc.Submit(ctx, f.pub, Submission{Supersedes: v1.ID, Files: []DraftFile{{Name: "a.txt", Data: []byte(reviewtest.PassText)}}})
	wantKind(t, err, KindConflict, "superseded")
	if _, err := f.svc.Release(f.pub, v2.ID, v2.ContentSHA256); err != nil {
		t.Fatalf("releasing version 2: %v", err)
	}
	vs, err := f.svc.Versions(f.rev1, v2.ID)
	if err != nil || len(vs) != 2 || vs[0].ID != v1.ID || vs[1].ID != v2.ID || vs[1].Version != 2 {
		t.Fatalf("versions: %+v %v", vs, err)
	}
	if vs[0].ContentSHA256 != "" {
		t.Error("a reviewer sees a plain content hash in the versions")
	}
	if f.countAction(audit.ActionSuperseded) != 1 {
		t.Error("no superseded event")
	}
	f.verify(t)
}

// TestWithdraw: the submitter takes a pending review back; it can then
// be neither decided nor released, and its draft is gone.
func TestWithdraw(t *testing.T) {
	f := newFixture(t, nil)
	r := f.submit(t, f.pub, reviewtest.ReviewText)
	_, err := f.svc.Withdraw(f.pub2, r.ID, "")
	wantKind(t, err, KindForbidden, "not_owner")
	w, err := f.svc.Withdraw(f.pub, r.ID, "发错了文件")
	if err != nil {
		t.Fatal(err)
	}
	if w.Status != Withdrawn || w.DraftExpires != nil {
		t.Fatalf("withdrawn: %+v", w)
	}
	_, err = f.svc.Withdraw(f.pub, r.ID, "")
	wantKind(t, err, KindConflict, "not_pending")
	_, err = f.svc.Decide(f.rev1, r.ID, DecisionInput{Decision: Approve})
	wantKind(t, err, KindConflict, "not_pending")
	if _, err := f.svc.Draft(f.rev1, r.ID); err == nil {
		t.Fatal("the withdrawn draft is still kept")
	}
	// A cleared review cannot be withdrawn: it may already be published.
	p := f.submit(t, f.pub, reviewtest.PassText)
	_, err = f.svc.Withdraw(f.pub, p.ID, "")
	wantKind(t, err, KindConflict, "not_pending")
	f.verify(t)
}
