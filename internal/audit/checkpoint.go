package audit

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/mod/sumdb/note"
)

// A checkpoint commits to the log: its origin (which log), size and root,
// and when it was signed. It is written as a C2SP tlog-checkpoint
// (https://c2sp.org/tlog-checkpoint) inside a C2SP signed note, the format
// of the Go checksum database, Trillian, Tessera and Sigstore, so that
// existing witnesses and tools can read it:
//
//	mishen-audit
//	1234
//	<base64 of the 32-byte root>
//	time 2026-12-06T04:00:00Z
//	suite sha256-ed25519
//
//	— mishen-audit <base64 of key hash and signature>
//
// The signature is Ed25519 (or SM2 for suite sm3-sm2, see keys.go) over
// the text, by the key that the server created on first start (KeyFile,
// mode 0600, outside the bbolt file). The suite line says which hash the
// root and proofs use; a checkpoint without one is sha256-ed25519.

// KeyName is the name of the signing key, and the origin line of every
// checkpoint.
const KeyName = "mishen-audit"

// Key file names inside the key folder.
const (
	KeyFile    = "audit-signing.key"
	PubKeyFile = "audit-signing.pub"
)

// Checkpoint is a signed statement of the log's size and root.
type Checkpoint struct {
	Origin string    `json:"origin"`
	Size   uint64    `json:"size"`
	Root   Hash      `json:"root"`
	Time   time.Time `json:"time"`
	// Suite names the log's crypto suite (Suite.Name).
	Suite string `json:"suite"`
}

// text is the checkpoint body that is signed.
func (c Checkpoint) text() string {
	su := c.Suite
	if su == "" {
		su = SHA256.Name
	}
	return fmt.Sprintf("%s\n%d\n%s\ntime %s\nsuite %s\n", c.Origin, c.Size, base64.StdEncoding.EncodeToString(c.Root[:]),
		c.Time.UTC().Format(time.RFC3339), su)
}

func parseCheckpoint(text string) (Checkpoint, error) {
	c := Checkpoint{Suite: SHA256.Name}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) < 3 {
		return c, errors.New("audit: checkpoint has fewer than three lines")
	}
	c.Origin = lines[0]
	size, err := strconv.ParseUint(lines[1], 10, 64)
	if err != nil || strconv.FormatUint(size, 10) != lines[1] {
		return c, errors.New("audit: checkpoint size is not a number")
	}
	c.Size = size
	root, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(root) != len(c.Root) {
		return c, errors.New("audit: checkpoint root is not a base64 SHA-256")
	}
	copy(c.Root[:], root)
	for _, l := range lines[3:] {
		if name, ok := strings.CutPrefix(l, "suite "); ok {
			su, err := SuiteNamed(name)
			if err != nil {
				return c, err
			}
			c.Suite = su.Name
		}
		if t, ok := strings.CutPrefix(l, "time "); ok {
			if c.Time, err = time.Parse(time.RFC3339, t); err != nil {
				return c, errors.New("audit: checkpoint time is not RFC 3339")
			}
		}
	}
	return c, nil
}

// SignCheckpoint returns c as a signed note.
func SignCheckpoint(s note.Signer, c Checkpoint) ([]byte, error) {
	return note.Sign(&note.Note{Text: c.text()}, s)
}

// OpenCheckpoint checks a signed checkpoint against the public key vkey
// (as printed by mishen audit pubkey) and returns what it says. It fails
// if the signature is not by that key, the text was changed, or the
// origin is not the key's log.
//
// vkey may hold several keys, one a line (the current key and those it
// replaced, see KeyHistory); a signature by any of them is accepted.
func OpenCheckpoint(msg []byte, vkey string) (Checkpoint, error) {
	var vs []note.Verifier
	suites := map[uint32]*Suite{}
	for _, k := range strings.Fields(vkey) {
		v, su, err := NewVerifier(k)
		if err != nil {
			return Checkpoint{}, fmt.Errorf("audit: public key: %w", err)
		}
		vs = append(vs, v)
		suites[v.KeyHash()] = su
	}
	if len(vs) == 0 {
		return Checkpoint{}, errors.New("audit: no public key given")
	}
	n, err := note.Open(msg, note.VerifierList(vs...))
	if err != nil {
		return Checkpoint{}, fmt.Errorf("audit: checkpoint signature does not verify with this public key: %w", err)
	}
	c, err := parseCheckpoint(n.Text)
	if err != nil {
		return c, err
	}
	if c.Origin != KeyName {
		return c, fmt.Errorf("audit: checkpoint is of log %q, not %q", c.Origin, KeyName)
	}
	for _, sig := range n.Sigs {
		if su := suites[sig.Hash]; su != nil && su.Name != c.Suite {
			return c, fmt.Errorf("audit: checkpoint says suite %s but is signed by a %s key", c.Suite, su.Name)
		}
	}
	return c, nil
}

