package review

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// Failed sign-ins (a missing, unknown or revoked token) are all recorded,
// compactly: they are counted per client address and written as one
// signin_failed event per address and flush (SigninFlushEvery), with the
// count, the reasons and the first and last time. A guesser is slowed
// down per address and per token prefix (the first characters of what
// was tried, so that one token guessed from many addresses is slowed
// too): after freeSigninFailures failures, each further attempt must
// wait twice as long as the one before, up to maxSigninDelay. A
// successful sign-in from an address clears that address's count.

// SigninFlushEvery is how often counted failed sign-ins are written.
const SigninFlushEvery = 10 * time.Second

const (
	freeSigninFailures = 5
	maxSigninDelay     = 15 * time.Minute
	// signinForget is how long after its last failure a key's count is
	// dropped.
	signinForget = time.Hour
	// maxSigninKeys bounds the throttle's memory; the oldest keys are
	// dropped beyond it.
	maxSigninKeys = 100_000
	// tokenPrefixLen is how much of a tried token names it for the
	// per-token throttle; tokens are 43 random characters.
	tokenPrefixLen = 8
)

type throttleEntry struct {
	failures int
	last     time.Time
	until    time.Time
}

// pendingFailures is what one address did since the last flush.
type pendingFailures struct {
	n           int
	reasons     map[string]int
	first, last time.Time
	actor       string // the token's name for a revoked token, else empty
}

type signinGuard struct {
	mu      sync.Mutex
	keys    map[string]*throttleEntry
	pending map[string]*pendingFailures
}

func (g *signinGuard) init() {
	if g.keys == nil {
		g.keys = map[string]*throttleEntry{}
		g.pending = map[string]*pendingFailures{}
	}
}

// throttleKeys are the keys a sign-in from addr with secret counts
// against: the address, and a keyed digest of the token's prefix (so
// that not even a prefix of a tried token is held in memory).
func (s *Service) throttleKeys(addr, secret string) []string {
	keys := []string{"a:" + addr}
	if secret != "" {
		p := secret
		if len(p) > tokenPrefixLen {
			p = p[:tokenPrefixLen]
		}
		m := hmac.New(sha256.New, s.macKey)
		m.Write([]byte("signin prefix\x00" + p))
		keys = append(keys, "t:"+hex.EncodeToString(m.Sum(nil)[:12]))
	}
	return keys
}

// signinFailed counts a failed sign-in and returns how long the next
// attempt must wait.
func (s *Service) signinFailed(a Actor, secret, reason string) time.Duration {
	now := s.now()
	g := &s.signins
	g.mu.Lock()
	defer g.mu.Unlock()
	g.init()
	var wait time.Duration
	for _, k := range s.throttleKeys(a.Addr, secret) {
		e := g.keys[k]
		if e == nil || now.Sub(e.last) > signinForget {
			if len(g.keys) >= maxSigninKeys {
				g.evictLocked(now)
			}
			e = &throttleEntry{}
			g.keys[k] = e
		}
		e.failures++
		e.last = now
		if e.failures >= freeSigninFailures {
			d := time.Duration(math.Min(float64(maxSigninDelay), float64(time.Second)*math.Pow(2, float64(e.failures-freeSigninFailures))))
			e.until = now.Add(d)
			wait = max(wait, d)
		}
	}
	p := g.pending[a.Addr]
	if p == nil {
		p = &pendingFailures{reasons: map[string]int{}, first: now}
		g.pending[a.Addr] = p
	}
	p.n++
	p.reasons[reason]++
	p.last = now
	if a.Name != "" && a.Name != "anonymous" {
		p.actor = a.Name
	}
	return wait
}

// signinSucceeded clears addr's count.
func (s *Service) signinSucceeded(addr string) {
	g := &s.signins
	g.mu.Lock()
	defer g.mu.Unlock()
	g.init()
	delete(g.keys, "a:"+addr)
}

// evictLocked drops the keys not seen for longest, down to 3/4 of the cap.
func (g *signinGuard) evictLocked(now time.Time) {
	type kv struct {
		k string
		t time.Time
	}
	all := make([]kv, 0, len(g.keys))
	for k, e := range g.keys {
		if now.Sub(e.last) > signinForget {
			delete(g.keys, k)
			continue
		}
		all = append(all, kv{k, e.last})
	}
	if len(g.keys) < maxSigninKeys*3/4 {
		return
	}
	sort.Slice(all, func(i, j int) bool { return all[i].t.Before(all[j].t) })
	for _, x := range all[:len(all)-maxSigninKeys*3/4] {
		delete(g.keys, x.k)
	}
}

// FlushSignins writes the failed sign-ins counted since the last flush,
// one signin_failed event per address. The server calls it every
// SigninFlushEvery and at shutdown. What cannot be written stays counted
// for the next flush.
func (s *Service) FlushSignins() error {
	g := &s.signins
	g.mu.Lock()
	g.init()
	pending := g.pending
	g.pending = map[string]*pendingFailures{}
	g.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	addrs := make([]string, 0, len(pending))
	for a := range pending {
		addrs = append(addrs, a)
	}
	sort.Strings(addrs)
	var appended []audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		appended = nil
		for _, addr := range addrs {
			p := pending[addr]
			reasons := make([]string, 0, len(p.reasons))
			for r, n := range p.reasons {
				reasons = append(reasons, fmt.Sprintf("%s=%d", r, n))
			}
			sort.Strings(reasons)
			d := map[string]string{
				"count":   strconv.Itoa(p.n),
				"reasons": strings.Join(reasons, ","),
				"first":   p.first.UTC().Format(time.RFC3339Nano),
				"last":    p.last.UTC().Format(time.RFC3339Nano),
			}
			if addr != "" {
				d["client"] = addr
			}
			actor := "anonymous"
			if p.actor != "" {
				actor = p.actor
			}
			e, err := audit.Append(audit.Bolt(tx), audit.Event{Actor: actor, Action: audit.ActionSigninFailed, Details: d})
			if err != nil {
				return err
			}
			appended = append(appended, e)
		}
		return nil
	})
	if err != nil {
		g.mu.Lock()
		for a, p := range pending {
			if q := g.pending[a]; q != nil {
				p.n += q.n
				for r, n := range q.reasons {
					p.reasons[r] += n
				}
				p.last = q.last
			}
			g.pending[a] = p
		}
		g.mu.Unlock()
		return err
	}
	s.appended(appended)
	return nil
}

// tooManySignins is the refusal while an address or token is throttled.
func tooManySignins(wait time.Duration) *Error {
	secs := int(math.Ceil(wait.Seconds()))
	e := Errorf(KindTooMany, "signin_throttled", "登录失败次数过多，请 %d 秒后再试；如忘记令牌，请联系管理员重新签发", secs)
	e.RetryAfter = secs
	return e
}
