package scan

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/dict"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/prefault"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/sandbox"
)

// Config is what a Scanner is built from.
type Config struct {
	// DictDirs are folders (or files) of extra dictionaries, added to the
	// embedded defaults.
	DictDirs []string
	// Limits bound extraction work per file; zero means doc.DefaultLimits.
	Limits doc.Limits
	// Isolate runs parsers of binary formats in a child process with
	// CPU and memory limits (the server and CLI set it; unit tests
	// usually do not).
	Isolate bool
	// RulesFile, when set, is a file of custom detectors and exclusions
	// (detect.LoadRules), read again by Reload.
	RulesFile string
	// Fingerprint, when set, gives each finding its fingerprint for a
	// baseline (package baseline): it is called with the file's name, the
	// finding and its raw value, or for a finding without one (unreadable,
	// hidden content, properties) the file's SHA-256 and the message.
	Fingerprint func(file string, f *report.Finding, value string) string
}

// Extractor reads one file into a document; it never returns nil.
type Extractor func(ctx context.Context, name string, data []byte, lim doc.Limits) *doc.Document

// Scanner scans files. It is safe for concurrent use; Reload swaps its
// dictionaries atomically.
type Scanner struct {
	cfg     Config
	extract Extractor
	runner  *sandbox.Runner // the sandbox, when Isolate
	engine  atomic.Pointer[detect.Engine]
}

// New builds a Scanner, compiling the dictionaries once.
func New(cfg Config) (*Scanner, error) {
	if cfg.Limits == (doc.Limits{}) {
		cfg.Limits = doc.DefaultLimits()
	}
	s := &Scanner{cfg: cfg, extract: extract.Extract}
	if cfg.Isolate {
		// The scanner owns its runner, whose bound on concurrent children
		// holds for every scan it does.
		s.runner = sandbox.New(sandbox.Options{})
		s.extract = s.runner.Extract
	}
	// The first set is used as soon as it is parsed: its automaton builds
	// while the first files are read and normalised.
	set, err := compile(cfg.DictDirs)
	if err != nil {
		return nil, err
	}
	rules, err := loadRules(cfg.RulesFile)
	if err != nil {
		return nil, err
	}
	s.engine.Store(detect.NewWithRules(set, rules))
	return s, nil
}

// Close ends the sandbox's idle workers, when the scanner has one, and
// waits for them. A scan after Close starts workers again.
func (s *Scanner) Close() {
	if s.runner != nil {
		s.runner.Close()
	}
}

// WithExtractor replaces how files are read (tests, and the sandbox).
func (s *Scanner) WithExtractor(x Extractor) *Scanner {
	s.extract = x
	return s
}

// Reload recompiles the dictionaries from the embedded defaults and dirs,
// and reads the rules file again, and swaps them in whole, once built; on
// error the old set stays in force.
func (s *Scanner) Reload(dirs []string) error {
	set, err := compile(dirs)
	if err != nil {
		return err
	}
	rules, err := loadRules(s.cfg.RulesFile)
	if err != nil {
		return err
	}
	set.Wait()
	s.engine.Store(detect.NewWithRules(set, rules))
	return nil
}

// loadRules reads the custom detectors of path; none when path is empty.
func loadRules(path string) (*detect.Rules, error) {
	if path == "" {
		return nil, nil
	}
	return detect.LoadRules(path)
}

func compile(dirs []string) (*dict.Set, error) {
	es, err := dict.Load(dirs)
	if err != nil {
		return nil, err
	}
	return dict.Compile(es)
}

// DictVersion identifies the dictionaries in force (a hash of their
// compiled content), recorded with every scan.
func (s *Scanner) DictVersion() string { return s.engine.Load().Dict().Version() }

// Limits are the extraction limits in force.
func (s *Scanner) Limits() doc.Limits { return s.cfg.Limits }

// Scan reads one file and reports on it. It never fails: what cannot be
// read is an unreadable finding.
func (s *Scanner) Scan(ctx context.Context, name string, data []byte) report.Report {
	// A big file is hashed on another core while it is read and scanned.
	digest := make(chan [sha256.Size]byte, 1)
	if len(data) >= 1<<20 {
		go func() { digest <- sha256.Sum256(data) }()
	} else {
		digest <- sha256.Sum256(data)
	}
	eng := s.engine.Load()
	d := s.extract(ctx, name, data, s.cfg.Limits)
	r := report.Report{
		File:        name,
		Format:      d.Format,
		Size:        int64(len(data)),
		DictVersion: eng.Dict().Version(),
	}
	hashed := false
	hash := func() {
		if !hashed {
			sum := <-digest
			r.SHA256, hashed = hex.EncodeToString(sum[:]), true
		}
	}
	var fp func(*report.Finding, string)
	if s.cfg.Fingerprint != nil {
		hash() // fingerprints of findings without a value use it
		fp = func(f *report.Finding, value string) {
			if value == "" {
				value = "sha256:" + r.SHA256 + "\x00" + f.Message
			}
			f.Fingerprint = s.cfg.Fingerprint(name, f, value)
		}
	}
	r.Findings = document(eng, d, fp)
	r.Verdict = report.Verdict(r.Findings)
	hash()
	return r
}

