package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/scan"
	"github.com/mishen-gov/mishen/internal/server"
)

func wantStatus(t *testing.T, r resp, status int) {
	t.Helper()
	if r.StatusCode != status {
		t.Fatalf("%s %s: status %d, want %d\n%s", r.Request.Method, r.Request.URL.Path, r.StatusCode, status, r.body)
	}
}

func wantContains(t *testing.T, r resp, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(r.body, s) {
			t.Errorf("%s %s: page lacks %q", r.Request.Method, r.Request.URL.Path, s)
		}
	}
}

// TestWorkflow walks the whole flow through the pages (publisher uploads
// a blocked draft, two reviewers dismiss and approve, the publisher
// releases, an auditor reads the timeline and verifies the chain) and
// compares every page with its golden file.
func TestWorkflow(t *testing.T) {
	e := newEnv(t, nil, false)

	// Signed out: / goes to the sign-in form, whose input is named token.
	anon := e.client()
	r := anon.get("/")
	wantStatus(t, r, http.StatusSeeOther)
	if loc := r.Header.Get("Location"); loc != "/signin" {
		t.Fatalf("/ redirects to %q", loc)
	}
	r = anon.follow(r)
	wantStatus(t, r, http.StatusOK)
	wantContains(t, r, `name="token"`, `action="/signin"`)
	golden(t, "signin", r.body)

	// A publisher lands on the upload page, whose file input is named file.
	pub := e.client()
	r = pub.signIn(pub1)
	if r.Request.URL.Path != "/upload" {
		t.Fatalf("publisher landed on %s", r.Request.URL.Path)
	}
	wantContains(t, r, `name="file"`, `multiple`, `enctype="multipart/form-data"`, `name="content"`, "经一位审查员批准", "由两位审查员")
	golden(t, "upload", r.body)
	tok := csrf(t, r.body)

	id := pub.submit(tok, "通知.txt", reviewtest.BlockText+"\n"+reviewtest.ReviewText)
	r = pub.get("/reviews/" + id)
	wantStatus(t, r, http.StatusOK)
	wantContains(t, r, `data-verdict="block"`, `data-category="classified_marking"`, `data-category="sensitive_term"`,
		`<mark>秘密★</mark>`, report14, "通知.txt")
	golden(t, "review_publisher_block", r.body)

	r = pub.get("/mine")
	wantContains(t, r, `data-review="`+id+`"`, "待审查")
	golden(t, "mine", r.body)

	// Reviewers: the queue, then the review page with its form.
	rv1, tok1 := e.signedIn(rev1)
	r = rv1.get("/queue")
	wantContains(t, r, `data-review="`+id+`"`, "1 个阻断", "0/2")
	golden(t, "queue", r.body)
	r = rv1.get("/reviews/" + id)
	wantContains(t, r, `id="decide"`, `name="dismiss" value="F1"`, `name="reason_F1"`)
	golden(t, "review_reviewer", r.body)
	// A marked draft is read only through the audited document view:
	// its raw file is not offered for download.
	dl := rv1.get("/reviews/" + id + "/files/1")
	wantStatus(t, dl, http.StatusForbidden)
	wantContains(t, dl, "在文档中查看问题")
	if strings.Contains(dl.body, "秘密★") {
		t.Errorf("the refusal shows the draft: %q", dl.body)
	}

	// Approving with the blocking finding left is refused and re-shown
	// with what was typed.
	r = rv1.post("/reviews/"+id+"/decide", url.Values{"csrf": {tok1}, "decision": {"approve"}, "comment": {"看过了"}})
	wantStatus(t, r, http.StatusConflict)
	wantContains(t, r, "阻断项 F1 尚未排除", "看过了", `value="approve" checked`)
	golden(t, "review_refused", r.body)

	// A reason typed without ticking the box dismisses too.
	r = rv1.post("/reviews/"+id+"/decide", url.Values{"csrf": {tok1}, "decision": {"approve"},
		"reason_F1": {"系文件样式示例，非真实密级标志"}, "comment": {"同意发布"}})
	wantStatus(t, r, http.StatusSeeOther)
	r = rv1.follow(r)
	wantContains(t, r, "已批准。", "已由 rev.zhao", "系文件样式示例", "您已批准此稿件", "还需 1 位不同审查员批准")
	if strings.Contains(r.body, `id="decide"`) {
		t.Error("a reviewer who approved is offered the form again")
	}

	rv2, tok2 := e.signedIn(rev2)
	r = rv2.post("/reviews/"+id+"/decide", url.Values{"csrf": {tok2}, "decision": {"approve"}, "dismiss": {"F2"}, "reason_F2": {"已核实可以公开"}})
	wantStatus(t, r, http.StatusSeeOther)
	r = rv2.follow(r)
	wantContains(t, r, `data-status="cleared"`)

	// The publisher releases and sees the receipt.
	r = pub.get("/reviews/" + id)
	wantContains(t, r, `action="/reviews/`+id+`/release"`, `name="content_sha256"`)
	sha := regexp.MustCompile(`name="content_sha256" value="([0-9a-f]{64})"`).FindStringSubmatch(r.body)
	if sha == nil {
		t.Fatal("no hash in the release form")
	}
	r = pub.post("/reviews/"+id+"/release", url.Values{"csrf": {tok}, "content_sha256": {sha[1]}})
	wantStatus(t, r, http.StatusSeeOther)
	if loc := r.Header.Get("Location"); !strings.HasSuffix(loc, "#receipt") {
		t.Errorf("release redirects to %q", loc)
	}
	r = pub.follow(r)
	wantContains(t, r, `id="receipt"`, "发布回执", "rev.zhao、rev.qian", sha[1], "已发布，发布回执见下方。")
	golden(t, "review_released", r.body)

	// The auditor: search, timeline, verify, export.
	au, _ := e.signedIn(aud1)
	r = au.get("/audit?review=" + id)
	wantStatus(t, r, http.StatusOK)
	wantContains(t, r, `data-action="submitted"`, `data-action="released"`, `data-action="approved"`)
	golden(t, "audit", r.body)
	r = au.get("/audit/reviews/" + id)
	for _, a := range []string{"submitted", "scanned", "finding_dismissed", "approved", "released"} {
		wantContains(t, r, `data-action="`+a+`"`)
	}
	golden(t, "timeline", r.body)
	r = au.get("/audit/verify")
	wantContains(t, r, `data-chain="intact"`, "审计链完整")
	golden(t, "verify", r.body)
	r = au.get("/reviews/" + id)
	wantContains(t, r, `href="/audit/reviews/`+id+`"`)
	if strings.Contains(r.body, `id="decide"`) || strings.Contains(r.body, "/release\"") {
		t.Error("the auditor is offered a decision or a release")
	}

	// The admin's page.
	ad, adTok := e.signedIn(adm1)
	r = ad.get("/tokens")
	wantContains(t, r, `data-token="`+pub1+`"`)
	r = ad.post("/tokens", url.Values{"csrf": {adTok}, "name": {"pub.new"}, "role": {"publisher"}})
	wantStatus(t, r, http.StatusOK)
	wantContains(t, r, "已签发：pub.new")
	golden(t, "tokens_created", r.body)
	secret := regexp.MustCompile(`mishen_[A-Za-z0-9_-]{43}`).FindString(r.body)
	if _, err := e.svc.Authenticate(secret, review.OpRead); err != nil {
		t.Errorf("the token shown does not work: %v", err)
	}

	// Errors go through the one error page.
	r = au.get("/reviews/R99999999")
	wantStatus(t, r, http.StatusNotFound)
	golden(t, "error_404", r.body)
	r = pub.get("/queue")
	wantStatus(t, r, http.StatusForbidden)
	golden(t, "error_403", r.body)
}

