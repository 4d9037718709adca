package detect

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/dict"
	"github.com/mishen-gov/mishen/internal/report"
)

func rulesEngine(t testing.TB, rs *Rules) *Engine {
	t.Helper()
	es, err := dict.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	set, err := dict.Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	e := NewWithRules(set, rs)
	e.now = func() time.Time { return fixedNow }
	return e
}

func byRule(fs []report.Finding, rule string) []report.Finding {
	var out []report.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// TestExampleRules runs the vectors of the rules file shipped in docs/
// (the one `mishen rules test` runs in CI) through the engine.
func TestExampleRules(t *testing.T) {
	rs, err := LoadRules("../../docs/rules.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if rs.Len() < 3 {
		t.Fatalf("%d rules", rs.Len())
	}
	e := rulesEngine(t, rs)
	for _, d := range rs.Detectors() {
		for _, s := range d.Must {
			if len(byRule(e.Scan(s, report.Location{Part: "body"}), d.Rule)) == 0 {
				t.Errorf("%s: missed in %q", d.Rule, s)
			}
		}
		for _, s := range d.MustNot {
			if fs := byRule(e.Scan(s, report.Location{Part: "body"}), d.Rule); len(fs) > 0 {
				t.Errorf("%s: false alarm in %q: %q", d.Rule, s, fs[0].Excerpt)
			}
		}
	}
	// The built-in detectors still pass their own vectors beside the
	// custom ones.
	for _, d := range Detectors() {
		for _, s := range d.Must {
			text, cells := vectorPart(s)
			if !hasCategory(e.ScanCells(text, cells, report.Location{Part: "body"}).Findings, d.Category) {
				t.Errorf("built-in %s: missed in %q with the example rules", d.Rule, s)
			}
		}
	}
}

const testRules = `version = 1
[[rules]]
id = "case"
regex = '''xf\d{4}-\d{6}'''
keywords = ["信访"]
mask_first = 6
mask_last = 2
message = "编号 {value}"
must = ["信访 XF2026-000123"]
must_not = ["XF2026-000123"]

[[rules]]
id = "code"
severity = "block"
regex = '''青鸟-\d{3}号'''
mask = "none"
must = ["青鸟-017号"]
must_not = ["青鸟"]

[[rules]]
id = "secret_id"
category = "id_card"
regex = '''\d{17}[\dx]'''
validator = "gb11643"
keywords = ["编号"]
confidence = "low"
must = ["110101199003074514"]
must_not = ["110101199003074515"]

[[exclusions]]
categories = ["mobile_phone"]
values = ["138 0013 8000"]

[[exclusions]]
rules = ["custom.case"]
regexes = ['''xf2026-999\d{3}''']
`

func TestCustomRules(t *testing.T) {
	rs, err := ParseRules("test.toml", []byte(testRules))
	if err != nil {
		t.Fatal(err)
	}
	e := rulesEngine(t, rs)
	scan := func(s string) []report.Finding { return e.Scan(s, report.Location{Part: "body"}) }

	// Mask and message of the rule; the raw value never shows.
	fs := byRule(scan("信访件 XF2026-000123 已办结"), "custom.case")
	if len(fs) != 1 || fs[0].Severity != report.Review || fs[0].Category != report.SensitiveTerm {
		t.Fatalf("case: %+v", fs)
	}
	if got := fs[0].Excerpt[strings.Index(fs[0].Excerpt, "XF"):]; !strings.HasPrefix(got, "XF2026-****23") || fs[0].Message != "编号 XF2026-****23" {
		t.Errorf("case masked as %q, message %q", fs[0].Excerpt, fs[0].Message)
	}
	// mask = "none" shows the value; severity block with the pattern as
	// its own proof stays block.
	fs = byRule(scan("关于青鸟-017号的通知"), "custom.code")
	if len(fs) != 1 || fs[0].Severity != report.Block || !strings.Contains(fs[0].Excerpt, "青鸟-017号") {
		t.Errorf("code: %+v", fs)
	}
	// confidence low: found without its keyword, then at most review;
	// with it, the category's severity (block). The built-in ID detector
	// gives way to the office's rule for the same value.
	fs = byRule(scan("号码110101199003074514"), "custom.secret_id")
	if len(fs) != 1 || fs[0].Severity != report.Block {
		t.Errorf("secret_id with checksum: %+v", scan("号码110101199003074514"))
	}
	// Exclusions: the public service mobile, whatever its spacing; a
	// rule's excluded range.
	if fs := scan("服务电话 13800138000，联系人 13912345678"); len(fs) != 1 || !strings.Contains(fs[0].Excerpt, "139****5678") {
		t.Errorf("mobile exclusion: %+v", fs)
	}
	if fs := byRule(scan("信访 XF2026-999001"), "custom.case"); len(fs) != 0 {
		t.Errorf("excluded case number reported: %+v", fs)
	}
	// Markings are never excluded.
	if _, err := ParseRules("x.toml", []byte("version = 1\n[[exclusions]]\ncategories = [\"classified_marking\"]\nvalues = [\"秘密\"]\n")); err == nil {
		t.Error("an exclusion of markings was accepted")
	}
}

func TestRulesErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"version = 2", "version"},
		{"version = 1\n[[rules]]\nid = \"a\"\nregex = \"(\"\nmust=[\"a\"]\nmust_not=[\"b\"]", "regex"},
		{"version = 1\n[[rules]]\nid = \"a\"\nregex = \"a+\"\nvalidator = \"crc\"\nmust=[\"a\"]\nmust_not=[\"b\"]", "validator"},
		{"version = 1\n[[rules]]\nid = \"a\"\nregex = \"a+\"\nmust=[\"a\"]", "must_not"},
		{"version = 1\n[[rules]]\nid = \"a\"\nregex = \"a*\"\nmust=[\"a\"]\nmust_not=[\"b\"]", "empty"},
		{"version = 1\n[[rules]]\nid = \"a\"\nregx = \"a\"\n", "regx"},
		{"version = 1\n[[rules]]\nid = \"a\"\ncategory = \"mobile_phone\"\nmask = \"none\"\nregex = \"a\"\nmust=[\"a\"]\nmust_not=[\"b\"]", "always masked"},
		{"version = 1\n[[rules]]\nid = \"A b\"\nregex = \"a\"\nmust=[\"a\"]\nmust_not=[\"b\"]", "id"},
		{"version = 1\n[[rules]]\nid = \"a\"\ncategory = \"secret\"\nregex = \"a\"\nmust=[\"a\"]\nmust_not=[\"b\"]", "category"},
		{"version = 1\nrules = [", "test.toml:2"},
	} {
		_, err := ParseRules("test.toml", []byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one naming %q", tc.text, err, tc.want)
		}
	}
}

func TestValidUSCC(t *testing.T) {
	for _, c := range []string{"91330100MA2B3C4D5N", "92330106MA2C3D4E55", "91440300708461136T", "92330106ma2c3d4e55"} {
		if !validUSCC(c) {
			t.Errorf("%s: valid code refused", c)
		}
	}
	for _, c := range []string{"91330100MA2B3C4D5M", "92330106MA2C3D4E5", "9133010OMA2B3C4D5N", "913301001A2B3C4D5N"} {
		if validUSCC(c) {
			t.Errorf("%s: invalid code accepted", c)
		}
	}
}

func FuzzParseRules(f *testing.F) {
	if example, err := os.ReadFile("../../docs/rules.example.toml"); err == nil {
		f.Add(example)
	}
	f.Add([]byte(testRules))
	f.Add([]byte("version = 1\n[[rules]]\nid=\"x\"\nregex=\"\\\\d+\"\nmust=[\"1\"]\nmust_not=[\"a\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		rs, err := ParseRules("fuzz.toml", data)
		if err != nil {
			return
		}
		for _, d := range rs.Detectors() {
			in := &input{norm: "信访 xf2026-000123 110101199003074514", now: fixedNow}
			d.find(in)
		}
	})
}
