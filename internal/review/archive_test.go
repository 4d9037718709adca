package review

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/scan"
)

// TestRescanReleased is the re-scan test: clean items are
// released; a dictionary term that one of them contains is added; the
// rescan raises exactly that item, with the dictionary version that found
// it, and a second rescan with the same dictionaries raises nothing.
// Content of a rejected review is not kept, and kept content is sealed
// (no clear text in the database) and shredded at its retention.
func TestRescanReleased(t *testing.T) {
	dict := t.TempDir()
	sc, err := scan.New(scan.Config{DictDirs: []string{dict}})
	if err != nil {
		t.Fatal(err)
	}
	f := newFixtureWith(t, sc, func(c *config.Config) {
		c.RescanRetention = 90 * 24 * time.Hour
		c.DictDirs = []string{dict}
	})
	ctx := context.Background()
	texts := []string{
		"关于开展全市植树活动的通知。各单位要按时组织。",
		"关于调整公交线路的公告。青松计划第二阶段将于下月启动。",
		"关于图书馆开放时间的说明。周末照常开放。",
	}
	var released []*Review
	for _, text := range texts {
		r, err := f.svc.Submit(ctx, f.pub, Submission{Title: "公告", Files: []DraftFile{{Name: "a.txt", Data: []byte(text)}}})
		if err != nil || r.Status != Cleared {
			t.Fatalf("clean item: %+v %v", r, err)
		}
		if _, err := f.svc.Release(f.pub, r.ID, r.ContentSHA256); err != nil {
			t.Fatal(err)
		}
		released = append(released, r)
	}
	// A rejected one is not kept.
	rej, err := f.svc.Submit(ctx, f.pub, Submission{Files: []DraftFile{{Name: "b.txt", Data: []byte("本材料属工作秘密，请勿外传。青松计划")}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Decide(f.rev1, rej.ID, DecisionInput{Decision: Reject, Comment: "不宜公开"}); err != nil {
		t.Fatal(err)
	}
	if n, raised, err := f.svc.RescanReleased(ctx); err != nil || n != 0 || raised != 0 {
		t.Fatalf("rescan with unchanged dictionaries: %d %d %v", n, raised, err)
	}

	old := sc.DictVersion()
	if err := os.WriteFile(filepath.Join(dict, "new.txt"), []byte("青松计划 | sensitive_term | review | 未公开的项目代号\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := f.svc.ReloadDictionaries(f.adm)
	if err != nil || v == old {
		t.Fatalf("reload: %s %v", v, err)
	}
	n, raised, err := f.svc.RescanReleased(ctx)
	if err != nil || n != 3 || raised != 1 {
		t.Fatalf("rescan: %d scanned, %d raised, %v", n, raised, err)
	}
	for i, r := range released {
		got, err := f.svc.Get(f.aud, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case i == 1 && (got.Rescan == nil || got.Rescan.DictVersion != v || got.Rescan.Was != old || len(got.Rescan.Findings) != 1):
			t.Errorf("the item with the new term: %+v", got.Rescan)
		case i != 1 && got.Rescan != nil:
			t.Errorf("item %d raised: %+v", i, got.Rescan)
		case got.RescannedWith != v:
			t.Errorf("item %d rescanned with %q, want %q", i, got.RescannedWith, v)
		}
	}
	if c := f.countAction(audit.ActionRescanned); c != 1 {
		t.Errorf("%d rescanned events, want 1", c)
	}
	if n, raised, _ := f.svc.RescanReleased(ctx); n != 0 || raised != 0 {
		t.Errorf("a second rescan with the same dictionaries: %d %d", n, raised)
	}
	// Kept content is sealed: no clear text of it in the database file
	// (the item without findings has no excerpt that could hold it).
	db, err := os.ReadFile(f.db.Path())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(db, []byte("周末照常开放")) {
		t.Error("kept content is in clear in the database")
	}
	// At the end of the retention it is deleted and its key wiped.
	if n, err := f.svc.PurgeKept(time.Now().Add(91 * 24 * time.Hour)); err != nil || n != 3 {
		t.Fatalf("purge: %d %v", n, err)
	}
	keys, _ := os.ReadFile(filepath.Join(filepath.Dir(f.db.Path()), ArchiveKeysFile))
	if bytes.Count(keys, []byte{0}) != len(keys) {
		t.Error("a key of deleted content is still in the key file")
	}
	f.verify(t)
}
