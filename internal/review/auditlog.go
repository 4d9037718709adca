package review

import (
	"io"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// Events returns a page of the audit trail matching f, and the After of
// the next page (0 at the end). With a review id it reads only that
// review's events.
func (s *Service) Events(a Actor, f audit.Filter) ([]audit.Event, uint64, error) {
	if err := s.allow(a, OpAudit); err != nil {
		return nil, 0, err
	}
	if a.Role != System {
		// The trail names who read whose review from where: searching it
		// is itself an access to personal data. The filter is recorded
		// as far as it has a known shape (nothing a client typed freely).
		d := map[string]string{}
		if _, ok := parseID(f.ReviewID); ok {
			d["review"] = f.ReviewID
		}
		if validName(f.Actor) {
			d["actor"] = f.Actor
		}
		if validName(f.Action) {
			d["action"] = f.Action
		}
		if !f.From.IsZero() {
			d["from"] = f.From.UTC().Format(time.RFC3339)
		}
		if !f.To.IsZero() {
			d["to"] = f.To.UTC().Format(time.RFC3339)
		}
		if f.After > 0 {
			d["after"] = strconv.FormatUint(f.After, 10)
		}
		if err := s.access(a, audit.ActionTrailSearched, nil, d); err != nil {
			return nil, 0, err
		}
	}
	var out []audit.Event
	var next uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		st := audit.Bolt(tx)
		if f.ReviewID == "" {
			var err error
			out, next, err = audit.Query(st, f)
			return err
		}
		// A review's history is a query over the chain: every event
		// about it, refusals and reads included, found through the review
		// index and each checked against its neighbours.
		evs, err := audit.ReviewEvents(st, f.ReviewID)
		if err != nil {
			return err
		}
		limit := f.Limit
		if limit <= 0 {
			limit = audit.DefaultLimit
		}
		for _, e := range evs {
			if e.Seq <= f.After || !f.Match(&e) {
				continue
			}
			if len(out) == limit {
				next = out[len(out)-1].Seq
				break
			}
			out = append(out, e)
		}
		return nil
	})
	if out == nil {
		out = []audit.Event{}
	}
	return out, next, err
}

// MaxBreaks caps the breaks VerifyTrail returns; the summary still counts
// every one.
const MaxBreaks = 1000

// VerifyTrail re-hashes the whole trail, checks every review against its
// events (VerifyTx), and returns the summary and up to MaxBreaks breaks
// (every break is counted in the summary).
func (s *Service) VerifyTrail(a Actor) (audit.Summary, []audit.Break, error) {
	if err := s.allow(a, OpVerify); err != nil {
		return audit.Summary{}, nil, err
	}
	breaks := []audit.Break{}
	var sum audit.Summary
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		sum, err = VerifyTx(tx, nil, func(b audit.Break) {
			if len(breaks) < MaxBreaks {
				breaks = append(breaks, b)
			}
		})
		return err
	})
	return sum, breaks, err
}

// ExportTrail writes the whole trail to w as jsonl or csv.
func (s *Service) ExportTrail(a Actor, format string, w io.Writer) error {
	if err := s.allow(a, OpAudit); err != nil {
		return err
	}
	if format != audit.FormatJSONL && format != audit.FormatCSV {
		return Errorf(KindInvalid, "bad_format", "导出格式应为 jsonl 或 csv")
	}
	if err := s.access(a, audit.ActionTrailExported, nil, map[string]string{"format": format}); err != nil {
		return err
	}
	return s.db.View(func(tx *bolt.Tx) error { return audit.Export(audit.Bolt(tx), format, w) })
}
