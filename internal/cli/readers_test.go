package cli

import (
	"bytes"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestLogMissingReaders: on a machine without Tesseract and LibreOffice,
// serve says so once at start, naming what will be unreadable and what to
// install. The check caches what it finds, so it runs in a child test
// process whose PATH holds neither program.
func TestLogMissingReaders(t *testing.T) {
	if os.Getenv("MISHEN_TEST_READERS") == "1" {
		var buf bytes.Buffer
		logMissingReaders(slog.New(slog.NewTextHandler(&buf, nil)))
		os.Stdout.WriteString(buf.String())
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLogMissingReaders$")
	cmd.Env = append(os.Environ(), "MISHEN_TEST_READERS=1", "PATH="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"OCR 不可用", "tesseract-ocr-chi-sim", "未安装 LibreOffice", "旧版 Word", "libreoffice-writer-nogui"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
}
