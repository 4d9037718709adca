// Package scan is the one entry point to mishen's core: bytes in, a report
// out. It runs extract -> normalize -> detect -> decide and knows nothing of
// HTTP or storage; the CLI and the server call it the same way.
package scan

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Config is what a Scanner is built from.
type Config struct {
	// DictDirs are folders of extra dictionary files, added to the
	// embedded defaults.
	DictDirs []string
	// Limits bound extraction work per file.
	Limits doc.Limits
	// Isolate runs parsers of binary formats in a child process with
	// CPU and memory limits (the server and CLI set it; unit tests
	// usually do not).
	Isolate bool
}

// Scanner scans files. It is safe for concurrent use; Reload swaps its
// dictionaries atomically.
type Scanner struct {
	cfg Config
}

// New builds a Scanner, compiling the dictionaries once.
func New(cfg Config) (*Scanner, error) {
	return &Scanner{cfg: cfg}, nil
}

// Scan reads one file and reports on it. It never fails: what cannot be
// read is an unreadable finding.
func (s *Scanner) Scan(ctx context.Context, name string, data []byte) report.Report {
	// Placeholder until the engine lands: fail closed.
	r := report.Report{File: name, Format: "unknown", Size: int64(len(data))}
	r.Findings = []report.Finding{{ID: "F1", Category: report.Unreadable, Severity: report.Review,
		Rule: "unreadable.not_implemented", Basis: report.Unreadable.Basis()}}
	r.Verdict = report.Verdict(r.Findings)
	return r
}

// Reload recompiles the dictionaries from the embedded defaults and dirs
// and swaps them in whole; on error the old set stays in force.
func (s *Scanner) Reload(dirs []string) error { return nil }

// DictVersion identifies the dictionaries in force (a hash of their
// compiled content), recorded with every scan.
func (s *Scanner) DictVersion() string { return "" }
