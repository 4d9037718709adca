package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
)

func loadOpenAPI(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(OpenAPI())
	if err != nil {
		t.Fatalf("openapi.json does not load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.json is not valid OpenAPI: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q, want 3.1.0", doc.OpenAPI)
	}
	return doc
}

var ginParam = regexp.MustCompile(`:([a-z]+)`)

// TestOpenAPIMatchesRoutes: every route the engine registers under /api,
// and /healthz and /metrics, is documented, and every documented path is
// registered.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	f := newFixture(t, nil)
	registered := map[string]bool{}
	for _, r := range f.srv.engine.Routes() {
		if !strings.HasPrefix(r.Path, "/api/") && r.Path != "/healthz" && r.Path != "/metrics" {
			continue // the web UI
		}
		registered[r.Method+" "+ginParam.ReplaceAllString(r.Path, "{$1}")] = true
	}
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented[method+" "+path] = true
		}
	}
	for r := range registered {
		if !documented[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for d := range documented {
		if !registered[d] {
			t.Errorf("openapi.json documents %s, which the server does not register", d)
		}
	}
}

// exchange is one request and its answer, recorded.
type exchange struct {
	req  *http.Request
	body []byte
	code int
	hdr  http.Header
	resp []byte
}

// recording wraps h and keeps every exchange.
func recording(h http.Handler, log *[]exchange) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
		c := r.Clone(context.Background())
		*log = append(*log, exchange{req: c, body: body, code: rec.Code, hdr: rec.Header(), resp: rec.Body.Bytes()})
	})
}

