package webhook

import (
	"cmp"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/store"
)

func TestSignVerify(t *testing.T) {
	body := []byte(`{"id":"evt_1"}`)
	now := time.Unix(1_765_000_000, 0)
	h := Sign("whsec_x", now, body)
	if !strings.HasPrefix(h, "t=1765000000,v1=") {
		t.Fatalf("header %q", h)
	}
	if err := Verify(h, "whsec_x", body, now.Add(time.Minute), 5*time.Minute); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		h, secret string
		body      []byte
		at        time.Time
		want      error
	}{
		"other body":   {h, "whsec_x", []byte(`{"id":"evt_2"}`), now, ErrBadSignature},
		"other secret": {h, "whsec_y", body, now, ErrBadSignature},
		"stale":        {h, "whsec_x", body, now.Add(6 * time.Minute), ErrStale},
		"malformed":    {"v1=abc", "whsec_x", body, now, ErrMalformed},
	} {
		if err := Verify(c.h, c.secret, c.body, c.at, 5*time.Minute); err != c.want {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}

type receiver struct {
	mu     sync.Mutex
	got    []Event
	fail   int // answer 500 to this many first requests
	secret string
	t      *testing.T
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := Verify(req.Header.Get(SignatureHeader), r.secret, body, time.Now(), 5*time.Minute); err != nil {
		r.t.Errorf("delivery: %v", err)
	}
	if r.fail > 0 {
		r.fail--
		w.WriteHeader(500)
		return
	}
	var e Event
	if err := json.Unmarshal(body, &e); err != nil {
		r.t.Errorf("body: %v", err)
	}
	if req.Header.Get("Mishen-Event-Id") != e.ID {
		r.t.Errorf("event id header %q, body %q", req.Header.Get("Mishen-Event-Id"), e.ID)
	}
	r.got = append(r.got, e)
}

func (r *receiver) events() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Event(nil), r.got...)
}