const report14 = "第十四条"

// routeCase is one page or action with the roles it answers.
type routeCase struct {
	method, path string
	roles        []review.Role
}

// pageCases are every route of the UI with a signed-in role that gets
// through (the rest get 403). POSTs need a valid CSRF token and a
// matching role at the service; their allowed roles are listed too.
func pageCases(id string) []routeCase {
	return []routeCase{
		{"GET", "/upload", publishers},
		{"GET", "/mine", publishers},
		{"GET", "/queue", reviewers},
		{"GET", "/reviews/" + id, readers},
		{"GET", "/reviews/" + id + "/files/1", []review.Role{review.Publisher, review.Reviewer}},
		{"GET", "/audit", auditors},
		{"GET", "/audit/reviews/" + id, auditors},
		{"GET", "/audit/verify", auditors},
		{"GET", "/audit/export?format=csv", auditors},
		{"GET", "/tokens", admins},
		{"POST", "/upload", publishers},
		{"POST", "/reviews/" + id + "/decide", reviewers},
		{"POST", "/reviews/" + id + "/release", publishers},
		{"POST", "/tokens", admins},
		{"POST", "/tokens/revoke", admins},
		{"POST", "/signout", []review.Role{review.Publisher, review.Reviewer, review.Auditor, review.Admin}},
	}
}

