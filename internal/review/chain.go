package review

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
)

// chainState is a review as its events in the audit chain say it stands.
// The chain, not the stored Review, is the source of truth for release: a
// stored record is only a cache of this state, checked against it before
// any decision or release. Applying events one by one enforces the policy
// again, so an approval that the policy would not have allowed (by the
// submitter, twice by one reviewer, with blocking findings left) makes
// the state broken rather than cleared.
type chainState struct {
	ID            string
	Submitter     string
	ContentSHA256 string
	Verdict       report.Severity
	Required      int
	Blocking      []string
	Status        Status
	Approvals     []Approval
	Dismissed     []string
	ClearedAt     time.Time
	Releases      int
	// Last is the sequence number of the review's last event.
	Last uint64
	// Broken says in Chinese why the events do not make a valid history;
	// empty when they do.
	Broken string

	scanned bool
}

// apply moves s by one event of its review. Denied events and deleted
// drafts change nothing; an event the policy would not have allowed
// marks s broken, and s stays broken.
func (s *chainState) apply(e *audit.Event) {
	if e.Action == audit.ActionDenied || accessAction(e.Action) {
		return // refusals and reads are history, not state; they may even precede the review
	}
	s.Last = e.Seq
	if s.Broken != "" {
		return
	}
	broken := func(format string, args ...any) {
		s.Broken = fmt.Sprintf("第 %d 号事件（%s）：", e.Seq, e.Action) + fmt.Sprintf(format, args...)
	}
	if e.Action == audit.ActionSubmitted {
		if s.Submitter != "" {
			broken("同一审查被提交了两次")
			return
		}
		s.Submitter, s.ContentSHA256, s.Status = e.Actor, e.ContentSHA256, Pending
		return
	}
	switch {
	case s.Submitter == "":
		broken("审查的提交事件不在它之前")
		return
	case e.ContentSHA256 != s.ContentSHA256:
		broken("内容哈希与提交时不同")
		return
	case e.Action != audit.ActionScanned && !s.scanned:
		broken("审查的机器检查事件不在它之前")
		return
	}
	switch e.Action {
	case audit.ActionScanned:
		if s.scanned {
			broken("同一审查被检查了两次")
			return
		}
		s.scanned = true
		s.Verdict = report.Severity(e.Details["verdict"])
		n, err := strconv.Atoi(e.Details["approvals_required"])
		if err != nil || n < 0 || (n == 0) != (s.Verdict == report.Pass || s.Verdict == report.Info) {
			broken("所需批准数与机器结论不符")
			return
		}
		s.Required = n
		if b := e.Details["blocking"]; b != "" {
			s.Blocking = strings.Split(b, ",")
		}
		if n == 0 {
			s.Status, s.ClearedAt = Cleared, e.Time
		}
	case audit.ActionDismissed:
		switch {
		case s.Status != Pending:
			broken("审查已不是待审查状态")
		case e.Actor == s.Submitter || !Allowed(Role(e.Role), OpDecide):
			broken("排除问题的人不是提交人以外的审查员")
		case !slices.Contains(s.Dismissed, e.Details["finding_id"]):
			s.Dismissed = append(s.Dismissed, e.Details["finding_id"])
		}
	case audit.ActionApproved, audit.ActionRejected:
		switch {
		case s.Status != Pending:
			broken("审查已不是待审查状态")
			return
		case e.Actor == s.Submitter || !Allowed(Role(e.Role), OpDecide):
			broken("作决定的人不是提交人以外的审查员")
			return
		}
		if e.Action == audit.ActionRejected {
			s.Status = Rejected
			return
		}
		for _, a := range s.Approvals {
			if a.Reviewer == e.Actor {
				broken("同一审查员批准了两次")
				return
			}
		}
		if s.Verdict == report.Block {
			for _, id := range s.Blocking {
				if !slices.Contains(s.Dismissed, id) {
					broken("阻断项 %s 未排除就被批准", id)
					return
				}
			}
		}
		s.Approvals = append(s.Approvals, Approval{Reviewer: e.Actor, At: e.Time})
		if len(s.Approvals) >= s.Required {
			s.Status, s.ClearedAt = Cleared, e.Time
		}
	case audit.ActionWithdrawn:
		switch {
		case s.Status != Pending:
			broken("只有待审查的稿件可以撤回")
		case e.Actor != s.Submitter:
			broken("撤回人不是提交人")
		default:
			s.Status = Withdrawn
		}
	case audit.ActionSuperseded:
		switch {
		case s.Status == Withdrawn || s.Status == Superseded:
			broken("已撤回或已被取代的审查又被取代")
		case e.Actor != s.Submitter:
			broken("提交新版本的人不是提交人")
		default:
			s.Status = Superseded
		}
	case audit.ActionReleased:
		switch {
		case s.Status != Cleared && s.Status != Released:
			broken("审查未通过就被发布")
		case e.Actor != s.Submitter || !Allowed(Role(e.Role), OpRelease):
			broken("发布人不是提交人")
		default:
			s.Status = Released
			s.Releases++
		}
	}
}

