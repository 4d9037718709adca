package cli

import (
	"encoding/binary"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/store"
)

// TestAuditLogEndToEnd runs the binary with --checkpoint-dir: a release
// receipt verifies offline with the public key alone, a checkpoint is
// served without a token and written outside the data folder, verify
// --checkpoint passes on the intact log, and after the tail is cut and
// the head moved back it fails saying what and where.
func TestAuditLogEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	for _, crypto := range []string{"sha256", "sm"} {
		t.Run(crypto, func(t *testing.T) { auditLogEndToEnd(t, bin, crypto) })
	}
}

func auditLogEndToEnd(t *testing.T, bin, crypto string) {
	root := t.TempDir()
	data, cpDir := filepath.Join(root, "data"), filepath.Join(root, "worm")
	t.Setenv("MISHEN_CRYPTO", crypto)
	t.Setenv("MISHEN_CHECKPOINT_DIR", cpDir)
	t.Setenv("MISHEN_CHECKPOINT_EVERY", "200ms")
	pub := createToken(t, bin, data, "publisher", "cms")
	aud := createToken(t, bin, data, "auditor", "aud")
	p := startServer(t, bin, data)
	c := &api{t: t, base: p.base, hc: &http.Client{Timeout: 10 * time.Second}}

	var r review.Review
	c.must(pub, "POST", "/api/v1/reviews", map[string]string{"title": "通知", "content": reviewtest.PassText}, &r, 201)
	var rc review.Receipt
	c.must(pub, "POST", "/api/v1/reviews/"+r.ID+"/release", map[string]string{"content_sha256": r.ContentSHA256}, &rc, 200)
	if rc.Proof == nil {
		t.Fatalf("receipt without proof: %+v", rc)
	}

	resp, err := http.Get(p.base + "/api/v1/audit/checkpoint")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if su, _ := audit.SuiteNamed(crypto); resp.StatusCode != 200 || !strings.HasPrefix(string(body), "mishen-audit\n") || !strings.Contains(string(body), "\nsuite "+su.Name+"\n") {
		t.Fatalf("checkpoint: %d %q", resp.StatusCode, body)
	}
	kept := filepath.Join(cpDir, "checkpoint")
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(kept); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no checkpoint written to --checkpoint-dir")
		}
	}
	// The auditor keeps the latest checkpoint somewhere the server cannot
	// reach.
	auditorCopy := filepath.Join(root, "auditor-checkpoint")
	msg, err := os.ReadFile(kept)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(auditorCopy, msg, 0o600); err != nil {
		t.Fatal(err)
	}

	// Remotely, with the public key only: the running log extends it,
	// after more events; a checkpoint of the same size with another root
	// (what the auditor would hold if the log had been rewritten since)
	// does not.
	c.must(pub, "POST", "/api/v1/reviews", map[string]string{"title": "通知", "content": reviewtest.PassText + "。"}, nil, 201)
	pk, err := audit.PublicKey(data)
	if err != nil {
		t.Fatal(err)
	}
	tok := map[string]string{"MISHEN_TOKEN": aud}
	code, out, errb := run(t, tok, "audit", "verify", "--server", p.base, "--checkpoint", auditorCopy, "--pubkey", pk)
	if code != ExitOK || !strings.Contains(out, "consistent with the checkpoint") {
		t.Fatalf("remote verify --checkpoint: %d %s %s", code, out, errb)
	}
	su, _ := audit.SuiteNamed(crypto)
	signer, _, err := audit.LoadKey(data, su)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := audit.OpenCheckpoint(msg, pk)
	if err != nil {
		t.Fatal(err)
	}
	cp.Root[0] ^= 1
	forged, _ := audit.SignCheckpoint(signer, cp)
	other := filepath.Join(root, "other-checkpoint")
	if err := os.WriteFile(other, forged, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ = run(t, tok, "audit", "verify", "--server", p.base, "--checkpoint", other, "--pubkey", pk)
	if code != ExitFound || !strings.Contains(out, "[checkpoint]") {
		t.Fatalf("remote verify against a checkpoint the log does not extend: %d %s", code, out)
	}

	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	<-p.done

	code, vkey, errb := run(t, nil, "audit", "pubkey", "--data", data)
	vkey = strings.TrimSpace(vkey)
	if vkey != pk {
		t.Fatalf("pubkey %q, the key file says %q", vkey, pk)
	}
	if code != ExitOK || !strings.HasPrefix(vkey, "mishen-audit+") {
		t.Fatalf("pubkey: %d %q %s", code, vkey, errb)
	}
	if fi, err := os.Stat(filepath.Join(data, "audit-signing.key")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("signing key: %v %v", fi, err)
	}

	// The receipt, offline, with the public key only.
	raw, _ := json.Marshal(rc)
	rcFile := filepath.Join(root, "receipt.json")
	if err := os.WriteFile(rcFile, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errb = run(t, nil, "audit", "verify-receipt", "--pubkey", vkey, rcFile)
	if code != ExitOK || !strings.Contains(out, "receipt valid") {
		t.Fatalf("verify-receipt: %d %s %s", code, out, errb)
	}
	bad := strings.Replace(string(raw), r.ContentSHA256, strings.Repeat("1", 64), 1)
	if err := os.WriteFile(rcFile, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := run(t, nil, "audit", "verify-receipt", "--pubkey", vkey, rcFile); code != ExitFound || !strings.Contains(out, "INVALID") {
		t.Fatalf("changed receipt: %d %s", code, out)
	}

	code, out, errb = run(t, nil, "audit", "verify", "--data", data, "--checkpoint", auditorCopy, "--pubkey", vkey)
	if code != ExitOK || !strings.Contains(out, "consistent with the checkpoint") {
		t.Fatalf("verify --checkpoint on the intact log: %d %s %s", code, out, errb)
	}

	// Cut the tail to before the kept checkpoint and move the head back:
	// the checkpoint says what was cut.
	db, err := bolt.Open(filepath.Join(data, store.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		evb, meta := tx.Bucket([]byte("audit_events")), tx.Bucket([]byte("audit_meta"))
		// Back to two events short of the kept checkpoint.
		n, keep := binary.BigEndian.Uint64(meta.Get([]byte("head"))), cp.Size-2
		for s := n; s > keep; s-- {
			if err := evb.Delete(binary.BigEndian.AppendUint64(nil, s)); err != nil {
				return err
			}
		}
		prev := evb.Get(binary.BigEndian.AppendUint64(nil, keep))
		return meta.Put([]byte("head"), append(binary.BigEndian.AppendUint64(nil, keep), prev[len(prev)-32:]...))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errb = run(t, nil, "audit", "verify", "--data", data, "--checkpoint", auditorCopy, "--pubkey", vkey)
	if code != ExitFound || !strings.Contains(out, "[checkpoint]") || !strings.Contains(out, "被截去") {
		t.Fatalf("verify --checkpoint after truncation: %d %s %s", code, out, errb)
	}
}

// TestAuditRotateKey rotates the signing key offline: the hand-over is an
// event, pubkey --history lists both keys, verify stays intact, and a
// checkpoint signed before the rotation still verifies from the data
// folder (its retired key is kept).
func TestAuditRotateKey(t *testing.T) {
	data, _, _ := seedTrail(t)
	signer, oldKey, err := audit.LoadKey(data, audit.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(data, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var cp audit.Checkpoint
	err = db.View(func(tx *bolt.Tx) error {
		s := audit.Bolt(tx)
		size, _, err := s.Head()
		if err != nil {
			return err
		}
		cp = audit.Checkpoint{Origin: audit.KeyName, Size: size, Time: time.Now()}
		cp.Root, err = audit.RootAt(s, size)
		return err
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	msg, err := audit.SignCheckpoint(signer, cp)
	if err != nil {
		t.Fatal(err)
	}
	cpFile := filepath.Join(t.TempDir(), "cp")
	if err := os.WriteFile(cpFile, msg, 0o600); err != nil {
		t.Fatal(err)
	}

	code, out, errb := run(t, nil, "audit", "rotate-key", "--data", data)
	if code != ExitOK || !strings.Contains(out, "rotated") {
		t.Fatalf("rotate-key: %d %s %s", code, out, errb)
	}
	code, out, errb = run(t, nil, "audit", "pubkey", "--history", "--data", data)
	keys := strings.Fields(out)
	if code != ExitOK || len(keys) != 2 || keys[0] != oldKey || keys[1] == oldKey {
		t.Fatalf("pubkey --history: %d %q %s", code, out, errb)
	}
	code, out, errb = run(t, nil, "audit", "verify", "--data", data, "--checkpoint", cpFile)
	if code != ExitOK || !strings.Contains(out, "consistent with the checkpoint") {
		t.Fatalf("verify with a checkpoint of the retired key: %d %s %s", code, out, errb)
	}
}
