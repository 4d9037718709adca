package server

import (
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"github.com/mishen-gov/mishen/internal/review"
)

// Admission control: one client must not be able to take the service
// from everyone else. The layers, from the socket inwards:
//
//   - LimitListener bounds open connections overall and per client
//     address; at the total, a newcomer evicts a waiting connection of
//     the address that holds the most.
//   - http.Server's ReadHeaderTimeout ends a client that dribbles its
//     headers, and bodyRate ends one that dribbles its body: after a
//     grace period a body must keep arriving at MinUploadRate.
//   - uploads bounds the request bodies being received or scanned at
//     once, by count and by bytes; beyond them a new upload is answered
//     503 with Retry-After before its body is read.
//   - limiters bound each token's requests a second (429, Retry-After).
//   - failed sign-ins are throttled per address and per token prefix by
//     the workflow (review.AuthenticateFrom).

// LimitListener wraps ln so that at most max connections are open, at
// most perIP from one address. A connection over the per-address bound
// is closed at once. When the total is reached, a newcomer from another
// address takes the place of a waiting connection (one that has not sent
// a whole request yet, or is idle between requests) of the address that
// holds the most: many addresses each holding slow connections cannot
// shut out everyone else, and a client with few connections is never the
// one evicted. onReject counts connections closed either way. Pass
// ConnState to the http.Server so that the listener knows which
// connections wait.
func LimitListener(ln net.Listener, max, perIP int, onReject func()) *ConnLimiter {
	return &ConnLimiter{Listener: ln, max: max, perIP: perIP, onReject: onReject, byIP: map[string][]*limitedConn{}}
}

// ConnLimiter is the listener LimitListener returns.
type ConnLimiter struct {
	net.Listener
	max, perIP int
	onReject   func()

	mu   sync.Mutex
	open int
	byIP map[string][]*limitedConn // in order of arrival
}

func (l *ConnLimiter) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		ip := hostOf(c.RemoteAddr())
		lc := &limitedConn{Conn: c, l: l, ip: ip}
		lc.waiting.Store(true)
		var evict *limitedConn
		l.mu.Lock()
		ok := len(l.byIP[ip]) < l.perIP
		if ok && l.open >= l.max {
			evict = l.victimLocked(ip)
			ok = evict != nil
		}
		if ok {
			l.open++
			l.byIP[ip] = append(l.byIP[ip], lc)
		}
		l.mu.Unlock()
		if evict != nil {
			evict.Close()
			if l.onReject != nil {
				l.onReject()
			}
		}
		if ok {
			return lc, nil
		}
		if l.onReject != nil {
			l.onReject()
		}
		// Closed at once, unread: an answer written before the client
		// sent its request would be one it never asked for.
		c.Close()
	}
}

// victimLocked picks the oldest waiting connection of the address that
// holds the most connections, if that address holds more than newcomer's
// would (so a client is never evicted for one of its own size).
func (l *ConnLimiter) victimLocked(newcomer string) *limitedConn {
	var top string
	for ip, cs := range l.byIP {
		if ip != newcomer && (top == "" || len(cs) > len(l.byIP[top])) {
			top = ip
		}
	}
	if top == "" || len(l.byIP[top]) <= len(l.byIP[newcomer])+1 {
		return nil
	}
	for _, c := range l.byIP[top] {
		if c.waiting.Load() {
			return c
		}
	}
	return nil
}

// ConnState is the http.Server hook that tells the listener which
// connections are waiting (new, or idle between requests).
func (l *ConnLimiter) ConnState(c net.Conn, st http.ConnState) {
	if u, ok := c.(interface{ NetConn() net.Conn }); ok { // TLS
		c = u.NetConn()
	}
	if lc, ok := c.(*limitedConn); ok {
		lc.waiting.Store(st == http.StateNew || st == http.StateIdle)
	}
}

