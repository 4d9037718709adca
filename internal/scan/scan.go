package scan

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/dict"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
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
}

// Extractor reads one file into a document; it never returns nil.
type Extractor func(ctx context.Context, name string, data []byte, lim doc.Limits) *doc.Document

// Scanner scans files. It is safe for concurrent use; Reload swaps its
// dictionaries atomically.
type Scanner struct {
	cfg     Config
	extract Extractor
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
		s.extract = sandbox.New(sandbox.Options{}).Extract
	}
	// The first set is used as soon as it is parsed: its automaton builds
	// while the first files are read and normalised.
	set, err := compile(cfg.DictDirs)
	if err != nil {
		return nil, err
	}
	s.engine.Store(detect.New(set))
	return s, nil
}

// WithExtractor replaces how files are read (tests, and the sandbox).
func (s *Scanner) WithExtractor(x Extractor) *Scanner {
	s.extract = x
	return s
}

// Reload recompiles the dictionaries from the embedded defaults and dirs
// and swaps them in whole, once built; on error the old set stays in force.
func (s *Scanner) Reload(dirs []string) error {
	set, err := compile(dirs)
	if err != nil {
		return err
	}
	set.Wait()
	s.engine.Store(detect.New(set))
	return nil
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
	sum := sha256.Sum256(data)
	eng := s.engine.Load()
	d := s.extract(ctx, name, data, s.cfg.Limits)
	r := report.Report{
		File:        name,
		Format:      d.Format,
		SHA256:      hex.EncodeToString(sum[:]),
		Size:        int64(len(data)),
		DictVersion: eng.Dict().Version(),
	}
	r.Findings = Document(eng, d)
	r.Verdict = report.Verdict(r.Findings)
	return r
}

// Document turns an extracted document into findings: every part scanned,
// hidden parts and metadata reported, the extractor's own findings
// completed, and ids given in order.
func Document(eng *detect.Engine, d *doc.Document) []report.Finding {
	out := []report.Finding{}
	for _, p := range d.Parts {
		loc := report.Location{Part: p.Kind, File: p.File, Page: p.Page, Sheet: p.Sheet}
		fs := eng.Scan(p.Text, loc)
		if len(p.Cells) > 0 {
			for i := range fs {
				fs[i].Location.Cell = cellAt(p.Cells, fs[i].Location.Start)
			}
		}
		if strings.TrimSpace(p.Text) != "" {
			switch {
			case p.Hidden != "" && (!webTemplatePart(p.Kind) || substantive(p.Text, fs)):
				out = append(out, hiddenFinding(p, loc, fs))
			case p.Kind == doc.MetadataPart && (len(fs) > 0 || namesPeople(p.Text)):
				out = append(out, metadataFinding(p, loc, fs))
			}
		}
		out = append(out, fs...)
	}
	for _, f := range d.Findings {
		if f.Basis == "" {
			f.Basis = f.Category.Basis()
		}
		if f.Severity == "" {
			f.Severity = f.Category.DefaultSeverity()
		}
		out = append(out, f)
	}
	for i := range out {
		out[i].ID = fmt.Sprintf("F%d", i+1)
	}
	return out
}

// webTemplatePart reports the hidden parts of web pages that page templates
// fill with markup of no substance (<!-- header start -->, conditional
// comments, hidden form fields, a hidden "English" menu item).
func webTemplatePart(kind string) bool {
	return kind == doc.HTMLComment || kind == doc.HTMLHidden
}

// minHiddenHan is how many Chinese characters a line of a hidden web part
// needs to count as content (an editor's note, a deleted paragraph) rather
// than template markup.
const minHiddenHan = 6

// substantive reports whether a hidden web part carries content a reader
// could take for information: anything the detectors found in it, a line
// of at least minHiddenHan Chinese characters, or a run of seven or more
// digits (a phone, an ID).
func substantive(text string, fs []report.Finding) bool {
	if len(fs) > 0 {
		return true
	}
	for _, line := range strings.Split(text, "\n") {
		han, digits := 0, 0
		for _, r := range line {
			switch {
			case unicode.Is(unicode.Han, r):
				han++
			case r >= '0' && r <= '9' || r >= '０' && r <= '９':
				digits++
				if digits >= 7 {
					return true
				}
				continue
			}
			digits = 0
		}
		if han >= minHiddenHan {
			return true
		}
	}
	return false
}

