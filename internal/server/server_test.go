package server

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/store"
	"github.com/mishen-gov/mishen/internal/webhook"
)

// fixture is a server over a fresh data folder with one token per role
// and two reviews by "pub": R00000001 (pass, cleared) and R00000002
// (review verdict, pending).
type fixture struct {
	t       *testing.T
	srv     *Server
	svc     *review.Service
	h       http.Handler
	tok     map[string]string // role column name -> bearer token
	logs    *syncBuffer
	passSHA string
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newFixture(t *testing.T, edit func(*config.Config), register ...func(*gin.Engine)) *fixture {
	t.Helper()
	return newFixtureWith(t, &reviewtest.Scanner{}, edit, register...)
}

// newFixtureWith is newFixture over another scanner (the real engine).
func newFixtureWith(t *testing.T, scanner review.Scanner, edit func(*config.Config), register ...func(*gin.Engine)) *fixture {
	t.Helper()
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	if edit != nil {
		edit(&cfg)
	}
	db, err := store.Open(cfg.DataDir, store.Options{BatchDelay: 200 * time.Microsecond}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	m := NewMetrics()
	svc, err := review.New(cfg, db, scanner, m.Hooks())
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	hub, err := webhook.New(db, webhook.Options{})
	if err != nil {
		t.Fatal(err)
	}
	hub.Audit(svc)
	srv := New(cfg, svc, Options{Logger: slog.New(slog.NewTextHandler(logs, nil)), Metrics: m, Register: register, Version: "test", Webhooks: hub})
	f := &fixture{t: t, srv: srv, svc: svc, h: conformant(t, srv.Handler()), tok: map[string]string{"none": "", "bad": "mishen_not-a-real-token"}, logs: logs}
	local := review.LocalActor()
	for col, tok := range map[string]struct {
		role review.Role
		name string
	}{
		"publisher": {review.Publisher, "pub"}, "publisher2": {review.Publisher, "pub2"},
		"reviewer": {review.Reviewer, "rev1"}, "reviewer2": {review.Reviewer, "rev2"},
		"auditor": {review.Auditor, "aud"}, "admin": {review.Admin, "adm"},
		"victim": {review.Reviewer, "victim"},
	} {
		secret, _, err := svc.CreateToken(local, tok.role, tok.name)
		if err != nil {
			t.Fatal(err)
		}
		f.tok[col] = secret
	}
	r1 := f.submitJSON("publisher", reviewtest.PassText, "")
	r2 := f.submitJSON("publisher", reviewtest.ReviewText, "")
	if r1.ID != "R00000001" || r2.ID != "R00000002" || r1.Status != review.Cleared || r2.Status != review.Pending {
		t.Fatalf("fixture reviews: %+v %+v", r1, r2)
	}
	f.passSHA = r1.ContentSHA256
	return f
}

// do sends a request as the holder of column col's token.
func (f *fixture) do(col, method, path, contentType string, body io.Reader) *httptest.ResponseRecorder {
	f.t.Helper()
	req := httptest.NewRequest(method, path, body)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if tok := f.tok[col]; tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, req)
	return w
}

func (f *fixture) doJSON(col, method, path string, v any) *httptest.ResponseRecorder {
	f.t.Helper()
	var body io.Reader
	ct := ""
	if v != nil {
		b, _ := json.Marshal(v)
		body, ct = bytes.NewReader(b), "application/json"
	}
	return f.do(col, method, path, ct, body)
}

func decode[T any](t *testing.T, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("answer %d is not JSON: %v\n%s", w.Code, err, w.Body)
	}
	return v
}

func (f *fixture) submitJSON(col, content, query string) review.Review {
	f.t.Helper()
	w := f.doJSON(col, "POST", "/api/v1/reviews"+query, SubmitRequest{Title: "通知", Content: content})
	if w.Code != http.StatusCreated {
		f.t.Fatalf("submit: %d %s", w.Code, w.Body)
	}
	return decode[review.Review](f.t, w)
}

