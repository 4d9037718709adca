package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/patrol"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options tune the UI. The zero value is right for `mishen serve`.
type Options struct {
	// MaxUploadBytes bounds one upload request (413 beyond); 0 means
	// 64 MiB, the server's default.
	MaxUploadBytes int64
	// MaxFiles is shown on the upload page; the service enforces it.
	MaxFiles int
	// SessionTTL is how long a session lasts after sign-in; 0 means 8h.
	SessionTTL time.Duration
	// IdleTimeout ends a session not used for this long; 0 means 1h.
	IdleTimeout time.Duration
	// MaxSessions bounds the sessions held in memory; 0 means 10,000.
	// Beyond it (after expired ones are swept) a new sign-in is refused:
	// no user's session is dropped for another's.
	MaxSessions int
	// SessionsPerUser bounds one token's sessions; 0 means 8. Beyond it
	// that token's least recently used session ends.
	SessionsPerUser int
	// Location is the time zone times are shown in; nil means time.Local.
	Location *time.Location
	// Org is the office's name at the head of the 保密审查单.
	Org string
	// Printer prints the 保密审查单 to PDF; nil offers no PDF.
	Printer *form.Printer
	// Cleaner makes cleaned copies (区分处理稿); nil offers none.
	Cleaner server.Cleaner
	// SecureCookies sets the Secure flag on cookies even when the request
	// did not come over TLS, for a server behind a TLS-terminating proxy.
	SecureCookies bool
	// Logger receives internal errors; nil discards them.
	Logger *slog.Logger
	// Version is shown in the page footer.
	Version string
	// Now is the clock of sessions; nil means time.Now (tests set it).
	Now func() time.Time
	// Patrol runs website patrols (internal/web/patrol.go); nil hides
	// the patrol pages.
	Patrol *patrol.Manager
	// PatrolSeeds fill the patrol page's start form.
	PatrolSeeds []string
}

// UI is the web interface. It is safe for concurrent use.
type UI struct {
	svc      *review.Service
	opt      Options
	loc      *time.Location
	log      *slog.Logger
	sessions *sessionStore
	pages    map[string]*template.Template
	assets   map[string]asset
}

type asset struct {
	body    []byte
	ctype   string
	version string
}

// New returns the UI over svc. It parses the embedded templates, which
// cannot fail at run time once the package's tests pass.
func New(svc *review.Service, opt Options) *UI {
	if opt.MaxUploadBytes <= 0 {
		opt.MaxUploadBytes = 64 << 20
	}
	if opt.SessionTTL <= 0 {
		opt.SessionTTL = 8 * time.Hour
	}
	if opt.IdleTimeout <= 0 {
		opt.IdleTimeout = time.Hour
	}
	if opt.MaxSessions <= 0 {
		opt.MaxSessions = 10000
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	u := &UI{svc: svc, opt: opt, loc: opt.Location, log: opt.Logger}
	if u.loc == nil {
		u.loc = time.Local
	}
	if u.log == nil {
		u.log = slog.New(slog.DiscardHandler)
	}
	if opt.SessionsPerUser <= 0 {
		opt.SessionsPerUser = 8
	}
	u.sessions = newSessionStore(opt.SessionTTL, opt.IdleTimeout, opt.MaxSessions, opt.SessionsPerUser, opt.Now)
	u.assets = loadAssets()
	u.pages = u.parsePages()
	return u
}

func (u *UI) now() time.Time { return u.opt.Now() }

func loadAssets() map[string]asset {
	out := map[string]asset{}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = "application/octet-stream"
		}
		out[strings.TrimPrefix(p, "static/")] = asset{body: b, ctype: ct, version: hex.EncodeToString(sum[:6])}
		return nil
	})
	if err != nil {
		panic("web: embedded assets: " + err.Error())
	}
	return out
}

