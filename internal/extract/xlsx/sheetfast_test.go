package xlsx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// both extracts data with the fast sheet reader and with excelize's, and
// returns the two documents as JSON.
func both(t testing.TB, data []byte, lim doc.Limits) (fast, slow string) {
	t.Helper()
	enc := func(slow bool) string {
		d := &doc.Document{Format: "xlsx"}
		extract(d, data, lim, slow)
		b, err := json.MarshalIndent(d, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return enc(false), enc(true)
}

// styled builds a workbook whose cells hold every kind of value in every
// common number format, plain and styled.
func styled(t testing.TB) []byte {
	return book(t, func(f *excelize.File) {
		fmts := []int{0, 1, 2, 3, 4, 9, 10, 11, 14, 17, 20, 22, 37, 40, 49, 58}
		customs := []string{";;;", `yyyy"年"m"月"d"日"`, "0.00_ ", `0;-0;0;"文本"@`, `@"元"`, `#,##0.00;[Red]-#,##0.00`, "000000", `"ID "@`}
		var styles []int
		for _, id := range fmts {
			s, err := f.NewStyle(&excelize.Style{NumFmt: id, Font: &excelize.Font{Bold: true}})
			must(err)
			styles = append(styles, s)
		}
		for _, c := range customs {
			s, err := f.NewStyle(&excelize.Style{CustomNumFmt: &c})
			must(err)
			styles = append(styles, s)
		}
		values := []any{0, 7, -5, 13957180246, 139571802461, 1.5, 0.1, 1e-7, 1e20, -0.25, 45292, 45292.75,
			4.40305199512032e17, 440305199512032000, 1.23456789012345678, math.Pi,
			"文字", " 前后空格 ", "110101199003074514", "007", "a\r\nb", "x_x000D_y", "_x005F_x0041_", "", true, false}
		for r, v := range values {
			for c := 0; c <= len(styles); c++ {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				must(f.SetCellValue("Sheet1", cell, v))
				if c > 0 {
					must(f.SetCellStyle("Sheet1", cell, cell, styles[c-1]))
				}
			}
		}
		must(f.SetCellFormula("Sheet1", "A40", "SUM(A1:A3)"))
		must(f.SetCellRichText("Sheet1", "B40", []excelize.RichTextRun{{Text: "富"}, {Text: "文本", Font: &excelize.Font{Bold: true}}}))
		must(f.SetCellDefault("Sheet1", "C40", "1.50"))
		must(f.SetCellDefault("Sheet1", "D40", "00123"))
		must(f.SetCellDefault("Sheet1", "E40", "1E+3"))
		// Numbers a format shows as nothing, alone in their row and at
		// its end: both readers keep them.
		hide := styles[len(fmts)]
		must(f.SetCellValue("Sheet1", "A45", 13957180246))
		must(f.SetCellStyle("Sheet1", "A45", "A45", hide))
		must(f.SetCellValue("Sheet1", "A46", "x"))
		must(f.SetCellValue("Sheet1", "C46", 13957180247))
		must(f.SetCellStyle("Sheet1", "C46", "C46", hide))
		must(f.SetRowVisible("Sheet1", 3, false))
		must(f.SetColVisible("Sheet1", "D", false))
		must(f.SetHeaderFooter("Sheet1", &excelize.HeaderFooterOptions{OddHeader: "&C机密", OddFooter: "&L页脚"}))
		must(f.AddDataValidation("Sheet1", func() *excelize.DataValidation {
			dv := excelize.NewDataValidation(true)
			dv.Sqref = "A50"
			must(dv.SetDropList([]string{"甲", "乙"}))
			return dv
		}()))
		f.NewSheet("流")
		sw, err := f.NewStreamWriter("流")
		must(err)
		for r := 1; r <= 50; r++ {
			cell, _ := excelize.CoordinatesToCellName(2, r*2)
			must(sw.SetRow(cell, []any{r, fmt.Sprintf("张%d", r), fmt.Sprintf("139%08d", r), float64(r) + 0.5, "", nil, true}))
		}
		must(sw.Flush())
	})
}

// TestReadersAgree checks that the fast sheet reader gives, cell for
// cell, the text excelize's row iterator gives, on the fixtures and on
// workbooks holding every kind of value, format and layout of rows.
func TestReadersAgree(t *testing.T) {
	var files [][]byte
	var names []string
	for _, pat := range []string{filepath.Join(fixtures, "*.xlsx"), filepath.Join(malformed, "*.xlsx"), filepath.Join(encodings, "*.xlsx"),
		"../../../testdata/blind15-xlsx/hx_utf16_sheet.xlsx"} {
		m, _ := filepath.Glob(pat)
		for _, name := range m {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			files, names = append(files, b), append(names, filepath.Base(name))
		}
	}
	files, names = append(files, styled(t)), append(names, "styled")
	plain := book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", "x"))
	})
	es := members(t, plain)
	const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
	for name, body := range map[string]string{
		"no refs":       `<sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>`,
		"gaps":          `<sheetData><row r="2"><c r="C2"><v>1</v></c><c r="A2"><v>2</v></c></row><row r="5"><c r="B5" t="str"><v>乙</v></c></row></sheetData>`,
		"entities":      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;&#x41;&#66;&amp;&quot;</t></is></c><c r="B1" t="inlineStr"><is><t><![CDATA[<丙>]]></t></is></c></row></sheetData>`,
		"comments":      `<!-- x --><sheetData><?pi x?><row r="1"><c r="A1"><!-- y --><v>1<!-- z -->2</v></c></row></sheetData>`,
		"prefixed":      `<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>丁</x:t></x:is></x:c></x:row></x:sheetData>`,
		"rich inline":   `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>戊</t></r><t>己</t><rPh><t>ji</t></rPh></is></c></row></sheetData>`,
		"bool error":    `<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>2</v></c><c r="C1" t="e"><v>#N/A</v></c></row></sheetData>`,
		"shared bad":    `<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1" t="s"><v>x</v></c><c r="C1" t="s"><f>A1</f><v>99</v></c></row></sheetData>`,
		"formula blank": `<sheetData><row r="1"><c r="B1"><f>1/0</f></c><c r="C1"><v></v></c></row></sheetData>`,
		"hidden only":   `<cols><col min="2" max="2" hidden="1"/></cols><sheetData><row r="1" hidden="1"><c r="B1"><v>5</v></c></row></sheetData>`,
		"crlf":          "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\r\nb\rc</t></is></c></row></sheetData>",
		"self closing":  `<sheetData><row r="1"/><row r="2"><c r="A2"/><c r="B2" t="inlineStr"><is/></c><c r="C2"><v>1</v></c></row></sheetData>`,
		"iso date":      `<sheetData><row r="1"><c r="A1" t="d"><v>2024-01-02T00:00:00Z</v></c><c r="B1" t="inlineStr"><is><t>庚</t></is></c></row></sheetData>`,
		"lower ref":     `<sheetData><row r="1"><c r="b1"><v>1</v></c><c r="$D$1"><v>2</v></c></row></sheetData>`,
	} {
		files = append(files, ziptest.Zip(replace(es, "xl/worksheets/sheet1.xml", head+body+`</worksheet>`)...))
		names = append(names, name)
	}
	gbk := strings.Replace(head, "UTF-8", "GBK", 1) + `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>abc</t></is></c></row></sheetData></worksheet>`
	files = append(files, ziptest.Zip(replace(es, "xl/worksheets/sheet1.xml", gbk)...))
	names = append(names, "gbk")
	for i, data := range files {
		fast, slow := both(t, data, doc.DefaultLimits())
		if fast != slow {
			t.Errorf("%s: the readers differ (-slow +fast):\n%s", names[i], lineDiff(slow, fast))
		}
	}
}

