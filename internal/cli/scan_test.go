package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/report"
)

// runCLI runs mishen with args and stdin; the scanner runs in process
// (--isolate=false) because the test binary is not mishen.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code := Main(env, args)
	return code, out.String(), errb.String()
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	blockText  = "秘密★1年\n关于做好工作的通知\n"
	reviewText = "本材料属工作秘密，请勿外传。\n"
	passText   = "本机关欢迎社会各界监督，服务热线12345。\n"
	// A synthetic resident ID with a valid GB 11643 check digit.
	rawID = "110101199003074514"
)

func decodeLines(t *testing.T, out string) []report.Report {
	t.Helper()
	var rs []report.Report
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var r report.Report
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("not a JSON line: %q: %v", line, err)
		}
		if r.Findings == nil {
			t.Fatalf("findings must be a list, not null: %q", line)
		}
		rs = append(rs, r)
	}
	return rs
}

func TestScanExitCodes(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.txt": blockText, "r.txt": reviewText, "p.txt": passText})
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"scan", "--isolate=false", filepath.Join(dir, "p.txt")}, ExitOK},
		{[]string{"scan", "--isolate=false", filepath.Join(dir, "r.txt")}, ExitFound},
		{[]string{"scan", "--isolate=false", filepath.Join(dir, "b.txt"), filepath.Join(dir, "p.txt")}, ExitFound},
		{[]string{"scan", "--isolate=false", filepath.Join(dir, "p.txt"), filepath.Join(dir, "missing.txt")}, ExitUsage},
		{[]string{"scan"}, ExitUsage},
		{[]string{"scan", "--no-such-flag", "x"}, ExitUsage},
		{[]string{"scan", "--help"}, ExitOK},
	} {
		if code, _, errOut := runCLI(t, "", tc.args...); code != tc.want {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tc.args, code, tc.want, errOut)
		}
	}
}

// TestScanJSONOrderAndShape checks one JSON object per input, in input
// order, with the stable fields, and a missing file reported on stderr.
func TestScanJSONOrderAndShape(t *testing.T) {
	dir := writeFiles(t, map[string]string{"1.txt": passText, "2.txt": blockText, "3.txt": reviewText})
	args := []string{"scan", "--json", "--isolate=false"}
	for _, n := range []string{"3.txt", "1.txt", "missing.txt", "2.txt"} {
		args = append(args, filepath.Join(dir, n))
	}
	code, out, errOut := runCLI(t, "", args...)
	if code != ExitUsage || !strings.Contains(errOut, "missing.txt") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	rs := decodeLines(t, out)
	want := []struct {
		file    string
		verdict report.Severity
	}{{"3.txt", report.Review}, {"1.txt", report.Pass}, {"2.txt", report.Block}}
	if len(rs) != len(want) {
		t.Fatalf("%d reports, want %d:\n%s", len(rs), len(want), out)
	}
	for i, w := range want {
		if filepath.Base(rs[i].File) != w.file || rs[i].Verdict != w.verdict || rs[i].Format != "text" {
			t.Errorf("report %d: %s %s %s, want %s %s", i, rs[i].File, rs[i].Format, rs[i].Verdict, w.file, w.verdict)
		}
	}
	f := rs[2].Findings[0]
	if f.ID != "F1" || f.Category != report.ClassifiedMarking || f.Location.Line != 1 || f.Basis == "" {
		t.Errorf("finding: %+v", f)
	}
}

// TestScanFolders checks recursion: every file, hidden ones included, is
// scanned, and a link to a file is followed.
func TestScanFolders(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a/p.txt": passText, "a/b/.hidden.txt": "身份证号" + rawID + "\n", "c.txt": passText})
	if err := os.Symlink(filepath.Join(dir, "c.txt"), filepath.Join(dir, "a", "link.txt")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "scan", "--json", "--isolate=false", filepath.Join(dir, "a"))
	rs := decodeLines(t, out)
	if code != ExitFound || len(rs) != 3 {
		t.Fatalf("exit %d, %d reports, stderr %q", code, len(rs), errOut)
	}
	var hidden *report.Report
	for i := range rs {
		if strings.HasSuffix(rs[i].File, ".hidden.txt") {
			hidden = &rs[i]
		}
	}
	if hidden == nil || hidden.Verdict != report.Block {
		t.Errorf("the hidden file was not scanned: %+v", rs)
	}
}

