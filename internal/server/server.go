package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/webhook"
)

// Options are the server's collaborators besides the config and the
// workflow. The zero value works: a discarding logger and fresh metrics.
type Options struct {
	Logger *slog.Logger
	// Metrics should be the ones whose Hooks the review.Service got.
	Metrics *Metrics
	// Register mounts extra routes on the engine after the API's, such
	// as the web UI. Routes must not clash with /api, /healthz, /metrics.
	Register []func(*gin.Engine)
	// Version is reported by /healthz.
	Version string
	// Printer prints the 保密审查单 to PDF; nil answers 503 saying what
	// to install.
	Printer *form.Printer
	// Webhooks registers endpoints and shows deliveries; nil answers 503
	// on the webhook routes.
	Webhooks *webhook.Hub
	// Cleaner makes cleaned copies; nil answers 503 on that route.
	Cleaner Cleaner
}

// Server is the HTTP side of mishen.
type Server struct {
	cfg      config.Config
	svc      *review.Service
	log      *slog.Logger
	metrics  *Metrics
	engine   *gin.Engine
	version  string
	printer  *form.Printer
	uploads  *uploadGate
	limits   *limiters
	idem     idemLocks
	webhooks *webhook.Hub
	cleaner  Cleaner
}

// Keys under which the adapter stores the actor in the gin.Context.
const actorKey = "mishen.actor"

// ActorOf returns the actor that the adapter authenticated for c, if any.
// Extra routes that do their own sign-in may set it with SetActor so that
// the request log names them.
func ActorOf(c *gin.Context) (review.Actor, bool) {
	v, ok := c.Get(actorKey)
	if !ok {
		return review.Actor{}, false
	}
	a, ok := v.(review.Actor)
	return a, ok
}

// SetActor records who is acting on c, for the request log.
func SetActor(c *gin.Context, a review.Actor) { c.Set(actorKey, a) }

// New builds the server: routes, middleware and metrics.
func New(cfg config.Config, svc *review.Service, opt Options) *Server {
	gin.SetMode(gin.ReleaseMode)
	s := &Server{cfg: cfg, svc: svc, log: opt.Logger, metrics: opt.Metrics, version: opt.Version, printer: opt.Printer,
		uploads: &uploadGate{maxCount: max(cfg.MaxUploads, 1), maxBytes: max(cfg.MaxUploadBytesInFlight, 1)},
		limits:  newLimiters(cfg.RatePerToken), cleaner: opt.Cleaner}
	s.webhooks = opt.Webhooks
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.metrics == nil {
		s.metrics = NewMetrics()
	}
	e := gin.New()
	e.HandleMethodNotAllowed = true
	e.RedirectTrailingSlash = false
	e.RedirectFixedPath = false
	e.ContextWithFallback = true
	// X-Forwarded-For is believed only from the configured proxies; gin
	// trusts every address unless told otherwise.
	if err := e.SetTrustedProxies(cfg.TrustedProxies); err != nil {
		s.log.Error("bad --trusted-proxy", "error", err)
		_ = e.SetTrustedProxies(nil)
	}
	e.Use(s.observe, s.recoverPanics, s.secureHeaders, s.bodyRate, s.admitUploads, func(c *gin.Context) { c.Set(limitedKey, s) })
	s.metrics.watch(svc, s.uploads)
	e.NoRoute(func(c *gin.Context) {
		s.writeError(c, review.Errorf(review.KindNotFound, "not_found", "没有这个地址"))
	})
	e.NoMethod(func(c *gin.Context) {
		c.Header("Cache-Control", "no-store")
		c.AbortWithStatusJSON(http.StatusMethodNotAllowed, ErrorBody{ErrorDetail{Code: "method_not_allowed", Message: "此地址不支持该请求方法"}})
	})
	e.GET("/healthz", s.healthz)
	e.GET("/metrics", s.serveMetrics)
	e.GET("/api/v1/openapi.json", serveOpenAPI)
	// The signed checkpoint is public, as in Certificate Transparency, so
	// that an external witness can fetch, keep and cosign it without a
	// token; it carries the log's size and root, nothing else.
	e.GET("/api/v1/audit/checkpoint", func(c *gin.Context) {
		msg, err := svc.Checkpoint()
		if err != nil {
			s.writeError(c, err)
			return
		}
		c.Header("Cache-Control", "no-store")
		c.Data(http.StatusOK, "text/plain; charset=utf-8", msg)
	})
	for _, r := range s.routes() {
		e.Handle(r.method, r.path, s.adapt(r.op, r.h))
	}
	for _, reg := range opt.Register {
		reg(e)
	}
	s.engine = e
	return s
}

// route is one API endpoint: the op its caller must be allowed, and the
// handler.
type route struct {
	method, path string
	op           review.Op
	h            handler
}

