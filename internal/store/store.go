package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// FileName is the database file inside the data folder.
const FileName = "mishen.db"

// ErrLocked is returned (wrapped in a *LockedError) when another process
// holds the database file.
var ErrLocked = errors.New("store: database file is in use by another process")

// LockedError says which file is locked and what to do about it.
type LockedError struct{ Path string }

func (e *LockedError) Error() string {
	return fmt.Sprintf("store: 数据文件 %s 正被另一个 mishen 进程（通常是运行中的 mishen serve）使用；"+
		"bbolt 同一时间只允许一个进程打开它。请通过 --server 让命令经由运行中的服务执行，或先停止服务。"+
		" / the data file %s is in use by another mishen process (usually a running mishen serve); "+
		"bbolt allows one process per file. Use --server to go through the running service, or stop it first.",
		e.Path, e.Path)
}

// Unwrap makes errors.Is(err, ErrLocked) work.
func (e *LockedError) Unwrap() error { return ErrLocked }

// ErrNoData is returned when opening read-only a folder without a database.
var ErrNoData = errors.New("store: no database in the data folder")

// Options tune Open. The zero value is right for the CLI and the server.
type Options struct {
	// ReadOnly opens the file shared, for verify and export. It fails
	// with ErrNoData when there is no file.
	ReadOnly bool
	// LockTimeout bounds the wait for the file lock; 0 means one second.
	LockTimeout time.Duration
	// BatchDelay is how long Update waits to gather concurrent writers
	// into one commit; 0 means DefaultBatchDelay.
	BatchDelay time.Duration
	// NoSync skips fsync. Only tests may set it: it gives up durability.
	NoSync bool
}

// DefaultBatchDelay is the group-commit window. Measured on this kind of
// machine: one fsync per write gives ~2,600 commits/s, bbolt's default
// 10 ms window is slower below ~32 writers, and 1–2 ms reaches
// 16,000–44,000 writes/s.
const DefaultBatchDelay = 2 * time.Millisecond

// DB is an open database file.
type DB struct {
	bolt *bolt.DB
	path string
	g    *group // the group commit of Update; nil when read-only
}

// Open opens (creating when writable) the database in folder dir, which is
// created with mode 0700 if missing. init functions run in one write
// transaction to create buckets; they are skipped when read-only.
func Open(dir string, opt Options, init ...func(*bolt.Tx) error) (*DB, error) {
	path := filepath.Join(dir, FileName)
	if opt.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrNoData, dir, err)
		}
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: creating data folder: %w", err)
	}
	timeout := opt.LockTimeout
	if timeout <= 0 {
		timeout = time.Second
	}
	b, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:      timeout,
		ReadOnly:     opt.ReadOnly,
		NoSync:       opt.NoSync,
		FreelistType: bolt.FreelistMapType,
	})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, &LockedError{Path: path}
	}
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	delay := opt.BatchDelay
	if delay <= 0 {
		delay = DefaultBatchDelay
	}
	db := &DB{bolt: b, path: path}
	if !opt.ReadOnly && len(init) > 0 {
		err := b.Update(func(tx *bolt.Tx) error {
			for _, f := range init {
				if err := f(tx); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Close()
			return nil, fmt.Errorf("store: initialising %s: %w", path, err)
		}
	}
	if !opt.ReadOnly {
		db.g = startGroup(b, delay)
	}
	return db, nil
}

// Update runs fn in a write transaction shared with other concurrent
// callers (group commit) and returns once the transaction is committed to
// disk, or with fn's error (then nothing fn did is kept). fn may run more
// than once; see the package comment.
func (db *DB) Update(fn func(*bolt.Tx) error) error {
	if db.g == nil {
		return db.bolt.Update(fn) // read-only: bbolt says so
	}
	return db.g.update(fn)
}

// UpdateNow runs fn in a transaction of its own, without waiting for a
// batch; for one-off writes such as the CLI's.
func (db *DB) UpdateNow(fn func(*bolt.Tx) error) error { return db.bolt.Update(fn) }

// View runs fn in a read-only transaction.
func (db *DB) View(fn func(*bolt.Tx) error) error { return db.bolt.View(fn) }

// Path is the database file's path.
func (db *DB) Path() string { return db.path }

// Close closes the file, after committing the writes that were waiting
// for their group. Writes already acknowledged are on disk.
func (db *DB) Close() error {
	if db.g != nil {
		db.g.stop()
	}
	return db.bolt.Close()
}
