package review

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
)

// DecisionInput is a reviewer's decision on a pending review.
type DecisionInput struct {
	// Decision is approve or reject.
	Decision string `json:"decision"`
	// Comment is required for a rejection (it tells the publisher why).
	Comment string `json:"comment"`
	// Dismissed are findings the reviewer judges harmless, with reasons.
	Dismissed []DismissInput `json:"dismissed"`
}

// DismissInput dismisses one finding.
type DismissInput struct {
	FindingID string `json:"finding_id"`
	Reason    string `json:"reason"`
}

// Decide applies a reviewer's decision under the policy:
//   - only a pending review can be decided; the submitter cannot decide;
//   - each reviewer approves at most once;
//   - a block verdict is approved only once every blocking finding is
//     dismissed (in this decision or earlier), and clears after
//     ApprovalsRequired distinct approvals;
//   - a rejection needs a comment and ends the review.
//
// The dismissals, the decision and the new status are recorded with their
// audit events in one transaction.
func (s *Service) Decide(a Actor, id string, in DecisionInput) (*Review, error) {
	if err := s.allow(a, OpDecide); err != nil {
		return nil, err
	}
	if in.Decision != Approve && in.Decision != Reject {
		return nil, Errorf(KindInvalid, "bad_decision", "decision 应为 approve（批准）或 reject（退回）")
	}
	if s.scanner == nil {
		return nil, fmt.Errorf("review: no scanner configured (comments are masked by it)")
	}
	comment, ok := cleanText(in.Comment, maxCommentRunes, true)
	if !ok {
		return nil, Errorf(KindInvalid, "comment_too_long", "意见不能超过 %d 个字", maxCommentRunes)
	}
	if in.Decision == Reject && comment == "" {
		return nil, Errorf(KindInvalid, "comment_required", "退回时请在 comment 中说明原因")
	}
	comment = s.maskText(comment)
	dismiss := make([]DismissInput, 0, len(in.Dismissed))
	for _, d := range in.Dismissed {
		reason, ok := cleanText(d.Reason, maxCommentRunes, true)
		switch {
		case d.FindingID == "":
			return nil, Errorf(KindInvalid, "bad_dismissal", "dismissed 中每一项都需要 finding_id")
		case reason == "":
			return nil, Errorf(KindInvalid, "reason_required", "排除问题时须说明理由（%s）", findingRef(d.FindingID))
		case !ok:
			return nil, Errorf(KindInvalid, "reason_too_long", "理由不能超过 %d 个字", maxCommentRunes)
		}
		dismiss = append(dismiss, DismissInput{FindingID: d.FindingID, Reason: s.maskText(reason)})
	}

	return s.change(a, func(tx *bolt.Tx, c *change) error {
		r, err := getReview(tx, id)
		if err != nil {
			return err
		}
		// Every check comes before the first write, so that a refusal
		// can return nil (no batch retry) having written nothing but
		// its denied event.
		refuse := func(e *Error, deniedReason string) error {
			c.refusal = e
			if deniedReason == "" {
				return nil
			}
			ev, err := audit.Append(audit.Bolt(tx), denial(a, OpDecide, id, deniedReason))
			c.appended = append(c.appended, ev)
			return err
		}
		if r == nil {
			return refuse(notFound(id), "")
		}
		if _, why, err := checkRecord(tx, r); err != nil {
			return err
		} else if why != "" {
			return refuse(recordMismatch(id), "record_mismatch")
		}
		switch {
		case r.Submitter == a.Name:
			return refuse(Errorf(KindForbidden, "own_review", "不能审查自己提交的稿件（职责分离）"), "own_review")
		case r.Status != Pending:
			return refuse(Errorf(KindConflict, "not_pending", "审查 %s 当前状态为“%s”，不能再作决定；新的稿件请重新提交", id, r.Status.Label()), "")
		}
		if in.Decision == Approve {
			for _, d := range r.Decisions {
				if d.Decision == Approve && d.Reviewer == a.Name {
					return refuse(Errorf(KindConflict, "already_approved", "您已批准过审查 %s；还需要其他审查员批准", id), "")
				}
			}
		}
		byID := make(map[string]int, len(r.Findings))
		for i, f := range r.Findings {
			byID[f.ID] = i
		}
		var newly []int
		for _, d := range dismiss {
			i, ok := byID[d.FindingID]
			if !ok {
				return refuse(Errorf(KindInvalid, "unknown_finding", "审查 %s 中没有%s（请核对 finding_id）", id, findingRef(d.FindingID)), "")
			}
			if r.Findings[i].Dismissal == nil && !slices.Contains(newly, i) {
				newly = append(newly, i)
			}
		}
		now := s.now().UTC()
		if in.Decision == Approve && r.Verdict == report.Block {
			var remain []string
			for i, f := range r.Findings {
				if f.Severity == report.Block && f.Dismissal == nil && !slices.Contains(newly, i) {
					remain = append(remain, f.ID)
				}
			}
			if len(remain) > 0 {
				return refuse(Errorf(KindConflict, "blocking_findings_remain",
					"阻断项 %s 尚未排除：批准前须逐项说明排除理由（dismissed）", strings.Join(remain, "、")), "")
			}
		}

		// Checks done: write.
		old := r.Status
		st := audit.Bolt(tx)
		dec := Decision{Reviewer: a.Name, Decision: in.Decision, Comment: comment, At: now}
		for _, d := range dismiss {
			i := byID[d.FindingID]
			if !slices.Contains(newly, i) {
				continue
			}
			f := &r.Findings[i]
			f.Dismissal = &Dismissal{Reason: d.Reason, By: a.Name, At: now}
			dec.Dismissed = append(dec.Dismissed, f.ID)
			ev, err := audit.Append(st, a.event(audit.Event{Time: now, Action: audit.ActionDismissed,
				ReviewID: id, ContentSHA256: r.digest(), Details: map[string]string{
					"finding_id": f.ID, "category": string(f.Category), "severity": string(f.Severity),
					"rule": f.Rule, "reason": d.Reason}}))
			if err != nil {
				return err
			}
			c.appended = append(c.appended, ev)
			r.AuditEvents = append(r.AuditEvents, ev.Seq)
		}
		r.Decisions = append(r.Decisions, dec)
		details := map[string]string{"comment": comment}
		action := audit.ActionRejected
		if in.Decision == Approve {
			action = audit.ActionApproved
			n := len(r.Approvals())
			details["approvals"] = fmt.Sprintf("%d/%d", n, r.ApprovalsRequired)
			if n >= r.ApprovalsRequired {
				r.Status = Cleared
				r.ClearedAt = &now
			}
		} else {
			r.Status = Rejected
			if c.keptShred, err = s.dropKept(tx, r); err != nil {
				return err
			}
		}
		details["status"] = string(r.Status)
		if r.Status != Pending && r.DraftExpires != nil {
			seq, _ := parseID(id)
			if err := tx.Bucket(draftsBucket).Delete(key(seq)); err != nil {
				return err
			}
			c.shred = seq
			r.DraftExpires = nil
			details["draft"] = "deleted"
		}
		ev, err := audit.Append(st, a.event(audit.Event{Time: now, Action: action,
			ReviewID: id, ContentSHA256: r.digest(), Details: details}))
		if err != nil {
			return err
		}
		c.appended = append(c.appended, ev)
		r.AuditEvents = append(r.AuditEvents, ev.Seq)
		c.out = r
		return putReview(tx, r, old)
	})
}