// TestOpenAPIConformance drives every API route through its success and
// its refusals and validates each request that succeeded and every
// answer against openapi.json with kin-openapi's validator.
func TestOpenAPIConformance(t *testing.T) {
	doc := loadOpenAPI(t)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, nil)
	var log []exchange
	f.h = recording(f.h, &log)

	// A receiver that fails the first delivery, so that the deliveries
	// listed at the end have a history of attempts.
	var failed atomic.Bool
	rcv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if failed.CompareAndSwap(false, true) {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer rcv.Close()
	hook := decode[struct{ ID string }](t, f.doJSON("admin", "POST", "/api/v1/admin/webhooks", WebhookRequest{URL: rcv.URL}))
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go f.srv.webhooks.Run(ctx)

	// Meta.
	f.do("none", "GET", "/healthz", "", nil)
	f.do("none", "GET", "/metrics", "", nil)
	f.do("none", "GET", "/api/v1/openapi.json", "", nil)
	f.do("none", "GET", "/api/v1/audit/checkpoint", "", nil)
	// Reviews: JSON and multipart submissions and their refusals.
	r3 := decode[review.Review](t, f.doJSON("publisher", "POST", "/api/v1/reviews", SubmitRequest{Title: "通知", Content: reviewtest.ReviewText}))
	var mp bytes.Buffer
	mw := multipart.NewWriter(&mp)
	mw.WriteField("title", "附件")
	fw, _ := mw.CreateFormFile("file", "a.txt")
	fw.Write([]byte(reviewtest.PassText))
	mw.Close()
	f.do("publisher", "POST", "/api/v1/reviews", mw.FormDataContentType(), bytes.NewReader(mp.Bytes()))
	f.do("publisher", "POST", "/api/v1/reviews", "application/json", strings.NewReader(`{"content":"x","stirct":1}`))
	f.do("publisher", "POST", "/api/v1/reviews", "text/plain", strings.NewReader("x"))
	f.doJSON("none", "POST", "/api/v1/reviews", SubmitRequest{Content: "x"})
	f.doJSON("reviewer", "POST", "/api/v1/reviews", SubmitRequest{Content: "x"})
	f.doKey("publisher", "POST", "/api/v1/reviews", "k-1", SubmitRequest{Content: reviewtest.PassText})
	f.doKey("publisher", "POST", "/api/v1/reviews", "k-1", SubmitRequest{Content: reviewtest.PassText})
	f.doKey("publisher", "POST", "/api/v1/reviews", "k-1", SubmitRequest{Content: reviewtest.ReviewText})
	f.do("reviewer", "GET", "/api/v1/reviews?status=pending&limit=1", "", nil)
	f.do("reviewer", "GET", "/api/v1/reviews?status=nope", "", nil)
	f.do("reviewer", "GET", "/api/v1/reviews/R00000002", "", nil)
	f.do("reviewer", "GET", "/api/v1/reviews/R99999999", "", nil)
	f.doJSON("reviewer", "POST", "/api/v1/reviews/R00000002/decisions", review.DecisionInput{Decision: "approve"})
	f.doJSON("reviewer", "POST", "/api/v1/reviews/R00000002/decisions", review.DecisionInput{Decision: "approve"})
	f.doJSON("publisher", "POST", "/api/v1/reviews/R00000001/release", ReleaseRequest{ContentSHA256: strings.Repeat("0", 64)})
	f.doKey("publisher", "POST", "/api/v1/reviews/R00000001/release", "rel", ReleaseRequest{ContentSHA256: f.passSHA})
	f.doKey("publisher", "POST", "/api/v1/reviews/R00000001/release", "rel", ReleaseRequest{ContentSHA256: f.passSHA})
	f.doJSON("publisher", "POST", "/api/v1/reviews/"+r3.ID+"/versions", SubmitRequest{Content: reviewtest.PassText})
	f.do("publisher", "GET", "/api/v1/reviews/"+r3.ID+"/versions", "", nil)
	r4 := decode[review.Review](t, f.doJSON("publisher", "POST", "/api/v1/reviews", SubmitRequest{Content: reviewtest.ReviewText}))
	f.doJSON("publisher", "POST", "/api/v1/reviews/"+r4.ID+"/withdraw", WithdrawRequest{Reason: "改期"})
	f.doJSON("publisher", "POST", "/api/v1/reviews/"+r4.ID+"/withdraw", WithdrawRequest{})
	f.do("reviewer", "GET", "/api/v1/reviews/R00000002/files/1/cleaned", "", nil)
	f.do("reviewer", "GET", "/api/v1/reviews/R00000002/form.pdf", "", nil)
	// Scan without a review.
	f.doJSON("publisher", "POST", "/api/v1/scan", SubmitRequest{Content: reviewtest.ReviewText})
	f.doJSON("auditor", "POST", "/api/v1/scan", SubmitRequest{Content: reviewtest.ReviewText})
	// Audit.
	f.do("auditor", "GET", "/api/v1/stats", "", nil)
	f.do("auditor", "GET", "/api/v1/stats?format=csv", "", nil)
	f.do("auditor", "GET", "/api/v1/stats?from=yesterday", "", nil)
	f.do("auditor", "GET", "/api/v1/forms.zip", "", nil)
	f.do("auditor", "GET", "/api/v1/audit?limit=2", "", nil)
	f.do("auditor", "GET", "/api/v1/audit?after=x", "", nil)
	f.do("auditor", "GET", "/api/v1/audit/verify", "", nil)
	f.do("auditor", "GET", "/api/v1/audit/export", "", nil)
	f.do("auditor", "GET", "/api/v1/audit/consistency?from=1", "", nil)
	f.do("auditor", "GET", "/api/v1/audit/consistency", "", nil)
	// Admin.
	f.doJSON("admin", "POST", "/api/v1/admin/tokens", TokenRequest{Role: "reviewer", Name: "新审查员"})
	f.do("admin", "GET", "/api/v1/admin/tokens", "", nil)
	f.do("admin", "DELETE", "/api/v1/admin/tokens/victim", "", nil)
	f.do("admin", "DELETE", "/api/v1/admin/tokens/nobody", "", nil)
	f.do("admin", "POST", "/api/v1/admin/dictionaries/reload", "", nil)
	ep := decode[struct{ ID string }](t, f.doJSON("admin", "POST", "/api/v1/admin/webhooks", WebhookRequest{URL: "http://127.0.0.1:9/hook"}))
	f.doJSON("admin", "POST", "/api/v1/admin/webhooks", WebhookRequest{URL: "gopher://x"})
	f.do("admin", "GET", "/api/v1/admin/webhooks", "", nil)
	f.do("admin", "GET", "/api/v1/admin/webhooks/"+ep.ID+"/deliveries", "", nil)
	for i := 0; ; i++ {
		var ds DeliveriesResponse
		json.Unmarshal(f.do("admin", "GET", "/api/v1/admin/webhooks/"+hook.ID+"/deliveries", "", nil).Body.Bytes(), &ds)
		if len(ds.Deliveries) > 0 && len(ds.Deliveries[len(ds.Deliveries)-1].History) > 0 {
			break
		}
		if i == 100 {
			t.Fatal("no delivery attempted")
		}
		time.Sleep(20 * time.Millisecond)
	}
	f.do("admin", "DELETE", "/api/v1/admin/webhooks/"+ep.ID, "", nil)
	f.do("admin", "DELETE", "/api/v1/admin/webhooks/"+ep.ID, "", nil)
	f.do("publisher", "GET", "/api/v1/admin/webhooks", "", nil)
	// 429: a token over its rate.
	g := newFixture(t, func(c *config.Config) { c.RatePerToken = 1 })
	g.h = recording(g.h, &log)
	for range 4 {
		g.do("auditor", "GET", "/api/v1/audit/verify", "", nil)
	}

	seen := map[string]map[int]bool{}
	classes := map[int]bool{}
	for _, x := range log {
		x.req.Body = io.NopCloser(bytes.NewReader(x.body))
		x.req.URL.Scheme, x.req.URL.Host = "", ""
		route, params, err := router.FindRoute(x.req)
		if err != nil {
			t.Errorf("%s %s: no documented route: %v", x.req.Method, x.req.URL.Path, err)
			continue
		}
		key := x.req.Method + " " + route.Path
		if seen[key] == nil {
			seen[key] = map[int]bool{}
		}
		seen[key][x.code] = true
		classes[x.code/100] = true
		in := &openapi3filter.RequestValidationInput{Request: x.req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, MultiError: true}}
		if x.code < 300 && !strings.HasPrefix(x.req.Header.Get("Content-Type"), "multipart/") {
			if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
				t.Errorf("%s (answered %d): request does not conform: %v", key, x.code, err)
			}
		}
		ct := x.hdr.Get("Content-Type")
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: x.code, Header: x.hdr,
			Body: io.NopCloser(bytes.NewReader(x.resp)),
			Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true,
				ExcludeResponseBody: !strings.HasPrefix(ct, "application/json")}}
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			t.Errorf("%s answered %d not as documented: %v\n%.400s", key, x.code, err, x.resp)
		}
	}
	// Every documented operation was exercised.
	var missing []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			if seen[method+" "+path] == nil {
				missing = append(missing, method+" "+path)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("documented but not exercised: %v", missing)
	}
	for _, c := range []int{2, 4, 5} {
		if !classes[c] {
			t.Errorf("no %dxx answer exercised", c)
		}
	}
	if testing.Verbose() {
		b, _ := json.Marshal(seen)
		fmt.Println(string(b))
	}
}