func (c *client) request(rc routeCase, token string) resp {
	c.t.Helper()
	if rc.method == http.MethodGet {
		return c.get(rc.path)
	}
	if rc.path == "/upload" {
		return c.upload(token, []filePart{{"file", "a.txt", []byte(reviewtest.PassText)}})
	}
	form := url.Values{}
	if token != "" {
		form.Set("csrf", token)
	}
	switch {
	case strings.HasSuffix(rc.path, "/decide"):
		form.Set("decision", "reject")
		form.Set("comment", "请修改")
	case strings.HasSuffix(rc.path, "/release"):
		form.Set("content_sha256", strings.Repeat("0", 64))
	case rc.path == "/tokens":
		form.Set("name", "x.y")
		form.Set("role", "auditor")
	case rc.path == "/tokens/revoke":
		form.Set("name", "nobody")
	}
	return c.post(rc.path, form)
}

// TestSignedOutRedirects: every page and action sends a signed-out
// person to the sign-in form; a GET remembers where they were going.
func TestSignedOutRedirects(t *testing.T) {
	e := newEnv(t, nil, false)
	c := e.client()
	for _, rc := range pageCases("R00000001") {
		r := c.request(rc, "")
		if r.StatusCode != http.StatusSeeOther {
			t.Errorf("%s %s signed out: %d, want 303", rc.method, rc.path, r.StatusCode)
			continue
		}
		loc := r.Header.Get("Location")
		want := "/signin"
		if rc.method == http.MethodGet {
			want += "?next=" + url.QueryEscape(rc.path)
		}
		if loc != want {
			t.Errorf("%s %s signed out: redirect to %q, want %q", rc.method, rc.path, loc, want)
		}
	}
	// A stale session cookie is cleared on the way.
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+"/upload", nil)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: "stale"})
	r := c.do(req)
	wantStatus(t, r, http.StatusSeeOther)
	if !strings.Contains(strings.Join(r.Header.Values("Set-Cookie"), "\n"), sessionCookie+"=; Path=/") {
		t.Errorf("stale cookie not cleared: %v", r.Header.Values("Set-Cookie"))
	}
}

// TestRoles: a signed-in role that a page is not for gets 403 through
// the error page; the roles it is for get through. Every refusal by role
// is recorded in the audit trail: POSTs by the service, pages by the UI
// through the service's denied events.
func TestRoles(t *testing.T) {
	e := newEnv(t, nil, false)
	pc, ptok := e.signedIn(pub1)
	id := pc.submit(ptok, "a.txt", reviewtest.ReviewText)
	before := countDenied(t, e)
	refused := 0
	for _, name := range []string{pub1, rev1, aud1, adm1} {
		role := roleOf[name]
		for _, rc := range pageCases(id) {
			if rc.path == "/signout" {
				continue
			}
			c, tok := e.signedIn(name)
			r := c.request(rc, tok)
			allowed := false
			for _, ro := range rc.roles {
				allowed = allowed || ro == role
			}
			switch {
			case allowed && r.StatusCode == http.StatusForbidden:
				t.Errorf("%s %s as %s: 403\n%s", rc.method, rc.path, role, r.body)
			case !allowed && r.StatusCode != http.StatusForbidden:
				t.Errorf("%s %s as %s: %d, want 403", rc.method, rc.path, role, r.StatusCode)
			case !allowed:
				if !strings.Contains(r.body, `data-status="403"`) {
					t.Errorf("%s %s as %s: 403 without the error page", rc.method, rc.path, role)
				}
				refused++
			}
		}
	}
	if got := countDenied(t, e) - before; got < refused {
		t.Errorf("%d requests refused by role, %d denied events recorded", refused, got)
	}
	// A publisher cannot read another publisher's review.
	other, _ := e.signedIn(pub2)
	wantStatus(t, other.get("/reviews/"+id), http.StatusForbidden)
}

