package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/web"
)

// formDraft is a synthetic notice with a 文号, a marking left from a
// template, a check-digit-valid ID and a mobile number.
const formDraft = "秘密★1年\n某市人民政府办公室关于做好2026年度政府信息公开工作的通知\n某府办〔2026〕12号\n" +
	"各区县人民政府：\n联系人：张某，手机13812345678，身份证号110101199003074514。\n特此通知。"

// TestFormBrowser opens the 保密审查单 of a released review in headless
// Chromium through the real server, photographs it at 1280 wide, prints
// it to PDF as a clerk would (Ctrl+P) and reads the PDF back. The files go
// to screenshots/ (scripts/form-screenshots.sh). It is skipped without
// Chromium, except under CI.
func TestFormBrowser(t *testing.T) {
	needChromium(t)
	svc, cfg, _ := realService(t)
	pub := review.Actor{Name: "王某@办公室", Role: review.Publisher}
	secret, _, err := svc.CreateToken(review.LocalActor(), pub.Role, pub.Name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := svc.Submit(context.Background(), pub, review.Submission{Title: "关于做好2026年度政府信息公开工作的通知（某府办〔2026〕12号）",
		Files: []review.DraftFile{{Name: "通知.txt", Data: []byte(formDraft)}}})
	if err != nil {
		t.Fatal(err)
	}
	first := review.DecisionInput{Decision: review.Approve, Comment: "密级标志系模板残留，已核实不涉密；个人信息已要求删除后发布"}
	for _, id := range r.Blocking() {
		first.Dismissed = append(first.Dismissed, review.DismissInput{FindingID: id, Reason: "已核实：模板残留，发布稿已删除"})
	}
	if _, err := svc.Decide(review.Actor{Name: "李审查", Role: review.Reviewer}, r.ID, first); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Decide(review.Actor{Name: "赵审查", Role: review.Reviewer}, r.ID, review.DecisionInput{Decision: review.Approve, Comment: "同意公开"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Release(pub, r.ID, r.ContentSHA256); err != nil {
		t.Fatal(err)
	}
	loc, _ := time.LoadLocation("Asia/Shanghai")
	ui := web.New(svc, web.Options{Location: loc, Org: "某市人民政府办公室", Printer: form.NewPrinter(chromiumPath, 1), Version: "form-test"})
	srv := server.New(cfg, svc, server.Options{Register: []func(*gin.Engine){ui.Register}, Version: "form-test"})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	shots := screenshotDir(t, t.TempDir())
	actx, cancelAlloc := chromium(t)
	defer cancelAlloc()
	var mu sync.Mutex
	var requests, problems []string
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				problems = append(problems, fmt.Sprintf("console %s: %s", e.Entry.Source, e.Entry.Text))
			}
		}
	}))
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
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
		chromedp.WaitVisible(chromedp.CSS(`#drop`)),
		chromedp.Navigate(ts.URL+"/reviews/"+r.ID),
		chromedp.Click(chromedp.CSS(`#form-link`)),
		chromedp.WaitVisible(chromedp.CSS(`.sheet`)),
	)
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.sheet`)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"信息公开保密审查单", "某市人民政府办公室", "某府办〔2026〕12号", "办公室", "王某", "李审查", "赵审查",
		"同意公开，已发布", "110101********4514", "保守国家秘密法", "部门负责人（签字）"} {
		if !strings.Contains(text, want) {
			t.Errorf("the form lacks %q", want)
		}
	}
	if strings.Contains(text, "110101199003074514") || strings.Contains(text, "13812345678") {
		t.Error("the form shows raw personal data")
	}
	// The print stylesheet is in force: the sheet has its border lines
	// and the bar above it is not printed.
	styled, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("table.f td")).borderTopStyle`))
	if err != nil || styled != "solid" {
		t.Errorf("the form's stylesheet is not applied (border %q, %v): blocked by the CSP?", styled, err)
	}
	png, err := chromedp.Run(ctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		m, err := cdp.Call(ctx, tg, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		yes := true
		res, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng,
			CaptureBeyondViewport: &yes, FromSurface: &yes, Clip: &page.Viewport{Width: 1280, Height: max(800, m.CSSContentSize.Height), Scale: 1}})
		if err != nil {
			return nil, err
		}
		return res.Data, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(shots, "form-1280.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	pdf, err := chromedp.Run(ctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		yes := true
		res, err := cdp.Call(ctx, tg, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes, PrintBackground: &yes})
		if err != nil {
			return nil, err
		}
		return res.Data, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	pdfPath := filepath.Join(shots, "form-print.pdf")
	if err := os.WriteFile(pdfPath, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command("pdftotext", pdfPath, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(string(out)), "")
		for _, want := range []string{"信息公开保密审查单", "某府办〔2026〕12号", "李审查"} {
			if !strings.Contains(flat, want) {
				t.Errorf("the printed PDF lacks %q", want)
			}
		}
		if strings.Contains(flat, "下载PDF") {
			t.Error("the bar above the sheet was printed")
		}
		info, _ := exec.Command("pdfinfo", pdfPath).Output()
		if !strings.Contains(string(info), "(A4)") {
			t.Errorf("the printed form is not A4:\n%s", info)
		}
	}
	// The figures page of an auditor: the charts are SVG drawn on the
	// server, under the same CSP.
	aud, _, err := svc.CreateToken(review.LocalActor(), review.Auditor, "审计员孙某")
	if err != nil {
		t.Fatal(err)
	}
	day := time.Now().In(loc).Format("2006-01-02")
	do("the figures",
		chromedp.Navigate(ts.URL+"/reviews/"+r.ID),
		chromedp.Click(chromedp.CSS(`form[action="/signout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="token"]`)),
		chromedp.SetValue(chromedp.CSS(`input[name="token"]`), aud),
		chromedp.Click(chromedp.CSS(`.signin button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form.search`)),
		chromedp.Navigate(ts.URL+"/stats?from="+day[:4]+"-01-01&to="+day),
		chromedp.WaitVisible(chromedp.CSS(`#chart-months`)),
	)
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#chart-months rect[height]").length`))
	if err != nil || bars < 1 {
		t.Errorf("the month chart has %d bars (%v)", bars, err)
	}
	shot, err := chromedp.Run(ctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		m, err := cdp.Call(ctx, tg, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		yes := true
		res, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng,
			CaptureBeyondViewport: &yes, FromSurface: &yes, Clip: &page.Viewport{Width: 1280, Height: max(800, m.CSSContentSize.Height), Scale: 1}})
		if err != nil {
			return nil, err
		}
		return res.Data, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(shots, "stats-1280.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}

	origin, _ := url.Parse(ts.URL)
	mu.Lock()
	defer mu.Unlock()
	for _, rq := range requests {
		u, err := url.Parse(rq)
		if err != nil || (u.Scheme != "data" && u.Host != origin.Host) {
			t.Errorf("a page requested %s", rq)
		}
	}
	for _, p := range problems {
		t.Errorf("browser reported: %s", p)
	}
	t.Logf("form of %s photographed and printed into %s", r.ID, shots)
}
