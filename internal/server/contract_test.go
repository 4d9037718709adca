package server

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/webhook"
)

func (f *fixture) doKey(col, method, path, key string, v any) *httptest.ResponseRecorder {
	f.t.Helper()
	b, _ := json.Marshal(v)
	req := httptest.NewRequest(method, path, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+f.tok[col])
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, req)
	return w
}

// TestIdempotentSubmitRace is 32 concurrent retries of one key: one
// review is created and every answer is the first one.
func TestIdempotentSubmitRace(t *testing.T) {
	f := newFixture(t, nil)
	before := f.reviewCount()
	body := SubmitRequest{Title: "通知", Content: reviewtest.ReviewText}
	var wg sync.WaitGroup
	answers := make([]*httptest.ResponseRecorder, 32)
	for i := range answers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = f.doKey("publisher", "POST", "/api/v1/reviews", "9b2f6c1e-retry", body)
		}()
	}
	wg.Wait()
	replayed := 0
	for _, w := range answers {
		if w.Code != http.StatusCreated {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		if !bytes.Equal(w.Body.Bytes(), answers[0].Body.Bytes()) && decode[review.Review](t, w).ID != decode[review.Review](t, answers[0]).ID {
			t.Fatalf("answers differ:\n%s\n%s", w.Body, answers[0].Body)
		}
		if w.Header().Get("Location") == "" {
			t.Error("replay without Location")
		}
		if w.Header().Get("Idempotent-Replayed") == "true" {
			replayed++
		}
	}
	if replayed != 31 {
		t.Errorf("%d replays, want 31", replayed)
	}
	if n := f.reviewCount() - before; n != 1 {
		t.Fatalf("%d reviews created, want 1", n)
	}
	// The same key with another body is refused; another token's key
	// is its own.
	w := f.doKey("publisher", "POST", "/api/v1/reviews", "9b2f6c1e-retry", SubmitRequest{Content: reviewtest.PassText})
	if w.Code != http.StatusUnprocessableEntity || decode[ErrorBody](t, w).Error.Code != "idempotency_key_reused" {
		t.Fatalf("reused key: %d %s", w.Code, w.Body)
	}
	if w := f.doKey("publisher2", "POST", "/api/v1/reviews", "9b2f6c1e-retry", body); w.Code != http.StatusCreated || w.Header().Get("Idempotent-Replayed") != "" {
		t.Fatalf("another token's key: %d %v", w.Code, w.Header())
	}
	if w := f.doKey("publisher", "POST", "/api/v1/reviews", "bad key with spaces", body); w.Code != http.StatusBadRequest {
		t.Fatalf("bad key: %d", w.Code)
	}
}

// TestIdempotentRelease replays a release instead of releasing twice.
func TestIdempotentRelease(t *testing.T) {
	f := newFixture(t, nil)
	in := ReleaseRequest{ContentSHA256: f.passSHA}
	w1 := f.doKey("publisher", "POST", "/api/v1/reviews/R00000001/release", "rel-1", in)
	w2 := f.doKey("publisher", "POST", "/api/v1/reviews/R00000001/release", "rel-1", in)
	if w1.Code != 200 || w2.Code != 200 || w1.Body.String() != w2.Body.String() {
		t.Fatalf("release: %d %d\n%s\n%s", w1.Code, w2.Code, w1.Body, w2.Body)
	}
	r := decode[review.Review](t, f.do("publisher", "GET", "/api/v1/reviews/R00000001", "", nil))
	if len(r.Releases) != 1 {
		t.Fatalf("%d releases, want 1", len(r.Releases))
	}
}

// TestUnknownFieldsRefused checks every JSON endpoint names a field it
// does not know.
func TestUnknownFieldsRefused(t *testing.T) {
	f := newFixture(t, nil)
	for _, c := range []struct{ col, path, body string }{
		{"publisher", "/api/v1/reviews", `{"content":"x","stirct":true}`},
		{"publisher", "/api/v1/scan", `{"content":"x","stirct":true}`},
		{"reviewer", "/api/v1/reviews/R00000002/decisions", `{"decision":"approve","stirct":true}`},
		{"publisher", "/api/v1/reviews/R00000001/release", `{"content_sha256":"` + f.passSHA + `","stirct":true}`},
		{"admin", "/api/v1/admin/tokens", `{"role":"reviewer","name":"n","stirct":true}`},
		{"admin", "/api/v1/admin/webhooks", `{"url":"http://127.0.0.1:1/","stirct":true}`},
	} {
		w := f.do(c.col, "POST", c.path, "application/json", strings.NewReader(c.body))
		e := decode[ErrorBody](t, w)
		if w.Code != http.StatusBadRequest || e.Error.Code != "unknown_field" || !strings.Contains(e.Error.Message, `"stirct"`) {
			t.Errorf("%s: %d %s", c.path, w.Code, w.Body)
		}
	}
}

