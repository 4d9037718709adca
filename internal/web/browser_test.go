package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/web"
)

// chromiumPath is Debian's chromium, which CI installs.
const chromiumPath = "/usr/bin/chromium"

// rawID is the synthetic ID number in the tracked deletion of
// testdata/docs/hidden_parts.docx (see testdata/README.md).
const rawID = "330102197908254067"

// The sizes every page is photographed at: a laptop and a phone.
var sizes = []struct{ w, h int64 }{{1280, 800}, {390, 844}}

// browser drives one Chromium tab against the test server and records
// every request the pages make and every script error or console error.
type browser struct {
	t    *testing.T
	ctx  context.Context
	base string
	dir  string
	n    int

	mu       sync.Mutex
	requests []string
	problems []string
	allowed  map[string]bool // URLs whose error status is expected
	pages    map[string]string
}

func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		b.requests = append(b.requests, e.Request.URL)
	case *runtime.EventExceptionThrown:
		msg := e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil {
			msg += " " + e.ExceptionDetails.Exception.Description
		}
		b.problems = append(b.problems, "script exception: "+msg)
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.EntryLevelError && !b.allowed[e.Entry.URL] {
			b.problems = append(b.problems, fmt.Sprintf("console %s: %s (%s)", e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	}
}

func (b *browser) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	t0 := time.Now()
	defer func() {
		if d := time.Since(t0); d > 2*time.Second { // slow steps, for a slow CI machine
			b.t.Logf("step %s: %v", step, d.Round(time.Millisecond))
		}
	}()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", step, err)
	}
}

func run[T any](b *browser, step string, a chromedp.Action[T]) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, a)
	if err != nil {
		b.t.Fatalf("%s: %v", step, err)
	}
	return v
}

func (b *browser) html() string {
	b.t.Helper()
	return run(b, "reading the page", chromedp.Evaluate[string](`document.documentElement.outerHTML`))
}

func (b *browser) attr(sel, name string) string {
	b.t.Helper()
	v := run(b, "reading "+sel, chromedp.AttributeValue(chromedp.CSS(sel), name))
	return v.Value
}

// shot saves a full-page screenshot at each size, checks that nothing
// sticks out sideways, and keeps the page's HTML for the leak check.
func (b *browser) shot(name string) {
	b.t.Helper()
	b.n++
	b.pages[name] = b.html()
	for _, s := range sizes {
		opts := []chromedp.EmulateViewportOption{}
		if s.w < 600 {
			opts = append(opts, chromedp.EmulateMobile)
		}
		b.do("resizing for "+name, chromedp.EmulateViewport(s.w, s.h, opts...))
		// Wide content would make the page scroll sideways: text that
		// does not fit, or a table that does not fold.
		over := run(b, "measuring "+name, chromedp.Evaluate[[]string](`(() => {
			const w = document.documentElement.clientWidth, out = [];
			if (document.documentElement.scrollWidth > w) out.push("page " + document.documentElement.scrollWidth + ">" + w);
			for (const el of document.querySelectorAll("main *, header *")) {
				const r = el.getBoundingClientRect();
				if (r.width > 0 && r.right > w + 1 && getComputedStyle(el).position !== "absolute") {
					out.push((el.id ? "#" + el.id : el.tagName.toLowerCase() + "." + el.className) + " right=" + Math.round(r.right));
				}
			}
			return out.slice(0, 5);
		})()`))
		if len(over) > 0 {
			b.t.Errorf("%s at %dpx: content wider than the window: %v", name, s.w, over)
		}
		b.do("scrolling to the top", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
		png := run(b, "photographing "+name, chromedp.Action[[]byte](func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
			m, err := cdp.Call(ctx, t, page.GetLayoutMetrics, cdp.Empty{})
			if err != nil {
				return nil, err
			}
			h := max(float64(s.h), m.CSSContentSize.Height)
			yes := true
			r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
				Format: page.CaptureScreenshotFormatPng, CaptureBeyondViewport: &yes, FromSurface: &yes, OptimizeForSpeed: &yes,
				Clip: &page.Viewport{Width: float64(s.w), Height: h, Scale: 1},
			})
			if err != nil {
				return nil, err
			}
			return r.Data, nil
		}))
		path := filepath.Join(b.dir, fmt.Sprintf("%02d-%s-%d.png", b.n, name, s.w))
		if err := os.WriteFile(path, png, 0o644); err != nil {
			b.t.Fatal(err)
		}
	}
	b.do("restoring the window", chromedp.EmulateViewport(sizes[0].w, sizes[0].h))
}

func (b *browser) signIn(token, landing string) {
	b.t.Helper()
	b.do("sign-in",
		chromedp.Navigate(b.base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="token"]`)),
		chromedp.SetValue(chromedp.CSS(`input[name="token"]`), token), // typing 50 keys costs a second
		chromedp.Click(chromedp.CSS(`.signin button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(landing)),
	)
}

