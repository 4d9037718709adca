package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	pathpkg "path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mishen-gov/mishen/internal/patrol"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

const patrolUsage = `用法: mishen patrol [flags] URL...

巡查已经发布的网站：从给出的网址出发，只在同一主机（及 --extra-host 列出的主机）内
抓取，遵守 robots.txt，读取 sitemap.xml，沿页面中的链接（a、area、iframe、embed、
object、img 及任何 href）抓取页面和附件（PDF、DOCX、XLSX、OFD、图片、压缩包…），
用与 mishen scan 相同的方式逐个扫描，报告每个网址的结论、发现（已脱敏）、
链接来源页面和 HTTP 信息。

巡查状态保存在 --state 文件（默认 <数据目录>/patrol.db）：中断或达到上限后再次运行
同一命令会从中断处继续；完成后再次运行会发送条件请求（ETag、Last-Modified），
只重新下载和扫描有变化的网址；词典版本变化后会全部重新扫描，并标出新发现的问题。

退出码: 0 全部通过；1 有网址需要审查或被阻断；2 用法错误；3 巡查出错。

示例:
  mishen patrol https://www.example.gov.cn/
  mishen patrol --extra-host files.example.gov.cn --format csv https://www.example.gov.cn/ > 巡查.csv
  mishen patrol --max-pages 5000 --max-time 2h https://www.example.gov.cn/   # 分批巡查，下次继续

Flags:
`

func runPatrol(env Env, args []string) int {
	fset := newFlagSet("patrol", env, patrolUsage)
	format := fset.String("format", "text", "输出格式：text（人读）、json（每个网址一行）、csv、sarif")
	all := fset.Bool("all", false, "文本输出也列出通过的网址")
	var extra, dicts multiFlag
	fset.Var(&extra, "extra-host", "也属于本网站的主机（如附件服务器 files.example.gov.cn），可多次给出")
	fset.Var(&dicts, "dict", "额外词典目录或文件，可多次给出（默认只用内置词典）")
	rules := fset.String("rules", "", "自定义检测规则文件（TOML，见 docs/rules.md），与 mishen scan 相同")
	statePath := fset.String("state", "", "巡查状态文件（默认 <数据目录>/patrol.db）")
	ua := fset.String("user-agent", patrol.DefaultUserAgent, "请求时使用的 User-Agent")
	conc := fset.Int("concurrency", 4, "每个主机同时进行的请求数")
	delay := fset.Duration("delay", 100*time.Millisecond, "对同一主机每个请求之后的间隔")
	timeout := fset.Duration("timeout", 30*time.Second, "单个请求（含下载）的时限")
	maxPages := fset.Int("max-pages", 0, "本次最多抓取的网址数（0 不限；下次继续）")
	maxDepth := fset.Int("max-depth", 0, "从起始网址起最多跟随的链接层数（0 不限）")
	maxTotal := fset.Int64("max-total-mb", 0, "本次最多下载的总量，MiB（0 不限；下次继续）")
	maxTime := fset.Duration("max-time", 0, "本次巡查的最长时间（0 不限；下次继续）")
	isolate := fset.Bool("isolate", true, "在子进程中解析二进制格式（PDF/DOCX/XLSX），限制其 CPU 和内存")
	jobs := fset.Int("jobs", runtime.GOMAXPROCS(0), "同时扫描的文件数")
	cfg, ok := envConfig(env, "patrol")
	if !ok {
		return ExitUsage
	}
	cfg.DataFlags(fset)
	cfg.LimitFlags(fset)
	urls, err := parseInterspersed(fset, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if err != nil {
		return ExitUsage
	}
	if len(urls) == 0 {
		fmt.Fprint(env.Stderr, "mishen patrol: 请给出要巡查的网站网址\n\n")
		fset.Usage()
		return ExitUsage
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(env.Stderr, "mishen patrol:", err)
		return ExitUsage
	}
	var w patrol.Writer
	if *format != "text" {
		if w, err = patrol.NewWriter(*format, env.Stdout); err != nil {
			fmt.Fprintf(env.Stderr, "mishen patrol: 不支持的输出格式 %q（可用 text、json、csv、sarif）\n", *format)
			return ExitUsage
		}
	}
	sc, err := scan.New(scan.Config{DictDirs: dicts, Isolate: *isolate, Limits: cfg.ScanLimits(), RulesFile: *rules})
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen patrol: 词典或规则加载失败: %v\n", err)
		return ExitUsage
	}
	defer sc.Close()
	path := *statePath
	if path == "" {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			fmt.Fprintf(env.Stderr, "mishen patrol: 无法创建数据目录: %v\n", pathErr(err))
			return ExitUsage
		}
		path = filepath.Join(cfg.DataDir, "patrol.db")
	}
	st, err := patrol.OpenState(path)
	if errors.Is(err, patrol.ErrStateBusy) {
		fmt.Fprintf(env.Stderr, "mishen patrol: 状态文件 %s 正被另一个巡查使用\n", path)
		return ExitUsage
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen patrol: 无法打开状态文件 %s: %v\n", path, err)
		return ExitFailed
	}
	defer st.Close()

	pcfg := patrol.Config{Seeds: urls, ExtraHosts: extra, UserAgent: *ua, Concurrency: *conc, Delay: *delay,
		Timeout: *timeout, MaxPages: *maxPages, MaxDepth: *maxDepth, MaxTotalBytes: *maxTotal << 20,
		MaxDuration: *maxTime, ScanWorkers: max(*jobs, 1)}

	// Ctrl-C stops fetching; what was fetched is kept and the next run
	// continues.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var mu sync.Mutex
	found := false
	progress := isTerminal(env.Stderr)
	emit := func(it *patrol.Item) error {
		mu.Lock()
		defer mu.Unlock()
		if it.Verdict == report.Block || it.Verdict == report.Review {
			found = true
		}
		if w != nil {
			return w.Write(it)
		}
		if it.Verdict == report.Pass && !*all || it.Verdict == "" && it.Error == "" && it.FinalURL != "" && !*all {
			return nil
		}
		if progress {
			io.WriteString(env.Stderr, "\r\033[K")
		}
		printItem(env.Stdout, it)
		return nil
	}
	var onProgress func(patrol.Stats)
	if progress {
		onProgress = func(s patrol.Stats) {
			mu.Lock()
			defer mu.Unlock()
			// A crawl learns its size as it goes: the bar is what is done
			// against what is done plus what waits in the frontier.
			done := s.Fetched + s.Unchanged + s.Failed
			waiting := int64(0)
			if p, err := st.Progress(); err == nil {
				waiting = int64(p.Queued)
			}
			fmt.Fprintf(env.Stderr, "\r\033[K%s 已下载 %d，未变化 %d，待抓取 %d，阻断 %d，需审查 %d，%.1f 个/秒",
				progressBar(done, done+waiting, 20), s.Fetched, s.Unchanged, waiting, s.Block, s.Review, s.PagesPerSecond())
		}
	}
	stats, err := patrol.Run(ctx, pcfg, sc, st, emit, onProgress)
	if progress {
		io.WriteString(env.Stderr, "\r\033[K")
	}
	if errors.Is(err, patrol.ErrNoSeeds) || err != nil && strings.Contains(err.Error(), "is not an http") {
		fmt.Fprintf(env.Stderr, "mishen patrol: 网址无效：请给出 http:// 或 https:// 开头的网址\n")
		return ExitUsage
	}
	if w != nil {
		if cerr := w.Close(stats); cerr != nil && err == nil {
			err = cerr
		}
	} else {
		printPatrolSummary(env.Stdout, stats)
	}
	if stats.Stopped != "" && stats.Stopped != "error" {
		fmt.Fprintf(env.Stderr, "mishen patrol: 本次巡查未完成（%s）；再次运行同一命令将从中断处继续\n", stopReason(stats.Stopped))
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen patrol: %v\n", err)
		return ExitFailed
	}
	if found {
		return ExitFound
	}
	return ExitOK
}