// mismatch compares a stored review with its chain state and says in
// Chinese what differs; empty when they agree.
func (s *chainState) mismatch(r *Review) string {
	if s.Broken != "" {
		return "审计链中的事件不构成有效的审查过程：" + s.Broken
	}
	if s.Submitter == "" {
		return "审计链中没有这个审查的提交事件"
	}
	var diffs []string
	if r.Status != s.Status {
		diffs = append(diffs, fmt.Sprintf("状态记录为“%s”，审计链为“%s”", r.Status.Label(), s.Status.Label()))
	}
	if r.Submitter != s.Submitter || r.digest() != s.ContentSHA256 {
		diffs = append(diffs, "提交人或内容哈希不同")
	}
	if r.Verdict != s.Verdict || r.ApprovalsRequired != s.Required {
		diffs = append(diffs, "机器结论或所需批准数不同")
	}
	got := r.Approvals()
	same := len(got) == len(s.Approvals)
	for i := 0; same && i < len(got); i++ {
		same = got[i].Reviewer == s.Approvals[i].Reviewer
	}
	if !same {
		diffs = append(diffs, fmt.Sprintf("批准记录为 %d 个，审计链为 %d 个", len(got), len(s.Approvals)))
	}
	var dismissed []string
	for _, f := range r.Findings {
		if f.Dismissal != nil {
			dismissed = append(dismissed, f.ID)
		}
	}
	if !sameSet(dismissed, s.Dismissed) {
		diffs = append(diffs, "已排除的问题不同")
	}
	if !sameSet(r.Blocking(), missing(s.Blocking, s.Dismissed)) {
		diffs = append(diffs, "阻断项不同")
	}
	if len(r.Releases) != s.Releases {
		diffs = append(diffs, fmt.Sprintf("发布记录为 %d 次，审计链为 %d 次", len(r.Releases), s.Releases))
	}
	return strings.Join(diffs, "；")
}