// TestAuthorisationMatrix is every route against every kind of caller.
// Each cell runs on a fresh fixture, so cells do not affect each other.
func TestAuthorisationMatrix(t *testing.T) {
	cols := []string{"none", "bad", "publisher", "reviewer", "auditor", "admin"}
	type row struct {
		method, path string
		body         func(f *fixture) any
		want         [6]int // in the order of cols
	}
	const (
		u = http.StatusUnauthorized
		x = http.StatusForbidden
	)
	rows := []row{
		{"POST", "/api/v1/reviews", func(*fixture) any { return SubmitRequest{Content: reviewtest.PassText} }, [6]int{u, u, 201, x, x, x}},
		{"GET", "/api/v1/reviews?status=pending", nil, [6]int{u, u, 200, 200, 200, x}},
		{"GET", "/api/v1/reviews/R00000002", nil, [6]int{u, u, 200, 200, 200, x}},
		{"POST", "/api/v1/reviews/R00000002/decisions", func(*fixture) any { return review.DecisionInput{Decision: "approve"} }, [6]int{u, u, x, 200, x, x}},
		{"POST", "/api/v1/reviews/R00000001/release", func(f *fixture) any { return ReleaseRequest{ContentSHA256: f.passSHA} }, [6]int{u, u, 200, x, x, x}},
		{"GET", "/api/v1/audit?action=submitted", nil, [6]int{u, u, x, x, 200, x}},
		{"GET", "/api/v1/audit/verify", nil, [6]int{u, u, x, x, 200, x}},
		{"GET", "/api/v1/audit/export?format=csv", nil, [6]int{u, u, x, x, 200, x}},
		{"POST", "/api/v1/admin/tokens", func(*fixture) any { return TokenRequest{Role: "reviewer", Name: "新审查员"} }, [6]int{u, u, x, x, x, 201}},
		{"GET", "/api/v1/admin/tokens", nil, [6]int{u, u, x, x, x, 200}},
		{"DELETE", "/api/v1/admin/tokens/victim", nil, [6]int{u, u, x, x, x, 200}},
		{"POST", "/api/v1/admin/dictionaries/reload", nil, [6]int{u, u, x, x, x, 200}},
		{"GET", "/healthz", nil, [6]int{200, 200, 200, 200, 200, 200}},
		{"GET", "/metrics", nil, [6]int{200, 200, 200, 200, 200, 200}},
	}
	for _, r := range rows {
		for i, col := range cols {
			t.Run(fmt.Sprintf("%s %s as %s", r.method, r.path, col), func(t *testing.T) {
				f := newFixture(t, nil)
				var body any
				if r.body != nil {
					body = r.body(f)
				}
				w := f.doJSON(col, r.method, r.path, body)
				if w.Code != r.want[i] {
					t.Fatalf("status %d, want %d: %s", w.Code, r.want[i], w.Body)
				}
				if w.Code == u && w.Header().Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
				if w.Code == u || w.Code == x {
					if e := decode[ErrorBody](t, w); e.Error.Code == "" || e.Error.Message == "" {
						t.Errorf("error body: %s", w.Body)
					}
					// Every refusal is in the trail: a role refusal as a
					// denied event, a failed sign-in counted and written at
					// the next flush.
					action := audit.ActionDenied
					if w.Code == u {
						action = audit.ActionSigninFailed
						if err := f.svc.FlushSignins(); err != nil {
							t.Fatal(err)
						}
					}
					evs, _, err := f.svc.Events(review.Actor{Name: "aud", Role: review.Auditor}, audit.Filter{Action: action})
					if err != nil || len(evs) != 1 {
						t.Errorf("%s events: %d %v", action, len(evs), err)
					}
				}
			})
		}
	}
}

