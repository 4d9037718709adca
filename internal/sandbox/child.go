package sandbox

import (
	"bytes"
	"encoding/gob"
	"errors"
	"net"
	"runtime/metrics"
	"strconv"
	"strings"

	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"golang.org/x/sys/unix"

	"github.com/mishen-gov/mishen/internal/extract"
)

// Exit statuses of a child.
const (
	childOK       = 0
	childBadInput = 3
	childTestExit = 4
)

// ChildMain is the entry point of a child: it reads the header and the
// file from stdin, limits itself, extracts, writes the Document as JSON to
// stdout and returns the exit status. main calls it, and exits with its
// result, when EnvChild is set.
func ChildMain() int {
	return childMain(os.Stdin, os.Stdout, os.Stderr)
}

// readHeader reads one file's header; io.EOF when the parent closed the
// pipe before a new file.
func readHeader(in *bufio.Reader) (header, error) {
	var h header
	var prefix [4]byte
	if _, err := io.ReadFull(in, prefix[:]); err != nil {
		if err == io.EOF {
			return h, err
		}
		return h, fmt.Errorf("reading header length: %w", err)
	}
	n := binary.BigEndian.Uint32(prefix[:])
	if n > maxHeaderBytes {
		return h, errors.New("header too long")
	}
	raw := make([]byte, n)
	if _, err := io.ReadFull(in, raw); err != nil {
		return h, fmt.Errorf("reading header: %w", err)
	}
	h, err := parseHeader(raw)
	if err != nil {
		return h, fmt.Errorf("decoding header: %w", err)
	}
	return h, nil
}