func countDenied(t *testing.T, e *env) int {
	t.Helper()
	evs, _, err := e.svc.Events(review.LocalActor(), audit.Filter{Action: audit.ActionDenied, Limit: audit.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	return len(evs)
}

// TestCSRF: every form that changes state is refused without its token or
// with another session's, and nothing changes.
func TestCSRF(t *testing.T) {
	e := newEnv(t, nil, false)
	pc, ptok := e.signedIn(pub1)
	id := pc.submit(ptok, "a.txt", reviewtest.ReviewText)
	_, otherTok := e.signedIn(pub2)
	for _, rc := range pageCases(id) {
		if rc.method != http.MethodPost {
			continue
		}
		name := map[review.Role]string{review.Publisher: pub1, review.Reviewer: rev1, review.Auditor: aud1, review.Admin: adm1}[rc.roles[0]]
		c, _ := e.signedIn(name)
		for _, bad := range []string{"", otherTok, "x"} {
			r := c.request(rc, bad)
			if r.StatusCode != http.StatusForbidden || !strings.Contains(r.body, "安全令牌") {
				t.Errorf("%s %s with csrf %q: %d, want 403 with the CSRF message", rc.method, rc.path, bad, r.StatusCode)
			}
		}
		// Still signed in: sign-out without a token did nothing.
		if rc.path == "/signout" {
			wantStatus(t, c.get("/upload"), http.StatusOK)
		}
	}
	rs, _, err := e.svc.List(review.Actor{Name: rev1, Role: review.Reviewer}, review.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Status != review.Pending {
		t.Errorf("forged requests changed state: %+v", rs)
	}

	// The sign-in form has its own token (login CSRF).
	c := e.client()
	r := c.post("/signin", url.Values{"token": {e.tokens[pub1]}})
	wantStatus(t, r, http.StatusForbidden)
	c.get("/signin")
	r = c.post("/signin", url.Values{"token": {e.tokens[pub1]}, "csrf": {"wrong"}})
	wantStatus(t, r, http.StatusForbidden)
}

// TestUploadCSRFFirst: a file before the CSRF token is refused before it
// is read, so a forged upload is never scanned.
func TestUploadCSRFFirst(t *testing.T) {
	e := newEnv(t, nil, false)
	c, tok := e.signedIn(pub1)
	ct, body := multipartBody(t, nil, []filePart{{"file", "a.txt", []byte(reviewtest.BlockText)}})
	body = append([]byte(nil), body...)
	// Put the token after the file by hand.
	ct2, body2 := multipartBody(t, nil, []filePart{{"file", "a.txt", []byte(reviewtest.BlockText)}, {"csrf", "", []byte(tok)}})
	for _, b := range []struct {
		ct   string
		body []byte
	}{{ct, body}, {ct2, body2}} {
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/upload", strings.NewReader(string(b.body)))
		req.Header.Set("Content-Type", b.ct)
		wantStatus(t, c.do(req), http.StatusForbidden)
	}
	rs, _, _ := e.svc.List(review.Actor{Name: pub1, Role: review.Publisher}, review.ListQuery{})
	if len(rs) != 0 {
		t.Errorf("a forged upload was recorded: %+v", rs)
	}
}

// TestSignIn checks the session cookie and the sign-in form's answers.
func TestSignIn(t *testing.T) {
	for _, tls := range []bool{false, true} {
		e := newEnv(t, nil, tls)
		c := e.client()
		form := c.get("/signin")
		if !strings.Contains(strings.Join(form.Header.Values("Set-Cookie"), ";"), "SameSite=Strict") {
			t.Errorf("sign-in cookie: %v", form.Header.Values("Set-Cookie"))
		}
		tok := csrf(t, form.body)
		r := c.post("/signin", url.Values{"csrf": {tok}, "token": {"mishen_wrong"}})
		wantStatus(t, r, http.StatusUnauthorized)
		wantContains(t, r, "令牌无效或已被吊销", `name="token"`)
		r = c.post("/signin", url.Values{"csrf": {tok}, "token": {e.tokens[rev1]}, "next": {"/reviews/R00000001"}})
		wantStatus(t, r, http.StatusSeeOther)
		if loc := r.Header.Get("Location"); loc != "/reviews/R00000001" {
			t.Errorf("next not honoured: %q", loc)
		}
		var sc *http.Cookie
		for _, ck := range r.Cookies() {
			if ck.Name == sessionCookie {
				sc = ck
			}
		}
		if sc == nil {
			t.Fatal("no session cookie")
		}
		if !sc.HttpOnly || sc.SameSite != http.SameSiteStrictMode || sc.Path != "/" || sc.MaxAge != int((8*time.Hour).Seconds()) ||
			sc.Expires.IsZero() || sc.Secure != tls {
			t.Errorf("tls=%v: session cookie %+v", tls, sc)
		}
		raw := strings.Join(r.Header.Values("Set-Cookie"), "\n")
		if strings.Contains(raw, e.tokens[rev1]) {
			t.Error("the token itself is in a cookie")
		}
		// Signed in, / goes home and /signin goes home too.
		if loc := c.get("/").Header.Get("Location"); loc != "/queue" {
			t.Errorf("reviewer home: %q", loc)
		}
		if loc := c.get("/signin").Header.Get("Location"); loc != "/queue" {
			t.Errorf("signed-in /signin: %q", loc)
		}

		// Sign-out ends the session on the server: the old cookie is dead.
		p := c.get("/queue")
		r = c.post("/signout", url.Values{"csrf": {csrf(t, p.body)}})
		wantStatus(t, r, http.StatusSeeOther)
		replay := e.client()
		req, _ := http.NewRequest(http.MethodGet, e.srv.URL+"/queue", nil)
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: sc.Value})
		wantStatus(t, replay.do(req), http.StatusSeeOther)
		if !strings.Contains(c.follow(r).body, "您已退出登录") {
			t.Error("no sign-out confirmation")
		}
	}
}

// TestNextIsLocal: the page after sign-in is never another origin.
func TestNextIsLocal(t *testing.T) {
	for _, next := range []string{"//evil.example/", `/\evil.example`, "https://evil.example/", "javascript:alert(1)", "/signin", ""} {
		if got := safeNext(next); got != "" {
			t.Errorf("safeNext(%q) = %q", next, got)
		}
	}
	for _, next := range []string{"/queue", "/reviews/R00000001?x=1", "/audit?review=R1&from=2025-01-01"} {
		if got := safeNext(next); got != next {
			t.Errorf("safeNext(%q) = %q", next, got)
		}
	}
}

// TestSessionEnds: idle and absolute expiry, and a revoked token, each
// end a session.
func TestSessionEnds(t *testing.T) {
	e := newEnv(t, nil, false)
	c, _ := e.signedIn(pub1)
	e.clock.advance(59 * time.Minute)
	wantStatus(t, c.get("/upload"), http.StatusOK)
	e.clock.advance(61 * time.Minute)
	r := c.get("/upload")
	if r.StatusCode != http.StatusSeeOther || !strings.HasPrefix(r.Header.Get("Location"), "/signin") {
		t.Errorf("after an idle hour: %d %s", r.StatusCode, r.Header.Get("Location"))
	}

	c, _ = e.signedIn(pub1)
	for range 9 {
		e.clock.advance(55 * time.Minute)
		c.get("/upload")
	}
	if r := c.get("/upload"); r.StatusCode != http.StatusSeeOther {
		t.Errorf("a session outlived its 8 hours: %d", r.StatusCode)
	}

	c, _ = e.signedIn(rev1)
	if _, err := e.svc.RevokeToken(review.LocalActor(), rev1); err != nil {
		t.Fatal(err)
	}
	if r := c.get("/queue"); r.StatusCode != http.StatusSeeOther {
		t.Errorf("a revoked token's session still works: %d", r.StatusCode)
	}
	if n := e.ui.sessions.len(); n > 3 {
		t.Errorf("%d sessions kept", n)
	}
}

// TestSessionCap: one token signing in again and again ends only its
// own oldest sessions (SessionsPerUser); when the store is full of other
// users' live sessions a new sign-in is refused, and nobody else's
// session is dropped.
func TestSessionCap(t *testing.T) {
	st := newSessionStore(time.Hour, time.Hour, 5, 2, time.Now)
	other, _, ok := st.create("o", review.Actor{Name: "other", Role: review.Reviewer})
	if !ok {
		t.Fatal("first session refused")
	}
	var ids []string
	for range 10_000 {
		id, _, ok := st.create("s", review.Actor{Name: "n", Role: review.Publisher})
		if !ok {
			t.Fatal("a user's own sessions filled the store")
		}
		ids = append(ids, id)
	}
	if st.len() != 3 {
		t.Errorf("%d sessions, want 3 (2 of n, 1 of other)", st.len())
	}
	if st.get(ids[len(ids)-1]) == nil || st.get(ids[len(ids)-2]) == nil {
		t.Error("the newest sessions were dropped")
	}
	if st.get(other) == nil {
		t.Fatal("another user's session was evicted")
	}
	for i := range 2 {
		if _, _, ok := st.create("x", review.Actor{Name: fmt.Sprintf("u%d", i), Role: review.Publisher}); !ok {
			t.Fatal("refused below the cap")
		}
	}
	if _, _, ok := st.create("y", review.Actor{Name: "late", Role: review.Publisher}); ok {
		t.Error("a sign-in beyond MaxSessions was admitted")
	}
	if st.get(other) == nil {
		t.Fatal("another user's session was evicted when the store was full")
	}
}

// TestUploadXHR: the page's script gets JSON with the result's address;
// errors come back as JSON too.
func TestUploadXHR(t *testing.T) {
	e := newEnv(t, nil, false)
	c, tok := e.signedIn(pub1)
	ct, body := multipartBody(t, [][2]string{{"csrf", tok}, {"title", "粘贴的通知"}, {"content", reviewtest.PassText}, {"format", "text"}}, nil)
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/upload", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", ct)
	req.Header.Set("X-Requested-With", "XMLHttpRequest")
	r := c.do(req)
	wantStatus(t, r, http.StatusOK)
	var got map[string]string
	if err := json.Unmarshal([]byte(r.body), &got); err != nil || !strings.HasPrefix(got["location"], "/reviews/R") {
		t.Fatalf("XHR answer %q (%v)", r.body, err)
	}
	p := c.get(got["location"])
	wantContains(t, p, `data-verdict="pass"`, "粘贴的通知", "content.txt", "已自动通过")

	ct, body = multipartBody(t, [][2]string{{"csrf", tok}}, nil)
	req, _ = http.NewRequest(http.MethodPost, e.srv.URL+"/upload", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", ct)
	req.Header.Set("X-Requested-With", "XMLHttpRequest")
	r = c.do(req)
	wantStatus(t, r, http.StatusBadRequest)
	if !strings.Contains(r.body, `"error":"请选择要审查的文件`) {
		t.Errorf("XHR error: %s", r.body)
	}
}

// TestUploadTooLarge: over the limit is 413 through the error page.
func TestUploadTooLarge(t *testing.T) {
	e := newEnv(t, nil, false)
	c, tok := e.signedIn(pub1)
	r := c.upload(tok, []filePart{{"file", "big.txt", make([]byte, 2<<20)}})
	wantStatus(t, r, http.StatusRequestEntityTooLarge)
	wantContains(t, r, "超过上限 1 MB", `href="/upload"`)
}

// syntheticID returns an 18-digit ID with a valid GB 11643 check digit:
// not anyone's number.
func syntheticID(first17 string) string { return detect.CompleteID(first17) }

// TestRawIDNeverShown runs the real scanner: an ID in a draft is found,
// and no page that shows the finding carries the raw number.
func TestRawIDNeverShown(t *testing.T) {
	sc, err := scan.New(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, sc, false)
	id := syntheticID("33010219791122301")
	c, tok := e.signedIn(pub1)
	rid := c.submit(tok, "名单.txt", "关于补贴发放的公示\n申请人张某某，公民身份号码 "+id+"，经审核符合条件。")
	pages := []resp{c.get("/reviews/" + rid)}
	wantContains(t, pages[0], `data-verdict="block"`, `data-category="id_card"`, "330102********", "<mark>")
	rc, _ := e.signedIn(rev1)
	pages = append(pages, rc.get("/reviews/"+rid), rc.get("/queue"))
	ac, _ := e.signedIn(aud1)
	pages = append(pages, ac.get("/audit/reviews/"+rid), ac.get("/audit"), ac.get("/audit/export?format=jsonl"), ac.get("/audit/export?format=csv"))
	for _, p := range pages {
		wantStatus(t, p, http.StatusOK)
		if strings.Contains(p.body, id) || strings.Contains(p.body, id[6:14]) {
			t.Errorf("%s shows the raw ID", p.Request.URL)
		}
	}
}

// TestExport: both formats download with the right type.
func TestExport(t *testing.T) {
	e := newEnv(t, nil, false)
	c, _ := e.signedIn(aud1)
	r := c.get("/audit/export?format=csv")
	wantStatus(t, r, http.StatusOK)
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("csv content type %q", ct)
	}
	if !strings.HasPrefix(r.body, "\ufeff序号,时间,操作人,角色,操作,审查编号") || !strings.Contains(r.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("csv export: %q", r.body)
	}
	r = c.get("/audit/export?format=jsonl")
	wantStatus(t, r, http.StatusOK)
	lines := strings.Split(strings.TrimSpace(r.body), "\n")
	if len(lines) < len(roleOf) {
		t.Errorf("jsonl export has %d lines", len(lines))
	}
	var ev audit.Event
	if err := json.Unmarshal([]byte(lines[0]), &ev); err != nil || ev.Seq != 1 {
		t.Errorf("jsonl line 1: %v %+v", err, ev)
	}
	wantStatus(t, c.get("/audit/export?format=xml"), http.StatusBadRequest)
}

