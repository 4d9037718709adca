package cli

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/baseline"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/prefault"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

const scanUsage = `用法: mishen scan [flags] FILE|DIR|- ...

扫描文件（文本、HTML、PDF 含扫描件、DOCX、XLSX、PPTX、OFD、图片、
旧版 DOC/XLS/PPT/RTF、WPS、ODF 与压缩包），报告密级标志、敏感词、个人信息、
隐藏内容和无法读取的部分。目录会递归扫描；"-" 从标准输入读取纯文本。
扫描件和图片需要 Tesseract（tesseract-ocr、tesseract-ocr-chi-sim）和 poppler-utils
做文字识别；旧版 Office/WPS 文件需要 LibreOffice 转换；未安装时这些文件报告为
“无法完整读取”，需人工审查。

输出格式（--format）:
  text   给人看的结果（默认）
  json   每个文件一行 JSON（JSON Lines），按输入顺序；--json 与之相同
  sarif  SARIF 2.1.0（代码扫描平台读取），规则、位置和已脱敏的消息
  csv    每项发现一行（表头见 docs/cli.md），可用表格软件打开
  junit  JUnit XML，每个文件一个测试用例，达到 --fail-on 的文件为失败

退出码 / exit status:
  0  没有达到 --fail-on 级别的发现（或目录为空，未扫描任何文件）
  1  有文件的发现达到 --fail-on 级别（默认 review：需审查或阻断）
  2  用法错误、规则文件或基线有误，或有文件无法打开/读取（其余文件照常扫描和报告）
  3  结果或基线无法写出，或内部错误
  同时出现时 2 优先于 1：没读到的文件比已发现的问题更需要人处理。

基线（--baseline）: 已确认可接受的发现记录为指纹（规则 + 文件路径 + 文件内位置 +
用密钥对原值计算的 HMAC，不含原值），--write-baseline 写出本次的全部发现。密钥不在基线
文件中：取自环境变量 MISHEN_BASELINE_KEY，否则为基线旁的 FILE.key（首次写出时创建，
权限 0600，不要提交到代码库）。

示例:
  mishen scan 通知.docx 附件/                 # 人读的结果
  mishen scan --json 通知.docx | jq .verdict   # 每个文件一行 JSON
  mishen scan --format sarif --fail-on block 网站/ > mishen.sarif
  mishen scan --write-baseline .mishen-baseline.json 网站/   # 记录已接受的发现
  mishen scan --baseline .mishen-baseline.json -q 网站/     # 只报告新的发现
  mishen scan --baseline 归档.json --since-version 7b90c78ebbdd 归档/  # 词典更新后复查：只报告新词典新发现的问题
  mishen scan --rules 本单位规则.toml 草稿.txt               # 加载自定义检测规则
  echo "秘密★1年" | mishen scan -
  mishen scan --max-file-mb 200 --scan-timeout 2m 年鉴.pdf  # 放宽单个文件的读取上限

读取上限（--max-* 与 --scan-timeout）也可用 MISHEN_* 环境变量设置，与 mishen serve 相同；
超过上限的文件不会被放行，而是报告为“无法完整读取”（unreadable），需人工审查。

Flags:
`

// Output formats of mishen scan.
const (
	formatText  = "text"
	formatJSON  = "json"
	formatSARIF = "sarif"
	formatCSV   = "csv"
	formatJUnit = "junit"
)

// scanOptions are mishen scan's flags beyond the scanner's configuration.
type scanOptions struct {
	format, failOn          string
	baseline, writeBaseline string
	sinceVersion            string
	quiet                   bool
}

