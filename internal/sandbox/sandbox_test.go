package sandbox

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
	"github.com/mishen-gov/mishen/internal/report"
)

// TestMain makes the test binary a sandbox child when the parent starts it
// as one (os.Executable is the test binary here).
func TestMain(m *testing.M) {
	if os.Getenv(EnvChild) == "1" {
		os.Exit(ChildMain())
	}
	os.Exit(m.Run())
}

func samplePDF() []byte {
	return pdftest.Doc{
		Pages: []pdftest.Page{pdftest.Lines("关于印发工作方案的通知", "机密★1年"), pdftest.Lines("第二页")},
		Info:  map[string]string{"Title": "方案"},
	}.Build()
}

func testLimits() doc.Limits {
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Second
	return lim
}

func onlyFinding(t *testing.T, d *doc.Document, rule string) report.Finding {
	t.Helper()
	if d == nil {
		t.Fatal("nil document")
	}
	if len(d.Findings) != 1 || d.Findings[0].Rule != rule {
		t.Fatalf("findings = %+v, want one %s", d.Findings, rule)
	}
	f := d.Findings[0]
	if f.Category != report.Unreadable || f.Message == "" {
		t.Fatalf("finding = %+v, want unreadable with a message", f)
	}
	return f
}

func TestChildReadsPDF(t *testing.T) {
	d := New(Options{}).Extract(context.Background(), "a.pdf", samplePDF(), testLimits())
	if d.Format != "pdf" || len(d.Findings) != 0 {
		t.Fatalf("format %q findings %+v", d.Format, d.Findings)
	}
	var pages []string
	for _, p := range d.Parts {
		if p.Kind == doc.Page {
			pages = append(pages, p.Text)
		}
	}
	if len(pages) != 2 || !strings.Contains(pages[0], "机密★1年") || pages[1] != "第二页" {
		t.Fatalf("pages = %q", pages)
	}
}

func TestChildMisbehaves(t *testing.T) {
	lim := testLimits()
	cases := []struct {
		hook, rule, msg string
		within          time.Duration
	}{
		{"panic", "unreadable.crashed", "异常退出", 5 * time.Second},
		{"exit", "unreadable.crashed", "异常退出", 5 * time.Second},
		{"garbage", "unreadable.crashed", "输出异常", 5 * time.Second},
		// The parent kills a child that ignores its timeout after
		// timeout + grace.
		{"hang", "unreadable.timeout", "解析超时（1秒）", 4 * time.Second},
		// 256 MiB address space: the runtime fails to allocate.
		{"oom", "unreadable.crashed", "内存占用超过上限", 10 * time.Second},
	}
	for _, c := range cases {
		t.Run(c.hook, func(t *testing.T) {
			r := New(Options{MemoryBytes: 256 << 20, Grace: 500 * time.Millisecond, Env: []string{envTest + "=" + c.hook}})
			start := time.Now()
			d := r.Extract(context.Background(), "a.pdf", samplePDF(), lim)
			took := time.Since(start)
			f := onlyFinding(t, d, c.rule)
			if !strings.Contains(f.Message, c.msg) {
				t.Errorf("message %q does not say %q", f.Message, c.msg)
			}
			if d.Format != "pdf" {
				t.Errorf("format = %q, want pdf", d.Format)
			}
			if took > c.within {
				t.Errorf("took %v, want under %v", took, c.within)
			}
		})
	}
}

// A child that burns CPU without the parent's wall clock running out
// (a long timeout) is killed by RLIMIT_CPU.
func TestChildCPULimit(t *testing.T) {
	if testing.Short() {
		t.Skip("takes 3 s of CPU")
	}
	lim := testLimits()
	r := New(Options{Grace: time.Minute, Env: []string{envTest + "=hang"}})
	start := time.Now()
	d := r.Extract(context.Background(), "a.pdf", samplePDF(), lim)
	onlyFinding(t, d, "unreadable.timeout")
	// The CPU limit is CPU seconds: on a loaded machine they take longer
	// than wall seconds, hence the generous bound; the parent's own
	// deadline (a minute of grace) is what it must beat.
	if took := time.Since(start); took > 45*time.Second {
		t.Fatalf("took %v; the CPU limit (%d s) should have stopped the child", took, cpuSeconds(lim.PerFileTimeout))
	}
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := New(Options{Env: []string{envTest + "=hang"}})
	go func() { time.Sleep(200 * time.Millisecond); cancel() }()
	start := time.Now()
	d := r.Extract(ctx, "a.pdf", samplePDF(), testLimits())
	onlyFinding(t, d, "unreadable.timeout")
	if took := time.Since(start); took > 3*time.Second {
		t.Fatalf("took %v after cancel", took)
	}
}