// parsePages builds one template set per page: the layout plus the page's
// own file, which defines "content".
func (u *UI) parsePages() map[string]*template.Template {
	base := template.Must(template.New("").Funcs(u.funcs()).ParseFS(templateFS, "templates/layout.html"))
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".html")
		if name == "layout" {
			continue
		}
		pages[name] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, n))
	}
	return pages
}

// route is one page or action. Public routes answer without a session;
// the others redirect a signed-out person to sign in. roles, when set,
// are the roles the page answers (403 for the others, recorded as a
// denied event for op, as the API records its refusals); actions that
// change state leave roles empty and let the service refuse, so that the
// refusal lands in the audit trail with its own reason.
type route struct {
	method, path string
	public       bool
	roles        []review.Role
	// op is what a role refusal is recorded as in the audit trail.
	op review.Op
	// multipart routes read their own body and check the CSRF token
	// themselves, before reading any file.
	multipart bool
	h         func(*request) error
}

var (
	publishers = []review.Role{review.Publisher}
	reviewers  = []review.Role{review.Reviewer}
	auditors   = []review.Role{review.Auditor}
	admins     = []review.Role{review.Admin}
	readers    = []review.Role{review.Publisher, review.Reviewer, review.Auditor}
)

func (u *UI) routes() []route {
	return []route{
		{method: http.MethodGet, path: "/", public: true, h: u.home},
		{method: http.MethodGet, path: "/signin", public: true, h: u.signinPage},
		{method: http.MethodPost, path: "/signin", public: true, h: u.signin},
		{method: http.MethodPost, path: "/signout", h: u.signout},
		{method: http.MethodGet, path: "/upload", roles: publishers, op: review.OpSubmit, h: u.uploadPage},
		{method: http.MethodPost, path: "/upload", multipart: true, h: u.upload},
		{method: http.MethodGet, path: "/mine", roles: publishers, op: review.OpList, h: u.mine},
		{method: http.MethodGet, path: "/queue", roles: reviewers, op: review.OpList, h: u.queue},
		{method: http.MethodGet, path: "/reviews/:id", roles: readers, op: review.OpRead, h: u.reviewPage},
		{method: http.MethodGet, path: "/reviews/:id/form", roles: readers, op: review.OpRead, h: u.formPage},
		{method: http.MethodGet, path: "/reviews/:id/form.pdf", roles: readers, op: review.OpRead, h: u.formPDF},
		{method: http.MethodGet, path: "/stats", roles: auditors, op: review.OpAudit, h: u.statsPage},
		{method: http.MethodGet, path: "/stats.csv", roles: auditors, op: review.OpAudit, h: u.statsCSV},
		{method: http.MethodGet, path: "/reviews/:id/files/:n", roles: []review.Role{review.Publisher, review.Reviewer}, op: review.OpRead, h: u.draftFile},
		{method: http.MethodGet, path: "/reviews/:id/files/:n/view", roles: readers, op: review.OpRead, h: u.documentView},
		{method: http.MethodGet, path: "/reviews/:id/files/:n/pages/:p", roles: []review.Role{review.Publisher, review.Reviewer}, op: review.OpRead, h: u.pageImage},
		{method: http.MethodPost, path: "/reviews/:id/decide", h: u.decide},
		{method: http.MethodPost, path: "/reviews/:id/release", h: u.release},
		{method: http.MethodGet, path: "/reviews/:id/files/:n/cleaned", roles: []review.Role{review.Publisher, review.Reviewer}, op: review.OpRead, h: u.cleanedFile},
		{method: http.MethodPost, path: "/reviews/:id/files/:n/cleaned", h: u.resubmitCleaned},
		{method: http.MethodPost, path: "/reviews/:id/withdraw", h: u.withdraw},
		{method: http.MethodGet, path: "/audit", roles: auditors, op: review.OpAudit, h: u.auditSearch},
		{method: http.MethodGet, path: "/audit/reviews/:id", roles: auditors, op: review.OpAudit, h: u.timeline},
		{method: http.MethodGet, path: "/audit/verify", roles: auditors, op: review.OpVerify, h: u.verify},
		{method: http.MethodGet, path: "/audit/export", roles: auditors, op: review.OpAudit, h: u.exportFiltered},
		{method: http.MethodGet, path: "/patrol", roles: auditors, op: review.OpAudit, h: u.patrolPage},
		{method: http.MethodGet, path: "/patrol/status", roles: auditors, op: review.OpAudit, h: u.patrolStatus},
		{method: http.MethodPost, path: "/patrol/start", h: u.patrolStart},
		{method: http.MethodPost, path: "/patrol/stop", h: u.patrolStop},
		{method: http.MethodGet, path: "/patrol/findings", roles: []review.Role{review.Reviewer, review.Auditor}, op: review.OpList, h: u.patrolFindings},
		{method: http.MethodPost, path: "/patrol/findings/:id", h: u.patrolDecide},
		{method: http.MethodGet, path: "/tokens", roles: admins, op: review.OpTokens, h: u.tokens},
		{method: http.MethodPost, path: "/tokens", h: u.createToken},
		{method: http.MethodPost, path: "/tokens/revoke", h: u.revokeToken},
	}
}

