package report

import (
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends f as encoding/json marshals it, byte for byte, without
// reflection: a report of tens of thousands of findings spent a tenth of
// a scan in json.Marshal. TestAppendJSONMatchesMarshal and
// FuzzAppendJSON hold it to json.Marshal, and fail when a field is added
// to Finding or Location without being added here.
func (f *Finding) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, f.ID)
	b = append(b, `,"category":`...)
	b = appendString(b, string(f.Category))
	b = append(b, `,"severity":`...)
	b = appendString(b, string(f.Severity))
	b = append(b, `,"rule":`...)
	b = appendString(b, f.Rule)
	b = append(b, `,"location":`...)
	b = f.Location.appendJSON(b)
	b = append(b, `,"excerpt":`...)
	b = appendString(b, f.Excerpt)
	b = append(b, `,"hit_start":`...)
	b = strconv.AppendInt(b, int64(f.HitStart), 10)
	b = append(b, `,"hit_end":`...)
	b = strconv.AppendInt(b, int64(f.HitEnd), 10)
	b = append(b, `,"basis":`...)
	b = appendString(b, f.Basis)
	if f.Message != "" {
		b = append(b, `,"message":`...)
		b = appendString(b, f.Message)
	}
	if f.Fingerprint != "" {
		b = append(b, `,"fingerprint":`...)
		b = appendString(b, f.Fingerprint)
	}
	return append(b, '}')
}

// WriteJSON writes r to w as encoding/json marshals it, byte for byte,
// finding by finding: a report of tens of thousands of findings needs no
// buffer of its whole encoding (TestWriteJSONMatchesMarshal).
func (r *Report) WriteJSON(w io.Writer) error {
	b := append(make([]byte, 0, 4096), `{"file":`...)
	b = appendString(b, r.File)
	b = append(b, `,"format":`...)
	b = appendString(b, r.Format)
	b = append(b, `,"verdict":`...)
	b = appendString(b, string(r.Verdict))
	b = appendOptString(b, `,"sha256":`, r.SHA256)
	b = append(b, `,"size":`...)
	b = strconv.AppendInt(b, r.Size, 10)
	if r.Findings == nil {
		b = append(b, `,"findings":null`...)
	} else {
		b = append(b, `,"findings":[`...)
		for i := range r.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			b = r.Findings[i].AppendJSON(b)
			if len(b) >= 64<<10 {
				if _, err := w.Write(b); err != nil {
					return err
				}
				b = b[:0]
			}
		}
		b = append(b, ']')
	}
	b = appendOptString(b, `,"dict_version":`, r.DictVersion)
	_, err := w.Write(append(b, '}'))
	return err
}

func (l *Location) appendJSON(b []byte) []byte {
	b = append(b, `{"part":`...)
	b = appendString(b, l.Part)
	b = appendOptString(b, `,"file":`, l.File)
	b = appendOptInt(b, `,"page":`, l.Page)
	b = appendOptString(b, `,"sheet":`, l.Sheet)
	b = appendOptString(b, `,"cell":`, l.Cell)
	b = appendOptInt(b, `,"line":`, l.Line)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(l.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(l.End), 10)
	if l.BBox != nil {
		// Rare (PDF pages) and float formatting has its own rules:
		// encoding/json writes it.
		bb, _ := json.Marshal(l.BBox)
		b = append(b, `,"bbox":`...)
		b = append(b, bb...)
	}
	b = appendOptInt(b, `,"para":`, l.Para)
	b = appendOptInt(b, `,"table":`, l.Table)
	b = appendOptInt(b, `,"row":`, l.Row)
	b = appendOptInt(b, `,"col":`, l.Col)
	b = appendOptInt(b, `,"section":`, l.Section)
	b = appendOptString(b, `,"path":`, l.Path)
	return append(b, '}')
}

func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendString(append(b, key...), s)
}

func appendOptInt(b []byte, key string, n int) []byte {
	if n == 0 {
		return b
	}
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

const hexDigits = "0123456789abcdef"

// plainJSON[c] is set for a byte of valid UTF-8 that appendString copies
// as it is: printable ASCII but " \\ < > &, and every byte of a longer
// character but 0xE2, which may start U+2028 or U+2029. One load a byte
// instead of six comparisons: a report of many findings is mostly their
// excerpts and messages.
var plainJSON = func() (t [256]bool) {
	for c := 0x20; c < 0x100; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != 0xE2
	}
	return t
}()

// appendString appends s as a JSON string the way encoding/json does: <,
// > and & escaped for HTML, control characters escaped, invalid UTF-8 as
// \ufffd, and U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	if utf8.ValidString(s) {
		// Valid text, most of it Chinese: only ASCII bytes and the
		// first byte of U+2028/U+2029 (E2 80 A8/A9) need a look.
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case plainJSON[c]:
				continue
			case c >= utf8.RuneSelf:
				if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
					b = append(b, s[start:i]...)
					b = append(b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
					i += 2
					start = i + 1
				}
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			start = i + 1
		}
		b = append(b, s[start:]...)
		return append(b, '"')
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscape appends the escape of one ASCII byte that JSON (with
// encoding/json's HTML escaping) may not hold as it is.
func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '\\', '"':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
