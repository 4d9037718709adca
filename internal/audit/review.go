package audit

import (
	"errors"
	"fmt"
)

// ErrBroken is returned (wrapped) by ReviewEvents when an event it reads
// does not agree with the chain around it.
var ErrBroken = errors.New("audit: trail is broken")

// ReviewEvents returns every event of review id, in order, read from the
// chain and checked on the way: each one decodes, its stored hash matches
// its content, it names review id, the event before it is the one its
// Prev names, and the event after it (if any) names it as Prev. So an
// event edited and re-hashed on its own, or one taken from another review,
// makes it fail with ErrBroken instead of being believed. It does not
// re-hash the whole chain (Verify does), so a rewrite of every event from
// some point on, or an index entry deleted, is caught by Verify and by
// checkpoints, not here.
func ReviewEvents(s Storage, id string) ([]Event, error) {
	var out []Event
	err := s.ReviewSeqs(id, func(seq uint64) (bool, error) {
		e, err := checkedEvent(s, seq)
		if err != nil {
			return false, err
		}
		if e.ReviewID != id {
			return false, fmt.Errorf("%w: event %d is indexed under review %s but is about another", ErrBroken, seq, id)
		}
		out = append(out, e)
		return true, nil
	})
	return out, err
}

// checkedEvent reads event seq and checks it against its own hash and its
// neighbours' links.
func checkedEvent(s Storage, seq uint64) (Event, error) {
	rec, err := s.Get(seq)
	if err != nil {
		return Event{}, err
	}
	if rec == nil {
		return Event{}, fmt.Errorf("%w: event %d is missing", ErrBroken, seq)
	}
	e, err := DecodeRecord(rec)
	if err != nil {
		return Event{}, fmt.Errorf("%w: event %d: %v", ErrBroken, seq, err)
	}
	su, err := s.Suite()
	if err != nil {
		return Event{}, err
	}
	if e.Seq != seq || su.Sum(rec[:len(rec)-len(e.Hash)]) != e.Hash {
		return Event{}, fmt.Errorf("%w: event %d does not match its hash or key", ErrBroken, seq)
	}
	if seq > 1 {
		prev, err := s.Get(seq - 1)
		if err != nil {
			return Event{}, err
		}
		if len(prev) < len(e.Prev) || Hash(prev[len(prev)-len(e.Prev):]) != e.Prev {
			return Event{}, fmt.Errorf("%w: event %d does not link to event %d", ErrBroken, seq, seq-1)
		}
	} else if !e.Prev.IsZero() {
		return Event{}, fmt.Errorf("%w: event 1 links to a predecessor", ErrBroken)
	}
	next, err := s.Get(seq + 1)
	if err != nil {
		return Event{}, err
	}
	if next != nil {
		// The next event's Prev is at bytes 17 to 49 of its encoding.
		if len(next) < headerLen+len(e.Hash) || Hash(next[17:headerLen]) != e.Hash {
			return Event{}, fmt.Errorf("%w: event %d is not what event %d links to", ErrBroken, seq, seq+1)
		}
		return e, nil
	}
	headSeq, head, err := s.Head()
	switch {
	case err != nil:
		return Event{}, err
	case headSeq > seq:
		return Event{}, fmt.Errorf("%w: event %d is missing", ErrBroken, seq+1)
	case headSeq != seq || head != e.Hash:
		return Event{}, fmt.Errorf("%w: event %d is not the recorded head", ErrBroken, seq)
	}
	return e, nil
}