func runScan(env Env, args []string) int {
	fset := newFlagSet("scan", env, scanUsage)
	var o scanOptions
	fset.StringVar(&o.format, "format", formatText, "输出格式：text、json、sarif、csv 或 junit")
	jsonOut := fset.Bool("json", false, "同 --format json：每个文件输出一行 JSON（JSON Lines），按输入顺序")
	fset.StringVar(&o.failOn, "fail-on", "review", "退出码为 1 的最低级别：block、review、info 或 never")
	fset.StringVar(&o.baseline, "baseline", "", "基线文件：其中已接受的发现不再报告")
	fset.StringVar(&o.writeBaseline, "write-baseline", "", "把本次的全部发现写成基线文件")
	fset.StringVar(&o.sinceVersion, "since-version", "", "与 --baseline 同用：只报告词典版本 V（写基线时的版本）之后新发现的问题，用于词典更新后复查已发布的文件夹或归档")
	fset.BoolVar(&o.quiet, "quiet", false, "只输出需要处理的内容：text 格式不列出通过的文件和汇总，不显示进度和提示")
	fset.BoolVar(&o.quiet, "q", false, "同 --quiet")
	rules := fset.String("rules", "", "自定义检测规则文件（TOML，见 docs/rules.md）")
	var dicts multiFlag
	fset.Var(&dicts, "dict", "额外词典目录或文件，可多次给出（默认只用内置词典）")
	isolate := fset.Bool("isolate", true, "在子进程中解析二进制格式（PDF/DOCX/XLSX），限制其 CPU 和内存")
	jobs := fset.Int("jobs", runtime.GOMAXPROCS(0), "同时扫描的文件数")
	cpuprofile := fset.String("cpuprofile", "", "把 CPU 剖析写入此文件（用于性能分析）")
	memprofile := fset.String("memprofile", "", "扫描结束时把内存分配剖析写入此文件（用于性能分析，go tool pprof -sample_index=alloc_space 查看）")
	cfg, ok := envConfig(env, "scan")
	if !ok {
		return ExitUsage
	}
	cfg.LimitFlags(fset)
	files, err := parseInterspersed(fset, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if err != nil {
		return ExitUsage
	}
	if *jsonOut {
		o.format = formatJSON
	}
	switch o.format {
	case formatText, formatJSON, formatSARIF, formatCSV, formatJUnit:
	default:
		fmt.Fprintf(env.Stderr, "mishen scan: 未知的输出格式 %q（可用 text、json、sarif、csv、junit）\n", o.format)
		return ExitUsage
	}
	if _, ok := failLevels[o.failOn]; !ok {
		fmt.Fprintf(env.Stderr, "mishen scan: --fail-on %q 无效（可用 block、review、info、never）\n", o.failOn)
		return ExitUsage
	}
	if len(files) == 0 {
		fmt.Fprint(env.Stderr, "mishen scan: 请给出要扫描的文件、目录或 -（标准输入）；mishen scan --help 查看用法\n")
		return ExitUsage
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen scan: %v\n", err)
			return ExitUsage
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if *memprofile != "" {
		f, err := os.Create(*memprofile)
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen scan: %v\n", err)
			return ExitUsage
		}
		defer func() {
			defer f.Close()
			runtime.GC() // the profile counts what the last collection saw
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintf(env.Stderr, "mishen scan: %v\n", err)
			}
		}()
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(env.Stderr, "mishen scan:", err)
		return ExitUsage
	}
	key, base, code := o.loadBaseline(env)
	if code != ExitOK {
		return code
	}
	if o.sinceVersion != "" {
		switch {
		case base == nil:
			fmt.Fprintln(env.Stderr, "mishen scan: --since-version 需要 --baseline：基线记录了上次扫描已发现的问题；先用 --write-baseline 写出")
			return ExitUsage
		case base.DictVersion != o.sinceVersion:
			fmt.Fprintf(env.Stderr, "mishen scan: 基线 %s 是用词典版本 %q 写出的，不是 %q：请用该版本写出的基线\n", o.baseline, base.DictVersion, o.sinceVersion)
			return ExitUsage
		}
	}
	scfg := scan.Config{DictDirs: dicts, Isolate: *isolate, Limits: cfg.ScanLimits(), RulesFile: *rules}
	if key != nil {
		scfg.Fingerprint = key.Fingerprint
	}
	sc, err := scan.New(scfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen scan: 词典或规则加载失败: %v\n", err)
		return ExitUsage
	}
	defer sc.Close()
	inputs, bad := expand(env, files)
	status := ExitOK
	if bad {
		status = ExitUsage
	}
	if len(inputs) == 0 && !bad && !o.quiet {
		fmt.Fprintln(env.Stderr, "mishen scan: 没有找到任何文件，未扫描任何内容（目录为空）。")
	}
	var prog *progress
	if !o.quiet && isTerminal(env.Stderr) && (len(inputs) > 20 || hasDir(files)) {
		prog = newProgress(env.Stderr, len(inputs), isTerminal(env.Stdout))
	}
	// Each report is written as soon as it and every report before it
	// are done, so a folder of any size costs the memory of a few
	// reports; only the baseline's entries and, for SARIF and JUnit,
	// whose documents begin with totals, the reports themselves are held.
	out, err := newEmitter(env.Stdout, o)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen scan: 无法写出结果:", err)
		return ExitFailed
	}
	var built *baseline.Builder
	if o.writeBaseline != "" {
		built = baseline.NewBuilder(key)
	}
	var acc *baseline.Accepter
	if base != nil {
		acc = base.Accepter()
	}
	accepted, fresh, found := 0, 0, false
	var baseErr error
	failed := scanOrdered(inputs, max(*jobs, 1), prog, func(i int) result { return scanOne(env, sc, inputs[i]) }, func(i int, r result) error {
		if r.err != nil {
			prog.clear(false)
			fmt.Fprintf(env.Stderr, "mishen scan: %s: %v\n", inputs[i], r.err)
			status = ExitUsage
			return nil
		}
		rep := &r.rep
		if built != nil && baseErr == nil {
			baseErr = built.Add(rep)
		}
		if acc != nil {
			accepted += acc.Filter(rep)
		}
		fresh += len(rep.Findings)
		found = found || o.fails(rep)
		prog.clear(true)
		return out.add(rep)
	})
	prog.end()
	if failed == nil {
		failed = out.close(accepted)
	}
	if failed != nil {
		fmt.Fprintln(env.Stderr, "mishen scan: 无法写出结果:", failed)
		return ExitFailed
	}
	if built != nil {
		b := built.File()
		if baseErr == nil {
			baseErr = b.Write(o.writeBaseline)
		}
		if baseErr != nil {
			fmt.Fprintln(env.Stderr, "mishen scan:", baseErr)
			return ExitFailed
		}
		if !o.quiet {
			fmt.Fprintf(env.Stderr, "mishen scan: 已把 %d 项发现写入基线 %s\n", len(b.Findings), o.writeBaseline)
		}
	}
	if o.sinceVersion != "" && !o.quiet {
		now := sc.DictVersion()
		if now == o.sinceVersion {
			fmt.Fprintf(env.Stderr, "mishen scan: 词典版本仍为 %s，与基线相同；新发现 %d 项来自文件的改动\n", now, fresh)
		} else {
			fmt.Fprintf(env.Stderr, "mishen scan: 自词典版本 %s 以来，版本 %s 新发现 %d 项\n", o.sinceVersion, now, fresh)
		}
	}
	if status == ExitOK && found {
		status = ExitFound
	}
	return status
}