func (l *ConnLimiter) release(lc *limitedConn) {
	l.mu.Lock()
	l.open--
	cs := l.byIP[lc.ip]
	for i, c := range cs {
		if c == lc {
			cs = append(cs[:i], cs[i+1:]...)
			break
		}
	}
	if len(cs) == 0 {
		delete(l.byIP, lc.ip)
	} else {
		l.byIP[lc.ip] = cs
	}
	l.mu.Unlock()
}

type limitedConn struct {
	net.Conn
	l       *ConnLimiter
	ip      string
	waiting atomic.Bool
	once    sync.Once
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.l.release(c) })
	return err
}

func hostOf(a net.Addr) string {
	h, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return h
}

// uploadGate bounds the request bodies in flight.
type uploadGate struct {
	maxCount int
	maxBytes int64

	mu    sync.Mutex
	count int
	bytes int64
}

// uploadRoutes are the routes that take documents.
var uploadRoutes = map[string]bool{
	"POST /api/v1/reviews":              true,
	"POST /api/v1/reviews/:id/versions": true,
	"POST /api/v1/scan":                 true,
	"POST /upload":                      true,
}

// uploadThreshold is the body size from which a request counts as an
// upload; smaller bodies (forms, JSON decisions) pass freely.
const uploadThreshold = 64 << 10

// take reserves n bytes, or reports false when the gate is full.
func (g *uploadGate) take(n int64) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.count >= g.maxCount || g.bytes+n > g.maxBytes && g.count > 0 {
		return false
	}
	g.count++
	g.bytes += n
	return true
}

func (g *uploadGate) put(n int64) {
	g.mu.Lock()
	g.count--
	g.bytes -= n
	g.mu.Unlock()
}

func (g *uploadGate) load() (int, int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.count, g.bytes
}

// admitUploads is the middleware of the upload gate: a body that may be
// large (over uploadThreshold or of unknown length) must find room, else
// the request is answered 503 with Retry-After before its body is read.
func (s *Server) admitUploads(c *gin.Context) {
	n := c.Request.ContentLength
	if n >= 0 && n <= uploadThreshold || !uploadRoutes[c.Request.Method+" "+c.FullPath()] {
		// Only the routes that take documents hold upload room; every
		// other route reads a small body under its own cap (a sign-in
		// form, a decision), so an anonymous slow body elsewhere cannot
		// take the room publishers' uploads need.
		c.Next()
		return
	}
	if n < 0 || n > s.cfg.MaxUploadBytes {
		n = s.cfg.MaxUploadBytes // unknown: reserve the most it may be
	}
	if !s.uploads.take(n) {
		s.metrics.rejected.WithLabelValues("uploads").Inc()
		c.Header("Retry-After", "5")
		c.Header("Connection", "close")
		s.writeError(c, review.Errorf(review.KindUnavailable, "too_many_uploads",
			"正在处理的上传过多，请 5 秒后重试"))
		return
	}
	defer s.uploads.put(n)
	c.Next()
}

// bodyRate cuts off a client that sends its body slower than the
// configured rate: after a grace period, the read deadline moves with the
// bytes received, so a body must arrive at MinUploadRate on average.
// It applies to every route, sign-in included.
func (s *Server) bodyRate(c *gin.Context) {
	if c.Request.Body == nil || c.Request.Body == http.NoBody || s.cfg.MinUploadRate <= 0 {
		c.Next()
		return
	}
	rc := http.NewResponseController(c.Writer)
	start := time.Now()
	grace := bodyGrace
	if err := rc.SetReadDeadline(start.Add(grace)); err != nil {
		c.Next() // a test recorder: no connection to bound
		return
	}
	c.Request.Body = &rateBody{ReadCloser: c.Request.Body, rc: rc, start: start, grace: grace, rate: s.cfg.MinUploadRate}
	c.Next()
	// The handler has read what it needed; scanning may take longer than
	// the body did, and the write timeout bounds the rest.
	_ = rc.SetReadDeadline(time.Time{})
}

