package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
)

// checkObjStmRefs reads the cross-reference streams at offsets (newest
// first, as the library reads them) and refuses a file in which an object
// stream is itself said to be inside an object stream. The spec forbids
// it, and the library resolves such an object by recursing into itself
// until the goroutine stack overflows, which is a fatal error no recover
// catches (measured: "goroutine stack exceeds 1000000000-byte limit").
// Streams it cannot decode (other filters, an indirect /Length) are
// skipped: the library then fails on them by itself, recoverably.
func checkObjStmRefs(data []byte, offsets []int64, max int64) error {
	type entry struct {
		typ       int
		container int64
	}
	entries := map[int64]entry{}
	for _, off := range offsets {
		rows, w, index, ok := xrefStreamRows(data, off, max)
		if !ok {
			continue
		}
		width := w[0] + w[1] + w[2]
		for i := 0; i+1 < len(index); i += 2 {
			for k := int64(0); k < index[i+1] && len(rows) >= width; k++ {
				row := rows[:width]
				rows = rows[width:]
				obj := index[i] + k
				if _, seen := entries[obj]; seen {
					continue // a newer section defined it
				}
				typ := 1
				if w[0] > 0 {
					typ = int(field(row[:w[0]]))
				}
				entries[obj] = entry{typ: typ, container: field(row[w[0] : w[0]+w[1]])}
			}
		}
	}
	for _, e := range entries {
		if e.typ == 2 && entries[e.container].typ == 2 {
			return errHostile
		}
	}
	return nil
}

func field(b []byte) int64 {
	var v int64
	for _, c := range b {
		v = v<<8 | int64(c)
	}
	return v
}

var (
	reLengthDirect = regexp.MustCompile(`/Length\s+(\d+)(\s+\d+\s+R)?`)
	rePredictor    = regexp.MustCompile(`/Predictor\s+(\d+)`)
)

// rawStream returns the dictionary and the decoded data of the stream
// object at off, reading at most limit bytes of data. ok is false when it
// cannot (a filter other than FlateDecode, an indirect /Length).
func rawStream(data []byte, off int64, limit int64) (dict, body []byte, ok bool) {
	sec := data[off:]
	s := bytes.Index(sec, []byte("stream"))
	if s < 0 || s > 4096 {
		return nil, nil, false
	}
	dict = sec[:s]
	body = sec[s+len("stream"):]
	if bytes.HasPrefix(body, []byte("\r\n")) {
		body = body[2:]
	} else if bytes.HasPrefix(body, []byte("\n")) || bytes.HasPrefix(body, []byte("\r")) {
		body = body[1:]
	}
	m := reLengthDirect.FindSubmatch(dict)
	if m == nil || len(m[2]) > 0 {
		return nil, nil, false
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil || n > len(body) {
		return nil, nil, false
	}
	body = body[:n]
	switch {
	case bytes.Contains(dict, []byte("/FlateDecode")):
		zr, err := zlib.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, nil, false
		}
		body, _ = io.ReadAll(io.LimitReader(zr, limit))
	case bytes.Contains(dict, []byte("/Filter")):
		return nil, nil, false
	}
	return dict, body, true
}

// xrefStreamRows decodes the cross-reference stream at off: its rows, /W
// and /Index (start, count pairs). ok is false when it cannot.
func xrefStreamRows(data []byte, off, max int64) (rows []byte, w [3]int, index []int64, ok bool) {
	dict, rows, ok := rawStream(data, off, max*25)
	if !ok {
		return nil, w, nil, false
	}
	wm := reW.FindSubmatch(dict)
	if wm == nil {
		return nil, w, nil, false
	}
	ws := bytes.Fields(wm[1])
	if len(ws) < 3 {
		return nil, w, nil, false
	}
	for i := range w {
		v, err := strconv.Atoi(string(ws[i]))
		if err != nil || v < 0 || v > 8 {
			return nil, w, nil, false
		}
		w[i] = v
	}
	if im := reIndex.FindSubmatch(dict); im != nil {
		for _, f := range bytes.Fields(im[1]) {
			v, err := strconv.ParseInt(string(f), 10, 64)
			if err != nil {
				return nil, w, nil, false
			}
			index = append(index, v)
		}
	} else if sm := reSize.FindSubmatch(dict); sm != nil {
		size, _ := strconv.ParseInt(string(sm[1]), 10, 64)
		index = []int64{0, size}
	} else {
		return nil, w, nil, false
	}
	if pm := rePredictor.FindSubmatch(dict); pm != nil {
		if p, _ := strconv.Atoi(string(pm[1])); p >= 10 {
			rows = unPNG(rows, w[0]+w[1]+w[2])
		}
	}
	return rows, w, index, true
}

// unterminatedHex reports whether b holds a hex string "<…" that is never
// closed. Reading one at the end of an object stream, the library loops
// forever: at the end of the data its reader returns newlines, which a
// hex string skips as white space.
func unterminatedHex(b []byte) bool {
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case '(':
			depth := 1
			for i++; i < len(b) && depth > 0; i++ {
				switch b[i] {
				case '\\':
					i++
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			i--
		case '<':
			if i+1 < len(b) && b[i+1] == '<' {
				i++
				continue
			}
			j := bytes.IndexByte(b[i:], '>')
			if j < 0 {
				return true
			}
			i += j
		}
	}
	return false
}

// unPNG undoes PNG row prediction (None and Up, what cross-reference
// streams use) for rows of width columns.
func unPNG(b []byte, columns int) []byte {
	if columns <= 0 {
		return nil
	}
	prev := make([]byte, columns)
	var out []byte
	for len(b) >= columns+1 {
		kind, row := b[0], b[1:columns+1]
		b = b[columns+1:]
		cur := make([]byte, columns)
		copy(cur, row)
		if kind == 2 {
			for i := range cur {
				cur[i] += prev[i]
			}
		}
		out = append(out, cur...)
		prev = cur
	}
	return out
}
