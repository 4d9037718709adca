package sandbox

import (
	"context"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"golang.org/x/sys/unix"
)

// TestWarmWorkerIsReused: ten files go through one warm worker.
func TestWarmWorkerIsReused(t *testing.T) {
	r := New(Options{MaxChildren: 1})
	defer r.Close()
	for range 10 {
		if d := r.Extract(context.Background(), "a.pdf", samplePDF(), testLimits()); len(d.Findings) != 0 || len(d.Parts) == 0 {
			t.Fatalf("file: %+v", d)
		}
	}
	if n := r.WorkersStarted(); n != 1 {
		t.Fatalf("%d workers for 10 files, want 1", n)
	}
}

// TestWarmWorkerRetires: a worker is retired after FilesPerWorker files.
func TestWarmWorkerRetires(t *testing.T) {
	r := New(Options{MaxChildren: 1, FilesPerWorker: 3})
	defer r.Close()
	for range 7 {
		r.Extract(context.Background(), "a.pdf", samplePDF(), testLimits())
	}
	if n := r.WorkersStarted(); n != 3 {
		t.Fatalf("%d workers for 7 files at 3 a worker, want 3", n)
	}
}

// TestCloseEndsWorkers: Close ends every idle worker and waits for it,
// and a file read after Close starts a new one.
func TestCloseEndsWorkers(t *testing.T) {
	r := New(Options{MaxChildren: 2})
	for range 2 {
		r.Extract(context.Background(), "a.pdf", samplePDF(), testLimits())
	}
	r.pool.mu.Lock()
	idle := append([]*worker(nil), r.pool.idle...)
	r.pool.mu.Unlock()
	if len(idle) == 0 {
		t.Fatal("no idle worker after two files")
	}
	r.Close()
	for _, w := range idle {
		select {
		case <-w.done:
		default:
			t.Fatalf("worker %d still running after Close", w.cmd.Process.Pid)
		}
		if w.err != nil {
			t.Errorf("worker %d ended with %v, want a clean exit", w.cmd.Process.Pid, w.err)
		}
	}
	before := r.WorkersStarted()
	if d := r.Extract(context.Background(), "a.pdf", samplePDF(), testLimits()); len(d.Findings) != 0 || len(d.Parts) == 0 {
		t.Fatalf("after Close: %+v", d)
	}
	if r.WorkersStarted() != before+1 {
		t.Fatalf("no new worker after Close")
	}
	r.Close()
}

// TestCloseWaitsForBusyWorkers: Close waits for a worker that is reading
// a file when it is called; the file is read, and the worker ends rather
// than going back to the pool.
func TestCloseWaitsForBusyWorkers(t *testing.T) {
	r := New(Options{MaxChildren: 2, Env: []string{envTest + "=slow@slow.pdf"}})
	read := make(chan *doc.Document, 1)
	go func() { read <- r.Extract(context.Background(), "slow.pdf", samplePDF(), testLimits()) }()
	for deadline := time.Now().Add(5 * time.Second); r.WorkersStarted() == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no worker started")
		}
	}
	time.Sleep(300 * time.Millisecond) // the worker is in its second of sleep
	r.Close()
	select {
	case d := <-read:
		if len(d.Findings) != 0 || len(d.Parts) == 0 {
			t.Fatalf("the busy file: %+v", d)
		}
	default:
		t.Fatal("Close returned before the busy worker's file")
	}
	r.pool.mu.Lock()
	defer r.pool.mu.Unlock()
	if len(r.pool.idle) != 0 || len(r.pool.out) != 0 {
		t.Fatalf("after Close: %d idle, %v out", len(r.pool.idle), r.pool.out)
	}
}

// TestWarmFailureCostsOneFile: a crash, a hang and garbage on one file
// each cost that file alone; the files before and after it are read, by
// a fresh worker after the failure.
func TestWarmFailureCostsOneFile(t *testing.T) {
	for _, c := range []struct{ hook, rule string }{
		{"panic", "unreadable.crashed"},
		{"hang", "unreadable.timeout"},
		{"garbage", "unreadable.crashed"},
		{"exit", "unreadable.crashed"},
	} {
		t.Run(c.hook, func(t *testing.T) {
			lim := testLimits()
			lim.PerFileTimeout = 2 * time.Second
			r := New(Options{MaxChildren: 1, Grace: 500 * time.Millisecond, Env: []string{envTest + "=" + c.hook + "@bad.pdf"}})
			defer r.Close()
			read := func(name string) *doc.Document { return r.Extract(context.Background(), name, samplePDF(), lim) }
			if d := read("a.pdf"); len(d.Findings) != 0 {
				t.Fatalf("before: %+v", d.Findings)
			}
			onlyFinding(t, read("bad.pdf"), c.rule)
			for _, name := range []string{"b.pdf", "c.pdf"} {
				if d := read(name); len(d.Findings) != 0 || len(d.Parts) == 0 {
					t.Fatalf("%s after the failure: %+v", name, d.Findings)
				}
			}
			if n := r.WorkersStarted(); n != 2 {
				t.Fatalf("%d workers, want 2 (one replaced after the failure)", n)
			}
		})
	}
}

// benchHTML is a government notice page of about 20 KB.
func benchHTML() []byte {
	var b []byte
	b = append(b, "<!doctype html><html><head><meta charset=utf-8><title>关于做好政务公开工作的通知</title></head><body><div class=main>"...)
	for i := 0; len(b) < 20<<10; i++ {
		b = append(b, "<p>为进一步做好政务公开工作，提高政府工作透明度，现将有关事项通知如下。各单位要高度重视，明确责任分工。</p>"...)
	}
	return append(b, "</div></body></html>"...)
}

// The isolated HTML rate with warm workers, with a fresh child per file,
// and in process: go test -run '^$' -bench HTML -cpu 2 ./internal/sandbox
// Besides the wall time each reports cpu-ns/op, the CPU time of the
// benchmark and of every child it started per file, which a machine
// shared with other work does not distort: the isolated rate per core is
// the in-process cpu-ns/op over the isolated one.
func BenchmarkHTMLWarm(b *testing.B)  { benchHTMLRunner(b, New(Options{})) }
func BenchmarkHTMLFresh(b *testing.B) { benchHTMLRunner(b, New(Options{FilesPerWorker: 1})) }

func BenchmarkHTMLInProcess(b *testing.B) {
	data := benchHTML()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cpuWithChildren()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if d := extractInProcessAs("a.html", data, doc.DefaultLimits()); len(d.Parts) == 0 {
				b.Fatal("no text")
			}
		}
	})
	b.ReportMetric(float64(cpuWithChildren()-cpu0)/float64(b.N), "cpu-ns/op")
}

func benchHTMLRunner(b *testing.B, r *Runner) {
	data := benchHTML()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cpuWithChildren()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if d := r.Extract(context.Background(), "a.html", data, doc.DefaultLimits()); len(d.Parts) == 0 || len(d.Findings) != 0 {
				b.Fatalf("%+v", d.Findings)
			}
		}
	})
	// Every worker is waited for, so its CPU time is counted.
	r.Close()
	b.ReportMetric(float64(cpuWithChildren()-cpu0)/float64(b.N), "cpu-ns/op")
}

// cpuWithChildren is the CPU time of this process and of its children
// that have been waited for.
func cpuWithChildren() time.Duration {
	var self, kids unix.Rusage
	unix.Getrusage(unix.RUSAGE_SELF, &self)
	unix.Getrusage(unix.RUSAGE_CHILDREN, &kids)
	return time.Duration(self.Utime.Nano() + self.Stime.Nano() + kids.Utime.Nano() + kids.Stime.Nano())
}
