package cli

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/store"
)

const marker = "TAMPER-标记-comment"

// seedTrail writes a small trail with the workflow and returns the data
// folder, the sequence number of the event that carries marker, and the
// number of events.
func seedTrail(t *testing.T) (string, uint64, uint64) {
	t.Helper()
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	db, err := store.Open(cfg.DataDir, store.Options{NoSync: true}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc, err := review.New(cfg, db, &reviewtest.Scanner{}, review.Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	pub, rev := review.Actor{Name: "pub", Role: review.Publisher}, review.Actor{Name: "rev", Role: review.Reviewer}
	var target uint64
	for i := range 12 {
		r, err := svc.Submit(context.Background(), pub, review.Submission{Files: []review.DraftFile{{Name: "a.txt", Data: []byte(fmt.Sprint(reviewtest.ReviewText, i))}}})
		if err != nil {
			t.Fatal(err)
		}
		comment := "同意"
		if i == 6 {
			comment = marker
		}
		d, err := svc.Decide(rev, r.ID, review.DecisionInput{Decision: "approve", Comment: comment})
		if err != nil {
			t.Fatal(err)
		}
		if i == 6 {
			target = d.AuditEvents[len(d.AuditEvents)-1]
		}
	}
	sum, _, err := svc.VerifyTrail(review.LocalActor())
	if err != nil || !sum.OK {
		t.Fatalf("seed trail: %+v %v", sum, err)
	}
	return cfg.DataDir, target, sum.Events
}

func TestAuditVerifyIntact(t *testing.T) {
	data, _, events := seedTrail(t)
	code, out, errb := run(t, nil, "audit", "verify", "--data", data)
	if code != ExitOK || !strings.Contains(out, "intact") || !strings.Contains(out, fmt.Sprintf("%d events", events)) {
		t.Fatalf("verify: %d %s %s", code, out, errb)
	}
}

// TestAuditVerifyTamper flips one byte of one stored event in the real
// bbolt file; verify must exit 1 and name that event.
func TestAuditVerifyTamper(t *testing.T) {
	data, target, _ := seedTrail(t)
	path := filepath.Join(data, store.FileName)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// In the event record the comment is preceded by its 4-byte length;
	// the review's JSON has a quote there. Flip the byte in every copy
	// (copy-on-write can leave stale ones in free pages).
	needle := append([]byte{0, 0, 0, byte(len(marker))}, marker...)
	n := 0
	for off := 0; ; {
		i := bytes.Index(raw[off:], needle)
		if i < 0 {
			break
		}
		raw[off+i+4] ^= 0x20 // 'T' -> 't'
		off += i + len(needle)
		n++
	}
	if n == 0 {
		t.Fatal("event not found in the file")
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errb := run(t, nil, "audit", "verify", "--data", data)
	if code != ExitFound {
		t.Fatalf("exit %d, want %d: %s %s", code, ExitFound, out, errb)
	}
	broken := regexp.MustCompile(`BROKEN event (\d+)`).FindAllStringSubmatch(out, -1)
	if len(broken) != 1 || broken[0][1] != fmt.Sprint(target) {
		t.Fatalf("want event %d named as the one break:\n%s", target, out)
	}
	if !strings.Contains(out, "BROKEN") || !strings.Contains(out, "hash_mismatch") {
		t.Fatalf("output: %s", out)
	}
}

// TestAuditVerifyRecordEdit edits a review's stored status in the bbolt
// file, outside the chain; verify must exit 1 and name the review.
func TestAuditVerifyRecordEdit(t *testing.T) {
	data, _, _ := seedTrail(t)
	db, err := bolt.Open(filepath.Join(data, store.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("reviews"))
		k := binary.BigEndian.AppendUint64(nil, 3)
		v := bytes.Replace(b.Get(k), []byte(`"status":"cleared"`), []byte(`"status":"released"`), 1)
		return b.Put(k, v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errb := run(t, nil, "audit", "verify", "--data", data)
	if code != ExitFound || !strings.Contains(out, "record_mismatch") || !strings.Contains(out, "R00000003") {
		t.Fatalf("exit %d, want %d naming R00000003: %s %s", code, ExitFound, out, errb)
	}
}

func TestAuditExport(t *testing.T) {
	data, _, events := seedTrail(t)
	code, out, errb := run(t, nil, "audit", "export", "--data", data)
	if code != ExitOK {
		t.Fatalf("export: %d %s", code, errb)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if uint64(len(lines)) != events {
		t.Fatalf("%d lines, %d events", len(lines), events)
	}
	var prev audit.Event
	for i, l := range lines {
		var e audit.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatal(err)
		}
		if err := e.StaticValidate(); err != nil || (i > 0 && e.Prev != prev.Hash) {
			t.Fatalf("exported event %d does not verify: %v", e.Seq, err)
		}
		prev = e
	}
	code, out, _ = run(t, nil, "audit", "export", "--format", "csv", "--data", data)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != ExitOK || err != nil || uint64(len(rows)) != events+1 || rows[0][0] != "seq" {
		t.Fatalf("csv: %d %v %d rows", code, err, len(rows))
	}
}

func TestAuditUsageAndErrors(t *testing.T) {
	for _, args := range [][]string{
		{"audit"},
		{"audit", "check"},
		{"audit", "export", "--format", "xml"},
		{"audit", "verify", "--server", "http://127.0.0.1:1"}, // no MISHEN_TOKEN
	} {
		if code, _, errb := run(t, nil, args...); code != ExitUsage {
			t.Errorf("%v: exit %d %s", args, code, errb)
		}
	}
	code, _, errb := run(t, nil, "audit", "verify", "--data", t.TempDir())
	if code != ExitUsage || !strings.Contains(errb, "no database") {
		t.Errorf("empty folder: %d %s", code, errb)
	}
	data, _, _ := seedTrail(t)
	db, err := store.Open(data, store.Options{NoSync: true}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	code, _, errb = run(t, nil, "audit", "verify", "--data", data)
	db.Close()
	if code != ExitFailed || !strings.Contains(errb, "--server") || !strings.Contains(errb, "审计人员令牌") {
		t.Errorf("locked: %d %s", code, errb)
	}
	code, out, errb := run(t, nil, "audit", "--help")
	if code != ExitOK || !strings.Contains(out+errb, "MISHEN_TOKEN") || !strings.Contains(out+errb, "Examples") {
		t.Errorf("help: %d %s", code, out+errb)
	}
}

func TestAuditViaServer(t *testing.T) {
	data, _, events := seedTrail(t)
	cfg := config.Default()
	cfg.DataDir = data
	db, err := store.Open(data, store.Options{NoSync: true}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc, err := review.New(cfg, db, nil, review.Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	tok, _, err := svc.CreateToken(review.LocalActor(), review.Auditor, "aud")
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(cfg, svc, server.Options{}).Handler())
	defer ts.Close()
	env := map[string]string{"MISHEN_TOKEN": tok}
	code, out, errb := run(t, env, "audit", "verify", "--server", ts.URL)
	if code != ExitOK || !strings.Contains(out, "intact") {
		t.Fatalf("verify: %d %s %s", code, out, errb)
	}
	code, out, errb = run(t, env, "audit", "export", "--server", ts.URL)
	if code != ExitOK || uint64(strings.Count(out, "\n")) != events+2 { // + token_created, + the export's own trail_searched
		t.Fatalf("export: %d %d lines %s", code, strings.Count(out, "\n"), errb)
	}
}