func TestWorkflowOverHTTP(t *testing.T) {
	f := newFixture(t, nil)
	// block: a classified marking at the top.
	blk := f.submitJSON("publisher", reviewtest.BlockText, "")
	if blk.Verdict != "block" || blk.Status != review.Pending || blk.ApprovalsRequired != 2 {
		t.Fatalf("block review: %+v", blk)
	}
	// The queue shows it to reviewers.
	q := decode[ListResponse](t, f.do("reviewer", "GET", "/api/v1/reviews?status=pending", "", nil))
	if len(q.Reviews) != 2 || q.Reviews[1].ID != blk.ID || q.Reviews[1].Blocking != 1 {
		t.Fatalf("queue: %+v", q)
	}
	// Releasing before clearance is 409 with a reason.
	w := f.doJSON("publisher", "POST", "/api/v1/reviews/"+blk.ID+"/release", ReleaseRequest{ContentSHA256: blk.ContentSHA256})
	if w.Code != 409 || decode[ErrorBody](t, w).Error.Code != "not_cleared" {
		t.Fatalf("early release: %d %s", w.Code, w.Body)
	}
	dismiss := review.DecisionInput{Decision: "approve", Dismissed: []review.DismissInput{{FindingID: blk.Findings[0].ID, Reason: "引用的旧文件标题"}}}
	w = f.doJSON("reviewer", "POST", "/api/v1/reviews/"+blk.ID+"/decisions", dismiss)
	if w.Code != 200 || decode[review.Review](t, w).Status != review.Pending {
		t.Fatalf("first approval: %d %s", w.Code, w.Body)
	}
	w = f.doJSON("reviewer2", "POST", "/api/v1/reviews/"+blk.ID+"/decisions", review.DecisionInput{Decision: "approve"})
	if w.Code != 200 || decode[review.Review](t, w).Status != review.Cleared {
		t.Fatalf("second approval: %d %s", w.Code, w.Body)
	}
	w = f.doJSON("publisher", "POST", "/api/v1/reviews/"+blk.ID+"/release", ReleaseRequest{ContentSHA256: blk.ContentSHA256})
	if w.Code != 200 {
		t.Fatalf("release: %d %s", w.Code, w.Body)
	}
	rc := decode[review.Receipt](t, w)
	if rc.ReviewID != blk.ID || len(rc.Approvals) != 2 || rc.AuditSeq == 0 || len(rc.AuditHash) != 64 {
		t.Fatalf("receipt: %+v", rc)
	}
	// Multipart with two files; the hash is over both.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("title", "附件两份")
	for i, text := range []string{reviewtest.PassText, reviewtest.PassText + "。"} {
		p, _ := mw.CreateFormFile("file", fmt.Sprintf("附件%d.txt", i+1))
		p.Write([]byte(text))
	}
	mw.Close()
	w = f.do("publisher", "POST", "/api/v1/reviews", mw.FormDataContentType(), &body)
	if w.Code != 201 {
		t.Fatalf("multipart: %d %s", w.Code, w.Body)
	}
	mp := decode[review.Review](t, w)
	if mp.Title != "附件两份" || len(mp.Files) != 2 || mp.Files[1].Name != "附件2.txt" ||
		mp.ContentSHA256 != review.ContentHash([]byte(reviewtest.PassText), []byte(reviewtest.PassText+"。")) {
		t.Fatalf("multipart review: %+v", mp)
	}
	// The auditor sees the whole story of the blocked review, in order,
	// refusals included (the early release attempt was denied).
	ev := decode[EventsResponse](t, f.do("auditor", "GET", "/api/v1/audit?review="+blk.ID, "", nil))
	var acts []string
	for _, e := range ev.Events {
		acts = append(acts, e.Action)
	}
	if strings.Join(acts, ",") != "submitted,scanned,denied,finding_dismissed,approved,approved,released" {
		t.Fatalf("events: %v", acts)
	}
	if ev.Events[6].Seq != rc.AuditSeq || ev.Events[6].Hash.String() != rc.AuditHash {
		t.Fatal("receipt does not name the release event")
	}
	vr := decode[VerifyResponse](t, f.do("auditor", "GET", "/api/v1/audit/verify", "", nil))
	if !vr.OK || vr.BreaksTotal != 0 || vr.HeadSeq != vr.Events || len(vr.Head) != 64 {
		t.Fatalf("verify: %+v", vr)
	}
	// Paging through the trail.
	p1 := decode[EventsResponse](t, f.do("auditor", "GET", "/api/v1/audit?limit=3", "", nil))
	p2 := decode[EventsResponse](t, f.do("auditor", "GET", fmt.Sprintf("/api/v1/audit?limit=3&after=%d", p1.Next), "", nil))
	if len(p1.Events) != 3 || p1.Next != 3 || p2.Events[0].Seq != 4 {
		t.Fatalf("paging: %+v / %+v", p1.Next, p2.Events[0].Seq)
	}
	// Export as CSV has a header and one row per event: the two searches
	// of the trail above and the export's own trail_exported event
	// (recorded before it is written) included.
	w = f.do("auditor", "GET", "/api/v1/audit/export?format=csv", "", nil)
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil || uint64(len(rows)) != vr.Events+4 || rows[0][0] != "seq" || rows[len(rows)-1][4] != "trail_exported" ||
		rows[len(rows)-2][4] != "trail_searched" {
		t.Fatalf("csv export: %d rows, %v", len(rows), err)
	}
}

