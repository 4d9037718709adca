package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/patrol"
	"github.com/mishen-gov/mishen/internal/redact"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/sandbox"
	"github.com/mishen-gov/mishen/internal/scan"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/store"
	"github.com/mishen-gov/mishen/internal/web"
	"github.com/mishen-gov/mishen/internal/webhook"
)

const serveUsage = `Usage: mishen serve [flags]

启动审查服务：网页界面（/）、HTTP API（/api/v1/...）、/healthz、/metrics。不带参数即可运行：
监听 :8080，使用 ./mishen-data 作为数据目录（不存在则创建），加载内置词典。
Starts the review service. With no flags it listens on :8080, keeps its data
in ./mishen-data (created if missing) and uses the embedded dictionaries.

第一次使用：先在服务未运行时创建令牌（令牌只显示一次）：
First use: create tokens before starting (each is printed once):
  mishen token create --role admin --name 管理员
  mishen token create --role publisher --name cms
  mishen token create --role reviewer --name 审查员甲
  mishen serve

SIGTERM 或 Ctrl+C 时，进行中的请求会先完成，数据库随后正常关闭。
On SIGTERM or Ctrl+C in-flight requests finish, then the database closes.

Example:
  MISHEN_DATA=/srv/mishen mishen serve --addr 127.0.0.1:8080 --dict /etc/mishen/dict

` + config.Env + `

Flags:
`

// runServe runs the service until SIGINT or SIGTERM.
func runServe(env Env, args []string) int {
	cfg, ok := envConfig(env, "serve")
	if !ok {
		return ExitUsage
	}
	fs := newFlagSet("serve", env, serveUsage)
	cfg.ServeFlags(fs)
	cfg.PatrolFlags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "mishen serve: unexpected argument %q (see mishen serve --help)\n", fs.Arg(0))
		return ExitUsage
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve:", err)
		return ExitUsage
	}
	if _, set := os.LookupEnv("GOGC"); !set {
		// A review allocates about 150 KB (the draft, its normal form,
		// the commit's pages) over a live heap of about 10 MB: at the
		// default GOGC=100 the collector ran some 15 times a second under
		// load and took 10-13% of the CPU. At 200 it runs half as often,
		// for a heap of at most 3x the live data instead of 2x; measured
		// 10-25% less CPU a review (scripts/load.sh). GOGC set in the
		// environment is left as it is.
		debug.SetGCPercent(200)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, env, cfg, nil)
}

