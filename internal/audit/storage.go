package audit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/transparency-dev/merkle/compact"
)

// Storage keeps the stored records of a trail, keyed by sequence number.
// A record is an event's canonical encoding followed by its 32-byte hash.
//
// Storage is deliberately small and has no method that changes or removes
// a record: the only writer is Append. Two implementations exist: Bolt
// (the real one, inside a bbolt transaction) and Mem (a fake for tests).
// Records passed to the callback of Scan, and returned by Get, are valid
// only until the callback returns or the transaction ends; copy to keep.
type Storage interface {
	// Head returns the sequence number and hash of the last appended
	// event, or 0 and the zero hash when nothing was appended.
	Head() (seq uint64, h Hash, err error)
	// Put stores rec as record seq and makes (seq, h) the head, as one
	// step; an event about a review (reviewID not empty) is also added to
	// that review's index. Append calls it with seq = head+1.
	Put(seq uint64, reviewID string, rec []byte, h Hash) error
	// Get returns record seq, or nil if there is none.
	Get(seq uint64) ([]byte, error)
	// Scan calls fn for every record whose key is at least from, in key
	// order, until fn returns false or an error.
	Scan(from uint64, fn func(seq uint64, rec []byte) (bool, error)) error
	// ReviewSeqs calls fn with the sequence number of every event indexed
	// under review id, in increasing order, until fn returns false or an
	// error. The index is a hint: callers read each event and check it.
	ReviewSeqs(id string, fn func(seq uint64) (bool, error)) error
	// Node returns the hash of the perfect subtree (level, index) of the
	// Merkle tree over the events (see tree.go), or nil if it is not
	// stored. Put stores every node above the leaves that a new leaf
	// completes; leaves (level 0) are hashed from their events.
	Node(level uint, index uint64) ([]byte, error)
	// Suite returns the log's crypto suite, from its header; a log
	// without one is SHA256.
	Suite() (*Suite, error)
}

// Append adds e to the trail in s: it sets Seq to one past the head, Prev
// to the head's hash, Time to now when zero, cleans text fields so that
// they encode, computes Hash, and stores the record. It returns the event
// as stored.
func Append(s Storage, e Event) (Event, error) {
	seq, head, err := s.Head()
	if err != nil {
		return Event{}, err
	}
	e.Seq = seq + 1
	e.Prev = head
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	e.Time = time.Unix(0, e.Time.UnixNano()).UTC()
	e.Actor, e.Role, e.Action = clean(e.Actor), clean(e.Role), clean(e.Action)
	e.ReviewID, e.ContentSHA256 = clean(e.ReviewID), clean(e.ContentSHA256)
	if len(e.Details) > 0 {
		d := make(map[string]string, len(e.Details))
		for k, v := range e.Details {
			d[clean(k)] = clean(v)
		}
		e.Details = d
	}
	su, err := s.Suite()
	if err != nil {
		return Event{}, err
	}
	if e.Hash, err = e.hashWith(su); err != nil {
		return Event{}, err
	}
	rec, err := record(&e)
	if err != nil {
		return Event{}, err
	}
	if err := s.Put(e.Seq, e.ReviewID, rec, e.Hash); err != nil {
		return Event{}, fmt.Errorf("audit: storing event %d: %w", e.Seq, err)
	}
	return e, nil
}

// Get returns event seq as stored, with its stored hash. It fails if
// there is no such event or its record does not decode.
func Get(s Storage, seq uint64) (Event, error) {
	rec, err := s.Get(seq)
	if err != nil {
		return Event{}, err
	}
	if rec == nil {
		return Event{}, fmt.Errorf("audit: no event %d", seq)
	}
	return DecodeRecord(rec)
}

// Mem is an in-memory Storage for tests. Its zero value is an empty trail.
// It is safe for concurrent use.
type Mem struct {
	mu     sync.Mutex
	recs   map[uint64][]byte
	seq    uint64
	head   Hash
	review map[string][]uint64
	tree   *compact.Range
	nodes  map[compact.NodeID][]byte
	// Crypto is the suite; nil is SHA256. Set it before the first Put.
	Crypto *Suite
}

func (m *Mem) suite() *Suite {
	if m.Crypto == nil {
		return SHA256
	}
	return m.Crypto
}

// Suite implements Storage.
func (m *Mem) Suite() (*Suite, error) { return m.suite(), nil }

// Head implements Storage.
func (m *Mem) Head() (uint64, Hash, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.seq, m.head, nil
}

// Put implements Storage.
func (m *Mem) Put(seq uint64, reviewID string, rec []byte, h Hash) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.recs == nil {
		m.recs = make(map[uint64][]byte)
	}
	if _, ok := m.recs[seq]; ok {
		return errors.New("audit: record exists")
	}
	if m.tree == nil {
		m.tree, m.nodes = m.suite().rf.NewEmptyRange(0), map[compact.NodeID][]byte{}
	}
	if len(rec) < len(h) {
		return fmt.Errorf("%w: record of %d bytes", ErrMalformed, len(rec))
	}
	if err := appendLeaf(m.suite(), m.tree, seq, rec[:len(rec)-len(h)], func(id compact.NodeID, nh []byte) error {
		m.nodes[id] = nh
		return nil
	}); err != nil {
		return err
	}
	m.recs[seq] = append([]byte(nil), rec...)
	m.seq, m.head = seq, h
	if reviewID != "" {
		if m.review == nil {
			m.review = make(map[string][]uint64)
		}
		m.review[reviewID] = append(m.review[reviewID], seq)
	}
	return nil
}

// Node implements Storage.
func (m *Mem) Node(level uint, index uint64) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.nodes[compact.NewNodeID(level, index)], nil
}

// ReviewSeqs implements Storage.
func (m *Mem) ReviewSeqs(id string, fn func(uint64) (bool, error)) error {
	m.mu.Lock()
	seqs := append([]uint64(nil), m.review[id]...)
	m.mu.Unlock()
	for _, seq := range seqs {
		more, err := fn(seq)
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// Get implements Storage.
func (m *Mem) Get(seq uint64) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.recs[seq], nil
}

// Scan implements Storage.
func (m *Mem) Scan(from uint64, fn func(uint64, []byte) (bool, error)) error {
	m.mu.Lock()
	keys := make([]uint64, 0, len(m.recs))
	for k := range m.recs {
		if k >= from {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	recs := make([][]byte, len(keys))
	for i, k := range keys {
		recs[i] = m.recs[k]
	}
	m.mu.Unlock()
	for i, k := range keys {
		more, err := fn(k, recs[i])
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// seqKey is the 8-byte big-endian key of a sequence number, so that byte
// order is numeric order.
func seqKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 8), seq)
}