// Routes lists the API, for documentation and the authorisation test.
func (s *Server) routes() []route {
	return []route{
		{http.MethodPost, "/api/v1/reviews", review.OpSubmit, s.idempotent(s.submit)},
		{http.MethodPost, "/api/v1/scan", review.OpScan, s.scanOnly},
		{http.MethodGet, "/api/v1/reviews", review.OpList, s.list},
		{http.MethodGet, "/api/v1/reviews/:id", review.OpRead, s.get},
		{http.MethodPost, "/api/v1/reviews/:id/decisions", review.OpDecide, s.decide},
		{http.MethodPost, "/api/v1/reviews/:id/release", review.OpRelease, s.idempotent(s.release)},
		{http.MethodPost, "/api/v1/reviews/:id/versions", review.OpSubmit, s.idempotent(s.resubmit)},
		{http.MethodGet, "/api/v1/reviews/:id/versions", review.OpRead, s.versions},
		{http.MethodPost, "/api/v1/reviews/:id/withdraw", review.OpSubmit, s.withdraw},
		{http.MethodGet, "/api/v1/reviews/:id/files/:n/cleaned", review.OpRead, s.cleaned},
		{http.MethodGet, "/api/v1/reviews/:id/form.pdf", review.OpRead, s.formPDF},
		{http.MethodGet, "/api/v1/stats", review.OpAudit, s.stats},
		{http.MethodGet, "/api/v1/forms.zip", review.OpAudit, s.forms},
		{http.MethodGet, "/api/v1/audit", review.OpAudit, s.events},
		{http.MethodGet, "/api/v1/audit/verify", review.OpVerify, s.verify},
		{http.MethodGet, "/api/v1/audit/export", review.OpAudit, s.export},
		{http.MethodGet, "/api/v1/audit/consistency", review.OpVerify, s.consistency},
		{http.MethodPost, "/api/v1/admin/tokens", review.OpTokens, s.createToken},
		{http.MethodGet, "/api/v1/admin/tokens", review.OpTokens, s.listTokens},
		{http.MethodDelete, "/api/v1/admin/tokens/:name", review.OpTokens, s.revokeToken},
		{http.MethodPost, "/api/v1/admin/dictionaries/reload", review.OpReload, s.reload},
		{http.MethodPost, "/api/v1/admin/webhooks", review.OpWebhooks, s.addWebhook},
		{http.MethodGet, "/api/v1/admin/webhooks", review.OpWebhooks, s.listWebhooks},
		{http.MethodDelete, "/api/v1/admin/webhooks/:id", review.OpWebhooks, s.removeWebhook},
		{http.MethodGet, "/api/v1/admin/webhooks/:id/deliveries", review.OpWebhooks, s.webhookDeliveries},
	}
}

// Handler returns the HTTP handler, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.engine }

// adapt turns a handler into a Gin handler: it authenticates the bearer
// token, checks the op against the role table (both refusals recorded by
// the workflow), calls h, and writes any error through the one table.
func (s *Server) adapt(op review.Op, h handler) gin.HandlerFunc {
	return func(c *gin.Context) {
		a, err := s.svc.AuthorizeFrom(c.ClientIP(), bearer(c.Request), op)
		if a.Name != "" {
			SetActor(c, a)
		}
		if err == nil {
			err = s.rateLimit(a)
		}
		if err != nil {
			if st, _ := StatusOf(err); st == http.StatusUnauthorized {
				c.Header("WWW-Authenticate", `Bearer realm="mishen"`)
			}
			tarpit(c, err)
			s.writeError(c, err)
			return
		}
		if err := h(c, a); err != nil {
			s.writeError(c, err)
		}
	}
}

// bearer returns the token of an "Authorization: Bearer T" header.
func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	const p = "Bearer "
	if len(h) > len(p) && strings.EqualFold(h[:len(p)], p) {
		return strings.TrimSpace(h[len(p):])
	}
	return ""
}

// reviewIDShape is what a review id looks like; only such values of the
// :id parameter are logged.
var reviewIDShape = regexp.MustCompile(`^R[0-9]{8,20}$`)

func routeOf(c *gin.Context) string {
	if p := c.FullPath(); p != "" {
		return p
	}
	return "unmatched"
}

// observe logs one line per request and counts it. It logs the route
// pattern, not the path or query, so that nothing a client typed (which
// could be personal data) reaches the log; a review id is logged only
// when it has the shape of one.
func (s *Server) observe(c *gin.Context) {
	start := time.Now()
	c.Next()
	d := time.Since(start)
	route := routeOf(c)
	status := c.Writer.Status()
	s.metrics.request(route, c.Request.Method, status, d)
	attrs := []slog.Attr{
		slog.String("method", c.Request.Method),
		slog.String("route", route),
		slog.Int("status", status),
		slog.Duration("duration", d),
		slog.String("client", c.ClientIP()),
	}
	if id := c.Param("id"); reviewIDShape.MatchString(id) {
		attrs = append(attrs, slog.String("review", id))
	}
	if a, ok := ActorOf(c); ok {
		attrs = append(attrs, slog.String("actor", a.Name), slog.String("role", string(a.Role)))
	}
	s.log.LogAttrs(c.Request.Context(), slog.LevelInfo, "request", attrs...)
}

