package audit

import (
	"encoding/binary"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Bucket names in the bbolt file. The events bucket maps an 8-byte
// big-endian sequence number to a record; the meta bucket holds the head.
var (
	eventsBucket = []byte("audit_events")
	metaBucket   = []byte("audit_meta")
	headKey      = []byte("head") // 8-byte seq followed by 32-byte hash
)

// Init creates the trail's buckets in tx if they do not exist.
func Init(tx *bolt.Tx) error {
	for _, name := range [][]byte{eventsBucket, metaBucket} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("audit: creating bucket %s: %w", name, err)
		}
	}
	return nil
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

func (b boltStorage) Put(seq uint64, rec []byte, h Hash) error {
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
