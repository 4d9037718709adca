package review

import (
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A client that retries a request it never saw answered (a CMS on a
// timeout) sends the same Idempotency-Key; the server answers the retry
// with the first answer instead of doing the work again. The answers are
// kept here, in their own bucket, under the actor's name, the route and
// the key, for IdempotencyTTL.
//
// The answer is written after the work's own transaction: a crash
// between the two loses the answer, and a retry then does the work again
// (a second review of the same draft, which reviewers see as such). The
// window is one fsync.

// IdempotencyTTL is how long an answer is kept for retries.
const IdempotencyTTL = 24 * time.Hour

var idempotencyBucket = []byte("idempotency")

// Remembered is an answer kept for retries of one Idempotency-Key.
type Remembered struct {
	// RequestHash identifies the request the key was first used with; a
	// retry with another request is refused.
	RequestHash string    `json:"request_hash"`
	Status      int       `json:"status"`
	ContentType string    `json:"content_type,omitempty"`
	Location    string    `json:"location,omitempty"`
	Body        []byte    `json:"body"`
	At          time.Time `json:"at"`
}

func idempotencyKey(a Actor, route, key string) []byte {
	return []byte(a.Name + "\x00" + route + "\x00" + key)
}

// Recall returns the answer kept for a's key on route, or nil when there
// is none or it is older than IdempotencyTTL.
func (s *Service) Recall(a Actor, route, key string) (*Remembered, error) {
	var out *Remembered
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(idempotencyBucket)
		if b == nil {
			return nil
		}
		v := b.Get(idempotencyKey(a, route, key))
		if v == nil {
			return nil
		}
		var r Remembered
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		if s.now().Sub(r.At) < IdempotencyTTL {
			out = &r
		}
		return nil
	})
	return out, err
}

// Remember keeps answer r to a's key on route.
func (s *Service) Remember(a Actor, route, key string, r Remembered) error {
	r.At = s.now().UTC()
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.write(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(idempotencyBucket)
		if err != nil {
			return err
		}
		return b.Put(idempotencyKey(a, route, key), v)
	})
}

// PurgeIdempotency deletes the answers older than IdempotencyTTL and
// returns how many.
func (s *Service) PurgeIdempotency(now time.Time) (int, error) {
	var old [][]byte
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(idempotencyBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var r Remembered
			if json.Unmarshal(v, &r) != nil || now.Sub(r.At) >= IdempotencyTTL {
				old = append(old, append([]byte(nil), k...))
			}
			return nil
		})
	})
	if err != nil || len(old) == 0 {
		return 0, err
	}
	err = s.write(func(tx *bolt.Tx) error {
		b := tx.Bucket(idempotencyBucket)
		for _, k := range old {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	return len(old), err
}