// Register mounts the UI on e. Its paths do not clash with the API's
// (/api, /healthz, /metrics).
func (u *UI) Register(e *gin.Engine) {
	for _, rt := range u.routes() {
		e.Handle(rt.method, rt.path, u.adapt(rt))
	}
	e.GET("/assets/:file", u.serveAsset)
}

// Handler returns the UI alone on an engine of its own, for tests and for
// embedding without the API.
func (u *UI) Handler() http.Handler {
	e := gin.New()
	e.ContextWithFallback = true
	u.Register(e)
	return e
}

// request is what a handler works with: the exchange, and the session
// when someone is signed in.
type request struct {
	c    *gin.Context
	w    http.ResponseWriter
	r    *http.Request
	sid  string
	sess *session
}

func (q *request) actor() review.Actor {
	if q.sess == nil {
		return review.Actor{}
	}
	return q.sess.actor
}

// xhr reports whether the page's own script sent the request and wants
// JSON back instead of a page.
func (q *request) xhr() bool { return q.r.Header.Get("X-Requested-With") == "XMLHttpRequest" }

// redirect answers 303 See Other: after a POST the browser follows with a
// GET, so a reload never repeats the action.
func (q *request) redirect(to string) error {
	http.Redirect(q.w, q.r, to, http.StatusSeeOther)
	return nil
}

// formLimit bounds the body of every form but the upload.
const formLimit = 1 << 20

// Errors of the UI's own, shown through the one error page.
var (
	errCSRF      = review.Errorf(review.KindForbidden, "csrf", "表单已失效或缺少安全令牌，请刷新页面后重试")
	errRole      = review.Errorf(review.KindForbidden, "forbidden", "您的角色无权访问此页面")
	errBadForm   = review.Errorf(review.KindInvalid, "bad_form", "表单内容无法读取")
	errNoSession = review.Errorf(review.KindUnauthenticated, "signed_out", "登录已过期，请重新登录")
)

func (u *UI) adapt(rt route) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := &request{c: c, w: c.Writer, r: c.Request}
		securityHeaders(c.Writer.Header())
		if err := u.serve(q, rt); err != nil {
			u.fail(q, err)
		}
	}
}