func childMain(stdin io.Reader, stdout, stderr io.Writer) int {
	in := bufio.NewReader(stdin)
	h, err := readHeader(in)
	if err != nil {
		fmt.Fprintln(stderr, "sandbox:", err)
		return childBadInput
	}
	timeout := h.Limits.PerFileTimeout
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	files := 1
	if n, err := strconv.Atoi(os.Getenv(EnvPool)); err == nil && n > 1 {
		files = n
	}
	// Limits first: nothing of the file has been read yet. A warm worker
	// may spend the CPU time of all its files; the parent's per-file
	// deadline bounds each one.
	if err := limitSelf(h.MemoryBytes, cpuSeconds(timeout)*uint64(files)); err != nil {
		fmt.Fprintln(stderr, "sandbox: setting limits:", err)
		return childBadInput
	}
	if h.MemoryBytes > 0 {
		debug.SetMemoryLimit(h.MemoryBytes / 4 * 3)
	}
	debug.SetMaxStack(maxStack)
	if files > 1 {
		return serveFiles(in, h, stdout, stderr)
	}

	data, err := readFile(in, h)
	if err != nil {
		fmt.Fprintln(stderr, "sandbox:", err)
		return childBadInput
	}

	if err := confine(); err != nil {
		fmt.Fprintln(stderr, "sandbox: confining:", err)
		return childBadInput
	}
	if t := os.Getenv(envTest); t != "" {
		if code, ok := misbehave(t, stdout); ok {
			return code
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// Legacy files inside this one go back to the parent, which may
	// run LibreOffice (Runner.Extract reads them with extract.ReadDeferred).
	ctx = extract.WithDeferral(ctx)
	d := h.extract(ctx, data)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(response{Document: d}); err != nil {
		fmt.Fprintln(stderr, "sandbox: writing result:", err)
		return childBadInput
	}
	return childOK
}

// misbehave is the test hook: it makes the child fail the ways a parser
// can. It is reached only with envTest set in a child's environment.
func misbehave(what string, stdout io.Writer) (int, bool) {
	switch what {
	case "panic":
		panic("sandbox test: panic outside any recover")
	case "hang":
		for start := time.Now(); ; {
			if time.Since(start) < 0 {
				break // never; keeps the loop from being optimized away
			}
		}
		return childOK, true
	case "oom":
		var keep [][]byte
		for {
			b := make([]byte, 16<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			keep = append(keep, b)
		}
	case "garbage":
		fmt.Fprint(stdout, "{not json")
		return childOK, true
	case "exit":
		return childTestExit, true
	case "slow":
		time.Sleep(time.Second) // then reads the file as usual
		return 0, false
	case "reach":
		// Try what a compromised parser would: open the data folder's
		// files, connect out, find inherited descriptors. The outcome is
		// returned as the text of a document.
		enc := json.NewEncoder(stdout)
		d := &doc.Document{Format: "text", Parts: []doc.Part{{Kind: doc.Body, Text: reach()}}}
		if err := enc.Encode(response{Document: d}); err != nil {
			return childBadInput, true
		}
		return childOK, true
	}
	return 0, false
}

// pidfsMagic is the file system of pidfds (Linux 6.9+).
const pidfsMagic = 0x50494446

// reach is the "reach" test hook: it reports, as "name=open|denied"
// words, whether the child could open each path in MISHEN_SANDBOX_REACH
// (":"-separated), connect to MISHEN_SANDBOX_DIAL, and which file
// descriptors above 2 it holds.
func reach() string {
	var out []string
	for _, p := range strings.Split(os.Getenv("MISHEN_SANDBOX_REACH"), ":") {
		if p == "" {
			continue
		}
		f, err := os.Open(p)
		if err == nil {
			f.Close()
			out = append(out, "file=open")
		} else {
			out = append(out, "file=denied")
		}
	}
	if addr := os.Getenv("MISHEN_SANDBOX_DIAL"); addr != "" {
		c, err := net.DialTimeout("tcp", addr, 2*time.Second)
		if err == nil {
			c.Close()
			out = append(out, "net=open")
		} else {
			out = append(out, "net=denied")
		}
	}
	// The child's own runtime holds an epoll and an eventfd; what it
	// must not hold is a file or a socket of the parent's.
	fds := 0
	for fd := 3; fd < 1024; fd++ {
		var st unix.Stat_t
		var fs unix.Statfs_t
		if unix.Fstat(fd, &st) != nil || unix.Fstatfs(fd, &fs) != nil {
			continue
		}
		switch fs.Type {
		case pidfsMagic, unix.ANON_INODE_FS_MAGIC, unix.CGROUP_SUPER_MAGIC, unix.CGROUP2_SUPER_MAGIC:
			continue // the runtime's own pidfds, epoll, eventfd and cgroup CPU limit files
		}
		if st.Mode&unix.S_IFMT == unix.S_IFREG || st.Mode&unix.S_IFMT == unix.S_IFSOCK {
			fds++
		}
	}
	out = append(out, fmt.Sprintf("fds=%d", fds))
	if os.Getenv("MISHEN_SANDBOX_SECRET") != "" {
		out = append(out, "env=leaked")
	}
	return strings.Join(out, " ")
}

// extract reads the file h announces as its format, or as sniffed when
// the parent gave none.
func (h header) extract(ctx context.Context, data []byte) *doc.Document {
	if h.Format != "" {
		return extract.ExtractFormat(ctx, h.Format, data, h.Limits)
	}
	return extract.Extract(ctx, h.Name, data, h.Limits)
}

// readFile reads the file a header announces, refusing a size beyond
// the file limit (and 1 GiB).
func readFile(in io.Reader, h header) ([]byte, error) {
	max := h.Limits.MaxFileBytes
	if max <= 0 || max > 1<<30 {
		max = 1 << 30
	}
	if h.Size < 0 || h.Size > max {
		return nil, errors.New("file size out of range")
	}
	data := make([]byte, h.Size)
	if _, err := io.ReadFull(in, data); err != nil {
		return nil, fmt.Errorf("reading file: %w", err)
	}
	return data, nil
}

// serveFiles is a warm worker (EnvPool): it confines itself once, then
// reads file after file, each with its own header, and answers each with
// an 8-byte big-endian length and the next message of one gob stream (a
// response), until the parent closes stdin. A crash or a hang costs the file being read: the parent
// kills the worker and starts another for the next.
func serveFiles(in *bufio.Reader, h header, stdout, stderr io.Writer) int {
	if err := confine(); err != nil {
		fmt.Fprintln(stderr, "sandbox: confining:", err)
		return childBadInput
	}
	// An answer is one write: its length, then its gob bytes, built in
	// one buffer whose first eight bytes the length fills in. Two writes
	// woke the parent twice.
	var body bytes.Buffer
	var length [8]byte
	enc := gob.NewEncoder(&body)
	// The collector's goal is twice the live heap but at least 4 MB, and
	// a worker between files holds almost nothing, so a 20 KB page cost a
	// collection every few files, each scanning the program's globals:
	// a fifth of a worker's CPU (perf, bench/isolation.sh). At 400 the
	// goal is at least 16 MB, and a third as much CPU goes to the
	// collector; the memory limit set above still bounds a big file's
	// heap. (A 32 MB ballast instead cost as much in page faults as it
	// saved: the runtime zeroed it.)
	debug.SetGCPercent(400)
	// A worker never serves a memory profile; sampling its allocations
	// cost about 1.5% of its CPU (perf).
	runtime.MemProfileRate = 0
	for {
		data, err := readFile(in, h)
		if err != nil {
			fmt.Fprintln(stderr, "sandbox:", err)
			return childBadInput
		}
		test := os.Getenv(envTest)
		if test != "" && test != "reach" {
			if code, ok := misbehaveOn(test, h.Name, stdout); ok {
				return code
			}
		}
		timeout := h.Limits.PerFileTimeout
		if timeout <= 0 {
			timeout = defaultTimeout
		}
		var d *doc.Document
		if test == "reach" {
			d = &doc.Document{Format: "text", Parts: []doc.Part{{Kind: doc.Body, Text: reach()}}}
		} else {
			ctx, cancel := context.WithTimeout(extract.WithDeferral(context.Background()), timeout)
			d = h.extract(ctx, data)
			cancel()
		}
		data = nil
		// gob, not JSON: the text of a document is most of the answer, and
		// gob copies strings where JSON escapes and validates them (JSON
		// decoding was half of the parent's cost per file). One encoder
		// for the worker's life: gob describes the types once, in the
		// first answer, not in every one (that was a third of the cost of
		// a small page).
		body.Reset()
		body.Write(length[:])
		if err := enc.Encode(response{Document: d, Held: held(), CPU: ownCPU()}); err != nil {
			fmt.Fprintln(stderr, "sandbox: writing result:", err)
			return childBadInput
		}
		answer := body.Bytes()
		binary.BigEndian.PutUint64(answer, uint64(len(answer)-8))
		if _, err := stdout.Write(answer); err != nil {
			return childBadInput // the parent went away
		}
		if h, err = readHeader(in); err != nil {
			if err == io.EOF {
				return childOK
			}
			fmt.Fprintln(stderr, "sandbox:", err)
			return childBadInput
		}
	}
}

// misbehaveOn is misbehave for one file of a warm worker: "panic@a.pdf"
// misbehaves on a.pdf only; a hook without @ on every file.
func misbehaveOn(what, name string, stdout io.Writer) (int, bool) {
	if hook, file, ok := strings.Cut(what, "@"); ok {
		if file != name {
			return 0, false
		}
		what = hook
	}
	return misbehave(what, stdout)
}

// held is what this process's runtime holds from the system (bytes),
// read from runtime/metrics, which does not stop the world as
// runtime.ReadMemStats does.
func held() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}

// ownCPU is the user and system CPU time this process has spent.
func ownCPU() time.Duration {
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