func TestInProcessFormats(t *testing.T) {
	// A child that would fail shows whether a child was started.
	r := New(Options{Env: []string{envTest + "=exit"}})
	lim := testLimits()
	for _, c := range []struct{ name, data, format string }{
		{"a.txt", "普通文本", "text"},
		{"a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 100), "doc"},
		{"a.bin", "\x00\x01\x02\x03\x04\x05", "binary"},
	} {
		d := r.Extract(context.Background(), c.name, []byte(c.data), lim)
		if d.Format != c.format {
			t.Errorf("%s: format %q, want %q", c.name, d.Format, c.format)
		}
		for _, f := range d.Findings {
			if f.Rule == "unreadable.crashed" {
				t.Errorf("%s: went to a child: %+v", c.name, f)
			}
		}
	}
	// Too large: answered without a child.
	lim.MaxFileBytes = 10
	d := r.Extract(context.Background(), "a.pdf", samplePDF(), lim)
	onlyFinding(t, d, "unreadable.too_large")
}

func TestConcurrencyBound(t *testing.T) {
	r := New(Options{MaxChildren: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan *doc.Document, 4)
	for i := 0; i < 4; i++ {
		go func() { done <- r.Extract(ctx, "a.pdf", samplePDF(), testLimits()) }()
	}
	for i := 0; i < 4; i++ {
		if d := <-done; len(d.Findings) != 0 {
			t.Fatalf("findings %+v", d.Findings)
		}
	}
	r.slots.mu.Lock()
	defer r.slots.mu.Unlock()
	if r.slots.running != 0 || len(r.slots.queue) != 0 {
		t.Fatalf("%d slots still held, %d waiting", r.slots.running, len(r.slots.queue))
	}
}

func TestChildBadInput(t *testing.T) {
	var out, errb strings.Builder
	if code := childMain(strings.NewReader("\xff\xff\xff\xff"), &out, &errb); code != childBadInput {
		t.Fatalf("exit %d, want %d", code, childBadInput)
	}
	if out.Len() != 0 {
		t.Fatalf("stdout %q", out.String())
	}
}

// BenchmarkChildTinyPDF is the per-file cost of isolation: start a child,
// send a two-page PDF, read the Document back.
func BenchmarkChildTinyPDF(b *testing.B) {
	data := samplePDF()
	r := New(Options{})
	lim := doc.DefaultLimits()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := r.Extract(context.Background(), "a.pdf", data, lim)
		if len(d.Findings) != 0 || len(d.Parts) != 3 {
			b.Fatalf("findings %+v parts %d", d.Findings, len(d.Parts))
		}
	}
}

// BenchmarkInProcessTinyPDF is the same work without a child, for
// comparison.
func BenchmarkInProcessTinyPDF(b *testing.B) {
	data := samplePDF()
	lim := doc.DefaultLimits()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := extractInProcess(data, lim)
		if len(d.Findings) != 0 || len(d.Parts) != 3 {
			b.Fatalf("findings %+v parts %d", d.Findings, len(d.Parts))
		}
	}
}

// BenchmarkChildTinyDOCX is the per-file cost of isolation for the
// smallest real office file: spawn, send clean.docx (5 KB), decode.
func BenchmarkChildTinyDOCX(b *testing.B) {
	data, err := os.ReadFile("../../testdata/docs/clean.docx")
	if err != nil {
		b.Skip(err)
	}
	r := New(Options{})
	lim := doc.DefaultLimits()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := r.Extract(context.Background(), "clean.docx", data, lim)
		if d.Format != "docx" || len(d.Parts) == 0 {
			b.Fatalf("format %q, %d parts, findings %+v", d.Format, len(d.Parts), d.Findings)
		}
	}
}
