package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/review"
)

// Idempotency-Key on POST /api/v1/reviews and /release: a CMS that
// retries after a timeout sends the same key, and the retry gets the
// first answer (status, body, Location) with Idempotent-Replayed: true,
// instead of a second review or a second release. The key is the
// client's own (a UUID, say), at most maxIdemKey visible ASCII
// characters, scoped to its token; answers are kept for
// review.IdempotencyTTL. The same key with another request (body, query
// or route) is 422 idempotency_key_reused. Answers that say "try again"
// (429, 5xx) are not kept.

const maxIdemKey = 255

// idemLocks serialises requests that carry the same key, so that 32
// concurrent retries do the work once and the other 31 replay it.
type idemLocks struct {
	mu sync.Mutex
	m  map[string]*idemLock
}

type idemLock struct {
	sync.Mutex
	refs int
}

func (l *idemLocks) lock(k string) func() {
	l.mu.Lock()
	if l.m == nil {
		l.m = map[string]*idemLock{}
	}
	e := l.m[k]
	if e == nil {
		e = &idemLock{}
		l.m[k] = e
	}
	e.refs++
	l.mu.Unlock()
	e.Lock()
	return func() {
		e.Unlock()
		l.mu.Lock()
		if e.refs--; e.refs == 0 {
			delete(l.m, k)
		}
		l.mu.Unlock()
	}
}

func validIdemKey(k string) bool {
	if k == "" || len(k) > maxIdemKey {
		return false
	}
	for i := 0; i < len(k); i++ {
		if k[i] < 0x21 || k[i] > 0x7e {
			return false
		}
	}
	return true
}

// requestHash identifies a request for its key: method, route, query,
// media type and body. A multipart body's boundary is left out, so a
// client library that draws a new boundary for its retry is still
// sending the same request.
func requestHash(c *gin.Context, body []byte) string {
	h := sha256.New()
	mt, params, _ := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if b := params["boundary"]; b != "" {
		body = bytes.ReplaceAll(body, []byte(b), nil)
	}
	for _, s := range []string{c.Request.Method, c.FullPath(), c.Param("id"), c.Request.URL.RawQuery, mt} {
		h.Write([]byte(strconv.Itoa(len(s)) + ":" + s))
	}
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// teeWriter keeps a copy of what the handler writes.
type teeWriter struct {
	gin.ResponseWriter
	buf bytes.Buffer
}

func (w *teeWriter) Write(b []byte) (int, error) {
	w.buf.Write(b)
	return w.ResponseWriter.Write(b)
}

func (w *teeWriter) WriteString(s string) (int, error) {
	w.buf.WriteString(s)
	return w.ResponseWriter.WriteString(s)
}

// idempotent wraps h so that a request with an Idempotency-Key is done
// once per key.
func (s *Server) idempotent(h handler) handler {
	return func(c *gin.Context, a review.Actor) error {
		key := c.GetHeader("Idempotency-Key")
		if key == "" {
			return h(c, a)
		}
		if !validIdemKey(key) {
			return review.Errorf(review.KindInvalid, "bad_idempotency_key", "Idempotency-Key 应为 1 到 %d 个可见 ASCII 字符（如 UUID）", maxIdemKey)
		}
		limit := s.cfg.MaxUploadBytes
		if c.Request.ContentLength > limit {
			return tooLarge(limit)
		}
		body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, limit))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return tooLarge(limit)
			}
			return review.Errorf(review.KindInvalid, "bad_body", "请求体读取失败")
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		sum := requestHash(c, body)
		route := c.Request.Method + " " + c.FullPath()
		unlock := s.idem.lock(a.Name + "\x00" + route + "\x00" + key)
		defer unlock()
		old, err := s.svc.Recall(a, route, key)
		if err != nil {
			return err
		}
		if old != nil {
			if old.RequestHash != sum {
				return review.Errorf(review.KindUnprocessable, "idempotency_key_reused",
					"这个 Idempotency-Key 已用于另一个请求；重试请原样重发，新请求请换一个新的键")
			}
			if old.Location != "" {
				c.Header("Location", old.Location)
			}
			c.Header("Idempotent-Replayed", "true")
			c.Header("Cache-Control", "no-store")
			c.Data(old.Status, old.ContentType, old.Body)
			return nil
		}
		tw := &teeWriter{ResponseWriter: c.Writer}
		c.Writer = tw
		if err := h(c, a); err != nil {
			s.writeError(c, err)
		}
		c.Writer = tw.ResponseWriter
		st := tw.Status()
		if st >= 500 || st == http.StatusTooManyRequests {
			return nil
		}
		if err := s.svc.Remember(a, route, key, review.Remembered{RequestHash: sum, Status: st,
			ContentType: tw.Header().Get("Content-Type"), Location: tw.Header().Get("Location"), Body: tw.buf.Bytes()}); err != nil {
			// The work is done and answered; only a retry's replay is
			// lost, and that retry is refused by the work itself
			// (a release is repeatable, a submission makes a new review).
			s.log.Warn("idempotency answer not kept", "error", err.Error())
		}
		return nil
	}
}
