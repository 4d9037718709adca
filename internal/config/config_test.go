package config

import (
	"flag"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
)

func TestPrecedence(t *testing.T) {
	env := map[string]string{
		"MISHEN_ADDR":            "127.0.0.1:9000",
		"MISHEN_DATA":            "/srv/mishen",
		"MISHEN_DICT":            "/a:/b",
		"MISHEN_BLOCK_APPROVALS": "3",
		"MISHEN_DRAFT_RETENTION": "1h",
		"MISHEN_MAX_UPLOAD_MB":   "8",
		"MISHEN_TOKEN":           "secret",
	}
	c := Default()
	if err := c.FromEnv(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c.ServeFlags(fs)
	if err := fs.Parse([]string{"--addr", ":7000", "--dict", "/c"}); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":7000" || c.DataDir != "/srv/mishen" || c.BlockApprovals != 3 ||
		c.DraftRetention != time.Hour || c.MaxUploadBytes != 8<<20 || c.Token != "secret" ||
		strings.Join(c.DictDirs, ",") != "/a,/b,/c" || c.ReviewApprovals != 1 {
		t.Fatalf("config = %+v", c)
	}
}

func TestDefaultsValid(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8080" || c.DataDir != "mishen-data" {
		t.Fatalf("defaults: %+v", c)
	}
}

func TestBadValues(t *testing.T) {
	c := Default()
	err := c.FromEnv(func(k string) string {
		return map[string]string{"MISHEN_BLOCK_APPROVALS": "two", "MISHEN_BATCH_DELAY": "soon"}[k]
	})
	if err == nil || !strings.Contains(err.Error(), "MISHEN_BLOCK_APPROVALS") || !strings.Contains(err.Error(), "MISHEN_BATCH_DELAY") {
		t.Fatalf("err = %v", err)
	}
	c = Default()
	c.TLSCert = "cert.pem"
	c.BlockApprovals = 0
	c.LogFormat = "xml"
	c.Server = "localhost:8080"
	err = c.Validate()
	for _, want := range []string{"tls-key", "approvals", "xml", "http://"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate error lacks %q: %v", want, err)
		}
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.ServeFlags(fs)
	if err := fs.Parse([]string{"--max-upload-mb", "lots"}); err == nil {
		t.Error("bad --max-upload-mb accepted")
	}
}

// TestExtractionLimits: --max-file-mb and --scan-timeout (and their
// variables) override the extraction defaults and nothing else.
func TestExtractionLimits(t *testing.T) {
	c := Default()
	if l := c.ScanLimits(); l != doc.DefaultLimits() {
		t.Errorf("default limits %+v differ from doc.DefaultLimits", l)
	}
	env := map[string]string{"MISHEN_MAX_FILE_MB": "16", "MISHEN_SCAN_TIMEOUT": "2m"}
	if err := c.FromEnv(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if c.MaxFileBytes != 16<<20 || c.ScanTimeout != 2*time.Minute {
		t.Fatalf("from env: %d %s", c.MaxFileBytes, c.ScanTimeout)
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c.ServeFlags(fs)
	if err := fs.Parse([]string{"--max-file-mb", "8", "--scan-timeout", "45s"}); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	want := doc.DefaultLimits()
	want.MaxFileBytes, want.PerFileTimeout = 8<<20, 45*time.Second
	if l := c.ScanLimits(); l != want {
		t.Fatalf("limits %+v, want %+v", l, want)
	}

	bad := Default()
	if err := bad.FromEnv(func(k string) string {
		return map[string]string{"MISHEN_MAX_FILE_MB": "-1", "MISHEN_SCAN_TIMEOUT": "forever"}[k]
	}); err == nil || !strings.Contains(err.Error(), "MISHEN_MAX_FILE_MB") || !strings.Contains(err.Error(), "MISHEN_SCAN_TIMEOUT") {
		t.Errorf("bad variables: %v", err)
	}
	bad.MaxFileBytes, bad.ScanTimeout = 0, 0
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "max-file-mb") || !strings.Contains(err.Error(), "scan-timeout") {
		t.Errorf("bad values: %v", err)
	}
}

// TestLimitFlags checks that every extraction limit can be set by flag and
// by environment, and that unset ones keep package doc's defaults.
func TestLimitFlags(t *testing.T) {
	c := Default()
	env := map[string]string{"MISHEN_MAX_ZIP_RATIO": "50", "MISHEN_MAX_PDF_PAGES": "10"}
	if err := c.FromEnv(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	c.LimitFlags(fs)
	if err := fs.Parse([]string{"--max-unzip-mb", "8", "--max-xml-depth", "32", "--max-zip-entries", "99"}); err != nil {
		t.Fatal(err)
	}
	l := c.ScanLimits()
	d := doc.DefaultLimits()
	if l.MaxZipRatio != 50 || l.MaxPages != 10 || l.MaxUnzipBytes != 8<<20 || l.MaxXMLDepth != 32 || l.MaxZipEntries != 99 {
		t.Errorf("limits %+v", l)
	}
	if l.MaxTextRunes != d.MaxTextRunes || l.MaxFileBytes != c.MaxFileBytes {
		t.Errorf("defaults lost: %+v", l)
	}
}