// recoverPanics turns a panic in a handler into a 500 and a log line with
// the stack, instead of a dropped connection.
func (s *Server) recoverPanics(c *gin.Context) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.LogAttrs(c.Request.Context(), slog.LevelError, "panic",
				slog.String("route", routeOf(c)), slog.String("panic", fmt.Sprint(v)), slog.String("stack", string(debug.Stack())))
			if !c.Writer.Written() {
				s.writeError(c, fmt.Errorf("server: panic"))
			}
		}
	}()
	c.Next()
}

// readTimeout bounds reading one request, body included: a large upload
// on a slow link.
const readTimeout = 5 * time.Minute

// WriteTimeout is how long a request may take from its headers to the
// end of its answer. net/http counts it from the end of the headers, so it
// covers reading the body (readTimeout), scanning every file of a full
// submission at the per-file scan time limit (MaxFiles × ScanTimeout, plus
// the title), and a margin for the commit and the answer: a submission
// whose review was committed is never cut off before its 201.
func WriteTimeout(cfg config.Config) time.Duration {
	scan := cfg.ScanTimeout
	if scan <= 0 {
		scan = config.Default().ScanTimeout
	}
	files := max(cfg.MaxFiles, 1) + 1 // the title is scanned too
	return readTimeout + time.Duration(files)*scan + 2*time.Minute
}

// housekeeping writes the counted failed sign-ins and, while writes fail,
// probes whether they work again, until ctx ends.
func (s *Server) housekeeping(ctx context.Context) {
	t := time.NewTicker(review.SigninFlushEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if h := s.svc.ProbeStorage(); !h.OK {
				s.log.Warn("storage", "health", h.String())
			}
			if err := s.svc.FlushSignins(); err != nil {
				s.log.Warn("failed sign-ins not recorded yet", "error", err.Error())
			}
			if _, err := s.svc.PurgeIdempotency(time.Now()); err != nil {
				s.log.Warn("old idempotency answers not purged", "error", err.Error())
			}
			if err := s.svc.FlushScans(false); err != nil {
				s.log.Warn("scans without a review not recorded yet", "error", err.Error())
			}
		}
	}
}

// healthz answers 200 {"status":"ok"} while the service can record what
// it does, and 503 {"status":"degraded","reason":…} while writes fail.
func (s *Server) healthz(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	h := s.svc.Health()
	if h.OK {
		c.JSON(http.StatusOK, gin.H{"status": "ok", "version": s.version})
		return
	}
	c.JSON(http.StatusServiceUnavailable, gin.H{"status": "degraded", "reason": h.Reason, "since": h.Since,
		"unrecorded_refusals": h.Unrecorded, "version": s.version})
}

// serveMetrics serves the public metrics, and with --metrics-token and
// that token also the ones that count findings by category and verdicts
// (how many classified markings arrive is itself sensitive).
func (s *Server) serveMetrics(c *gin.Context) {
	reg := prometheus.Gatherer(s.metrics.reg)
	if tok := s.cfg.MetricsToken; tok != "" {
		if subtle.ConstantTimeCompare([]byte(bearer(c.Request)), []byte(tok)) != 1 {
			c.Header("WWW-Authenticate", `Bearer realm="mishen-metrics"`)
			s.writeError(c, review.Errorf(review.KindUnauthenticated, "bad_metrics_token", "访问 /metrics 需要 --metrics-token 配置的令牌"))
			return
		}
		reg = prometheus.Gatherers{s.metrics.reg, s.metrics.private}
	}
	promhttp.HandlerFor(reg, promhttp.HandlerOpts{}).ServeHTTP(c.Writer, c.Request)
}

// secureHeaders sends HSTS when the request came over TLS, or through a
// TLS proxy (--cookie-secure says there is one).
func (s *Server) secureHeaders(c *gin.Context) {
	if c.Request.TLS != nil || s.cfg.CookieSecure {
		c.Header("Strict-Transport-Security", "max-age=31536000")
	}
	c.Next()
}

// HTTPServer returns an http.Server for the handler with every timeout set.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Addr:              s.cfg.Addr,
		Handler:           s.engine,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       readTimeout,
		WriteTimeout:      WriteTimeout(s.cfg),
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Serve answers on ln until ctx is done, then shuts down gracefully:
// it stops accepting, lets in-flight requests finish (up to the
// configured ShutdownTimeout) and returns. TLS is used when the config
// has a certificate and key.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := s.HTTPServer()
	ll := LimitListener(ln, max(s.cfg.MaxConns, 1), max(s.cfg.MaxConnsPerIP, 1),
		func() { s.metrics.rejected.WithLabelValues("connections").Inc() })
	hs.ConnState = ll.ConnState
	ln = ll
	bg, stopBG := context.WithCancel(context.Background())
	defer stopBG()
	go s.housekeeping(bg)
	defer s.svc.FlushSignins()
	defer s.svc.FlushScans(true)
	errc := make(chan error, 1)
	go func() {
		if s.cfg.TLSCert != "" {
			errc <- hs.ServeTLS(ln, s.cfg.TLSCert, s.cfg.TLSKey)
		} else {
			errc <- hs.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	timeout := s.cfg.ShutdownTimeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	sctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