// failLevels are the --fail-on levels: the least severity that makes the
// exit status 1 (0 for never).
var failLevels = map[string]int{
	"block":  report.Block.Rank(),
	"review": report.Review.Rank(),
	"info":   report.Info.Rank(),
	"never":  0,
}

// fails reports whether a file's findings reach the --fail-on level.
func (o *scanOptions) fails(r *report.Report) bool {
	lvl := failLevels[o.failOn]
	if lvl == 0 {
		return false
	}
	for _, f := range r.Findings {
		if f.Severity.Rank() >= lvl {
			return true
		}
	}
	return false
}

// loadBaseline reads the key (and, for --baseline, the baseline) the
// flags ask for; a code other than ExitOK ends the command.
func (o *scanOptions) loadBaseline(env Env) (baseline.Key, *baseline.File, int) {
	if o.baseline == "" && o.writeBaseline == "" {
		return nil, nil, ExitOK
	}
	var key baseline.Key
	var base *baseline.File
	if o.baseline != "" {
		b, err := baseline.Load(o.baseline)
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen scan:", err)
			return nil, nil, ExitUsage
		}
		k, _, err := baseline.LoadKey(env.Getenv, o.baseline)
		if err == nil {
			err = b.Check(k)
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen scan: 基线 %s 的密钥不可用: %v\n", o.baseline, err)
			return nil, nil, ExitUsage
		}
		key, base = k, b
	}
	if o.writeBaseline != "" {
		var err error
		var created bool
		var src string
		if key != nil {
			created, err = baseline.SaveKey(env.Getenv, o.writeBaseline, key)
			src = baseline.KeyPath(o.writeBaseline)
		} else {
			key, src, created, err = baseline.KeyForWrite(env.Getenv, o.writeBaseline)
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen scan: 基线 %s 的密钥: %v\n", o.writeBaseline, err)
			return nil, nil, ExitUsage
		}
		if created && !o.quiet {
			fmt.Fprintf(env.Stderr, "mishen scan: 已创建基线密钥 %s（权限 0600）：不要提交到代码库；在流水线中可改用环境变量 %s\n", src, baseline.EnvKey)
		}
	}
	return key, base, ExitOK
}