// findingIDShape is what a finding id looks like (F3, 2-F1, T1, F1~2);
// nothing longer or of another shape is echoed in a message.
var findingIDShape = regexp.MustCompile(`^([0-9]{1,3}-)?[A-Z][0-9]{1,5}(~[0-9]{1,3})?$`)

// findingRef names a finding id that a caller sent, for a message: "问题
// F3" when it has the shape of an id, else "这个编号的问题", so that
// whatever was typed is never echoed.
func findingRef(id string) string {
	if findingIDShape.MatchString(id) {
		return "问题 " + id
	}
	return "这个编号的问题"
}

// maskText masks the personal data in free text a reviewer typed before
// it is stored or audited. Line breaks are kept when masking line by line
// hides exactly what masking the whole text does (a number broken over
// two lines is masked as a whole); otherwise the text is kept on one line.
func (s *Service) maskText(text string) string {
	whole := s.scanner.Mask(text)
	if !strings.Contains(text, "\n") {
		return whole
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = s.scanner.Mask(l)
	}
	if strings.Join(lines, " ") == whole {
		return strings.Join(lines, "\n")
	}
	return whole
}

// Release releases review id for publication by its submitter. It
// succeeds only when the review is cleared (or was released before) and
// contentSHA256 is exactly the reviewed hash; every refusal is recorded.
// Whether the policy was met is decided from the review's events in the
// chain (chainState), and the stored record must agree with them. The
// receipt's approvals come from the chain, and it names the audit event
// that records the release.
func (s *Service) Release(a Actor, id, contentSHA256 string) (*Receipt, error) {
	if err := s.allow(a, OpRelease); err != nil {
		return nil, err
	}
	want := strings.ToLower(strings.TrimSpace(contentSHA256))
	if b, err := hex.DecodeString(want); err != nil || len(b) != 32 {
		return nil, Errorf(KindInvalid, "bad_hash", "content_sha256 应为 64 位十六进制的 SHA-256")
	}
	var out *Receipt
	var appended []audit.Event
	var refusal error
	err := s.write(func(tx *bolt.Tx) error {
		out, appended, refusal = nil, nil, nil
		r, err := getReview(tx, id)
		if err != nil {
			return err
		}
		refuse := func(e *Error, deniedReason string) error {
			refusal = e
			if deniedReason == "" {
				return nil
			}
			d := denial(a, OpRelease, id, deniedReason)
			if r != nil {
				d.ContentSHA256 = r.digest()
				// The offered hash is keyed like the reviewed one: an
				// unkeyed hash of someone's text never reaches the trail.
				d.Details["offered_mac"] = s.mac(id, want)
				d.Details["status"] = string(r.Status)
			}
			ev, err := audit.Append(audit.Bolt(tx), d)
			appended = append(appended, ev)
			return err
		}
		if r == nil {
			return refuse(notFound(id), "")
		}
		// The decision to release is taken on the chain's state, never
		// on the stored record alone: the record must agree with it.
		cs, why, err := checkRecord(tx, r)
		if err != nil {
			return err
		}
		if why != "" {
			return refuse(recordMismatch(id), "record_mismatch")
		}
		switch {
		case r.Submitter != a.Name:
			return refuse(Errorf(KindForbidden, "not_owner", "只能发布自己提交并已通过审查的稿件"), "not_owner")
		case r.ContentSHA256 != want:
			return refuse(Errorf(KindConflict, "hash_mismatch",
				"内容哈希与审查 %s 审查时的内容不一致：只能发布经审查的原样内容，改动后请重新提交审查", id), "hash_mismatch")
		case cs.Status == Pending:
			return refuse(Errorf(KindConflict, "not_cleared",
				"审查 %s 尚未通过（待审查，已获批准 %d/%d）：请等待审查员决定", id, len(cs.Approvals), cs.Required), "not_cleared")
		case cs.Status == Rejected:
			return refuse(Errorf(KindConflict, "rejected", "审查 %s 已被退回，不能发布；修改后请重新提交审查", id), "rejected")
		case cs.Status == Superseded:
			return refuse(Errorf(KindConflict, "superseded", "审查 %s 已被新版本 %s 取代，不能发布；请发布最新版本", id, r.SupersededBy), "superseded")
		case cs.Status == Withdrawn:
			return refuse(Errorf(KindConflict, "withdrawn", "审查 %s 已撤回，不能发布", id), "withdrawn")
		case cs.Status != Cleared && cs.Status != Released:
			return refuse(recordMismatch(id), "record_mismatch")
		}
		now := s.now().UTC()
		approvals := slices.Clone(cs.Approvals)
		names := make([]string, len(approvals))
		for i, ap := range approvals {
			names[i] = ap.Reviewer
		}
		ev, err := audit.Append(audit.Bolt(tx), a.event(audit.Event{Time: now, Action: audit.ActionReleased,
			ReviewID: id, ContentSHA256: r.digest(), Details: map[string]string{
				"verdict": string(r.Verdict), "approvals": strings.Join(names, ","), "release": fmt.Sprint(len(r.Releases) + 1)}}))
		if err != nil {
			return err
		}
		appended = append(appended, ev)
		old := r.Status
		r.Status = Released
		r.Releases = append(r.Releases, Release{By: a.Name, At: now, AuditSeq: ev.Seq, AuditHash: ev.Hash.String()})
		r.AuditEvents = append(r.AuditEvents, ev.Seq)
		clearedBy := "reviewers"
		if cs.Required == 0 {
			clearedBy = "machine"
		}
		clearedAt := cs.ClearedAt
		if approvals == nil {
			approvals = []Approval{}
		}
		var ck string
		if r.ContentMAC != "" {
			ck = hex.EncodeToString(s.reviewKey(id))
		}
		out = &Receipt{ReviewID: id, ContentSHA256: r.ContentSHA256, ContentKey: ck, Verdict: r.Verdict, ClearedBy: clearedBy,
			Approvals: approvals, ClearedAt: clearedAt, ReleasedBy: a.Name, ReleasedAt: now,
			AuditSeq: ev.Seq, AuditHash: ev.Hash.String()}
		return putReview(tx, r, old)
	})
	if err != nil {
		return nil, err
	}
	s.appended(appended)
	if refusal != nil {
		return nil, refusal
	}
	if s.pub != nil {
		// The release stands either way; a receipt without a proof
		// says so by its missing proof field (see prove).
		_ = s.prove(out, out.AuditSeq)
	}
	return out, nil
}

