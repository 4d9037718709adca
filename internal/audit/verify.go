package audit

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/transparency-dev/merkle/compact"
)

// Kinds of break that Verify reports.
const (
	BreakUndecodable = "undecodable"     // the record is not a canonical event encoding
	BreakHash        = "hash_mismatch"   // content and stored hash disagree: the event was edited
	BreakKey         = "key_mismatch"    // stored under another number than its own: moved or reordered
	BreakGap         = "gap"             // sequence numbers missing before this event: deleted
	BreakLink        = "link_mismatch"   // Prev is not the hash of the event before: that one was replaced, removed or reordered
	BreakHead        = "head_mismatch"   // the recorded head disagrees with the last event: the tail was cut or the head edited
	BreakIndex       = "index_mismatch"  // the review index disagrees with the chain: an entry was added or removed
	BreakRecord      = "record_mismatch" // a review's stored record disagrees with what its events say (reported by package review)
	BreakTree        = "tree_mismatch"   // a stored Merkle tree node disagrees with the events: proofs from it would lie
	BreakCheckpoint  = "checkpoint"      // the log is not a consistent extension of a kept checkpoint: truncated, rewritten or rolled back
	BreakKeyRotation = "key_rotation"    // a key rotation is not endorsed by the key it replaces
)

// Break is one inconsistency in the trail.
type Break struct {
	// Seq is the sequence number the break is reported at: the key the
	// record is stored under (0 for the head itself or an unreadable key).
	Seq  uint64 `json:"seq"`
	Kind string `json:"kind"`
	// ReviewID names the review a break is about, when it is about one.
	ReviewID string `json:"review_id,omitempty"`
	// Message says in Chinese what is wrong.
	Message string `json:"message"`
}

func (b Break) String() string { return fmt.Sprintf("event %d: %s: %s", b.Seq, b.Kind, b.Message) }

// Summary is the outcome of Verify.
type Summary struct {
	OK bool `json:"ok"`
	// Events is how many records were read.
	Events uint64 `json:"events"`
	// HeadSeq and Head are the recorded head of the trail.
	HeadSeq uint64 `json:"head_seq"`
	Head    Hash   `json:"head"`
	// Breaks counts every break found (all were passed to the callback).
	Breaks int `json:"breaks"`
	// Root is the Merkle tree root recomputed from the events read.
	Root Hash `json:"root"`
}

// Verify re-hashes every stored event in order and checks each against
// its own hash, its key, the event before it and the recorded head. Like
// bbolt's Tx.Check it does not stop at the first problem: every break is
// passed to report (which may be nil) as it is found. It returns an error
// only when storage itself fails.
func Verify(s Storage, report func(Break)) (Summary, error) {
	sum, _, err := verify(s, nil, report)
	return sum, err
}

