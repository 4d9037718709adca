package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/report"
)

// TestWriteJSONIsMarshal: the streamed encoding of a report is byte for
// byte json.Marshal's, for few findings and many, with characters that
// JSON escapes (quotes, HTML, the key itself) in the file name and the
// findings.
func TestWriteJSONIsMarshal(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 1000} {
		r := report.Report{
			File: `网站/"findings":[]<a>&.html`, Format: "html", Verdict: report.Review,
			SHA256: strings.Repeat("ab", 32), Size: 12345, DictVersion: "7b90c78ebbdd",
			Findings: []report.Finding{},
		}
		for i := range n {
			r.Findings = append(r.Findings, report.Finding{
				ID: fmt.Sprintf("F%d", i+1), Category: report.MobilePhone, Severity: report.Review, Rule: "pii.mobile",
				Location: report.Location{Part: "body", Line: i + 1, Start: i, End: i + 11, Path: "body > p[2]"},
				Excerpt:  `联系电话 139****5678 <b>"`, HitStart: 5, HitEnd: 16, Basis: report.BasisPrivacy,
				Message: "手机号码 & 住址", Fingerprint: "x",
			})
		}
		want, err := json.Marshal(&r)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		w := bufio.NewWriter(&got)
		if err := writeJSON(w, &r); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		if got.String() != string(want)+"\n" {
			t.Errorf("%d findings: writeJSON differs from json.Marshal\n got %.200s\nwant %.200s", n, got.String(), want)
		}
	}
	// A report without a findings list keeps json.Marshal's null.
	var got bytes.Buffer
	w := bufio.NewWriter(&got)
	writeJSON(w, &report.Report{File: "a.txt"})
	w.Flush()
	if want, _ := json.Marshal(&report.Report{File: "a.txt"}); got.String() != string(want)+"\n" {
		t.Errorf("nil findings: %s, want %s", got.String(), want)
	}
}

// TestScanOrderedKeepsOrderAndBoundsWaiting: results come out in input
// order whatever order the workers end in, and while a slow first file
// holds the line no more than the window of files is started.
func TestScanOrderedKeepsOrderAndBoundsWaiting(t *testing.T) {
	const n, jobs = 2000, 3
	files := make([]string, n)
	release := make(chan struct{})
	var started atomic.Int64
	scan := func(i int) result {
		started.Add(1)
		if i == 0 {
			<-release
		} else if rand.Intn(10) == 0 {
			time.Sleep(time.Duration(rand.Intn(200)) * time.Microsecond)
		}
		return result{rep: report.Report{File: fmt.Sprint(i)}}
	}
	go func() {
		// Wait until the other workers stall behind file 0.
		for last := int64(-1); ; {
			time.Sleep(20 * time.Millisecond)
			now := started.Load()
			if now == last {
				break
			}
			last = now
		}
		if s := started.Load(); s > 256*jobs+jobs {
			t.Errorf("%d files started while the first was not done, want at most the window", s)
		}
		close(release)
	}()
	var got []string
	err := scanOrdered(files, jobs, nil, scan, func(i int, r result) error {
		if r.rep.File != fmt.Sprint(i) {
			t.Fatalf("result %d carries file %s", i, r.rep.File)
		}
		got = append(got, r.rep.File)
		return nil
	})
	if err != nil || len(got) != n {
		t.Fatalf("err %v, %d results, want %d", err, len(got), n)
	}
}

// TestScanOrderedStopsOnWriteError: when a report cannot be written no
// further file is started.
func TestScanOrderedStopsOnWriteError(t *testing.T) {
	var started atomic.Int64
	files := make([]string, 10000)
	err := scanOrdered(files, 2, nil, func(int) result { started.Add(1); return result{} }, func(i int, r result) error {
		if i == 10 {
			return fmt.Errorf("disk full")
		}
		return nil
	})
	if err == nil || started.Load() > 1000 {
		t.Fatalf("err %v after %d files started", err, started.Load())
	}
}

// TestProgressLine: the line counts files, shows the rate and the time
// left once a second has passed, and is cleared before a report is
// written to the same screen.
func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, 4, true)
	p.start = time.Now().Add(-2 * time.Second)
	p.step()
	if s := b.String(); !strings.Contains(s, "已扫描 1/4 个文件") || !strings.Contains(s, "约剩") {
		t.Errorf("progress line %q", s)
	}
	b.Reset()
	p.step() // within 100 ms of the last: not redrawn
	if b.Len() != 0 {
		t.Errorf("redrawn too soon: %q", b.String())
	}
	p.clear(true)
	if b.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q", b.String())
	}
	b.Reset()
	q := newProgress(&b, 4, false)
	q.step()
	b.Reset()
	q.clear(true) // stdout is not this screen: the line stays
	if b.Len() != 0 {
		t.Errorf("clear for a report to a file wrote %q", b.String())
	}
	b.Reset()
	p.step()
	p.step()
	p.end()
	if s := b.String(); !strings.HasSuffix(s, "已扫描 4/4 个文件，每秒 2 个\x1b[K\n") {
		t.Errorf("end %q", s)
	}
	var nilp *progress
	nilp.step()
	nilp.clear(true)
	nilp.end()
	if got := minutes(3725); got != "1 小时 2 分" {
		t.Errorf("minutes(3725) = %q", got)
	}
}
