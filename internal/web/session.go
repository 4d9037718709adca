package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"sync"
	"time"

	"github.com/mishen-gov/mishen/internal/review"
)

// Cookie names. The session cookie carries only a random id; the
// sign-in cookie is the double-submit CSRF token of the sign-in form,
// which is posted before there is a session.
const (
	sessionCookie = "mishen_session"
	signinCookie  = "mishen_signin"
	csrfField     = "csrf"
)

// session is one signed-in browser. It keeps the token itself, in memory
// only, so that every request re-authenticates: a revoked token ends its
// sessions at once.
type session struct {
	secret  string
	actor   review.Actor
	csrf    string
	created time.Time
	seen    time.Time
}

// sessionStore keeps sessions in memory, keyed by the SHA-256 of their id
// (so that a map lookup leaks nothing about the id through timing). A
// restart signs everyone out; several server processes do not share
// sessions.
type sessionStore struct {
	ttl, idle time.Duration
	max       int
	perUser   int
	now       func() time.Time

	mu sync.Mutex
	m  map[[32]byte]*session
}

func newSessionStore(ttl, idle time.Duration, max, perUser int, now func() time.Time) *sessionStore {
	return &sessionStore{ttl: ttl, idle: idle, max: max, perUser: perUser, now: now, m: map[[32]byte]*session{}}
}

// randomToken returns 32 random bytes in base64url.
func randomToken() string {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("web: no randomness: " + err.Error()) // crypto/rand does not fail on supported systems
	}
	return base64.RawURLEncoding.EncodeToString(b[:])
}

func (st *sessionStore) expired(s *session, now time.Time) bool {
	return now.Sub(s.created) >= st.ttl || now.Sub(s.seen) >= st.idle
}

// create starts a session for actor and returns its id. A token holds
// at most perUser sessions: beyond that its own least recently seen one
// ends. Another user's session never does: when the store is full of
// live sessions, create refuses (ok false).
func (st *sessionStore) create(secret string, actor review.Actor) (id string, s *session, ok bool) {
	id = randomToken()
	now := st.now()
	s = &session{secret: secret, actor: actor, csrf: randomToken(), created: now, seen: now}
	st.mu.Lock()
	defer st.mu.Unlock()
	for {
		var oldest [32]byte
		var t time.Time
		n := 0
		for k, v := range st.m {
			if v.actor.Name != actor.Name {
				continue
			}
			n++
			if t.IsZero() || v.seen.Before(t) {
				oldest, t = k, v.seen
			}
		}
		if n < st.perUser {
			break
		}
		delete(st.m, oldest)
	}
	if len(st.m) >= st.max {
		st.sweepLocked(now)
	}
	if len(st.m) >= st.max {
		return "", nil, false
	}
	st.m[sha256.Sum256([]byte(id))] = s
	return id, s, true
}

func (st *sessionStore) sweepLocked(now time.Time) {
	for k, v := range st.m {
		if st.expired(v, now) {
			delete(st.m, k)
		}
	}
}

// get returns the live session with id and marks it seen; nil when there
// is none or it expired (then it is removed).
func (st *sessionStore) get(id string) *session {
	if id == "" {
		return nil
	}
	k := sha256.Sum256([]byte(id))
	now := st.now()
	st.mu.Lock()
	defer st.mu.Unlock()
	s := st.m[k]
	if s == nil {
		return nil
	}
	if st.expired(s, now) {
		delete(st.m, k)
		return nil
	}
	s.seen = now
	cp := *s
	return &cp
}

// remove ends session id.
func (st *sessionStore) remove(id string) {
	st.mu.Lock()
	delete(st.m, sha256.Sum256([]byte(id)))
	st.mu.Unlock()
}

// len returns how many sessions are held, expired ones included.
func (st *sessionStore) len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.m)
}

// sameToken compares a submitted CSRF token with the expected one in
// constant time; an empty expected token never matches.
func sameToken(got, want string) bool {
	return want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// cookie returns a cookie with the attributes every mishen cookie has:
// HttpOnly, SameSite=Strict, Path=/, and Secure when the request came
// over TLS (or the options say a TLS proxy is in front).
func (u *UI) cookie(r *http.Request, name, value string, maxAge time.Duration) *http.Cookie {
	c := &http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/",
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
		Secure:   r.TLS != nil || u.opt.SecureCookies,
	}
	switch {
	case maxAge > 0:
		c.MaxAge = int(maxAge / time.Second)
		c.Expires = u.now().Add(maxAge).UTC()
	case maxAge < 0:
		c.MaxAge = -1
		c.Expires = time.Unix(1, 0).UTC()
	}
	return c
}

func cookieValue(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}