// TestScanWithoutReview scans a draft: findings and verdict come back,
// no review is created, and the scans are audited as one count.
func TestScanWithoutReview(t *testing.T) {
	f := newFixture(t, nil)
	before := f.reviewCount()
	for i := 0; i < 3; i++ {
		w := f.doJSON("publisher", "POST", "/api/v1/scan", SubmitRequest{Title: "通知", Content: reviewtest.ReviewText})
		if w.Code != http.StatusOK {
			t.Fatalf("scan: %d %s", w.Code, w.Body)
		}
		res := decode[review.ScanResult](t, w)
		if res.Verdict != "review" || len(res.Findings) == 0 || res.Stored || strings.Contains(w.Body.String(), `"id":"R`) {
			t.Fatalf("scan answer: %s", w.Body)
		}
	}
	if w := f.doJSON("reviewer", "POST", "/api/v1/scan", SubmitRequest{Content: reviewtest.PassText}); w.Code != http.StatusOK {
		t.Fatalf("reviewer scan: %d", w.Code)
	}
	for _, col := range []string{"auditor", "admin", "none"} {
		if w := f.doJSON(col, "POST", "/api/v1/scan", SubmitRequest{Content: reviewtest.PassText}); w.Code < 400 {
			t.Errorf("%s may scan: %d", col, w.Code)
		}
	}
	if n := f.reviewCount() - before; n != 0 {
		t.Fatalf("scan created %d reviews", n)
	}
	if err := f.svc.FlushScans(false); err != nil {
		t.Fatal(err)
	}
	if w := f.do("auditor", "GET", "/api/v1/audit?action="+audit.ActionScannedUnstored, "", nil); len(decode[EventsResponse](t, w).Events) != 0 {
		t.Fatalf("scans written before a minute: %s", w.Body)
	}
	if err := f.svc.FlushScans(true); err != nil {
		t.Fatal(err)
	}
	w := f.do("auditor", "GET", "/api/v1/audit?action="+audit.ActionScannedUnstored, "", nil)
	evs := decode[EventsResponse](t, w).Events
	if len(evs) != 2 {
		t.Fatalf("%d scanned_unstored events, want one per actor: %s", len(evs), w.Body)
	}
	for _, e := range evs {
		if e.Actor == "pub" && (e.Details["count"] != "3" || e.Details["verdict_review"] != "3") {
			t.Errorf("pub's count: %v", e.Details)
		}
		if e.ContentSHA256 != "" || e.ReviewID != "" {
			t.Errorf("count event carries a digest or id: %+v", e)
		}
	}
}

// TestWebhookAdminAudited: registering and removing an endpoint are
// admin acts recorded in the trail with the endpoint's host, never its
// URL (whose query may carry a token).
func TestWebhookAdminAudited(t *testing.T) {
	f := newFixture(t, nil)
	if w := f.doJSON("publisher", "POST", "/api/v1/admin/webhooks", WebhookRequest{URL: "https://cms.example.org/hook"}); w.Code != http.StatusForbidden {
		t.Fatalf("publisher registers a webhook: %d", w.Code)
	}
	w := f.doJSON("admin", "POST", "/api/v1/admin/webhooks", WebhookRequest{URL: "https://cms.example.org/hook?key=s3cret", Events: []string{"review.released"}})
	if w.Code != http.StatusCreated {
		t.Fatalf("add: %d %s", w.Code, w.Body)
	}
	ep := decode[webhook.Endpoint](t, w)
	if !strings.HasPrefix(ep.Secret, "whsec_") || w.Header().Get("Location") == "" {
		t.Fatalf("answer: %s", w.Body)
	}
	if lw := f.do("admin", "GET", "/api/v1/admin/webhooks", "", nil); strings.Contains(lw.Body.String(), ep.Secret) {
		t.Fatal("the list shows the secret")
	}
	if w := f.do("admin", "DELETE", "/api/v1/admin/webhooks/"+ep.ID, "", nil); w.Code != http.StatusOK {
		t.Fatalf("remove: %d", w.Code)
	}
	trail := f.do("auditor", "GET", "/api/v1/audit?actor=adm", "", nil).Body.String()
	for _, want := range []string{audit.ActionWebhookAdded, audit.ActionWebhookRemoved, `"host":"cms.example.org"`, ep.ID} {
		if !strings.Contains(trail, want) {
			t.Errorf("trail lacks %s: %s", want, trail)
		}
	}
	if strings.Contains(trail, "s3cret") || strings.Contains(trail, ep.Secret) {
		t.Error("the trail holds the URL's query or the secret")
	}
}

