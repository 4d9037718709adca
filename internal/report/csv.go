package report

import (
	"encoding/csv"
	"io"
	"strconv"
)

// CSVHeader is the first row of WriteCSV's output.
var CSVHeader = []string{"file", "format", "verdict", "sha256", "id", "category", "severity", "rule",
	"part", "embedded_file", "page", "sheet", "cell", "line", "start", "end", "excerpt", "message", "basis", "fingerprint"}

// WriteCSV writes one row per finding (and one row without a finding for
// a file that has none, so that every file scanned is listed), with the
// header CSVHeader. Cells that a spreadsheet would take for a formula
// (starting with = + - @ or a tab) are prefixed with ' so that opening
// the export runs nothing.
func WriteCSV(w io.Writer, reps []Report) error {
	cw, err := NewCSVWriter(w)
	if err != nil {
		return err
	}
	for i := range reps {
		if err := cw.Write(&reps[i]); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// CSVWriter writes WriteCSV's output one report at a time, for a scan
// that writes each report as it ends.
type CSVWriter struct {
	cw *csv.Writer
}

// NewCSVWriter writes the header CSVHeader to w.
func NewCSVWriter(w io.Writer) (*CSVWriter, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return nil, err
	}
	return &CSVWriter{cw: cw}, nil
}

// Write writes r's rows.
func (c *CSVWriter) Write(r *Report) error {
	file := []string{r.File, r.Format, string(r.Verdict), r.SHA256}
	if len(r.Findings) == 0 {
		row := append(append([]string{}, file...), make([]string, len(CSVHeader)-len(file))...)
		if err := c.cw.Write(safeRow(row)); err != nil {
			return err
		}
	}
	for _, f := range r.Findings {
		l := f.Location
		row := append(append([]string{}, file...), f.ID, string(f.Category), string(f.Severity), f.Rule,
			l.Part, l.File, itoa(l.Page), l.Sheet, l.Cell, itoa(l.Line), strconv.Itoa(l.Start), strconv.Itoa(l.End),
			f.Excerpt, f.Message, f.Basis, f.Fingerprint)
		if err := c.cw.Write(safeRow(row)); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes what is buffered to the underlying writer.
func (c *CSVWriter) Flush() error {
	c.cw.Flush()
	return c.cw.Error()
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// safeRow defuses spreadsheet formulas (CSV injection): a file name or
// excerpt is text from the scanned documents.
func safeRow(row []string) []string {
	for i, c := range row {
		if c == "" {
			continue
		}
		switch c[0] {
		case '=', '+', '-', '@', '\t', '\r':
			row[i] = "'" + c
		}
	}
	return row
}
