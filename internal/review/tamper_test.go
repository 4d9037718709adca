package review

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/store"
)

// tamperTrail is a real bbolt file with one review in each state that an
// attack on the data folder would want to change.
type tamperTrail struct {
	dir string
	// blocked is a block review with no approval; pending needs one
	// approval and has none; cleared was approved once; rejected was
	// rejected; released is a pass that was released.
	blocked, pending, cleared, rejected, released *Review
	// approvedSeq and rejectedSeq are the events of the approval of
	// cleared and the rejection of rejected.
	approvedSeq, rejectedSeq uint64
}

var (
	tPub = Actor{Name: "pub", Role: Publisher}
	tRev = Actor{Name: "rev1", Role: Reviewer}
	tAud = Actor{Name: "aud", Role: Auditor}
)

// suites runs fn once per crypto suite: the whole tamper and receipt
// suite must pass with both.
func suites(t *testing.T, fn func(t *testing.T, crypto string)) {
	for _, c := range []string{"sha256", "sm"} {
		t.Run(c, func(t *testing.T) { fn(t, c) })
	}
}

func openTrail(t *testing.T, dir string) (*Service, *store.DB) {
	t.Helper()
	return openTrailWith(t, dir, "")
}

func openTrailWith(t *testing.T, dir, crypto string) (*Service, *store.DB) {
	t.Helper()
	cfg := config.Default()
	cfg.DataDir = dir
	db, err := store.Open(dir, store.Options{NoSync: true}, InitWith(crypto))
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(cfg, db, &reviewtest.Scanner{}, Hooks{})
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	return svc, db
}

func newTamperTrail(t *testing.T, crypto string) *tamperTrail {
	t.Helper()
	tt := &tamperTrail{dir: t.TempDir()}
	svc, db := openTrailWith(t, tt.dir, crypto)
	defer db.Close()
	sub := func(text string) *Review {
		r, err := svc.Submit(context.Background(), tPub, Submission{Files: []DraftFile{{Name: "a.txt", Data: []byte(text)}}})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	lastSeq := func(r *Review) uint64 { return r.AuditEvents[len(r.AuditEvents)-1] }
	tt.blocked = sub(reviewtest.BlockText)
	tt.pending = sub(reviewtest.ReviewText)
	tt.cleared = sub(reviewtest.ReviewText + "。")
	r, err := svc.Decide(tRev, tt.cleared.ID, DecisionInput{Decision: Approve, Comment: "同意发布"})
	if err != nil || r.Status != Cleared {
		t.Fatalf("approve: %v %+v", err, r)
	}
	tt.approvedSeq = lastSeq(r)
	tt.rejected = sub(reviewtest.ReviewText + "！")
	r, err = svc.Decide(tRev, tt.rejected.ID, DecisionInput{Decision: Reject, Comment: "不宜公开"})
	if err != nil {
		t.Fatal(err)
	}
	tt.rejectedSeq = lastSeq(r)
	tt.released = sub(reviewtest.PassText)
	if _, err := svc.Release(tPub, tt.released.ID, tt.released.ContentSHA256); err != nil {
		t.Fatal(err)
	}
	if sum, breaks, err := svc.VerifyTrail(tAud); err != nil || !sum.OK {
		t.Fatalf("fresh trail: %+v %v %v", sum, breaks, err)
	}
	return tt
}

// tamper edits the closed bbolt file directly, as someone with the data
// folder would.
func (tt *tamperTrail) tamper(t *testing.T, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(tt.dir, store.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

// editRecord rewrites a stored review and its status index.
func editRecord(id string, fn func(*Review)) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		seq, _ := parseID(id)
		rb := tx.Bucket(reviewsBucket)
		var r Review
		if err := json.Unmarshal(rb.Get(key(seq)), &r); err != nil {
			return err
		}
		old := r.Status
		fn(&r)
		v, _ := json.Marshal(&r)
		if err := rb.Put(key(seq), v); err != nil {
			return err
		}
		sb := tx.Bucket(statusBucket)
		if err := sb.Bucket([]byte(old)).Delete(key(seq)); err != nil {
			return err
		}
		return sb.Bucket([]byte(r.Status)).Put(key(seq), nil)
	}
}

func eventKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// rehashFrom edits event seq and re-hashes every event after it, moving
// the head: a forgery that the chain alone cannot tell from the truth.
func rehashFrom(seq uint64, edit func(*audit.Event)) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		evb, meta := tx.Bucket([]byte("audit_events")), tx.Bucket([]byte("audit_meta"))
		su, err := audit.Bolt(tx).Suite()
		if err != nil {
			return err
		}
		prev, err := audit.DecodeRecord(evb.Get(eventKey(seq - 1)))
		if err != nil {
			return err
		}
		ph := prev.Hash
		var last []byte
		for s := seq; ; s++ {
			rec := evb.Get(eventKey(s))
			if rec == nil {
				break
			}
			e, err := audit.DecodeRecord(rec)
			if err != nil {
				return err
			}
			if s == seq {
				edit(&e)
			}
			e.Prev = ph
			if e.Hash, err = e.ComputeHashWith(su); err != nil {
				return err
			}
			b, _ := e.MarshalBinary()
			if err := evb.Put(eventKey(s), append(b, e.Hash[:]...)); err != nil {
				return err
			}
			ph = e.Hash
			last = append(eventKey(s), e.Hash[:]...)
		}
		return meta.Put([]byte("head"), last)
	}
}

