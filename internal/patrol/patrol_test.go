package patrol

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

const sitePages = 1200

// collect runs a patrol and returns its items by URL.
func collect(t *testing.T, cfg Config, sc *scan.Scanner, st *State) (map[string]*Item, Stats) {
	t.Helper()
	items := map[string]*Item{}
	var mu sync.Mutex
	stats, err := Run(context.Background(), cfg, sc, st, func(it *Item) error {
		mu.Lock()
		defer mu.Unlock()
		if _, dup := items[it.URL]; dup {
			t.Errorf("%s reported twice", it.URL)
		}
		items[it.URL] = it
		return nil
	}, nil)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return items, stats
}

func newScanner(t *testing.T, dicts ...string) *scan.Scanner {
	t.Helper()
	sc, err := scan.New(scan.Config{DictDirs: dicts})
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestPatrolSite crawls a generated site of 1,200 pages with attachments
// made by real producers, then crawls it again after one page changed,
// then again with a dictionary that knows a new term.
func TestPatrolSite(t *testing.T) {
	files, fx, err := loadFixtures(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	site, other := serveTestSite(t, sitePages, fx, files)
	base := site.srv.URL

	st := tempState(t)
	cfg := Config{Seeds: []string{base + "/"}, Concurrency: 8, Timeout: 1500 * time.Millisecond}
	sc := newScanner(t)

	start := time.Now()
	items, stats := collect(t, cfg, sc, st)
	t.Logf("first pass: %d items, %+v, %.0f pages/s in %v", len(items), stats, stats.PagesPerSecond(), time.Since(start))

	if n := other.requests(); n != 0 {
		t.Errorf("the other host got %d requests, want 0", n)
	}
	if n := site.counts("/private/", 200) + site.counts("/private/", 404); n != 0 {
		t.Errorf("the folder robots.txt disallows got %d requests, want 0", n)
	}
	if stats.Stopped != "" {
		t.Errorf("stopped: %s", stats.Stopped)
	}
	for i := 0; i < sitePages; i++ {
		u := fmt.Sprintf("%s/p/%d.html", base, i)
		it := items[u]
		if it == nil {
			t.Errorf("page %d not reported", i)
			continue
		}
		want := report.Pass
		switch {
		case i == pageMarking || i == pageID:
			want = report.Block
		case i%100 == 50:
			// The link to the other host is a loopback address: an
			// intranet address on a public page.
			want = report.Review
		}
		if it.Verdict != want {
			t.Errorf("page %d: verdict %s, want %s (%v)", i, it.Verdict, want, it.Findings)
		}
		if i > 0 && it.Referrer == "" {
			t.Errorf("page %d has no referrer", i)
		}
	}
	for _, f := range fx {
		it := items[base+f.path]
		if it == nil {
			t.Errorf("attachment %s not reported", f.path)
			continue
		}
		if string(it.Verdict) != f.verdict {
			t.Errorf("attachment %s: verdict %s, want %s (%+v)", f.path, it.Verdict, f.verdict, it.Findings)
		}
		if !strings.HasPrefix(it.Referrer, base+"/p/") {
			t.Errorf("attachment %s: referrer %q", f.path, it.Referrer)
		}
		if it.Status != 200 || it.Length != int64(len(files[f.path])) || it.LastModified == "" || it.ContentType == "" {
			t.Errorf("attachment %s: metadata %d %d %q %q", f.path, it.Status, it.Length, it.LastModified, it.ContentType)
		}
	}
	// No raw personal value in any finding.
	for _, it := range items {
		for _, f := range it.Findings {
			if strings.Contains(f.Excerpt, "110101199003074514") || strings.Contains(f.Message, "110101199003074514") {
				t.Errorf("%s: raw ID in a finding", it.URL)
			}
		}
	}
	if it := items[base+"/orphan.html"]; it == nil || it.Verdict != report.Pass {
		t.Errorf("the page only the sitemap names: %+v", it)
	}
	if it := items[base+"/missing.html"]; it == nil || it.Status != 404 || it.Verdict != "" {
		t.Errorf("404: %+v", it)
	}
	if it := items[base+"/old"]; it == nil || it.FinalURL != base+"/p/5.html" || it.Verdict != "" {
		t.Errorf("redirect: %+v", it)
	}
	if it := items[base+"/gone-out"]; it == nil || it.Error == "" || it.Verdict != "" {
		t.Errorf("redirect off the site: %+v", it)
	}
	if it := items[base+"/slow.html"]; it == nil || it.Verdict != report.Review || it.Findings[0].Rule != "unreadable.fetch_failed" {
		t.Errorf("slow page: %+v", it)
	}
	if it := items[base+"/busy.html"]; it == nil || it.Status != 200 || it.Verdict != report.Pass {
		t.Errorf("page behind Retry-After: %+v", it)
	}
	if n := site.counts("/busy.html", 503); n != 1 {
		t.Errorf("busy page answered 503 %d times, want 1", n)
	}
	if n := site.counts("/style.css", 404) + site.counts("/style.css", 200); n != 0 {
		t.Errorf("a stylesheet was fetched %d times", n)
	}
	for p, m := range site.status {
		for code, n := range m {
			// /p/5.html may be fetched twice only if its link and the
			// redirect to it are in flight at the same moment.
			if n > 1 && code != 503 && p != "/robots.txt" && !(p == "/p/5.html" && n == 2) {
				t.Errorf("%s answered %d %d times in one pass", p, code, n)
			}
		}
	}

	// Second pass: one page changed; everything else is a 304.
	site.reset()
	site.set("/p/7.html", []byte(`<html><body><p>更正：联系人手机13812345678。</p><a href="/p/15.html">下一级</a><a href="/p/16.html">下一级</a></body></html>`))
	items2, stats2 := collect(t, cfg, sc, st)
	t.Logf("second pass: %+v", stats2)
	if n := site.counts("/p/", 200); n != 1 {
		t.Errorf("second pass fetched %d generated pages in full, want 1", n)
	}
	if n := site.counts("/p/", 304); n != sitePages-1 {
		t.Errorf("second pass: %d pages unchanged, want %d", n, sitePages-1)
	}
	if n := site.counts("/files/", 200); n != 0 {
		t.Errorf("second pass fetched %d attachments in full, want 0", n)
	}
	if it := items2[base+"/p/7.html"]; it == nil || it.Verdict != report.Review || len(it.New) == 0 {
		t.Errorf("changed page: %+v", it)
	}
	if it := items2[fmt.Sprintf("%s/p/%d.html", base, pageID)]; it == nil || !it.Unchanged || it.Verdict != report.Block {
		t.Errorf("unchanged page keeps its findings: %+v", it)
	}
	for u := range items {
		if u == base+fx[7].path {
			continue // only the changed page linked to it, and no longer does
		}
		if items2[u] == nil {
			t.Errorf("second pass did not report %s", u)
		}
	}
	if other.requests() != 0 {
		t.Errorf("the other host got requests")
	}

	// Third pass: the dictionaries learn a code name. Everything is read
	// again and exactly the page that holds it is newly raised.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "codenames.txt"), []byte("青松计划 | sensitive_term | review | 项目代号不得公开\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sc2 := newScanner(t, dir)
	site.reset()
	items3, _ := collect(t, cfg, sc2, st)
	if n := site.counts("/p/", 304); n != 0 {
		t.Errorf("after a dictionary change %d pages were skipped as unchanged", n)
	}
	var raised []string
	for u, it := range items3 {
		if len(it.New) > 0 {
			raised = append(raised, u)
			if it.PreviousDictVersion != sc.DictVersion() || it.DictVersion != sc2.DictVersion() {
				t.Errorf("%s: versions %s → %s", u, it.PreviousDictVersion, it.DictVersion)
			}
		}
	}
	want := fmt.Sprintf("%s/p/%d.html", base, pageTerm)
	if len(raised) != 1 || raised[0] != want {
		t.Errorf("newly raised %v, want only %s", raised, want)
	}
}

// TestPatrolResume stops a patrol after a few pages and shows that the
// next run continues the same pass instead of starting again.
func TestPatrolResume(t *testing.T) {
	site, _ := serveTestSite(t, 200, nil, nil)
	st := tempState(t)
	sc := newScanner(t)
	cfg := Config{Seeds: []string{site.srv.URL + "/"}, Concurrency: 2, MaxPages: 50, Timeout: time.Second}
	first, s1 := collect(t, cfg, sc, st)
	if s1.Stopped != "max-pages" {
		t.Fatalf("first run: stopped %q, want max-pages", s1.Stopped)
	}
	cfg.MaxPages = 0
	second, s2 := collect(t, cfg, sc, st)
	if !s2.Resumed || s2.Pass != s1.Pass || s2.Stopped != "" {
		t.Fatalf("second run: %+v", s2)
	}
	for u := range first {
		if _, again := second[u]; again {
			t.Errorf("%s fetched again after resuming", u)
		}
	}
	for i := 0; i < 200; i++ {
		u := fmt.Sprintf("%s/p/%d.html", site.srv.URL, i)
		if first[u] == nil && second[u] == nil {
			t.Errorf("page %d never reported", i)
		}
	}
	if n := site.counts("/p/", 200); n != 200 {
		t.Errorf("%d full fetches of 200 pages", n)
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"HTTP://Example.GOV.cn:80/a#x", "http://example.gov.cn/a"},
		{"https://example.gov.cn:443", "https://example.gov.cn/"},
		{"https://example.gov.cn:8443/a?b=1", "https://example.gov.cn:8443/a?b=1"},
		{"mailto:a@b.cn", ""},
		{"javascript:void(0)", ""},
		{"ftp://example.gov.cn/x", ""},
		{"http://user:pw@example.gov.cn/", ""},
	} {
		got, ok := normalize(nil, c.in)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	h := http.Header{}
	h.Set("Retry-After", "7")
	if d, ok := retryAfter(h, now); !ok || d != 7*time.Second {
		t.Errorf("seconds: %v %v", d, ok)
	}
	h.Set("Retry-After", now.Add(time.Minute).Format(http.TimeFormat))
	if d, ok := retryAfter(h, now); !ok || d != time.Minute {
		t.Errorf("date: %v %v", d, ok)
	}
	h.Set("Retry-After", "soon")
	if _, ok := retryAfter(h, now); ok {
		t.Error("garbage accepted")
	}
}

// TestCrawlDelay: a Crawl-delay in robots.txt spaces the requests.
func TestCrawlDelay(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: mishen\nCrawl-delay: 1\n")
			return
		}
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><a href="/a">a</a><a href="/b">b</a></body></html>`)
	}))
	defer srv.Close()
	st := tempState(t)
	collect(t, Config{Seeds: []string{srv.URL + "/"}, Concurrency: 8}, newScanner(t), st)
	mu.Lock()
	defer mu.Unlock()
	if len(times) < 3 {
		t.Fatalf("%d requests", len(times))
	}
	for i := 1; i < len(times); i++ {
		if d := times[i].Sub(times[i-1]); d < 900*time.Millisecond {
			t.Errorf("request %d came %v after the one before, want ≥ 1 s", i, d)
		}
	}
}

// TestUnchangedWithoutValidators: a site that sends neither ETag nor
// Last-Modified is downloaded again, but bytes already scanned with the
// same dictionaries are not scanned again.
func TestUnchangedWithoutValidators(t *testing.T) {
	var mu sync.Mutex
	changed := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><body><a href="/a.html">a</a> <a href="/b.html">b</a></body></html>`)
		case "/a.html":
			fmt.Fprint(w, `<html><body><p>秘密★1年</p></body></html>`)
		case "/b.html":
			mu.Lock()
			c := changed
			mu.Unlock()
			if c {
				fmt.Fprint(w, `<html><body><p>联系人手机13812345678</p></body></html>`)
				return
			}
			fmt.Fprint(w, `<html><body><p>欢迎监督</p></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	st := tempState(t)
	sc := newScanner(t)
	cfg := Config{Seeds: []string{srv.URL + "/"}}
	_, s1 := collect(t, cfg, sc, st)
	mu.Lock()
	changed = true
	mu.Unlock()
	items, s2 := collect(t, cfg, sc, st)
	if s1.Scanned != 3 || s2.Scanned != 1 {
		t.Errorf("scanned %d then %d, want 3 then 1 (only the changed page)", s1.Scanned, s2.Scanned)
	}
	if it := items[srv.URL+"/a.html"]; it == nil || !it.Unchanged || it.Verdict != report.Block {
		t.Errorf("unchanged bytes: %+v", it)
	}
	if it := items[srv.URL+"/b.html"]; it == nil || it.Unchanged || it.Verdict != report.Review || len(it.New) == 0 {
		t.Errorf("changed bytes: %+v", it)
	}
}

// tempState is a patrol state in a file of the test's own, closed when
// the test ends.
func tempState(t *testing.T) *State {
	t.Helper()
	st, err := OpenState(filepath.Join(t.TempDir(), "patrol.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// serveTestSite serves a test site of pages pages, and the other site
// its links lead to (counting the requests it gets), until the test ends.
func serveTestSite(t *testing.T, pages int, attach []fixture, files map[string][]byte) (*testSite, *counter) {
	t.Helper()
	other := &counter{}
	otherSrv := httptest.NewServer(other)
	t.Cleanup(otherSrv.Close)
	site := newTestSite(pages, otherSrv.URL, attach, files)
	site.srv = httptest.NewServer(site)
	t.Cleanup(site.srv.Close)
	return site, other
}
