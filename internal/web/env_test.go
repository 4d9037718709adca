package web

import (
	"bytes"
	"flag"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func init() { gin.SetMode(gin.TestMode) }

// clock is a settable clock for session expiry.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// env is a service with tokens for every role, the UI over it, and a
// real HTTP server.
type env struct {
	t      *testing.T
	svc    *review.Service
	ui     *UI
	srv    *httptest.Server
	clock  *clock
	tokens map[string]string // token name -> secret
}

// The token names of a test environment, by role.
const (
	pub1 = "pub.wang"
	pub2 = "pub.li"
	rev1 = "rev.zhao"
	rev2 = "rev.qian"
	aud1 = "aud.sun"
	adm1 = "adm.zhou"
)

var roleOf = map[string]review.Role{pub1: review.Publisher, pub2: review.Publisher, rev1: review.Reviewer,
	rev2: review.Reviewer, aud1: review.Auditor, adm1: review.Admin}

func newEnv(t *testing.T, scanner review.Scanner, tls bool) *env {
	t.Helper()
	if scanner == nil {
		scanner = &reviewtest.Scanner{}
	}
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{NoSync: true, BatchDelay: time.Microsecond}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cfg := config.Default()
	cfg.DataDir = dir
	svc, err := review.New(cfg, db, scanner, review.Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, svc: svc, clock: &clock{t: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}, tokens: map[string]string{}}
	for name, role := range roleOf {
		secret, _, err := svc.CreateToken(review.LocalActor(), role, name)
		if err != nil {
			t.Fatal(err)
		}
		e.tokens[name] = secret
	}
	e.ui = New(svc, Options{MaxUploadBytes: 1 << 20, MaxFiles: cfg.MaxFiles, Location: time.UTC, Now: e.clock.now, Version: "test"})
	if tls {
		e.srv = httptest.NewTLSServer(e.ui.Handler())
	} else {
		e.srv = httptest.NewServer(e.ui.Handler())
	}
	t.Cleanup(e.srv.Close)
	return e
}

// client is one browser: a cookie jar and no automatic redirects.
type client struct {
	t    *testing.T
	e    *env
	http *http.Client
}

func (e *env) client() *client {
	jar, _ := cookiejar.New(nil)
	hc := e.srv.Client()
	c := &http.Client{Transport: hc.Transport, Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	return &client{t: e.t, e: e, http: c}
}

// resp is a response with its body read.
type resp struct {
	*http.Response
	body string
}

func (c *client) do(req *http.Request) resp {
	c.t.Helper()
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return resp{res, string(b)}
}

func (c *client) get(path string) resp {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, c.e.srv.URL+path, nil)
	return c.do(req)
}

func (c *client) post(path string, form url.Values) resp {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, c.e.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// follow GETs a redirect's target.
func (c *client) follow(r resp) resp {
	c.t.Helper()
	if r.StatusCode != http.StatusSeeOther {
		c.t.Fatalf("want 303, got %d: %s", r.StatusCode, r.body)
	}
	return c.get(r.Header.Get("Location"))
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf returns the CSRF token of a page.
func csrf(t *testing.T, page string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no csrf token in page:\n%s", page)
	}
	return m[1]
}

// signIn signs c in as name and returns the landing page.
func (c *client) signIn(name string) resp {
	c.t.Helper()
	form := c.get("/signin")
	r := c.post("/signin", url.Values{"csrf": {csrf(c.t, form.body)}, "token": {c.e.tokens[name]}})
	if r.StatusCode != http.StatusSeeOther {
		c.t.Fatalf("sign-in as %s: %d\n%s", name, r.StatusCode, r.body)
	}
	return c.follow(r)
}

// signedIn returns a client signed in as name, and its CSRF token.
func (e *env) signedIn(name string) (*client, string) {
	e.t.Helper()
	c := e.client()
	p := c.signIn(name)
	return c, csrf(e.t, p.body)
}

// filePart is one part of a multipart form.
type filePart struct {
	field, name string
	data        []byte
}

// multipart builds a multipart body: fields first in order, then files.
func multipartBody(t *testing.T, fields [][2]string, files []filePart) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, f := range fields {
		if err := w.WriteField(f[0], f[1]); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		fw, err := w.CreateFormFile(f.field, f.name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(f.data)
	}
	w.Close()
	return w.FormDataContentType(), buf.Bytes()
}

func (c *client) upload(token string, files []filePart, fields ...[2]string) resp {
	c.t.Helper()
	all := append([][2]string{{"csrf", token}}, fields...)
	if token == "" {
		all = fields
	}
	ct, body := multipartBody(c.t, all, files)
	req, _ := http.NewRequest(http.MethodPost, c.e.srv.URL+"/upload", bytes.NewReader(body))
	req.Header.Set("Content-Type", ct)
	return c.do(req)
}

// submit uploads text as a file and returns the review id.
func (c *client) submit(token, name, text string) string {
	c.t.Helper()
	r := c.upload(token, []filePart{{"file", name, []byte(text)}})
	if r.StatusCode != http.StatusSeeOther {
		c.t.Fatalf("upload: %d\n%s", r.StatusCode, r.body)
	}
	loc := r.Header.Get("Location")
	id, ok := strings.CutPrefix(loc, "/reviews/")
	if !ok {
		c.t.Fatalf("upload redirected to %q", loc)
	}
	return id
}

// Volatile parts of a page, replaced before comparing with a golden file.
var volatile = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`name="csrf" value="[^"]+"`), `name="csrf" value="CSRF"`},
	{regexp.MustCompile(`mishen_[A-Za-z0-9_-]{43}`), `mishen_TOKEN`},
	{regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z`), `ISOTIME`},
	{regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d`), `TIME`},
	{regexp.MustCompile(`[0-9a-f]{64}`), `HASH`},
	{regexp.MustCompile(`[0-9a-f]{12}…`), `SHORT…`},
	{regexp.MustCompile(`\?v=[0-9a-f]{12}`), `?v=V`},
}

func normalize(s string) string {
	for _, v := range volatile {
		s = v.re.ReplaceAllString(s, v.with)
	}
	return s
}

// golden compares a page with testdata/name.golden.html, or rewrites the
// file with -update.
func golden(t *testing.T, name, page string) {
	t.Helper()
	got := normalize(page)
	path := filepath.Join("testdata", name+".golden.html")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/web -run %s -update)", err, t.Name())
	}
	if d := diff(string(want), got); d != "" {
		t.Errorf("%s differs from %s (-want +got):\n%s", name, path, d)
	}
}

// diff is a small line diff: the lines around the first difference.
func diff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-2); j < i; j++ {
		b.WriteString("  " + w[j] + "\n")
	}
	for j := i; j < min(len(w), i+6); j++ {
		b.WriteString("- " + w[j] + "\n")
	}
	for j := i; j < min(len(g), i+6); j++ {
		b.WriteString("+ " + g[j] + "\n")
	}
	return b.String()
}
