package server

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/stats"
)

// loopback serves the fixture on a real listener and gets path as the
// holder of column col's token.
func loopback(t *testing.T, f *fixture) func(col, path string) (*http.Response, []byte) {
	t.Helper()
	ts := httptest.NewServer(f.h)
	t.Cleanup(ts.Close)
	return func(col, path string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, ts.URL+path, nil)
		if tok := f.tok[col]; tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, b
	}
}

// TestFormPDF: the roles that read a review get its form as a PDF
// printed by Chromium (or 503 naming what to install); others do not.
func TestFormPDF(t *testing.T) {
	f := newFixture(t, nil)
	get := loopback(t, f)
	f.srv.printer = nil
	resp, body := get("publisher", "/api/v1/reviews/R00000001/form.pdf")
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "apt-get install chromium") {
		t.Errorf("without Chromium: %d %s", resp.StatusCode, body)
	}
	f.srv.printer = form.NewPrinter("", 1)
	if !f.srv.printer.Available() {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium is missing (apt-get install chromium fonts-noto-cjk)")
		}
		t.Skip("Chromium not installed")
	}
	for _, col := range []string{"publisher", "reviewer", "auditor"} {
		resp, body := get(col, "/api/v1/reviews/R00000001/form.pdf")
		if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(body, []byte("%PDF-")) || resp.Header.Get("Content-Type") != "application/pdf" {
			t.Errorf("%s: %d %s %.40q", col, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	}
	for col, want := range map[string]int{"publisher2": http.StatusForbidden, "admin": http.StatusForbidden, "none": http.StatusUnauthorized} {
		if resp, _ := get(col, "/api/v1/reviews/R00000001/form.pdf"); resp.StatusCode != want {
			t.Errorf("%s: %d, want %d", col, resp.StatusCode, want)
		}
	}
}

// TestStatsAPI: auditors get the figures as JSON and as CSV for Excel;
// they count what the fixture submitted; nobody else gets them.
func TestStatsAPI(t *testing.T) {
	f := newFixture(t, nil)
	get := loopback(t, f)
	if _, err := f.svc.Decide(review.Actor{Name: "rev1", Role: review.Reviewer}, "R00000002",
		review.DecisionInput{Decision: review.Reject, Comment: "请删除内部表述"}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Release(review.Actor{Name: "pub", Role: review.Publisher}, "R00000001", f.passSHA); err != nil {
		t.Fatal(err)
	}
	today := time.Now().In(shanghai(t)).Format(stats.DateLayout)
	resp, body := get("auditor", "/api/v1/stats?from="+today+"&to="+today)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("stats: %d %s", resp.StatusCode, body)
	}
	var fig stats.Figures
	decodeBytes(t, body, &fig)
	tot := fig.Total
	if tot.Reviews != 2 || tot.Passed != 1 || tot.NeedReview != 1 || tot.Rejected != 1 || tot.Released != 1 || tot.Findings["sensitive_term"] != 1 {
		t.Errorf("totals %+v", tot)
	}
	if len(fig.Units) != 1 || fig.Units[0].Label != stats.NoUnit {
		t.Errorf("units %+v", fig.Units)
	}
	resp, body = get("auditor", "/api/v1/stats?format=csv&from="+today+"&to="+today)
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(body, []byte("\xef\xbb\xbf分组,名称,审查数")) {
		t.Fatalf("csv: %d %.80q", resp.StatusCode, body)
	}
	recs, err := csv.NewReader(bytes.NewReader(body[3:])).ReadAll()
	if err != nil || recs[1][0] != "合计" || recs[1][2] != "2" {
		t.Errorf("csv records %v %v", err, recs)
	}
	for col, want := range map[string]int{"publisher": http.StatusForbidden, "reviewer": http.StatusForbidden, "admin": http.StatusForbidden} {
		if resp, _ := get(col, "/api/v1/stats"); resp.StatusCode != want {
			t.Errorf("%s: %d, want %d", col, resp.StatusCode, want)
		}
	}
	if resp, _ := get("auditor", "/api/v1/stats?from=2026-13-01"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad date: %d", resp.StatusCode)
	}
}

// TestFormsZip: an auditor downloads the forms of a period as a zip of
// HTML pages and an index.
func TestFormsZip(t *testing.T) {
	f := newFixture(t, func(c *config.Config) { c.Org = "某市人民政府办公室" })
	get := loopback(t, f)
	today := time.Now().In(shanghai(t)).Format(stats.DateLayout)
	resp, body := get("auditor", "/api/v1/forms.zip?from="+today+"&to="+today)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("forms.zip: %d %s", resp.StatusCode, body)
	}
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		names[zf.Name] = string(b)
	}
	for _, want := range []string{"保密审查单-R00000001.html", "保密审查单-R00000002.html", "审查单清单.csv"} {
		if _, ok := names[want]; !ok {
			t.Errorf("zip lacks %s: %v", want, len(names))
		}
	}
	if h := names["保密审查单-R00000002.html"]; !strings.Contains(h, "某市人民政府办公室") || !strings.Contains(h, "审查中") {
		t.Errorf("form of the pending review lacks the office or its state")
	}
	if resp, _ := get("reviewer", "/api/v1/forms.zip"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("reviewer: %d", resp.StatusCode)
	}
}

func shanghai(t *testing.T) *time.Location {
	l, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func decodeBytes(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
}