// TestTamper attacks a real bbolt file in each way the issue lists and
// checks that release refuses what it would let out and that verify
// names what was changed.
func TestTamper(t *testing.T) {
	cases := []struct {
		name string
		// tamper returns the attack and the review that it would let out.
		tamper func(tt *tamperTrail) (func(*bolt.Tx) error, *Review)
		// want is a break verify must report: its kind and the review
		// or event it must name.
		wantKind string
		wantName func(tt *tamperTrail) string
	}{
		{
			name: "blocked record set to cleared",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return editRecord(tt.blocked.ID, func(r *Review) { r.Status = Cleared }), tt.blocked
			},
			wantKind: audit.BreakRecord, wantName: func(tt *tamperTrail) string { return tt.blocked.ID },
		},
		{
			name: "approval added to a record",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return editRecord(tt.pending.ID, func(r *Review) {
					r.Decisions = append(r.Decisions, Decision{Reviewer: "rev9", Decision: Approve})
					r.Status = Cleared
				}), tt.pending
			},
			wantKind: audit.BreakRecord, wantName: func(tt *tamperTrail) string { return tt.pending.ID },
		},
		{
			name: "blocking finding dismissed in the record",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return editRecord(tt.blocked.ID, func(r *Review) {
					for i := range r.Findings {
						r.Findings[i].Dismissal = &Dismissal{Reason: "x", By: "rev9"}
					}
					r.Decisions = append(r.Decisions, Decision{Reviewer: "rev8", Decision: Approve}, Decision{Reviewer: "rev9", Decision: Approve})
					r.Status = Cleared
				}), tt.blocked
			},
			wantKind: audit.BreakRecord, wantName: func(tt *tamperTrail) string { return tt.blocked.ID },
		},
		{
			name: "event deleted in the middle",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return func(tx *bolt.Tx) error {
					return tx.Bucket([]byte("audit_events")).Delete(eventKey(tt.approvedSeq))
				}, tt.cleared
			},
			wantKind: audit.BreakGap, wantName: func(tt *tamperTrail) string { return "第 " + itoa(tt.approvedSeq) + " 号" },
		},
		{
			name: "byte flipped in an approval",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return func(tx *bolt.Tx) error {
					b := tx.Bucket([]byte("audit_events"))
					rec := append([]byte(nil), b.Get(eventKey(tt.approvedSeq))...)
					i := strings.Index(string(rec), "rev1")
					rec[i+3] ^= 0x01 // rev1 -> rev0
					return b.Put(eventKey(tt.approvedSeq), rec)
				}, tt.cleared
			},
			wantKind: audit.BreakHash, wantName: func(tt *tamperTrail) string { return "第 " + itoa(tt.approvedSeq) + " 号" },
		},
		{
			name: "rejection turned into an approval and the chain re-hashed",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return rehashFrom(tt.rejectedSeq, func(e *audit.Event) {
					e.Action = audit.ActionApproved
					e.Details["status"] = string(Cleared)
				}), tt.rejected
			},
			wantKind: audit.BreakRecord, wantName: func(tt *tamperTrail) string { return tt.rejected.ID },
		},
		{
			name: "rejection hidden from the review index",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return func(tx *bolt.Tx) error {
					return tx.Bucket([]byte("audit_review")).Delete(append([]byte(tt.rejected.ID), eventKey(tt.rejectedSeq)...))
				}, tt.rejected
			},
			wantKind: audit.BreakIndex, wantName: func(tt *tamperTrail) string { return tt.rejected.ID },
		},
		{
			name: "release event replayed at the head",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return func(tx *bolt.Tx) error {
					evb, meta := tx.Bucket([]byte("audit_events")), tx.Bucket([]byte("audit_meta"))
					head := meta.Get([]byte("head"))
					n := binary.BigEndian.Uint64(head)
					rel := append([]byte(nil), evb.Get(eventKey(n))...) // the release is the last event
					if err := evb.Put(eventKey(n+1), rel); err != nil {
						return err
					}
					return meta.Put([]byte("head"), append(eventKey(n+1), rel[len(rel)-32:]...))
				}, tt.blocked
			},
			wantKind: audit.BreakKey, wantName: func(tt *tamperTrail) string { return "第" },
		},
		{
			name: "pending record marked released",
			tamper: func(tt *tamperTrail) (func(*bolt.Tx) error, *Review) {
				return editRecord(tt.pending.ID, func(r *Review) {
					r.Status = Released
					r.Releases = append(r.Releases, Release{By: "pub"})
				}), tt.pending
			},
			wantKind: audit.BreakRecord, wantName: func(tt *tamperTrail) string { return tt.pending.ID },
		},
	}
	suites(t, func(t *testing.T, crypto string) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				tt := newTamperTrail(t, crypto)
				attack, target := c.tamper(tt)
				tt.tamper(t, attack)
				svc, db := openTrail(t, tt.dir)
				defer db.Close()

				sum, breaks, err := svc.VerifyTrail(tAud)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, b := range breaks {
					if b.Kind == c.wantKind && strings.Contains(b.Message, c.wantName(tt)) {
						found = true
					}
				}
				if sum.OK || !found {
					t.Errorf("verify: ok=%v, want a %s break naming %s; got %v", sum.OK, c.wantKind, c.wantName(tt), breaks)
				}
				_, err = svc.Release(tPub, target.ID, target.ContentSHA256)
				if c.wantKind == audit.BreakKey {
					// The head no longer matches the tree: nothing more can
					// be appended, so the release fails before any check.
					if err == nil {
						t.Fatal("release succeeded on a trail whose head was moved")
					}
				} else {
					wantKind(t, err, KindConflict, "")
				}
				// The refusal is in the review's history, read from the chain.
				evs, _, err := svc.Events(tAud, audit.Filter{ReviewID: target.ID})
				if c.wantKind == audit.BreakRecord && (err != nil || len(evs) == 0 || evs[len(evs)-1].Action != audit.ActionDenied) {
					t.Errorf("history of %s does not end with the refusal: %v %v", target.ID, evs, err)
				}
			})
		}
	})
}