// TestOperatorMetrics: the metrics operators asked for are public; the
// counts of findings by category stay private.
func TestOperatorMetrics(t *testing.T) {
	f := newFixture(t, func(c *config.Config) { c.MetricsToken = "metrics-secret" })
	hooks := f.srv.metrics.Hooks()
	hooks.Scanned(&report.Report{Format: "pdf", Findings: []report.Finding{{Rule: "unreadable.timeout"}}}, 2*time.Second)
	hooks.Scanned(&report.Report{Format: "docx", Findings: []report.Finding{{Rule: "unreadable.crashed"}}}, time.Second)
	f.srv.metrics.WebhookAttempt("retry")
	f.do("admin", "POST", "/api/v1/admin/dictionaries/reload", "", nil)
	req := httptest.NewRequest("GET", "/metrics", nil)
	req.Header.Set("Authorization", "Bearer metrics-secret")
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, req)
	body := w.Body.String()
	for _, want := range []string{
		`mishen_build_info{commit=`,
		`mishen_pending_reviews 1`,
		`mishen_oldest_pending_review_age_seconds `,
		`mishen_sandbox_failures_total{failure="timeout",format="pdf"} 1`,
		`mishen_sandbox_failures_total{failure="crashed",format="docx"} 1`,
		`mishen_scan_format_duration_seconds_count{format="text"}`,
		`mishen_dictionary_reloads_total{result="ok"} 1`,
		`mishen_dictionary_info{version="fake-1"} 1`,
		`mishen_webhook_attempts_total{outcome="retry"} 1`,
		`mishen_findings_total{category="mobile_phone"}`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// Without the token there is no /metrics at all; with none
	// configured, the public registry has no count by category.
	g := newFixture(t, nil)
	pub := g.do("none", "GET", "/metrics", "", nil).Body.String()
	if strings.Contains(pub, "mishen_findings_total") || !strings.Contains(pub, "mishen_build_info") {
		t.Errorf("public metrics: findings by category shown or build info missing")
	}
}

// TestIdempotentMultipartNewBoundary: a client library that draws a new
// multipart boundary for its retry still sends the same request.
func TestIdempotentMultipartNewBoundary(t *testing.T) {
	f := newFixture(t, nil)
	send := func(boundary, text string) *httptest.ResponseRecorder {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		mw.SetBoundary(boundary)
		mw.WriteField("title", "附件")
		fw, _ := mw.CreateFormFile("file", "a.txt")
		fw.Write([]byte(text))
		mw.Close()
		req := httptest.NewRequest("POST", "/api/v1/reviews", &b)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Authorization", "Bearer "+f.tok["publisher"])
		req.Header.Set("Idempotency-Key", "mp-1")
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, req)
		return w
	}
	w1 := send("boundary-one-1111", reviewtest.ReviewText)
	w2 := send("boundary-two-2222", reviewtest.ReviewText)
	if w1.Code != 201 || w2.Code != 201 || w2.Header().Get("Idempotent-Replayed") != "true" || w1.Body.String() != w2.Body.String() {
		t.Fatalf("retry with a new boundary: %d %d %v", w1.Code, w2.Code, w2.Header())
	}
	if w := send("boundary-three-33", reviewtest.PassText); w.Code != http.StatusUnprocessableEntity {
		t.Fatalf("another file under the same key: %d", w.Code)
	}
}