// TestRowsBack checks that rows out of order keep every value: excelize
// adds the cells of a row numbered before the current one to the current
// one, and so does the fast reader.
func TestRowsBack(t *testing.T) {
	es := members(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "x")) }))
	body := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="4"><c r="A4"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row><row r="6"><c r="A6"><v>3</v></c></row>` +
		`</sheetData></worksheet>`
	d := extractOK(t, ziptest.Zip(replace(es, "xl/worksheets/sheet1.xml", body)...))
	if got := d.Parts[0].Text; got != "1\t2\n3\n" {
		t.Errorf("text = %q, want every value", got)
	}
}

// TestBadStyle checks that a cell whose style is not a number is read as
// stored: excelize drops its value.
func TestBadStyle(t *testing.T) {
	es := members(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "x")) }))
	body := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" s="x" t="inlineStr"><is><t>辛</t></is></c><c r="B1" s="-1"><v>1</v></c></row>` +
		`</sheetData></worksheet>`
	d := extractOK(t, ziptest.Zip(replace(es, "xl/worksheets/sheet1.xml", body)...))
	if got := d.Parts[0].Text; got != "辛\t1\n" {
		t.Errorf("text = %q, want every value", got)
	}
}

// TestLongRow checks that the values of a row held until its end count
// against the text limit as they come.
func TestLongRow(t *testing.T) {
	es := members(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "x")) }))
	body := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">` +
		strings.Repeat(`<c t="inlineStr"><is><t>十个字的一个单元格值</t></is></c>`, 5000) + `</row></sheetData></worksheet>`
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 1000
	d := &doc.Document{}
	extract(d, ziptest.Zip(replace(es, "xl/worksheets/sheet1.xml", body)...), lim, false)
	if len(d.Findings) == 0 || d.Findings[0].Rule != "unreadable.too_much_text" {
		t.Fatalf("findings = %+v, want unreadable.too_much_text", d.Findings)
	}
}

