package audit

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/transparency-dev/merkle/compact"
	bolt "go.etcd.io/bbolt"
)

// Bucket names in the bbolt file. The events bucket maps an 8-byte
// big-endian sequence number to a record; the meta bucket holds the head.
// The review index maps a review id followed by the 8-byte sequence number
// of one of its events to nothing: it only finds a review's events
// quickly. It is not trusted: every event it points at is read back from
// the chain and checked to name that review, and Verify rebuilds it from
// the chain and reports any difference.
var (
	eventsBucket = []byte("audit_events")
	metaBucket   = []byte("audit_meta")
	reviewBucket = []byte("audit_review")
	treeBucket   = []byte("audit_tree") // node's last leaf (8 bytes) + level -> node hash, see treeKey
	headKey      = []byte("head")       // 8-byte seq followed by 32-byte hash
	treeKeyMeta  = []byte("tree")       // the compact range of the whole tree, see encodeTree
	suiteKey     = []byte("suite")      // the log's crypto suite name; absent: sha256-ed25519
)

// Init creates the trail's buckets in tx if they do not exist. A trail
// written before the review index existed is indexed once, from its
// events.
func Init(tx *bolt.Tx) error {
	for _, name := range [][]byte{eventsBucket, metaBucket} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("audit: creating bucket %s: %w", name, err)
		}
	}
	if tx.Bucket(reviewBucket) == nil {
		idx, err := tx.CreateBucket(reviewBucket)
		if err != nil {
			return fmt.Errorf("audit: creating bucket %s: %w", reviewBucket, err)
		}
		err = tx.Bucket(eventsBucket).ForEach(func(k, v []byte) error {
			e, err := DecodeRecord(v)
			if err != nil || len(k) != 8 || e.ReviewID == "" {
				return nil // Verify reports it; the index only points at events
			}
			return idx.Put(reviewKey(e.ReviewID, binary.BigEndian.Uint64(k)), nil)
		})
		if err != nil {
			return err
		}
	}
	if tx.Bucket(treeBucket) == nil {
		// A trail from before the tree is imported once: its chain is
		// verified first (a broken one is not blessed with a tree), the
		// tree is built from its events, and the import is recorded.
		sum, err := Verify(Bolt(tx), nil)
		if err != nil {
			return err
		}
		if sum.Breaks > 0 {
			return fmt.Errorf("audit: the existing trail has %d break(s); run mishen audit verify, the tree is not built over a broken chain", sum.Breaks)
		}
		tb, err := tx.CreateBucket(treeBucket)
		if err != nil {
			return fmt.Errorf("audit: creating bucket %s: %w", treeBucket, err)
		}
		su, err := Bolt(tx).Suite()
		if err != nil {
			return err
		}
		r := su.rf.NewEmptyRange(0)
		put := func(id compact.NodeID, h []byte) error { return tb.Put(treeKey(id), h) }
		err = tx.Bucket(eventsBucket).ForEach(func(k, v []byte) error {
			if len(k) != 8 || len(v) < len(Hash{}) {
				return fmt.Errorf("audit: cannot build the tree: event key %x is damaged (run mishen audit verify)", k)
			}
			return appendLeaf(su, r, binary.BigEndian.Uint64(k), v[:len(v)-len(Hash{})], put)
		})
		if err != nil {
			return err
		}
		if err := tx.Bucket(metaBucket).Put(treeKeyMeta, encodeTree(r)); err != nil {
			return err
		}
		if sum.Events > 0 {
			root := rangeRoot(su, r)
			_, err := Append(Bolt(tx), Event{Actor: "mishen", Role: "system", Action: ActionLogMigrated, Details: map[string]string{
				"from": "hash chain v1", "events": fmt.Sprint(sum.Events), "head": sum.Head.String(),
				"tree_root": root.String(), "chain_verified": "true"}})
			return err
		}
	}
	return nil
}

// reviewKey is the review index key of event seq of review id.
func reviewKey(id string, seq uint64) []byte {
	return binary.BigEndian.AppendUint64(append(make([]byte, 0, len(id)+8), id...), seq)
}

// Bolt returns the Storage of the trail inside tx. Writes need a writable
// tx; a trail whose buckets do not exist yet reads as empty. Appending
// through Bolt in the same transaction as other writes makes them commit
// (or fail) together.
func Bolt(tx *bolt.Tx) Storage { return boltStorage{tx} }

type boltStorage struct{ tx *bolt.Tx }

func (b boltStorage) Head() (uint64, Hash, error) {
	var h Hash
	m := b.tx.Bucket(metaBucket)
	if m == nil {
		return 0, h, nil
	}
	v := m.Get(headKey)
	if v == nil {
		return 0, h, nil
	}
	if len(v) != 8+len(h) {
		return 0, h, fmt.Errorf("audit: head record has %d bytes, want %d", len(v), 8+len(h))
	}
	copy(h[:], v[8:])
	return binary.BigEndian.Uint64(v), h, nil
}

