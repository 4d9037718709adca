package patrol

import (
	"time"

	"github.com/mishen-gov/mishen/internal/report"
)

// Item is what a patrol reports for one URL: what the server said, what
// the scan found, and the page that linked to it.
type Item struct {
	URL      string `json:"url"`
	FinalURL string `json:"final_url,omitempty"` // after redirects, when it differs
	Referrer string `json:"referrer,omitempty"`  // the page whose link led here
	Depth    int    `json:"depth"`

	Status       int       `json:"status"` // HTTP status of this fetch (304: unchanged since the last pass)
	ContentType  string    `json:"content_type,omitempty"`
	Length       int64     `json:"length"`
	LastModified string    `json:"last_modified,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	Fetched      time.Time `json:"fetched"`
	Unchanged    bool      `json:"unchanged,omitempty"` // same content as at the last pass (a 304, or the same bytes): the last scan's findings

	Format      string           `json:"format,omitempty"`
	SHA256      string           `json:"sha256,omitempty"`
	DictVersion string           `json:"dict_version,omitempty"`
	Verdict     report.Severity  `json:"verdict,omitempty"` // empty: nothing published there (404, refused)
	Findings    []report.Finding `json:"findings,omitempty"`
	// New lists the ids of findings the previous scan of this URL did
	// not report (new content, or a new dictionary version).
	New []string `json:"new_findings,omitempty"`
	// PreviousDictVersion is the dictionary version of the previous
	// scan, when it differs from this one.
	PreviousDictVersion string `json:"previous_dict_version,omitempty"`
	// Error says in Chinese why the URL could not be read, if it could not.
	Error string `json:"error,omitempty"`
	Pass  uint64 `json:"pass"`
}

// Report is the item as a scan report, for writers shared with `mishen scan`.
func (it *Item) Report() report.Report {
	return report.Report{File: it.URL, Format: it.Format, Verdict: it.Verdict, SHA256: it.SHA256,
		Size: it.Length, Findings: it.Findings, DictVersion: it.DictVersion}
}

// findingKey identifies a finding across two scans of the same URL.
func findingKey(f report.Finding) string {
	return string(f.Category) + "\x00" + f.Rule + "\x00" + f.Excerpt
}

// markNew sets it.New to the findings prev did not have.
func markNew(it, prev *Item) {
	if prev == nil || prev.Verdict == "" {
		return
	}
	if prev.DictVersion != it.DictVersion {
		it.PreviousDictVersion = prev.DictVersion
	}
	old := make(map[string]bool, len(prev.Findings))
	for _, f := range prev.Findings {
		old[findingKey(f)] = true
	}
	for _, f := range it.Findings {
		if !old[findingKey(f)] {
			it.New = append(it.New, f.ID)
		}
	}
}

// unreadable is the item's only finding when its content could not be
// read: a published URL nobody read is never passed.
func unreadable(rule, msg string) []report.Finding {
	return []report.Finding{{
		ID: "F1", Category: report.Unreadable, Severity: report.Review, Rule: rule,
		Basis: report.Unreadable.Basis(), Message: msg,
	}}
}