// TestHubDeliversAuditedEvents appends audit events as the workflow
// does and sees each mapped event delivered, a failed attempt retried.
func TestHubDeliversAuditedEvents(t *testing.T) {
	db, err := store.Open(t.TempDir(), store.Options{}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	appendEv := func(e audit.Event) {
		if err := db.UpdateNow(func(tx *bolt.Tx) error { _, err := audit.Append(audit.Bolt(tx), e); return err }); err != nil {
			t.Fatal(err)
		}
	}
	appendEv(audit.Event{Actor: "system", Action: audit.ActionRejected, ReviewID: "R00000009", Details: map[string]string{"status": "rejected"}})
	var attempts []string
	var amu sync.Mutex
	hub, err := New(db, Options{BaseDelay: 10 * time.Millisecond, OnAttempt: func(o string) { amu.Lock(); attempts = append(attempts, o); amu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	rcv := &receiver{fail: 1, t: t}
	ts := httptest.NewServer(rcv)
	defer ts.Close()
	admin := review.Actor{Name: "adm", Role: review.Admin}
	if _, err := hub.Add(admin, "ftp://x", nil); err == nil {
		t.Error("ftp URL accepted")
	}
	if _, err := hub.Add(admin, ts.URL, []string{"review.nope"}); err == nil {
		t.Error("unknown event type accepted")
	}
	ep, err := hub.Add(admin, ts.URL+"/hook", nil)
	if err != nil {
		t.Fatal(err)
	}
	rcv.secret = ep.Secret
	if eps, _ := hub.List(); len(eps) != 1 || eps[0].Secret != "" {
		t.Fatalf("list: %+v", eps)
	}
	appendEv(audit.Event{Actor: "system", Action: audit.ActionScanned, ReviewID: "R00000010", Details: map[string]string{"status": "cleared"}})
	appendEv(audit.Event{Actor: "rev1", Action: audit.ActionApproved, ReviewID: "R00000011", Details: map[string]string{"status": "pending"}})
	appendEv(audit.Event{Actor: "pub", Action: audit.ActionReleased, ReviewID: "R00000010"})
	appendEv(audit.Event{Actor: "system", Action: audit.ActionDraftDeleted, ReviewID: "R00000012", Details: map[string]string{"reason": "retention"}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { hub.Run(ctx); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for len(rcv.events()) < 3 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
	got := rcv.events()
	// A retried delivery arrives after later ones: receivers order by
	// audit_seq.
	slices.SortFunc(got, func(a, b Event) int { return cmp.Compare(a.Data.AuditSeq, b.Data.AuditSeq) })
	var types []string
	for _, e := range got {
		types = append(types, e.Type+" "+e.Data.ReviewID)
	}
	want := "review.decided R00000010,review.released R00000010,review.expired R00000012"
	if strings.Join(types, ",") != want {
		t.Fatalf("delivered %v, want %s (the rejection before the endpoint existed, and the pending approval, are not events)", types, want)
	}
	ds, err := hub.Deliveries(ep.ID, 0)
	if err != nil || len(ds) != 3 {
		t.Fatalf("deliveries: %v %+v", err, ds)
	}
	last := ds[len(ds)-1] // the oldest: failed once, then delivered
	if last.State != Delivered || last.Attempts != 2 || last.LastStatus != 200 || len(last.History) != 2 || last.History[0].Status != 500 {
		t.Errorf("first delivery: %+v", last)
	}
	if strings.Join(attempts, ",") != "retry,delivered,delivered,delivered" {
		t.Errorf("attempts %v", attempts)
	}
	if _, err := hub.Remove(admin, ep.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := hub.Remove(admin, ep.ID); err == nil {
		t.Error("removed twice")
	}
}

// TestHubRemoveAndPrune: removing an endpoint drops its pending
// deliveries; finished ones are pruned after Keep.
func TestHubRemoveAndPrune(t *testing.T) {
	db, err := store.Open(t.TempDir(), store.Options{}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	hub, err := New(db, Options{Keep: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	admin := review.Actor{Name: "adm", Role: review.Admin}
	dead, _ := hub.Add(admin, "http://127.0.0.1:9/dead", nil)
	ts := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	defer ts.Close()
	live, _ := hub.Add(admin, ts.URL, nil)
	if err := db.UpdateNow(func(tx *bolt.Tx) error {
		_, err := audit.Append(audit.Bolt(tx), audit.Event{Actor: "rev1", Action: audit.ActionRejected, ReviewID: "R00000001", Details: map[string]string{"status": "rejected"}})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := hub.enqueue(); err != nil {
		t.Fatal(err)
	}
	if _, err := hub.Remove(admin, dead.ID); err != nil {
		t.Fatal(err)
	}
	hub.deliverDue(context.Background())
	all, _ := hub.Deliveries("", 0)
	if len(all) != 1 || all[0].Endpoint != live.ID || all[0].State != Delivered {
		t.Fatalf("deliveries: %+v", all)
	}
	hub.prune(time.Now().Add(2 * time.Hour))
	if all, _ := hub.Deliveries("", 0); len(all) != 0 {
		t.Fatalf("not pruned: %+v", all)
	}
	var pending int
	db.View(func(tx *bolt.Tx) error { pending = tx.Bucket(pendingBucket).Stats().KeyN; return nil })
	if pending != 0 {
		t.Fatalf("%d left in the pending index", pending)
	}
}

// FuzzVerify: any header and body are refused or accepted without a
// panic, and a header made by Sign is accepted.
func FuzzVerify(f *testing.F) {
	f.Add("t=1765000000,v1=00", []byte(`{"id":"evt_1"}`))
	f.Add("t=,v1=", []byte{})
	f.Add(",,=,t=1=2", []byte("x"))
	now := time.Unix(1_765_000_000, 0)
	f.Fuzz(func(t *testing.T, header string, body []byte) {
		_ = Verify(header, "whsec_x", body, now, 5*time.Minute)
		if err := Verify(Sign("whsec_x", now, body), "whsec_x", body, now, 5*time.Minute); err != nil {
			t.Fatalf("own signature refused: %v", err)
		}
	})
}