// LoadKey reads the signing key from folder dir, creating it (mode 0600)
// with its public key beside it when there is none. It refuses a key file
// that others can read.
//
// The key is of suite su; a key of another suite is refused.
func LoadKey(dir string, su *Suite) (note.Signer, string, error) {
	path := filepath.Join(dir, KeyFile)
	skey, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		sk, vk, err := GenerateKey(su, KeyName)
		if err != nil {
			return nil, "", err
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, "", err
		}
		// O_EXCL: two servers starting at once must not both write a key.
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, "", fmt.Errorf("audit: creating the signing key: %w", err)
		}
		if _, err := f.WriteString(sk + "\n"); err != nil {
			f.Close()
			return nil, "", err
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return nil, "", err
		}
		if err := f.Close(); err != nil {
			return nil, "", err
		}
		if err := os.WriteFile(filepath.Join(dir, PubKeyFile), []byte(vk+"\n"), 0o644); err != nil {
			return nil, "", err
		}
		skey = []byte(sk)
	} else if err != nil {
		return nil, "", fmt.Errorf("audit: reading the signing key: %w", err)
	} else if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		return nil, "", fmt.Errorf("audit: the signing key %s can be read by others (mode %o); chmod 600 it", path, fi.Mode().Perm())
	}
	s, ksu, err := NewSigner(string(skey))
	if err != nil {
		return nil, "", fmt.Errorf("audit: signing key %s: %w", path, err)
	}
	if ksu != su {
		return nil, "", fmt.Errorf("audit: signing key %s is a %s key but the log is %s", path, ksu.Name, su.Name)
	}
	vk, err := PublicKey(dir)
	if err != nil {
		return nil, "", err
	}
	return s, vk, nil
}

// PublicKey reads the current public key from folder dir.
func PublicKey(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, PubKeyFile))
	if err != nil {
		return "", fmt.Errorf("audit: reading the public key: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// PublicKeys reads the current public key from folder dir and those it
// replaced (kept as .retired-<time> by a rotation), one a line.
func PublicKeys(dir string) (string, error) {
	cur, err := PublicKey(dir)
	if err != nil {
		return "", err
	}
	keys := []string{cur}
	old, _ := filepath.Glob(filepath.Join(dir, PubKeyFile+".retired-*"))
	for _, f := range old {
		if b, err := os.ReadFile(f); err == nil {
			keys = append(keys, strings.TrimSpace(string(b)))
		}
	}
	return strings.Join(keys, "\n"), nil
}

// Publisher signs checkpoints of the log off the request path: one
// goroutine (Run) signs a new checkpoint when the log has grown, at most
// once per interval unless a caller waits for one (Await), keeps the
// latest for readers, and writes each to a folder outside the data folder
// when one is configured.
type Publisher struct {
	signer note.Signer
	view   func(func(Storage) error) error
	dir    string
	now    func() time.Time

	kick chan struct{}
	mu   sync.Mutex
	cp   Checkpoint
	note []byte
	wait chan struct{} // closed when a new checkpoint is signed
}

// NewPublisher returns a Publisher over the log that view reads. dir, when
// not empty, receives every checkpoint as checkpoint-<size> and the
// latest as checkpoint.
func NewPublisher(s note.Signer, view func(func(Storage) error) error, dir string) *Publisher {
	return &Publisher{signer: s, view: view, dir: dir, now: time.Now, kick: make(chan struct{}, 1), wait: make(chan struct{})}
}

// Run signs checkpoints until ctx ends: every interval when the log grew,
// and at once when Await asks.
func (p *Publisher) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		_ = p.sign() // a failure is retried on the next tick; Await reports it
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-p.kick:
		}
	}
}

// sign signs a checkpoint of the log as it is now, if it grew.
func (p *Publisher) sign() error {
	var c Checkpoint
	err := p.view(func(s Storage) error {
		size, _, err := s.Head()
		if err != nil {
			return err
		}
		su, err := s.Suite()
		if err != nil {
			return err
		}
		c.Suite = su.Name
		c.Size = size
		c.Root, err = RootAt(s, size)
		return err
	})
	if err != nil {
		return err
	}
	p.mu.Lock()
	grew := p.note == nil || c.Size > p.cp.Size
	p.mu.Unlock()
	if !grew {
		return nil
	}
	c.Origin, c.Time = KeyName, p.now().UTC().Truncate(time.Second)
	msg, err := SignCheckpoint(p.signer, c)
	if err != nil {
		return err
	}
	if p.dir != "" {
		if err := writeCheckpoint(p.dir, c.Size, msg); err != nil {
			return err
		}
	}
	p.mu.Lock()
	p.cp, p.note = c, msg
	close(p.wait)
	p.wait = make(chan struct{})
	p.mu.Unlock()
	return nil
}

// writeCheckpoint writes msg as checkpoint-<size> and, atomically, as
// checkpoint in dir.
func writeCheckpoint(dir string, size uint64, msg []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("audit: checkpoint folder: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("checkpoint-%d", size)), msg, 0o644); err != nil {
		return err
	}
	tmp := filepath.Join(dir, ".checkpoint.tmp")
	if err := os.WriteFile(tmp, msg, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, "checkpoint"))
}

// Latest returns the latest signed checkpoint (nil before the first).
func (p *Publisher) Latest() ([]byte, Checkpoint) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.note, p.cp
}

// Await returns a signed checkpoint whose size is at least size, asking
// Run to sign one now if the latest is older.
func (p *Publisher) Await(ctx context.Context, size uint64) ([]byte, Checkpoint, error) {
	for {
		p.mu.Lock()
		msg, c, wait := p.note, p.cp, p.wait
		p.mu.Unlock()
		if msg != nil && c.Size >= size {
			return msg, c, nil
		}
		select {
		case p.kick <- struct{}{}:
		default:
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, Checkpoint{}, fmt.Errorf("audit: no checkpoint of size %d was signed in time: %w", size, ctx.Err())
		}
	}
}