func TestErrorStatuses(t *testing.T) {
	f := newFixture(t, func(c *config.Config) { c.MaxUploadBytes = 1 << 20; c.MaxFiles = 2 })
	big := strings.Repeat("政务公开", 100_000) // 1.2 MB
	multi := func(files int, size int) (string, io.Reader) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		for i := range files {
			p, _ := mw.CreateFormFile("file", fmt.Sprintf("f%d.txt", i))
			p.Write(bytes.Repeat([]byte("a"), size))
		}
		mw.Close()
		return mw.FormDataContentType(), &b
	}
	cases := []struct {
		name, col, method, path, ct string
		body                        func() io.Reader
		status                      int
		code                        string
	}{
		{"bad json", "publisher", "POST", "/api/v1/reviews", "application/json", strBody(`{"content": `), 400, "bad_json"},
		{"wrong json type", "publisher", "POST", "/api/v1/reviews", "application/json", strBody(`{"content": 5}`), 400, "bad_json"},
		{"bad format", "publisher", "POST", "/api/v1/reviews", "application/json", strBody(`{"content":"x","format":"pdf"}`), 400, "bad_format"},
		{"empty content", "publisher", "POST", "/api/v1/reviews", "application/json", strBody(`{"title":"t"}`), 400, "no_content"},
		{"bad strict", "publisher", "POST", "/api/v1/reviews?strict=maybe", "application/json", strBody(`{"content":"x"}`), 400, "bad_param"},
		{"no file part", "publisher", "POST", "/api/v1/reviews", "multipart/form-data; boundary=zz", strBody("--zz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nt\r\n--zz--\r\n"), 400, "no_content"},
		{"broken multipart", "publisher", "POST", "/api/v1/reviews", "multipart/form-data; boundary=zz", strBody("garbage"), 400, "bad_multipart"},
		{"multipart no boundary", "publisher", "POST", "/api/v1/reviews", "multipart/form-data", strBody(""), 400, "bad_multipart"},
		{"too many files", "publisher", "POST", "/api/v1/reviews", "", nil, 400, "too_many_files"},
		{"bad status", "reviewer", "GET", "/api/v1/reviews?status=lost", "", nil, 400, "bad_status"},
		{"bad limit", "reviewer", "GET", "/api/v1/reviews?limit=-1", "", nil, 400, "bad_param"},
		{"bad after", "reviewer", "GET", "/api/v1/reviews?after=x", "", nil, 400, "bad_after"},
		{"bad decision", "reviewer", "POST", "/api/v1/reviews/R00000002/decisions", "application/json", strBody(`{"decision":"perhaps"}`), 400, "bad_decision"},
		{"bad hash", "publisher", "POST", "/api/v1/reviews/R00000001/release", "application/json", strBody(`{"content_sha256":"abc"}`), 400, "bad_hash"},
		{"bad time", "auditor", "GET", "/api/v1/audit?from=yesterday", "", nil, 400, "bad_param"},
		{"bad export format", "auditor", "GET", "/api/v1/audit/export?format=xml", "", nil, 400, "bad_format"},
		{"bad role", "admin", "POST", "/api/v1/admin/tokens", "application/json", strBody(`{"role":"root","name":"x"}`), 400, "bad_role"},
		{"no token", "none", "GET", "/api/v1/reviews", "", nil, 401, "no_token"},
		{"bad token", "bad", "GET", "/api/v1/reviews", "", nil, 401, "bad_token"},
		{"wrong role", "auditor", "POST", "/api/v1/reviews", "application/json", strBody(`{"content":"x"}`), 403, "forbidden"},
		{"not own", "publisher2", "GET", "/api/v1/reviews/R00000001", "", nil, 403, "not_owner"},
		{"first approval", "reviewer", "POST", "/api/v1/reviews/R00000002/decisions", "application/json", strBody(`{"decision":"approve"}`), 200, ""},
		{"unknown review", "reviewer", "GET", "/api/v1/reviews/R00000099", "", nil, 404, "not_found"},
		{"odd review id", "reviewer", "GET", "/api/v1/reviews/..%2f..", "", nil, 404, "not_found"},
		{"unknown route", "reviewer", "GET", "/api/v2/whatever", "", nil, 404, "not_found"},
		{"unknown token", "admin", "DELETE", "/api/v1/admin/tokens/nobody", "", nil, 404, "no_token"},
		{"wrong method", "reviewer", "PUT", "/api/v1/reviews", "", nil, 405, "method_not_allowed"},
		{"wrong hash", "publisher", "POST", "/api/v1/reviews/R00000001/release", "application/json", strBody(`{"content_sha256":"` + strings.Repeat("ab", 32) + `"}`), 409, "hash_mismatch"},
		{"decided twice", "reviewer2", "POST", "/api/v1/reviews/R00000002/decisions", "application/json", strBody(`{"decision":"approve"}`), 409, "not_pending"},
		{"duplicate token", "admin", "POST", "/api/v1/admin/tokens", "application/json", strBody(`{"role":"reviewer","name":"rev1"}`), 409, "token_exists"},
		{"json too large", "publisher", "POST", "/api/v1/reviews", "application/json", strBody(`{"content":"` + big + `"}`), 413, "too_large"},
		{"multipart too large", "publisher", "POST", "/api/v1/reviews", "", nil, 413, "too_large"},
		{"text/plain", "publisher", "POST", "/api/v1/reviews", "text/plain", strBody("hello"), 415, "unsupported_type"},
		{"no content type", "publisher", "POST", "/api/v1/reviews", "", strBody("hello"), 415, "unsupported_type"},
		{"decision not json", "reviewer", "POST", "/api/v1/reviews/R00000002/decisions", "text/plain", strBody("approve"), 415, "unsupported_type"},
		{"strict unreadable", "publisher", "POST", "/api/v1/reviews?strict=1", "application/json", strBody(`{"content":"` + "\\u0000UNREADABLE\\u0000" + `"}`), 422, "unreadable"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := c.ct
			var body io.Reader
			if c.body != nil {
				body = c.body()
			}
			switch c.name {
			case "too many files":
				ct, body = multi(3, 10)
			case "multipart too large":
				ct, body = multi(2, 700_000)
			}
			w := f.do(c.col, c.method, c.path, ct, body)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}
			if c.code == "" {
				return
			}
			e := decode[ErrorBody](t, w)
			if e.Error.Code != c.code || e.Error.Message == "" {
				t.Fatalf("error %+v, want code %s", e.Error, c.code)
			}
			if c.status == 422 && e.Error.ReviewID == "" {
				t.Error("422 does not name the recorded review")
			}
		})
	}
}

