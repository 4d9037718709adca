package sandbox

import (
	"context"
	"testing"
	"time"
)

// TestSmallLaneNeverStarves fills every slot the large lane may take and
// queues more large files: a small file still starts at once, and the
// queued large files start in order as slots free up.
func TestSmallLaneNeverStarves(t *testing.T) {
	s := newSlots(6)
	ctx := context.Background()
	var held []func()
	for i := 0; i < 3; i++ {
		rel, ok := s.acquire(ctx, SmallFileBytes+1)
		if !ok {
			t.Fatal("large file refused")
		}
		held = append(held, rel)
	}
	// A fourth large file must wait: the other slots are the small lane's.
	got := make(chan int, 8)
	for i := 0; i < 3; i++ {
		go func() {
			rel, ok := s.acquire(ctx, SmallFileBytes+1)
			if ok {
				got <- i
				rel()
			}
		}()
		waitQueued(t, s, i+1)
	}
	select {
	case i := <-got:
		t.Fatalf("large file %d started with the large lane full", i)
	case <-time.After(50 * time.Millisecond):
	}
	rel, ok := s.acquire(ctx, 1024)
	if !ok {
		t.Fatal("small file refused")
	}
	rel()
	// Freeing a large slot starts the queued large files in order.
	held[0]()
	for want := 0; want < 3; want++ {
		if i := <-got; i != want {
			t.Fatalf("large file %d started before %d", i, want)
		}
	}
	held[1]()
	held[2]()
	if s.running != 0 || s.large != 0 {
		t.Fatalf("running %d large %d after all released", s.running, s.large)
	}
}

// TestQueueCancel: a waiter whose context ends leaves the queue and
// holds nothing.
func TestQueueCancel(t *testing.T) {
	s := newSlots(1)
	rel, _ := s.acquire(context.Background(), 10)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan bool)
	go func() {
		_, ok := s.acquire(ctx, 10)
		done <- ok
	}()
	waitQueued(t, s, 1)
	cancel()
	if <-done {
		t.Fatal("a cancelled waiter got a slot")
	}
	rel()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running != 0 || len(s.queue) != 0 {
		t.Fatalf("running %d queued %d", s.running, len(s.queue))
	}
}

func waitQueued(t *testing.T, s *slots, n int) {
	t.Helper()
	for i := 0; i < 1000; i++ {
		s.mu.Lock()
		q := len(s.queue)
		s.mu.Unlock()
		if q >= n {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("queue never reached %d", n)
}

// TestOwnersTakeTurns: one submitter holds every slot and has five more
// files waiting; another's file, queued last, gets the next free slot,
// and the first submitter's files then start in their order.
func TestOwnersTakeTurns(t *testing.T) {
	s := newSlots(2)
	a, b := WithOwner(context.Background(), "a"), WithOwner(context.Background(), "b")
	var held []func()
	for i := 0; i < 2; i++ {
		rel, _ := s.acquire(a, 10)
		held = append(held, rel)
	}
	got := make(chan string, 8)
	start := func(ctx context.Context, name string, queued int) {
		go func() {
			if rel, ok := s.acquire(ctx, 10); ok {
				got <- name
				rel()
			}
		}()
		waitQueued(t, s, queued)
	}
	for i := 0; i < 5; i++ {
		start(a, "a"+string(rune('0'+i)), i+1)
	}
	start(b, "b", 6)
	held[0]()
	if first := <-got; first != "b" {
		t.Fatalf("%s started first; the other submitter's file should have", first)
	}
	for i := 0; i < 5; i++ {
		if name := <-got; name != "a"+string(rune('0'+i)) {
			t.Fatalf("%s started out of its submitter's order", name)
		}
	}
	held[1]()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		s.mu.Lock()
		running := s.running
		s.mu.Unlock()
		if running == 0 || time.Now().After(deadline) {
			break
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running != 0 || len(s.busy) != 0 {
		t.Fatalf("running %d, owners busy %v after all released", s.running, s.busy)
	}
}