func TestScanStdin(t *testing.T) {
	code, out, _ := runCLI(t, blockText, "scan", "--json", "--isolate=false", "-")
	rs := decodeLines(t, out)
	if code != ExitFound || len(rs) != 1 || rs[0].File != "-" || rs[0].Verdict != report.Block {
		t.Errorf("stdin: exit %d %+v", code, rs)
	}
}

// TestScanNeverPrintsRawPersonalData checks the human and JSON outputs.
func TestScanNeverPrintsRawPersonalData(t *testing.T) {
	text := "申请人身份证号" + rawID + "，手机13812345678，卡号6222021234567890128。\n"
	for _, args := range [][]string{{"scan", "--isolate=false", "-"}, {"scan", "--json", "--isolate=false", "-"}} {
		code, out, errOut := runCLI(t, text, args...)
		if code != ExitFound {
			t.Errorf("%v: exit %d", args, code)
		}
		for _, raw := range []string{rawID, "13812345678", "6222021234567890128", "19900307"} {
			if strings.Contains(out, raw) || strings.Contains(errOut, raw) {
				t.Errorf("%v prints %q", args, raw)
			}
		}
	}
}

func TestScanHumanOutput(t *testing.T) {
	dir := writeFiles(t, map[string]string{"通知.txt": blockText})
	_, out, _ := runCLI(t, "", "scan", "--isolate=false", filepath.Join(dir, "通知.txt"))
	for _, want := range []string{"通知.txt:1", "classified_marking", "【秘密★1年】", "阻断 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("human output lacks %q:\n%s", want, out)
		}
	}
}

// TestScanLimits checks that an operator's limit reaches the extractor: a
// file over --max-file-mb is reported unreadable, not passed.
func TestScanLimits(t *testing.T) {
	dir := writeFiles(t, map[string]string{"big.txt": strings.Repeat("本机关依法公开政府信息。\n", 100000)})
	code, out, errOut := runCLI(t, "", "scan", "--json", "--isolate=false", "--max-file-mb", "1", filepath.Join(dir, "big.txt"))
	rs := decodeLines(t, out)
	if code != ExitFound || len(rs) != 1 || rs[0].Findings[0].Category != report.Unreadable {
		t.Fatalf("exit %d, %+v, stderr %q", code, rs, errOut)
	}
	if code, _, _ := runCLI(t, "", "scan", "--isolate=false", "--max-file-mb", "0", filepath.Join(dir, "big.txt")); code != ExitUsage {
		t.Errorf("--max-file-mb 0: exit %d, want %d", code, ExitUsage)
	}
}

// TestScanProfiles: --cpuprofile and --memprofile write profiles that
// pprof reads (gzip-compressed protocol buffers), and neither holds the
// text scanned.
func TestScanProfiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.txt": blockText})
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	if code, _, errOut := runCLI(t, "", "scan", "--isolate=false", "--cpuprofile", cpu, "--memprofile", mem, filepath.Join(dir, "b.txt")); code != ExitFound {
		t.Fatalf("exit %d (stderr %q)", code, errOut)
	}
	for _, p := range []string{cpu, mem} {
		b, err := os.ReadFile(p)
		if err != nil || len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Fatalf("%s: %d bytes, %v: not a gzip-compressed profile", p, len(b), err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(raw, []byte(blockText[:min(len(blockText), 12)])) {
			t.Errorf("%s holds the text scanned", p)
		}
	}
	if code, _, errOut := runCLI(t, "", "scan", "--memprofile", filepath.Join(dir, "no", "such", "dir"), filepath.Join(dir, "b.txt")); code != ExitUsage || errOut == "" {
		t.Errorf("unwritable profile: exit %d, stderr %q", code, errOut)
	}
}
