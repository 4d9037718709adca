package doc

import (
	"encoding/binary"
	"errors"
)

// The encoding Cells and Places travel in from a sandboxed child (their
// GobEncode): a version byte, the number of records, each record's
// integers as varints and the length of its string, then the strings end
// to end, which decode as slices of one string. gob's own encoding
// described and allocated each record apart.

var errPacked = errors.New("doc: malformed packed records")

// maxRecords bounds the records of one encoding: the cells of a sheet of
// eight million, more than any extractor reports (a record takes a few
// bytes, and decodes to some fifty).
const maxRecords = 1 << 23

// offsetOK reports whether a decoded offset lies where text can:
// deltas that add up past the bound are an error.
func offsetOK(o int) bool { return o >= 0 && o <= 1<<40 }

// pack encodes n records of ints integers and one string each: set,
// called once per record in order, fills v with record i's integers, and
// str returns record i's string.
func pack(version byte, n, ints int, set func(i int, v []int64), str func(i int) string) []byte {
	size := 0
	for i := range n {
		size += len(str(i))
	}
	v := make([]int64, ints)
	b := make([]byte, 0, 1+binary.MaxVarintLen64+n*8+size) // most records take 8 bytes
	b = append(b, version)
	b = binary.AppendUvarint(b, uint64(n))
	for i := range n {
		set(i, v)
		for _, x := range v {
			b = binary.AppendVarint(b, x)
		}
		b = binary.AppendUvarint(b, uint64(len(str(i))))
	}
	for i := range n {
		b = append(b, str(i)...)
	}
	return b
}

// unpack decodes what pack encoded with the same version and ints: it
// calls alloc with the number of records, set with each record's
// integers in order, and str with each record's string. It never trusts a
// count or a length the bytes give: a record takes at least ints+1 bytes,
// so the count is bounded by the input, and every integer must lie
// within ±2^40.
func unpack(b []byte, version byte, ints int, alloc func(n int), set func(i int, v []int64), str func(i int, s string)) error {
	if len(b) == 0 || b[0] != version {
		return errPacked
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b))/uint64(ints+1) || n > maxRecords {
		return errPacked
	}
	b = b[k:]
	alloc(int(n))
	v := make([]int64, ints)
	lens := make([]int, n)
	total := 0
	for i := range lens {
		for j := range v {
			x, k := binary.Varint(b)
			if k <= 0 || x > 1<<40 || x < -(1<<40) {
				return errPacked
			}
			v[j], b = x, b[k:]
		}
		l, k := binary.Uvarint(b)
		if k <= 0 || l > uint64(len(b)) {
			return errPacked
		}
		b = b[k:]
		set(i, v)
		lens[i] = int(l)
		total += int(l)
	}
	if total != len(b) {
		return errPacked
	}
	all := string(b)
	off := 0
	for i, l := range lens {
		str(i, all[off:off+l])
		off += l
	}
	return nil
}
