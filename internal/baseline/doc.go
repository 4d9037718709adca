// Package baseline keeps the findings a team has looked at and accepted,
// so that `mishen scan --baseline FILE` in a pipeline reports only what
// is new (gitleaks' baseline, GitHub code scanning's fingerprints).
//
// A finding is identified by its fingerprint: HMAC-SHA256, under a secret
// key, of its rule, its file's path, where in the file it is (embedded
// file, part, page, sheet, cell; not the line, so that an edit above it
// does not make it new) and its raw value. The fingerprint is keyed
// because the values are personal data from small spaces: a mobile number
// has about 10⁹ candidates and a resident ID about 10¹¹, so a plain hash
// of one is reversed by trying them all. Without the key a baseline file
// says which rules fired in which files and nothing about the values.
//
// The key is not in the baseline file, which is meant to be committed
// beside the documents: it is read from MISHEN_BASELINE_KEY (a CI secret)
// or from FILE.key beside the baseline (mode 0600, created by
// --write-baseline; keep it out of the repository). The baseline records
// a key id (a hash of the key, which reveals nothing of it) so that a
// scan with the wrong key is refused instead of reporting every accepted
// finding as new.
//
// Findings without a value of their own (an unreadable file, hidden
// content, document properties) are keyed with the SHA-256 of the whole
// file: once the file changes they are new again, because what was not
// read before may now say something else. A baseline is a multiset: a
// value accepted once and found twice is reported once.
package baseline
