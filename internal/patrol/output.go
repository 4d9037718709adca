package patrol

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/report"
)

// Writer streams a patrol's items to an output as they come, so that a
// report of a site of any size is written in bounded memory.
type Writer interface {
	Write(it *Item) error
	// Close ends the output (the closing brackets of SARIF).
	Close(s Stats) error
}

// NewWriter returns the writer for format json (one object per line),
// csv (one row per finding, or per URL without findings) or sarif
// (SARIF 2.1.0, one result per finding, located at the URL).
func NewWriter(format string, w io.Writer) (Writer, error) {
	switch format {
	case "json":
		return &jsonWriter{enc: json.NewEncoder(w)}, nil
	case "csv":
		return newCSVWriter(w), nil
	case "sarif":
		return &sarifWriter{w: w}, nil
	}
	return nil, fmt.Errorf("patrol: unknown format %q (want json, csv or sarif)", format)
}

type jsonWriter struct{ enc *json.Encoder }

func (j *jsonWriter) Write(it *Item) error { return j.enc.Encode(it) }
func (j *jsonWriter) Close(Stats) error    { return nil }

// csvHeader names the columns of the CSV output.
var csvHeader = []string{"url", "referrer", "final_url", "status", "content_type", "length", "last_modified",
	"unchanged", "verdict", "dict_version", "error", "finding_id", "new", "category", "severity", "rule", "location", "excerpt", "message"}

type csvWriter struct {
	w      *csv.Writer
	header bool
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) Write(it *Item) error {
	if !c.header {
		c.header = true
		c.w.Write(csvHeader)
	}
	base := []string{it.URL, it.Referrer, it.FinalURL, strconv.Itoa(it.Status), it.ContentType,
		strconv.FormatInt(it.Length, 10), it.LastModified, strconv.FormatBool(it.Unchanged),
		string(it.Verdict), it.DictVersion, it.Error}
	if len(it.Findings) == 0 {
		c.w.Write(safe(append(base, "", "", "", "", "", "", "", "")))
	}
	isNew := map[string]bool{}
	for _, id := range it.New {
		isNew[id] = true
	}
	for _, f := range it.Findings {
		row := append(append([]string(nil), base...), f.ID, strconv.FormatBool(isNew[f.ID]), string(f.Category),
			string(f.Severity), f.Rule, where(f.Location), f.Excerpt, f.Message)
		c.w.Write(safe(row))
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *csvWriter) Close(Stats) error {
	if !c.header {
		c.w.Write(csvHeader)
	}
	c.w.Flush()
	return c.w.Error()
}

// safe keeps a spreadsheet from taking a cell for a formula (CSV
// injection): a cell that starts with = + - @ gets a leading quote.
func safe(row []string) []string {
	for i, v := range row {
		if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
			row[i] = "'" + v
		}
	}
	return row
}

// where names a finding's place inside the fetched file.
func where(l report.Location) string {
	var parts []string
	if l.File != "" {
		parts = append(parts, l.File)
	}
	if l.Page > 0 {
		parts = append(parts, fmt.Sprintf("第%d页", l.Page))
	}
	if l.Sheet != "" {
		parts = append(parts, l.Sheet)
	}
	if l.Cell != "" {
		parts = append(parts, l.Cell)
	}
	if l.Line > 0 {
		parts = append(parts, fmt.Sprintf("第%d行", l.Line))
	}
	if l.Part != "" && l.Part != "body" {
		parts = append(parts, l.Part)
	}
	return strings.Join(parts, " ")
}

// sarifWriter writes SARIF 2.1.0 as a stream: the run's header, one
// result per finding as items come, and the closing brackets. Rules are
// not listed (a result's ruleId is enough for SARIF viewers and code
// scanning), which is what lets the output stream.
type sarifWriter struct {
	w       io.Writer
	started bool
	n       int
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
	} `json:"physicalLocation"`
	LogicalLocations []struct {
		FullyQualifiedName string `json:"fullyQualifiedName"`
	} `json:"logicalLocations,omitempty"`
}

func sarifLevel(s report.Severity) string {
	switch s {
	case report.Block:
		return "error"
	case report.Review:
		return "warning"
	}
	return "note"
}

func (s *sarifWriter) start() error {
	s.started = true
	_, err := io.WriteString(s.w, `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"mishen","informationUri":"https://github.com/mishen-gov/mishen"}},"results":[`+"\n")
	return err
}

func (s *sarifWriter) Write(it *Item) error {
	if !s.started {
		if err := s.start(); err != nil {
			return err
		}
	}
	for _, f := range it.Findings {
		r := sarifResult{RuleID: f.Rule, Level: sarifLevel(f.Severity), Message: sarifText{f.Message},
			Properties: map[string]any{"category": string(f.Category), "severity": string(f.Severity),
				"excerpt": f.Excerpt, "referrer": it.Referrer, "status": it.Status, "verdict": string(it.Verdict)}}
		if r.Message.Text == "" {
			r.Message.Text = f.Category.Label()
		}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = it.URL
		if w := where(f.Location); w != "" {
			loc.LogicalLocations = []struct {
				FullyQualifiedName string `json:"fullyQualifiedName"`
			}{{w}}
		}
		r.Locations = []sarifLocation{loc}
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		if s.n > 0 {
			b = append([]byte(",\n"), b...)
		}
		s.n++
		if _, err := s.w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

func (s *sarifWriter) Close(Stats) error {
	if !s.started {
		if err := s.start(); err != nil {
			return err
		}
	}
	_, err := io.WriteString(s.w, "\n]}]}\n")
	return err
}
