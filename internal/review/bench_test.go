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
