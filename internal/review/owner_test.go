package review

import (
	"context"
	"sync"
	"testing"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/sandbox"
	"github.com/mishen-gov/mishen/internal/store"
)

// ownerScanner records the parser queue's owner of each file it scans.
type ownerScanner struct {
	benchScanner
	mu     sync.Mutex
	owners []string
}

func (o *ownerScanner) Scan(ctx context.Context, name string, data []byte) report.Report {
	o.mu.Lock()
	o.owners = append(o.owners, sandbox.OwnerOf(ctx))
	o.mu.Unlock()
	return o.benchScanner.Scan(ctx, name, data)
}

// TestSubmitterOwnsItsParsing: a submission's files, and a scan without a
// review, reach the parser queue as the submitter's, so that the queue
// can take turns between submitters.
func TestSubmitterOwnsItsParsing(t *testing.T) {
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	db, err := store.Open(cfg.DataDir, store.Options{}, Init)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sc := &ownerScanner{}
	svc, err := New(cfg, db, sc, Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	sub := Submission{Files: []DraftFile{{Name: "a.txt", Data: []byte("政务公开")}, {Name: "b.txt", Data: []byte("通知")}}}
	if _, err := svc.Submit(context.Background(), Actor{Name: "区政府网站", Role: Publisher}, sub); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.ScanOnly(context.Background(), Actor{Name: "编辑部", Role: Publisher}, sub); err != nil {
		t.Fatal(err)
	}
	want := []string{"区政府网站", "区政府网站", "编辑部", "编辑部"}
	if len(sc.owners) != len(want) {
		t.Fatalf("owners %q, want %q", sc.owners, want)
	}
	for i := range want {
		if sc.owners[i] != want[i] {
			t.Fatalf("owners %q, want %q", sc.owners, want)
		}
	}
}