// peopleProperties are the document properties (as the extractors label
// them) that name people or organisations; a title or the producing
// software alone is not worth a finding.
var peopleProperties = []string{"作者", "上次修改者", "单位", "经理", "公司", "创建者", "修改者", "Author", "Company", "Manager"}

// namesPeople reports whether a metadata part has a property that names a
// person or an organisation.
func namesPeople(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		label, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(value) == "" {
			continue
		}
		for _, p := range peopleProperties {
			if strings.TrimSpace(label) == p {
				return true
			}
		}
	}
	return false
}

// hiddenAdvice says what to do about each kind of hidden part.
func hiddenAdvice(kind string) string {
	switch kind {
	case doc.TrackedDeletion, doc.TrackedInsert:
		return "请接受或拒绝全部修订、删除修订记录后重新提交"
	case doc.Comment, doc.CellComment:
		return "请删除批注后重新提交"
	case doc.HiddenText:
		return "请删除隐藏文字后重新提交"
	case doc.HiddenSheet:
		return "请删除隐藏工作表或取消隐藏并审查其内容后重新提交"
	case doc.HTMLComment:
		return "请删除网页源码中的注释后重新提交"
	case doc.HTMLHidden:
		return "请删除网页中的隐藏元素后重新提交"
	}
	return "请删除隐藏内容后重新提交"
}

const hiddenExcerptRunes = 40

func hiddenFinding(p doc.Part, loc report.Location, fs []report.Finding) report.Finding {
	n := utf8.RuneCountInString(p.Text)
	end := min(n, hiddenExcerptRunes)
	loc.Start, loc.End, loc.Line = 0, n, 1
	if len(p.Cells) > 0 {
		loc.Cell = p.Cells[0].Ref
	}
	return report.Finding{
		Category: report.HiddenContent,
		Severity: report.Review,
		Rule:     "hidden_content." + p.Kind,
		Location: loc,
		Excerpt:  detect.Excerpt(p.Text, fs, 0, end),
		HitStart: 0,
		HitEnd:   end,
		Basis:    report.HiddenContent.Basis(),
		Message:  fmt.Sprintf("%s含有文字（%d字），公开后可能被读出；%s", p.Hidden, n, hiddenAdvice(p.Kind)),
	}
}

func metadataFinding(p doc.Part, loc report.Location, fs []report.Finding) report.Finding {
	n := utf8.RuneCountInString(p.Text)
	end := min(n, hiddenExcerptRunes)
	loc.Start, loc.End, loc.Line = 0, n, 1
	return report.Finding{
		Category: report.Metadata,
		Severity: report.Info,
		Rule:     "metadata.properties",
		Location: loc,
		Excerpt:  detect.Excerpt(p.Text, fs, 0, end),
		HitEnd:   end,
		Basis:    report.Metadata.Basis(),
		Message:  "文档属性含作者、单位等信息，发布前请核对并清理文档属性",
	}
}

// cellAt is the cell whose text holds rune offset r.
func cellAt(cells []doc.Cell, r int) string {
	i := sort.Search(len(cells), func(i int) bool { return cells[i].End > r })
	if i < len(cells) && cells[i].Start <= r {
		return cells[i].Ref
	}
	return ""
}

// Mask returns text with every personal value the detectors find, and
// every other long number, masked (ID: first 6 and last 4; mobile: 3 + 4;
// …), on one line. Free text that people type (a reviewer's comment or
// dismissal reason) goes through Mask before it is stored or audited.
func (s *Scanner) Mask(text string) string {
	fs := s.engine.Load().Scan(text, report.Location{Part: "comment"})
	return detect.Excerpt(text, fs, 0, utf8.RuneCountInString(text))
}
