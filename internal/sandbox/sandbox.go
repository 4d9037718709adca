package sandbox

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/report"
)

// EnvChild is set to "1" in a child's environment; main calls ChildMain
// when it is set.
const EnvChild = "MISHEN_SANDBOX_CHILD"

// envTest makes a child misbehave on purpose (hang, panic, oom, garbage,
// exit); it is honoured only in a child and only when set, and only tests
// set it.
const envTest = "MISHEN_SANDBOX_TEST"

// Defaults.
const (
	DefaultMemoryBytes = 1 << 30
	defaultTimeout     = 30 * time.Second
	defaultGrace       = time.Second
	maxStack           = 256 << 20
	maxHeaderBytes     = 64 << 10
	maxStderrBytes     = 64 << 10
)

// Options configure a Runner. The zero value is ready to use.
type Options struct {
	// MemoryBytes is the child's address-space limit (RLIMIT_AS);
	// DefaultMemoryBytes when zero.
	MemoryBytes int64
	// Grace is how long past the per-file timeout the parent waits for
	// the child to report its own timeout before killing it.
	Grace time.Duration
	// MaxChildren bounds the children running at once; GOMAXPROCS*2
	// when zero.
	MaxChildren int
	// Exe is the program to start; os.Executable() when empty.
	Exe string
	// Env is added to the child's environment (tests use it).
	Env []string
	// FilesPerWorker is how many files one child parses before it is
	// retired (a warm worker, pool.go); 0 means DefaultFilesPerWorker,
	// 1 a fresh child for every file.
	FilesPerWorker int
}

// Runner starts children. It is safe for concurrent use.
type Runner struct {
	opts  Options
	slots *slots
	pool  pool
}

// New returns a Runner with opts.
func New(opts Options) *Runner {
	if opts.MemoryBytes <= 0 {
		opts.MemoryBytes = DefaultMemoryBytes
	}
	if opts.Grace <= 0 {
		opts.Grace = defaultGrace
	}
	if opts.MaxChildren <= 0 {
		opts.MaxChildren = runtime.GOMAXPROCS(0) * 2
	}
	if opts.FilesPerWorker <= 0 {
		opts.FilesPerWorker = DefaultFilesPerWorker
	}
	return &Runner{opts: opts, slots: newSlots(opts.MaxChildren)}
}

// InProcess reports whether a file of format f is read in the calling
// process: plain text (a bounded charset decode, for which a child would
// cost more than the work) and every format that is reported unreadable
// without being parsed. Everything that is parsed (PDF, DOCX, XLSX, HTML)
// goes to a child.
func InProcess(f string) bool {
	return f == extract.FormatText || !extract.Parses(f)
}

// header is what the parent tells the child before the file's bytes.
type header struct {
	Name string
	// Format is the format the parent read the file as; the child reads
	// it so rather than sniffing it again (a pseudo-format such as
	// extract.FormatODTHidden is never sniffed).
	Format      string
	Size        int64
	Limits      doc.Limits
	MemoryBytes int64
}

// appendTo appends the header's bytes to b: the name and the format,
// each its length and bytes, then the numbers as varints. A binary
// header, not JSON: encoding and decoding JSON per file was a tenth of
// what a warm worker's protocol cost.
func (h *header) appendTo(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(h.Name)))
	b = append(b, h.Name...)
	b = binary.AppendUvarint(b, uint64(len(h.Format)))
	b = append(b, h.Format...)
	l := &h.Limits
	for _, v := range []int64{h.Size, h.MemoryBytes, l.MaxFileBytes, l.MaxUnzipBytes, l.MaxZipRatio,
		int64(l.MaxZipEntries), int64(l.MaxXMLDepth), int64(l.MaxPages), int64(l.MaxTextRunes),
		int64(l.PerFileTimeout)} {
		b = binary.AppendVarint(b, v)
	}
	return b
}

// parseHeader reads a header that appendTo wrote.
func parseHeader(b []byte) (header, error) {
	var h header
	str := func() string {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			b = nil
			return ""
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s
	}
	var bad bool
	num := func() int64 {
		v, k := binary.Varint(b)
		if k <= 0 {
			bad = true
			return 0
		}
		b = b[k:]
		return v
	}
	h.Name = str()
	h.Format = str()
	if b == nil {
		return h, errors.New("header: bad string")
	}
	l := &h.Limits
	h.Size, h.MemoryBytes = num(), num()
	l.MaxFileBytes, l.MaxUnzipBytes, l.MaxZipRatio = num(), num(), num()
	l.MaxZipEntries, l.MaxXMLDepth, l.MaxPages, l.MaxTextRunes = int(num()), int(num()), int(num()), int(num())
	l.PerFileTimeout = time.Duration(num())
	if bad || len(b) != 0 {
		return h, errors.New("header: bad numbers")
	}
	return h, nil
}