// TestSharedStringsBudget checks that a shared string table is held
// within the text limit: many empty strings cost memory and no text.
func TestSharedStringsBudget(t *testing.T) {
	es := members(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "甲")) }))
	es = replace(es, "xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>甲</t></si>`+
		strings.Repeat("<si/>", 10000)+`</sst>`)
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 1000
	d := &doc.Document{}
	extract(d, ziptest.Zip(es...), lim, false)
	if len(d.Findings) == 0 || d.Findings[0].Rule != "unreadable.too_much_text" {
		t.Fatalf("findings = %+v, want unreadable.too_much_text", d.Findings)
	}
}

// TestManyCells checks that the cells of a document are bounded as well
// as its text: tiny cells cost more to record than their text.
func TestManyCells(t *testing.T) {
	es := members(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "x")) }))
	body := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		strings.Repeat(`<row><c><v>1</v></c></row>`, 2000) + `</sheetData></worksheet>`
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 8192
	d := &doc.Document{}
	extract(d, ziptest.Zip(replace(es, "xl/worksheets/sheet1.xml", body)...), lim, false)
	if len(d.Findings) == 0 || d.Findings[0].Rule != "unreadable.too_much_text" {
		t.Fatalf("findings = %+v, want unreadable.too_much_text", d.Findings)
	}
}

// tokens lists the tokens xmlScanner reads from r, one string each.
func tokens(r io.Reader) ([]string, error) {
	sc, err := newXMLScanner(r, 64)
	if err != nil {
		return nil, err
	}
	var out []string
	for {
		if err := sc.next(); err != nil {
			return out, err
		}
		switch sc.kind {
		case tokEOF:
			return out, nil
		case tokStart:
			t := fmt.Sprintf("<%s %v", sc.local, sc.self)
			for _, a := range sc.attrs {
				t += fmt.Sprintf(" %s=%q", a.local, a.val)
			}
			out = append(out, t)
		case tokEnd:
			out = append(out, "</"+string(sc.local))
		case tokText:
			b, err := sc.appendTok(nil)
			if err != nil {
				return out, err
			}
			out = append(out, fmt.Sprintf("%q", b))
		}
	}
}

