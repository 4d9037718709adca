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
// The events are also the leaves of an RFC 6962 Merkle tree log (tree.go,
// proofs by github.com/transparency-dev/merkle). A Publisher signs
// checkpoints of it (size, root, time) as C2SP signed notes with an
// Ed25519 key kept beside the database, off the request path, and writes
// them to a folder outside the data folder; release receipts carry an
// inclusion proof and a checkpoint, and VerifyCheckpoint proves that the
// log extends a checkpoint an auditor kept. A log has one crypto Suite,
// chosen when it is created and recorded in its header: SHA-256 with
// Ed25519, or SM3 with SM2 (--crypto sm) for 密评 (GB/T 39786-2021).
// Replacing the key is itself
// an event (rotate.go): the old key endorses the new one, and Verify
// checks every endorsement.
//
// Caveats: the chain and tree prove that stored events agree with each
// other, not that the whole file was not replaced by a consistent forgery
// (every event re-hashed from some point on, or an older copy restored):
// only a checkpoint kept outside the server's reach (an auditor, a
// witness, a WORM folder) detects that, and only for events it covers.
// Events after the last kept checkpoint, and the signing key itself (on
// the same machine as the data), are still trusted without proof. The trail must never carry
// raw personal data or classified text: callers put hashes, ids, counts and
// masked excerpts into Details, never draft content.
package audit