func strBody(s string) func() io.Reader { return func() io.Reader { return strings.NewReader(s) } }

// TestChunkedTooLarge sends a body without Content-Length, so only the
// MaxBytesReader can stop it.
func TestChunkedTooLarge(t *testing.T) {
	f := newFixture(t, func(c *config.Config) { c.MaxUploadBytes = 1 << 20 })
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte(`{"content":"`))
		chunk := bytes.Repeat([]byte("a"), 64<<10)
		for range 40 {
			if _, err := pw.Write(chunk); err != nil {
				return
			}
		}
		pw.Write([]byte(`"}`))
		pw.Close()
	}()
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/reviews", pr)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+f.tok["publisher"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Fatalf("status %d", resp.StatusCode)
	}
}

// gb11643 completes a 17-digit prefix with its check digit: the logs test
// needs a syntactically valid, synthetic ID number.
func gb11643(prefix string) string { return detect.CompleteID(prefix) }

func TestLogsCarryNoPersonalData(t *testing.T) {
	f := newFixture(t, nil)
	id := gb11643("11010519900307123")
	f.doJSON("publisher", "POST", "/api/v1/reviews?note="+id, SubmitRequest{Title: "身份证 " + id, Content: "身份证号 " + id})
	f.do("reviewer", "GET", "/api/v1/reviews/"+id, "", nil)
	f.do("reviewer", "GET", "/api/v1/"+id, "", nil)
	f.do("none", "GET", "/api/v1/reviews/R00000001?x="+id, "", nil)
	logs := f.logs.String()
	if strings.Contains(logs, id) || strings.Contains(logs, id[:14]) {
		t.Fatalf("log contains the ID number:\n%s", logs)
	}
	for _, want := range []string{"route=/api/v1/reviews", "status=201", "actor=pub", "role=publisher", "route=unmatched", "review=R00000001", "duration="} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	if n := strings.Count(logs, "msg=request"); n != 6 { // 2 fixture submissions + 4 here
		t.Errorf("%d request lines, want 6", n)
	}
}