// serve runs the service with cfg until ctx is done. ready, if not nil,
// is told the address it listens on.
func serve(ctx context.Context, env Env, cfg config.Config, ready func(addr string)) int {
	log := newLogger(env.Stderr, cfg.LogFormat)
	db, err := store.Open(cfg.DataDir, store.Options{BatchDelay: cfg.BatchDelay}, review.InitWith(cfg.Crypto))
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			fmt.Fprintf(env.Stderr, "mishen serve: %v\n是否已有一个 mishen serve 在使用这个数据目录？/ Is another mishen serve using this data folder?\n", err)
		} else {
			fmt.Fprintln(env.Stderr, "mishen serve:", err)
		}
		return ExitFailed
	}
	defer db.Close()

	scanner, err := scan.New(scan.Config{DictDirs: cfg.DictDirs, RulesFile: cfg.RulesFile, Limits: cfg.ScanLimits(), Isolate: true})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve:", err)
		return ExitFailed
	}
	defer scanner.Close()
	metrics := server.NewMetrics()
	// Webhook deliveries come from the audit log (see package webhook);
	// every committed event wakes the hub.
	hub, err := webhook.New(db, webhook.Options{Logger: log, OnAttempt: metrics.WebhookAttempt, UserAgent: "mishen-webhook/" + version()})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve:", err)
		return ExitFailed
	}
	hooks := metrics.Hooks()
	count := hooks.Appended
	hooks.Appended = func(e *audit.Event) {
		count(e)
		hub.Notify()
	}
	svc, err := review.New(cfg, db, scanner, hooks)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve:", err)
		return ExitFailed
	}
	hub.Audit(svc)
	// The audit log's signing key lives beside the database, never in
	// it; checkpoints are signed by their own goroutine, off the request
	// path, and written to --checkpoint-dir when set.
	su, err := review.LogSuite(db)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve:", err)
		return ExitFailed
	}
	signer, vkey, err := audit.LoadKey(cfg.DataDir, su)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve:", err)
		return ExitFailed
	}
	pub := audit.NewPublisher(signer, func(fn func(audit.Storage) error) error {
		return db.View(func(tx *bolt.Tx) error { return fn(audit.Bolt(tx)) })
	}, cfg.CheckpointDir)
	svc.UsePublisher(pub)
	if err := svc.Started(version()); err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve: recording the start:", err)
		return ExitFailed
	}
	if !svc.HasTokens() {
		bootstrapHelp(env.Stderr, cfg.DataDir)
	}
	printer := form.NewPrinter("", 2)
	if !printer.Available() {
		log.Warn("未安装 Chromium：保密审查单只能在网页上用浏览器打印，不能下载 PDF",
			slog.String("install", "apt-get install chromium fonts-noto-cjk"))
	}
	pm, err := startPatrol(ctx, cfg, scanner, svc, log)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve: website patrol:", err)
		return ExitFailed
	}
	defer func() {
		pm.Close()
		pm.State().Close()
	}()
	cleaner := func(ctx context.Context, name string, data []byte, opts redact.Options) (redact.Result, error) {
		return redact.Clean(ctx, scanner, name, data, opts)
	}
	srv := server.New(cfg, svc, server.Options{Logger: log, Metrics: metrics, Version: version(), Printer: printer, Cleaner: cleaner, Webhooks: hub,
		Register: extraRoutes(svc, cfg, log, printer, pm, cleaner)})

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen serve:", err)
		return ExitFailed
	}
	scheme := "http"
	if cfg.TLSCert != "" {
		scheme = "https"
	}
	abs, _ := filepath.Abs(cfg.DataDir)
	lim := scanner.Limits()
	log.Info("listening", slog.String("addr", ln.Addr().String()), slog.String("url", scheme+"://"+ln.Addr().String()),
		slog.String("data", abs), slog.String("dict_version", scanner.DictVersion()),
		slog.String("policy", svc.Policy().Version()),
		slog.Int64("max_file_mb", lim.MaxFileBytes>>20), slog.Duration("scan_timeout", lim.PerFileTimeout))
	logMissingReaders(log)
	log.Info("parser sandbox", slog.String("confinement", strings.Join(sandbox.Confinement(), "; ")))
	removeLeftovers(log)
	if cfg.Pprof != "" {
		stop, err := servePprof(cfg.Pprof, log)
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen serve: --pprof:", err)
			return ExitFailed
		}
		defer stop()
	}
	if ready != nil {
		ready(ln.Addr().String())
	}

	var wg sync.WaitGroup
	janitorCtx, stopJanitor := context.WithCancel(ctx)
	wg.Add(1)
	go func() {
		defer wg.Done()
		purgeDrafts(janitorCtx, svc, log)
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		pub.Run(janitorCtx, cfg.CheckpointEvery)
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		hub.Run(janitorCtx)
	}()
	log.Info("audit log", slog.String("suite", su.Name), slog.String("public_key", vkey), slog.String("checkpoint_dir", cfg.CheckpointDir))
	err = srv.Serve(ctx, ln)
	stopJanitor()
	wg.Wait()
	if err != nil {
		log.Error("server stopped with an error", slog.String("error", err.Error()))
		return ExitFailed
	}
	svc.Close()
	if err := db.Close(); err != nil {
		log.Error("closing the database", slog.String("error", err.Error()))
		return ExitFailed
	}
	log.Info("stopped")
	return ExitOK
}

// extraRoutes are the routes mounted beside the API (the web UI).
func extraRoutes(svc *review.Service, cfg config.Config, log *slog.Logger, printer *form.Printer, pm *patrol.Manager, cleaner server.Cleaner) []func(*gin.Engine) {
	loc, _ := cfg.Location() // checked by Validate
	ui := web.New(svc, web.Options{MaxUploadBytes: cfg.MaxUploadBytes, MaxFiles: cfg.MaxFiles, Logger: log, Version: version(),
		Location: loc, Org: cfg.Org, Printer: printer, Patrol: pm, PatrolSeeds: cfg.Patrol.URLs, SecureCookies: cfg.CookieSecure, SessionsPerUser: cfg.SessionsPerUser, Cleaner: cleaner})
	return []func(*gin.Engine){ui.Register}
}