// Extract is the package-level Extract with this Runner's options.
func (r *Runner) Extract(ctx context.Context, name string, data []byte, lim doc.Limits) *doc.Document {
	format := extract.Sniff(name, data)
	read := func(ctx context.Context, f string, b []byte, lim doc.Limits) *doc.Document {
		return r.extractFormat(ctx, name, f, b, lim)
	}
	var d *doc.Document
	if extract.Converts(format) && !(lim.MaxFileBytes > 0 && int64(len(data)) > lim.MaxFileBytes) {
		// LibreOffice writes its profile and its output, which a child
		// may not (RLIMIT_FSIZE 0): it converts here, as a process group
		// with limits of its own, and the converted file is read in a
		// child like any other.
		d = extract.ExtractConverted(ctx, format, data, lim, read)
	} else {
		d = r.extractFormat(ctx, name, format, data, lim)
	}
	// Legacy files a child found inside this one (a .doc in a zip) are
	// converted here in turn and read in children of their own.
	extract.ReadDeferred(ctx, d, lim, read)
	return d
}

// extractFormat reads a file of a known format in a child, or here when
// InProcess says so.
func (r *Runner) extractFormat(ctx context.Context, name, format string, data []byte, lim doc.Limits) *doc.Document {
	if InProcess(format) || lim.MaxFileBytes > 0 && int64(len(data)) > lim.MaxFileBytes {
		return extract.ExtractFormat(ctx, format, data, lim)
	}
	timeout := lim.PerFileTimeout
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	release, ok := r.slots.acquire(ctx, len(data))
	if !ok {
		return unreadable(format, extract.RuleTimeout, "等待解析的文件过多，解析未开始即超时，请稍后重新提交或由人工审查")
	}
	defer release()
	if r.opts.FilesPerWorker > 1 {
		return r.runWarm(ctx, format, name, data, lim, timeout)
	}
	return r.run(ctx, format, name, data, lim, timeout)
}

// outcome is how a child ended, for classification.
type outcome struct {
	err      error
	stdout   []byte
	stderr   []byte
	timedOut bool // our deadline passed
	canceled bool // the caller's ctx ended first
	cpu      time.Duration
}

