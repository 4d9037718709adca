package review

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// TokenPrefix starts every token, so that secret scanners and people can
// recognise one.
const TokenPrefix = "mishen_"

// Token is what is known about an issued token. The token itself is shown
// once at creation and never stored: only its SHA-256 is.
type Token struct {
	Name      string     `json:"name"`
	Role      Role       `json:"role"`
	CreatedAt time.Time  `json:"created_at"`
	CreatedBy string     `json:"created_by"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

type tokenRecord struct {
	Token
	SHA256 []byte `json:"sha256"`
}

// newSecret returns a token: the prefix and 32 random bytes in base64url.
func newSecret() (string, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return TokenPrefix + base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// validName accepts 1–64 letters, digits, and . _ - @ (Chinese names
// included): names show up in URLs, logs and the trail.
func validName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 64 || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-@", r) {
			return false
		}
	}
	return true
}

// loadTokens reads every token record into the in-memory table.
func (s *Service) loadTokens() error {
	var recs []tokenRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(tokensBucket)
		if b == nil {
			return errNoBuckets
		}
		return b.ForEach(func(_, v []byte) error {
			var r tokenRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			recs = append(recs, r)
			return nil
		})
	})
	if err != nil {
		return err
	}
	s.tokMu.Lock()
	s.tokens = recs
	s.tokMu.Unlock()
	return nil
}

// HasTokens reports whether any token that is not revoked exists; the
// server prints bootstrap instructions when there is none.
func (s *Service) HasTokens() bool {
	s.tokMu.RLock()
	defer s.tokMu.RUnlock()
	for _, t := range s.tokens {
		if t.RevokedAt == nil {
			return true
		}
	}
	return false
}

// Authenticate returns the actor holding secret. It hashes the secret and
// compares the hash with every stored hash in constant time, without
// stopping at a match, so the time taken says nothing about which token
// matched or how much of it. A missing, unknown or revoked token is
// recorded as a denied event and returned as KindUnauthenticated.
func (s *Service) Authenticate(secret string, op Op) (Actor, error) {
	return s.AuthenticateFrom("", secret, op)
}

// AuthenticateFrom is Authenticate for a client at addr (recorded with
// every event the actor causes). Failed attempts are counted and
// throttled per address and per token prefix (signin.go): while
// throttled, a failed attempt is answered KindTooMany with the wait.
func (s *Service) AuthenticateFrom(addr, secret string, op Op) (Actor, error) {
	return s.authenticate(addr, secret, op, true)
}

// Reauthenticate checks the token of a live web session (the session
// cookie proved the browser signed in): it is not throttled, so that a
// guesser behind the same address does not sign colleagues out.
func (s *Service) Reauthenticate(addr, secret string) (Actor, error) {
	return s.authenticate(addr, secret, OpRead, false)
}

func (s *Service) authenticate(addr, secret string, op Op, throttle bool) (Actor, error) {
	// fail counts a failed sign-in and answers it: 401, or 429 with the
	// wait while the address or the token prefix is throttled. A valid
	// token is never throttled: tokens are 256 random bits, so guessing
	// cannot succeed, and a flood from a shared address (a NAT, a
	// proxy) must not lock out the CMS behind it; what the throttle
	// bounds is what failed attempts cost and how fast they are answered.
	fail := func(a Actor, reason string, e *Error) (Actor, error) {
		wait := s.signinFailed(a, secret, reason)
		if throttle && wait > 0 {
			return Actor{}, tooManySignins(wait)
		}
		return Actor{}, e
	}
	if secret == "" {
		return fail(Actor{Addr: addr}, "no_token", Errorf(KindUnauthenticated, "no_token", "缺少访问令牌：请在 Authorization 头中提供 Bearer 令牌"))
	}
	sum := sha256.Sum256([]byte(secret))
	s.tokMu.RLock()
	var found *tokenRecord
	for i := range s.tokens {
		if subtle.ConstantTimeCompare(sum[:], s.tokens[i].SHA256) == 1 {
			found = &s.tokens[i]
		}
	}
	var t Token
	if found != nil {
		t = found.Token
	}
	s.tokMu.RUnlock()
	switch {
	case found == nil:
		return fail(Actor{Addr: addr}, "bad_token", Errorf(KindUnauthenticated, "bad_token", "访问令牌无效"))
	case t.RevokedAt != nil:
		return fail(Actor{Name: t.Name, Addr: addr}, "revoked_token", Errorf(KindUnauthenticated, "revoked_token", "访问令牌已被吊销"))
	}
	if throttle {
		s.signinSucceeded(addr)
	}
	return Actor{Name: t.Name, Role: t.Role, Addr: addr}, nil
}

// Authorize authenticates secret and checks that its role may perform op.
// Both refusals are recorded: a failed sign-in counted (signin.go), a
// role refusal as a denied event.
func (s *Service) Authorize(secret string, op Op) (Actor, error) {
	return s.AuthorizeFrom("", secret, op)
}

// AuthorizeFrom is Authorize for a client at addr.
func (s *Service) AuthorizeFrom(addr, secret string, op Op) (Actor, error) {
	a, err := s.AuthenticateFrom(addr, secret, op)
	if err != nil {
		return a, err
	}
	return a, s.allow(a, op)
}

// CreateToken issues a token for name with role and returns it; it is
// shown this once and only its hash is stored. A name whose token was
// revoked may be issued again; one with a live token may not.
func (s *Service) CreateToken(a Actor, role Role, name string) (string, Token, error) {
	if err := s.allow(a, OpTokens); err != nil {
		return "", Token{}, err
	}
	if _, err := ParseRole(string(role)); err != nil {
		return "", Token{}, err
	}
	if !validName(name) {
		return "", Token{}, Errorf(KindInvalid, "bad_name", "令牌名称须为 1–64 个字母、数字或 . _ - @")
	}
	secret, err := newSecret()
	if err != nil {
		return "", Token{}, err
	}
	sum := sha256.Sum256([]byte(secret))
	rec := tokenRecord{Token: Token{Name: name, Role: role, CreatedAt: s.now().UTC(), CreatedBy: a.Name}, SHA256: sum[:]}
	var appended []audit.Event
	var refusal error
	err = s.write(func(tx *bolt.Tx) error {
		appended, refusal = nil, nil
		b := tx.Bucket(tokensBucket)
		if v := b.Get([]byte(name)); v != nil {
			var old tokenRecord
			if json.Unmarshal(v, &old) == nil && old.RevokedAt == nil {
				refusal = Errorf(KindConflict, "token_exists", "名称 %s 已有有效令牌；如需更换，请先吊销", name)
				return nil
			}
		}
		v, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(name), v); err != nil {
			return err
		}
		// The token's SHA-256 (of 32 random bytes: it reveals nothing) is
		// in the event, so that verify can tell a token record swapped in
		// the file from the one that was issued.
		e, err := audit.Append(audit.Bolt(tx), a.event(audit.Event{Action: audit.ActionTokenCreated,
			Details: map[string]string{"name": name, "role": string(role), "token_sha256": hex.EncodeToString(sum[:])}}))
		appended = append(appended, e)
		return err
	})
	if err == nil {
		err = refusal
	}
	if err != nil {
		return "", Token{}, err
	}
	s.appended(appended)
	if err := s.loadTokens(); err != nil {
		return "", Token{}, err
	}
	return secret, rec.Token, nil
}

// ListTokens returns every token, revoked ones included, by name.
func (s *Service) ListTokens(a Actor) ([]Token, error) {
	if err := s.allow(a, OpTokens); err != nil {
		return nil, err
	}
	var out []Token
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(tokensBucket).ForEach(func(_, v []byte) error {
			var r tokenRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			out = append(out, r.Token)
			return nil
		})
	})
	return out, err
}

// RevokeToken revokes name's token; it stops working at once.
func (s *Service) RevokeToken(a Actor, name string) (Token, error) {
	if err := s.allow(a, OpTokens); err != nil {
		return Token{}, err
	}
	var out Token
	var appended []audit.Event
	var refusal error
	err := s.write(func(tx *bolt.Tx) error {
		appended, refusal = nil, nil
		b := tx.Bucket(tokensBucket)
		v := b.Get([]byte(name))
		var r tokenRecord
		if v == nil || json.Unmarshal(v, &r) != nil || r.RevokedAt != nil {
			// Only a name that could be a token's is echoed (the rule
			// that lets names into the trail and logs).
			if validName(name) {
				refusal = Errorf(KindNotFound, "no_token", "没有名为 %s 的有效令牌", name)
			} else {
				refusal = Errorf(KindNotFound, "no_token", "没有这个名称的有效令牌")
			}
			return nil
		}
		now := s.now().UTC()
		r.RevokedAt = &now
		nv, err := json.Marshal(r)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(name), nv); err != nil {
			return err
		}
		e, err := audit.Append(audit.Bolt(tx), a.event(audit.Event{Action: audit.ActionTokenRevoked,
			Details: map[string]string{"name": name, "role": string(r.Role)}}))
		appended = append(appended, e)
		out = r.Token
		return err
	})
	if err == nil {
		err = refusal
	}
	if err != nil {
		return Token{}, err
	}
	s.appended(appended)
	return out, s.loadTokens()
}