// PurgeDrafts deletes stored drafts whose retention ended by now and
// records each deletion. It returns how many were deleted.
func (s *Service) PurgeDrafts(now time.Time) (int, error) {
	var due [][]byte
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(draftsBucket).ForEach(func(k, v []byte) error {
			if exp, ok := storedDraftExpiry(v); !ok || !exp.After(now) {
				due = append(due, append([]byte(nil), k...))
			}
			return nil
		})
	})
	if err != nil || len(due) == 0 {
		return 0, err
	}
	n := 0
	var appended []audit.Event
	var shred []uint64
	err = s.writeNow(func(tx *bolt.Tx) error {
		n, appended, shred = 0, nil, nil
		drafts, reviews := tx.Bucket(draftsBucket), tx.Bucket(reviewsBucket)
		for _, k := range due {
			if drafts.Get(k) == nil {
				continue // deleted meanwhile by a decision
			}
			if err := drafts.Delete(k); err != nil {
				return err
			}
			shred = append(shred, binary.BigEndian.Uint64(k))
			n++
			r, err := decodeReview(reviews.Get(k))
			if err != nil || r == nil {
				continue
			}
			ev, err := audit.Append(audit.Bolt(tx), audit.Event{Time: now, Actor: SystemActor.Name, Role: string(System),
				Action: audit.ActionDraftDeleted, ReviewID: r.ID, ContentSHA256: r.digest(),
				Details: map[string]string{"reason": "retention"}})
			if err != nil {
				return err
			}
			appended = append(appended, ev)
			r.DraftExpires = nil
			r.AuditEvents = append(r.AuditEvents, ev.Seq)
			if err := putReview(tx, r, r.Status); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	s.appended(appended)
	if err := s.keys.shred(shred...); err != nil {
		return n, s.track(err) // shredOrphanKeys finishes it at the next start
	}
	return n, nil
}

// ReloadDictionaries recompiles the dictionaries (embedded ones and the
// configured folders) and records the change. On error the old set stays.
func (s *Service) ReloadDictionaries(a Actor) (string, error) {
	if err := s.allow(a, OpReload); err != nil {
		return "", err
	}
	if s.scanner == nil {
		return "", fmt.Errorf("review: no scanner configured")
	}
	old := s.scanner.DictVersion()
	if err := s.scanner.Reload(s.dictDirs); err != nil {
		return "", Errorf(KindInvalid, "bad_dictionary", "词典重新加载失败，原词典继续有效：%v", err)
	}
	v := s.scanner.DictVersion()
	var ev audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		var err error
		ev, err = audit.Append(audit.Bolt(tx), a.event(audit.Event{Action: audit.ActionDictReloaded,
			Details: map[string]string{"old_version": old, "new_version": v}}))
		return err
	})
	if err != nil {
		return "", err
	}
	s.appended([]audit.Event{ev})
	return v, nil
}