func (b boltStorage) Put(seq uint64, reviewID string, rec []byte, h Hash) error {
	ev, m := b.tx.Bucket(eventsBucket), b.tx.Bucket(metaBucket)
	if ev == nil || m == nil {
		return errors.New("audit: trail buckets missing (Init not run)")
	}
	k := seqKey(seq)
	if ev.Get(k) != nil {
		return fmt.Errorf("audit: event %d exists", seq)
	}
	// Sequence keys only grow, so let bbolt fill pages completely.
	ev.FillPercent = 1.0
	if err := ev.Put(k, rec); err != nil {
		return err
	}
	tb := b.tx.Bucket(treeBucket)
	if tb == nil {
		return errors.New("audit: tree bucket missing (Init not run)")
	}
	su, err := b.Suite()
	if err != nil {
		return err
	}
	r, err := decodeTree(su, m.Get(treeKeyMeta))
	if err != nil {
		return err
	}
	if len(rec) < len(h) {
		return fmt.Errorf("%w: record of %d bytes", ErrMalformed, len(rec))
	}
	tb.FillPercent = 1.0 // node keys within a level only grow
	err = appendLeaf(su, r, seq, rec[:len(rec)-len(h)], func(id compact.NodeID, nh []byte) error { return tb.Put(treeKey(id), nh) })
	if err != nil {
		return err
	}
	if err := m.Put(treeKeyMeta, encodeTree(r)); err != nil {
		return err
	}
	if reviewID != "" {
		idx := b.tx.Bucket(reviewBucket)
		if idx == nil {
			return errors.New("audit: review index missing (Init not run)")
		}
		if err := idx.Put(reviewKey(reviewID, seq), nil); err != nil {
			return err
		}
	}
	return m.Put(headKey, append(k, h[:]...))
}

func (b boltStorage) Get(seq uint64) ([]byte, error) {
	ev := b.tx.Bucket(eventsBucket)
	if ev == nil {
		return nil, nil
	}
	return ev.Get(seqKey(seq)), nil
}

func (b boltStorage) Scan(from uint64, fn func(uint64, []byte) (bool, error)) error {
	ev := b.tx.Bucket(eventsBucket)
	if ev == nil {
		return nil
	}
	c := ev.Cursor()
	for k, v := c.Seek(seqKey(from)); k != nil; k, v = c.Next() {
		if len(k) != 8 {
			// A key that is not a sequence number is a break that
			// Verify reports; give it a number that cannot be a real
			// sequence so that it is noticed.
			more, err := fn(0, v)
			if err != nil || !more {
				return err
			}
			continue
		}
		more, err := fn(binary.BigEndian.Uint64(k), v)
		if err != nil || !more {
			return err
		}
	}
	return nil
}

func (b boltStorage) Suite() (*Suite, error) {
	m := b.tx.Bucket(metaBucket)
	if m == nil {
		return SHA256, nil
	}
	v := m.Get(suiteKey)
	if v == nil {
		return SHA256, nil
	}
	return SuiteNamed(string(v))
}

// InitSuite returns an init function that runs Init and makes the log use
// the suite named by flag (sha256 or sm; empty: whatever the log uses,
// sha256 for a new one). A log's suite is chosen when it is created and
// never changes: asking an existing log for another fails, naming both.
func InitSuite(flag string) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		if err := Init(tx); err != nil {
			return err
		}
		if flag == "" {
			return nil
		}
		want, err := SuiteNamed(flag)
		if err != nil {
			return err
		}
		s := Bolt(tx)
		have, err := s.Suite()
		if err != nil {
			return err
		}
		if have == want {
			if tx.Bucket(metaBucket).Get(suiteKey) == nil {
				return tx.Bucket(metaBucket).Put(suiteKey, []byte(want.Name))
			}
			return nil
		}
		seq, _, err := s.Head()
		if err != nil {
			return err
		}
		if seq > 0 || tx.Bucket(metaBucket).Get(suiteKey) != nil {
			return fmt.Errorf("audit: this log uses %s; it cannot become %s (the suite is chosen when the log is created: set --crypto / MISHEN_CRYPTO for the first command on a new data folder)", have.Name, want.Name)
		}
		return tx.Bucket(metaBucket).Put(suiteKey, []byte(want.Name))
	}
}

func (b boltStorage) Node(level uint, index uint64) ([]byte, error) {
	tb := b.tx.Bucket(treeBucket)
	if tb == nil {
		return nil, nil
	}
	return tb.Get(treeKey(compact.NewNodeID(level, index))), nil
}

func (b boltStorage) ReviewSeqs(id string, fn func(uint64) (bool, error)) error {
	idx := b.tx.Bucket(reviewBucket)
	if idx == nil || id == "" {
		return nil
	}
	c := idx.Cursor()
	prefix := []byte(id)
	for k, _ := c.Seek(prefix); k != nil && len(k) == len(prefix)+8 && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		more, err := fn(binary.BigEndian.Uint64(k[len(prefix):]))
		if err != nil || !more {
			return err
		}
	}
	return nil
}
