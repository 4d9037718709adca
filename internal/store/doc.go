// Package store is mishen's database file: one bbolt file per data
// folder, holding reviews, tokens, drafts and the audit trail, so that a
// review and its audit events commit in one transaction.
//
// It opens the file with a short lock timeout (bbolt lets one process at a
// time hold a file) and turns a held lock into ErrLocked, whose message
// says in Chinese and English what to do. Writes go through Update, a
// group commit (group.go): concurrent writers share one transaction and
// its fsync, and writers that come while a commit runs share the next,
// which is what lets the service acknowledge thousands of durable writes
// a second. Every acknowledged write is on disk: NoSync is never set
// outside tests.
//
// Caveat: a function passed to Update may run more than once (when another
// function in its batch fails, the rest are run again without it), so it
// must only touch the transaction and assign results to variables it owns.
package store
