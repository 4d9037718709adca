package audit

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func sampleEvent(i int) Event {
	return Event{
		Actor:         fmt.Sprintf("reviewer-%d", i%3),
		Role:          "reviewer",
		Action:        ActionApproved,
		ReviewID:      fmt.Sprintf("R%08d", i),
		ContentSHA256: strings.Repeat("ab", 32),
		Details:       map[string]string{"comment": fmt.Sprintf("同意发布 %d", i), "approvals": "1"},
		Time:          time.Date(2025, 3, 1, 9, 0, i, 0, time.UTC),
	}
}

// fill appends n sample events to s.
func fill(t *testing.T, s Storage, n int) []Event {
	t.Helper()
	var out []Event
	for i := 1; i <= n; i++ {
		e, err := Append(s, sampleEvent(i))
		if err != nil {
			t.Fatalf("Append %d: %v", i, err)
		}
		out = append(out, e)
	}
	return out
}

func verifyAll(t *testing.T, s Storage) (Summary, []Break) {
	t.Helper()
	var breaks []Break
	sum, err := Verify(s, func(b Break) { breaks = append(breaks, b) })
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if sum.Breaks != len(breaks) {
		t.Fatalf("Summary.Breaks = %d, reported %d", sum.Breaks, len(breaks))
	}
	return sum, breaks
}

func TestAppendChains(t *testing.T) {
	var m Mem
	evs := fill(t, &m, 5)
	for i, e := range evs {
		if e.Seq != uint64(i+1) {
			t.Errorf("event %d has Seq %d", i, e.Seq)
		}
		if i == 0 && !e.Prev.IsZero() {
			t.Errorf("first event Prev = %v, want zero", e.Prev)
		}
		if i > 0 && e.Prev != evs[i-1].Hash {
			t.Errorf("event %d Prev does not link to event %d", e.Seq, evs[i-1].Seq)
		}
		if err := e.StaticValidate(); err != nil {
			t.Error(err)
		}
		got, err := Get(&m, e.Seq)
		if err != nil {
			t.Fatal(err)
		}
		gj, _ := json.Marshal(got)
		ej, _ := json.Marshal(e)
		if !bytes.Equal(gj, ej) {
			t.Errorf("stored event differs:\n got %s\nwant %s", gj, ej)
		}
	}
	sum, breaks := verifyAll(t, &m)
	if !sum.OK || len(breaks) != 0 || sum.Events != 5 || sum.HeadSeq != 5 || sum.Head != evs[4].Hash {
		t.Fatalf("intact trail: %+v %v", sum, breaks)
	}
}

func TestEncodingIsCanonical(t *testing.T) {
	e := sampleEvent(1)
	e.Seq, e.Prev = 7, Hash{1, 2, 3}
	a, err := e.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// Map iteration order must not matter.
	for range 20 {
		b, _ := e.MarshalBinary()
		if !bytes.Equal(a, b) {
			t.Fatal("encoding depends on map order")
		}
	}
	var d Event
	if err := d.UnmarshalBinary(a); err != nil {
		t.Fatal(err)
	}
	b, _ := d.MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("decode then encode changed the bytes")
	}
	// Moving a byte between adjacent fields must change the encoding.
	x, y := e, e
	x.Actor, x.Role = "ab", "c"
	y.Actor, y.Role = "a", "bc"
	xb, _ := x.MarshalBinary()
	yb, _ := y.MarshalBinary()
	if bytes.Equal(xb, yb) {
		t.Fatal("field boundaries are ambiguous")
	}
}

