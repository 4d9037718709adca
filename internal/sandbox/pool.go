package sandbox

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"golang.org/x/sys/unix"
)

// A fresh child for every file costs its start (a few milliseconds, most
// of it Go's own initialisation), which dominates small files: 500 HTML
// pages took 21× the time of the same scan in process. A warm worker is a
// child that parses up to FilesPerWorker files, one at a time, each with
// its own header and deadline, confined exactly like a fresh child (its
// limits, namespace, seccomp and Landlock are set once, before the first
// file is read). A worker is retired after its files, when the memory its
// runtime holds passes half of MemoryBytes, and whenever a file goes
// wrong: a crash, a hang past the file's deadline, output over the
// limit or a garbled answer costs that file alone, and the next file
// gets a fresh worker.

// EnvPool, set to N > 1 in a child's environment, makes it a warm worker
// that serves up to N files.
const EnvPool = "MISHEN_SANDBOX_POOL"

// DefaultFilesPerWorker is how many files a warm worker parses. A
// worker's start costs 12-16 ms of CPU (Go's initialisation, the
// confinement and the first faults of its heap), which over 64 files was
// a third of the cost of isolating a 20 KB page, and over 256 files still
// 0.06 ms a page, a tenth of what isolation cost on top of the parse
// (bench/isolation.sh, the worker's own CPU before its first file). A
// worker that grows is retired earlier by its memory, and any file that
// goes wrong retires it at once.
const DefaultFilesPerWorker = 1024

// pool keeps idle warm workers, and counts the workers out of it (busy
// with a file, or being retired) by the generation they were started in,
// so that Close can wait for every worker started before it.
type pool struct {
	mu   sync.Mutex
	idle []*worker
	gen  int
	out  map[int]int
	back *sync.Cond // signalled when a worker of a generation is done
	// Started counts workers started, for tests and metrics.
	started atomic.Int64
}

// worker is one warm child.
type worker struct {
	cmd    *exec.Cmd
	stdin  *os.File
	out    polled        // the read end of the worker's stdout
	stdout *bufio.Reader // reads out
	stderr *syncCapped
	done   chan struct{} // closed when the process has exited
	err    error         // its exit, once done
	files  int
	gen    int // the pool's generation when it started
	// frame holds the answer being decoded; dec reads the worker's one
	// gob stream from it, so that the types are described once.
	frame bytes.Reader
	dec   *gob.Decoder
	// cpu is the CPU time the worker reported after its last file.
	cpu time.Duration
	// buf holds answers, reused from file to file: decoding copies what
	// it keeps, and a buffer per answer was most of what the parent
	// allocated (and collected) for a small page.
	buf []byte
	// req holds requests (exchange).
	req []byte
}

// syncCapped is capped for a process that writes while the parent reads.
type syncCapped struct {
	mu sync.Mutex
	c  capped
}

func (s *syncCapped) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.c.Write(p)
}

func (s *syncCapped) bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.c.b.Bytes()...)
}

// WorkersStarted says how many warm workers this Runner has started.
func (r *Runner) WorkersStarted() int64 { return r.pool.started.Load() }

// take returns an idle worker, or nil. A worker taken is out of the
// pool until release or done.
func (p *pool) take() *worker {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.idle) > 0 {
		w := p.idle[len(p.idle)-1]
		p.idle = p.idle[:len(p.idle)-1]
		select {
		case <-w.done:
			continue // exited while idle
		default:
			p.outLocked(w.gen, 1)
			return w
		}
	}
	return nil
}

// adopt counts a worker just started as out of the pool.
func (p *pool) adopt(w *worker) {
	p.mu.Lock()
	defer p.mu.Unlock()
	w.gen = p.gen
	p.outLocked(w.gen, 1)
}

func (p *pool) outLocked(gen, n int) {
	if p.out == nil {
		p.out = map[int]int{}
		p.back = sync.NewCond(&p.mu)
	}
	if p.out[gen] += n; p.out[gen] == 0 {
		delete(p.out, gen)
		p.back.Broadcast()
	}
}

