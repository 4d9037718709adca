package scan

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/report"
)

func hasRule(r report.Report, rule string) bool {
	for _, f := range r.Findings {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// TestRulesReload checks that Reload rereads the rules file, and that a
// file with an error leaves the rules in force.
func TestRulesReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.toml")
	write := func(id, re string) {
		text := "version = 1\n[[rules]]\nid = \"" + id + "\"\nregex = '''" + re + "'''\nmust = [\"x\"]\nmust_not = [\"y\"]\n"
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("one", `青鸟-\d{3}号`)
	s, err := New(Config{RulesFile: path})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if r := s.Scan(ctx, "a.txt", []byte("青鸟-017号\n")); !hasRule(r, "custom.one") {
		t.Fatalf("custom rule not applied: %+v", r.Findings)
	}
	write("two", `(`)
	if err := s.Reload(nil); err == nil || !strings.Contains(err.Error(), "regex") {
		t.Fatalf("a bad rules file reloaded: %v", err)
	}
	if r := s.Scan(ctx, "a.txt", []byte("青鸟-017号\n")); !hasRule(r, "custom.one") {
		t.Fatal("a failed reload dropped the rules in force")
	}
	write("three", `白鹭-\d{3}号`)
	if err := s.Reload(nil); err != nil {
		t.Fatal(err)
	}
	r := s.Scan(ctx, "a.txt", []byte("青鸟-017号 白鹭-017号\n"))
	if hasRule(r, "custom.one") || !hasRule(r, "custom.three") {
		t.Fatalf("reload did not swap the rules: %+v", r.Findings)
	}
}

// TestFingerprintValues checks what Config.Fingerprint is given: the raw
// value of each detected finding (in any part, at any offset), and for a
// finding without one the file's hash and message.
func TestFingerprintValues(t *testing.T) {
	got := map[string]string{}
	s, err := New(Config{Fingerprint: func(file string, f *report.Finding, value string) string {
		got[f.Rule] = value
		return "fp:" + f.Rule
	}})
	if err != nil {
		t.Fatal(err)
	}
	text := "说明：第一行\n联系人 张三，手机 138 1234 5678\n身份证号110101199003074514。\n"
	r := s.Scan(context.Background(), "a.txt", []byte(text))
	if got["id_card.gb11643"] != "110101199003074514" || got["mobile_phone.cn"] != "138 1234 5678" {
		t.Errorf("values: %q", got)
	}
	for _, f := range r.Findings {
		if f.Fingerprint != "fp:"+f.Rule {
			t.Errorf("%s: fingerprint %q", f.Rule, f.Fingerprint)
		}
	}
	// An unreadable file: the value is its hash and the message.
	got = map[string]string{}
	r = s.Scan(context.Background(), "x.pdf", []byte("%PDF-1.7\n garbage"))
	for _, f := range r.Findings {
		if v := got[f.Rule]; !strings.HasPrefix(v, "sha256:"+r.SHA256) {
			t.Errorf("%s: value %q", f.Rule, v)
		}
	}
	if len(r.Findings) == 0 {
		t.Fatal("a broken PDF has no finding")
	}
}