func (r *Runner) run(ctx context.Context, format, name string, data []byte, lim doc.Limits, timeout time.Duration) *doc.Document {
	hdr := (&header{Name: name, Format: format, Size: int64(len(data)), Limits: lim, MemoryBytes: r.opts.MemoryBytes}).appendTo(nil)
	var prefix [4]byte
	binary.BigEndian.PutUint32(prefix[:], uint32(len(hdr)))

	cctx, cancel := context.WithTimeout(ctx, timeout+r.opts.Grace)
	defer cancel()
	cmd := r.command(exec.CommandContext(cctx, r.exe()))
	cmd.Stdin = io.MultiReader(bytes.NewReader(prefix[:]), bytes.NewReader(hdr), bytes.NewReader(data))
	stdout := &capped{max: maxOutput(lim)}
	stderr := &capped{max: maxStderrBytes}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = time.Second

	err := startChild(cmd)
	if errors.Is(err, errNamespaceRefused) {
		return r.run(ctx, format, name, data, lim, timeout)
	}
	if err == nil {
		err = cmd.Wait()
	}
	o := outcome{err: err, stdout: stdout.b.Bytes(), stderr: stderr.b.Bytes()}
	switch {
	case errors.Is(ctx.Err(), context.Canceled):
		o.canceled = true
	case cctx.Err() != nil:
		o.timedOut = true // our deadline or the caller's
	}
	if cmd.ProcessState != nil {
		o.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if stdout.over {
		o.err = errors.Join(o.err, errors.New("sandbox: child output over the limit"))
	}
	return r.classify(format, o, timeout)
}

// classify turns a child's outcome into the Document it returned or an
// unreadable finding saying why there is none.
func (r *Runner) classify(format string, o outcome, timeout time.Duration) *doc.Document {
	cpuLimit := cpuSeconds(timeout)
	switch {
	case o.canceled:
		return unreadable(format, extract.RuleTimeout, "解析被中止，文件未读取完毕，需重新提交或由人工审查")
	case o.timedOut, killedBySignal(o.err) && o.cpu >= time.Duration(cpuLimit)*time.Second-500*time.Millisecond:
		return unreadable(format, extract.RuleTimeout, extract.TimeoutMessage(timeout))
	case outOfMemory(o.stderr):
		return unreadable(format, extract.RuleCrashed, fmt.Sprintf(
			"解析时内存占用超过上限（%s），文件可能异常，需人工审查", extract.HumanBytes(r.opts.MemoryBytes)))
	case o.err != nil:
		return unreadable(format, extract.RuleCrashed, fmt.Sprintf(
			"解析%s文件时解析进程异常退出，文件可能已损坏或经过恶意构造，需人工审查", extract.Label(format)))
	}
	var resp response
	if err := json.Unmarshal(o.stdout, &resp); err != nil || resp.Document == nil {
		return unreadable(format, extract.RuleCrashed, fmt.Sprintf(
			"解析%s文件时解析进程输出异常，文件未能读取，需人工审查", extract.Label(format)))
	}
	if resp.Document.Format == "" {
		resp.Document.Format = format
	}
	return resp.Document
}

// response is what a child writes to stdout.
type response struct {
	Document *doc.Document `json:"document"`
	// Held is what a warm worker's runtime holds from the system after
	// the file (bytes): over the limit the parent retires it.
	Held uint64 `json:"held,omitempty"`
	// CPU is the CPU time a warm worker has spent so far, after the file:
	// the parent's start for the next file's budget.
	CPU time.Duration `json:"cpu,omitempty"`
}

func unreadable(format, rule, msg string) *doc.Document {
	d := &doc.Document{Format: format}
	d.Unreadable(rule, report.Location{}, msg)
	return d
}

func killedBySignal(err error) bool {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled()
}

// outOfMemory recognizes the Go runtime's messages for a failed
// allocation under RLIMIT_AS ("too many address space collisions" is how
// a -race build says it).
func outOfMemory(stderr []byte) bool {
	s := string(stderr)
	return strings.Contains(s, "out of memory") || strings.Contains(s, "cannot allocate memory") ||
		strings.Contains(s, "address space collisions")
}

// cpuSeconds is the child's CPU-time soft limit for a wall-time timeout.
func cpuSeconds(timeout time.Duration) uint64 {
	return uint64((timeout+time.Second-1)/time.Second) + 1
}

// maxOutput bounds the JSON a child may write: its text at up to six
// bytes a rune after escaping, plus room for the rest.
func maxOutput(lim doc.Limits) int {
	n := lim.MaxTextRunes
	if n <= 0 {
		n = doc.DefaultLimits().MaxTextRunes
	}
	return 6*n + 16<<20
}

// capped is a writer that keeps at most max bytes and notes the excess.
type capped struct {
	b    bytes.Buffer
	max  int
	over bool
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.b.Len(); len(p) > room {
		c.over = true
		if room > 0 {
			c.b.Write(p[:room])
		}
		return len(p), nil
	}
	return c.b.Write(p)
}

// childEnv is a child's whole environment: what the tools it runs need
// (PATH for Tesseract and pdftoppm, the locale, TESSDATA_PREFIX), the
// sandbox's own variables and Options.Env; nothing else of the service's
// environment (a token in MISHEN_METRICS_TOKEN, a proxy's password)
// reaches a parser.
//
// A child has two Ps (GOMAXPROCS=2), though it parses on one goroutine:
// with one, the P of a warm worker blocked reading its next file was
// the only one, so the runtime's monitor took it (it takes a P from a
// system call at once when no other is idle), found every P idle and
// slept, and the read's return woke it to poll every 20 µs for the next
// millisecond, through the parse. With a second, idle P it leaves the
// reading one alone and backs off: a worker's CPU between files fell
// from 0.08 to 0.04 ms a page (bench/isolation.sh).
func (r *Runner) childEnv(extra ...string) []string {
	env := []string{"GOMAXPROCS=2"}
	for _, k := range []string{"PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TESSDATA_PREFIX"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	env = append(env, extra...)
	return append(env, r.opts.Env...)
}

// exe is the program a child runs.
func (r *Runner) exe() string {
	if r.opts.Exe != "" {
		return r.opts.Exe
	}
	return selfExe()
}

// command makes cmd a sandbox child: its environment (childEnv with env
// added) and its confinement (sysProcAttr).
func (r *Runner) command(cmd *exec.Cmd, env ...string) *exec.Cmd {
	cmd.Env = r.childEnv(append([]string{EnvChild + "=1"}, env...)...)
	cmd.SysProcAttr = sysProcAttr()
	return cmd
}

// errNamespaceRefused is startChild's answer when this kernel refused the
// child's network namespace: namespaces are off from now on, and the
// caller builds the command again (seccomp and Landlock still close the
// network).
var errNamespaceRefused = errors.New("sandbox: network namespace refused")

// startChild starts a child with no descriptor inherited from this
// process.
func startChild(cmd *exec.Cmd) error {
	noInheritance()
	err := cmd.Start()
	if err != nil && namespaceRefused(err) {
		return errNamespaceRefused
	}
	return err
}
