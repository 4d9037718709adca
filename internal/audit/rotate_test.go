package audit

import (
	"strings"
	"testing"
	"time"
)

// TestKeyRotation rotates the key twice: each hand-over is endorsed by the
// key it replaces, KeyHistory follows them, a checkpoint signed by a
// retired key still opens with the history, and a rotation whose
// endorsement names another key (or is not by the old key) is a break.
func TestKeyRotation(t *testing.T) {
	dir := t.TempDir()
	first, firstKey, err := LoadKey(dir, SHA256)
	if err != nil {
		t.Fatal(err)
	}
	old, _ := SignCheckpoint(first, Checkpoint{Origin: KeyName, Size: 3, Time: time.Now()})
	var m Mem
	fill(t, &m, 3)
	for range 2 {
		ev, commit, err := PrepareRotation(dir, SHA256, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Append(&m, ev); err != nil {
			t.Fatal(err)
		}
		if err := commit(); err != nil {
			t.Fatal(err)
		}
	}
	cur, err := PublicKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := KeyHistory(&m, cur)
	if err != nil || len(keys) != 3 || keys[0] != firstKey || keys[2] != cur {
		t.Fatalf("history: %v %v", keys, err)
	}
	if sum, breaks := verifyAll(t, &m); !sum.OK {
		t.Fatalf("verify after rotations: %v", breaks)
	}
	if _, err := OpenCheckpoint(old, cur); err == nil {
		t.Fatal("a checkpoint by the retired key opened with the current key alone")
	}
	all, err := PublicKeys(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenCheckpoint(old, all); err != nil {
		t.Fatalf("a checkpoint by the retired key with the history: %v", err)
	}

	// A forged rotation: the endorsement hands over to another key.
	ev, _, err := PrepareRotation(t.TempDir(), SHA256, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ev.Details["new_key"] = cur
	if _, err := Append(&m, ev); err != nil {
		t.Fatal(err)
	}
	sum, breaks := verifyAll(t, &m)
	if sum.OK || len(breaks) != 1 || breaks[0].Kind != BreakKeyRotation || !strings.Contains(breaks[0].Message, "密钥轮换") {
		t.Fatalf("forged rotation: %v", breaks)
	}
	if _, err := KeyHistory(&m, cur); err == nil {
		t.Fatal("KeyHistory followed a forged rotation")
	}
}
