package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func today(t *testing.T) string {
	l, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return time.Now().In(l).Format("2006-01-02")
}

// TestStatsOffline counts the seeded trail from the data folder: twelve
// reviews needing a human, each approved.
func TestStatsOffline(t *testing.T) {
	data, _, _ := seedTrail(t)
	d := today(t)
	code, out, errb := run(t, nil, "stats", "--data", data, "--from", d, "--to", d)
	if code != ExitOK {
		t.Fatalf("stats: %d %s", code, errb)
	}
	if !strings.HasPrefix(out, "\ufeff分组,名称,审查数") {
		t.Fatalf("not a CSV for Excel: %.60q", out)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	total := recs[1]
	if total[0] != "合计" || total[2] != "12" || total[4] != "12" || total[6] != "12" || total[8] != "0" {
		t.Errorf("total row %v", total)
	}
	file := filepath.Join(t.TempDir(), "s.json")
	if code, _, errb := run(t, nil, "stats", "--data", data, "--format", "json", "-o", file); code != ExitOK {
		t.Fatalf("stats json: %d %s", code, errb)
	}
	if b, _ := os.ReadFile(file); !bytes.Contains(b, []byte(`"reviews": 12`)) {
		t.Errorf("json: %s", b)
	}
	for _, bad := range [][]string{{"--from", "2026-02-30"}, {"--format", "xls"}, {"extra"}, {"--tz", "Mars/Base"}} {
		if code, _, _ := run(t, nil, append([]string{"stats", "--data", data}, bad...)...); code != ExitUsage {
			t.Errorf("stats %v: exit %d, want %d", bad, code, ExitUsage)
		}
	}
}

// TestFormOffline writes the forms of the seeded period into a folder.
func TestFormOffline(t *testing.T) {
	data, _, _ := seedTrail(t)
	d := today(t)
	out := filepath.Join(t.TempDir(), "forms")
	code, stdout, errb := run(t, nil, "form", "--data", data, "--from", d, "--to", d, "-o", out, "--org", "某县人民政府办公室")
	if code != ExitOK {
		t.Fatalf("form: %d %s", code, errb)
	}
	if !strings.Contains(stdout, "12 份审查单") {
		t.Errorf("form said %q", stdout)
	}
	b, err := os.ReadFile(filepath.Join(out, "保密审查单-R00000007.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"某县人民政府办公室", "信息公开保密审查单", "同意公开", "rev"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("form lacks %q", want)
		}
	}
	idx, err := os.ReadFile(filepath.Join(out, "审查单清单.csv"))
	if err != nil || !bytes.HasPrefix(idx, []byte("\xef\xbb\xbf审查编号")) || bytes.Count(idx, []byte("\r\n")) != 13 {
		t.Errorf("index: %v %q", err, idx)
	}
	if code, _, _ := run(t, nil, "form", "--data", data); code != ExitUsage {
		t.Errorf("form without -o: exit %d", code)
	}
}