// TestAuditSearch filters by actor, action and date.
func TestAuditSearch(t *testing.T) {
	e := newEnv(t, nil, false)
	pc, tok := e.signedIn(pub1)
	pc.submit(tok, "a.txt", reviewtest.PassText)
	c, _ := e.signedIn(aud1)
	r := c.get("/audit?actor=" + pub1 + "&action=submitted")
	if n := strings.Count(r.body, `data-action="submitted"`); n != 1 {
		t.Errorf("actor+action filter: %d rows", n)
	}
	if strings.Contains(r.body, `data-action="token_created"`) {
		t.Error("action filter let other actions through")
	}
	today := time.Now().UTC().Format(dateLayout)
	r = c.get("/audit?from=" + today + "&to=" + today + "&action=submitted")
	if !strings.Contains(r.body, `data-action="submitted"`) {
		t.Error("today's events missing from a date search")
	}
	r = c.get("/audit?to=2000-01-01")
	if strings.Contains(r.body, "data-seq=") {
		t.Error("events before 2000 found")
	}
	r = c.get("/audit?from=yesterday")
	wantStatus(t, r, http.StatusBadRequest)
	wantContains(t, r, "起始日期格式不对")
}

// TestVerifyBroken: a broken chain is shown as broken, with the event.
func TestVerifyBroken(t *testing.T) {
	d := verifyData{Sum: audit.Summary{OK: false, Events: 3, Breaks: 1},
		Breaks: []audit.Break{{Seq: 2, Kind: audit.BreakHash, Message: "第 2 号事件的内容与其哈希不符（事件被改动）"}}}
	e := newEnv(t, nil, false)
	c, _ := e.signedIn(aud1)
	// Render the page directly with a broken summary.
	rec := &recorder{header: http.Header{}}
	q := &request{w: rec, r: c.get("/audit").Request}
	q.r.URL.RawQuery = ""
	q.c, _ = gin.CreateTestContext(rec)
	if err := e.ui.render(q, http.StatusOK, "verify", "校验审计链", d); err != nil {
		t.Fatal(err)
	}
	body := rec.body.String()
	for _, s := range []string{`data-chain="broken"`, `data-break="2"`, "hash_mismatch", "发现 1 处问题"} {
		if !strings.Contains(body, s) {
			t.Errorf("broken chain page lacks %q", s)
		}
	}
}

