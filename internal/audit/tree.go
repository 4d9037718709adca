package audit

import (
	"errors"
	"fmt"

	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
)

// The trail is also a Merkle tree log in the shape of RFC 6962 (and
// RFC 9162, Certificate Transparency): leaf i is event i+1, hashed as
// SHA-256(0x00 || its canonical encoding), and each inner node is
// SHA-256(0x01 || left || right). The hash chain says that stored events
// agree with each other; the tree adds what a chain cannot: a signed
// checkpoint (size and root) commits to every event up to its size, an
// inclusion proof shows one event is in it with log2(size) hashes, and a
// consistency proof shows a later log extends an earlier checkpoint, so
// that a rewrite, truncation or rollback after a checkpoint an auditor
// kept is caught by the auditor, not by the server.
//
// The hashes are those of the log's Suite (SHA-256 by default, SM3 with
// --crypto sm).
//
// Storage keeps the hash of every perfect subtree above the leaves
// (level, index), written in the same transaction as its last leaf (a
// leaf's hash is computed from its event when a proof needs it), and the compact range of the
// whole tree (the hashes of its right border). Proofs are read from those
// nodes; Verify recomputes every one from the events and reports any that
// differs. The proofs themselves come from github.com/transparency-dev/
// merkle, the library behind Trillian and Tessera, not from code here.

// LeafHash is the RFC 6962 leaf hash of an event's canonical encoding
// under suite su.
func LeafHash(su *Suite, body []byte) Hash { return Hash(su.tree.HashLeaf(body)) }

// treeKey is the storage key of tree node (level, index).
//
// The key is the index of the node's last leaf (8 bytes big-endian), then
// its level: every node that a new leaf completes ends at that leaf, so
// keys only grow as the log does. bbolt then fills its pages completely
// and a commit dirties only the last page, where a level-first key would
// insert into the middle of the bucket at every level and split pages on
// the write path.
func treeKey(id compact.NodeID) []byte {
	last := (id.Index+1)<<id.Level - 1
	k := make([]byte, 9)
	for i := 0; i < 8; i++ {
		k[i] = byte(last >> (56 - 8*i))
	}
	k[8] = byte(id.Level)
	return k
}

// encodeTree lays out the compact range of the whole tree: its size as
// 8 bytes big-endian, then the hashes of the perfect subtrees that make it
// up, largest first.
func encodeTree(r *compact.Range) []byte {
	b := make([]byte, 0, 8+32*len(r.Hashes()))
	for i := 0; i < 8; i++ {
		b = append(b, byte(r.End()>>(56-8*i)))
	}
	for _, h := range r.Hashes() {
		b = append(b, h...)
	}
	return b
}

func decodeTree(su *Suite, v []byte) (*compact.Range, error) {
	if v == nil {
		return su.rf.NewEmptyRange(0), nil
	}
	if len(v) < 8 || (len(v)-8)%32 != 0 {
		return nil, fmt.Errorf("%w: tree state of %d bytes", ErrMalformed, len(v))
	}
	var size uint64
	for i := 0; i < 8; i++ {
		size = size<<8 | uint64(v[i])
	}
	hashes := make([][]byte, 0, (len(v)-8)/32)
	for b := v[8:]; len(b) > 0; b = b[32:] {
		hashes = append(hashes, append([]byte(nil), b[:32]...))
	}
	r, err := su.rf.NewRange(0, size, hashes)
	if err != nil {
		return nil, fmt.Errorf("%w: tree state: %v", ErrMalformed, err)
	}
	return r, nil
}

// appendLeaf adds the leaf of event seq (leaf seq-1) to the tree whose
// compact range is r, storing every node that the leaf completes.
func appendLeaf(su *Suite, r *compact.Range, seq uint64, body []byte, put func(compact.NodeID, []byte) error) error {
	if r.End() != seq-1 {
		return fmt.Errorf("audit: tree has %d leaves, cannot add event %d", r.End(), seq)
	}
	var perr error
	err := r.Append(su.tree.HashLeaf(body), func(id compact.NodeID, h []byte) {
		// Leaves are not stored: a leaf hash is one hash of its event,
		// which is stored anyway, and leaving them out halves the tree's
		// writes on the request path.
		if perr == nil && id.Level > 0 {
			perr = put(id, h)
		}
	})
	if err != nil {
		return err
	}
	return perr
}

// ErrNoNode is returned (wrapped) when a tree node a proof needs is not
// stored.
var ErrNoNode = errors.New("audit: tree node missing")

