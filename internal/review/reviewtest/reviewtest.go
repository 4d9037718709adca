// Package reviewtest provides a fake scanner and fixtures for tests of the
// review workflow and the HTTP server, so that they do not depend on the
// findings of the real engine.
package reviewtest

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/mishen-gov/mishen/internal/report"
)

// Drafts that the fake scanner (and the real engine) judge alike.
const (
	// BlockText carries a classification marking at the top: block.
	BlockText = "秘密★1年\n关于做好年度保密检查工作的通知\n各单位：请按要求开展自查。"
	// ReviewText carries a sensitive term: review.
	ReviewText = "本材料属工作秘密，请勿外传"
	// PassText is an ordinary public notice: pass.
	PassText = "本机关欢迎社会各界监督，联系电话 12345。"
	// UnreadableMark makes the fake scanner report an unreadable finding.
	UnreadableMark = "\x00UNREADABLE\x00"
)

// Scanner is a fake of the scanning engine: it finds "秘密★" (block),
// "工作秘密" (review) and UnreadableMark (unreadable), nothing else.
type Scanner struct {
	version atomic.Int64
	// FailReload makes Reload fail.
	FailReload bool
}

// Scan implements review.Scanner.
func (s *Scanner) Scan(_ context.Context, name string, data []byte) report.Report {
	text := string(data)
	r := report.Report{File: name, Format: "text", Size: int64(len(data)), DictVersion: s.DictVersion()}
	add := func(c report.Category, rule, hit string) {
		i := strings.Index(text, hit)
		if i < 0 {
			return
		}
		start := len([]rune(text[:i]))
		r.Findings = append(r.Findings, report.Finding{
			ID: fmt.Sprintf("F%d", len(r.Findings)+1), Category: c, Severity: c.DefaultSeverity(), Rule: rule,
			Location: report.Location{Part: "body", Start: start, End: start + len([]rune(hit))},
			Excerpt:  hit, HitStart: 0, HitEnd: len([]rune(hit)), Basis: c.Basis(),
		})
	}
	add(report.ClassifiedMarking, "classified_marking.star", "秘密★")
	add(report.SensitiveTerm, "sensitive_term.dict", "工作秘密")
	add(report.Unreadable, "unreadable.test", UnreadableMark)
	r.Verdict = report.Verdict(r.Findings)
	return r
}

// Reload implements review.Scanner; it bumps the version.
func (s *Scanner) Reload([]string) error {
	if s.FailReload {
		return fmt.Errorf("reviewtest: bad dictionary")
	}
	s.version.Add(1)
	return nil
}

// Mask implements review.Scanner like the engine does for the values
// the tests use: every run of 7 or more ASCII digits (an X may end it) keeps
// its first 3 and last 2 characters and has the rest starred; line breaks
// become spaces.
func (s *Scanner) Mask(text string) string {
	text = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(text)
	return longNumber.ReplaceAllStringFunc(text, func(n string) string {
		return n[:3] + strings.Repeat("*", len(n)-5) + n[len(n)-2:]
	})
}

var longNumber = regexp.MustCompile(`[0-9]{6,}[0-9Xx]`)

// DictVersion implements review.Scanner.
func (s *Scanner) DictVersion() string { return fmt.Sprintf("fake-%d", s.version.Load()) }
