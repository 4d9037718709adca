package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Actions recorded in the trail. They are the vocabulary that auditors
// filter on; keep them stable.
const (
	ActionSubmitted        = "submitted"         // a draft arrived (hashes, sizes)
	ActionScanned          = "scanned"           // the machine check: verdict, versions, counts
	ActionDismissed        = "finding_dismissed" // a reviewer dismissed one finding, with a reason
	ActionApproved         = "approved"          // a reviewer approved
	ActionRejected         = "rejected"          // a reviewer rejected; the review ends
	ActionReleased         = "released"          // a cleared review was released with its hash
	ActionDenied           = "denied"            // an attempt that was refused (auth, role, policy)
	ActionTokenCreated     = "token_created"     // a token was issued (never the token itself)
	ActionTokenRevoked     = "token_revoked"     // a token was revoked
	ActionDictReloaded     = "dictionaries_reloaded"
	ActionDraftDeleted     = "draft_deleted"     // a stored draft was deleted (retention or decision)
	ActionServerStarted    = "service_started"   // the service started: versions in force
	ActionLogMigrated      = "log_migrated"      // an existing hash chain was verified and imported into the Merkle tree log
	ActionKeyRotated       = "key_rotated"       // the checkpoint signing key was replaced; the old key endorses the new
	ActionReviewRead       = "review_read"       // a reviewer, auditor or admin read a review that is not theirs
	ActionDraftRead        = "draft_read"        // the raw draft of a review was read or downloaded
	ActionTrailExported    = "trail_exported"    // the audit trail was exported
	ActionTrailSearched    = "trail_searched"    // an auditor searched or listed the trail
	ActionWithdrawn        = "withdrawn"         // the submitter took a pending review back
	ActionRescanned        = "rescanned"         // new dictionaries found more in a released review's kept content
	ActionSuperseded       = "superseded"        // a new version of the draft replaced this review
	ActionSigninFailed     = "signin_failed"     // failed sign-ins from one address, counted over a window
	ActionScannedUnstored  = "scanned_unstored"  // drafts scanned without a review (POST /api/v1/scan), counted per actor over a window
	ActionWebhookAdded     = "webhook_added"     // an admin registered a webhook endpoint (its id and host)
	ActionWebhookRemoved   = "webhook_removed"   // an admin removed a webhook endpoint
	ActionStorageRecovered = "storage_recovered" // writes work again after failing; counts what could not be recorded
)

// Hash is a SHA-256 digest. It is written as lowercase hex in JSON.
type Hash [sha256.Size]byte

// String returns h in lowercase hex.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// IsZero reports whether h is all zero bytes, the Prev of the first event.
func (h Hash) IsZero() bool { return h == Hash{} }

// MarshalText writes h as hex.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText reads 64 hex digits.
func (h *Hash) UnmarshalText(b []byte) error {
	p, err := ParseHash(string(b))
	if err != nil {
		return err
	}
	*h = p
	return nil
}

// ParseHash reads 64 hex digits.
func ParseHash(s string) (Hash, error) {
	var h Hash
	if len(s) != 2*len(h) {
		return h, fmt.Errorf("audit: hash must be %d hex digits, got %d characters", 2*len(h), len(s))
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return h, errors.New("audit: hash is not hex")
	}
	return h, nil
}

// Event is one entry of the trail. Seq, Prev and Hash are filled by
// Append; Time is filled by Append when zero.
type Event struct {
	// Seq numbers events from 1 without gaps.
	Seq uint64 `json:"seq"`
	// Time is when the event was appended, in UTC, nanosecond precision.
	Time time.Time `json:"time"`
	// Actor is the token name (or a local name for offline commands).
	Actor string `json:"actor"`
	// Role is the actor's role: publisher, reviewer, auditor, admin or system.
	Role string `json:"role"`
	// Action is one of the Action constants.
	Action string `json:"action"`
	// ReviewID is the review the event is about, if any.
	ReviewID string `json:"review_id,omitempty"`
	// ContentSHA256 is the hash of the reviewed bytes, if any.
	ContentSHA256 string `json:"content_sha256,omitempty"`
	// Details are further facts as text; they are hashed in key order.
	Details map[string]string `json:"details,omitempty"`
	// Prev is the Hash of the previous event; zero for the first.
	Prev Hash `json:"prev"`
	// Hash is the log's hash (SHA-256, or SM3 with --crypto sm) over the
	// canonical encoding of every field above.
	// It is not part of its own encoding.
	Hash Hash `json:"hash"`
}

// ComputeHash returns SHA-256 of e's canonical encoding (Hash excluded),
// the event hash of a log of suite SHA256.
func (e *Event) ComputeHash() (Hash, error) { return e.hashWith(SHA256) }

// ComputeHashWith returns e's hash under suite su.
func (e *Event) ComputeHashWith(su *Suite) (Hash, error) { return e.hashWith(su) }

func (e *Event) hashWith(su *Suite) (Hash, error) {
	b, err := e.MarshalBinary()
	if err != nil {
		return Hash{}, err
	}
	return su.Sum(b), nil
}

// StaticValidate checks what can be checked of e alone: its fields fit the
// encoding, and Hash matches its content (in a log of suite SHA256).
func (e *Event) StaticValidate() error {
	h, err := e.ComputeHash()
	if err != nil {
		return err
	}
	if h != e.Hash {
		return fmt.Errorf("audit: event %d: stored hash does not match its content", e.Seq)
	}
	return nil
}

// MarshalJSON writes e with its time in RFC 3339 UTC.
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	p := plain(e)
	p.Time = p.Time.UTC()
	return json.Marshal(p)
}
