package review

import (
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// A draft that was rejected, or that its submitter corrected or cleaned
// (区分处理), comes back as a new version: a review of its own (its own
// scan, decisions and release) that names the one it replaces, which
// becomes superseded and can no longer be released. A pending review
// can also be withdrawn by its submitter. Both are events of the old
// review in the chain, so release decisions see them.

// supersedable loads review id and says whether a may replace it with a
// new version: only its submitter, only while it is neither withdrawn
// nor superseded, and only when its record agrees with the chain.
func (s *Service) supersedable(tx *bolt.Tx, a Actor, id string) (*Review, error, error) {
	r, err := getReview(tx, id)
	if err != nil {
		return nil, nil, err
	}
	if r == nil {
		return nil, notFound(id), nil
	}
	if r.Submitter != a.Name {
		return nil, Errorf(KindForbidden, "not_owner", "只能为自己提交的稿件提交新版本"), nil
	}
	switch r.Status {
	case Withdrawn:
		return nil, Errorf(KindConflict, "withdrawn", "审查 %s 已撤回，不能再提交新版本；请作为新稿件提交", id), nil
	case Superseded:
		return nil, Errorf(KindConflict, "superseded", "审查 %s 已被新版本 %s 取代；请为最新版本提交新版本", id, r.SupersededBy), nil
	}
	if _, why, err := checkRecord(tx, r); err != nil {
		return nil, nil, err
	} else if why != "" {
		return nil, recordMismatch(id), nil
	}
	return r, nil, nil
}

// supersede records that prev is replaced by review next: its event,
// its status, and the deletion of its draft (whose key the caller shreds
// after the commit; the returned seq, 0 when none was kept).
func (s *Service) supersede(tx *bolt.Tx, a Actor, prev *Review, next string, now time.Time) (audit.Event, uint64, error) {
	d := map[string]string{"by": next, "status": string(prev.Status)}
	shred, err := s.dropDraft(tx, prev, d)
	if err != nil {
		return audit.Event{}, 0, err
	}
	ev, err := audit.Append(audit.Bolt(tx), a.event(audit.Event{Time: now, Action: audit.ActionSuperseded,
		ReviewID: prev.ID, ContentSHA256: prev.digest(), Details: d}))
	if err != nil {
		return audit.Event{}, 0, err
	}
	old := prev.Status
	prev.Status, prev.SupersededBy = Superseded, next
	prev.AuditEvents = append(prev.AuditEvents, ev.Seq)
	return ev, shred, putReview(tx, prev, old)
}

// dropDraft deletes r's stored draft, if one is kept, noting it in d, and
// returns its seq for shredding (0 when there was none).
func (s *Service) dropDraft(tx *bolt.Tx, r *Review, d map[string]string) (uint64, error) {
	if r.DraftExpires == nil {
		return 0, nil
	}
	seq, _ := parseID(r.ID)
	if err := tx.Bucket(draftsBucket).Delete(key(seq)); err != nil {
		return 0, err
	}
	r.DraftExpires = nil
	d["draft"] = "deleted"
	return seq, nil
}

// Withdraw takes back a pending review at its submitter's request: it
// can then be neither decided nor released, and its stored draft is
// deleted at once.
func (s *Service) Withdraw(a Actor, id, reason string) (*Review, error) {
	if err := s.allow(a, OpSubmit); err != nil {
		return nil, err
	}
	reason, ok := cleanText(reason, maxCommentRunes, true)
	if !ok {
		return nil, Errorf(KindInvalid, "reason_too_long", "理由不能超过 %d 个字", maxCommentRunes)
	}
	if s.scanner != nil {
		reason = s.maskText(reason)
	}
	return s.change(a, func(tx *bolt.Tx, c *change) error {
		r, err := getReview(tx, id)
		if err != nil {
			return err
		}
		switch {
		case r == nil:
			c.refusal = notFound(id)
			return nil
		case r.Submitter != a.Name:
			c.refusal = Errorf(KindForbidden, "not_owner", "只能撤回自己提交的稿件")
			ev, err := audit.Append(audit.Bolt(tx), denial(a, OpSubmit, id, "not_owner"))
			c.appended = append(c.appended, ev)
			return err
		case r.Status != Pending:
			c.refusal = Errorf(KindConflict, "not_pending", "审查 %s 当前状态为“%s”，只有待审查的稿件可以撤回", id, r.Status.Label())
			return nil
		}
		if _, why, err := checkRecord(tx, r); err != nil {
			return err
		} else if why != "" {
			c.refusal = recordMismatch(id)
			return nil
		}
		d := map[string]string{}
		if reason != "" {
			d["reason"] = reason
		}
		if c.shred, err = s.dropDraft(tx, r, d); err != nil {
			return err
		}
		if c.keptShred, err = s.dropKept(tx, r); err != nil {
			return err
		}
		ev, err := audit.Append(audit.Bolt(tx), a.event(audit.Event{Time: s.now().UTC(), Action: audit.ActionWithdrawn,
			ReviewID: id, ContentSHA256: r.digest(), Details: d}))
		if err != nil {
			return err
		}
		c.appended = append(c.appended, ev)
		r.Status = Withdrawn
		r.AuditEvents = append(r.AuditEvents, ev.Seq)
		c.out = r
		return putReview(tx, r, Pending)
	})
}

// Versions returns the versions of the draft that review id belongs
// to, oldest first, as a may see them (each read as Get reads).
func (s *Service) Versions(a Actor, id string) ([]Summary, error) {
	r, err := s.get(a, id)
	if err != nil {
		return nil, err
	}
	var out []Summary
	err = s.db.View(func(tx *bolt.Tx) error {
		// Walk back to the first version, then forward.
		first := r
		for first.Supersedes != "" {
			p, err := getReview(tx, first.Supersedes)
			if err != nil || p == nil {
				break
			}
			first = p
		}
		for cur := first; cur != nil; {
			out = append(out, cur.Summary().shownTo(a))
			if cur.SupersededBy == "" {
				break
			}
			next, err := getReview(tx, cur.SupersededBy)
			if err != nil {
				return err
			}
			cur = next
		}
		return nil
	})
	if err == nil && r.Submitter != a.Name {
		// The versions carry other people's (masked) titles and states:
		// reading them is a read of the review.
		ids := make([]string, len(out))
		for i, v := range out {
			ids[i] = v.ID
		}
		if err := s.access(a, audit.ActionReviewRead, r, map[string]string{"versions": strings.Join(ids, ",")}); err != nil {
			return nil, err
		}
	}
	return out, err
}
