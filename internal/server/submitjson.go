package server

import (
	"bytes"
	"unicode/utf8"
)

// A JSON submission is almost all one string: 20 KB of Chinese in
// "content". encoding/json walks it twice (once to find the value's end,
// once to unquote it) through a state machine called per byte, and a
// reflective decode around it; that was 30% of the service's CPU. The
// submission has one shape that CMSs send, so it is decoded here by hand,
// finding quotes and backslashes with bytes.IndexByte; anything else
// falls back to readJSON's encoding/json path, which judges it exactly as
// before.

// submitFields is a JSON submission decoded by decodeSubmit.
type submitFields struct {
	Title, Format string
	// Content is the content's bytes, a slice of the body: its escapes
	// are decoded in place.
	Content []byte
}

// decodeSubmit decodes raw (valid UTF-8, checked by the caller) when it is
// one JSON object whose members are among "title", "content" and
// "format", each at most once, each a string without a lone surrogate,
// with nothing but white space around it. ok is false for anything else
// (another member, a member spelt in another case, a duplicate, null, a
// number, invalid JSON): raw is then untouched, and the caller decodes it
// with encoding/json, which accepts or refuses it with the error it
// always gave. When ok is true the result is what encoding/json would
// have decoded into a SubmitRequest (FuzzDecodeSubmit checks that), and
// raw has been overwritten: Content is a slice of it.
func decodeSubmit(raw []byte) (f submitFields, ok bool) {
	type span struct {
		start, end int // the string between its quotes
		escaped    bool
	}
	var vals [3]*span
	var spans [3]span
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return f, false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		i++
	} else {
		for {
			if i >= len(raw) || raw[i] != '"' {
				return f, false
			}
			start := i + 1
			next, escaped, ok := scanString(raw, i)
			if !ok {
				return f, false
			}
			name := raw[start : next-1]
			if escaped {
				name = unescapeJSON(nil, name)
			}
			var k int
			switch string(name) {
			case "title":
				k = 0
			case "content":
				k = 1
			case "format":
				k = 2
			default:
				return f, false
			}
			if vals[k] != nil {
				return f, false
			}
			i = skipSpace(raw, next)
			if i >= len(raw) || raw[i] != ':' {
				return f, false
			}
			i = skipSpace(raw, i+1)
			if i >= len(raw) || raw[i] != '"' {
				return f, false // null, a number, an object: encoding/json's call
			}
			start = i + 1
			if next, escaped, ok = scanString(raw, i); !ok {
				return f, false
			}
			spans[k] = span{start, next - 1, escaped}
			vals[k] = &spans[k]
			i = skipSpace(raw, next)
			if i >= len(raw) {
				return f, false
			}
			if raw[i] == '}' {
				i++
				break
			}
			if raw[i] != ',' {
				return f, false
			}
			i = skipSpace(raw, i+1)
		}
	}
	if skipSpace(raw, i) != len(raw) {
		return f, false
	}
	// Valid: decode each value in place (a decoded escape is never
	// longer than the escape).
	var out [3][]byte
	for k, sp := range vals {
		if sp == nil {
			continue
		}
		out[k] = raw[sp.start:sp.end]
		if sp.escaped {
			out[k] = unescapeJSON(out[k][:0], out[k])
		}
	}
	return submitFields{Title: string(out[0]), Content: out[1], Format: string(out[2])}, true
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanString checks the JSON string that starts at b[i] (a '"') and
// returns the index after its closing quote and whether it holds an
// escape. It refuses (ok false) a control character, a bad escape and a
// lone surrogate, which encoding/json would refuse or turn into U+FFFD.
func scanString(b []byte, i int) (next int, escaped, ok bool) {
	i++
	q := -1 // index of the next '"' at or after i
	for {
		if q < i {
			k := bytes.IndexByte(b[i:], '"')
			if k < 0 {
				return 0, false, false
			}
			q = i + k
		}
		seg := b[i:q]
		bs := bytes.IndexByte(seg, '\\')
		if bs >= 0 {
			seg = seg[:bs]
		}
		for _, c := range seg {
			if c < 0x20 {
				return 0, false, false
			}
		}
		if bs < 0 {
			return q + 1, escaped, true
		}
		escaped = true
		i += bs + 1
		if i >= len(b) {
			return 0, false, false
		}
		switch b[i] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i++
		case 'u':
			r, ok := hex4(b, i+1)
			if !ok {
				return 0, false, false
			}
			i += 5
			switch {
			case r >= 0xDC00 && r <= 0xDFFF:
				return 0, false, false
			case r >= 0xD800 && r <= 0xDBFF:
				if i+6 > len(b) || b[i] != '\\' || b[i+1] != 'u' {
					return 0, false, false
				}
				lo, ok := hex4(b, i+2)
				if !ok || lo < 0xDC00 || lo > 0xDFFF {
					return 0, false, false
				}
				i += 6
			}
		default:
			return 0, false, false
		}
	}
}

// unescapeJSON appends to dst the string body src (between its quotes,
// checked by scanString) with its escapes decoded. dst may be src[:0]:
// what it writes never overtakes what it reads.
func unescapeJSON(dst, src []byte) []byte {
	for len(src) > 0 {
		bs := bytes.IndexByte(src, '\\')
		if bs < 0 {
			return append(dst, src...)
		}
		dst = append(dst, src[:bs]...)
		src = src[bs+1:]
		switch c := src[0]; c {
		case 'b':
			dst, src = append(dst, '\b'), src[1:]
		case 'f':
			dst, src = append(dst, '\f'), src[1:]
		case 'n':
			dst, src = append(dst, '\n'), src[1:]
		case 'r':
			dst, src = append(dst, '\r'), src[1:]
		case 't':
			dst, src = append(dst, '\t'), src[1:]
		case 'u':
			r, _ := hex4(src, 1)
			src = src[5:]
			if r >= 0xD800 && r <= 0xDBFF {
				lo, _ := hex4(src, 2)
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				src = src[6:]
			}
			dst = utf8.AppendRune(dst, r)
		default: // '"', '\\', '/'
			dst, src = append(dst, c), src[1:]
		}
	}
	return dst
}