// release gives back a worker that answered well: it goes back to the
// pool if the pool has room and has not been drained since it started;
// otherwise it is retired, on its own goroutine and outside the lock.
func (p *pool) release(w *worker, max int) {
	p.mu.Lock()
	if w.gen == p.gen && len(p.idle) < max {
		p.idle = append(p.idle, w)
		p.outLocked(w.gen, -1)
		p.mu.Unlock()
		return
	}
	p.mu.Unlock()
	go func() {
		w.retire()
		p.done(w)
	}()
}

// done says a worker out of the pool has ended.
func (p *pool) done(w *worker) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.outLocked(w.gen, -1)
}

// start starts a warm worker.
func (r *Runner) start() (*worker, error) {
	cmd := r.command(exec.Command(r.exe()), EnvPool+"="+strconv.Itoa(r.opts.FilesPerWorker))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	// Both pipes are *os.File (exec's StdinPipe and StdoutPipe): stdin
	// takes deadlines, stdout is read in poll(2) (polled).
	raw, err := stdout.(*os.File).SyscallConn()
	if err != nil {
		return nil, err
	}
	w := &worker{cmd: cmd, stdin: stdin.(*os.File), out: polled{raw: raw},
		stderr: &syncCapped{c: capped{max: maxStderrBytes}}, done: make(chan struct{})}
	w.stdout = bufio.NewReaderSize(&w.out, 1<<16)
	w.dec = gob.NewDecoder(&w.frame)
	cmd.Stderr = w.stderr
	// As for a fresh child: a grandchild that keeps stderr open (an OCR
	// run) must not keep Wait, and with it kill and Close, waiting.
	cmd.WaitDelay = time.Second
	if err := startChild(cmd); errors.Is(err, errNamespaceRefused) {
		return r.start()
	} else if err != nil {
		return nil, err
	}
	r.pool.started.Add(1)
	r.pool.adopt(w)
	go func() {
		w.err = cmd.Wait()
		close(w.done)
	}()
	return w, nil
}

// retire ends a worker: closing its stdin ends an idle one; a busy or
// stuck one is killed.
func (w *worker) retire() {
	w.stdin.Close()
	select {
	case <-w.done:
	case <-time.After(time.Second):
		w.cmd.Process.Kill()
		<-w.done
	}
}

func (w *worker) kill() {
	w.cmd.Process.Kill()
	w.stdin.Close()
	<-w.done
}

// runWarm reads one file in a warm worker.
func (r *Runner) runWarm(ctx context.Context, format, name string, data []byte, lim doc.Limits, timeout time.Duration) *doc.Document {
	hdr := (&header{Name: name, Format: format, Size: int64(len(data)), Limits: lim, MemoryBytes: r.opts.MemoryBytes}).appendTo(nil)
	w := r.pool.take()
	if w == nil {
		var err error
		if w, err = r.start(); err != nil {
			return unreadable(format, extract.RuleCrashed, "无法启动隔离解析进程，文件未读取，需人工审查")
		}
	}
	w.files++
	// The file is written and its answer read by this goroutine, with
	// deadlines on the pipes rather than a writer, a reader, a timer and
	// channels per file: each of those hand-offs woke a thread, and the
	// scheduler's work was a sixth of the parent's CPU per small page.
	deadline := time.Now().Add(timeout + r.opts.Grace)
	stop := context.AfterFunc(ctx, func() {
		// Cancelled: whatever this goroutine waits on returns at once,
		// a write at its deadline, a read when the worker's end of the
		// pipe closes.
		w.stdin.SetWriteDeadline(time.Unix(1, 0))
		w.cmd.Process.Kill()
	})
	var o outcome
	body, err := r.exchange(ctx, w, hdr, data, lim, timeout, deadline)
	if !stop() {
		// ctx ended while the worker was busy: its pipes' deadlines
		// were moved, so it does not go back to the pool.
		w.files = r.opts.FilesPerWorker
	}
	var over overCPU
	switch {
	case err == nil:
		var resp response
		w.frame.Reset(body)
		if err := w.dec.Decode(&resp); err == nil && resp.Document != nil && w.frame.Len() == 0 {
			w.cpu = resp.CPU
			if w.files >= r.opts.FilesPerWorker || resp.Held > uint64(r.opts.MemoryBytes/2) {
				r.pool.release(w, 0)
			} else {
				r.pool.release(w, r.opts.MaxChildren)
			}
			if resp.Document.Format == "" {
				resp.Document.Format = format
			}
			return resp.Document
		}
		o.stdout = body // not a Document: classify says its output was garbled
	case errors.Is(err, errOverLimit):
		o.stdout = []byte("garbled")
	case errors.As(err, &over):
		o.timedOut, o.cpu = true, over.spent
	case errors.Is(err, os.ErrDeadlineExceeded), ctx.Err() != nil:
		// A cancelled ctx kills the worker, so the read ends at the
		// pipe's end rather than a deadline.
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.Canceled) {
			o.canceled = true
		} else {
			o.timedOut = true
		}
	default:
		// The child died (or wrote garbage): its exit says how.
		select {
		case <-w.done:
		case <-time.After(time.Second):
			w.kill()
		}
		o.err = errors.Join(err, w.err)
		if w.err == nil {
			o.err = fmt.Errorf("sandbox: child stopped answering: %w", err)
		}
	}
	w.kill()
	r.pool.done(w)
	o.stderr = w.stderr.bytes()
	return r.classify(format, o, timeout)
}