func TestDecodeRejectsNonCanonical(t *testing.T) {
	e := sampleEvent(1)
	e.Seq = 1
	good, _ := e.MarshalBinary()
	swapped := Event{Seq: 1, Details: map[string]string{"a": "1", "b": "2"}}
	sb, _ := swapped.MarshalBinary()
	// Swap the two details so that keys are out of order.
	i := bytes.Index(sb, []byte{0, 0, 0, 1, 'a'})
	j := bytes.Index(sb, []byte{0, 0, 0, 1, 'b'})
	unsorted := append([]byte(nil), sb[:i]...)
	unsorted = append(unsorted, sb[j:]...)
	unsorted = append(unsorted, sb[i:j]...)
	cases := map[string][]byte{
		"empty":        nil,
		"short header": good[:10],
		"bad version":  append([]byte{9}, good[1:]...),
		"trailing":     append(append([]byte(nil), good...), 0),
		"truncated":    good[:len(good)-1],
		"unsorted":     unsorted,
		"huge length":  append(append([]byte(nil), good[:headerLen]...), 0xff, 0xff, 0xff, 0xff),
		"bad utf8":     append(append([]byte(nil), good[:headerLen]...), 0, 0, 0, 1, 0xff),
	}
	for name, b := range cases {
		var d Event
		if err := d.UnmarshalBinary(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: err = %v, want ErrMalformed", name, err)
		}
	}
}