// RootAt returns the root of the first size leaves, read from stored nodes.
func RootAt(s Storage, size uint64) (Hash, error) {
	su, err := s.Suite()
	if err != nil {
		return Hash{}, err
	}
	if size == 0 {
		return Hash(su.tree.EmptyRoot()), nil
	}
	ids := compact.RangeNodes(0, size, nil)
	hashes, err := nodes(s, ids)
	if err != nil {
		return Hash{}, err
	}
	r, err := su.rf.NewRange(0, size, hashes)
	if err != nil {
		return Hash{}, err
	}
	root, err := r.GetRootHash(nil)
	return Hash(root), err
}

func nodes(s Storage, ids []compact.NodeID) ([][]byte, error) {
	su, err := s.Suite()
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(ids))
	for i, id := range ids {
		if id.Level == 0 {
			// A leaf is hashed from its event (leaf i is event i+1).
			rec, err := s.Get(id.Index + 1)
			if err != nil {
				return nil, err
			}
			if len(rec) < len(Hash{}) {
				return nil, fmt.Errorf("%w: event %d", ErrNoNode, id.Index+1)
			}
			out[i] = su.tree.HashLeaf(rec[:len(rec)-len(Hash{})])
			continue
		}
		h, err := s.Node(id.Level, id.Index)
		if err != nil {
			return nil, err
		}
		if h == nil {
			return nil, fmt.Errorf("%w: level %d index %d", ErrNoNode, id.Level, id.Index)
		}
		out[i] = h
	}
	return out, nil
}

// InclusionProof returns the proof that event seq is leaf seq-1 of the
// tree of size leaves.
func InclusionProof(s Storage, seq, size uint64) ([][]byte, error) {
	if seq == 0 || seq > size {
		return nil, fmt.Errorf("audit: no event %d in a log of %d", seq, size)
	}
	su, err := s.Suite()
	if err != nil {
		return nil, err
	}
	n, err := proof.Inclusion(seq-1, size)
	if err != nil {
		return nil, err
	}
	hs, err := nodes(s, n.IDs)
	if err != nil {
		return nil, err
	}
	return n.Rehash(hs, su.tree.HashChildren)
}

// ConsistencyProof returns the proof that the tree of size2 leaves
// extends the tree of size1 leaves.
func ConsistencyProof(s Storage, size1, size2 uint64) ([][]byte, error) {
	su, err := s.Suite()
	if err != nil {
		return nil, err
	}
	n, err := proof.Consistency(size1, size2)
	if err != nil {
		return nil, err
	}
	hs, err := nodes(s, n.IDs)
	if err != nil {
		return nil, err
	}
	return n.Rehash(hs, su.tree.HashChildren)
}

// VerifyInclusion checks that leaf is leaf index of the tree of size
// leaves with the given root, under suite su.
func VerifyInclusion(su *Suite, index, size uint64, leaf Hash, p [][]byte, root Hash) error {
	return proof.VerifyInclusion(su.tree, index, size, leaf[:], p, root[:])
}

// VerifyConsistency checks that the tree (size2, root2) extends the tree
// (size1, root1), under suite su.
func VerifyConsistency(su *Suite, size1, size2 uint64, p [][]byte, root1, root2 Hash) error {
	return proof.VerifyConsistency(su.tree, size1, size2, p, root1[:], root2[:])
}

// treeChecker recomputes the tree from events in order, for Verify.
type treeChecker struct {
	su *Suite
	r  *compact.Range
	// roots remembers the root at chosen sizes (checkpoints to compare).
	want  map[uint64]bool
	roots map[uint64]Hash
}

func newTreeChecker(su *Suite, sizes ...uint64) *treeChecker {
	t := &treeChecker{su: su, r: su.rf.NewEmptyRange(0), want: map[uint64]bool{}, roots: map[uint64]Hash{}}
	for _, s := range sizes {
		t.want[s] = true
	}
	if t.want[0] {
		t.roots[0] = Hash(su.tree.EmptyRoot())
	}
	return t
}

// add appends the next leaf and calls visit for every node it completes.
func (t *treeChecker) add(body []byte, visit func(compact.NodeID, []byte)) {
	_ = t.r.Append(t.su.tree.HashLeaf(body), visit)
	if t.want[t.r.End()] {
		t.roots[t.r.End()] = rangeRoot(t.su, t.r)
	}
}

// root is the root of the leaves added so far.
func (t *treeChecker) root() Hash { return rangeRoot(t.su, t.r) }

// rangeRoot is the root of a compact range starting at 0; the empty tree
// has the RFC 6962 empty root.
func rangeRoot(su *Suite, r *compact.Range) Hash {
	if r.End() == 0 {
		return Hash(su.tree.EmptyRoot())
	}
	root, err := r.GetRootHash(nil)
	if err != nil || len(root) != len(Hash{}) {
		return Hash{}
	}
	return Hash(root)
}