// exchange writes one file to worker w and reads its answer, the gob
// bytes of a response, into the worker's buffer. It fails with
// os.ErrDeadlineExceeded when the deadline passes or ctx ends, with
// overCPU when the file spends more CPU than a fresh child could, and
// with errOverLimit for an answer over the file's output limit.
func (r *Runner) exchange(ctx context.Context, w *worker, hdr, data []byte, lim doc.Limits, timeout time.Duration, deadline time.Time) ([]byte, error) {
	// The header's length, the header and, for a file of up to oneWrite
	// bytes, the file go in one write, which wakes the worker once; a
	// bigger file is not copied for that.
	rest := data
	size := 4 + len(hdr)
	if len(data) <= oneWrite {
		size, rest = size+len(data), nil
	}
	// The buffer is the worker's, reused: this goroutine's writes have
	// ended, or failed and the worker is killed, before it returns.
	if cap(w.req) < size {
		w.req = make([]byte, 0, size)
	}
	req := binary.BigEndian.AppendUint32(w.req[:0], uint32(len(hdr)))
	req = append(req, hdr...)
	if rest == nil {
		req = append(req, data...)
	}
	// A worker reads the whole file before it answers, so the writes
	// end once it has read them; one that stops reading meets the
	// deadline.
	w.stdin.SetWriteDeadline(deadline)
	if ctx.Err() != nil {
		return nil, os.ErrDeadlineExceeded
	}
	if _, err := w.stdin.Write(req); err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		if _, err := w.stdin.Write(rest); err != nil {
			return nil, err
		}
	}
	// The file's CPU time is its own: a worker's RLIMIT_CPU covers all
	// its files, so while it works the parent reads the worker's CPU
	// time every cpuPoll and ends a file that spends more than a fresh
	// child could. The start is what the worker said it had spent after
	// its last file (zero for a new one), so a file answered within
	// cpuPoll costs no read of /proc.
	budget := time.Duration(cpuSeconds(timeout)) * time.Second
	cpu0 := w.cpu
	read := func(p []byte) error {
		for n := 0; n < len(p); {
			next := time.Now().Add(cpuPoll)
			if next.After(deadline) {
				next = deadline
			}
			if ctx.Err() != nil {
				return os.ErrDeadlineExceeded
			}
			w.out.until = next
			k, err := io.ReadFull(w.stdout, p[n:])
			n += k
			if err == nil {
				break
			}
			if !errors.Is(err, os.ErrDeadlineExceeded) || !time.Now().Before(deadline) {
				return err
			}
			now := processCPU(w.cmd.Process.Pid)
			if cpu0 > now {
				cpu0 = 0 // the worker over-reported: count all it has spent
			}
			if spent := now - cpu0; spent > budget {
				return overCPU{spent}
			}
		}
		return nil
	}
	var n [8]byte
	if err := read(n[:]); err != nil {
		return nil, err
	}
	length := binary.BigEndian.Uint64(n[:])
	if length > uint64(maxOutput(lim)) {
		return nil, errOverLimit
	}
	if uint64(cap(w.buf)) < length {
		w.buf = make([]byte, length)
	}
	body := w.buf[:length]
	if err := read(body); err != nil {
		return nil, err
	}
	return body, nil
}

