package review

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/store"
)

// ReceiptProof makes a release receipt checkable offline, with nothing
// but the log's public key: the release event itself, its place in the
// Merkle tree log, the inclusion proof, and a signed checkpoint of the
// log that contains it.
type ReceiptProof struct {
	// Index is the release event's leaf index in the tree (AuditSeq-1).
	Index uint64 `json:"index"`
	// Event is the canonical encoding of the release event: the leaf's
	// data, which the receipt's fields are checked against.
	Event []byte `json:"event"`
	// Inclusion is the RFC 6962 inclusion proof of the leaf in the tree
	// of the checkpoint's size.
	Inclusion [][]byte `json:"inclusion"`
	// Checkpoint is the signed note (C2SP tlog-checkpoint) of a log that
	// includes the event.
	Checkpoint string `json:"checkpoint"`
}

// UsePublisher makes Release attach a ReceiptProof to every receipt,
// waiting for p to sign a checkpoint that includes the release.
func (s *Service) UsePublisher(p *audit.Publisher) { s.pub = p }

// receiptWait bounds how long Release waits for a checkpoint.
const receiptWait = 10 * time.Second

// prove attaches the proof of release event seq to rc. The release is
// committed by then; a checkpoint that does not come in time leaves the
// receipt without a proof rather than unsaying the release.
func (s *Service) prove(rc *Receipt, seq uint64) error {
	ctx, cancel := context.WithTimeout(context.Background(), receiptWait)
	defer cancel()
	msg, cp, err := s.pub.Await(ctx, seq)
	if err != nil {
		return err
	}
	return s.db.View(func(tx *bolt.Tx) error {
		st := audit.Bolt(tx)
		e, err := audit.Get(st, seq)
		if err != nil {
			return err
		}
		body, err := e.MarshalBinary()
		if err != nil {
			return err
		}
		p, err := audit.InclusionProof(st, seq, cp.Size)
		if err != nil {
			return err
		}
		rc.Proof = &ReceiptProof{Index: seq - 1, Event: body, Inclusion: p, Checkpoint: string(msg)}
		return nil
	})
}

// VerifyReceipt checks a release receipt offline against the log's
// public key vkey: the checkpoint is signed by that key, the release
// event is in the checkpoint's tree (inclusion proof), its hash is the
// receipt's audit_hash, and it says what the receipt says (review,
// content hash, publisher, approvals). It returns the checkpoint the
// receipt is proven against.
func VerifyReceipt(rc *Receipt, vkey string) (audit.Checkpoint, error) {
	if rc.Proof == nil {
		return audit.Checkpoint{}, errors.New("review: receipt has no proof (issued before signed checkpoints, or without one)")
	}
	p := rc.Proof
	cp, err := audit.OpenCheckpoint([]byte(p.Checkpoint), vkey)
	if err != nil {
		return cp, err
	}
	var e audit.Event
	if err := e.UnmarshalBinary(p.Event); err != nil {
		return cp, fmt.Errorf("review: receipt event: %w", err)
	}
	// The suite comes from the signed checkpoint, never from the receipt.
	su, err := audit.SuiteNamed(cp.Suite)
	if err != nil {
		return cp, err
	}
	if su.Sum(p.Event).String() != rc.AuditHash {
		return cp, errors.New("review: the receipt's event does not hash to its audit_hash")
	}
	if err := audit.VerifyInclusion(su, p.Index, cp.Size, audit.LeafHash(su, p.Event), p.Inclusion, cp.Root); err != nil {
		return cp, fmt.Errorf("review: the release event is not in the signed log: %w", err)
	}
	var names []string
	for _, a := range rc.Approvals {
		names = append(names, a.Reviewer)
	}
	var got []string
	if a := e.Details["approvals"]; a != "" {
		got = strings.Split(a, ",")
	}
	switch {
	case e.Seq != p.Index+1 || e.Seq != rc.AuditSeq:
		return cp, errors.New("review: the receipt's index and audit_seq do not name its event")
	case e.Action != audit.ActionReleased:
		return cp, fmt.Errorf("review: the receipt's event is %q, not a release", e.Action)
	case e.ReviewID != rc.ReviewID || e.ContentSHA256 != receiptDigest(rc):
		return cp, errors.New("review: the receipt's review or content hash differ from the release event")
	case e.Actor != rc.ReleasedBy || !e.Time.Equal(rc.ReleasedAt):
		return cp, errors.New("review: the receipt's publisher or time differ from the release event")
	case !slices.Equal(got, names):
		return cp, errors.New("review: the receipt's approvals differ from the release event")
	case string(rc.Verdict) != e.Details["verdict"]:
		return cp, errors.New("review: the receipt's verdict differs from the release event")
	}
	return cp, nil
}

// LogSuite returns the crypto suite of the audit log in db.
func LogSuite(db *store.DB) (*audit.Suite, error) {
	var su *audit.Suite
	err := db.View(func(tx *bolt.Tx) error {
		var err error
		su, err = audit.Bolt(tx).Suite()
		return err
	})
	return su, err
}

// Checkpoint returns the latest signed checkpoint of the audit log, for
// witnesses and auditors to keep; it is public, like a Certificate
// Transparency log's (it says how many events there are, nothing else).
func (s *Service) Checkpoint() ([]byte, error) {
	if s.pub == nil {
		return nil, Errorf(KindNotFound, "no_checkpoint", "本服务未启用签名检查点")
	}
	msg, _ := s.pub.Latest()
	if msg == nil {
		return nil, Errorf(KindNotFound, "no_checkpoint", "尚未签出第一个检查点，请稍后再试")
	}
	return msg, nil
}

// Consistency returns the latest signed checkpoint and the proof that its
// log extends the log of from events, for an auditor who kept a
// checkpoint of size from to check remotely (audit.VerifyConsistency):
// the server cannot answer for a log it has cut back or rewritten.
func (s *Service) Consistency(a Actor, from uint64) ([]byte, [][]byte, error) {
	if err := s.allow(a, OpVerify); err != nil {
		return nil, nil, err
	}
	if s.pub == nil {
		return nil, nil, Errorf(KindNotFound, "no_checkpoint", "本服务未启用签名检查点")
	}
	ctx, cancel := context.WithTimeout(context.Background(), receiptWait)
	defer cancel()
	msg, cp, err := s.pub.Await(ctx, 1)
	if err != nil {
		return nil, nil, err
	}
	if from > cp.Size {
		// The log is shorter than the auditor's checkpoint: say so with
		// the signed checkpoint that shows it.
		return msg, nil, nil
	}
	var p [][]byte
	err = s.db.View(func(tx *bolt.Tx) error {
		var err error
		p, err = audit.ConsistencyProof(audit.Bolt(tx), from, cp.Size)
		return err
	})
	return msg, p, err
}

// receiptDigest is what the release event of rc must record as its
// content hash: the keyed digest under rc's content key, or for reviews
// recorded before keyed digests the SHA-256 itself.
func receiptDigest(rc *Receipt) string {
	if rc.ContentKey == "" {
		return rc.ContentSHA256
	}
	k, err := hex.DecodeString(rc.ContentKey)
	if err != nil || len(k) != 32 {
		return "" // matches no event
	}
	return ContentMAC(k, rc.ContentSHA256)
}
