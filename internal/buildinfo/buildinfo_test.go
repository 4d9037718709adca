package buildinfo

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	bi := &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "75b837ab9ad66e959cea89abd46db8b1810ec454"},
		{Key: "vcs.time", Value: "2026-12-06T05:06:32Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	b := parse(bi, true)
	if b.Version != "v1.2.0" || b.ShortCommit() != "75b837ab9ad6" || !b.Modified || b.Time == "" {
		t.Fatalf("%+v", b)
	}
	if s := b.String(); !strings.HasPrefix(s, "mishen v1.2.0 (commit 75b837ab9ad6, modified, 2026-12-06T05:06:32Z) go") {
		t.Errorf("String: %q", s)
	}
	// A build without VCS information takes the -X values.
	version, commit = "v9.9.9", "abc"
	defer func() { version, commit = "", "" }()
	b = parse(&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true)
	if b.Version != "v9.9.9" || b.Commit != "abc" {
		t.Errorf("-X values: %+v", b)
	}
	if b = parse(nil, false); b.Version != "v9.9.9" || b.Go == "" {
		t.Errorf("no build info: %+v", b)
	}
}
