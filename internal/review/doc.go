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
// Caveats: a draft is kept only while a human needs it (see
// Config.DraftRetention); reviews keep hashes, masked excerpts and
// findings, never the text. Identity is the token name: separation of
// duties compares names, so one person must not hold tokens under two
// names.
package review
