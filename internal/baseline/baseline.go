package baseline

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/report"
)

// EnvKey is the environment variable that holds a baseline's key (64 hex
// digits), for pipelines that keep it as a secret.
const EnvKey = "MISHEN_BASELINE_KEY"

// Version is the format of baseline files this package writes.
const Version = 1

// Errors a caller may tell apart.
var (
	// ErrNoKey means neither MISHEN_BASELINE_KEY nor FILE.key is there.
	ErrNoKey = errors.New("baseline: no key")
	// ErrWrongKey means the key is not the one the baseline was made with.
	ErrWrongKey = errors.New("baseline: the key is not the baseline's")
)

// Key is the secret that fingerprints are keyed with: 32 bytes.
type Key []byte

// NewKey returns a new random key.
func NewKey() (Key, error) {
	k := make(Key, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	return k, nil
}

// ParseKey reads a key written as hex digits (64 of them).
func ParseKey(s string) (Key, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) < 16 {
		return nil, errors.New("baseline: a key is 64 hexadecimal digits")
	}
	return Key(b), nil
}

// String is the key in hex, as ParseKey reads it.
func (k Key) String() string { return hex.EncodeToString(k) }

// ID names the key without revealing it: the first 8 bytes of a hash of
// it, in hex.
func (k Key) ID() string {
	h := sha256.Sum256(append([]byte("mishen baseline key id\x00"), k...))
	return hex.EncodeToString(h[:8])
}

// Fingerprint is the finding's fingerprint in file, for its raw value:
// 128 bits of HMAC-SHA256 over the rule, the file's path (slashes,
// cleaned), its place in the file and the value, each field
// length-prefixed so that no two different inputs encode alike.
func (k Key) Fingerprint(file string, f *report.Finding, value string) string {
	m := hmac.New(sha256.New, k)
	for _, field := range []string{"mishen-baseline-v1", f.Rule, CleanPath(file), Place(f.Location), value} {
		m.Write([]byte(strconv.Itoa(len(field))))
		m.Write([]byte{':'})
		m.Write([]byte(field))
	}
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// CleanPath is how a file's path enters a fingerprint: cleaned, with
// forward slashes, so that "./a/b.txt" and "a/b.txt" are one file.
func CleanPath(file string) string {
	if file == "-" {
		return file
	}
	return filepath.ToSlash(filepath.Clean(file))
}

// Place says where in a file a finding is, without its line or offsets:
// the embedded file, part, page, sheet and cell.
func Place(l report.Location) string {
	var b strings.Builder
	b.WriteString(l.Part)
	if l.File != "" {
		b.WriteString(" file=" + l.File)
	}
	if l.Page > 0 {
		b.WriteString(" page=" + strconv.Itoa(l.Page))
	}
	if l.Sheet != "" {
		b.WriteString(" sheet=" + l.Sheet)
	}
	if l.Cell != "" {
		b.WriteString(" cell=" + l.Cell)
	}
	return b.String()
}

// Entry is one accepted finding. Only Fingerprint is matched; the rest
// tells a person reading the file what was accepted.
type Entry struct {
	Fingerprint string          `json:"fingerprint"`
	Rule        string          `json:"rule"`
	Category    report.Category `json:"category"`
	Severity    report.Severity `json:"severity"`
	File        string          `json:"file"`
	Place       string          `json:"place"`
}

// File is a baseline: the accepted findings and the id of their key.
type File struct {
	Version int    `json:"version"`
	KeyID   string `json:"key_id"`
	// DictVersion is the dictionary version of the scan that wrote the
	// baseline: what `mishen scan --since-version` compares with.
	DictVersion string  `json:"dict_version,omitempty"`
	Findings    []Entry `json:"findings"`
}

// FromReports is the baseline that accepts every finding of reps, which
// must carry fingerprints made with key.
func FromReports(key Key, reps []report.Report) (*File, error) {
	bl := NewBuilder(key)
	for i := range reps {
		if err := bl.Add(&reps[i]); err != nil {
			return nil, err
		}
	}
	return bl.File(), nil
}

// Builder makes a baseline one report at a time, keeping only the
// entries: a scan of a large folder writes each report as it ends and
// need not hold them all for the baseline.
type Builder struct {
	b *File
}

// NewBuilder starts an empty baseline for fingerprints made with key.
func NewBuilder(key Key) *Builder {
	return &Builder{b: &File{Version: Version, KeyID: key.ID(), Findings: []Entry{}}}
}

// Add accepts every finding of r, which must carry a fingerprint.
func (bl *Builder) Add(r *report.Report) error {
	b := bl.b
	if b.DictVersion == "" {
		b.DictVersion = r.DictVersion
	}
	for _, f := range r.Findings {
		if f.Fingerprint == "" {
			return fmt.Errorf("baseline: finding %s of %s has no fingerprint", f.ID, r.File)
		}
		b.Findings = append(b.Findings, Entry{Fingerprint: f.Fingerprint, Rule: f.Rule, Category: f.Category,
			Severity: f.Severity, File: CleanPath(r.File), Place: Place(f.Location)})
	}
	return nil
}

// File is the baseline of the reports added so far, its entries sorted
// by file and fingerprint.
func (bl *Builder) File() *File {
	b := bl.b
	sort.SliceStable(b.Findings, func(i, j int) bool {
		a, c := b.Findings[i], b.Findings[j]
		if a.File != c.File {
			return a.File < c.File
		}
		return a.Fingerprint < c.Fingerprint
	})
	return b
}

// Load reads a baseline file.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b File
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline: %s: %w", path, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("baseline: %s: version %d, want %d", path, b.Version, Version)
	}
	return &b, nil
}