func itoa(n uint64) string { b, _ := json.Marshal(n); return string(b) }

// TestHistoryHasRefusals checks that a review's history is read from the
// chain and so holds the refusals about it: another publisher's release
// attempt and a release with the wrong hash.
func TestHistoryHasRefusals(t *testing.T) {
	tt := newTamperTrail(t, "")
	svc, db := openTrail(t, tt.dir)
	defer db.Close()
	id := tt.cleared.ID
	_, err := svc.Release(Actor{Name: "pub2", Role: Publisher}, id, tt.cleared.ContentSHA256)
	wantKind(t, err, KindForbidden, "not_owner")
	_, err = svc.Release(tPub, id, strings.Repeat("0", 64))
	wantKind(t, err, KindConflict, "hash_mismatch")
	evs, _, err := svc.Events(tAud, audit.Filter{ReviewID: id})
	if err != nil {
		t.Fatal(err)
	}
	var acts []string
	for _, e := range evs {
		acts = append(acts, e.Action+":"+e.Details["reason"])
	}
	if got := strings.Join(acts, ","); got != "submitted:,scanned:,approved:,denied:not_owner,denied:hash_mismatch" {
		t.Fatalf("history: %s", got)
	}
	if sum, breaks, err := svc.VerifyTrail(tAud); err != nil || !sum.OK {
		t.Fatalf("verify: %+v %v %v", sum, breaks, err)
	}
}

