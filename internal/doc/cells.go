package doc

import (
	"encoding/binary"
	"errors"
)

// Cells are the table cells of a part (see Part.Cells). A sheet of a
// million cells sends a million of them from the sandboxed child that read
// it to the scanner, so they travel in gob in an encoding of their own
// (GobEncode): each cell's numbers as varints, its start as the distance
// from the cell before, and the references end to end after them,
// decoded as slices of one string. gob's own encoding described and
// allocated each cell apart, a third of a big sheet's time in transit.
// JSON sees a plain list.
type Cells []Cell

// cellsVersion starts the encoding, so that a change of it is an error
// rather than a misreading.
const cellsVersion = 1

// GobEncode encodes cs compactly.
func (cs Cells) GobEncode() ([]byte, error) {
	refs := 0
	for _, c := range cs {
		refs += len(c.Ref)
	}
	b := make([]byte, 0, 1+binary.MaxVarintLen64+len(cs)*8+refs)
	b = append(b, cellsVersion)
	b = binary.AppendUvarint(b, uint64(len(cs)))
	prev := 0
	for _, c := range cs {
		b = binary.AppendVarint(b, int64(c.Start-prev))
		b = binary.AppendVarint(b, int64(c.End-c.Start))
		b = binary.AppendVarint(b, int64(c.Table))
		b = binary.AppendVarint(b, int64(c.Row))
		b = binary.AppendVarint(b, int64(c.Col))
		b = binary.AppendUvarint(b, uint64(len(c.Ref)))
		prev = c.End
	}
	for _, c := range cs {
		b = append(b, c.Ref...)
	}
	return b, nil
}

var errCells = errors.New("doc: malformed cells")

// GobDecode decodes what GobEncode encoded; it never trusts a count or a
// length the bytes give (they come from a sandboxed child).
func (cs *Cells) GobDecode(b []byte) error {
	if len(b) == 0 || b[0] != cellsVersion {
		return errCells
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	// A cell takes at least six bytes: n is bounded by the input.
	if k <= 0 || n > uint64(len(b))/6 {
		return errCells
	}
	b = b[k:]
	out := make(Cells, n)
	lens := make([]int, n)
	prev, refs := 0, 0
	for i := range out {
		var v [5]int64
		for j := range v {
			x, k := binary.Varint(b)
			if k <= 0 || x > 1<<40 || x < -(1<<40) {
				return errCells
			}
			v[j], b = x, b[k:]
		}
		l, k := binary.Uvarint(b)
		if k <= 0 || l > uint64(len(b)) {
			return errCells
		}
		b = b[k:]
		start := prev + int(v[0])
		out[i] = Cell{Start: start, End: start + int(v[1]), Table: int(v[2]), Row: int(v[3]), Col: int(v[4])}
		prev = out[i].End
		lens[i] = int(l)
		refs += int(l)
	}
	if refs != len(b) {
		return errCells
	}
	all := string(b)
	off := 0
	for i := range out {
		out[i].Ref = all[off : off+lens[i]]
		off += lens[i]
	}
	if n == 0 {
		out = nil
	}
	*cs = out
	return nil
}
