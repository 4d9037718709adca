package audit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// The canonical encoding of an Event, version 1. Every event is hashed
// over exactly these bytes, and the same bytes (followed by the 32-byte
// hash) are what Storage keeps:
//
//	offset  size  field
//	0       1     format version, 0x01
//	1       8     Seq, big-endian uint64
//	9       8     Time, Unix nanoseconds, big-endian int64
//	17      32    Prev
//	49      ...   Actor, Role, Action, ReviewID, ContentSHA256, in this
//	              order, each as a 4-byte big-endian length and the
//	              UTF-8 bytes
//	...     4     number of Details, big-endian uint32
//	...     ...   each detail as key then value, both length-prefixed as
//	              above, keys in strictly increasing byte order
//
// Why not JSON: the same JSON value has many spellings (key order,
// whitespace, escapes, number forms), and a hash must be over one byte
// string that only one Event produces. Fixed order plus length prefixes
// make the boundaries unambiguous ("ab"+"c" differs from "a"+"bc"), there
// are no floats, and the decoder rejects every non-canonical input
// (unsorted or repeated keys, invalid UTF-8, trailing bytes), so
// encode(decode(b)) == b for every b that decodes.
const formatVersion = 1

// Limits that bound the decoder on hostile input.
const (
	maxField   = 1 << 20 // bytes in one string field
	maxDetails = 4096    // entries in Details
	headerLen  = 1 + 8 + 8 + 32
)

// ErrMalformed is returned (wrapped) when stored bytes are not a canonical
// encoding of an event.
var ErrMalformed = errors.New("audit: malformed event encoding")

// MarshalBinary returns e's canonical encoding. It fails if a field is
// not valid UTF-8 or too long; Append cleans fields before encoding.
func (e *Event) MarshalBinary() ([]byte, error) {
	n := headerLen + 4*5 + len(e.Actor) + len(e.Role) + len(e.Action) + len(e.ReviewID) + len(e.ContentSHA256) + 4
	keys := make([]string, 0, len(e.Details))
	for k, v := range e.Details {
		keys = append(keys, k)
		n += 8 + len(k) + len(v)
	}
	if len(keys) > maxDetails {
		return nil, fmt.Errorf("audit: event has %d details, more than %d", len(keys), maxDetails)
	}
	sort.Strings(keys)
	b := make([]byte, 0, n)
	b = append(b, formatVersion)
	b = binary.BigEndian.AppendUint64(b, e.Seq)
	b = binary.BigEndian.AppendUint64(b, uint64(e.Time.UnixNano()))
	b = append(b, e.Prev[:]...)
	var err error
	for _, s := range []string{e.Actor, e.Role, e.Action, e.ReviewID, e.ContentSHA256} {
		if b, err = appendString(b, s); err != nil {
			return nil, err
		}
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(keys)))
	for _, k := range keys {
		if b, err = appendString(b, k); err != nil {
			return nil, err
		}
		if b, err = appendString(b, e.Details[k]); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func appendString(b []byte, s string) ([]byte, error) {
	if len(s) > maxField {
		return nil, fmt.Errorf("audit: field of %d bytes is longer than %d", len(s), maxField)
	}
	if !utf8.ValidString(s) {
		return nil, errors.New("audit: field is not valid UTF-8")
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
	return append(b, s...), nil
}

// UnmarshalBinary reads a canonical encoding into e (Hash is left zero).
// It never trusts a length it reads: every length is checked against the
// bytes that remain before anything is allocated.
func (e *Event) UnmarshalBinary(b []byte) error {
	if len(b) < headerLen {
		return fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", ErrMalformed, len(b), headerLen)
	}
	if b[0] != formatVersion {
		return fmt.Errorf("%w: unknown format version %d", ErrMalformed, b[0])
	}
	var ev Event
	ev.Seq = binary.BigEndian.Uint64(b[1:9])
	ev.Time = time.Unix(0, int64(binary.BigEndian.Uint64(b[9:17]))).UTC()
	copy(ev.Prev[:], b[17:49])
	d := decoder{b: b[headerLen:]}
	ev.Actor = d.string()
	ev.Role = d.string()
	ev.Action = d.string()
	ev.ReviewID = d.string()
	ev.ContentSHA256 = d.string()
	count := d.uint32()
	if d.err == nil && count > maxDetails {
		d.err = fmt.Errorf("%w: %d details, more than %d", ErrMalformed, count, maxDetails)
	}
	if d.err == nil && count > 0 {
		// Each detail takes at least 8 bytes, so count is bounded by
		// what remains before the map is sized.
		if uint64(count)*8 > uint64(len(d.b)) {
			d.err = fmt.Errorf("%w: %d details do not fit in %d bytes", ErrMalformed, count, len(d.b))
		} else {
			ev.Details = make(map[string]string, count)
		}
	}
	last := ""
	for i := uint32(0); d.err == nil && i < count; i++ {
		k := d.string()
		v := d.string()
		if d.err != nil {
			break
		}
		if i > 0 && k <= last {
			d.err = fmt.Errorf("%w: detail keys not in strictly increasing order", ErrMalformed)
			break
		}
		last = k
		ev.Details[k] = v
	}
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(d.b))
	}
	*e = ev
	return nil
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uint32() uint32 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 4 {
		d.err = fmt.Errorf("%w: truncated length", ErrMalformed)
		return 0
	}
	n := binary.BigEndian.Uint32(d.b)
	d.b = d.b[4:]
	return n
}

func (d *decoder) string() string {
	n := d.uint32()
	if d.err != nil {
		return ""
	}
	if n > maxField || uint64(n) > uint64(len(d.b)) {
		d.err = fmt.Errorf("%w: field length %d exceeds the %d bytes left", ErrMalformed, n, len(d.b))
		return ""
	}
	s := d.b[:n]
	d.b = d.b[n:]
	if !utf8.Valid(s) {
		d.err = fmt.Errorf("%w: field is not valid UTF-8", ErrMalformed)
		return ""
	}
	return string(s)
}

// record is what Storage keeps for one event: the canonical encoding
// followed by the event's hash.
func record(e *Event) ([]byte, error) {
	b, err := e.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return append(b, e.Hash[:]...), nil
}

// DecodeRecord splits a stored record into its event and the hash stored
// with it. The returned event's Hash is the stored hash, which Verify
// compares with a fresh one. It is the decoder for untrusted stored bytes.
func DecodeRecord(rec []byte) (Event, error) {
	var e Event
	if len(rec) < len(e.Hash) {
		return e, fmt.Errorf("%w: record of %d bytes has no room for a hash", ErrMalformed, len(rec))
	}
	body, h := rec[:len(rec)-len(e.Hash)], rec[len(rec)-len(e.Hash):]
	if err := e.UnmarshalBinary(body); err != nil {
		return Event{}, err
	}
	copy(e.Hash[:], h)
	return e, nil
}

// clean makes s valid UTF-8 and at most maxField bytes, so that any text
// a caller passes can be recorded.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) > maxField {
		s = s[:maxField]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}