// TestTokenTamper edits the tokens in the bbolt file, which decide who
// may act: a reviewer token written in without an event, a token's hash
// swapped for the attacker's, a revoked token made valid again. verify
// must name each token.
func TestTokenTamper(t *testing.T) {
	adm := Actor{Name: "adm", Role: Admin}
	cases := map[string]func(tx *bolt.Tx) error{
		"injected": func(tx *bolt.Tx) error {
			v, _ := json.Marshal(tokenRecord{Token: Token{Name: "mallory", Role: Reviewer}, SHA256: make([]byte, 32)})
			return tx.Bucket(tokensBucket).Put([]byte("mallory"), v)
		},
		"hash swapped": func(tx *bolt.Tx) error {
			var r tokenRecord
			b := tx.Bucket(tokensBucket)
			if err := json.Unmarshal(b.Get([]byte("rev1")), &r); err != nil {
				return err
			}
			r.SHA256 = make([]byte, 32)
			v, _ := json.Marshal(r)
			return b.Put([]byte("rev1"), v)
		},
		"revocation undone": func(tx *bolt.Tx) error {
			var r tokenRecord
			b := tx.Bucket(tokensBucket)
			if err := json.Unmarshal(b.Get([]byte("rev2")), &r); err != nil {
				return err
			}
			r.RevokedAt = nil
			v, _ := json.Marshal(r)
			return b.Put([]byte("rev2"), v)
		},
	}
	names := map[string]string{"injected": "mallory", "hash swapped": "rev1", "revocation undone": "rev2"}
	for name, attack := range cases {
		t.Run(name, func(t *testing.T) {
			tt := newTamperTrail(t, "")
			svc, db := openTrail(t, tt.dir)
			for _, n := range []string{"rev1", "rev2"} {
				if _, _, err := svc.CreateToken(adm, Reviewer, n); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := svc.RevokeToken(adm, "rev2"); err != nil {
				t.Fatal(err)
			}
			if sum, breaks, err := svc.VerifyTrail(tAud); err != nil || !sum.OK {
				t.Fatalf("before: %v %v", breaks, err)
			}
			db.Close()
			tt.tamper(t, attack)
			svc, db = openTrail(t, tt.dir)
			defer db.Close()
			sum, breaks, err := svc.VerifyTrail(tAud)
			if err != nil {
				t.Fatal(err)
			}
			if sum.OK || len(breaks) != 1 || !strings.Contains(breaks[0].Message, "令牌 "+names[name]) {
				t.Fatalf("verify after %s: %v", name, breaks)
			}
		})
	}
}
