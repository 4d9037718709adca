// Package audit is mishen's tamper-evident trail: an append-only list of
// events, each carrying the SHA-256 of the one before it, so that editing,
// deleting or reordering any stored event shows up when the chain is
// re-hashed.
//
// An Event is hashed over one canonical binary encoding (see encode.go for
// the layout and why it is not JSON). Events live in a Storage: Bolt keeps
// them in buckets of a bbolt transaction, so that a review and its events
// commit together; Mem is an in-memory fake for tests. Append is the only
// way in; nothing here edits or removes an event.
//
// A review index (review id and sequence number) finds one review's
// events without a scan; ReviewEvents reads each indexed event back from
// the chain and checks its hash and both links, and Verify rebuilds the
// index from the chain and reports any difference. The index is never
// trusted for what an event says, only for where to look.
//
// Caveats: the chain proves that stored events agree with each other and
// with the recorded head, not that the whole file was not replaced by a
// consistent forgery (every event re-hashed from some point on, or an
// older copy restored). Anchor the head elsewhere (release receipts carry
// an event's sequence and hash) to detect that. The trail must never carry
// raw personal data or classified text: callers put hashes, ids, counts and
// masked excerpts into Details, never draft content.
package audit
