package review

import "testing"

// TestRecordPatrol records the steps of a website patrol in the trail,
// each by the role that may take it, and the chain stays verifiable.
func TestRecordPatrol(t *testing.T) {
	f := newFixture(t, nil)
	if err := f.svc.RecordPatrol(f.aud, "patrol_started", map[string]string{"seeds": "1"}); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.RecordPatrol(Actor{Name: "system"}, "patrol_finding_raised", map[string]string{"finding": "P000001"}); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.RecordPatrol(f.rev1, "patrol_finding_confirmed", map[string]string{"finding": "P000001"}); err != nil {
		t.Fatal(err)
	}
	err := f.svc.RecordPatrol(f.pub, "patrol_finding_dismissed", map[string]string{"finding": "P000001", "reason": "x"})
	wantKind(t, err, KindForbidden, "forbidden")
	err = f.svc.RecordPatrol(f.rev1, "patrol_started", nil)
	wantKind(t, err, KindForbidden, "forbidden")
	for action, want := range map[string]int{"patrol_started": 1, "patrol_finding_raised": 1, "patrol_finding_confirmed": 1, "denied": 2} {
		if n := f.countAction(action); n != want {
			t.Errorf("%s recorded %d times, want %d", action, n, want)
		}
	}
	f.verify(t)
}