func (b *browser) signOut() {
	b.t.Helper()
	b.do("sign-out",
		chromedp.Click(chromedp.CSS(`form[action="/signout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="token"]`)),
	)
}

// TestBrowser drives the real server (the API with the UI mounted, the
// real scanner, a bbolt file) from headless Chromium through the whole
// workflow, photographs every page at two sizes, and checks that no page
// shows the raw ID or talks to anyone but the server.
func TestBrowser(t *testing.T) {
	needChromium(t)
	start := time.Now()
	svc, cfg, _ := realService(t)
	tokens := map[string]string{}
	for name, role := range map[string]review.Role{"发布员王某": review.Publisher, "审查员甲": review.Reviewer,
		"审查员乙": review.Reviewer, "审计员孙某": review.Auditor} {
		secret, _, err := svc.CreateToken(review.LocalActor(), role, name)
		if err != nil {
			t.Fatal(err)
		}
		tokens[name] = secret
	}
	ui := web.New(svc, web.Options{MaxUploadBytes: cfg.MaxUploadBytes, MaxFiles: cfg.MaxFiles, Version: "browser-test"})
	srv := server.New(cfg, svc, server.Options{Register: []func(*gin.Engine){ui.Register}, Version: "browser-test"})
	// The gate holds the first scripted upload after its body is sent, so
	// that the "正在扫描…" state can be seen and photographed.
	gate := make(chan struct{})
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == "/upload" && r.Header.Get("X-Requested-With") != "" {
			select {
			case <-gate:
			case <-time.After(10 * time.Second):
			}
		}
		srv.Handler().ServeHTTP(w, r)
	}))
	defer ts.Close()

	b := startBrowser(t, ts.URL, 60*time.Second)

	fixture, err := filepath.Abs(filepath.Join("..", "..", "testdata", "docs", "hidden_parts.docx"))
	if err != nil {
		t.Fatal(err)
	}

	// A signed-out visitor is sent to the sign-in form.
	b.do("opening /", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`input[name="token"]`)))
	if loc := run(b, "location", chromedp.Location()); !strings.HasPrefix(loc, ts.URL+"/signin") {
		t.Fatalf("/ led to %s", loc)
	}
	b.shot("signin")

	// The publisher uploads the DOCX: progress, then the scanning state,
	// then the result.
	b.signIn(tokens["发布员王某"], "#drop")
	b.shot("upload")
	b.do("choosing the file",
		chromedp.SetUploadFiles(chromedp.CSS(`input[name="file"]`), []string{fixture}),
		chromedp.WaitVisible(chromedp.CSS(`#picked li`)),
		chromedp.SendKeys(chromedp.CSS(`#title`), "关于开展农机购置补贴申报工作的通知"),
		chromedp.Click(chromedp.CSS(`#submit`)),
		chromedp.WaitVisible(chromedp.CSS(`form.scanning`)),
	)
	if txt := run(b, "progress text", chromedp.Text(chromedp.CSS(`#progress-text`))); txt != "正在扫描…" {
		t.Errorf("progress says %q while the server scans", txt)
	}
	b.shot("scanning")
	close(gate)
	b.do("waiting for the result", chromedp.WaitVisible(chromedp.CSS(`[data-verdict]`)))
	if v := b.attr(`.review-head [data-verdict]`, "data-verdict"); v != "block" {
		t.Errorf("verdict %q, want block", v)
	}
	html := b.html()
	if !strings.Contains(html, `data-category="id_card"`) {
		t.Fatal("no id_card finding on the result page")
	}
	excerpt := run(b, "id_card excerpt", chromedp.Text(chromedp.CSS(`li[data-category="id_card"] .excerpt`)))
	if !strings.Contains(excerpt, "330102********4067") {
		t.Errorf("id_card excerpt %q is not masked as expected", excerpt)
	}
	for _, want := range []string{"请删除修订记录", "第十五条", "隐藏内容", "批注"} {
		if !strings.Contains(html, want) {
			t.Errorf("result page lacks %q", want)
		}
	}
	loc := run(b, "location", chromedp.Location())
	id := loc[strings.LastIndex(loc, "/")+1:]
	b.shot("result")
	b.do("my reviews", chromedp.Click(chromedp.CSS(`.menu a[href="/mine"]`)), chromedp.WaitVisible(chromedp.CSS(`tr[data-review="`+id+`"]`)))
	b.shot("mine")
	b.signOut()

	// Two reviewers: the first dismisses every blocking finding with a
	// reason and approves, the second approves.
	for i, name := range []string{"审查员甲", "审查员乙"} {
		b.signIn(tokens[name], `tr[data-review="`+id+`"]`)
		if i == 0 {
			b.shot("queue")
		}
		b.do("opening the review", chromedp.Click(chromedp.CSS(`tr[data-review="`+id+`"] td a`)), chromedp.WaitVisible(chromedp.CSS(`#decide`)))
		blocking := run(b, "blocking findings", chromedp.Evaluate[[]string](
			`Array.from(document.querySelectorAll('li.finding[data-severity="block"]:not(.dismissed)')).map(e => e.dataset.finding)`))
		if i == 0 && len(blocking) == 0 {
			t.Fatal("no blocking finding to dismiss")
		}
		for _, fid := range blocking {
			b.do("dismissing "+fid, chromedp.SendKeys(chromedp.CSS(`input[name="reason_`+fid+`"]`), "已核实：修订记录将在发布前清除"))
			if !run(b, "checkbox", chromedp.Evaluate[bool](`document.querySelector('input[name="dismiss"][value="`+fid+`"]').checked`)) {
				t.Errorf("typing a reason did not tick the box of %s", fid)
			}
		}
		b.do("approving",
			chromedp.Click(chromedp.CSS(`input[name="decision"][value="approve"]`)),
			chromedp.SendKeys(chromedp.CSS(`#comment`), "同意发布"),
		)
		if i == 0 {
			b.shot("review")
		}
		b.do("submitting the decision", chromedp.Click(chromedp.CSS(`#decide button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`.flash`)))
		if i == 0 {
			b.shot("approved")
		}
		b.signOut()
	}

	// The publisher releases and sees the receipt.
	b.signIn(tokens["发布员王某"], "#drop")
	b.do("releasing",
		chromedp.Navigate(ts.URL+"/reviews/"+id),
		chromedp.WaitVisible(chromedp.CSS(`#release`)),
		chromedp.Click(chromedp.CSS(`#release`)),
		chromedp.WaitVisible(chromedp.CSS(`#receipt`)),
	)
	receipt := run(b, "receipt", chromedp.Text(chromedp.CSS(`#receipt`)))
	for _, want := range []string{"审查员甲", "审查员乙", id, "发布人"} {
		if !strings.Contains(receipt, want) {
			t.Errorf("receipt lacks %q: %s", want, receipt)
		}
	}
	b.shot("receipt")
	b.signOut()

	// The auditor: the trail, the review's timeline, verification.
	b.signIn(tokens["审计员孙某"], `form.search`)
	b.shot("audit")
	b.do("timeline",
		chromedp.Click(chromedp.CSS(`a[href="/audit/reviews/`+id+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.timeline`)),
	)
	actions := run(b, "timeline events", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('ol.timeline li')).map(e => e.dataset.action)`))
	for _, want := range []string{"submitted", "scanned", "finding_dismissed", "approved", "released"} {
		if !strings.Contains(strings.Join(actions, " "), want) {
			t.Errorf("timeline lacks %s: %v", want, actions)
		}
	}
	b.shot("timeline")
	b.do("verifying",
		chromedp.Navigate(ts.URL+"/audit"),
		chromedp.WaitVisible(chromedp.CSS(`#verify`)),
		chromedp.Click(chromedp.CSS(`#verify`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-chain]`)),
	)
	if v := b.attr(`[data-chain]`, "data-chain"); v != "intact" {
		t.Errorf("chain %q, want intact", v)
	}
	b.shot("verify")

	// The one error page.
	missing := ts.URL + "/reviews/R99999999"
	b.mu.Lock()
	b.allowed[missing] = true
	b.mu.Unlock()
	b.do("error page", chromedp.Navigate(missing), chromedp.WaitVisible(chromedp.CSS(`.error-page`)))
	b.shot("error")

	// Nothing leaked, nothing left the origin, nothing failed in a script.
	for name, h := range b.pages {
		if strings.Contains(h, rawID) {
			t.Errorf("page %s carries the raw ID", name)
		}
	}
	origin, _ := url.Parse(ts.URL)
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.requests) < 20 {
		t.Errorf("only %d requests recorded: is the listener working?", len(b.requests))
	}
	for _, r := range b.requests {
		u, err := url.Parse(r)
		if err == nil && u.Scheme == "data" {
			continue // inline (Chromium's own date-picker icon): no network at all
		}
		if err != nil || u.Scheme != origin.Scheme || u.Host != origin.Host {
			t.Errorf("a page requested %s, outside %s", r, ts.URL)
		}
	}
	for _, p := range b.problems {
		t.Errorf("browser reported: %s", p)
	}
	t.Logf("%d requests, all to %s; %d pages photographed into %s in %v", len(b.requests), ts.URL, b.n, b.dir, time.Since(start).Round(time.Millisecond))
}
