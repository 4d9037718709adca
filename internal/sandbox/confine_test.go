//go:build linux

package sandbox

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// TestChildHasNoReach starts a real child that tries what a compromised
// parser would: open a bbolt database in a data folder made like
// mishen's (0700 folder, 0600 file), connect to a listener on loopback,
// and use descriptors inherited from the parent, which holds the
// database open. Every attempt must fail.
func TestChildHasNoReach(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "mishen.db")
	db, err := bolt.Open(dbPath, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan struct{}, 1)
	go func() {
		if c, err := ln.Accept(); err == nil {
			accepted <- struct{}{}
			c.Close()
		}
	}()
	// The parent can reach both: the test proves the child could not.
	if f, err := os.Open(dbPath); err != nil {
		t.Fatal(err)
	} else {
		f.Close()
	}

	// A secret in the service's environment, and a descriptor the service
	// was started with (not close-on-exec, as a shell's redirect is).
	t.Setenv("MISHEN_SANDBOX_SECRET", "hunter2")
	leak, err := os.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer leak.Close()
	if _, err := unix.FcntlInt(leak.Fd(), unix.F_SETFD, 0); err != nil {
		t.Fatal(err)
	}
	r := New(Options{Env: []string{envTest + "=reach", "MISHEN_SANDBOX_REACH=" + dbPath + ":" + dir,
		"MISHEN_SANDBOX_DIAL=" + ln.Addr().String()}})
	d := r.Extract(context.Background(), "a.pdf", samplePDF(), testLimits())
	if len(d.Parts) != 1 {
		t.Fatalf("child answered %+v", d)
	}
	got := d.Parts[0].Text
	t.Logf("child: %s; confinement: %s", got, strings.Join(Confinement(), "; "))
	if want := "file=denied file=denied net=denied fds=0"; got != want {
		t.Fatalf("child reached out: %q, want %q", got, want)
	}
	select {
	case <-accepted:
		t.Fatal("the listener accepted a connection from the child")
	default:
	}
}
