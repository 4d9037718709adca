package doc

import (
	"encoding/binary"
	"errors"
)

// Places are the places of a part's text (see Part.Places). An HTML page
// or a DOCX sends one for every run of text at its own element path from
// the sandboxed child that read it, so, like Cells, they travel in gob in
// an encoding of their own (GobEncode): each place's numbers as varints,
// its start as the distance from the end of the place before, and the
// paths end to end after them, decoded as slices of one string. gob's own
// encoding described and allocated each place apart, most of the cost of
// a page's answer beyond its text. JSON sees a plain list.
type Places []Place

// placesVersion starts the encoding, so that a change of it is an error
// rather than a misreading.
const placesVersion = 1

// GobEncode encodes ps compactly.
func (ps Places) GobEncode() ([]byte, error) {
	paths := 0
	for _, p := range ps {
		paths += len(p.Path)
	}
	b := make([]byte, 0, 1+binary.MaxVarintLen64+len(ps)*8+paths)
	b = append(b, placesVersion)
	b = binary.AppendUvarint(b, uint64(len(ps)))
	prev := 0
	for _, p := range ps {
		b = binary.AppendVarint(b, int64(p.Start-prev))
		b = binary.AppendVarint(b, int64(p.End-p.Start))
		b = binary.AppendVarint(b, int64(p.Page))
		b = binary.AppendVarint(b, int64(p.Para))
		b = binary.AppendUvarint(b, uint64(len(p.Path)))
		prev = p.End
	}
	for _, p := range ps {
		b = append(b, p.Path...)
	}
	return b, nil
}

var errPlaces = errors.New("doc: malformed places")

// GobDecode decodes what GobEncode encoded; it never trusts a count or a
// length the bytes give (they come from a sandboxed child).
func (ps *Places) GobDecode(b []byte) error {
	if len(b) == 0 || b[0] != placesVersion {
		return errPlaces
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	// A place takes at least five bytes: n is bounded by the input.
	if k <= 0 || n > uint64(len(b))/5 {
		return errPlaces
	}
	b = b[k:]
	out := make(Places, n)
	lens := make([]int, n)
	prev, paths := 0, 0
	for i := range out {
		var v [4]int64
		for j := range v {
			x, k := binary.Varint(b)
			if k <= 0 || x > 1<<40 || x < -(1<<40) {
				return errPlaces
			}
			v[j], b = x, b[k:]
		}
		l, k := binary.Uvarint(b)
		if k <= 0 || l > uint64(len(b)) {
			return errPlaces
		}
		b = b[k:]
		start := prev + int(v[0])
		out[i] = Place{Start: start, End: start + int(v[1]), Page: int(v[2]), Para: int(v[3])}
		prev = out[i].End
		lens[i] = int(l)
		paths += int(l)
	}
	if paths != len(b) {
		return errPlaces
	}
	all := string(b)
	off := 0
	for i := range out {
		out[i].Path = all[off : off+lens[i]]
		off += lens[i]
	}
	if n == 0 {
		out = nil
	}
	*ps = out
	return nil
}
