package audit

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Filter selects events. Zero fields match everything.
type Filter struct {
	ReviewID string
	Actor    string
	Action   string
	// From and To bound Time, inclusive and exclusive.
	From, To time.Time
	// After skips events with Seq <= After (paging).
	After uint64
	// Limit caps the page; 0 means DefaultLimit.
	Limit int
}

// Paging limits for Query.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// Match reports whether e passes f (After and Limit aside).
func (f Filter) Match(e *Event) bool {
	switch {
	case f.ReviewID != "" && e.ReviewID != f.ReviewID,
		f.Actor != "" && e.Actor != f.Actor,
		f.Action != "" && e.Action != f.Action,
		!f.From.IsZero() && e.Time.Before(f.From),
		!f.To.IsZero() && !e.Time.Before(f.To):
		return false
	}
	return true
}

func (f Filter) limit() int {
	switch {
	case f.Limit <= 0:
		return DefaultLimit
	case f.Limit > MaxLimit:
		return MaxLimit
	}
	return f.Limit
}

// Query returns up to f.Limit events matching f in sequence order, and the
// After value of the next page (0 when there is none). A record that does
// not decode stops the query with an error: run Verify to see why.
func Query(s Storage, f Filter) ([]Event, uint64, error) {
	limit := f.limit()
	var out []Event
	var next uint64
	err := s.Scan(f.After+1, func(seq uint64, rec []byte) (bool, error) {
		e, err := DecodeRecord(rec)
		if err != nil {
			return false, fmt.Errorf("audit: event %d: %w", seq, err)
		}
		if !f.Match(&e) {
			return true, nil
		}
		if len(out) == limit {
			next = out[len(out)-1].Seq
			return false, nil
		}
		out = append(out, e)
		return true, nil
	})
	return out, next, err
}

// Each calls fn for every stored event in order. It stops at the first
// record that does not decode.
func Each(s Storage, fn func(Event) error) error {
	return s.Scan(1, func(seq uint64, rec []byte) (bool, error) {
		e, err := DecodeRecord(rec)
		if err != nil {
			return false, fmt.Errorf("audit: event %d: %w", seq, err)
		}
		return true, fn(e)
	})
}

// Export formats.
const (
	FormatJSONL = "jsonl"
	FormatCSV   = "csv"
)

// CSVHeader is the first row of a CSV export.
var CSVHeader = []string{"seq", "time", "actor", "role", "action", "review_id", "content_sha256", "details", "prev", "hash"}

// Exporter writes events one by one in an export format.
type Exporter struct {
	w   io.Writer
	csv *csv.Writer
	enc *json.Encoder
}

// NewExporter returns an Exporter for format jsonl or csv. For CSV it
// writes the header row first.
func NewExporter(w io.Writer, format string) (*Exporter, error) {
	switch format {
	case FormatJSONL:
		return &Exporter{w: w, enc: json.NewEncoder(w)}, nil
	case FormatCSV:
		cw := csv.NewWriter(w)
		if err := cw.Write(CSVHeader); err != nil {
			return nil, err
		}
		return &Exporter{w: w, csv: cw}, nil
	}
	return nil, fmt.Errorf("audit: unknown export format %q (want jsonl or csv)", format)
}

// Write writes one event.
func (x *Exporter) Write(e Event) error {
	if x.enc != nil {
		return x.enc.Encode(e)
	}
	details := ""
	if len(e.Details) > 0 {
		// encoding/json writes map keys sorted, so this is stable.
		b, err := json.Marshal(e.Details)
		if err != nil {
			return err
		}
		details = string(b)
	}
	row := []string{strconv.FormatUint(e.Seq, 10), e.Time.UTC().Format(time.RFC3339Nano), e.Actor, e.Role,
		e.Action, e.ReviewID, e.ContentSHA256, details, e.Prev.String(), e.Hash.String()}
	for i, v := range row {
		row[i] = csvSafe(v)
	}
	return x.csv.Write(row)
}

// Flush writes out buffered rows.
func (x *Exporter) Flush() error {
	if x.csv != nil {
		x.csv.Flush()
		return x.csv.Error()
	}
	return nil
}

// csvSafe keeps a spreadsheet from running a cell as a formula: a value
// that starts with = + - @ or a control character gets a leading
// apostrophe (the OWASP advice for CSV injection). Hashes, numbers and
// times never start with those, so verification data is unchanged.
func csvSafe(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// Export writes every event in s to w in format.
func Export(s Storage, format string, w io.Writer) error {
	x, err := NewExporter(w, format)
	if err != nil {
		return err
	}
	if err := Each(s, x.Write); err != nil {
		return err
	}
	return x.Flush()
}