// Write writes the baseline to path, replacing it whole (a temporary file
// renamed over it).
func (b *File) Write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".baseline-*")
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("baseline: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("baseline: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	return nil
}

// Check reports ErrWrongKey when key is not the one b was made with.
func (b *File) Check(key Key) error {
	if b.KeyID != key.ID() {
		return fmt.Errorf("%w (baseline key id %s, given key id %s)", ErrWrongKey, b.KeyID, key.ID())
	}
	return nil
}

// Filter removes from reps every finding the baseline accepts, each entry
// accepting one finding, and recomputes each report's verdict from what
// is left; it returns how many it removed.
func (b *File) Filter(reps []report.Report) int {
	a := b.Accepter()
	n := 0
	for i := range reps {
		n += a.Filter(&reps[i])
	}
	return n
}

// Accepter applies a baseline report by report, for a scan that writes
// each report as it ends; each entry accepts one finding over all the
// reports it is given.
type Accepter struct {
	left map[string]int
}

// Accepter starts applying b.
func (b *File) Accepter() *Accepter {
	left := make(map[string]int, len(b.Findings))
	for _, e := range b.Findings {
		left[e.Fingerprint]++
	}
	return &Accepter{left: left}
}

// Filter removes from r the findings the baseline still accepts,
// recomputes r's verdict from what is left and returns how many it
// removed.
func (a *Accepter) Filter(r *report.Report) int {
	n := 0
	kept := r.Findings[:0:0]
	for _, f := range r.Findings {
		if f.Fingerprint != "" && a.left[f.Fingerprint] > 0 {
			a.left[f.Fingerprint]--
			n++
			continue
		}
		kept = append(kept, f)
	}
	if len(kept) != len(r.Findings) {
		r.Findings = kept
		r.Verdict = report.Verdict(kept)
	}
	return n
}

// KeyPath is where a baseline's key file sits: beside it, with .key added.
func KeyPath(baselinePath string) string { return baselinePath + ".key" }

// LoadKey finds the key of the baseline at path: MISHEN_BASELINE_KEY
// (through getenv) first, else the key file beside it. It returns where
// the key came from, for messages.
func LoadKey(getenv func(string) string, path string) (Key, string, error) {
	if s := getenv(EnvKey); s != "" {
		k, err := ParseKey(s)
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", EnvKey, err)
		}
		return k, EnvKey, nil
	}
	kp := KeyPath(path)
	data, err := os.ReadFile(kp)
	if errors.Is(err, os.ErrNotExist) {
		return nil, "", fmt.Errorf("%w: set %s or keep %s beside the baseline", ErrNoKey, EnvKey, kp)
	}
	if err != nil {
		return nil, "", fmt.Errorf("baseline: %w", err)
	}
	k, err := ParseKey(string(data))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", kp, err)
	}
	return k, kp, nil
}

// KeyForWrite is the key a new baseline at path is made with: the one
// LoadKey finds, else a new one written to the key file beside it (mode
// 0600). created says a key file was made.
func KeyForWrite(getenv func(string) string, path string) (k Key, source string, created bool, err error) {
	k, source, err = LoadKey(getenv, path)
	if !errors.Is(err, ErrNoKey) {
		return k, source, false, err
	}
	if k, err = NewKey(); err != nil {
		return nil, "", false, err
	}
	if _, err := SaveKey(getenv, path, k); err != nil {
		return nil, "", false, err
	}
	return k, KeyPath(path), true, nil
}

// SaveKey makes sure the key file of the baseline at path holds key: it
// writes one (mode 0600) when there is none and MISHEN_BASELINE_KEY is
// not set, and refuses a key file that holds another key. created says a
// key file was made.
func SaveKey(getenv func(string) string, path string, key Key) (created bool, err error) {
	k, _, err := LoadKey(getenv, path)
	switch {
	case err == nil:
		if !hmac.Equal(k, key) {
			return false, fmt.Errorf("%w: %s holds another key", ErrWrongKey, KeyPath(path))
		}
		return false, nil
	case !errors.Is(err, ErrNoKey):
		return false, err
	}
	f, err := os.OpenFile(KeyPath(path), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return false, fmt.Errorf("baseline: %w", err)
	}
	if _, err := f.WriteString(key.String() + "\n"); err != nil {
		f.Close()
		return false, fmt.Errorf("baseline: %w", err)
	}
	return true, f.Close()
}
