package review

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/store"
)

// benchScanner costs nothing, so that BenchmarkSubmit measures the
// workflow: a draft holding "工作秘密" needs review, any other passes.
type benchScanner struct{}

func (benchScanner) Scan(_ context.Context, name string, data []byte) report.Report {
	sum := sha256.Sum256(data)
	r := report.Report{File: name, Format: "text", Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:]), DictVersion: "bench"}
	if i := bytes.Index(data, []byte("工作秘密")); i >= 0 {
		r.Findings = []report.Finding{{ID: "F1", Category: report.SensitiveTerm, Severity: report.Review,
			Rule: "sensitive_term.dict", Location: report.Location{Part: "body", Start: i, End: i + 4}, Excerpt: "工作秘密", HitEnd: 4}}
	}
	r.Verdict = report.Verdict(r.Findings)
	return r
}
func (benchScanner) Reload([]string) error   { return nil }
func (benchScanner) DictVersion() string     { return "bench" }
func (benchScanner) Mask(text string) string { return text }

// BenchmarkSubmit records 20 KB drafts from 32 concurrent submitters
// (one in ten kept for review, sealed under a draft key) with the default
// group commit and fsync: the cost of the workflow and the trail around a
// scan, per review.
func BenchmarkSubmit(b *testing.B) {
	cfg := config.Default()
	cfg.DataDir = b.TempDir()
	db, err := store.Open(cfg.DataDir, store.Options{}, Init)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	svc, err := New(cfg, db, benchScanner{}, Hooks{})
	if err != nil {
		b.Fatal(err)
	}
	defer svc.Close()
	drafts := make([][]byte, 10)
	for i := range drafts {
		var s strings.Builder
		if i == 0 {
			s.WriteString("本段内容属工作秘密。")
		}
		for s.Len() < 20<<10 {
			fmt.Fprintf(&s, "第%d条 各单位要高度重视，明确责任分工，认真抓好贯彻落实。\n", s.Len())
		}
		drafts[i] = []byte(s.String())
	}
	a := Actor{Name: "cms", Role: Publisher}
	var n atomic.Int64
	b.SetBytes(20 << 10)
	b.ReportAllocs()
	b.SetParallelism(16) // 32 submitters on 2 cores
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			r, err := svc.Submit(context.Background(), a, Submission{Title: "通知", Files: []DraftFile{{Name: "content.txt", Data: drafts[i%10]}}})
			if err != nil || r.ID == "" || (i%10 == 0) != (r.Status == Pending) {
				b.Fatalf("review %d: %v %+v", i, err, r)
			}
		}
	})
}

// TestContentHashFromTheEngine: content_sha256 is the SHA-256 of the bytes
// sent whether the engine's report supplies the digest (the real engine)
// or not (a fake), and a report whose digest is not a lowercase SHA-256
// of data of its size is not taken.
func TestContentHashFromTheEngine(t *testing.T) {
	data := []byte("关于做好政务公开工作的通知\n" + strings.Repeat("各单位要高度重视。", 200))
	want := ContentHash(data)
	for name, sc := range map[string]Scanner{"engine": realScanner(t), "fake": benchScanner{}} {
		f := newFixtureWith(t, sc, nil)
		r, err := f.svc.Submit(context.Background(), f.pub, Submission{Title: "通知", Files: []DraftFile{{Name: "a.txt", Data: data}}})
		if err != nil {
			t.Fatal(err)
		}
		if r.ContentSHA256 != want || r.Files[0].SHA256 != want {
			t.Errorf("%s: content_sha256 %s, file %s, want %s", name, r.ContentSHA256, r.Files[0].SHA256, want)
		}
	}
	for _, bogus := range []report.Report{
		{SHA256: strings.ToUpper(want), Size: int64(len(data))},
		{SHA256: want[:63] + "g", Size: int64(len(data))},
		{SHA256: ContentHash([]byte("x")), Size: 1},
		{},
	} {
		if got := fileSHA256(&bogus, data); got != want {
			t.Errorf("report %+v: %s", bogus, got)
		}
	}
}