// bodyGrace is how long any body may take before the rate counts.
const bodyGrace = 10 * time.Second

type rateBody struct {
	io.ReadCloser
	rc    *http.ResponseController
	start time.Time
	grace time.Duration
	rate  int64
	n     int64
}

func (b *rateBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n += int64(n)
	if n > 0 {
		allowed := b.grace + time.Duration(float64(b.n)/float64(b.rate)*float64(time.Second))
		_ = b.rc.SetReadDeadline(b.start.Add(allowed))
	}
	var ne net.Error
	if err != nil && errors.As(err, &ne) && ne.Timeout() {
		return n, review.Errorf(review.KindInvalid, "body_too_slow", "请求正文传输过慢（低于每秒 %d 字节），连接已断开，请检查网络后重试", b.rate)
	}
	return n, err
}

// limiters hold one token bucket per token name.
type limiters struct {
	rate  rate.Limit
	burst int

	mu sync.Mutex
	m  map[string]*limiterEntry
}

type limiterEntry struct {
	l    *rate.Limiter
	seen time.Time
}

func newLimiters(perSecond float64) *limiters {
	if perSecond <= 0 {
		return nil
	}
	return &limiters{rate: rate.Limit(perSecond), burst: max(1, int(2*perSecond)), m: map[string]*limiterEntry{}}
}

// wait reports how long name must wait before its next request; zero
// when it may go now (and then the request is counted).
func (ls *limiters) wait(name string) time.Duration {
	if ls == nil {
		return 0
	}
	now := time.Now()
	ls.mu.Lock()
	e := ls.m[name]
	if e == nil {
		if len(ls.m) > 10_000 {
			for k, v := range ls.m {
				if now.Sub(v.seen) > time.Minute {
					delete(ls.m, k)
				}
			}
		}
		e = &limiterEntry{l: rate.NewLimiter(ls.rate, ls.burst)}
		ls.m[name] = e
	}
	e.seen = now
	ls.mu.Unlock()
	r := e.l.ReserveN(now, 1)
	d := r.DelayFrom(now)
	if d > 0 {
		r.CancelAt(now)
	}
	return d
}

// limitedKey is where the server leaves its rate limiter in a gin
// context, for the web UI's routes.
const limitedKey = "mishen.limiters"

// RateLimit applies the per-token rate limit to actor a on c, for routes
// outside the API (the web UI): it returns an error (KindTooMany, with
// RetryAfter) when a must wait.
func RateLimit(c *gin.Context, a review.Actor) error {
	v, ok := c.Get(limitedKey)
	if !ok {
		return nil
	}
	s := v.(*Server)
	return s.rateLimit(a)
}

func (s *Server) rateLimit(a review.Actor) error {
	d := s.limits.wait(a.Name)
	if d <= 0 {
		return nil
	}
	s.metrics.rejected.WithLabelValues("rate").Inc()
	secs := int(d/time.Second) + 1
	e := review.Errorf(review.KindTooMany, "rate_limited", "请求过于频繁（每个令牌每秒最多 %s 次），请 %d 秒后重试",
		strconv.FormatFloat(float64(s.limits.rate), 'f', -1, 64), secs)
	e.RetryAfter = secs
	return e
}

// maxTarpit bounds how long a throttled sign-in's answer is held.
const maxTarpit = 2 * time.Second

// tarpit holds the answer to a throttled sign-in for its wait (at most
// maxTarpit): a flood then gets one answer a connection every few
// seconds instead of thousands a second, and each held request costs it a
// connection of the few its address may open.
func tarpit(c *gin.Context, err error) { Tarpit(c, err) }

// Tarpit is tarpit for the web UI's sign-in form.
func Tarpit(c *gin.Context, err error) {
	var e *review.Error
	if !errors.As(err, &e) || e.Code != "signin_throttled" {
		return
	}
	d := min(time.Duration(e.RetryAfter)*time.Second, maxTarpit)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-c.Request.Context().Done():
	}
}