// emitter writes reports in the chosen format as they come.
type emitter struct {
	o    scanOptions
	w    io.Writer
	bw   *bufio.Writer
	csv  *report.CSVWriter
	sum  summary
	held []report.Report // SARIF and JUnit: written whole at the end
}

func newEmitter(w io.Writer, o scanOptions) (*emitter, error) {
	e := &emitter{o: o, w: w, bw: bufio.NewWriterSize(w, 64<<10)}
	if o.format == formatCSV {
		cw, err := report.NewCSVWriter(e.bw)
		if err != nil {
			return nil, err
		}
		e.csv = cw
	}
	return e, nil
}

// add writes r, or holds it for a format written at the end. What is
// written is flushed: a reader of the output sees each file when it ends.
func (e *emitter) add(r *report.Report) error {
	switch e.o.format {
	case formatSARIF, formatJUnit:
		e.held = append(e.held, *r)
		return nil
	case formatJSON:
		if err := writeJSON(e.bw, r); err != nil {
			return err
		}
	case formatCSV:
		if err := e.csv.Write(r); err != nil {
			return err
		}
		if err := e.csv.Flush(); err != nil {
			return err
		}
	default:
		if !e.o.quiet || len(r.Findings) > 0 {
			printHuman(e.bw, r)
		}
		e.sum.add(r)
	}
	return e.bw.Flush()
}

// close writes what only the end can write: the text summary, or the
// SARIF or JUnit document.
func (e *emitter) close(accepted int) error {
	tool := report.Tool{Name: "mishen", Version: version(), URI: "https://github.com/mishen-gov/mishen"}
	switch e.o.format {
	case formatSARIF:
		return report.WriteSARIF(e.w, tool, e.held)
	case formatJUnit:
		return report.WriteJUnit(e.w, tool, e.held, e.o.fails)
	case formatText:
		if !e.o.quiet {
			e.sum.accepted = accepted
			e.sum.print(e.bw)
		}
	}
	return e.bw.Flush()
}

// writeJSON writes r as one line of JSON, byte for byte what
// json.Marshal makes of it, one finding at a time (report.WriteJSON): a
// file with tens of thousands of findings needs no buffer of its whole
// encoding.
func writeJSON(w *bufio.Writer, r *report.Report) error {
	if err := r.WriteJSON(w); err != nil {
		return err
	}
	return w.WriteByte('\n')
}

// hasDir reports whether any argument is a folder.
func hasDir(args []string) bool {
	for _, a := range args {
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			return true
		}
	}
	return false
}

// expand turns arguments into files, walking folders in name order.
func expand(env Env, args []string) (files []string, bad bool) {
	for _, a := range args {
		if a == "-" {
			files = append(files, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen scan: %s: 无法打开: %v\n", a, pathErr(err))
			bad = true
			continue
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		// Every file is scanned, hidden ones (.name) included: a folder
		// scan that skipped some would pass what it never read. Links
		// to regular files are followed; anything else that is not a
		// regular file or folder is reported and makes the exit status 2.
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(env.Stderr, "mishen scan: %s: 无法读取: %v\n", p, pathErr(err))
				bad = true
				return nil
			}
			switch t := d.Type(); {
			case t.IsRegular():
				files = append(files, p)
			case t.IsDir():
			case t&fs.ModeSymlink != 0:
				if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
					files = append(files, p)
				} else {
					fmt.Fprintf(env.Stderr, "mishen scan: %s: 链接指向的不是普通文件，未扫描\n", p)
					bad = true
				}
			default:
				fmt.Fprintf(env.Stderr, "mishen scan: %s: 不是普通文件，未扫描\n", p)
				bad = true
			}
			return nil
		})
		if err != nil {
			bad = true
		}
	}
	return files, bad
}

func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type result struct {
	rep report.Report
	err error
}