func (u *UI) serve(q *request, rt route) error {
	q.sid = cookieValue(q.r, sessionCookie)
	if s := u.sessions.get(q.sid); s != nil {
		// Re-authenticate: a revoked token ends the session at once.
		a, err := u.svc.Reauthenticate(q.c.ClientIP(), s.secret)
		if err == nil && a.Name == s.actor.Name && a.Role == s.actor.Role {
			s.actor = a // with this request's client address
			q.sess = s
			server.SetActor(q.c, a)
		} else {
			u.sessions.remove(q.sid)
		}
	}
	if q.sess != nil {
		if err := server.RateLimit(q.c, q.sess.actor); err != nil {
			return err
		}
	}
	if q.sess == nil && q.sid != "" {
		http.SetCookie(q.w, u.cookie(q.r, sessionCookie, "", -1))
	}
	if rt.public {
		return rt.h(q)
	}
	if q.sess == nil {
		if q.xhr() {
			return errNoSession
		}
		to := "/signin"
		if q.r.Method == http.MethodGet {
			to += "?next=" + url.QueryEscape(q.r.URL.RequestURI())
		}
		return q.redirect(to)
	}
	if rt.roles != nil && !slices.Contains(rt.roles, q.sess.actor.Role) {
		// Recorded like the API's refusals; the service keeps the
		// review id only when it has the shape of one.
		u.svc.Denied(q.sess.actor, rt.op, q.c.Param("id"), "role")
		return errRole
	}
	if q.r.Method == http.MethodPost && !rt.multipart {
		q.r.Body = http.MaxBytesReader(q.w, q.r.Body, formLimit)
		if err := q.r.ParseForm(); err != nil {
			return errBadForm
		}
		if !sameToken(q.r.PostForm.Get(csrfField), q.sess.csrf) {
			return errCSRF
		}
	}
	return rt.h(q)
}

// securityHeaders allow the page to load nothing and talk to no one but
// its own origin, and forbid framing and sniffing.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// reviewIDShape is what a review id looks like.
var reviewIDShape = regexp.MustCompile(`^R[0-9]{8,20}$`)

// errorTitles head the error page by status.
var errorTitles = map[int]string{
	http.StatusBadRequest:            "请求有误",
	http.StatusUnauthorized:          "需要登录",
	http.StatusForbidden:             "无权执行此操作",
	http.StatusNotFound:              "没有找到",
	http.StatusConflict:              "当前状态不允许此操作",
	http.StatusRequestEntityTooLarge: "文件过大",
	http.StatusUnsupportedMediaType:  "不支持的类型",
	http.StatusUnprocessableEntity:   "无法读取",
	http.StatusInternalServerError:   "服务内部错误",
}

type errorData struct {
	Status  int
	Title   string
	Message string
	Back    string
}

// fail shows err through the one error page (or as JSON to the upload
// script), with the status from the API's table.
func (u *UI) fail(q *request, err error) {
	status, body := server.StatusOf(err)
	if status == http.StatusInternalServerError {
		u.log.LogAttrs(q.r.Context(), slog.LevelError, "web: internal error",
			slog.String("route", q.c.FullPath()), slog.String("error", err.Error()))
	}
	if q.xhr() {
		q.w.Header().Set("Cache-Control", "no-store")
		q.w.Header().Set("Content-Type", "application/json; charset=utf-8")
		q.w.WriteHeader(status)
		json.NewEncoder(q.w).Encode(map[string]string{"error": body.Error.Message, "code": body.Error.Code})
		return
	}
	d := errorData{Status: status, Title: errorTitles[status], Message: body.Error.Message, Back: "/"}
	if d.Title == "" {
		d.Title = http.StatusText(status)
	}
	switch id := q.c.Param("id"); {
	case body.Error.ReviewID != "":
		d.Back = "/reviews/" + body.Error.ReviewID
	case reviewIDShape.MatchString(id) && status != http.StatusNotFound && status != http.StatusForbidden:
		d.Back = "/reviews/" + id
	case q.r.URL.Path == "/upload":
		d.Back = "/upload"
	}
	if rerr := u.render(q, status, "error", d.Title, d); rerr != nil {
		u.log.LogAttrs(q.r.Context(), slog.LevelError, "web: rendering the error page", slog.String("error", rerr.Error()))
		http.Error(q.w, "服务内部错误", http.StatusInternalServerError)
	}
}