// TestMetrics: without --metrics-token /metrics is public and shows no
// counts of findings by category or of verdicts; with it, it needs the
// token and shows them.
func TestMetrics(t *testing.T) {
	public := []string{
		`mishen_http_requests_total{method="POST",route="/api/v1/reviews",status="201"} 3`,
		`mishen_audit_events_total{action="submitted"} 3`,
		`mishen_audit_events_total{action="token_created"} 7`,
		`mishen_scan_duration_seconds_count 3`,
		`mishen_http_request_duration_seconds_bucket`,
		`mishen_parser_queue_depth{lane="small"}`,
		`mishen_parser_queue_wait_seconds_bucket{lane="large"`,
		`mishen_uploads_in_flight 0`,
		`mishen_storage_degraded 0`,
		`mishen_admission_rejected_total{limit="rate"} 0`,
		`go_goroutines`,
	}
	private := []string{
		`mishen_verdicts_total{verdict="block"} 1`,
		`mishen_verdicts_total{verdict="pass"} 1`,
		`mishen_findings_total{category="classified_marking"} 1`,
	}
	f := newFixture(t, nil)
	f.submitJSON("publisher", reviewtest.BlockText, "")
	body := f.do("none", "GET", "/metrics", "", nil).Body.String()
	for _, want := range public {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	for _, secret := range []string{"mishen_verdicts_total", "mishen_findings_total"} {
		if strings.Contains(body, secret) {
			t.Errorf("public metrics show %s", secret)
		}
	}

	f = newFixture(t, func(c *config.Config) { c.MetricsToken = "metrics-secret" })
	f.submitJSON("publisher", reviewtest.BlockText, "")
	if w := f.do("none", "GET", "/metrics", "", nil); w.Code != http.StatusUnauthorized {
		t.Fatalf("metrics without the token: %d", w.Code)
	}
	req := httptest.NewRequest("GET", "/metrics", nil)
	req.Header.Set("Authorization", "Bearer metrics-secret")
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, req)
	body = w.Body.String()
	for _, want := range append(public, private...) {
		if !strings.Contains(body, want) {
			t.Errorf("metrics with the token lack %s", want)
		}
	}
}

