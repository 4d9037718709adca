package scan

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/bench/textgen"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/report"
)

// BenchmarkScanGovernment is the default scan path (extract, normalise,
// detect, dictionaries, excerpts, SHA-256) on 8 MB of government text with
// personal data; run with -cpu 1 for the rate per core.
func BenchmarkScanGovernment(b *testing.B) {
	s := newScanner(b)
	data := []byte(textgen.GovernmentText(8 << 20))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := s.Scan(context.Background(), "a.txt", data)
		if r.Verdict != report.Block || len(r.Findings) < 2000 {
			b.Fatalf("verdict %s, %d findings", r.Verdict, len(r.Findings))
		}
	}
}

// TestScanGovernmentLinear checks that the default path costs the same
// per byte on a text four times as long, by counting allocations (not
// time): no step may do work per finding that grows with the text.
func TestScanGovernmentLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("scans 5 MB")
	}
	s := newScanner(t)
	for _, oneLine := range []bool{false, true} {
		text := func(n int) []byte {
			g := textgen.GovernmentText(n)
			if oneLine {
				// A text with no line breaks (an export, a PDF
				// read as one line): no step may read the whole
				// line for each value on it.
				g = strings.ReplaceAll(g, "\n", "　")
			}
			return []byte(g)
		}
		checkLinear(t, s, text(1<<19), text(1<<21), fmt.Sprintf("one line %v", oneLine))
	}
}

func checkLinear(t *testing.T, s *Scanner, small, big []byte, what string) {
	t.Helper()
	cost := func(data []byte) (allocs, bytes float64) {
		var fs int
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		allocs = testing.AllocsPerRun(1, func() {
			fs = len(s.Scan(context.Background(), "a.txt", data).Findings)
		})
		runtime.ReadMemStats(&after)
		if fs == 0 {
			t.Fatal("no findings")
		}
		// AllocsPerRun runs the function twice (a warm-up and the run).
		return allocs, float64(after.TotalAlloc-before.TotalAlloc) / 2
	}
	a1, b1 := cost(small)
	a4, b4 := cost(big)
	t.Logf("%s: %d bytes: %.0f allocs, %.1f MB; %d bytes: %.0f allocs, %.1f MB", what, len(small), a1, b1/1e6, len(big), a4, b4/1e6)
	if a4 > 5*a1 || b4 > 5*b1 {
		t.Errorf("%s: 4x the text costs %.1fx the allocations and %.1fx the bytes (want <= 5x)", what, a4/a1, b4/b1)
	}
}

// staffSheet returns an XLSX workbook of rows data rows under a header:
// number, name, mobile, department, amount, e-mail. Every row holds a
// synthetic mobile and an e-mail address (a value that reads like a
// label), the dense case where a step per finding that walks the cells
// would make the sheet cost the square of its size.
func staffSheet(t testing.TB, rows int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"序号", "姓名", "手机号码", "所在部门", "金额（元）", "电子邮箱"}); err != nil {
		t.Fatal(err)
	}
	depts := []string{"办公室", "财务科", "人事科", "法规科", "信息中心"}
	for r := 1; r <= rows; r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		row := []any{r, fmt.Sprintf("张%d", r), fmt.Sprintf("139%08d", r), depts[r%len(depts)], float64(r%9000) + 0.5, fmt.Sprintf("zhang%d@example.com", r)}
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestXLSXLinear checks that reading and scanning a sheet costs no more
// than linear in its cells, by counting allocations and allocated bytes
// (not time): at four times the cells, at most five times the cost.
func TestXLSXLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("scans 15,000 and 60,000 cells")
	}
	s := newScanner(t)
	cost := func(rows int) (allocs, bytes float64) {
		data := staffSheet(t, rows)
		var mobiles int
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		allocs = testing.AllocsPerRun(1, func() {
			mobiles = 0
			for _, f := range s.Scan(context.Background(), "staff.xlsx", data).Findings {
				if f.Category == report.MobilePhone {
					mobiles++
				}
			}
		})
		runtime.ReadMemStats(&after)
		if mobiles != rows {
			t.Fatalf("%d rows: %d mobiles found", rows, mobiles)
		}
		return allocs, float64(after.TotalAlloc-before.TotalAlloc) / 2
	}
	a1, b1 := cost(2500)
	a4, b4 := cost(10000)
	t.Logf("15,000 cells: %.0f allocs, %.1f MB; 60,000 cells: %.0f allocs, %.1f MB", a1, b1/1e6, a4, b4/1e6)
	if a4 > 5*a1 || b4 > 5*b1 {
		t.Errorf("4x the cells cost %.1fx the allocations and %.1fx the bytes (want <= 5x)", a4/a1, b4/b1)
	}
}

// BenchmarkScanXLSX is the whole in-process path for a sheet of 20,000
// mobiles (120,000 cells): extract, normalise, detect, excerpts.
func BenchmarkScanXLSX(b *testing.B) {
	s := newScanner(b)
	data := staffSheet(b, 20000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if r := s.Scan(context.Background(), "staff.xlsx", data); len(r.Findings) < 20000 {
			b.Fatalf("%d findings", len(r.Findings))
		}
	}
}