func missing(all, done []string) []string {
	var out []string
	for _, id := range all {
		if !slices.Contains(done, id) {
			out = append(out, id)
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

// tokenState is a token as the chain issued it.
type tokenState struct {
	role, sha string
	revoked   bool
	seq       uint64 // its last event
}

// chainOf derives review id's state from its events in the chain, each
// read back and checked against its neighbours (audit.ReviewEvents).
func chainOf(tx *bolt.Tx, id string) (*chainState, error) {
	evs, err := audit.ReviewEvents(audit.Bolt(tx), id)
	if err != nil {
		return nil, err
	}
	s := &chainState{ID: id}
	for i := range evs {
		s.apply(&evs[i])
	}
	return s, nil
}

// checkRecord derives r's state from the chain and returns it, or a
// Chinese reason why r cannot be trusted: its events are broken or the
// stored record disagrees with them.
func checkRecord(tx *bolt.Tx, r *Review) (*chainState, string, error) {
	s, err := chainOf(tx, r.ID)
	if err != nil {
		if errors.Is(err, audit.ErrBroken) {
			return nil, "审计链在这个审查的事件处断裂", nil
		}
		return nil, "", err
	}
	return s, s.mismatch(r), nil
}

// recordMismatch is the refusal when a stored review disagrees with the
// chain: nothing is decided or released on a record the chain does not
// back.
func recordMismatch(id string) *Error {
	return Errorf(KindConflict, "record_mismatch",
		"审查 %s 的存储记录与审计链不一致，已拒绝操作；请审计人员运行 mishen audit verify 查明原因", id)
}

// VerifyTx re-hashes the whole trail in tx (audit.Verify) and then checks
// every review against its events: each stored review must agree with
// the state its events derive (status, approvals, dismissals, releases),
// the events must follow the policy, every review in the chain must have
// a record, and every stored token must be one the chain issued (and is
// revoked if the chain revoked it). With cp (a checkpoint an auditor kept, its signature
// already checked), it also proves that the log extends cp
// (audit.VerifyCheckpoint). Every break is passed to report as found.
func VerifyTx(tx *bolt.Tx, cp *audit.Checkpoint, report func(audit.Break)) (audit.Summary, error) {
	emit := func(b audit.Break) {
		if report != nil {
			report(b)
		}
	}
	st := audit.Bolt(tx)
	var sum audit.Summary
	var err error
	if cp != nil {
		sum, err = audit.VerifyCheckpoint(st, *cp, report)
	} else {
		sum, err = audit.Verify(st, report)
	}
	if err != nil {
		return sum, err
	}
	states := map[string]*chainState{}
	var order []string
	tokens := map[string]*tokenState{}
	err = st.Scan(1, func(_ uint64, rec []byte) (bool, error) {
		e, err := audit.DecodeRecord(rec)
		if err != nil {
			return true, nil // already reported by Verify
		}
		if e.Action == audit.ActionTokenCreated || e.Action == audit.ActionTokenRevoked {
			name := e.Details["name"]
			if e.Action == audit.ActionTokenCreated {
				tokens[name] = &tokenState{role: e.Details["role"], sha: e.Details["token_sha256"], seq: e.Seq}
			} else if t := tokens[name]; t != nil {
				t.revoked, t.seq = true, e.Seq
			}
		}
		if e.ReviewID == "" {
			return true, nil
		}
		s := states[e.ReviewID]
		if s == nil {
			s = &chainState{ID: e.ReviewID}
			states[e.ReviewID] = s
			order = append(order, e.ReviewID)
		}
		s.apply(&e)
		return true, nil
	})
	if err != nil {
		return sum, err
	}
	breaks := 0
	add := func(seq uint64, id, msg string) {
		breaks++
		emit(audit.Break{Seq: seq, Kind: audit.BreakRecord, ReviewID: id, Message: msg})
	}
	seen := map[string]bool{}
	if rb := tx.Bucket(reviewsBucket); rb != nil {
		err = rb.ForEach(func(k, v []byte) error {
			r, derr := decodeReview(v)
			if derr != nil || r == nil {
				add(0, "", "有一条审查记录无法解码")
				return nil
			}
			seen[r.ID] = true
			s := states[r.ID]
			if s == nil {
				add(0, r.ID, fmt.Sprintf("审查 %s 有存储记录，但审计链中没有它的任何事件", r.ID))
				return nil
			}
			if m := s.mismatch(r); m != "" {
				add(s.Last, r.ID, fmt.Sprintf("审查 %s 与审计链不符：%s", r.ID, m))
			}
			return nil
		})
		if err != nil {
			return sum, err
		}
	}
	for _, id := range order {
		if s := states[id]; !seen[id] && s.Submitter != "" {
			add(s.Last, id, fmt.Sprintf("审计链中有审查 %s 的事件，但它的存储记录不存在（被删除）", id))
		}
	}
	// Tokens decide who may act: each stored token must be one the chain
	// issued (name, role, and hash when the event records it), revoked
	// when the chain revoked it.
	if tb := tx.Bucket(tokensBucket); tb != nil {
		err = tb.ForEach(func(k, v []byte) error {
			var r tokenRecord
			name := string(k)
			if json.Unmarshal(v, &r) != nil {
				add(0, "", "有一个令牌记录无法解码")
				return nil
			}
			t := tokens[name]
			var why string
			switch {
			case t == nil:
				why = "审计链中没有签发它的事件（令牌被直接写入数据文件）"
			case string(r.Role) != t.role:
				why = fmt.Sprintf("角色记录为 %s，审计链签发的是 %s", r.Role, t.role)
			case t.sha != "" && t.sha != hex.EncodeToString(r.SHA256):
				why = "令牌哈希与签发时不同（令牌被替换）"
			case t.revoked && r.RevokedAt == nil:
				why = "审计链已吊销它，存储记录却仍有效"
			case !t.revoked && r.RevokedAt != nil:
				why = "存储记录为已吊销，审计链中没有吊销事件"
			}
			if why != "" {
				seq := uint64(0)
				if t != nil {
					seq = t.seq
				}
				add(seq, "", fmt.Sprintf("令牌 %s 与审计链不符：%s", name, why))
			}
			return nil
		})
		if err != nil {
			return sum, err
		}
	}
	sum.Breaks += breaks
	sum.OK = sum.Breaks == 0
	return sum, nil
}

// accessAction reports whether action records a read of personal data
// (a review, its raw draft, the trail): history, never state.
func accessAction(action string) bool {
	switch action {
	case audit.ActionReviewRead, audit.ActionDraftRead, audit.ActionTrailExported, audit.ActionTrailSearched,
		audit.ActionSigninFailed, audit.ActionStorageRecovered, audit.ActionRescanned:
		return true
	}
	return false
}
