package doc

import "errors"

// Places are the places of a part's text (see Part.Places). An HTML page
// or a DOCX sends one for every run of text at its own element path from
// the sandboxed child that read it, so, like Cells, they travel in gob in
// an encoding of their own (packed.go). gob's own encoding described and
// allocated each place apart, most of the cost of a page's answer beyond
// its text. JSON sees a plain list.
type Places []Place

// placesVersion starts the encoding, so that a change of it is an error
// rather than a misreading.
const placesVersion = 1

// GobEncode encodes ps compactly: Start, End-Start, Page, Para and Path,
// with each Start the distance from the End before it.
func (ps Places) GobEncode() ([]byte, error) {
	prev := 0
	return pack(placesVersion, len(ps), 4, func(i int, v []int64) {
		p := ps[i]
		v[0], v[1], v[2], v[3] = int64(p.Start-prev), int64(p.End-p.Start), int64(p.Page), int64(p.Para)
		prev = p.End
	}, func(i int) string { return ps[i].Path }), nil
}

// GobDecode decodes what GobEncode encoded; it never trusts a count or a
// length the bytes give (they come from a sandboxed child).
func (ps *Places) GobDecode(b []byte) error {
	var out Places
	prev, ok := 0, true
	err := unpack(b, placesVersion, 4, func(n int) {
		if n > 0 {
			out = make(Places, n)
		}
	}, func(i int, v []int64) {
		start := prev + int(v[0])
		out[i] = Place{Start: start, End: start + int(v[1]), Page: int(v[2]), Para: int(v[3])}
		prev = out[i].End
		ok = ok && offsetOK(start) && offsetOK(prev)
	}, func(i int, path string) { out[i].Path = path })
	if err != nil || !ok {
		return errPlaces
	}
	*ps = out
	return nil
}

var errPlaces = errors.New("doc: malformed places")
