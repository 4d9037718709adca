package archive_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/extract/archive"
	"github.com/mishen-gov/mishen/internal/report"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// partText is the text of the parts from member file.
func partText(d *doc.Document, file string) string {
	var b strings.Builder
	for _, p := range d.Parts {
		if p.File == file {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func rules(d *doc.Document) map[string][]report.Finding {
	m := map[string][]report.Finding{}
	for _, f := range d.Findings {
		m[f.Rule] = append(m[f.Rule], f)
	}
	return m
}

// TestBundles reads the same members from a zip, a 7z and a tar.gz made
// by zip, 7z and tar: each member is a part under its own name, and the
// archive inside is reported, not read.
func TestBundles(t *testing.T) {
	for _, c := range []struct{ file, format string }{
		{"bundle.zip", extract.FormatZIP}, {"bundle.7z", extract.Format7Z}, {"bundle.tar.gz", extract.FormatGZIP},
	} {
		t.Run(c.file, func(t *testing.T) {
			d := extract.Extract(context.Background(), c.file, read(t, c.file), doc.DefaultLimits())
			if d.Format != c.format {
				t.Errorf("format %q, want %q", d.Format, c.format)
			}
			if got := partText(d, "通知.txt"); !strings.Contains(got, "秘密★1年") {
				t.Errorf("通知.txt: %q (parts %+v)", got, d.Parts)
			}
			if got := partText(d, "名单.csv"); !strings.Contains(got, "110101199003074514") {
				t.Errorf("名单.csv: %q", got)
			}
			if got := partText(d, "docs/clean.txt"); !strings.Contains(got, "全民健身") {
				t.Errorf("docs/clean.txt: %q", got)
			}
			r := rules(d)
			if e := r[extract.RuleEmbedded]; len(e) != 1 || e[0].Location.File != "inner.zip" || !strings.Contains(e[0].Message, "解压") {
				t.Errorf("nested archive: %+v", e)
			}
			if len(d.Findings) != 1 {
				t.Errorf("findings %+v, want only the nested archive", d.Findings)
			}
			if partText(d, "inner.zip!通知.txt") != "" {
				t.Error("the nested archive was read")
			}
		})
	}
}

func TestSingleGzipAndGBKNames(t *testing.T) {
	d := extract.Extract(context.Background(), "single.txt.gz", read(t, "single.txt.gz"), doc.DefaultLimits())
	if len(d.Parts) != 1 || !strings.Contains(d.Parts[0].Text, "秘密★1年") || len(d.Findings) != 0 {
		t.Errorf("single.txt.gz: %+v", d)
	}
	d = extract.Extract(context.Background(), "gbk.zip", read(t, "gbk.zip"), doc.DefaultLimits())
	if !strings.Contains(partText(d, "通知书.txt"), "秘密★1年") {
		t.Errorf("gbk.zip: %+v", d.Parts)
	}
}

// TestUnreadable: encrypted members, encrypted names, bombs and damage
// are findings, never a silent pass.
func TestUnreadable(t *testing.T) {
	cases := []struct{ file, rule, member string }{
		{"encrypted.zip", extract.RuleEncrypted, "名单.csv"},
		{"encrypted.7z", extract.RuleEncrypted, "名单.csv"},
		{"encrypted-names.7z", extract.RuleEncrypted, ""},
		{"bomb.zip", "unreadable.zip_bomb", "zeros.bin"},
		{"bomb.7z", "unreadable.zip_bomb", "zeros.bin"},
		{"damaged.rar", extract.RuleCorrupt, ""},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d := extract.Extract(context.Background(), c.file, read(t, c.file), doc.DefaultLimits())
			f := rules(d)[c.rule]
			if len(f) != 1 || f[0].Location.File != c.member || f[0].Category != report.Unreadable {
				t.Fatalf("findings %+v, want one %s for %q", d.Findings, c.rule, c.member)
			}
			if len(d.Parts) != 0 {
				t.Errorf("parts %+v", d.Parts)
			}
		})
	}
}

// TestLimits: past MaxZipEntries the rest is reported; a member over
// MaxFileBytes is reported and skipped.
func TestLimits(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.MaxZipEntries = 2
	d, err := archive.Extract(context.Background(), archive.SevenZip, read(t, "bundle.7z"), lim)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Embedded) != 2 || len(rules(d)[archive.RuleTooMany]) != 1 {
		t.Errorf("entries: %d embedded, findings %+v", len(d.Embedded), d.Findings)
	}
	lim = doc.DefaultLimits()
	lim.MaxFileBytes = 40
	d, err = archive.Extract(context.Background(), archive.Gzip, read(t, "bundle.tar.gz"), lim)
	if err != nil {
		t.Fatal(err)
	}
	f := rules(d)[archive.RuleTooLarge]
	if len(f) != 1 || !strings.Contains(f[0].Message, "等") {
		t.Errorf("too large: %+v", d.Findings)
	}
	for _, e := range d.Embedded {
		if int64(len(e.Data)) > lim.MaxFileBytes {
			t.Errorf("%s kept with %d bytes", e.Name, len(e.Data))
		}
	}
}

func TestCleanName(t *testing.T) {
	for raw, want := range map[string]string{
		"../../etc/passwd":         "etc/passwd",
		`C:\temp\a.doc`:            "C:/temp/a.doc",
		"/abs/./x.txt":             "abs/x.txt",
		"a\x00b\nc.txt":            "abc.txt",
		"..":                       "（未命名文件）",
		"outer!inner.docx":         "outerinner.docx",
		"\xcd\xa8\xd6\xaa\xca\xe9": "通知书",
	} {
		if got := archive.CleanName(raw); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", raw, got, want)
		}
	}
	if got := archive.CleanName(strings.Repeat("长", 500)); len([]rune(got)) != 201 {
		t.Errorf("long name kept %d runes", len([]rune(got)))
	}
}