// logMissingReaders says once, at start, what this machine cannot read
// because a program mishen drives is not installed: such files are
// reported unreadable (fail closed) and land in the reviewers' queue.
func logMissingReaders(log *slog.Logger) {
	if err := extract.OCRCheck(); err != nil {
		log.Warn("无法识别扫描页和图片中的文字（OCR 不可用），这类文件将报告为无法读取、需人工审查",
			slog.String("reason", err.Error()),
			slog.String("install", "apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng poppler-utils"))
	}
	if formats := extract.NotReadableHere(); len(formats) > 0 {
		log.Warn("未安装 LibreOffice（soffice），以下格式将报告为无法读取、需人工审查",
			slog.String("formats", strings.Join(formats, "、")),
			slog.String("install", "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui"))
	}
}

// purgeDrafts deletes drafts and kept content whose retention ended, and
// rescans released reviews when the dictionaries changed, now and every
// minute.
func purgeDrafts(ctx context.Context, svc *review.Service, log *slog.Logger) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		if n, err := svc.PurgeDrafts(time.Now()); err != nil {
			log.Error("purging drafts", slog.String("error", err.Error()))
		} else if n > 0 {
			log.Info("drafts deleted after retention", slog.Int("count", n))
		}
		if n, err := svc.PurgeKept(time.Now()); err != nil {
			log.Error("purging content kept for rescans", slog.String("error", err.Error()))
		} else if n > 0 {
			log.Info("content kept for rescans deleted after retention", slog.Int("count", n))
		}
		// Released items are scanned again once the dictionaries change
		// (a reload, or a restart with new ones): within a minute.
		if n, raised, err := svc.RescanReleased(ctx); err != nil {
			log.Error("rescanning released reviews", slog.String("error", err.Error()))
		} else if n > 0 {
			log.Info("released reviews rescanned with new dictionaries", slog.Int("count", n), slog.Int("raised", raised))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func newLogger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// bootstrapHelp tells the operator how to create the first tokens; there
// is no default password.
func bootstrapHelp(w io.Writer, dir string) {
	fmt.Fprintf(w, `
mishen: 还没有任何访问令牌，所有 API 请求都会被拒绝（401）。
请停止服务（Ctrl+C），然后创建令牌（每个令牌只显示一次，请妥善保存）：
  mishen token create --data %[1]q --role admin --name 管理员
  mishen token create --data %[1]q --role publisher --name 发布员
  mishen token create --data %[1]q --role reviewer --name 审查员甲
  mishen token create --data %[1]q --role reviewer --name 审查员乙
  mishen token create --data %[1]q --role auditor --name 审计员
再重新运行 mishen serve。服务运行时，管理员也可以用
  MISHEN_TOKEN=<管理员令牌> mishen token create --server http://127.0.0.1:8080 --role R --name N

No access tokens exist yet, so every API request is refused (401). Stop the
server, create tokens with the commands above (each is printed once), and
start it again. While it runs, an admin can create more with --server and
MISHEN_TOKEN.

`, dir)
}

// servePprof serves net/http/pprof on addr (a loopback address, checked
// by Validate), apart from the service and its middleware, until stop.
func servePprof(addr string, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	log.Info("pprof listening", slog.String("addr", ln.Addr().String()))
	return func() { hs.Close() }, nil
}

// leftoverPatterns are the temporary folders in which qpdf (cleaned PDF
// copies) and LibreOffice (legacy formats) read a draft: removed when
// they finish, but left behind by a server that was killed meanwhile.
var leftoverPatterns = []string{"mishen-redact-*", "mishen-soffice-*"}

// leftoverAge is how old a temporary folder must be to be a leftover.
const leftoverAge = 10 * time.Minute

// removeLeftovers removes, at start, the temporary folders a killed
// server left, which may hold a draft in clear. Only folders older than
// leftoverAge are taken: another mishen on the machine may be using a
// newer one (no conversion or cleaning runs that long).
func removeLeftovers(log *slog.Logger) {
	n := 0
	for _, p := range leftoverPatterns {
		dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), p))
		for _, d := range dirs {
			if st, err := os.Stat(d); err != nil || time.Since(st.ModTime()) < leftoverAge {
				continue
			}
			if os.RemoveAll(d) == nil {
				n++
			}
		}
	}
	if n > 0 {
		log.Warn("removed temporary folders of an earlier run that may have held drafts", slog.Int("count", n))
	}
}
