// Package store is mishen's database file: one bbolt file per data
// folder, holding reviews, tokens, drafts and the audit trail, so that a
// review and its audit events commit in one transaction.
//
// It opens the file with a short lock timeout (bbolt lets one process at a
// time hold a file) and turns a held lock into ErrLocked, whose message
// says in Chinese and English what to do. Writes go through Update, which
// uses bbolt's Batch with a short delay: concurrent writers share one
// fsync, which is what lets the service acknowledge thousands of durable
// writes a second. Every acknowledged write is on disk: NoSync is never
// set outside tests.
//
// Caveat: a function passed to Update may run more than once (when another
// function in its batch fails, bbolt retries the rest), so it must only
// touch the transaction and assign results to variables it owns.
package store
