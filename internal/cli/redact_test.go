package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := write("通知.txt", "关于走访工作的通知\n联系人手机13912345678，身份证号110101199003074514。\n")
	marked := write("密.txt", "秘密★1年\n联系人手机13912345678\n")
	out := filepath.Join(dir, "通知-脱敏.txt")

	tests := []struct {
		name     string
		args     []string
		code     int
		want     string // the cleaned file, when written
		inStdout string
		inStderr string
	}{
		{"mask", []string{plain, "-o", out}, ExitOK, "关于走访工作的通知\n联系人手机139****5678，身份证号110101********4514。\n", "脱敏 2 处", ""},
		{"label", []string{"--operator", "label", plain, "-o", out}, ExitOK, "关于走访工作的通知\n联系人手机【已删除】，身份证号【已删除】。\n", "复查：通过", ""},
		{"keep", []string{"--keep", "mobile_phone", plain, "-o", out}, ExitOK, "关于走访工作的通知\n联系人手机13912345678，身份证号110101********4514。\n", "保留待审查", ""},
		{"marking refused", []string{marked, "-o", out}, ExitFound, "", "", "密级标志"},
		{"no -o", []string{plain}, ExitUsage, "", "", "-o"},
		{"two files", []string{plain, marked, "-o", out}, ExitUsage, "", "", "一个"},
		{"bad operator", []string{"--operator", "blur", plain, "-o", out}, ExitUsage, "", "", "mask"},
		{"bad keep", []string{"--keep", "phone", plain, "-o", out}, ExitUsage, "", "", "phone"},
		{"over the original", []string{plain, "-o", plain}, ExitUsage, "", "", "覆盖"},
		{"missing", []string{filepath.Join(dir, "无.txt"), "-o", out}, ExitUsage, "", "", "无法打开"},
		{"help", []string{"--help"}, ExitOK, "", "mishen redact 通知.docx -o 通知-脱敏.docx", ""},
		{"unknown flag", []string{"--blur", plain, "-o", out}, ExitUsage, "", "", "用法: mishen redact"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(out)
			code, stdout, stderr := runCLI(t, "", append([]string{"redact", "--isolate=false"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout, stderr)
			}
			got, err := os.ReadFile(out)
			switch {
			case tt.want == "" && err == nil && tt.name != "over the original":
				t.Errorf("wrote %s", out)
			case tt.want != "" && string(got) != tt.want:
				t.Errorf("cleaned copy %q, want %q", got, tt.want)
			}
			if !strings.Contains(stdout, tt.inStdout) {
				t.Errorf("stdout %q lacks %q", stdout, tt.inStdout)
			}
			if !strings.Contains(stderr, tt.inStderr) {
				t.Errorf("stderr %q lacks %q", stderr, tt.inStderr)
			}
			for _, raw := range []string{"13912345678", "110101199003074514"} {
				if strings.Contains(stderr, raw) || tt.name != "keep" && strings.Contains(stdout, raw) {
					t.Errorf("output shows a raw value")
				}
			}
		})
	}
}

func TestRedactToStdoutAndJSON(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(p, []byte("手机13912345678\n"), 0o644)
	code, stdout, stderr := runCLI(t, "", "redact", "--isolate=false", p, "-o", "-")
	if code != ExitOK || stdout != "手机139****5678\n" || !strings.Contains(stderr, "脱敏 1 处") {
		t.Fatalf("exit %d stdout %q stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCLI(t, "", "redact", "--isolate=false", "--json", p, "-o", p+".out")
	var res struct {
		Changes []struct{ Category, Masked string }
		After   struct{ Verdict string }
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || code != ExitOK {
		t.Fatalf("exit %d, %v: %s", code, err, stdout)
	}
	if len(res.Changes) != 1 || res.Changes[0].Masked != "139****5678" || res.After.Verdict != "pass" {
		t.Errorf("%+v", res)
	}
}
