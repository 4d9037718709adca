package sandbox

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// The parser queue is fair to small files: a clean one-page DOCX must
// not wait behind a stack of slow PDFs. Files go to one of two lanes by
// size. A small file may take any free child slot; large ones may hold
// half of them at most, so that slots are always left for the small lane
// and a stack of large files cannot take every core.
// Within a lane, a freed slot goes to the waiting file whose owner (the
// submitter, WithOwner) has the fewest files running, the earliest of
// those first: one publisher's stack of slow files does not hold up
// another's, who waits only for the next slot to free. Files without an
// owner (the command line) share one.
//
// SmallFileBytes is the boundary between the lanes.
const SmallFileBytes = 256 << 10

// Lane names, for metrics.
const (
	LaneSmall = "small"
	LaneLarge = "large"
)

type waiter struct {
	ready chan struct{}
	large bool
	owner string
	done  bool // granted or abandoned
}

type ownerKey struct{}

// WithOwner marks ctx's files as the owner's (a submitter's token), for
// the parser queue's fairness between submitters.
func WithOwner(ctx context.Context, owner string) context.Context {
	return context.WithValue(ctx, ownerKey{}, owner)
}

// OwnerOf is the owner WithOwner gave ctx ("" for none).
func OwnerOf(ctx context.Context) string {
	o, _ := ctx.Value(ownerKey{}).(string)
	return o
}

// slots is the fair semaphore of child processes.
type slots struct {
	mu      sync.Mutex
	max     int
	running int
	large   int // running files of the large lane
	queue   []*waiter
	// busy counts each owner's running files.
	busy map[string]int
}

func newSlots(max int) *slots { return &slots{max: max, busy: map[string]int{}} }

// largeCap is how many children the large lane may hold.
func (s *slots) largeCap() int { return max(1, s.max/2) }

func (s *slots) canRunLocked(large bool) bool {
	if s.running >= s.max {
		return false
	}
	return !large || s.large < s.largeCap()
}

// acquire waits for a slot for a file of size n; it returns a release
// function, or false when ctx ended first.
func (s *slots) acquire(ctx context.Context, n int) (func(), bool) {
	large := n > SmallFileBytes
	owner := OwnerOf(ctx)
	lane := LaneSmall
	if large {
		lane = LaneLarge
	}
	start := time.Now()
	s.mu.Lock()
	if s.canRunLocked(large) && !s.aheadLocked(large) {
		s.grantLocked(large, owner)
		s.mu.Unlock()
		stats.observe(lane, 0)
		return s.releaser(large, owner), true
	}
	w := &waiter{ready: make(chan struct{}), large: large, owner: owner}
	s.queue = append(s.queue, w)
	stats.waiting(lane, 1)
	s.mu.Unlock()
	select {
	case <-w.ready:
		stats.waiting(lane, -1)
		stats.observe(lane, time.Since(start))
		return s.releaser(large, owner), true
	case <-ctx.Done():
		s.mu.Lock()
		granted := w.done
		w.done = true
		if !granted {
			s.removeLocked(w)
		}
		s.mu.Unlock()
		stats.waiting(lane, -1)
		if granted {
			s.releaser(large, owner)()
		}
		return nil, false
	}
}

// aheadLocked reports whether a waiter of the same lane is already
// queued (arrival order within a lane).
func (s *slots) aheadLocked(large bool) bool {
	for _, w := range s.queue {
		if w.large == large {
			return true
		}
	}
	return false
}

func (s *slots) grantLocked(large bool, owner string) {
	s.running++
	s.busy[owner]++
	if large {
		s.large++
	}
}

func (s *slots) removeLocked(w *waiter) {
	for i, q := range s.queue {
		if q == w {
			s.queue = append(s.queue[:i], s.queue[i+1:]...)
			return
		}
	}
}

func (s *slots) releaser(large bool, owner string) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			s.running--
			if s.busy[owner]--; s.busy[owner] <= 0 {
				delete(s.busy, owner)
			}
			if large {
				s.large--
			}
			s.wakeLocked()
			s.mu.Unlock()
		})
	}
}

// wakeLocked starts waiting files while slots allow: the small lane
// first, then the large one; in each, the file whose owner has the
// fewest running, in arrival order among equals.
func (s *slots) wakeLocked() {
	for _, large := range []bool{false, true} {
		for s.canRunLocked(large) {
			best := -1
			for i, w := range s.queue {
				if w.large == large && (best < 0 || s.busy[w.owner] < s.busy[s.queue[best].owner]) {
					best = i
				}
			}
			if best < 0 {
				break
			}
			w := s.queue[best]
			s.queue = append(s.queue[:best], s.queue[best+1:]...)
			w.done = true
			s.grantLocked(large, w.owner)
			close(w.ready)
		}
	}
}

// QueueStats are the parser queue's figures, for metrics.
type QueueStats struct {
	// Waiting is the files waiting for a child, by lane.
	Waiting map[string]int64
	// Waits counts the files that got a child, by lane; WaitSeconds is
	// their total wait.
	Waits       map[string]uint64
	WaitSeconds map[string]float64
	// Buckets are upper bounds in seconds of the wait histogram and
	// Counts the cumulative counts per lane, as Prometheus wants them.
	Buckets []float64
	Counts  map[string][]uint64
}

// WaitBuckets are the wait histogram's upper bounds, in seconds.
var WaitBuckets = []float64{.001, .01, .05, .1, .25, .5, 1, 2, 5, 10, 30, 60}

type laneStats struct {
	waiting atomic.Int64
	n       atomic.Uint64
	nanos   atomic.Uint64
	buckets [12]atomic.Uint64
}

type queueStats struct{ small, large laneStats }

var stats queueStats

func (q *queueStats) lane(l string) *laneStats {
	if l == LaneLarge {
		return &q.large
	}
	return &q.small
}

func (q *queueStats) waiting(l string, d int64) { q.lane(l).waiting.Add(d) }

func (q *queueStats) observe(l string, d time.Duration) {
	ls := q.lane(l)
	ls.n.Add(1)
	ls.nanos.Add(uint64(d))
	for i, b := range WaitBuckets {
		if d.Seconds() <= b {
			ls.buckets[i].Add(1)
		}
	}
}

// Stats returns the parser queue's figures over every Runner of the
// process.
func Stats() QueueStats {
	out := QueueStats{Waiting: map[string]int64{}, Waits: map[string]uint64{}, WaitSeconds: map[string]float64{},
		Buckets: WaitBuckets, Counts: map[string][]uint64{}}
	for _, l := range []string{LaneSmall, LaneLarge} {
		ls := stats.lane(l)
		out.Waiting[l] = ls.waiting.Load()
		out.Waits[l] = ls.n.Load()
		out.WaitSeconds[l] = float64(ls.nanos.Load()) / 1e9
		c := make([]uint64, len(WaitBuckets))
		for i := range c {
			c[i] = ls.buckets[i].Load()
		}
		out.Counts[l] = c
	}
	return out
}