// TestScannerWindow checks that the scanner reads the same tokens whatever
// the reads it is given: one byte at a time, past its window.
func TestScannerWindow(t *testing.T) {
	long := strings.Repeat("长文本", window)
	xml := `<?xml version="1.0" encoding="UTF-8"?><!-- c --><a x="1>2" y='3'><b/><![CDATA[<c>]]>&amp;&#x41;<c z="` +
		long + `">` + long + `</c><?pi ?></a>`
	whole, err := tokens(strings.NewReader(xml))
	if err != nil {
		t.Fatal(err)
	}
	bytewise, err := tokens(iotest.OneByteReader(strings.NewReader(xml)))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(whole, bytewise) || len(whole) != 8 {
		t.Errorf("tokens differ: %d whole, %d byte by byte", len(whole), len(bytewise))
	}
}

// lineDiff lists the lines of a and b that differ, by position.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)) && len(out) < 40; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
	}
	return strings.Join(out, "\n")
}

// TestPlainNumber checks the shortcut for numbers that read back as
// themselves against the parse and format it saves.
func TestPlainNumber(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []string{"0", "7", "0.5", "10", "1.5", "12.50", "007", "0.0", ".5", "5.", "123456789012345", "1234567890123456", "1e5", "-1", "+1", "1.2.3", "0.000001", "00.5"}
	for range 20000 {
		f := r.Float64() * math.Pow(10, float64(r.IntN(20)-5))
		cases = append(cases, strconv.FormatFloat(f, 'f', r.IntN(12)-1, 64), strconv.FormatInt(r.Int64N(1e16), 10))
	}
	for _, s := range cases {
		n, ok := plainNumber(s)
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(s, 64)
		back := strconv.FormatFloat(v, 'f', -1, 64)
		if err != nil || back != s || n != len(back)-strings.Count(back, ".") {
			t.Errorf("plainNumber(%q) = %d, true; reads back as %q", s, n, back)
		}
	}
}

// TestFixedFormatsAgree checks the formats worked out here against
// excelize's formatter, on values with ties, negatives and many digits.
func TestFixedFormatsAgree(t *testing.T) {
	f := excelize.NewFile()
	if _, err := f.NewSheet("s"); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	vals := []string{"0", "0.125", "0.135", "2.675", "1.005", "-0.005", "-1234.5", "1234567.891", "0.5", "1.5", "2.5",
		"-2.5", "999.995", "999999999999999", "123456789012.345", "-0.001", "45292.75", "-0", "1E+3", "0.0000001"}
	for range 3000 {
		vals = append(vals, strconv.FormatFloat((r.Float64()-0.3)*math.Pow(10, float64(r.IntN(16)-3)), 'f', r.IntN(6), 64))
	}
	for id := 1; id <= len(fixedFormats); id++ {
		st, err := f.NewStyle(&excelize.Style{NumFmt: id})
		must(err)
		for _, v := range vals {
			mine, ok := fixedNumber(cellDefault(v), fixedFormats[id-1])
			if !ok {
				continue
			}
			must(f.SetCellDefault("s", "A1", v))
			must(f.SetCellStyle("s", "A1", "A1", st))
			got, err := f.GetCellValue("s", "A1")
			if err != nil || got != mine {
				t.Errorf("format %d of %s: excelize %q, here %q", id, v, got, mine)
			}
		}
	}
}

