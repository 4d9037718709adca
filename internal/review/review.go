package review

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/report"
)

// Status is where a review stands.
type Status string

// The statuses. Pending needs a human; Cleared may be released; Rejected
// is final; Released is cleared and released at least once; Withdrawn
// was taken back by its submitter while pending; Superseded was replaced
// by a new version and can no longer be released.
const (
	Pending    Status = "pending"
	Cleared    Status = "cleared"
	Rejected   Status = "rejected"
	Released   Status = "released"
	Withdrawn  Status = "withdrawn"
	Superseded Status = "superseded"
)

// Statuses lists every status.
var Statuses = []Status{Pending, Cleared, Rejected, Released, Withdrawn, Superseded}

// ParseStatus accepts one of Statuses.
func ParseStatus(s string) (Status, error) {
	for _, st := range Statuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", Errorf(KindInvalid, "bad_status", "状态无效，应为 pending、cleared、rejected、released、withdrawn 或 superseded")
}

// Label is the status for people.
func (s Status) Label() string {
	switch s {
	case Pending:
		return "待审查"
	case Cleared:
		return "已通过"
	case Rejected:
		return "已退回"
	case Released:
		return "已发布"
	case Withdrawn:
		return "已撤回"
	case Superseded:
		return "已被新版本取代"
	}
	return string(s)
}

// Review is one reviewed submission: what was received (hashes, sizes,
// names), what the scan found, and every decision since. It never holds
// the draft's text.
type Review struct {
	ID string `json:"id"`
	// Title is the title as submitted, with personal data masked; it is
	// scanned (findings in part "title", see TitleFile). Without a title
	// it is the first file's (masked) name.
	Title string `json:"title"`
	// TitleSHA256 was the SHA-256 of the title as received, in reviews
	// recorded before keyed digests; it is no longer kept (privacy.go).
	TitleSHA256 string    `json:"title_sha256,omitempty"`
	Submitter   string    `json:"submitter"`
	SubmittedAt time.Time `json:"submitted_at"`
	Status      Status    `json:"status"`
	// Verdict is the machine verdict: pass, review or block.
	Verdict report.Severity `json:"verdict"`
	// ContentSHA256 identifies exactly the bytes received; see
	// ContentHash. Only the submitter sees it (ShownTo).
	ContentSHA256 string `json:"content_sha256,omitempty"`
	// ContentMAC is the keyed digest of the content that everyone else
	// and the trail see (privacy.go).
	ContentMAC    string    `json:"content_mac,omitempty"`
	Files         []File    `json:"files"`
	Findings      []Finding `json:"findings"`
	DictVersion   string    `json:"dict_version"`
	PolicyVersion string    `json:"policy_version"`
	// ApprovalsRequired is what the policy asked of this review when it
	// was submitted (0 for a pass).
	ApprovalsRequired int        `json:"approvals_required"`
	Decisions         []Decision `json:"decisions"`
	ClearedAt         *time.Time `json:"cleared_at,omitempty"`
	Releases          []Release  `json:"releases,omitempty"`
	// DraftExpires is when the stored draft is deleted at the latest; nil
	// when no draft is kept.
	DraftExpires *time.Time `json:"draft_expires,omitempty"`
	// AuditEvents are the sequence numbers of this review's events.
	AuditEvents []uint64 `json:"audit_events"`
	// Version numbers the versions of one draft from 1; Supersedes is
	// the review this one replaced (empty for a first version) and
	// SupersededBy the one that replaced it.
	Version      int    `json:"version,omitempty"`
	Supersedes   string `json:"supersedes,omitempty"`
	SupersededBy string `json:"superseded_by,omitempty"`
	// Rescan is what a later dictionary version found in the kept
	// content of this released review (archive.go); nil when nothing.
	Rescan *Rescan `json:"rescan,omitempty"`
	// RescannedWith is the dictionary version the kept content was last
	// scanned with.
	RescannedWith string `json:"rescanned_with,omitempty"`
}

// Rescan is what a rescan of a released review found that its first
// scan did not.
type Rescan struct {
	// DictVersion is the dictionary version that found it; Was the one
	// the review was first scanned with.
	DictVersion string    `json:"dict_version"`
	Was         string    `json:"was"`
	At          time.Time `json:"at"`
	Findings    []Finding `json:"findings"`
	AuditSeq    uint64    `json:"audit_seq"`
}

// File is one file of a review.
type File struct {
	// Name is the file's name with personal data masked.
	Name   string `json:"name"`
	Format string `json:"format"`
	Size   int64  `json:"size"`
	// SHA256 is the file's SHA-256, shown to the submitter only; MAC is
	// its keyed digest, shown to everyone who may read the review.
	SHA256  string          `json:"sha256,omitempty"`
	MAC     string          `json:"mac,omitempty"`
	Verdict report.Severity `json:"verdict"`
}

// Finding is a scan finding within a review. Its ID is unique within the
// review (with several files, prefixed by the file's 1-based number; in
// the title, T1, T2, …).
type Finding struct {
	report.Finding
	// File is the index into Review.Files, or TitleFile (-1) for a
	// finding in the title.
	File      int        `json:"file"`
	Dismissal *Dismissal `json:"dismissal,omitempty"`
}

// Dismissal is a reviewer's judgement that a finding is not a problem.
type Dismissal struct {
	Reason string    `json:"reason"`
	By     string    `json:"by"`
	At     time.Time `json:"at"`
}

