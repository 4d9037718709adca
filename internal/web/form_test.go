package web

import (
	"encoding/csv"
	"net/http"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
)

// decided submits the block draft as pub1 and has rev1 and rev2 dismiss
// and approve it; it returns the review id.
func decided(t *testing.T, e *env) string {
	t.Helper()
	c, tok := e.signedIn(pub1)
	id := c.submit(tok, "某府办〔2026〕7号通知.txt", reviewtest.BlockText)
	r, err := e.svc.Get(review.Actor{Name: pub1, Role: review.Publisher}, id)
	if err != nil {
		t.Fatal(err)
	}
	in := review.DecisionInput{Decision: review.Approve, Comment: "已核实，同意公开"}
	for _, fid := range r.Blocking() {
		in.Dismissed = append(in.Dismissed, review.DismissInput{FindingID: fid, Reason: "模板残留，已删除"})
	}
	if _, err := e.svc.Decide(review.Actor{Name: rev1, Role: review.Reviewer}, id, in); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Decide(review.Actor{Name: rev2, Role: review.Reviewer}, id, review.DecisionInput{Decision: review.Approve}); err != nil {
		t.Fatal(err)
	}
	return id
}

// TestFormPage: the 保密审查单 is a page of its own for the roles that read
// the review, allowed its inline style by hash and nothing else.
func TestFormPage(t *testing.T) {
	e := newEnv(t, nil, false)
	id := decided(t, e)
	for _, who := range []string{pub1, rev1, aud1} {
		c, _ := e.signedIn(who)
		r := c.get("/reviews/" + id + "/form")
		wantStatus(t, r, http.StatusOK)
		wantContains(t, r, "信息公开保密审查单", "某府办〔2026〕7号", "rev.zhao", "rev.qian", "同意公开", "保守国家秘密法",
			"部门负责人（签字）", "保密办", `href="/reviews/`+id+`"`)
		csp := r.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "style-src 'sha256-") || strings.Contains(csp, "unsafe-inline") || strings.Contains(r.body, "<script") {
			t.Errorf("%s: CSP %q", who, csp)
		}
		if strings.Contains(r.body, "/form.pdf") {
			t.Errorf("%s: a PDF link without a printer", who)
		}
	}
	c, _ := e.signedIn(pub1)
	wantContains(t, c.get("/reviews/"+id), `id="form-link" href="/reviews/`+id+`/form"`)
	r := c.get("/reviews/" + id + "/form.pdf")
	wantStatus(t, r, http.StatusServiceUnavailable)
	wantContains(t, r, "apt-get install chromium")
	for _, who := range []string{pub2, adm1} {
		c, _ := e.signedIn(who)
		wantStatus(t, c.get("/reviews/"+id+"/form"), http.StatusForbidden)
	}
}

// TestStatsPage: auditors see the figures with charts drawn on the
// server and download them as CSV for Excel; others may not.
func TestStatsPage(t *testing.T) {
	e := newEnv(t, nil, false)
	decided(t, e)
	c, tok := e.signedIn(pub1)
	c.submit(tok, "b.txt", reviewtest.PassText)
	ac, _ := e.signedIn(aud1)
	r := ac.get("/stats?from=2025-01-01&to=2027-12-31") // the UI clock is in 2025, the events now
	wantStatus(t, r, http.StatusOK)
	wantContains(t, r, `data-reviews="2"`, `<svg class="chart" id="chart-months"`, `id="chart-categories"`, "密级标志", "未注明单位")
	if strings.Contains(r.body, "<script>") || strings.Contains(r.body, "http://www.w3.org") {
		t.Error("stats page carries an inline script or an outside reference")
	}
	href := between(r.body, `id="stats-csv" href="`, `"`)
	href = strings.ReplaceAll(href, "&amp;", "&")
	csvr := ac.get(href)
	wantStatus(t, csvr, http.StatusOK)
	if !strings.HasPrefix(csvr.body, "\ufeff分组,名称,审查数") {
		t.Errorf("stats csv: %.60q", csvr.body)
	}
	wantStatus(t, ac.get("/stats?from=2025-02-30"), http.StatusBadRequest)
	rc, _ := e.signedIn(rev1)
	wantStatus(t, rc.get("/stats"), http.StatusForbidden)
}

// TestExportHonoursFilters: the trail's CSV has a BOM, Chinese headers
// and words, and holds exactly the events the page's filters select.
func TestExportHonoursFilters(t *testing.T) {
	e := newEnv(t, nil, false)
	id := decided(t, e)
	ac, _ := e.signedIn(aud1)
	page := ac.get("/audit?action=approved&review=" + id)
	href := strings.ReplaceAll(between(page.body, `id="export-csv" href="`, `"`), "&amp;", "&")
	if !strings.Contains(href, "action=approved") || !strings.Contains(href, "review="+id) {
		t.Fatalf("export link %q drops the filters", href)
	}
	r := ac.get(href)
	wantStatus(t, r, http.StatusOK)
	if !strings.HasPrefix(r.body, "\ufeff") {
		t.Fatal("no BOM")
	}
	recs, err := csv.NewReader(strings.NewReader(r.body[len("\ufeff"):])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0][:5], ",") != "序号,时间,操作人,角色,操作" {
		t.Errorf("header %v", recs[0])
	}
	if len(recs) != 3 {
		t.Fatalf("%d approvals exported, want 2: %v", len(recs)-1, recs)
	}
	for _, rec := range recs[1:] {
		if rec[4] != "批准" || rec[5] != id || rec[3] != "保密审查员" || !strings.Contains(rec[7], "批准：已批准") {
			t.Errorf("row %v", rec)
		}
	}
	// The export is itself in the trail, with its filter.
	tl := ac.get("/audit?action=trail_exported")
	wantContains(t, tl, "CSV 表格", "approved")
	wantStatus(t, ac.get("/audit/export?format=csv&from=yesterday"), http.StatusBadRequest)
}

// TestClerkWording: rule ids only on hover, "…" where an excerpt was cut,
// coded audit details in words.
func TestClerkWording(t *testing.T) {
	e := newEnv(t, nil, false)
	c, tok := e.signedIn(pub1)
	id := c.submit(tok, "a.txt", reviewtest.ReviewText)
	r := c.get("/reviews/" + id)
	wantContains(t, r, `title="规则 sensitive_term.dict"`, "…<mark>工作秘密</mark>")
	if strings.Contains(r.body, ">sensitive_term.dict<") {
		t.Error("the rule id is shown as text to the clerk")
	}
	ac, _ := e.signedIn(aud1)
	wantContains(t, ac.get("/audit/reviews/"+id), "敏感词 1 项")
}

func between(s, a, b string) string {
	i := strings.Index(s, a)
	if i < 0 {
		return ""
	}
	s = s[i+len(a):]
	if j := strings.Index(s, b); j >= 0 {
		return s[:j]
	}
	return s
}