// scanOrdered scans files with a few workers and hands each result to
// emit in input order, as soon as it and every one before it are done.
// At most a window of results wait for a slow file ahead of them, so
// memory does not grow with the number of files. emit runs on the
// calling goroutine; when it fails, no further file is started and its
// error is returned.
func scanOrdered(files []string, jobs int, prog *progress, scan func(int) result, emit func(int, result) error) error {
	type done struct {
		i int
		r result
	}
	window := 256 * jobs
	work := make(chan int)
	results := make(chan done)
	for range jobs {
		go func() {
			for i := range work {
				results <- done{i, scan(i)}
			}
		}()
	}
	defer close(work)
	pending := map[int]result{}
	next, sent, got := 0, 0, 0
	for next < len(files) {
		feed := work
		if sent == len(files) || sent >= next+window {
			feed = nil
		}
		select {
		case feed <- sent:
			sent++
		case d := <-results:
			got++
			prog.step()
			pending[d.i] = d.r
			for r, ok := pending[next]; ok; r, ok = pending[next] {
				delete(pending, next)
				if err := emit(next, r); err != nil {
					for ; got < sent; got++ {
						<-results // let the files under way end
					}
					return err
				}
				next++
			}
		}
	}
	return nil
}

// progress counts files done on stderr at a terminal, redrawn at most
// ten times a second, with the rate and the time left.
type progress struct {
	w            io.Writer
	total, done  int
	start, drawn time.Time
	drawnAt      int // the count last drawn
	shown        bool
	// sharesScreen is set when stdout is a terminal too: the line is
	// cleared before a report is written and drawn again after.
	sharesScreen bool
}

func newProgress(w io.Writer, total int, sharesScreen bool) *progress {
	return &progress{w: w, total: total, start: time.Now(), sharesScreen: sharesScreen}
}

// step counts one file done.
func (p *progress) step() {
	if p == nil {
		return
	}
	p.done++
	if now := time.Now(); now.Sub(p.drawn) >= 100*time.Millisecond || p.done == p.total {
		p.drawn = now
		p.draw()
	}
}

func (p *progress) draw() {
	p.drawnAt = p.done
	el := time.Since(p.start).Seconds()
	line := fmt.Sprintf("\r已扫描 %d/%d 个文件", p.done, p.total)
	if el >= 1 && p.done > 0 {
		rate := float64(p.done) / el
		line += fmt.Sprintf("，每秒 %.0f 个", rate)
		if p.done < p.total {
			line += "，约剩 " + minutes(float64(p.total-p.done)/rate)
		}
	}
	fmt.Fprint(p.w, line+"\x1b[K")
	p.shown = true
}

