package web_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/patrol"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/web"
)

// patrolRawID is the synthetic ID on the test site's page.
const patrolRawID = "110101199003074514"

// patrolTestSite is a small published site on loopback: a marked page, a
// page with an ID, a clean page and a DOCX with IDs in a table.
func patrolTestSite(t *testing.T) *httptest.Server {
	t.Helper()
	docx, err := os.ReadFile(filepath.Join("..", "..", "testdata", "blind9", "b9_docx_table_id.docx"))
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{
		"/":       `<html><head><meta charset="utf-8"><title>某县政府</title></head><body><a href="/a.html">通知</a> <a href="/b.html">公示</a> <a href="/c.html">简介</a> <a href="/files/名单.docx">附件</a> <a href="/slow.html">专题</a></body></html>`,
		"/a.html": `<html><head><meta charset="utf-8"></head><body><p>秘密★1年</p><p>关于做好工作的通知</p></body></html>`,
		"/b.html": `<html><head><meta charset="utf-8"></head><body><p>联系人手机13812345678，身份证号` + patrolRawID + `。</p></body></html>`,
		"/c.html": `<html><head><meta charset="utf-8"></head><body><p>本机关欢迎社会各界监督，服务热线12345。</p></body></html>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/files/名单.docx" {
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
			w.Write(docx)
			return
		}
		if r.URL.Path == "/slow.html" {
			// Slow enough that the page shows the patrol running.
			select {
			case <-time.After(3 * time.Second):
			case <-r.Context().Done():
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<html><body><p>专题页面</p></body></html>`))
			return
		}
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestPatrolBrowser drives the patrol pages from headless Chromium: an
// auditor starts a patrol of a site on loopback, watches it end and reads
// the results most severe first with links to the live URLs; a reviewer
// confirms one patrol finding and dismisses another with a reason.
func TestPatrolBrowser(t *testing.T) {
	needChromium(t)
	site := patrolTestSite(t)
	svc, cfg, sc := realService(t)
	tokens := map[string]string{}
	for name, role := range map[string]review.Role{"审查员甲": review.Reviewer, "审计员孙某": review.Auditor} {
		secret, _, err := svc.CreateToken(review.LocalActor(), role, name)
		if err != nil {
			t.Fatal(err)
		}
		tokens[name] = secret
	}
	st, err := patrol.OpenState(filepath.Join(cfg.DataDir, "patrol.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pm := patrol.NewManager(st, sc, patrol.Config{Concurrency: 2, Timeout: 10 * time.Second},
		func(actor, role, action string, d map[string]string) error {
			return svc.RecordPatrol(review.Actor{Name: actor, Role: review.Role(role)}, action, d)
		})
	defer pm.Close()
	ui := web.New(svc, web.Options{MaxUploadBytes: cfg.MaxUploadBytes, MaxFiles: cfg.MaxFiles, Version: "browser-test", Patrol: pm})
	srv := server.New(cfg, svc, server.Options{Register: []func(*gin.Engine){ui.Register}, Version: "browser-test"})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	b := startBrowser(t, ts.URL, 90*time.Second)

	// The auditor starts a patrol and the page follows it to the end.
	b.signIn(tokens["审计员孙某"], `.menu a[href="/patrol"]`)
	b.do("opening the patrol page",
		chromedp.Click(chromedp.CSS(`.menu a[href="/patrol"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#patrol-start`)),
	)
	b.shot("patrol-empty")
	b.do("starting a patrol",
		chromedp.SetValue(chromedp.CSS(`#p-urls`), site.URL+"/"),
		chromedp.Click(chromedp.CSS(`#patrol-go`)),
		chromedp.WaitVisible(chromedp.CSS(`#patrol-status[data-running="1"]`)),
	)
	b.shot("patrol-running")
	// The page's script reloads it when the patrol ends.
	b.do("waiting for the patrol to end",
		chromedp.WaitVisible(chromedp.CSS(`#patrol-status[data-running="0"]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.patrol-results tr[data-verdict="block"]`)),
	)
	verdicts := run(b, "result rows", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll('table.patrol-results tbody tr')).map(e => e.dataset.verdict)`))
	if len(verdicts) != 3 || verdicts[0] != "block" || verdicts[1] != "block" || verdicts[2] != "block" && verdicts[2] != "review" {
		t.Errorf("result rows %v, want the two marked pages and the DOCX first", verdicts)
	}
	for i := 1; i < len(verdicts); i++ {
		if verdicts[i] == "block" && verdicts[i-1] != "block" {
			t.Errorf("results not sorted by severity: %v", verdicts)
		}
	}
	href := b.attr(`table.patrol-results tr[data-url="`+site.URL+`/a.html"] td.url-cell a`, "href")
	if href != site.URL+"/a.html" || b.attr(`table.patrol-results tr[data-url="`+site.URL+`/a.html"] td.url-cell a`, "target") != "_blank" {
		t.Errorf("live link %q", href)
	}
	html := b.html()
	if strings.Contains(html, patrolRawID) {
		t.Error("the patrol page shows the raw ID")
	}
	if !strings.Contains(html, "110101********4514") {
		t.Error("the patrol page lacks the masked ID")
	}
	b.shot("patrol")
	b.signOut()

	// The reviewer works through the patrol findings.
	b.signIn(tokens["审查员甲"], `.menu a[href="/patrol/findings"]`)
	b.do("opening the patrol findings",
		chromedp.Click(chromedp.CSS(`.menu a[href="/patrol/findings"]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.patrol-findings tr[data-status="open"]`)),
	)
	ids := run(b, "open findings", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll('table.patrol-findings tr[data-status="open"]')).map(e => e.dataset.finding)`))
	if len(ids) != 3 {
		t.Fatalf("%d open patrol findings, want 3: %v", len(ids), ids)
	}
	b.shot("patrol-findings")
	b.do("confirming "+ids[0],
		chromedp.Click(chromedp.CSS(`tr[data-finding="`+ids[0]+`"] button[value="confirm"]`)),
		// The open tab comes back without it.
		chromedp.WaitNotPresent(chromedp.CSS(`tr[data-finding="`+ids[0]+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-finding="`+ids[1]+`"] input[name="reason"]`)),
	)
	b.do("dismissing "+ids[1],
		chromedp.SendKeys(chromedp.CSS(`tr[data-finding="`+ids[1]+`"] input[name="reason"]`), "已撤下，页面为旧版缓存"),
		chromedp.Click(chromedp.CSS(`tr[data-finding="`+ids[1]+`"] button[value="dismiss"]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`tr[data-finding="`+ids[1]+`"]`)),
	)
	b.do("all findings",
		chromedp.Navigate(ts.URL+"/patrol/findings?status=all"),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-finding="`+ids[0]+`"]`)),
	)
	if s := b.attr(`tr[data-finding="`+ids[0]+`"]`, "data-status"); s != patrol.FindingConfirmed {
		t.Errorf("%s is %s after confirming", ids[0], s)
	}
	if s := b.attr(`tr[data-finding="`+ids[1]+`"]`, "data-status"); s != patrol.FindingDismissed {
		t.Errorf("%s is %s after dismissing", ids[1], s)
	}
	b.shot("patrol-findings-all")
	b.signOut()

	// Every step is in the audit trail.
	evs, _, err := svc.Events(review.Actor{Name: "审计员孙某", Role: review.Auditor}, audit.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range evs {
		seen[e.Action]++
	}
	for action, want := range map[string]int{patrol.ActionStarted: 1, patrol.ActionFinished: 1, patrol.ActionRaised: 3,
		patrol.ActionConfirmed: 1, patrol.ActionDismissed: 1} {
		if seen[action] != want {
			t.Errorf("trail has %d %s, want %d", seen[action], action, want)
		}
	}

	origin, _ := url.Parse(ts.URL)
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, r := range b.requests {
		u, err := url.Parse(r)
		if err == nil && u.Scheme == "data" {
			continue
		}
		if err != nil || u.Host != origin.Host {
			t.Errorf("a page requested %s, outside %s", r, ts.URL)
		}
	}
	for _, p := range b.problems {
		t.Errorf("browser reported: %s", p)
	}
}
