package review

import "fmt"

// Kind classifies an Error; the HTTP layer maps each kind to one status.
type Kind int

// The kinds of error the workflow returns.
const (
	KindInvalid         Kind = iota + 1 // bad input: 400
	KindUnauthenticated                 // no or bad token: 401
	KindForbidden                       // wrong role or separation of duties: 403
	KindNotFound                        // no such review or token: 404
	KindConflict                        // the state does not allow it: 409
	KindTooLarge                        // over a size limit: 413
	KindUnsupported                     // unsupported content type: 415
	KindUnreadable                      // strict mode and something was unreadable: 422
	KindUnavailable                     // the audit trail cannot be written, so the access is refused: 503
	KindStorageFull                     // the data folder's disk is full: 507
	KindTooMany                         // too many requests or failed sign-ins: 429
	KindUnprocessable                   // well-formed but refused as a whole, e.g. an Idempotency-Key reused for another request: 422
)

// Error is a refusal the caller can act on. Message is Chinese, says what
// to do, and never carries raw personal data.
type Error struct {
	Kind Kind
	// Code is a stable machine-readable reason, e.g. hash_mismatch.
	Code    string
	Message string
	// ReviewID is set when a review was recorded despite the error
	// (strict mode).
	ReviewID string
	// RetryAfter, when positive, is how many seconds to wait before
	// trying again (sent as Retry-After).
	RetryAfter int
}

func (e *Error) Error() string { return "review: " + e.Code + ": " + e.Message }

// Errorf returns an *Error; the HTTP layer uses it for its own refusals
// (size, content type) so that one table covers every error.
func Errorf(kind Kind, code, format string, args ...any) *Error {
	return &Error{Kind: kind, Code: code, Message: fmt.Sprintf(format, args...)}
}
