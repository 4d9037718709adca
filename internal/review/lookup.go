package review

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// SummaryIn returns review id as listed in a queue, read in tx, with the
// keyed digest and never the plain one; nil when there is no such review.
// It is for readers of the database that act on committed audit events
// (the webhook outbox) and need the review's verdict and counts in the
// same transaction.
func SummaryIn(tx *bolt.Tx, id string) (*Summary, error) {
	r, err := getReview(tx, id)
	if err != nil || r == nil {
		return nil, err
	}
	sum := r.Summary()
	sum.ContentSHA256 = ""
	return &sum, nil
}

// PendingQueue returns how many reviews are pending and when the oldest
// of them was submitted (zero when none), from the status index.
func (s *Service) PendingQueue() (n int, oldest time.Time, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		sb := tx.Bucket(statusBucket)
		if sb == nil {
			return errNoBuckets
		}
		b := sb.Bucket([]byte(Pending))
		if b == nil {
			return nil
		}
		n = b.Stats().KeyN
		k, _ := b.Cursor().First()
		if k == nil {
			return nil
		}
		r, err := decodeReview(tx.Bucket(reviewsBucket).Get(k))
		if err != nil || r == nil {
			return err
		}
		oldest = r.SubmittedAt
		return nil
	})
	return n, oldest, err
}

// DictVersion is the version of the dictionaries in force, or "" without
// a scanner.
func (s *Service) DictVersion() string {
	if s.scanner == nil {
		return ""
	}
	return s.scanner.DictVersion()
}
