package scan

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// TestPlaces scans the fixtures of testdata/places (made by npm docx and
// exceljs, LibreOffice and Chromium: testdata/make-place-fixtures.sh) and
// checks that each known value is reported where a person finds it.
func TestPlaces(t *testing.T) {
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		cat report.Category
		loc report.Location // the fields compared; Start and End are not
	}
	body := func(page, para int) report.Location {
		return report.Location{Part: doc.Body, File: "word/document.xml", Page: page, Para: para}
	}
	cell := func(page, para, row, col int) report.Location {
		l := body(page, para)
		l.Table, l.Row, l.Col, l.Cell = 1, row, col, "表1 R4C2"
		return l
	}
	docx := []want{
		{report.MobilePhone, body(1, 3)},
		{report.IDCard, body(2, 5)},
		{report.IDCard, cell(2, 16, 4, 2)},
		{report.MobilePhone, report.Location{Part: doc.Header, File: "word/header1.xml", Para: 1, Section: 1}},
	}
	for file, ws := range map[string][]want{
		"places.docx": append(docx, want{report.MobilePhone, report.Location{Part: doc.Footer, File: "word/footer1.xml", Para: 1, Section: 2}}),
		// LibreOffice gives the second section the first one's header, as
		// Word shows it.
		"places_lo.docx": append(docx,
			want{report.MobilePhone, report.Location{Part: doc.Header, File: "word/header2.xml", Para: 1, Section: 2}},
			want{report.MobilePhone, report.Location{Part: doc.Footer, File: "word/footer1.xml", Para: 1, Section: 2}}),
		"places.xlsx": {
			{report.IDCard, report.Location{Part: doc.Sheet, File: "xl/worksheets/sheet1.xml", Sheet: "名单", Cell: "C17", Line: 17}},
			{report.MobilePhone, report.Location{Part: doc.Sheet, File: "xl/worksheets/sheet2.xml", Sheet: "说明", Cell: "B3", Line: 1}},
		},
		"places.html": {
			{report.IDCard, report.Location{Part: doc.Body, Cell: "表1 R3C2", Table: 1, Row: 3, Col: 2, Line: 5,
				Path: "body > div.main > table > tr[3] > td[2]"}},
			{report.MobilePhone, report.Location{Part: doc.Body, Line: 6, Path: "body > div#foot > p"}},
		},
		"places.pdf": {
			{report.IDCard, report.Location{Part: doc.Page, Page: 1, Cell: "表1 R3C2", Table: 1, Row: 3, Col: 2, Line: 8}},
			{report.MobilePhone, report.Location{Part: doc.Page, Page: 1, Line: 9}},
		},
	} {
		data, err := os.ReadFile(filepath.Join("../../testdata/places", file))
		if err != nil {
			t.Fatal(err)
		}
		r := s.Scan(context.Background(), file, data)
		var got []report.Finding
		for _, f := range r.Findings {
			if f.Category != report.Metadata {
				got = append(got, f)
			}
		}
		if len(got) != len(ws) {
			t.Errorf("%s: %d findings, want %d: %+v", file, len(got), len(ws), got)
			continue
		}
		for i, w := range ws {
			g := got[i].Location
			if file != "places.xlsx" && file != "places.html" && file != "places.pdf" {
				g.Line = 0
			}
			if file == "places.pdf" {
				if g.BBox == nil {
					t.Errorf("%s: %s has no box", file, got[i].Category)
				}
				g.BBox = nil
			}
			g.Start, g.End = 0, 0
			if got[i].Category != w.cat || g != w.loc {
				t.Errorf("%s finding %d: %s %+v\nwant %s %+v", file, i+1, got[i].Category, g, w.cat, w.loc)
			}
		}
	}
}

// TestPDFBoxes checks the boxes of text-layer hits against where
// pdftotext -bbox places the same words in the fixture (x within 1 pt;
// the ID fills its word, the phone is the last 11 of 16 characters).
func TestPDFBoxes(t *testing.T) {
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/places/places.pdf")
	if err != nil {
		t.Fatal(err)
	}
	r := s.Scan(context.Background(), "places.pdf", data)
	// pdftotext -bbox: the ID's word spans x 101.26–221.14, y 162.4–193.6;
	// 咨询电话：13912345678 spans x 57.75–191.01, y 196.2–227.4.
	for _, w := range []struct {
		cat            report.Category
		x0, x1, y0, y1 float64
		tol            float64
	}{
		{report.IDCard, 101.26, 221.14, 162.4, 193.6, 1},
		{report.MobilePhone, 57.75 + 5*12, 191.01, 196.2, 227.4, 4},
	} {
		found := false
		for _, f := range r.Findings {
			if f.Category != w.cat || f.Location.BBox == nil {
				continue
			}
			found = true
			b := *f.Location.BBox
			if math.Abs(b[0]-w.x0) > w.tol || math.Abs(b[2]-w.x1) > w.tol || b[1] < w.y0 || b[3] > w.y1 || b[3] <= b[1] {
				t.Errorf("%s box %v, want x %.1f–%.1f within y %.1f–%.1f", w.cat, b, w.x0, w.x1, w.y0, w.y1)
			}
		}
		if !found {
			t.Errorf("no %s finding with a box", w.cat)
		}
	}
}