// Decision is one reviewer's approve or reject.
type Decision struct {
	Reviewer string    `json:"reviewer"`
	Decision string    `json:"decision"`
	Comment  string    `json:"comment,omitempty"`
	At       time.Time `json:"at"`
	// Dismissed are the finding ids this decision dismissed.
	Dismissed []string `json:"dismissed,omitempty"`
}

// Decision values.
const (
	Approve = "approve"
	Reject  = "reject"
)

// Release is one release of a cleared review.
type Release struct {
	By        string    `json:"by"`
	At        time.Time `json:"at"`
	AuditSeq  uint64    `json:"audit_seq"`
	AuditHash string    `json:"audit_hash"`
}

// Approval is an approval as shown on a receipt.
type Approval struct {
	Reviewer string    `json:"reviewer"`
	At       time.Time `json:"at"`
}

// Approvals returns the review's approvals in order.
func (r *Review) Approvals() []Approval {
	var out []Approval
	for _, d := range r.Decisions {
		if d.Decision == Approve {
			out = append(out, Approval{Reviewer: d.Reviewer, At: d.At})
		}
	}
	return out
}

func (r *Review) titleFindings() int {
	n := 0
	for _, f := range r.Findings {
		if f.File == TitleFile {
			n++
		}
	}
	return n
}

// Blocking returns the ids of block findings not yet dismissed.
func (r *Review) Blocking() []string {
	var ids []string
	for _, f := range r.Findings {
		if f.Severity == report.Block && f.Dismissal == nil {
			ids = append(ids, f.ID)
		}
	}
	return ids
}

// Receipt proves a release: what was released, who approved it, and the
// audit event that records it.
type Receipt struct {
	ReviewID      string `json:"review_id"`
	ContentSHA256 string `json:"content_sha256"`
	// ContentKey is the review's content key (hex): the release event
	// records HMAC-SHA256(ContentKey, ContentSHA256), and this key lets
	// the receipt's holder check that offline. Empty for reviews recorded
	// before keyed digests, whose events carry ContentSHA256 itself.
	ContentKey string          `json:"content_key,omitempty"`
	Verdict    report.Severity `json:"verdict"`
	// ClearedBy says how it was cleared: "machine" for a pass, else
	// "reviewers".
	ClearedBy  string     `json:"cleared_by"`
	Approvals  []Approval `json:"approvals"`
	ClearedAt  time.Time  `json:"cleared_at"`
	ReleasedBy string     `json:"released_by"`
	ReleasedAt time.Time  `json:"released_at"`
	AuditSeq   uint64     `json:"audit_seq"`
	AuditHash  string     `json:"audit_hash"`
	// Proof makes the receipt checkable offline with the log's public
	// key (VerifyReceipt); nil when the service signs no checkpoints.
	Proof *ReceiptProof `json:"proof,omitempty"`
}

// Summary is a review as listed in a queue.
type Summary struct {
	ID            string          `json:"id"`
	Title         string          `json:"title"`
	Submitter     string          `json:"submitter"`
	SubmittedAt   time.Time       `json:"submitted_at"`
	Status        Status          `json:"status"`
	Verdict       report.Severity `json:"verdict"`
	ContentSHA256 string          `json:"content_sha256,omitempty"`
	ContentMAC    string          `json:"content_mac,omitempty"`
	Files         int             `json:"files"`
	Findings      int             `json:"findings"`
	Blocking      int             `json:"blocking"`
	Approvals     int             `json:"approvals"`
	Required      int             `json:"approvals_required"`
	Version       int             `json:"version,omitempty"`
}

// Summary returns r as listed in a queue.
func (r *Review) Summary() Summary {
	return Summary{ID: r.ID, Title: r.Title, Submitter: r.Submitter, SubmittedAt: r.SubmittedAt,
		Status: r.Status, Verdict: r.Verdict, ContentSHA256: r.ContentSHA256, ContentMAC: r.ContentMAC, Files: len(r.Files),
		Findings: len(r.Findings), Blocking: len(r.Blocking()), Approvals: len(r.Approvals()),
		Required: r.ApprovalsRequired, Version: r.Version}
}

// ContentHash is how content_sha256 is computed from the bytes received:
// for one file (or a JSON content field, as its UTF-8 bytes) it is the
// SHA-256 of exactly those bytes, so a CMS can hash what it publishes with
// any tool. For several files it is the SHA-256 of the files' lowercase
// hex SHA-256 digests, in the order they were sent, joined by "\n" (no
// trailing newline).
func ContentHash(files ...[]byte) string {
	hexes := make([]string, len(files))
	for i, f := range files {
		h := sha256.Sum256(f)
		hexes[i] = hex.EncodeToString(h[:])
	}
	return combineHashes(hexes)
}

func combineHashes(hexes []string) string {
	if len(hexes) == 1 {
		return hexes[0]
	}
	h := sha256.Sum256([]byte(strings.Join(hexes, "\n")))
	return hex.EncodeToString(h[:])
}

// formatID and parseID map a review's internal sequence number to its id.
func formatID(seq uint64) string { return fmt.Sprintf("R%08d", seq) }

func parseID(id string) (uint64, bool) {
	if len(id) < 2 || id[0] != 'R' {
		return 0, false
	}
	n, err := strconv.ParseUint(id[1:], 10, 64)
	if err != nil || n == 0 || formatID(n) != id {
		return 0, false
	}
	return n, true
}