// TestSelfContained: nothing in the templates or assets refers to another
// origin, and every page says so with its CSP.
func TestSelfContained(t *testing.T) {
	ext := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|url\(`)
	for _, root := range []fs.FS{templateFS, staticFS} {
		fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, _ := fs.ReadFile(root, p)
			s := string(b)
			if p == "static/icon.svg" {
				s = strings.ReplaceAll(s, `xmlns="http://www.w3.org/2000/svg"`, "")
			}
			if m := ext.FindString(s); m != "" {
				t.Errorf("%s refers to %q", p, m)
			}
			return nil
		})
	}
	e := newEnv(t, nil, false)
	r := e.client().get("/signin")
	csp := r.Header.Get("Content-Security-Policy")
	for _, s := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, s) {
			t.Errorf("CSP %q lacks %q", csp, s)
		}
	}
	if r.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("page Cache-Control %q", r.Header.Get("Cache-Control"))
	}
	for name, a := range e.ui.assets {
		r := e.client().get("/assets/" + name + "?v=" + a.version)
		wantStatus(t, r, http.StatusOK)
		if !strings.Contains(r.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s not cacheable", name)
		}
	}
	wantStatus(t, e.client().get("/assets/nope.js"), http.StatusNotFound)
}

// TestMountsOnServer: the UI mounts on the API server without clashing.
func TestMountsOnServer(t *testing.T) {
	e := newEnv(t, nil, false)
	srv := server.New(config.Default(), e.svc, server.Options{Register: []func(*gin.Engine){e.ui.Register}})
	for path, want := range map[string]int{"/": http.StatusSeeOther, "/signin": http.StatusOK, "/healthz": http.StatusOK,
		"/api/v1/reviews": http.StatusUnauthorized} {
		rec := &recorder{header: http.Header{}}
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, path, nil)
		srv.Handler().ServeHTTP(rec, req)
		if rec.status != want {
			t.Errorf("GET %s on the server: %d, want %d", path, rec.status, want)
		}
	}
}

// TestTemplatesParse renders every page once with its zero data, so that
// a template that names a missing field fails here, not in production.
func TestTemplatesParse(t *testing.T) {
	e := newEnv(t, nil, false)
	c, _ := e.signedIn(aud1)
	base := c.get("/audit").Request
	datas := map[string]any{"patrol": patrolData{}, "patrolfindings": patrolFindingsData{}, "signin": signinData{}, "error": errorData{}, "upload": uploadData{}, "list": listData{},
		"review": reviewData{R: &review.Review{}}, "audit": auditData{}, "timeline": timelineData{R: &review.Review{}},
		"verify": verifyData{}, "tokens": tokensData{}, "stats": statsData{}, "docview": &docViewData{R: &review.Review{}}}
	for name := range e.ui.pages {
		d, ok := datas[name]
		if !ok {
			t.Errorf("page %s has no test data", name)
			continue
		}
		rec := &recorder{header: http.Header{}}
		q := &request{w: rec, r: base}
		q.c, _ = gin.CreateTestContext(rec)
		if err := e.ui.render(q, http.StatusOK, name, name, d); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// recorder is a minimal http.ResponseWriter.
type recorder struct {
	header http.Header
	status int
	body   strings.Builder
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(s int)   { r.status = s }
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}
