// Package extract turns the bytes of one file into a doc.Document: it
// detects the format from the content (Sniff), hands the bytes to the
// extractor for that format, and turns everything it cannot read into an
// unreadable finding.
//
// Extract never fails and never returns nil: a file that is too large, of
// an unsupported type, encrypted, corrupt, or that makes a parser panic is
// a Document whose Findings say so in Chinese, with what the submitter
// should do. That is what "fail closed" means here: nothing that was not
// fully read can pass silently.
//
// Caveats. Extract runs the parsers in the calling process. It recovers
// panics and gives up waiting when ctx is done, but it cannot stop a parser
// that loops inside a library or exhausts memory or the goroutine stack
// (a Go fatal error is not a panic). Callers that read untrusted files in
// a long-lived process use internal/sandbox, which runs Extract in a child
// process with CPU and memory limits.
package extract