// conformant wraps h so that every answer it gives in test t is
// validated against openapi.json when t ends: every server test's
// traffic is a conformance test too. Answers to paths the API does not
// have (404 no_route) are not the API's.
func conformant(t *testing.T, h http.Handler) http.Handler {
	var mu sync.Mutex
	var log []exchange
	t.Cleanup(func() {
		doc, err := openapi3.NewLoader().LoadFromData(OpenAPI())
		if err != nil {
			t.Fatal(err)
		}
		router, err := legacy.NewRouter(doc)
		if err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		defer mu.Unlock()
		for _, x := range log {
			x.req.URL.Scheme, x.req.URL.Host = "", ""
			route, params, err := router.FindRoute(x.req)
			if err != nil {
				continue // not an API route, or a method it does not have (404, 405)
			}
			in := &openapi3filter.RequestValidationInput{Request: x.req, PathParams: params, Route: route,
				Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
			ct := x.hdr.Get("Content-Type")
			out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: x.code, Header: x.hdr,
				Body: io.NopCloser(bytes.NewReader(x.resp)),
				Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true,
					ExcludeResponseBody: !strings.HasPrefix(ct, "application/json")}}
			if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
				t.Errorf("%s %s answered %d not as openapi.json says: %v\n%.300s", x.req.Method, route.Path, x.code, err, x.resp)
			}
		}
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
		c := r.Clone(context.Background())
		c.Body = http.NoBody
		mu.Lock()
		log = append(log, exchange{req: c, code: rec.Code, hdr: rec.Header(), resp: rec.Body.Bytes()})
		mu.Unlock()
	})
}
