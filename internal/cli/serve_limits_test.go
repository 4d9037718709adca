package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/store"
)

// TestServeExtractionLimits: --max-file-mb and --scan-timeout (and their
// variables) reach the scanner: a file over the limit is not read and
// gets an unreadable finding, and the limits in force are logged.
func TestServeExtractionLimits(t *testing.T) {
	env, _, errb := testEnv(map[string]string{"MISHEN_MAX_FILE_MB": "1", "MISHEN_SCAN_TIMEOUT": "9s"})
	cfg := config.Default()
	if err := cfg.FromEnv(env.Getenv); err != nil {
		t.Fatal(err)
	}
	fs := newFlagSet("serve", env, serveUsage)
	cfg.ServeFlags(fs)
	if err := fs.Parse([]string{"--scan-timeout", "7s"}); err != nil {
		t.Fatal(err)
	}
	if cfg.MaxFileBytes != 1<<20 || cfg.ScanTimeout != 7*time.Second {
		t.Fatalf("config: %d bytes, %s", cfg.MaxFileBytes, cfg.ScanTimeout)
	}
	cfg.DataDir = filepath.Join(t.TempDir(), "data")
	cfg.Addr = "127.0.0.1:0"

	// A publisher token, made offline as an operator would.
	db, err := store.Open(cfg.DataDir, store.Options{}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := review.New(cfg, db, nil, review.Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	secret, _, err := svc.CreateToken(review.LocalActor(), review.Publisher, "cms")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr := make(chan string, 1)
	done := make(chan int, 1)
	go func() { done <- serve(ctx, env, cfg, func(a string) { addr <- a }) }()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case code := <-done:
		t.Fatalf("serve exited %d: %s", code, errb)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "big.txt")
	fw.Write(bytes.Repeat([]byte("政务公开 "), 120_000)) // 1.6 MB
	mw.Close()
	req, _ := http.NewRequest("POST", base+"/api/v1/reviews", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var r review.Review
	json.NewDecoder(resp.Body).Decode(&r)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || len(r.Findings) != 1 || r.Findings[0].Rule != "unreadable.too_large" {
		t.Fatalf("a file over --max-file-mb: %d %+v", resp.StatusCode, r)
	}
	cancel()
	if code := <-done; code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb)
	}
	if log := errb.String(); !strings.Contains(log, "max_file_mb=1") || !strings.Contains(log, "scan_timeout=7s") {
		t.Errorf("the limits in force are not logged:\n%s", log)
	}
}