// page is what the layout renders around every page's content.
type page struct {
	Title   string
	Actor   *review.Actor
	Menu    []menuItem
	CSRF    string
	Version string
	Flash   string
	Data    any
}

type menuItem struct {
	Href, Label string
	Active      bool
}

// menus is what each role is offered.
var menus = map[review.Role][]menuItem{
	review.Publisher: {{Href: "/upload", Label: "提交审查"}, {Href: "/mine", Label: "我的稿件"}},
	review.Reviewer:  {{Href: "/queue", Label: "待审队列"}, {Href: "/queue?status=all", Label: "全部审查"}, {Href: "/patrol/findings", Label: "巡查发现"}},
	review.Auditor:   {{Href: "/audit", Label: "审计日志"}, {Href: "/audit/verify", Label: "校验审计链"}, {Href: "/stats", Label: "统计报表"}, {Href: "/patrol", Label: "网站巡查"}},
	review.Admin:     {{Href: "/tokens", Label: "访问令牌"}},
}

// homes is where each role lands after sign-in.
var homes = map[review.Role]string{
	review.Publisher: "/upload",
	review.Reviewer:  "/queue",
	review.Auditor:   "/audit",
	review.Admin:     "/tokens",
}

// render executes page name into a buffer and only then sends it, so
// that a template failure becomes the error page, not half a page.
func (u *UI) render(q *request, status int, name, title string, data any) error {
	t, ok := u.pages[name]
	if !ok {
		return fmt.Errorf("web: no page %q", name)
	}
	p := page{Title: title, Version: u.opt.Version, Data: data, Flash: flashes[q.r.URL.Query().Get("done")]}
	if q.sess != nil {
		a := q.sess.actor
		p.Actor = &a
		p.CSRF = q.sess.csrf
		reqURI := q.r.URL.RequestURI()
		for _, m := range menus[a.Role] {
			if strings.HasPrefix(m.Href, "/patrol") && u.opt.Patrol == nil {
				continue // the server runs without a website patrol
			}
			m.Active = reqURI == m.Href || (!strings.Contains(m.Href, "?") && q.r.URL.Path == m.Href && q.r.URL.RawQuery == "")
			p.Menu = append(p.Menu, m)
		}
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		return fmt.Errorf("web: rendering %s: %w", name, err)
	}
	h := q.w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	q.w.WriteHeader(status)
	_, err := q.w.Write(buf.Bytes())
	if err != nil {
		return nil // the client went away; nothing left to tell it
	}
	return nil
}

// flashes are the confirmations a redirect may ask for with ?done=; only
// these fixed texts can be shown, never text from the URL.
var flashes = map[string]string{
	"approve":  "已批准。",
	"reject":   "已退回，提交人会看到您的意见。",
	"released": "已发布，发布回执见下方。",
	"revoked":  "令牌已吊销。",
	"signout":  "您已退出登录。",
}

func (u *UI) serveAsset(c *gin.Context) {
	a, ok := u.assets[c.Param("file")]
	if !ok {
		c.Status(http.StatusNotFound)
		return
	}
	h := c.Writer.Header()
	securityHeaders(h)
	h.Set("Content-Type", a.ctype)
	if c.Query("v") == a.version {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Set("ETag", `"`+a.version+`"`)
	if c.GetHeader("If-None-Match") == `"`+a.version+`"` {
		c.Status(http.StatusNotModified)
		return
	}
	c.Data(http.StatusOK, a.ctype, a.body)
}

// assetURL is an asset's path with its content version, so that a new
// build is never served from a stale cache.
func (u *UI) assetURL(name string) (string, error) {
	a, ok := u.assets[name]
	if !ok {
		return "", errors.New("web: no asset " + name)
	}
	return "/assets/" + name + "?v=" + a.version, nil
}