// BenchmarkReadSheet reads a sheet of 20,000 rows of six columns (text,
// numbers, a mobile) with the fast reader and with excelize's.
func BenchmarkReadSheet(b *testing.B) {
	data := book(b, func(f *excelize.File) {
		sw, err := f.NewStreamWriter("Sheet1")
		must(err)
		for r := 1; r <= 20000; r++ {
			cell, _ := excelize.CoordinatesToCellName(1, r)
			must(sw.SetRow(cell, []any{r, fmt.Sprintf("张%d", r), fmt.Sprintf("139%08d", r), "办公室", float64(r%9000) + 0.5, "按时完成"}))
		}
		must(sw.Flush())
	})
	for _, slow := range []bool{false, true} {
		b.Run(map[bool]string{false: "fast", true: "excelize"}[slow], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				d := &doc.Document{Format: "xlsx"}
				extract(d, data, doc.DefaultLimits(), slow)
				if len(d.Parts) == 0 || len(d.Parts[0].Cells) != 120000 {
					b.Fatalf("%d parts", len(d.Parts))
				}
			}
		})
	}
}

// FuzzSheetXML feeds the fast reader worksheet XML inside a sound
// workbook: no panic, bounded time, no more text than the limit, cells
// inside their part. Agreement with excelize's reader is TestReadersAgree's
// (a second, excelize, read per input would make this target slow).
func FuzzSheetXML(f *testing.F) {
	tmpl := book(f, func(ef *excelize.File) {
		must(ef.SetCellValue("Sheet1", "A1", "x"))
		s, err := ef.NewStyle(&excelize.Style{NumFmt: 14})
		must(err)
		must(ef.SetCellStyle("Sheet1", "A1", "A1", s))
	})
	ef, err := excelize.OpenReader(bytes.NewReader(tmpl))
	if err != nil {
		f.Fatal(err)
	}
	fm := newFormatter(ef)
	f.Add(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c><c r="B1" s="1"><v>45292.5</v></c></row></sheetData>`)
	f.Add(`<cols><col min="2" max="3" hidden="1"/></cols><sheetData><row r="2" hidden="1"><c r="C2" t="s"><v>0</v></c><c><f>1</f><v>2</v></c></row></sheetData><headerFooter><oddHeader>&amp;C机密</oddHeader></headerFooter>`)
	f.Add(`<sheetData><row><c t="b"><v>1</v></c><c r="$E$1" t="str"><v>&#x41;<![CDATA[<b>]]></v></c></row><x:row r="3"><x:c><x:v>4.40305199512032E+17</x:v></x:c></x:row></sheetData>`)
	f.Add(`<hyperlinks><hyperlink ref="A1" location="Sheet2!A1" display="乙"/></hyperlinks><dataValidations><dataValidation type="list" prompt="丙"><formula1>"丁,戊"</formula1></dataValidation></dataValidations>`)
	lim := doc.DefaultLimits()
	lim.MaxUnzipBytes = 1 << 20
	lim.MaxTextRunes = 1 << 14
	lim.MaxXMLDepth = 32
	stored := func(name, body string) ziptest.Raw {
		return ziptest.Raw{Name: name, Compressed: []byte(body), CRC32: crc32.ChecksumIEEE([]byte(body)), UncompressedSize: uint64(len(body))}
	}
	sst := stored("xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>甲</t></si><si><r><t>乙</t></r></si></sst>`)
	f.Fuzz(func(t *testing.T, body string) {
		// Stored, not deflated, and only what the reader opens: a
		// deflater per input would cost most of the time.
		data := ziptest.ZipRaw(nil, sst, stored("xl/worksheets/sheet1.xml",
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+body+`</worksheet>`))
		a, err := zipguard.Open(data, lim)
		if err != nil {
			t.Fatal(err)
		}
		x := &extractor{d: &doc.Document{}, f: ef, a: a, lim: lim, left: lim.MaxTextRunes,
			deadline: time.Now().Add(time.Second), book: "xl/workbook.xml", fm: fm}
		w := &rowWriter{x: x, p: &part{x: x, line: 1}}
		start := time.Now()
		x.readSheetFast(sheetInfo{name: "Sheet1", state: "visible", path: "xl/worksheets/sheet1.xml"}, w)
		if el := time.Since(start); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
		// The same tokens whatever the reads.
		if whole, err := tokens(strings.NewReader(body)); err == nil {
			if bytewise, err := tokens(iotest.OneByteReader(strings.NewReader(body))); err != nil || !slices.Equal(whole, bytewise) {
				t.Fatalf("tokens differ byte by byte: %v", err)
			}
		}
		text := w.p.b.String()
		n := utf8.RuneCountInString(text)
		if n > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit", n)
		}
		for _, c := range w.p.cells {
			if c.Start < 0 || c.Start > c.End || c.End > n || c.Ref == "" {
				t.Fatalf("cell %+v outside part of %d runes", c, n)
			}
		}
	})
}

// TestFormulaLiterals: the strings a formula joins are read as the sheet's
// source text, joined as the formula joins them, so that a value a file
// leaves to be computed (no cached value) is still seen whole, and so is
// a join of the sheet's cells; a formula with no string, or only a
// one-character one, adds nothing.
func TestFormulaLiterals(t *testing.T) {
	es := members(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "姓名")) }))
	sheet := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="str"><f>CONCATENATE("110101","199003074514")</f></c></row>` +
		`<row r="2"><c r="A2"><f>SUM(B3:B9)</f><v>12</v></c><c r="B2" t="str"><f>A2&amp;"元"</f><v>12元</v></c><c r="C2" t="str"><f>"引号""内"&amp;"容"</f></c></row>` +
		// A join of cells with no computed value (openpyxl), and one
		// with xlsxwriter's 0; TEXT's format is no piece of its value.
		`<row r="3"><c r="A3" t="inlineStr"><is><t>110101</t></is></c><c r="B3" t="inlineStr"><is><t>199003071234</t></is></c><c r="C3"><f>CONCATENATE(A3,B3)</f></c></row>` +
		`<row r="4"><c r="A4"><f>TEXT("13812345678","000 0000 0000")</f></c><c r="B4"><f>$A$3&amp;"-"&amp;C3</f><v>0</v></c></row>` +
		`</sheetData></worksheet>`
	d := mustExtract(t, ziptest.Zip(replace(es, "xl/worksheets/sheet1.xml", sheet)...))
	var got string
	for _, p := range d.Parts {
		if p.Kind == doc.SourceText {
			got += p.Text
		}
	}
	if got != "110101199003074514\n引号\"内容\n13812345678\n000 0000 0000\n110101199003071234\n110101-110101199003071234\n" {
		t.Errorf("source text %q", got)
	}
}

// TestPhonetic checks that the phonetic guides (<rPh>) of shared and
// inline strings are read, beside the cells' text.
func TestPhonetic(t *testing.T) {
	es := members(t, book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", "联系人"))
		must(f.SetCellValue("Sheet1", "A2", "甲"))
	}))
	es = replace(es, "xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+
		`<si><t>联系人</t><rPh sb="0" eb="3"><t>13912345678</t></rPh><phoneticPr fontId="1"/></si><si><t>甲</t><rPh sb="0" eb="1"><t>甲</t></rPh></si></sst>`)
	es = replace(es, "xl/worksheets/sheet1.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+
		`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c>`+
		`<c r="B2" t="inlineStr"><is><t>乙</t><rPh sb="0" eb="1"><t>E12345678</t></rPh></is></c></row></sheetData></worksheet>`)
	d := extractOK(t, ziptest.Zip(es...))
	var got []string
	for _, p := range d.Parts {
		switch p.Kind {
		case doc.Phonetic:
			got = append(got, p.File+": "+p.Text)
		case doc.Sheet:
			if strings.Contains(p.Text, "13912345678") || strings.Contains(p.Text, "E12345678") {
				t.Errorf("a guide read as the cell's text: %q", p.Text)
			}
		}
	}
	want := []string{"xl/worksheets/sheet1.xml: E12345678\n", "xl/sharedStrings.xml: 13912345678\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("phonetic = %q\nwant %q", got, want)
	}
}
