package review

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// healthState remembers whether writes to the database are failing, and
// how many refusals could not be recorded meanwhile, so that /healthz can
// say so and the trail gets the count once writes succeed again.
type healthState struct {
	// dirty is set while failing or unrecorded says there is something
	// to record: every successful write checks it without the lock.
	dirty      atomic.Bool
	mu         sync.Mutex
	failing    bool
	since      time.Time
	reason     string
	unrecorded int
	firstLost  time.Time
}

// Health is whether the service can record what it does.
type Health struct {
	// OK is false while writes to the database fail.
	OK bool `json:"ok"`
	// Reason says in Chinese why not.
	Reason string `json:"reason,omitempty"`
	// Since is when writes started failing.
	Since *time.Time `json:"since,omitempty"`
	// Unrecorded counts refusals that could not be recorded yet.
	Unrecorded int `json:"unrecorded,omitempty"`
}

// Health returns the service's health.
func (s *Service) Health() Health {
	h := &s.health
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.failing {
		return Health{OK: true}
	}
	since := h.since
	return Health{Reason: h.reason, Since: &since, Unrecorded: h.unrecorded}
}

// storageFull reports whether err says the disk (or the quota, or the
// file size limit) is exhausted.
func storageFull(err error) bool {
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EFBIG) {
		return true
	}
	// bbolt reports a failed growth of its file as text ("file resize
	// error: %s"), which loses the errno: match the errno's words.
	msg := err.Error()
	for _, e := range []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG} {
		if strings.Contains(msg, e.Error()) {
			return true
		}
	}
	return false
}

// errStorageFull is what a caller gets when the data folder's disk is
// full: the HTTP layer answers 507.
func errStorageFull() *Error {
	return Errorf(KindStorageFull, "storage_full",
		"服务器数据磁盘已满，无法记录本次操作，因此未执行。请联系管理员清理或扩容数据目录所在磁盘后重试")
}

// write runs fn in a batched write transaction and keeps health: a
// failure marks the service degraded (a full disk answers
// KindStorageFull), a success after failures records what was lost.
func (s *Service) write(fn func(*bolt.Tx) error) error { return s.track(s.db.Update(fn)) }

// writeNow is write in a transaction of its own.
func (s *Service) writeNow(fn func(*bolt.Tx) error) error { return s.track(s.db.UpdateNow(fn)) }

func (s *Service) track(err error) error {
	if err == nil {
		s.recovered()
		return nil
	}
	var re *Error
	if errors.As(err, &re) {
		return err
	}
	h := &s.health
	h.mu.Lock()
	if !h.failing {
		h.failing, h.since = true, s.now().UTC()
	}
	h.dirty.Store(true)
	full := storageFull(err)
	if full {
		h.reason = "数据磁盘已满，审查与审计记录无法写入"
	} else {
		h.reason = "数据库写入失败，审查与审计记录无法写入"
	}
	h.mu.Unlock()
	if full {
		return errStorageFull()
	}
	return err
}

// lost counts a refusal that could not be recorded.
func (s *Service) lost() {
	h := &s.health
	h.mu.Lock()
	if h.unrecorded == 0 {
		h.firstLost = s.now().UTC()
	}
	h.unrecorded++
	h.dirty.Store(true)
	h.mu.Unlock()
}

// recovered clears the degraded state after a successful write and
// records, in an event of its own, the outage and the refusals it lost.
func (s *Service) recovered() {
	h := &s.health
	if !h.dirty.Load() {
		return // the common case: nothing failed
	}
	h.mu.Lock()
	if !h.failing && h.unrecorded == 0 {
		h.dirty.Store(false)
		h.mu.Unlock()
		return
	}
	since, n, first := h.since, h.unrecorded, h.firstLost
	h.failing, h.unrecorded = false, 0
	h.dirty.Store(false)
	h.mu.Unlock()
	if err := s.recordRecovery(since, n, first); err != nil {
		// Still failing after all: put it back for the next attempt.
		h.mu.Lock()
		h.dirty.Store(true)
		if !h.failing {
			h.failing, h.since = true, since
		}
		h.unrecorded += n
		if h.firstLost.IsZero() || first.Before(h.firstLost) {
			h.firstLost = first
		}
		h.mu.Unlock()
	}
}

func (s *Service) recordRecovery(since time.Time, n int, first time.Time) error {
	d := map[string]string{"unrecorded_refusals": strconv.Itoa(n)}
	if !since.IsZero() {
		d["failing_since"] = since.Format(time.RFC3339)
	}
	if n > 0 {
		d["first_unrecorded"] = first.Format(time.RFC3339)
	}
	var e audit.Event
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		e, err = audit.Append(audit.Bolt(tx), audit.Event{Actor: SystemActor.Name, Role: string(System),
			Action: audit.ActionStorageRecovered, Details: d})
		return err
	})
	if err == nil {
		s.appended([]audit.Event{e})
	}
	return err
}

// ProbeStorage tries, while the service is degraded, to record its
// recovery; the server calls it periodically so that health returns
// without waiting for a client's write. It returns the health after.
func (s *Service) ProbeStorage() Health {
	if h := s.Health(); h.OK {
		return h
	}
	s.recovered()
	return s.Health()
}

// String says the health for logs.
func (h Health) String() string {
	if h.OK {
		return "ok"
	}
	return fmt.Sprintf("degraded: %s (unrecorded refusals %d)", h.Reason, h.Unrecorded)
}
