package web_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/scan"
	"github.com/mishen-gov/mishen/internal/store"
)

// needChromium skips the test without Chromium, except under CI, where
// CI installs it and its absence is a failure.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not found (apt-get install -y chromium fonts-noto-cjk)", chromiumPath)
		}
		t.Skipf("browser test skipped: %s not found (apt-get install -y chromium)", chromiumPath)
	}
}

// realService is the workflow the browser tests drive: a bbolt file in a
// fresh folder and the real scanner.
func realService(t *testing.T) (*review.Service, config.Config, *scan.Scanner) {
	t.Helper()
	gin.SetMode(gin.TestMode)
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{NoSync: true}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cfg := config.Default()
	cfg.DataDir = dir
	sc, err := scan.New(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	svc, err := review.New(cfg, db, sc, review.Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	return svc, cfg, sc
}

// screenshotDir is $MISHEN_SCREENSHOTS, or else fallback, made.
func screenshotDir(t *testing.T, fallback string) string {
	t.Helper()
	shots := os.Getenv("MISHEN_SCREENSHOTS")
	if shots == "" {
		shots = fallback
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	return shots
}

// chromium is an allocator of headless Chromium with a fresh profile, in
// Chinese, at 1280×800, with nothing of its own going out to the network.
func chromium(t *testing.T) (context.Context, context.CancelFunc) {
	return chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
	)
}

// startBrowser starts headless Chromium for a test against base, with
// every step bounded by timeout; screenshots go to screenshots/ (or
// $MISHEN_SCREENSHOTS). Chromium stops when the test ends.
func startBrowser(t *testing.T, base string, timeout time.Duration) *browser {
	t.Helper()
	shots := screenshotDir(t, filepath.Join("..", "..", "screenshots"))
	actx, cancelAlloc := chromium(t)
	b := &browser{t: t, base: base, dir: shots, allowed: map[string]bool{}, pages: map[string]string{}}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(b.listen))
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
		cancelAlloc()
	})
	b.ctx = ctx
	b.do("starting Chromium", chromedp.EmulateViewport(1280, 800))
	return b
}