// verify is Verify that also returns the tree root recomputed from the
// events at each of sizes (when the log is that long).
func verify(s Storage, sizes []uint64, report func(Break)) (Summary, map[uint64]Hash, error) {
	var sum Summary
	su, err := s.Suite()
	if err != nil {
		return sum, nil, err
	}
	tc := newTreeChecker(su, sizes...)
	emit := func(b Break) {
		sum.Breaks++
		if report != nil {
			report(b)
		}
	}
	headSeq, head, err := s.Head()
	if err != nil {
		return sum, nil, err
	}
	// A file from before the tree, opened read-only, has no stored nodes
	// yet: then the tree is recomputed but not compared.
	var treeStored bool
	if headSeq > 1 {
		n, err := s.Node(1, 0)
		if err != nil {
			return sum, nil, err
		}
		treeStored = n != nil
	}
	sum.HeadSeq, sum.Head = headSeq, head

	var (
		lastKey  uint64 // key of the previous record
		prevHash Hash   // hash stored with the previous record
		havePrev bool
		byReview = map[string][]uint64{} // what the review index should hold
		reviews  []string                // its keys in order of first event
	)
	err = s.Scan(0, func(key uint64, rec []byte) (bool, error) {
		sum.Events++
		if key == 0 {
			emit(Break{Seq: 0, Kind: BreakKey, Message: "审计事件存放在无效的键下（不是 8 字节序号）"})
			return true, nil
		}
		if key != lastKey+1 {
			if lastKey+1 == key-1 {
				emit(Break{Seq: key, Kind: BreakGap, Message: fmt.Sprintf("第 %d 号事件缺失（被删除）", lastKey+1)})
			} else {
				emit(Break{Seq: key, Kind: BreakGap, Message: fmt.Sprintf("第 %d 至 %d 号事件缺失（被删除）", lastKey+1, key-1)})
			}
		}
		var stored Hash
		if len(rec) >= len(stored) {
			copy(stored[:], rec[len(rec)-len(stored):])
		}
		e, derr := DecodeRecord(rec)
		if derr == nil && e.Action == ActionKeyRotated {
			if why := checkRotation(&e); why != "" {
				emit(Break{Seq: key, Kind: BreakKeyRotation, Message: fmt.Sprintf("第 %d 号事件（密钥轮换）：%s", key, why)})
			}
		}
		if derr == nil && e.ReviewID != "" {
			if _, ok := byReview[e.ReviewID]; !ok {
				reviews = append(reviews, e.ReviewID)
			}
			byReview[e.ReviewID] = append(byReview[e.ReviewID], e.Seq) // its own number: a moved record is reported as a key break
		}
		switch {
		case derr != nil:
			emit(Break{Seq: key, Kind: BreakUndecodable, Message: "第 " + fmt.Sprint(key) + " 号事件无法解码（内容被改动或损坏）: " + derr.Error()})
		default:
			if got := su.Sum(rec[:len(rec)-len(stored)]); got != stored {
				emit(Break{Seq: key, Kind: BreakHash, Message: fmt.Sprintf("第 %d 号事件的内容与其哈希不符（事件被改动）", key)})
			}
			if e.Seq != key {
				emit(Break{Seq: key, Kind: BreakKey, Message: fmt.Sprintf("第 %d 号位置上存放的是第 %d 号事件（被移动或调换）", key, e.Seq)})
			}
			switch {
			case havePrev && e.Prev != prevHash:
				emit(Break{Seq: key, Kind: BreakLink, Message: fmt.Sprintf("第 %d 号事件记录的前一事件哈希与第 %d 号事件不符（前一事件被改动、替换或删除）", key, lastKey)})
			case !havePrev && key == 1 && !e.Prev.IsZero():
				emit(Break{Seq: key, Kind: BreakLink, Message: "第 1 号事件的前一事件哈希不为零"})
			case !havePrev && key != 1:
				// Already reported as a gap; nothing to link to.
			}
		}
		if len(rec) >= len(stored) {
			var nerr error
			tc.add(rec[:len(rec)-len(stored)], func(id compact.NodeID, h []byte) {
				// The stored tree is derived data: it is compared only
				// over an intact chain (after a chain break it differs
				// anyway), and only its first wrong node is reported.
				if !treeStored || nerr != nil || sum.Breaks > 0 || id.Level == 0 {
					return
				}
				got, err := s.Node(id.Level, id.Index)
				if err != nil {
					nerr = err
					return
				}
				if !bytes.Equal(got, h) {
					emit(Break{Seq: key, Kind: BreakTree, Message: fmt.Sprintf("默克尔树第 %d 层第 %d 个节点与事件不符（树被改动，据此给出的证明不可信）", id.Level, id.Index)})
				}
			})
			if nerr != nil {
				return false, nerr
			}
		}
		lastKey, prevHash, havePrev = key, stored, true
		return true, nil
	})
	if err != nil {
		return sum, nil, err
	}
	sum.Root = tc.root()
	switch {
	case lastKey != headSeq:
		emit(Break{Seq: headSeq, Kind: BreakHead, Message: fmt.Sprintf("记录的链头是第 %d 号事件，但最后一个事件是第 %d 号（末尾事件被删除或链头被改动）", headSeq, lastKey)})
	case havePrev && prevHash != head:
		emit(Break{Seq: headSeq, Kind: BreakHead, Message: fmt.Sprintf("记录的链头哈希与第 %d 号事件不符（链头或最后一个事件被改动）", headSeq)})
	}
	for _, id := range reviews {
		want := byReview[id]
		var got []uint64
		if err := s.ReviewSeqs(id, func(seq uint64) (bool, error) { got = append(got, seq); return true, nil }); err != nil {
			return sum, nil, err
		}
		if !slices.Equal(got, want) {
			at := want[len(want)-1]
			emit(Break{Seq: at, Kind: BreakIndex, ReviewID: id, Message: fmt.Sprintf("审查 %s 的事件索引与审计链不符：链中有 %d 个事件，索引中有 %d 个（索引被改动）", id, len(want), len(got))})
		}
	}
	sum.OK = sum.Breaks == 0
	return sum, tc.roots, nil
}

// VerifyCheckpoint is Verify that also proves the log is a consistent
// extension of cp, a checkpoint an auditor kept (already checked against
// the public key with OpenCheckpoint). The tree is recomputed from the
// events themselves, not read from stored nodes, so a log cut back to
// fewer events than cp (truncation, or an older copy of the file
// restored) or with any of cp's events changed, even with the whole chain
// re-hashed after them, is reported as a BreakCheckpoint that says what
// and where.
func VerifyCheckpoint(s Storage, cp Checkpoint, report func(Break)) (Summary, error) {
	sum, roots, err := verify(s, []uint64{cp.Size}, report)
	if err != nil {
		return sum, err
	}
	emit := func(b Break) {
		sum.Breaks++
		sum.OK = false
		if report != nil {
			report(b)
		}
	}
	root, ok := roots[cp.Size]
	switch {
	case !ok:
		emit(Break{Seq: sum.HeadSeq, Kind: BreakCheckpoint, Message: fmt.Sprintf(
			"保存的检查点（%s）证明日志当时已有 %d 个事件，现在只有 %d 个：第 %d 至 %d 号事件被截去，或整个数据文件被换回了旧副本",
			cp.Time.Format(time.RFC3339), cp.Size, sum.Events, sum.Events+1, cp.Size)})
	case root != cp.Root:
		emit(Break{Seq: cp.Size, Kind: BreakCheckpoint, Message: fmt.Sprintf(
			"由现在的第 1 至 %d 号事件算出的默克尔根与保存的检查点（%s）不符：检查点之后，这些事件中有被改写、删除或替换的（即使其后的哈希链被重新计算过）",
			cp.Size, cp.Time.Format(time.RFC3339))})
	default:
		// What a remote auditor checks: the server's stored nodes give a
		// consistency proof from cp to the current root.
		p, err := ConsistencyProof(s, cp.Size, sum.Events)
		if err == nil {
			var su *Suite
			if su, err = s.Suite(); err == nil {
				err = VerifyConsistency(su, cp.Size, sum.Events, p, cp.Root, sum.Root)
			}
		}
		if err != nil && !errors.Is(err, ErrNoNode) {
			emit(Break{Seq: sum.Events, Kind: BreakTree, Message: "存储的默克尔树节点给不出从检查点到现在的一致性证明（树被改动）: " + err.Error()})
		}
	}
	return sum, nil
}
