package store

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestOpenCreatesAndReopens(t *testing.T) {
	dir := t.TempDir() + "/data"
	db, err := Open(dir, Options{}, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists([]byte("b"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("b")).Put([]byte("k"), []byte("v")) }); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := ro.View(func(tx *bolt.Tx) error {
		if got := string(tx.Bucket([]byte("b")).Get([]byte("k"))); got != "v" {
			t.Errorf("got %q", got)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func TestReadOnlyWithoutData(t *testing.T) {
	_, err := Open(t.TempDir(), Options{ReadOnly: true})
	if !errors.Is(err, ErrNoData) {
		t.Fatalf("err = %v, want ErrNoData", err)
	}
}

func TestLockedSaysWhatToDo(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	_, err = Open(dir, Options{LockTimeout: 100 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("waited %v for a held lock", time.Since(start))
	}
	for _, want := range []string{"--server", "正被另一个 mishen 进程", "in use by another mishen process"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %s", want, err)
		}
	}
}

// TestUpdateGroupsAndFailsAlone checks that concurrent Updates all commit,
// and that one failing function does not take the others with it.
func TestUpdateGroupsAndFailsAlone(t *testing.T) {
	db, err := Open(t.TempDir(), Options{}, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists([]byte("b"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var wg sync.WaitGroup
	errs := make([]error, 64)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = db.Update(func(tx *bolt.Tx) error {
				if i == 13 {
					return errors.New("boom")
				}
				return tx.Bucket([]byte("b")).Put([]byte{byte(i)}, []byte{1})
			})
		}()
	}
	wg.Wait()
	n := 0
	db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket([]byte("b")).Stats().KeyN
		return nil
	})
	for i, err := range errs {
		if (i == 13) != (err != nil) {
			t.Errorf("writer %d: err = %v", i, err)
		}
	}
	if n != 63 {
		t.Fatalf("%d keys committed, want 63", n)
	}
}

// TestUpdateGroupsWhileCommitting: writers that come while a commit runs
// share the next one, so 64 concurrent writers take far fewer commits;
// a panic in a write function is raised in its writer, not in the
// committer; and Update after Close fails instead of hanging.
func TestUpdateGroupsWhileCommitting(t *testing.T) {
	db, err := Open(t.TempDir(), Options{BatchDelay: time.Millisecond}, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists([]byte("b"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("b")).Put([]byte{byte(i)}, nil) }); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := db.g.commits.Load(); n >= 64 || n < 1 {
		t.Errorf("64 writers took %d commits", n)
	}

	func() {
		defer func() {
			if v := recover(); v != "boom" {
				t.Errorf("recovered %v, want the writer's panic", v)
			}
		}()
		db.Update(func(*bolt.Tx) error { panic("boom") })
	}()
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("b")).Put([]byte("after"), nil) }); err != nil {
		t.Fatalf("after a panic: %v", err)
	}

	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(*bolt.Tx) error { return nil }); err == nil {
		t.Fatal("Update after Close succeeded")
	}
}
