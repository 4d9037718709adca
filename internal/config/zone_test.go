package config

import (
	"flag"
	"io"
	"testing"
)

// TestZone: times default to Asia/Shanghai; --tz and MISHEN_TZ choose
// another IANA zone; a name that is none fails validation.
func TestZone(t *testing.T) {
	c := Default()
	l, err := c.Location()
	if err != nil || l.String() != "Asia/Shanghai" {
		t.Fatalf("default zone %v %v", l, err)
	}
	if err := c.FromEnv(func(k string) string {
		return map[string]string{"MISHEN_TZ": "Asia/Urumqi", "MISHEN_ORG": "某市人民政府办公室"}[k]
	}); err != nil {
		t.Fatal(err)
	}
	if l, _ := c.Location(); l.String() != "Asia/Urumqi" || c.Org != "某市人民政府办公室" {
		t.Errorf("from env: %v %q", l, c.Org)
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.ZoneFlags(fs)
	if err := fs.Parse([]string{"--tz", "UTC"}); err != nil {
		t.Fatal(err)
	}
	if l, _ := c.Location(); l.String() != "UTC" {
		t.Errorf("--tz UTC gave %v", l)
	}
	c.TimeZone = "Mars/Olympus"
	c.DataDir = "d"
	if err := c.Validate(); err == nil {
		t.Error("a zone that does not exist validated")
	}
}