func TestRegisterExtraRoutes(t *testing.T) {
	f := newFixture(t, nil, func(e *gin.Engine) {
		e.GET("/ui", func(c *gin.Context) {
			SetActor(c, review.Actor{Name: "ui-user", Role: review.Publisher})
			c.String(200, "页面")
		})
	})
	w := f.do("none", "GET", "/ui", "", nil)
	if w.Code != 200 || w.Body.String() != "页面" {
		t.Fatalf("extra route: %d %s", w.Code, w.Body)
	}
	if !strings.Contains(f.logs.String(), "actor=ui-user") {
		t.Error("extra route's actor not logged")
	}
}

func TestClient(t *testing.T) {
	f := newFixture(t, nil)
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	ctx := context.Background()
	admin := &Client{Base: ts.URL, Token: f.tok["admin"]}
	tr, err := admin.CreateToken(ctx, review.Publisher, "cms")
	if err != nil || !strings.HasPrefix(tr.Secret, review.TokenPrefix) || tr.Name != "cms" {
		t.Fatalf("create: %+v %v", tr, err)
	}
	list, err := admin.ListTokens(ctx)
	if err != nil || len(list) != 8 {
		t.Fatalf("list: %d %v", len(list), err)
	}
	if _, err := admin.RevokeToken(ctx, "cms"); err != nil {
		t.Fatal(err)
	}
	_, err = admin.RevokeToken(ctx, "cms")
	if e, ok := err.(*APIError); !ok || e.Status != 404 {
		t.Fatalf("second revoke: %v", err)
	}
	aud := &Client{Base: ts.URL, Token: f.tok["auditor"]}
	vr, err := aud.Verify(ctx)
	if err != nil || !vr.OK {
		t.Fatalf("verify: %+v %v", vr, err)
	}
	var out bytes.Buffer
	if err := aud.Export(ctx, audit.FormatJSONL, &out); err != nil {
		t.Fatal(err)
	}
	// Verifying adds no event; the client pages through the trail, and
	// that search is recorded before its page is read: the export holds
	// vr.Events and the one trail_searched event of its single page.
	if n := strings.Count(out.String(), "\n"); uint64(n) != vr.Events+1 || !strings.Contains(out.String(), `"action":"trail_searched"`) {
		t.Fatalf("export has %d lines, trail %d events:\n%s", n, vr.Events, out.String())
	}
	if _, err := (&Client{Base: ts.URL, Token: f.tok["publisher"]}).Verify(ctx); err == nil {
		t.Fatal("publisher verified the trail")
	}
}

// TestGracefulShutdown cancels Serve while a request is in flight: the
// request still completes and Serve returns cleanly.
func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	f := newFixture(t, nil, func(e *gin.Engine) {
		e.GET("/slow", func(c *gin.Context) {
			close(started)
			time.Sleep(300 * time.Millisecond)
			c.String(200, "done")
		})
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- f.srv.Serve(ctx, ln) }()
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(b)
	}()
	<-started
	cancel()
	if s := <-got; s != "done" {
		t.Fatalf("in-flight request: %q", s)
	}
	if err := <-served; err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Fatal("still accepting after shutdown")
	}
}
