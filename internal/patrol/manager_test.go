package patrol

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/report"
)

type recorded struct {
	actor, role, action string
	details             map[string]string
}

type recorder struct {
	mu   sync.Mutex
	evs  []recorded
	fail bool
}

func (r *recorder) record(actor, role, action string, d map[string]string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail {
		return errTestRecord
	}
	r.evs = append(r.evs, recorded{actor, role, action, d})
	return nil
}

func (r *recorder) count(action string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, e := range r.evs {
		if e.action == action {
			n++
		}
	}
	return n
}

var errTestRecord = &testErr{"the trail is not writable"}

type testErr struct{ s string }

func (e *testErr) Error() string { return e.s }

func waitIdle(t *testing.T, m *Manager) Status {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if s := m.Status(); !s.Running {
			return s
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("patrol did not finish")
	return Status{}
}

// TestManager runs a patrol in the background as the server does, turns
// what it finds into patrol findings, raises each once, and audits every
// step of their workflow.
func TestManager(t *testing.T) {
	site, _ := serveTestSite(t, 120, nil, nil)
	st := tempState(t)
	rec := &recorder{}
	m := NewManager(st, newScanner(t), Config{Concurrency: 4, Timeout: time.Second}, rec.record)
	defer m.Close()

	if err := m.Start("aud.sun", "auditor", []string{site.srv.URL + "/"}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if err := m.Start("aud.sun", "auditor", []string{site.srv.URL + "/"}, nil, 0); err != ErrRunning && m.Status().Running {
		t.Errorf("second start while running: %v", err)
	}
	s := waitIdle(t, m)
	if s.Error != "" || s.Stats.Fetched < 120 || s.Raised == 0 {
		t.Fatalf("status: %+v", s)
	}
	res, err := m.Results(100)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) < 3 || res[0].Verdict != report.Block || res[len(res)-1].Verdict != report.Review {
		t.Errorf("results not sorted by severity: %d items, first %v", len(res), res[0].Verdict)
	}
	open, err := st.Findings(FindingOpen, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(open) != s.Raised || rec.count(ActionRaised) != s.Raised || rec.count(ActionStarted) != 1 || rec.count(ActionFinished) != 1 {
		t.Errorf("%d open findings, %d raised, events %+v", len(open), s.Raised, rec.evs)
	}
	for _, e := range rec.evs {
		for k, v := range e.details {
			if strings.Contains(v, "110101199003074514") || strings.Contains(v, "/p/") {
				t.Errorf("event %s detail %s carries a value or a path: %q", e.action, k, v)
			}
		}
	}

	// Again: the same bytes at the same URLs raise nothing new.
	if err := m.Start("schedule", "system", []string{site.srv.URL + "/"}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if s2 := waitIdle(t, m); s2.Raised != 0 {
		t.Errorf("second patrol raised %d again", s2.Raised)
	}

	// The workflow: dismiss needs a reason; a decision is final; a step
	// that cannot be audited is refused.
	id := open[0].ID
	if _, err := m.Decide("rev.zhao", "reviewer", id, FindingDismissed, ""); err != ErrNeedsReason {
		t.Errorf("dismiss without reason: %v", err)
	}
	rec.fail = true
	if _, err := m.Decide("rev.zhao", "reviewer", id, FindingConfirmed, ""); err == nil {
		t.Error("a decision that could not be audited was kept")
	}
	rec.fail = false
	if f, _ := st.Finding(id); f.Status != FindingOpen {
		t.Errorf("after a failed record: %s", f.Status)
	}
	f, err := m.Decide("rev.zhao", "reviewer", id, FindingConfirmed, "")
	if err != nil || f.Status != FindingConfirmed || f.By != "rev.zhao" {
		t.Fatalf("confirm: %+v %v", f, err)
	}
	if _, err := m.Decide("rev.qian", "reviewer", id, FindingDismissed, "误报"); err != ErrDecided {
		t.Errorf("second decision: %v", err)
	}
	if len(open) > 1 {
		f, err := m.Decide("rev.zhao", "reviewer", open[1].ID, FindingDismissed, "已脱敏公示，联系人13812345678同意")
		if err != nil || strings.Contains(f.Reason, "13812345678") {
			t.Errorf("dismiss: %+v %v", f, err)
		}
	}
	if rec.count(ActionConfirmed) != 1 {
		t.Errorf("confirmations audited: %d", rec.count(ActionConfirmed))
	}

	// The dictionaries learn a code name that one clean page carries:
	// exactly that page is raised, with the new dictionary version.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "codenames.txt"), []byte("青松计划 | sensitive_term | review | 项目代号不得公开\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sc2 := newScanner(t, dir)
	m2 := NewManager(st, sc2, Config{Concurrency: 4, Timeout: time.Second}, rec.record)
	defer m2.Close()
	raisedBefore := rec.count(ActionRaised)
	if err := m2.Start("schedule", "system", []string{site.srv.URL + "/"}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if s3 := waitIdle(t, m2); s3.Raised != 1 || rec.count(ActionRaised) != raisedBefore+1 {
		t.Fatalf("after the dictionary change %d raised: %+v", s3.Raised, s3)
	}
	last := rec.evs[len(rec.evs)-2] // the raise, before patrol_finished
	f, err = st.Finding(last.details["finding"])
	if err != nil || last.action != ActionRaised || last.details["dict_version"] != sc2.DictVersion() ||
		!strings.HasSuffix(f.URL, fmt.Sprintf("/p/%d.html", pageTerm)) {
		t.Errorf("raised %+v (%+v, %v), want page %d with version %s", last, f, err, pageTerm, sc2.DictVersion())
	}
}

func TestSchedule(t *testing.T) {
	site := newTestSite(10, "http://127.0.0.1:9", nil, nil)
	site.srv = httptest.NewServer(site)
	defer site.srv.Close()
	st := tempState(t)
	rec := &recorder{}
	m := NewManager(st, newScanner(t), Config{Timeout: time.Second}, rec.record)
	defer m.Close()
	ctx, cancel := contextWithCancel()
	defer cancel()
	if err := m.Schedule(ctx, []string{site.srv.URL + "/"}, 150*time.Millisecond, "", nil); err != nil {
		t.Fatal(err)
	}
	if err := m.Schedule(ctx, nil, time.Hour, "25:00", nil); err == nil {
		t.Error("a bad clock time was accepted")
	}
	deadline := time.Now().Add(20 * time.Second)
	for rec.count(ActionFinished) < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := rec.count(ActionFinished); n < 2 {
		t.Errorf("%d scheduled patrols finished, want at least 2", n)
	}
}

func contextWithCancel() (context.Context, context.CancelFunc) {
	return context.WithCancel(context.Background())
}
