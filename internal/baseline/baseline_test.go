package baseline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/report"
)

const rawID = "110101199003074514" // synthetic, check digit valid

func finding(rule string, loc report.Location) report.Finding {
	return report.Finding{ID: "F1", Rule: rule, Category: report.IDCard, Severity: report.Block, Location: loc}
}

func TestFingerprint(t *testing.T) {
	k, _ := NewKey()
	loc := report.Location{Part: "body", Line: 3, Start: 10, End: 28}
	f := finding("id_card.gb11643", loc)
	fp := k.Fingerprint("a/b.txt", &f, rawID)
	if len(fp) != 32 || strings.Contains(fp, rawID) {
		t.Fatalf("fingerprint %q", fp)
	}
	moved := f
	moved.Location.Line, moved.Location.Start, moved.Location.End = 9, 100, 118
	if k.Fingerprint("./a/b.txt", &moved, rawID) != fp {
		t.Error("a finding moved down the same part changed its fingerprint")
	}
	other := f
	other.Location.Page = 2
	k2, _ := NewKey()
	for name, got := range map[string]string{
		"value":   k.Fingerprint("a/b.txt", &f, "110101199003074530"),
		"file":    k.Fingerprint("a/c.txt", &f, rawID),
		"place":   k.Fingerprint("a/b.txt", &other, rawID),
		"another": k2.Fingerprint("a/b.txt", &f, rawID),
	} {
		if got == fp {
			t.Errorf("a different %s gave the same fingerprint", name)
		}
	}
}

func TestRoundTripAndFilter(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "baseline.json")
	env := func(string) string { return "" }
	k, src, created, err := KeyForWrite(env, path)
	if err != nil || !created || src != KeyPath(path) {
		t.Fatalf("key: %v %v %q", err, created, src)
	}
	if st, err := os.Stat(KeyPath(path)); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", err, st)
	}
	fa := finding("id_card.gb11643", report.Location{Part: "body"})
	fa.Fingerprint = k.Fingerprint("a.txt", &fa, rawID)
	fb := fa
	fb.ID = "F2"
	reps := []report.Report{{File: "a.txt", Verdict: report.Block, Findings: []report.Finding{fa}}}
	b, err := FromReports(k, reps)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), rawID) || strings.Contains(string(data), k.String()) {
		t.Fatal("baseline holds the value or the key")
	}
	b2, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	k2, _, err := LoadKey(env, path)
	if err != nil || b2.Check(k2) != nil {
		t.Fatalf("reload: %v", err)
	}
	// Accepted once, found twice: one is new.
	now := []report.Report{{File: "a.txt", Verdict: report.Block, Findings: []report.Finding{fa, fb}}}
	if n := b2.Filter(now); n != 1 || len(now[0].Findings) != 1 || now[0].Findings[0].ID != "F2" || now[0].Verdict != report.Block {
		t.Fatalf("filter: %d %+v", n, now)
	}
	only := []report.Report{{File: "a.txt", Verdict: report.Block, Findings: []report.Finding{fa}}}
	if b2.Filter(only); only[0].Verdict != report.Pass {
		t.Errorf("verdict after filtering everything: %s", only[0].Verdict)
	}
	// Another key is refused, and the environment's key wins over the file.
	other, _ := NewKey()
	envKey := func(k string) string {
		if k == EnvKey {
			return other.String()
		}
		return ""
	}
	k3, src, err := LoadKey(envKey, path)
	if err != nil || src != EnvKey || !errors.Is(b2.Check(k3), ErrWrongKey) {
		t.Errorf("env key: %v %q %v", err, src, b2.Check(k3))
	}
	if _, _, err := LoadKey(env, filepath.Join(dir, "none.json")); !errors.Is(err, ErrNoKey) {
		t.Errorf("missing key: %v", err)
	}
	if _, err := SaveKey(env, path, other); !errors.Is(err, ErrWrongKey) {
		t.Errorf("saving another key over the file: %v", err)
	}
}
