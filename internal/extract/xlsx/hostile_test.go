package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

func small() doc.Limits {
	l := doc.DefaultLimits()
	l.MaxUnzipBytes = 8 << 20
	l.MaxZipEntries = 100
	l.MaxXMLDepth = 64
	return l
}

// members returns the members of the zip in data, to rebuild it with
// changes.
func members(t testing.TB, data []byte) []ziptest.Entry {
	t.Helper()
	es, err := ziptest.Entries(data)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// replace returns es with the member name's body replaced.
func replace(es []ziptest.Entry, name, body string) []ziptest.Entry {
	out := append([]ziptest.Entry(nil), es...)
	for i := range out {
		if out[i].Name == name {
			out[i].Body = body
		}
	}
	return out
}

func TestHostile(t *testing.T) {
	good := book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", "可读的内容"))
		f.NewSheet("第二张")
		must(f.SetCellValue("第二张", "A1", "第二张的内容"))
	})
	es := members(t, good)
	var without []ziptest.Entry
	for _, e := range es {
		if e.Name != "xl/worksheets/sheet2.xml" {
			without = append(without, e)
		}
	}
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...)
	deep := `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		strings.Repeat("<row>", 100000) + `</sheetData></worksheet>`
	tests := []struct {
		name  string
		data  []byte
		lim   func(*doc.Limits)
		rule  string
		file  string
		sheet string // a sheet part with this text must still be there
	}{
		{name: "empty", rule: "unreadable.corrupt"},
		{name: "text", data: []byte("姓名,身份证号"), rule: "unreadable.corrupt"},
		{name: "legacy xls", data: ole, rule: "unreadable.corrupt"},
		{name: "encrypted", data: append(bytes.Clone(ole), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...), rule: "unreadable.encrypted"},
		{name: "truncated", data: ziptest.Truncate(good, len(good)-40), rule: "unreadable.corrupt"},
		{name: "zip bomb", data: ziptest.ZipRaw(es, ziptest.Bomb("xl/media/image1.png", 12<<20, false)), rule: "unreadable.zip_bomb", file: "xl/media/image1.png"},
		{name: "lying zip bomb", data: ziptest.ZipRaw(without, ziptest.Bomb("xl/worksheets/sheet2.xml", 12<<20, true)), rule: "unreadable.corrupt", file: "xl/worksheets/sheet2.xml", sheet: "可读的内容\n"},
		{name: "deep sheet", data: ziptest.Zip(replace(es, "xl/worksheets/sheet2.xml", deep)...), rule: "unreadable.too_deep", file: "xl/worksheets/sheet2.xml"},
		{name: "many entries", data: ziptest.Many(1000, es...), rule: "unreadable.too_many_entries"},
		{name: "no workbook", data: ziptest.Zip(ziptest.Entry{Name: "xl/worksheets/sheet1.xml", Body: "<worksheet/>"}), rule: "unreadable.corrupt", file: "xl/workbook.xml"},
		{name: "bad sheet xml", data: ziptest.Zip(replace(es, "xl/worksheets/sheet2.xml", `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>半`)...), rule: "unreadable.corrupt", file: "xl/worksheets/sheet2.xml", sheet: "可读的内容\n"},
		{name: "too much text", data: good, lim: func(l *doc.Limits) { l.MaxTextRunes = 8 }, rule: "unreadable.too_much_text", file: "xl/worksheets/sheet2.xml", sheet: "可读的内容\n"},
		{name: "over size", data: good, lim: func(l *doc.Limits) { l.MaxFileBytes = 100 }, rule: "unreadable.too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := small()
			if tt.lim != nil {
				tt.lim(&lim)
			}
			start := time.Now()
			d, err := Extract(tt.data, lim)
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > ziptest.HangAfter {
				t.Errorf("took %v", el)
			}
			var fs []report.Finding
			for _, f := range d.Findings {
				if f.Category == report.Unreadable {
					fs = append(fs, f)
				}
			}
			if len(fs) == 0 || fs[0].Rule != tt.rule || fs[0].Location.File != tt.file {
				t.Fatalf("findings = %+v, want first %s in %q", fs, tt.rule, tt.file)
			}
			if tt.sheet != "" && (len(d.Parts) == 0 || d.Parts[0].Text != tt.sheet) {
				t.Errorf("parts = %+v, want the first sheet %q kept", d.Parts, tt.sheet)
			}
		})
	}
}

// TestFlippedBytes flips bytes all over a real workbook: each result is
// either an unreadable finding or exactly the output of the original.
func TestFlippedBytes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "roster.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	want := ziptest.Encode(mustExtract(t, data))
	silent := 0
	// About 300 offsets, spread over the whole file.
	for off := 0; off < len(data); off += max(1, len(data)/300) {
		d := mustExtract(t, ziptest.Flip(data, off))
		if hasUnreadable(d) {
			continue
		}
		if got := ziptest.Encode(d); !bytes.Equal(got, want) {
			if silent++; silent <= 3 {
				t.Errorf("flip at %d changed the output in silence:\n%s", off, ziptest.Diff(string(want), string(got)))
			}
		}
	}
}

func hasUnreadable(d *doc.Document) bool {
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			return true
		}
	}
	return false
}

func mustExtract(t testing.TB, data []byte) *doc.Document {
	t.Helper()
	d, err := Extract(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// maxSeed leaves the largest hostile files (a 1.7 MB archive of 20,000
// entries) out of the fuzz corpus: mutating them is slow, and the tests
// above cover them.
const maxSeed = 256 << 10

// FuzzExtract checks that no input makes the extractor or excelize panic
// (extract runs without Extract's recover), break the text limit, or
// produce cells outside their part.
func FuzzExtract(f *testing.F) {
	for _, dir := range []string{fixtures, "../../../testdata/malformed", encodings} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil && len(b) <= maxSeed {
				f.Add(b)
			}
		}
	}
	f.Add(book(f, func(ef *excelize.File) { ef.SetCellValue("Sheet1", "A1", 4.40305199512032e17) }))
	f.Add(withThreadedComment(f, book(f, func(ef *excelize.File) {
		ef.AddFormControl("Sheet1", excelize.FormControl{Cell: "D4", Type: excelize.FormControlButton, Text: "按钮"})
		ef.SetDefinedName(&excelize.DefinedName{Name: "甲", RefersTo: `"乙"`})
	})))
	lim := doc.DefaultLimits()
	lim.MaxUnzipBytes = 4 << 20
	lim.MaxTextRunes = 1 << 16
	lim.MaxXMLDepth = 64
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &doc.Document{Format: "xlsx"}
		start := time.Now()
		extract(d, data, lim, false)
		if el := time.Since(start); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
		runes := 0
		for _, p := range d.Parts {
			n := utf8.RuneCountInString(p.Text)
			if p.Kind != doc.MetadataPart {
				runes += n
			}
			for _, c := range p.Cells {
				if c.Start < 0 || c.Start > c.End || c.End > n || c.Ref == "" {
					t.Fatalf("cell %+v outside part of %d runes", c, n)
				}
			}
		}
		if runes > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit", runes)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"roster.xlsx", "clean.xlsx"} {
		data, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			b.Skip(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if d, _ := Extract(data, doc.DefaultLimits()); hasUnreadable(d) || len(d.Parts) < 2 {
					b.Fatalf("unexpected result: %+v", d)
				}
			}
		})
	}
	// A larger table: 5000 rows of 8 columns of mixed text and numbers.
	big := book(b, func(f *excelize.File) {
		sw, err := f.NewStreamWriter("Sheet1")
		must(err)
		for r := 1; r <= 5000; r++ {
			cell, _ := excelize.CoordinatesToCellName(1, r)
			must(sw.SetRow(cell, []any{r, "某区农业农村局", "张某某", 12000.5 + float64(r), "浙江省杭州市某区某街道某路" + string(rune('0'+r%10)) + "号", 13900000000 + r, "备注说明文字", r * 7}))
		}
		must(sw.Flush())
	})
	b.Run("5000rows.xlsx", func(b *testing.B) {
		b.SetBytes(int64(len(big)))
		b.ReportAllocs()
		for b.Loop() {
			if d, _ := Extract(big, doc.DefaultLimits()); hasUnreadable(d) || len(d.Parts[0].Cells) != 40000 {
				b.Fatalf("unexpected result: %d parts", len(d.Parts))
			}
		}
	})
}

func TestTimeout(t *testing.T) {
	data := book(t, func(f *excelize.File) {
		for r := 1; r <= 600; r++ {
			cell, _ := excelize.CoordinatesToCellName(1, r)
			must(f.SetCellValue("Sheet1", cell, r))
		}
		f.NewSheet("未读")
		must(f.SetCellValue("未读", "A1", "x"))
	})
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Nanosecond
	d, _ := Extract(data, lim)
	var rules []string
	for _, f := range d.Findings {
		rules = append(rules, f.Rule+":"+f.Location.Sheet)
	}
	if strings.Join(rules, " ") != "unreadable.timeout:Sheet1" {
		t.Fatalf("findings = %v, want one unreadable.timeout in Sheet1", rules)
	}
	if len(d.Parts) == 0 || !strings.HasPrefix(d.Parts[0].Text, "1\n2\n") {
		t.Errorf("the rows read before the timeout are lost: %+v", d.Parts)
	}
}