func stopReason(s string) string {
	switch s {
	case "max-pages":
		return "达到 --max-pages 上限"
	case "max-bytes":
		return "达到 --max-total-mb 上限"
	case "max-time":
		return "达到 --max-time 上限"
	case "cancelled":
		return "已中断"
	}
	return s
}

// printItem writes one URL's result for a person: the verdict, where it
// was linked from, what the server said, and the findings.
func printItem(w io.Writer, it *patrol.Item) {
	switch {
	case it.Verdict == "" && it.FinalURL != "":
		fmt.Fprintf(w, "%s: 重定向到 %s\n", it.URL, it.FinalURL)
		return
	case it.Verdict == "":
		fmt.Fprintf(w, "%s: %s（来自 %s）\n", it.URL, it.Error, orDash(it.Referrer))
		return
	}
	state := ""
	if it.Unchanged {
		state = "，自上次巡查未变化"
	}
	fmt.Fprintf(w, "%s: %s（%s，%d 项%s）\n", it.URL, verdictLabel[it.Verdict], orDash(it.Format), len(it.Findings), state)
	fmt.Fprintf(w, "    来自 %s；HTTP %d %s，%d 字节", orDash(it.Referrer), it.Status, orDash(it.ContentType), it.Length)
	if it.LastModified != "" {
		fmt.Fprintf(w, "，最后修改 %s", it.LastModified)
	}
	fmt.Fprintln(w)
	isNew := map[string]bool{}
	for _, id := range it.New {
		isNew[id] = true
	}
	fs := append([]report.Finding(nil), it.Findings...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity.Rank() > fs[j].Severity.Rank() })
	for _, f := range fs {
		mark := ""
		if isNew[f.ID] {
			mark = " [新发现]"
		}
		fmt.Fprintf(w, "  %s  [%s] %s %s  %s%s\n", where(pathpkg.Base(it.URL), f.Location), severityLabel[f.Severity], f.Category, f.Category.Label(), f.Rule, mark)
		if f.Excerpt != "" {
			fmt.Fprintf(w, "      %s\n", marked(f))
		}
		if f.Message != "" {
			fmt.Fprintf(w, "      → %s\n", f.Message)
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func printPatrolSummary(w io.Writer, s patrol.Stats) {
	fmt.Fprintf(w, "\n第 %d 轮巡查%s：下载 %d 个，未变化 %d 个，失败 %d 个，robots.txt 禁止 %d 个；扫描 %d 个：阻断 %d，需审查 %d，通过 %d",
		s.Pass, map[bool]string{true: "（续）", false: ""}[s.Resumed], s.Fetched, s.Unchanged, s.Failed, s.Skipped, s.Scanned, s.Block, s.Review, s.Passed)
	if s.New > 0 {
		fmt.Fprintf(w, "；新发现 %d 项", s.New)
	}
	fmt.Fprintf(w, "。共 %.1f MB，用时 %s，%.1f 个/秒。\n", float64(s.Bytes)/(1<<20), s.Elapsed.Round(time.Millisecond), s.PagesPerSecond())
}

// progressBar draws done out of total as [#####.....] with a percentage.
func progressBar(done, total int64, width int) string {
	if total <= 0 {
		total = 1
	}
	n := int(done * int64(width) / total)
	n = min(max(n, 0), width)
	return fmt.Sprintf("[%s%s] %3d%%", strings.Repeat("#", n), strings.Repeat(".", width-n), done*100/total)
}
