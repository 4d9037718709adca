package review

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/store"
)

// publish starts a checkpoint publisher over db with a fresh key in a
// folder of its own, and returns the public key.
func publish(t *testing.T, svc *Service, db *store.DB) (*audit.Publisher, string) {
	t.Helper()
	keyDir := t.TempDir()
	su, err := LogSuite(db)
	if err != nil {
		t.Fatal(err)
	}
	signer, vkey, err := audit.LoadKey(keyDir, su)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(keyDir, audit.KeyFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode: %v %v", fi.Mode(), err)
	}
	p := audit.NewPublisher(signer, func(fn func(audit.Storage) error) error {
		return db.View(func(tx *bolt.Tx) error { return fn(audit.Bolt(tx)) })
	}, "")
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go p.Run(ctx, time.Hour)
	svc.UsePublisher(p)
	return p, vkey
}

func TestReceiptVerifiesOffline(t *testing.T) { suites(t, testReceipt) }

func testReceipt(t *testing.T, crypto string) {
	tt := newTamperTrail(t, crypto)
	svc, db := openTrail(t, tt.dir)
	defer db.Close()
	_, vkey := publish(t, svc, db)
	rc, err := svc.Release(tPub, tt.cleared.ID, tt.cleared.ContentSHA256)
	if err != nil {
		t.Fatal(err)
	}
	if rc.Proof == nil {
		t.Fatal("receipt has no proof")
	}
	raw, _ := json.Marshal(rc)
	var back Receipt
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	cp, err := VerifyReceipt(&back, vkey)
	if err != nil || cp.Size < rc.AuditSeq {
		t.Fatalf("verify receipt: %v %+v", err, cp)
	}
	su, err := LogSuite(db)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := audit.SuiteNamed(crypto); cp.Suite != want.Name || su != want {
		t.Fatalf("receipt of a %s log proven under %s (log %s)", crypto, cp.Suite, su.Name)
	}

	// Every changed byte fails, and so does another log's key.
	_, otherKey, err := audit.LoadKey(t.TempDir(), su)
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string]func(r *Receipt) string{
		"content hash": func(r *Receipt) string { r.ContentSHA256 = strings.Repeat("a", 64); return vkey },
		"review":       func(r *Receipt) string { r.ReviewID = tt.pending.ID; return vkey },
		"approvals":    func(r *Receipt) string { r.Approvals = append(r.Approvals, Approval{Reviewer: "rev9"}); return vkey },
		"released by":  func(r *Receipt) string { r.ReleasedBy = "pub2"; return vkey },
		"event byte":   func(r *Receipt) string { r.Proof.Event[len(r.Proof.Event)-3] ^= 1; return vkey },
		"proof byte":   func(r *Receipt) string { r.Proof.Inclusion[0][0] ^= 1; return vkey },
		"index":        func(r *Receipt) string { r.Proof.Index++; return vkey },
		"checkpoint": func(r *Receipt) string {
			r.Proof.Checkpoint = strings.Replace(r.Proof.Checkpoint, "\n", "\n1", 1)
			return vkey
		},
		"another log":   func(r *Receipt) string { return otherKey },
		"audit hash":    func(r *Receipt) string { r.AuditHash = strings.Repeat("0", 64); return vkey },
		"no proof":      func(r *Receipt) string { r.Proof = nil; return vkey },
		"verdict":       func(r *Receipt) string { r.Verdict = "block"; return vkey },
		"released time": func(r *Receipt) string { r.ReleasedAt = r.ReleasedAt.Add(time.Second); return vkey },
	}
	for name, edit := range edits {
		var r Receipt
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatal(err)
		}
		key := edit(&r)
		if _, err := VerifyReceipt(&r, key); err == nil {
			t.Errorf("%s changed: receipt still verifies", name)
		}
	}
}

// TestCheckpointCatchesRollback keeps a signed checkpoint, then attacks the
// file in the ways that the chain alone cannot see: the tail cut and the
// head moved back, an older copy of the whole file restored, and a
// rejection forged into an approval with the chain re-hashed and the
// record edited to match. verify with the checkpoint must say what and
// where; without it the last two look intact.
func TestCheckpointCatchesRollback(t *testing.T) { suites(t, testRollback) }

func testRollback(t *testing.T, crypto string) {
	type attack struct {
		name string
		do   func(t *testing.T, tt *tamperTrail, old []byte)
		want string // in the checkpoint break's message
	}
	attacks := []attack{
		{"tail cut and head moved", func(t *testing.T, tt *tamperTrail, _ []byte) {
			tt.tamper(t, func(tx *bolt.Tx) error {
				evb, meta := tx.Bucket([]byte("audit_events")), tx.Bucket([]byte("audit_meta"))
				n := binary64(meta.Get([]byte("head")))
				if err := evb.Delete(eventKey(n)); err != nil {
					return err
				}
				prev := evb.Get(eventKey(n - 1))
				return meta.Put([]byte("head"), append(eventKey(n-1), prev[len(prev)-32:]...))
			})
		}, "被截去"},
		{"older copy restored", func(t *testing.T, tt *tamperTrail, old []byte) {
			if err := os.WriteFile(filepath.Join(tt.dir, store.FileName), old, 0o600); err != nil {
				t.Fatal(err)
			}
		}, "旧副本"},
		{"rejection forged, chain re-hashed, record edited", func(t *testing.T, tt *tamperTrail, _ []byte) {
			tt.tamper(t, rehashFrom(tt.rejectedSeq, func(e *audit.Event) {
				e.Action = audit.ActionApproved
				e.Details["status"] = string(Cleared)
			}))
			tt.tamper(t, editRecord(tt.rejected.ID, func(r *Review) {
				r.Status = Cleared
				r.Decisions[0].Decision = Approve
			}))
		}, "改写"},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			tt := newTamperTrail(t, crypto)
			path := filepath.Join(tt.dir, store.FileName)
			old, err := os.ReadFile(path) // an older copy, before the checkpoint
			if err != nil {
				t.Fatal(err)
			}
			svc, db := openTrail(t, tt.dir)
			p, vkey := publish(t, svc, db)
			if _, err := svc.Release(tPub, tt.cleared.ID, tt.cleared.ContentSHA256); err != nil {
				t.Fatal(err)
			}
			msg, _, err := p.Await(context.Background(), 1)
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
			cp, err := audit.OpenCheckpoint(msg, vkey)
			if err != nil {
				t.Fatal(err)
			}

			a.do(t, tt, old)

			bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer bdb.Close()
			var breaks []audit.Break
			var sum audit.Summary
			err = bdb.View(func(tx *bolt.Tx) error {
				sum, err = VerifyTx(tx, &cp, func(b audit.Break) { breaks = append(breaks, b) })
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, b := range breaks {
				if b.Kind == audit.BreakCheckpoint && strings.Contains(b.Message, a.want) {
					found = true
				}
			}
			if sum.OK || !found {
				t.Fatalf("verify with checkpoint: ok=%v, want a checkpoint break saying %q: %v", sum.OK, a.want, breaks)
			}
		})
	}
}

func binary64(b []byte) uint64 {
	var n uint64
	for _, c := range b[:8] {
		n = n<<8 | uint64(c)
	}
	return n
}