// polled reads a worker's answers. The goroutine that waits for one
// waits in poll(2), a blocking system call, not parked in Go's network
// poller: parked, it left every P of the process idle while the worker
// parsed, the runtime's monitor thread went to sleep, and the next
// system call woke it to poll every 20 µs again for a millisecond. A
// goroutine in a system call keeps its P, so the monitor backs off as it
// does in process. bench/isolation.sh's 2,000 pages: the parent's CPU
// while exchanging files fell from 0.20-0.23 to 0.14-0.15 ms a page.
type polled struct {
	raw syscall.RawConn
	// until is when a Read gives up with os.ErrDeadlineExceeded.
	until time.Time
}

// Read reads what the worker has written, waiting until r.until at most.
// It returns io.EOF once the worker's end is closed (it exited or was
// killed).
func (r *polled) Read(p []byte) (int, error) {
	var n int
	var rerr error
	// The descriptor is held while f runs, so exec's Wait, which closes
	// it when the worker exits, waits for f to return.
	err := r.raw.Read(func(fd uintptr) bool {
		fds := [1]unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		for {
			wait := time.Until(r.until)
			if wait <= 0 {
				rerr = os.ErrDeadlineExceeded
				return true
			}
			if _, err := unix.Poll(fds[:], int((wait+time.Millisecond-1)/time.Millisecond)); err != nil && err != unix.EINTR {
				rerr = err
				return true
			}
			k, err := unix.Read(int(fd), p)
			switch {
			case err == unix.EAGAIN || err == unix.EINTR:
				continue // not yet: poll again until r.until
			case err != nil:
				rerr = err
			case k == 0:
				rerr = io.EOF
			}
			n = max(k, 0)
			return true
		}
	})
	if err != nil {
		return n, err
	}
	return n, rerr
}

// overCPU is a file that spent more CPU time in a warm worker than a
// fresh child may: spent, as last read.
type overCPU struct{ spent time.Duration }

func (e overCPU) Error() string { return fmt.Sprintf("sandbox: file over its CPU time (%v)", e.spent) }

// errOverLimit is a worker's answer longer than the file's output limit
// (or a length that is garbage).
var errOverLimit = errors.New("sandbox: child output over the limit")

// oneWrite is the biggest file that goes to a warm worker in one write
// with its header.
const oneWrite = 1 << 20

// cpuPoll is how often a busy worker's CPU time is read.
const cpuPoll = 200 * time.Millisecond

// processCPU is the user and system CPU time of process pid so far, from
// /proc/pid/stat (fields 14 and 15, in clock ticks of 1/100 s); zero when
// it cannot be read.
func processCPU(pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The command name (field 2) is in parentheses and may hold spaces.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * 10 * time.Millisecond
}

// Close retires the runner's idle warm workers and waits for each to
// exit, and for every worker that was busy when it was called to finish
// its file and exit too, so that a program that ends leaves no worker
// behind and the CPU time of its workers is counted as its children's.
// A file read after Close starts a new worker.
func (r *Runner) Close() { r.pool.drain() }

// drain retires every idle worker, and waits for it and for every worker
// of an earlier generation still out of the pool.
func (p *pool) drain() {
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	gen := p.gen
	p.gen++
	p.mu.Unlock()
	for _, w := range idle {
		w.retire()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for g := range p.out {
		for g <= gen && p.out[g] > 0 {
			p.back.Wait()
		}
	}
}
