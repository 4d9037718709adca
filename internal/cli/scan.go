package cli

import (
	"context"
	"encoding/json"
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
	"sync"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

const scanUsage = `用法: mishen scan [--json] [--dict DIR]... FILE|DIR|- ...

扫描文件（文本、HTML、PDF 含扫描件、DOCX、XLSX、PPTX、OFD、图片、
旧版 DOC/XLS/PPT/RTF、WPS、ODF 与压缩包），报告密级标志、敏感词、个人信息、
隐藏内容和无法读取的部分。目录会递归扫描；"-" 从标准输入读取纯文本。
扫描件和图片需要 Tesseract（tesseract-ocr、tesseract-ocr-chi-sim）和 poppler-utils
做文字识别；旧版 Office/WPS 文件需要 LibreOffice 转换；未安装时这些文件报告为
“无法完整读取”，需人工审查。

退出码: 0 全部通过；1 有文件需要审查或被阻断；2 用法错误或文件无法打开。

示例:
  mishen scan 通知.docx 附件/               # 人读的结果
  mishen scan --json 通知.docx | jq .verdict # 每个文件一行 JSON
  echo "秘密★1年" | mishen scan -
  mishen scan --dict /etc/mishen/dict 草稿.txt # 加载自定义词典目录
  mishen scan --max-file-mb 200 --scan-timeout 2m 年鉴.pdf  # 放宽单个文件的读取上限

读取上限（--max-* 与 --scan-timeout）也可用 MISHEN_* 环境变量设置，与 mishen serve 相同；
超过上限的文件不会被放行，而是报告为“无法完整读取”（unreadable），需人工审查。

Flags:
`

func runScan(env Env, args []string) int {
	fset := newFlagSet("scan", env.Stderr, scanUsage)
	jsonOut := fset.Bool("json", false, "每个文件输出一行 JSON（JSON Lines），按输入顺序")
	var dicts multiFlag
	fset.Var(&dicts, "dict", "额外词典目录或文件，可多次给出（默认只用内置词典）")
	isolate := fset.Bool("isolate", true, "在子进程中解析二进制格式（PDF/DOCX/XLSX），限制其 CPU 和内存")
	jobs := fset.Int("jobs", runtime.GOMAXPROCS(0), "同时扫描的文件数")
	cpuprofile := fset.String("cpuprofile", "", "把 CPU 剖析写入此文件（用于性能分析）")
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
	if len(files) == 0 {
		fmt.Fprint(env.Stderr, "mishen scan: 请给出要扫描的文件、目录或 -（标准输入）\n\n")
		fset.Usage()
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
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(env.Stderr, "mishen scan:", err)
		return ExitUsage
	}
	sc, err := scan.New(scan.Config{DictDirs: dicts, Isolate: *isolate, Limits: cfg.ScanLimits()})
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen scan: 词典加载失败: %v\n", err)
		return ExitUsage
	}
	inputs, bad := expand(env, files)
	status := ExitOK
	if bad {
		status = ExitUsage
	}
	results := scanAll(env, sc, inputs, max(*jobs, 1))
	out := &summary{}
	for i, in := range inputs {
		r := results[i]
		if r.err != nil {
			fmt.Fprintf(env.Stderr, "mishen scan: %s: %v\n", in, r.err)
			status = ExitUsage
			continue
		}
		if *jsonOut {
			b, _ := json.Marshal(r.rep)
			env.Stdout.Write(append(b, '\n'))
		} else {
			printHuman(env.Stdout, &r.rep)
		}
		out.add(&r.rep)
		if r.rep.Verdict != report.Pass && status == ExitOK {
			status = ExitFound
		}
	}
	if !*jsonOut {
		out.print(env.Stdout)
	}
	return status
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

// scanAll scans files with a few workers; results keep input order.
// Progress goes to stderr when it is a terminal and the work is long.
func scanAll(env Env, sc *scan.Scanner, files []string, jobs int) []result {
	res := make([]result, len(files))
	ch := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	showProgress := len(files) > 20 && isTerminal(env.Stderr)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				res[i] = scanOne(env, sc, files[i])
				if showProgress {
					mu.Lock()
					done++
					fmt.Fprintf(env.Stderr, "\r已扫描 %d/%d 个文件", done, len(files))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range files {
		ch <- i
	}
	close(ch)
	wg.Wait()
	if showProgress {
		fmt.Fprintln(env.Stderr)
	}
	return res
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

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
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
	files   int
	verdict map[report.Severity]int
	cats    map[report.Category]int
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
	fmt.Fprintln(w)
}
