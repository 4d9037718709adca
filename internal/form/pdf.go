package form

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ErrNoChromium is returned by Printer.PDF when no Chromium is installed.
var ErrNoChromium = errors.New("form: Chromium is not installed (apt-get install chromium fonts-noto-cjk)")

// chromiumNames are the commands looked for on PATH, Debian's first.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// FindChromium returns the path of an installed Chromium, or "".
func FindChromium() string {
	for _, n := range chromiumNames {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// Printer prints forms to PDF with headless Chromium, one browser per
// form (a form is printed rarely; a browser kept running would hold
// memory for nothing), at most Parallel at once. It is safe for
// concurrent use.
type Printer struct {
	path    string
	slots   chan struct{}
	timeout time.Duration
}

// NewPrinter returns a printer using the Chromium at path ("" finds one
// on PATH), printing at most parallel forms at once (at least 1).
func NewPrinter(path string, parallel int) *Printer {
	if path == "" {
		path = FindChromium()
	}
	return &Printer{path: path, slots: make(chan struct{}, max(parallel, 1)), timeout: 60 * time.Second}
}

// Available reports whether a Chromium was found.
func (p *Printer) Available() bool { return p != nil && p.path != "" }

// Path is the Chromium used.
func (p *Printer) Path() string { return p.path }

// PDF prints html, a page WriteHTML wrote, to an A4 PDF. The page is set
// as the content of a blank tab with scripts disabled, so nothing is
// loaded from anywhere.
func (p *Printer) PDF(ctx context.Context, html []byte) ([]byte, error) {
	if !p.Available() {
		return nil, ErrNoChromium
	}
	select {
	case p.slots <- struct{}{}:
		defer func() { <-p.slots }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	ctx, cancel := context.WithTimeout(ctx, p.timeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "mishen-form-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(p.path), chromedp.Headless, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-extensions", true), chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("lang", "zh-CN"), chromedp.UserDataDir(dir),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run its sandbox as root (containers)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		return nil, fmt.Errorf("form: starting Chromium: %w", err)
	}
	yes := true
	zero := 0.0
	out, err := chromedp.Run(bctx, chromedp.Action[[]byte](func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		if _, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			return nil, err
		}
		tree, err := cdp.Call(ctx, t, page.GetFrameTree, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		if _, err := cdp.Call(ctx, t, page.SetDocumentContent, page.SetDocumentContentParams{FrameID: tree.FrameTree.Frame.ID, HTML: string(html)}); err != nil {
			return nil, err
		}
		r, err := cdp.Call(ctx, t, page.PrintToPDF, page.PrintToPDFParams{PrintBackground: &yes, PreferCSSPageSize: &yes,
			MarginTop: &zero, MarginBottom: &zero, MarginLeft: &zero, MarginRight: &zero})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	}))
	if err != nil {
		return nil, fmt.Errorf("form: printing with Chromium: %w", err)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-")) {
		return nil, errors.New("form: Chromium did not return a PDF")
	}
	return out, nil
}
