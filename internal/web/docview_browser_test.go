package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/web"
)

// longDraft is a synthetic notice of 450 lines, so that the document view
// pages it: an ID on line 3, a phone on line 320 (page 2 of the view).
func longDraft() string {
	var b strings.Builder
	b.WriteString("关于做好2026年度春耕生产工作的通知\n各乡镇人民政府：\n经办人身份证号110101199003074514，请核对。\n")
	for i := 4; i <= 450; i++ {
		if i == 320 {
			b.WriteString("联系人手机13812345678。\n")
			continue
		}
		fmt.Fprintf(&b, "第%d条 请各单位按照要求认真做好春耕备耕各项工作。\n", i)
	}
	return b.String()
}

// TestDocumentViewBrowser opens the document view of a Word file with
// tracked changes, comments and hidden text, of a Word file with headers,
// page breaks and a table, of a PDF (with its page's image), and of a
// long text file, in
// headless Chromium through the real server: every finding of the file
// has one mark, every link of the finding list brings its mark into the
// window, and no raw value is on the page. The first page is photographed
// at 1280 wide (scripts/docview-screenshots.sh). Skipped without
// Chromium, except under CI.
func TestDocumentViewBrowser(t *testing.T) {
	needChromium(t)
	svc, cfg, _ := realService(t)
	pub := review.Actor{Name: "王某@办公室", Role: review.Publisher}
	rev := review.Actor{Name: "李审查", Role: review.Reviewer}
	secret, _, err := svc.CreateToken(review.LocalActor(), rev.Role, rev.Name)
	if err != nil {
		t.Fatal(err)
	}
	var files []review.DraftFile
	for _, f := range []string{"docs/hidden_parts.docx", "places/places.docx", "places/places.pdf"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, review.DraftFile{Name: filepath.Base(f), Data: data})
	}
	files = append(files, review.DraftFile{Name: "通知.txt", Data: []byte(longDraft())})
	r, err := svc.Submit(context.Background(), pub, review.Submission{Title: "文档视图测试", Files: files})
	if err != nil {
		t.Fatal(err)
	}
	ui := web.New(svc, web.Options{Version: "docview-test"})
	srv := server.New(cfg, svc, server.Options{Register: []func(*gin.Engine){ui.Register}, Version: "docview-test"})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	shots := screenshotDir(t, t.TempDir())
	actx, cancelAlloc := chromium(t)
	defer cancelAlloc()
	var mu sync.Mutex
	var problems []string
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*cdplog.EventEntryAdded); ok && e.Entry.Level == cdplog.EntryLevelError {
			mu.Lock()
			problems = append(problems, fmt.Sprintf("console %s: %s", e.Entry.Source, e.Entry.Text))
			mu.Unlock()
		}
	}))
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 120*time.Second)
	defer cancelTimeout()
	do := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	do("signing in",
		chromedp.EmulateViewport(1280, 800),
		chromedp.Navigate(ts.URL+"/signin"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="token"]`)),
		chromedp.SetValue(chromedp.CSS(`input[name="token"]`), secret),
		chromedp.Click(chromedp.CSS(`.signin button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.menu`)),
	)
	eval := func(step, js string) []string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](js))
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		return v
	}
	for n := 1; n <= len(files); n++ {
		var want []string
		for _, f := range r.Findings {
			if f.File == n-1 {
				want = append(want, f.ID)
			}
		}
		view := fmt.Sprintf("%s/reviews/%s/files/%d/view", ts.URL, r.ID, n)
		do("opening the view of file "+files[n-1].Name, chromedp.Navigate(view), chromedp.WaitVisible(chromedp.CSS(`.dv-side`)))
		// Every finding has one mark, on whichever page of the view.
		marks := map[string]int{}
		pages := eval("pages", `Array.from(document.querySelectorAll('.dv-pager a')).map(a => a.href)`)
		seen := map[string]bool{view: true}
		for _, u := range append([]string{view}, pages...) {
			if seen[u] && u != view {
				continue
			}
			seen[u] = true
			do("opening "+u, chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS(`.dv-side`)))
			for _, id := range eval("marks", `Array.from(document.querySelectorAll('[data-hit]')).map(e => e.dataset.hit)`) {
				marks[id]++
			}
			html := eval("html", `[document.documentElement.outerHTML]`)[0]
			for _, raw := range []string{"110101199003074514", "13812345678", "13912345678", rawID} {
				if strings.Contains(html, raw) {
					t.Errorf("%s shows a raw value", u)
				}
			}
		}
		if len(marks) != len(want) {
			t.Errorf("%s: %d findings marked, want %d (%v)", files[n-1].Name, len(marks), len(want), marks)
		}
		for _, id := range want {
			if marks[id] != 1 {
				t.Errorf("%s: finding %s has %d marks, want 1", files[n-1].Name, id, marks[id])
			}
		}
		if n == 1 {
			do("back to the first page", chromedp.Navigate(view), chromedp.WaitVisible(chromedp.CSS(`.dv-side`)))
			shot(t, ctx, filepath.Join(shots, "docview-1280.png"))
		}
		// Every link of the list brings its mark into the window.
		for _, id := range want {
			do("opening "+view, chromedp.Navigate(view), chromedp.WaitVisible(chromedp.CSS(`.dv-side`)),
				chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, document.body.scrollHeight)`),
				chromedp.Click(chromedp.CSS(`a.dv-link[data-goto="`+id+`"]`)),
				chromedp.WaitReady(chromedp.CSS(`#hit-`+id)))
			in := eval("viewport", `(() => { const e = document.getElementById("hit-`+id+`");
				if (!e) return ["missing"];
				const r = e.getBoundingClientRect();
				return [String(r.top >= 0 && r.bottom <= window.innerHeight), String(Math.round(r.top)), location.hash]; })()`)
			if in[0] != "true" {
				t.Errorf("%s: the link of %s leaves its mark outside the window: %v", files[n-1].Name, id, in)
			}
		}
		if n == 3 {
			// A PDF page's image, its findings boxed and its values
			// painted over.
			do("the page image", chromedp.Navigate(view), chromedp.WaitVisible(chromedp.CSS(`.dv-side`)),
				chromedp.Click(chromedp.CSS(`details.dv-page summary`)),
				chromedp.Poll[chromedp.Void](`document.querySelector("details.dv-page img").naturalWidth > 0`, chromedp.WithPollingTimeout(30*time.Second)))
			shot(t, ctx, filepath.Join(shots, "docview-pdf-1280.png"))
		}
		if n == 4 {
			do("the second page", chromedp.Navigate(view+"?page=2"), chromedp.WaitVisible(chromedp.CSS(`.dv-side`)))
			shot(t, ctx, filepath.Join(shots, "docview-page2-1280.png"))
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser reported: %s", p)
	}
}

// shot saves a full-page screenshot at 1280 wide.
func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		m, err := cdp.Call(ctx, tg, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		yes := true
		res, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng,
			CaptureBeyondViewport: &yes, FromSurface: &yes, Clip: &page.Viewport{Width: 1280, Height: min(max(800, m.CSSContentSize.Height), 4000), Scale: 1}})
		if err != nil {
			return nil, err
		}
		return res.Data, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