// Document turns an extracted document into findings: every part scanned,
// hidden parts and metadata reported, the extractor's own findings
// completed, and ids given in order.
func Document(eng *detect.Engine, d *doc.Document) []report.Finding {
	return document(eng, d, nil)
}

// document is Document that, when fp is set, calls it for each finding
// with its raw value (empty for a finding without one).
func document(eng *detect.Engine, d *doc.Document, fp func(*report.Finding, string)) []report.Finding {
	// What a web page shows, so that a hidden copy of it (a mobile menu)
	// is not taken for hidden content; built only for pages that hide
	// something.
	visible := sync.OnceValue(func() string {
		var b strings.Builder
		for _, p := range d.Parts {
			if p.Kind == doc.Body {
				b.WriteString(p.Text)
				b.WriteByte('\n')
			}
		}
		return b.String()
	})
	// Each part's findings, then all of them in one slice allocated once
	// (a workbook's sheets: no copy per part as the slice grows).
	var parts [][]report.Finding
	total := len(d.Findings)
	d.Parts = append(d.Parts, shownReadings(d.Parts)...)
	for _, p := range d.Parts {
		loc := report.Location{Part: p.Kind, File: p.File, Page: p.Page, Sheet: p.Sheet}
		sp := eng.ScanCells(p.Text, p.Cells, loc)
		placeBoxes(p.Boxes, sp.Findings)
		placeFindings(&p, sp.Findings)
		if fp != nil {
			rawValues(p.Text, sp.Findings, fp)
		}
		// What the part is as a whole (hidden, document properties) is
		// judged beside the detectors, by its kind.
		if f, ok := sp.Whole(p, loc, visible); ok {
			if fp != nil {
				fp(&f, "")
			}
			parts = append(parts, []report.Finding{f})
			total++
		}
		if len(sp.Findings) > 0 {
			parts = append(parts, sp.Findings)
			total += len(sp.Findings)
		}
	}
	var out []report.Finding
	if len(parts) == 1 && len(d.Findings) == 0 {
		out = parts[0] // one part (a text file): no copy of its findings
	} else {
		out = make([]report.Finding, 0, total)
		prefault.Slice(out)
		for _, fs := range parts {
			out = append(out, fs...)
		}
	}
	out = dropRereadings(out)
	for _, f := range d.Findings {
		if f.Basis == "" {
			f.Basis = f.Category.Basis()
		}
		if f.Severity == "" {
			f.Severity = f.Category.DefaultSeverity()
		}
		if fp != nil {
			fp(&f, "")
		}
		out = append(out, f)
	}
	for i := range out {
		out[i].ID = "F" + strconv.Itoa(i+1)
	}
	return out
}

// Mask returns text with every personal value the detectors find, and
// every other long number, masked (ID: first 6 and last 4; mobile: 3 + 4;
// …), on one line. Free text that people type (a reviewer's comment or
// dismissal reason) goes through Mask before it is stored or audited.
func (s *Scanner) Mask(text string) string {
	return s.engine.Load().ScanPart(text, report.Location{Part: "comment"}).Excerpt(0, utf8.RuneCountInString(text))
}

// rawValues calls fp with each finding of one part and its raw value, the
// runes [Start, End) of the part's text, walking the text once.
func rawValues(text string, fs []report.Finding, fp func(*report.Finding, string)) {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(fs[a].Location.Start, fs[b].Location.Start) })
	// byteAt returns the byte offset of rune r, moving forward from the
	// last position asked for.
	rn, by := 0, 0
	byteAt := func(r int) int {
		for rn < r && by < len(text) {
			_, w := utf8.DecodeRuneInString(text[by:])
			by += w
			rn++
		}
		return by
	}
	for _, i := range idx {
		f := &fs[i]
		a := byteAt(f.Location.Start)
		// The end may lie before a later start; count it separately.
		b := a
		for k := f.Location.Start; k < f.Location.End && b < len(text); k++ {
			_, w := utf8.DecodeRuneInString(text[b:])
			b += w
		}
		fp(f, text[a:b])
	}
}
