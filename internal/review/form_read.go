package review

import (
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// This file holds the read-only views that the 保密审查单 (package form),
// the annual figures (package stats) and the trail's CSV export need.
// They only read; each checks the role table like every other method.

// Record returns review id and the events of its history that make its
// state (submitted, scanned, dismissals, decisions, releases), read from
// the chain and each checked against its neighbours, for the 保密审查单.
// Whoever may read the review may read its record; a read by anyone but
// the submitter is recorded, as Get records it. Refusals and reads of the
// review are left out: they are history of access, not of the decision,
// and who looked at a review is for auditors (Events).
func (s *Service) Record(a Actor, id string) (*Review, []audit.Event, error) {
	r, err := s.Get(a, id)
	if err != nil {
		return nil, nil, err
	}
	var evs []audit.Event
	err = s.db.View(func(tx *bolt.Tx) error {
		var err error
		evs, err = stateEvents(tx, r.ID)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return r, evs, nil
}

func stateEvents(tx *bolt.Tx, id string) ([]audit.Event, error) {
	all, err := audit.ReviewEvents(audit.Bolt(tx), id)
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, e := range all {
		if e.Action == audit.ActionDenied || accessAction(e.Action) {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

// Records calls fn with every review submitted in [from, to) and the
// events of its state (as Record returns them), in submission order, for
// the 保密审查单 of a period. It is an audit operation (auditors and the
// operator's offline commands); it records one trail_exported event
// naming the period, since the forms carry every review's names.
func (s *Service) Records(a Actor, from, to time.Time, fn func(*Review, []audit.Event) error) error {
	if err := s.allow(a, OpAudit); err != nil {
		return err
	}
	if a.Role != System { // the offline command opens the file read-only and cannot append
		if err := s.access(a, audit.ActionTrailExported, nil, map[string]string{"format": "form",
			"from": from.UTC().Format(time.RFC3339), "to": to.UTC().Format(time.RFC3339)}); err != nil {
			return err
		}
	}
	return s.db.View(func(tx *bolt.Tx) error { return RecordsTx(tx, from, to, fn) })
}

// RecordsTx is Records on an open transaction, for the operator's offline
// command on a data folder opened read-only; it checks no role and
// records nothing.
func RecordsTx(tx *bolt.Tx, from, to time.Time, fn func(*Review, []audit.Event) error) error {
	b := tx.Bucket(reviewsBucket)
	if b == nil {
		return errNoBuckets
	}
	return b.ForEach(func(_, v []byte) error {
		r, err := decodeReview(v)
		if err != nil || r == nil {
			return err
		}
		if r.SubmittedAt.Before(from) || !r.SubmittedAt.Before(to) {
			return nil
		}
		evs, err := stateEvents(tx, r.ID)
		if err != nil {
			return err
		}
		// Forms of a period go to auditors and, printed, to the 保密办:
		// never the submitter, so only the keyed digests (privacy.go).
		return fn(r.ShownTo(Actor{}), evs)
	})
}

// EachEvent calls fn with every event of the trail matching f in sequence
// order (f.After and f.Limit aside: all of them), for the annual figures
// and the filtered CSV export. It is an audit operation. When export is
// set the read is recorded as a trail_exported event with the filter, as
// ExportTrail records it; the figures, which hold counts only, are not.
func (s *Service) EachEvent(a Actor, f audit.Filter, export bool, fn func(*audit.Event) error) error {
	if err := s.allow(a, OpAudit); err != nil {
		return err
	}
	if export && a.Role != System {
		d := map[string]string{"format": "csv"}
		for k, v := range map[string]string{"review_id": f.ReviewID, "actor": f.Actor, "action": f.Action} {
			if v != "" {
				d[k] = v
			}
		}
		if !f.From.IsZero() {
			d["from"] = f.From.UTC().Format(time.RFC3339)
		}
		if !f.To.IsZero() {
			d["to"] = f.To.UTC().Format(time.RFC3339)
		}
		if err := s.access(a, audit.ActionTrailExported, nil, d); err != nil {
			return err
		}
	}
	return s.db.View(func(tx *bolt.Tx) error {
		st := audit.Bolt(tx)
		if f.ReviewID != "" {
			evs, err := audit.ReviewEvents(st, f.ReviewID)
			if err != nil {
				return err
			}
			for i := range evs {
				if f.Match(&evs[i]) {
					if err := fn(&evs[i]); err != nil {
						return err
					}
				}
			}
			return nil
		}
		return st.Scan(1, func(_ uint64, rec []byte) (bool, error) {
			e, err := audit.DecodeRecord(rec)
			if err != nil {
				return false, err
			}
			if !f.Match(&e) {
				return true, nil
			}
			return true, fn(&e)
		})
	})
}

// SplitName reads a token name of the form 姓名@单位 (张三@办公室) as the
// person and the unit they submit for, for the 保密审查单 and the annual
// figures; a name without @ is the person alone and unit is empty.
func SplitName(name string) (person, unit string) {
	i := strings.LastIndex(name, "@")
	if i <= 0 || i == len(name)-1 {
		return name, ""
	}
	return name[:i], name[i+1:]
}
