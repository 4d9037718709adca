package patrol

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/report"
)

// Buckets of patrol findings.
var (
	bucketFindings = []byte("findings")   // URL "\n" content SHA-256 → Finding
	bucketFindID   = []byte("finding_id") // id → key in bucketFindings
)

// The states of a patrol finding.
const (
	FindingOpen      = "open"      // raised, waiting for a reviewer
	FindingConfirmed = "confirmed" // a reviewer confirmed it and asked for the take-down
	FindingDismissed = "dismissed" // a reviewer dismissed it, with a reason
)

// Finding is a page or attachment on the live site that blocks or needs
// review: one item of the reviewers' patrol queue. It is keyed by URL
// and content hash, so the same bytes at the same URL are raised once
// however many patrols see them, and changed content is raised again.
type Finding struct {
	ID          string           `json:"id"`
	URL         string           `json:"url"`
	Referrer    string           `json:"referrer,omitempty"`
	SHA256      string           `json:"sha256"`
	Format      string           `json:"format,omitempty"`
	Verdict     report.Severity  `json:"verdict"`
	Findings    []report.Finding `json:"findings"` // masked, as scanned
	DictVersion string           `json:"dict_version"`
	Status      string           `json:"status"`
	Reason      string           `json:"reason,omitempty"` // why it was dismissed (masked by the caller)
	By          string           `json:"by,omitempty"`     // who confirmed or dismissed it
	Decided     time.Time        `json:"decided,omitempty"`
	FirstSeen   time.Time        `json:"first_seen"`
	LastSeen    time.Time        `json:"last_seen"`
}

// Errors of the patrol queue.
var (
	ErrNoFinding   = errors.New("patrol: no such finding")
	ErrDecided     = errors.New("patrol: the finding is already decided")
	ErrNeedsReason = errors.New("patrol: a dismissal needs a reason")
)

func findingKey2(url, sha string) []byte { return []byte(url + "\n" + sha) }

// raise records it as a finding if it blocks or needs review; isNew says
// the finding was not known (by URL and content hash).
func (s *State) raise(it *Item, now time.Time) (f *Finding, isNew bool, err error) {
	if it.Verdict != report.Block && it.Verdict != report.Review || it.SHA256 == "" {
		return nil, false, nil
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketFindings)
		if err != nil {
			return err
		}
		ids, err := tx.CreateBucketIfNotExists(bucketFindID)
		if err != nil {
			return err
		}
		k := findingKey2(it.URL, it.SHA256)
		f = new(Finding)
		if v := b.Get(k); v != nil {
			if err := json.Unmarshal(v, f); err != nil {
				return fmt.Errorf("patrol: finding %s: %w", k, err)
			}
			f.LastSeen = now
			if len(it.New) > 0 && it.DictVersion != f.DictVersion {
				// A new dictionary version found more in the same bytes:
				// raised again, even if it was dismissed before.
				f.Findings, f.Verdict, f.DictVersion = it.Findings, it.Verdict, it.DictVersion
				if f.Status == FindingDismissed {
					f.Status, f.Reason, f.By, f.Decided = FindingOpen, "", "", time.Time{}
				}
				isNew = true
			}
		} else {
			isNew = true
			seq, err := ids.NextSequence()
			if err != nil {
				return err
			}
			*f = Finding{ID: fmt.Sprintf("P%06d", seq), URL: it.URL, Referrer: it.Referrer, SHA256: it.SHA256,
				Format: it.Format, Verdict: it.Verdict, Findings: it.Findings, DictVersion: it.DictVersion,
				Status: FindingOpen, FirstSeen: now, LastSeen: now}
			if err := ids.Put([]byte(f.ID), k); err != nil {
				return err
			}
		}
		v, err := json.Marshal(f)
		if err != nil {
			return err
		}
		return b.Put(k, v)
	})
	return f, isNew, err
}

// Finding returns the patrol finding id.
func (s *State) Finding(id string) (*Finding, error) {
	var f *Finding
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		f, _, err = findingOf(tx, id)
		return err
	})
	return f, err
}

// findingOf reads patrol finding id in tx, with its key in the findings
// bucket.
func findingOf(tx *bolt.Tx, id string) (*Finding, []byte, error) {
	ids, b := tx.Bucket(bucketFindID), tx.Bucket(bucketFindings)
	if ids == nil || b == nil {
		return nil, nil, ErrNoFinding
	}
	k := ids.Get([]byte(id))
	if k == nil {
		return nil, nil, ErrNoFinding
	}
	f := new(Finding)
	if err := json.Unmarshal(b.Get(k), f); err != nil {
		return nil, nil, err
	}
	return f, k, nil
}

// decide moves an open finding to confirmed or dismissed, within check,
// which may refuse (the audit record that must be written first).
func (s *State) decide(id, status, by, reason string, now time.Time, check func(*Finding) error) (*Finding, error) {
	if status != FindingConfirmed && status != FindingDismissed {
		return nil, fmt.Errorf("patrol: unknown decision %q", status)
	}
	if status == FindingDismissed && reason == "" {
		return nil, ErrNeedsReason
	}
	var f *Finding
	err := s.db.Update(func(tx *bolt.Tx) error {
		var k []byte
		var err error
		if f, k, err = findingOf(tx, id); err != nil {
			return err
		}
		if f.Status != FindingOpen {
			return ErrDecided
		}
		f.Status, f.By, f.Reason, f.Decided = status, by, reason, now
		if check != nil {
			if err := check(f); err != nil {
				return err
			}
		}
		v, err := json.Marshal(f)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketFindings).Put(k, v)
	})
	return f, err
}

// Findings returns the patrol findings in status (all when empty), the
// most severe first, then the oldest; at most limit of them.
func (s *State) Findings(status string, limit int) ([]*Finding, error) {
	var out []*Finding
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFindings)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var f Finding
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("patrol: finding %s: %w", k, err)
			}
			if status == "" || f.Status == status {
				out = append(out, &f)
			}
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Verdict.Rank() != b.Verdict.Rank() {
			return a.Verdict.Rank() > b.Verdict.Rank()
		}
		return a.FirstSeen.Before(b.FirstSeen)
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, err
}
