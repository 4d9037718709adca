// Package review is mishen's workflow core: it takes drafts, has them
// scanned, records reviews and their audit events in one transaction,
// enforces the policy of DESIGN.md (先审后发 and separation of duties), and
// releases only the exact bytes that were cleared. It also issues and
// checks the access tokens, and answers audit queries.
//
// It knows nothing of HTTP: the API handlers and the web pages both call a
// *Service and turn its *Error values into responses. Every method takes
// the acting Actor and checks the role table in authz.go itself, so a
// caller cannot forget a check; refusals are recorded as denied events.
//
// The audit chain, not the stored record, is the source of truth for
// decisions (chain.go): a review's status, approvals, dismissals and
// releases are derived from its events, replaying the policy, and Decide
// and Release refuse (record_mismatch, recorded as a denied event) when
// the stored record disagrees. VerifyTx checks every review this way
// after re-hashing the chain, and a review's history (Events with a
// review id) is read from the chain, refusals included.
//
// The title is scanned like the content (the CMS publishes it as the
// headline): its findings are in part "title" with File TitleFile. Text
// that people type (the title, file names, comments, dismissal reasons)
// is stored and audited only as Scanner.Mask returns it, and messages
// never repeat what a caller typed unless it has the shape of an id.
//
// Caveats: a draft is kept only while a human needs it (see
// Config.DraftRetention); reviews keep hashes, masked excerpts and
// findings, never the text. Reviews recorded before titles and comments
// were masked keep them as they were stored. Identity is the token name: separation of
// duties compares names, so one person must not hold tokens under two
// names.
package review
