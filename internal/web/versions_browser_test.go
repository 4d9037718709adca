package web_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/redact"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/web"
)

// TestBrowserResubmitCleaned is 区分处理 as a clerk does it in Chromium:
// a draft with an ID number and a mobile needs review; on its page the
// clerk presses 提交脱敏稿, lands on version 2, which passes, and sees
// both versions and the two findings resolved; version 1 now says it was
// superseded and offers no release.
func TestBrowserResubmitCleaned(t *testing.T) {
	needChromium(t)
	svc, cfg, sc := realService(t)
	pub, _, err := svc.CreateToken(review.LocalActor(), review.Publisher, "发布员王某")
	if err != nil {
		t.Fatal(err)
	}
	cleaner := func(ctx context.Context, name string, data []byte, opts redact.Options) (redact.Result, error) {
		return redact.Clean(ctx, sc, name, data, opts)
	}
	ui := web.New(svc, web.Options{MaxUploadBytes: cfg.MaxUploadBytes, MaxFiles: cfg.MaxFiles, Version: "browser-test", Cleaner: cleaner})
	srv := server.New(cfg, svc, server.Options{Register: []func(*gin.Engine){ui.Register}, Version: "browser-test", Cleaner: cleaner})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	text := "关于发放补贴的公示\n联系人：王某，电话 13912345678，身份证号 110101199003074514。\n公示期为五个工作日。"
	v1, err := svc.Submit(context.Background(), review.Actor{Name: "发布员王某", Role: review.Publisher},
		review.Submission{Title: "补贴公示", Files: []review.DraftFile{{Name: "公示.txt", Data: []byte(text)}}})
	if err != nil {
		t.Fatal(err)
	}
	if v1.Status != review.Pending {
		t.Fatalf("draft: %+v", v1)
	}

	b := startBrowser(t, ts.URL, 60*time.Second)
	b.signIn(pub, `.who-name`)
	b.do("opening version 1", chromedp.Navigate(ts.URL+"/reviews/"+v1.ID), chromedp.WaitVisible(chromedp.CSS(`[data-resubmit="1"]`)))
	b.do("submitting the cleaned copy", chromedp.Click(chromedp.CSS(`[data-resubmit="1"]`)),
		chromedp.WaitVisible(chromedp.CSS(`section.versions`)))
	loc := run(b, "location", chromedp.Location())
	if strings.HasSuffix(loc, "/reviews/"+v1.ID) {
		t.Fatalf("still on version 1: %s", loc)
	}
	b.shot("version-2")
	page := b.html()
	for _, want := range []string{`data-verdict="pass"`, `data-versions="2"`, "第 2 版", "已解决 2 项", v1.ID,
		"手机号码：139****5678", "居民身份证号：110101********4514"} {
		if !strings.Contains(page, want) {
			t.Errorf("version 2's page lacks %q", want)
		}
	}
	for _, raw := range []string{"110101199003074514", "13912345678"} {
		if strings.Contains(page, raw) {
			t.Errorf("the page shows %s", raw)
		}
	}
	b.do("opening version 1 again", chromedp.Navigate(ts.URL+"/reviews/"+v1.ID), chromedp.WaitVisible(chromedp.CSS(`section.versions`)))
	page = b.html()
	if !strings.Contains(page, "已被新版本取代") || strings.Contains(page, `id="release"`) || strings.Contains(page, `data-resubmit=`) {
		t.Error("version 1 does not say it was superseded, or still offers release or resubmission")
	}
	if len(b.problems) > 0 {
		t.Errorf("page problems: %v", b.problems)
	}
}