// clear takes the line off the screen before something else is written
// to it, to stderr or (onStdout) to stdout; the next step draws it again.
func (p *progress) clear(onStdout bool) {
	if p == nil || !p.shown || onStdout && !p.sharesScreen {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.shown, p.drawn = false, time.Time{}
}

// minutes says a time left in whole seconds, the way a person would.
func minutes(secs float64) string {
	n := int(secs + 0.5)
	switch {
	case n < 60:
		return fmt.Sprintf("%d 秒", n)
	case n < 3600:
		return fmt.Sprintf("%d 分 %d 秒", n/60, n%60)
	}
	return fmt.Sprintf("%d 小时 %d 分", n/3600, n%3600/60)
}

// end leaves the final count on its own line.
func (p *progress) end() {
	if p == nil {
		return
	}
	if !p.shown || p.drawnAt != p.done {
		p.draw()
	}
	fmt.Fprintln(p.w)
}

func scanOne(env Env, sc *scan.Scanner, name string) result {
	ctx := context.Background()
	lim := sc.Limits()
	if name == "-" {
		data, err := io.ReadAll(io.LimitReader(env.Stdin, lim.MaxFileBytes+1))
		if err != nil {
			return result{err: fmt.Errorf("读取标准输入失败: %v", err)}
		}
		r := sc.Scan(ctx, "-", data)
		r.File = "-"
		return result{rep: r}
	}
	f, err := os.Open(name)
	if err != nil {
		return result{err: fmt.Errorf("无法打开: %v", pathErr(err))}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return result{err: fmt.Errorf("无法读取: %v", pathErr(err))}
	}
	if st.Size() > lim.MaxFileBytes {
		// Never read a huge file into memory: report it unread.
		return result{rep: tooLarge(sc, name, st.Size(), lim)}
	}
	// Read into a buffer of the known size: no regrowth for big files.
	data := make([]byte, st.Size())
	prefault.Slice(data)
	n, err := io.ReadFull(f, data)
	if err == nil || err == io.ErrUnexpectedEOF {
		data, err = data[:n], nil
	}
	if err != nil {
		return result{err: fmt.Errorf("读取失败: %v", pathErr(err))}
	}
	return result{rep: sc.Scan(ctx, name, data)}
}

func tooLarge(sc *scan.Scanner, name string, size int64, lim doc.Limits) report.Report {
	r := report.Report{File: name, Format: "unknown", Size: size, DictVersion: sc.DictVersion()}
	r.Findings = []report.Finding{{
		ID: "F1", Category: report.Unreadable, Severity: report.Review, Rule: "unreadable.too_large",
		Basis:   report.Unreadable.Basis(),
		Message: fmt.Sprintf("文件大小 %d 字节，超过上限 %d 字节，未读取；请拆分后重新提交，或由人工审查", size, lim.MaxFileBytes),
	}}
	r.Verdict = report.Verdict(r.Findings)
	return r
}

var verdictLabel = map[report.Severity]string{
	report.Block:  "阻断 block",
	report.Review: "需人工审查 review",
	report.Pass:   "通过 pass",
}

var severityLabel = map[report.Severity]string{
	report.Block:  "阻断",
	report.Review: "审查",
	report.Info:   "提示",
}

// printHuman writes one file's report for a person at a terminal:
// file:line, category, the masked excerpt with the hit marked.
func printHuman(w io.Writer, r *report.Report) {
	fmt.Fprintf(w, "%s: %s（%s，%d 项）\n", r.File, verdictLabel[r.Verdict], r.Format, len(r.Findings))
	fs := append([]report.Finding(nil), r.Findings...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity.Rank() > fs[j].Severity.Rank() })
	for _, f := range fs {
		fmt.Fprintf(w, "  %s  [%s] %s %s  %s\n", where(r.File, f.Location), severityLabel[f.Severity], f.Category, f.Category.Label(), f.Rule)
		if f.Excerpt != "" {
			fmt.Fprintf(w, "      %s\n", marked(f))
		}
		if f.Message != "" {
			fmt.Fprintf(w, "      → %s\n", f.Message)
		}
	}
}

func where(file string, l report.Location) string {
	var b strings.Builder
	b.WriteString(file)
	if l.Page > 0 {
		fmt.Fprintf(&b, " 第%d页", l.Page)
	}
	if l.Sheet != "" {
		fmt.Fprintf(&b, " [%s]", l.Sheet)
	}
	if l.Cell != "" {
		fmt.Fprintf(&b, "!%s", l.Cell)
	}
	if l.Part != "" && l.Part != "body" && l.Part != "page" && l.Part != "sheet" {
		fmt.Fprintf(&b, " (%s)", l.Part)
	}
	if l.Line > 0 {
		fmt.Fprintf(&b, ":%d", l.Line)
	}
	return b.String()
}

// marked shows the excerpt with the hit between 【 and 】.
func marked(f report.Finding) string {
	ex := []rune(f.Excerpt)
	a, b := f.HitStart, f.HitEnd
	if a < 0 || b > len(ex) || a > b {
		return f.Excerpt
	}
	return string(ex[:a]) + "【" + string(ex[a:b]) + "】" + string(ex[b:])
}

type summary struct {
	files    int
	accepted int // findings the baseline accepted
	verdict  map[report.Severity]int
	cats     map[report.Category]int
}

func (s *summary) add(r *report.Report) {
	if s.verdict == nil {
		s.verdict, s.cats = map[report.Severity]int{}, map[report.Category]int{}
	}
	s.files++
	s.verdict[r.Verdict]++
	for _, f := range r.Findings {
		s.cats[f.Category]++
	}
}

func (s *summary) print(w io.Writer) {
	if s.files == 0 {
		return
	}
	var parts []string
	for _, c := range report.Categories {
		if n := s.cats[c]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", c.Label(), n))
		}
	}
	fmt.Fprintf(w, "\n共 %d 个文件：阻断 %d，需审查 %d，通过 %d。", s.files, s.verdict[report.Block], s.verdict[report.Review], s.verdict[report.Pass])
	if len(parts) > 0 {
		fmt.Fprintf(w, "发现：%s。", strings.Join(parts, "，"))
	}
	if s.accepted > 0 {
		fmt.Fprintf(w, "另有 %d 项已在基线中接受，未列出。", s.accepted)
	}
	fmt.Fprintln(w)
}
