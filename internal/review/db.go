package review

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// The layout of the bbolt file (besides the audit trail's own buckets):
//
//	reviews           8-byte review number -> Review as JSON
//	review_status     one sub-bucket per status: review number -> empty
//	review_submitter  one sub-bucket per token name: review number -> empty
//	drafts            review number -> expiry and files (see encodeDraft)
//	tokens            token name -> tokenRecord as JSON
var (
	reviewsBucket   = []byte("reviews")
	statusBucket    = []byte("review_status")
	submitterBucket = []byte("review_submitter")
	draftsBucket    = []byte("drafts")
	archiveBucket   = []byte("archive") // content kept for rescans (archive.go)
	tokensBucket    = []byte("tokens")
)

// Init creates every bucket the service needs, the audit trail's
// included. Pass it to store.Open.
func Init(tx *bolt.Tx) error { return InitWith("")(tx) }

// InitWith is Init with the audit log's crypto suite (audit.InitSuite:
// sha256 or sm; empty keeps the log's own).
func InitWith(crypto string) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error { return initWith(tx, crypto) }
}

func initWith(tx *bolt.Tx, crypto string) error {
	if err := audit.InitSuite(crypto)(tx); err != nil {
		return err
	}
	for _, name := range [][]byte{reviewsBucket, statusBucket, submitterBucket, draftsBucket, tokensBucket, archiveBucket} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("review: creating bucket %s: %w", name, err)
		}
	}
	sb := tx.Bucket(statusBucket)
	for _, st := range Statuses {
		if _, err := sb.CreateBucketIfNotExists([]byte(st)); err != nil {
			return fmt.Errorf("review: creating status index %s: %w", st, err)
		}
	}
	return nil
}

func key(seq uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), seq) }

var errNoBuckets = errors.New("review: database not initialised (buckets missing)")

// getReview reads review id; it returns nil, nil when there is none.
func getReview(tx *bolt.Tx, id string) (*Review, error) {
	seq, ok := parseID(id)
	if !ok {
		return nil, nil
	}
	b := tx.Bucket(reviewsBucket)
	if b == nil {
		return nil, errNoBuckets
	}
	return decodeReview(b.Get(key(seq)))
}

func decodeReview(v []byte) (*Review, error) {
	if v == nil {
		return nil, nil
	}
	var r Review
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("review: stored review does not decode: %w", err)
	}
	return &r, nil
}

// putReview writes r and moves it in the status index from old (empty
// for a new review).
func putReview(tx *bolt.Tx, r *Review, old Status) error {
	seq, ok := parseID(r.ID)
	if !ok {
		return fmt.Errorf("review: bad id %q", r.ID)
	}
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	k := key(seq)
	rb := tx.Bucket(reviewsBucket)
	if rb == nil {
		return errNoBuckets
	}
	if err := rb.Put(k, v); err != nil {
		return err
	}
	sb := tx.Bucket(statusBucket)
	if old != r.Status {
		if old != "" {
			if err := sb.Bucket([]byte(old)).Delete(k); err != nil {
				return err
			}
		}
		if err := sb.Bucket([]byte(r.Status)).Put(k, nil); err != nil {
			return err
		}
	}
	if old == "" {
		ub, err := tx.Bucket(submitterBucket).CreateBucketIfNotExists([]byte(r.Submitter))
		if err != nil {
			return err
		}
		if err := ub.Put(k, nil); err != nil {
			return err
		}
	}
	return nil
}

// encodeDraft lays out a stored draft: the expiry as 8-byte big-endian
// Unix nanoseconds, then per file a 4-byte name length, the name, an
// 8-byte data length and the data.
func encodeDraft(expires time.Time, files []DraftFile) []byte {
	n := 8
	for _, f := range files {
		n += 12 + len(f.Name) + len(f.Data)
	}
	b := make([]byte, 0, n)
	b = binary.BigEndian.AppendUint64(b, uint64(expires.UnixNano()))
	for _, f := range files {
		b = binary.BigEndian.AppendUint32(b, uint32(len(f.Name)))
		b = append(b, f.Name...)
		b = binary.BigEndian.AppendUint64(b, uint64(len(f.Data)))
		b = append(b, f.Data...)
	}
	return b
}

func draftExpiry(v []byte) (time.Time, bool) {
	if len(v) < 8 {
		return time.Time{}, false
	}
	return time.Unix(0, int64(binary.BigEndian.Uint64(v))), true
}

func decodeDraft(v []byte) ([]DraftFile, error) {
	bad := errors.New("review: stored draft is corrupt")
	if len(v) < 8 {
		return nil, bad
	}
	v = v[8:]
	var out []DraftFile
	for len(v) > 0 {
		if len(v) < 4 {
			return nil, bad
		}
		nl := binary.BigEndian.Uint32(v)
		v = v[4:]
		if uint64(nl) > uint64(len(v)) {
			return nil, bad
		}
		name := string(v[:nl])
		v = v[nl:]
		if len(v) < 8 {
			return nil, bad
		}
		dl := binary.BigEndian.Uint64(v)
		v = v[8:]
		if dl > uint64(len(v)) {
			return nil, bad
		}
		out = append(out, DraftFile{Name: name, Data: append([]byte(nil), v[:dl]...)})
		v = v[dl:]
	}
	return out, nil
}
