package review

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
)

// A scan without a review (POST /api/v1/scan) answers an editor's "check
// as I type" and a CMS's bulk pre-check: the draft is scanned as a
// submission would be, and nothing of it is kept. There is no review id,
// so nothing it returns can be released; a release still needs a
// submission. Such scans are audited as counts: one scanned_unstored
// event per actor and ScanFlushEvery with how many scans, files and
// bytes, and the verdicts; never a name, a digest or a finding.

// ScanFlushEvery is how long the scans of one actor are counted before
// they are written as one event: an editor checking as they type makes
// one event a minute, not one a keystroke.
const ScanFlushEvery = time.Minute

// ScanResult is the answer of a scan without a review.
type ScanResult struct {
	// Verdict is what a submission of the same draft would be given.
	Verdict report.Severity `json:"verdict"`
	// ApprovalsRequired is what the policy would ask of it (0: it would
	// be cleared at once).
	ApprovalsRequired int       `json:"approvals_required"`
	Files             []File    `json:"files"`
	Findings          []Finding `json:"findings"`
	DictVersion       string    `json:"dict_version"`
	PolicyVersion     string    `json:"policy_version"`
	// Title is the title, masked, when one was sent.
	Title string `json:"title,omitempty"`
	// Stored is always false: nothing of the draft was kept, and there
	// is no review to release.
	Stored bool `json:"stored"`
}

// scanCounts is what one actor scanned without a review since the last
// flush.
type scanCounts struct {
	role         Role
	scans, files int
	bytes        int64
	verdicts     map[report.Severity]int
	first, last  time.Time
}

type scanTally struct {
	mu      sync.Mutex
	pending map[string]*scanCounts
}

// ScanOnly scans sub like Submit and returns the findings and verdict
// without storing the draft or creating a review. Titles and file names
// come back masked, and files carry no digest: the answer holds nothing
// that a submission's receipt could be matched with.
func (s *Service) ScanOnly(ctx context.Context, a Actor, sub Submission) (*ScanResult, error) {
	ctx, title, done, err := s.admit(ctx, a, OpScan, sub)
	if err != nil {
		return nil, err
	}
	defer done()
	out := &ScanResult{Files: []File{}, Findings: []Finding{}, PolicyVersion: s.policy.Version()}
	verdict := report.Pass
	if title != "" {
		out.Title = s.scanner.Mask(title)
		tv, fs := s.scanTitle(ctx, title)
		verdict = tv
		out.Findings = append(out.Findings, fs...)
	}
	for i, f := range sub.Files {
		name := cleanFileName(f.Name, i)
		start := time.Now()
		rep := s.scanner.Scan(ctx, name, f.Data)
		if s.hooks.Scanned != nil {
			s.hooks.Scanned(&rep, time.Since(start))
		}
		fv := report.Verdict(rep.Findings)
		if rep.Verdict.Rank() > fv.Rank() {
			fv = rep.Verdict
		}
		if fv.Rank() > verdict.Rank() {
			verdict = fv
		}
		out.Files = append(out.Files, File{Name: s.scanner.Mask(name), Format: rep.Format, Size: int64(len(f.Data)), Verdict: fv})
		for j, fd := range rep.Findings {
			if fd.ID == "" {
				fd.ID = fmt.Sprintf("F%d", j+1)
			}
			if len(sub.Files) > 1 {
				fd.ID = fmt.Sprintf("%d-%s", i+1, fd.ID)
			}
			out.Findings = append(out.Findings, Finding{Finding: fd, File: i})
		}
	}
	out.Verdict = verdict
	out.ApprovalsRequired = s.policy.Required(verdict)
	out.DictVersion = s.scanner.DictVersion()
	s.countScan(a, len(sub.Files), sub.size(), verdict)
	return out, nil
}

func (s *Service) countScan(a Actor, files int, size int64, v report.Severity) {
	t := &s.scans
	now := s.now().UTC()
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.pending == nil {
		t.pending = map[string]*scanCounts{}
	}
	c := t.pending[a.Name]
	if c == nil {
		c = &scanCounts{role: a.Role, verdicts: map[report.Severity]int{}, first: now}
		t.pending[a.Name] = c
	}
	c.scans++
	c.files += files
	c.bytes += size
	c.verdicts[v]++
	c.last = now
}

// FlushScans writes the scans without a review counted for
// ScanFlushEvery or longer (all of them when all is set, at shutdown),
// one scanned_unstored event per actor. The server calls it with
// FlushSignins; what cannot be written stays counted for the next flush.
func (s *Service) FlushScans(all bool) error {
	t := &s.scans
	now := s.now().UTC()
	t.mu.Lock()
	pending := map[string]*scanCounts{}
	for n, c := range t.pending {
		if all || now.Sub(c.first) >= ScanFlushEvery {
			pending[n] = c
			delete(t.pending, n)
		}
	}
	t.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	names := make([]string, 0, len(pending))
	for n := range pending {
		names = append(names, n)
	}
	sort.Strings(names)
	var appended []audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		appended = nil
		for _, n := range names {
			c := pending[n]
			d := map[string]string{
				"count": strconv.Itoa(c.scans),
				"files": strconv.Itoa(c.files),
				"bytes": strconv.FormatInt(c.bytes, 10),
				"first": c.first.Format(time.RFC3339Nano),
				"last":  c.last.Format(time.RFC3339Nano),
			}
			for _, v := range []report.Severity{report.Pass, report.Review, report.Block} {
				d["verdict_"+string(v)] = strconv.Itoa(c.verdicts[v])
			}
			e, err := audit.Append(audit.Bolt(tx), audit.Event{Actor: n, Role: string(c.role), Action: audit.ActionScannedUnstored, Details: d})
			if err != nil {
				return err
			}
			appended = append(appended, e)
		}
		return nil
	})
	if err != nil {
		t.mu.Lock()
		if t.pending == nil {
			t.pending = map[string]*scanCounts{}
		}
		for n, c := range pending {
			if q := t.pending[n]; q != nil {
				c.scans += q.scans
				c.files += q.files
				c.bytes += q.bytes
				for v, k := range q.verdicts {
					c.verdicts[v] += k
				}
				c.last = q.last
			}
			t.pending[n] = c
		}
		t.mu.Unlock()
		return err
	}
	s.appended(appended)
	return nil
}