// TestVerifyReportsEveryBreak damages a trail in several places at once
// and checks that each one is reported, not just the first.
func TestVerifyReportsEveryBreak(t *testing.T) {
	var m Mem
	evs := fill(t, &m, 12)

	// 3: content edited (hash left as it was).
	rec := m.recs[3]
	k := bytes.Index(rec, []byte("同意发布 3"))
	rec[k+len("同意发布 ")] = '8'
	// 6: content edited and its hash recomputed: the link from 7 breaks.
	e6 := evs[5]
	e6.Details = map[string]string{"comment": "伪造", "approvals": "1"}
	e6.Hash, _ = e6.ComputeHash()
	m.recs[6], _ = record(&e6)
	// 9: deleted.
	delete(m.recs, 9)
	// 10 and 11: swapped.
	m.recs[10], m.recs[11] = m.recs[11], m.recs[10]
	// 12: garbage.
	m.recs[12] = []byte("not an event at all, long enough to hold a hash...")

	_, breaks := verifyAll(t, &m)
	want := []string{
		"3 hash_mismatch",
		"7 link_mismatch",
		"10 gap",
		"10 key_mismatch",
		"10 link_mismatch",
		"11 key_mismatch",
		"11 link_mismatch",
		"12 undecodable",
		"12 head_mismatch",
	}
	var got []string
	for _, b := range breaks {
		got = append(got, fmt.Sprintf("%d %s", b.Seq, b.Kind))
		if b.Message == "" {
			t.Errorf("break %v has no message", b)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("breaks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestVerifyTailCut(t *testing.T) {
	var m Mem
	fill(t, &m, 4)
	delete(m.recs, 4)
	sum, breaks := verifyAll(t, &m)
	if sum.OK || len(breaks) != 1 || breaks[0].Kind != BreakHead || breaks[0].Seq != 4 {
		t.Fatalf("tail cut: %+v %v", sum, breaks)
	}
}

func TestVerifyFirstEventDeleted(t *testing.T) {
	var m Mem
	fill(t, &m, 3)
	delete(m.recs, 1)
	_, breaks := verifyAll(t, &m)
	if len(breaks) != 1 || breaks[0].Kind != BreakGap || breaks[0].Seq != 2 {
		t.Fatalf("first deleted: %v", breaks)
	}
}

func openBolt(t *testing.T, path string) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestBoltTamper writes a trail to a real bbolt file, flips one byte of
// one stored event on disk, and checks that Verify names that event.
func TestBoltTamper(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.db")
	db := openBolt(t, path)
	const target = 17
	for i := 1; i <= 40; i++ {
		if err := db.Update(func(tx *bolt.Tx) error {
			if err := Init(tx); err != nil {
				return err
			}
			e := sampleEvent(i)
			if i == target {
				e.Details["comment"] = "TAMPER-TARGET-原文"
			}
			_, err := Append(Bolt(tx), e)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.View(func(tx *bolt.Tx) error {
		sum, err := Verify(Bolt(tx), nil)
		if err == nil && !sum.OK {
			err = fmt.Errorf("fresh trail broken: %+v", sum)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// The comment is stored length-prefixed only in the event record;
	// copy-on-write may have left stale copies in free pages, so flip
	// the byte in every copy: only the live one matters.
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	marker := append([]byte{0, 0, 0, byte(len("TAMPER-TARGET-原文"))}, "TAMPER-TARGET-原文"...)
	n := 0
	for off := 0; ; {
		i := bytes.Index(raw[off:], marker)
		if i < 0 {
			break
		}
		raw[off+i+4] ^= 0x01 // 'T' -> 'U'
		off += i + len(marker)
		n++
	}
	if n == 0 {
		t.Fatal("marker not found in the file")
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}

	db = openBolt(t, path)
	defer db.Close()
	var breaks []Break
	if err := db.View(func(tx *bolt.Tx) error {
		_, err := Verify(Bolt(tx), func(b Break) { breaks = append(breaks, b) })
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(breaks) != 1 || breaks[0].Seq != target || breaks[0].Kind != BreakHash {
		t.Fatalf("breaks after flipping a byte of event %d: %v", target, breaks)
	}
	if !strings.Contains(breaks[0].Message, fmt.Sprint(target)) {
		t.Errorf("message does not name the event: %q", breaks[0].Message)
	}
}

func TestQuery(t *testing.T) {
	var m Mem
	fill(t, &m, 30)
	evs, next, err := Query(&m, Filter{Actor: "reviewer-1", Limit: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 4 || next != evs[3].Seq {
		t.Fatalf("page 1: %d events, next %d", len(evs), next)
	}
	for _, e := range evs {
		if e.Actor != "reviewer-1" {
			t.Errorf("event %d actor %q", e.Seq, e.Actor)
		}
	}
	rest, next2, err := Query(&m, Filter{Actor: "reviewer-1", After: next, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(rest) != 6 || next2 != 0 || rest[0].Seq <= next {
		t.Fatalf("page 2: %d events, next %d", len(rest), next2)
	}
	from := time.Date(2025, 3, 1, 9, 0, 10, 0, time.UTC)
	evs, _, _ = Query(&m, Filter{From: from, To: from.Add(5 * time.Second), ReviewID: "R00000012"})
	if len(evs) != 1 || evs[0].ReviewID != "R00000012" {
		t.Fatalf("time and review filter: %v", evs)
	}
}

func TestExport(t *testing.T) {
	var m Mem
	fill(t, &m, 3)
	e, _ := Append(&m, Event{Actor: "=HYPERLINK(1)", Role: "admin", Action: ActionTokenCreated})
	var j bytes.Buffer
	if err := Export(&m, FormatJSONL, &j); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(j.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("jsonl lines = %d", len(lines))
	}
	var last Event
	if err := json.Unmarshal([]byte(lines[3]), &last); err != nil {
		t.Fatal(err)
	}
	if last.Hash != e.Hash || last.Seq != 4 || last.StaticValidate() != nil {
		t.Fatalf("jsonl round trip: %+v", last)
	}
	var c bytes.Buffer
	if err := Export(&m, FormatCSV, &c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("csv rows: %v", rows)
	}
	if rows[4][2] != "'=HYPERLINK(1)" {
		t.Errorf("formula not neutralised: %q", rows[4][2])
	}
	if rows[4][9] != e.Hash.String() {
		t.Errorf("csv hash %q", rows[4][9])
	}
	if err := Export(&m, "xml", &c); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestAppendCleansText(t *testing.T) {
	var m Mem
	e, err := Append(&m, Event{Actor: "bad\xffname", Details: map[string]string{"k\xfe": "v"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.StaticValidate(); err != nil {
		t.Fatal(err)
	}
	if _, breaks := verifyAll(t, &m); len(breaks) != 0 {
		t.Fatal(breaks)
	}
}

func BenchmarkAppendMem(b *testing.B) {
	var m Mem
	e := sampleEvent(1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Append(&m, e); err != nil {
			b.Fatal(err)
		}
	}
}
