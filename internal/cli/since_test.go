package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScanSinceVersion is the rescan over a folder: a folder of
// published files is scanned and its findings written as a baseline;
// a dictionary term is added; scanning again with the baseline and
// --since-version reports exactly the file that holds the new term, and
// says which versions it compares. A baseline of another version is
// refused.
func TestScanSinceVersion(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "网站")
	os.MkdirAll(site, 0o755)
	files := map[string]string{
		"植树.txt": "关于开展全市植树活动的通知。联系电话 13912345678。",
		"公交.txt": "关于调整公交线路的公告。青松计划第二阶段将于下月启动。",
		"图书.txt": "关于图书馆开放时间的说明。周末照常开放。",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(site, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := filepath.Join(dir, "归档.json")
	vars := map[string]string{"MISHEN_BASELINE_KEY": strings.Repeat("ab", 32)}
	code, _, errb := run(t, vars, "scan", "--isolate=false", "--write-baseline", base, site)
	if code != ExitFound { // the mobile number needs review
		t.Fatalf("first scan: exit %d %s", code, errb)
	}
	var b struct {
		DictVersion string `json:"dict_version"`
	}
	raw, _ := os.ReadFile(base)
	if err := json.Unmarshal(raw, &b); err != nil || b.DictVersion == "" {
		t.Fatalf("baseline without its dictionary version: %s %v", raw, err)
	}

	dict := filepath.Join(dir, "词典")
	os.MkdirAll(dict, 0o755)
	os.WriteFile(filepath.Join(dict, "项目.txt"), []byte("青松计划 | sensitive_term | review | 未公开的项目代号\n"), 0o644)
	code, out, errb := run(t, vars, "scan", "--isolate=false", "--json", "--dict", dict, "--baseline", base, "--since-version", b.DictVersion, site)
	if code != ExitFound {
		t.Fatalf("rescan: exit %d %s", code, errb)
	}
	found := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			File        string `json:"file"`
			DictVersion string `json:"dict_version"`
			Findings    []struct{ Rule string }
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		found[filepath.Base(r.File)] = len(r.Findings)
		if len(r.Findings) > 0 && r.DictVersion == b.DictVersion {
			t.Errorf("a new finding reported with the old version %s", r.DictVersion)
		}
	}
	if found["公交.txt"] != 1 || found["植树.txt"] != 0 || found["图书.txt"] != 0 {
		t.Fatalf("newly found per file: %v", found)
	}
	if !strings.Contains(errb, "自词典版本 "+b.DictVersion) || !strings.Contains(errb, "新发现 1 项") {
		t.Errorf("the versions compared are not said: %s", errb)
	}
	code, _, errb = run(t, vars, "scan", "--isolate=false", "--baseline", base, "--since-version", "000000000000", site)
	if code != ExitUsage || !strings.Contains(errb, "词典版本") {
		t.Fatalf("a baseline of another version: exit %d %s", code, errb)
	}
}
