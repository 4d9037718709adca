package redact

import (
	"bytes"
	"errors"
	"strconv"
)

// A small reader of PDF syntax, enough for the objects qpdf writes in its
// QDF form and for content streams: numbers, names, strings, arrays,
// dictionaries, references and keywords (operators).

// pdfName is a name (/Font), without its slash.
type pdfName string

// pdfRef is an indirect reference (12 0 R).
type pdfRef int

// pdfKeyword is an operator or keyword (Tj, true, null).
type pdfKeyword string

// pdfString is a string's bytes; hex records how it was written.
type pdfString struct {
	b   []byte
	hex bool
}

type pdfDict map[pdfName]any

var errPDFSyntax = errors.New("redact: PDF syntax")

// pdfLexer reads PDF tokens from data.
type pdfLexer struct {
	data []byte
	pos  int
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0
}

func (l *pdfLexer) skipSpace() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		switch {
		case isPDFSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// token returns the next token: a value (number as float64, pdfName,
// pdfString, pdfKeyword) or one of the delimiters "<<", ">>", "[", "]"
// as a string. ok is false at the end.
func (l *pdfLexer) token() (any, bool, error) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return nil, false, nil
	}
	c := l.data[l.pos]
	switch {
	case c == '[' || c == ']':
		l.pos++
		return string(c), true, nil
	case c == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		l.pos += 2
		return "<<", true, nil
	case c == '>' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '>':
		l.pos += 2
		return ">>", true, nil
	case c == '<':
		end := bytes.IndexByte(l.data[l.pos:], '>')
		if end < 0 {
			return nil, false, errPDFSyntax
		}
		s := l.data[l.pos+1 : l.pos+end]
		l.pos += end + 1
		return pdfString{b: unhex(s), hex: true}, true, nil
	case c == '(':
		b, err := l.literal()
		return pdfString{b: b}, err == nil, err
	case c == '/':
		start := l.pos + 1
		l.pos++
		for l.pos < len(l.data) && !isPDFSpace(l.data[l.pos]) && !isPDFDelim(l.data[l.pos]) {
			l.pos++
		}
		return pdfName(unescapeName(l.data[start:l.pos])), true, nil
	case c == ')' || c == '>' || c == '{' || c == '}':
		l.pos++
		return pdfKeyword(string(c)), true, nil
	}
	start := l.pos
	for l.pos < len(l.data) && !isPDFSpace(l.data[l.pos]) && !isPDFDelim(l.data[l.pos]) {
		l.pos++
	}
	w := string(l.data[start:l.pos])
	if f, err := strconv.ParseFloat(w, 64); err == nil && (w[0] == '-' || w[0] == '+' || w[0] == '.' || w[0] >= '0' && w[0] <= '9') {
		return f, true, nil
	}
	return pdfKeyword(w), true, nil
}

// literal reads a (string) with its escapes and nested parentheses.
func (l *pdfLexer) literal() ([]byte, error) {
	l.pos++ // (
	var b []byte
	depth := 1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
			b = append(b, c)
		case ')':
			depth--
			if depth == 0 {
				return b, nil
			}
			b = append(b, c)
		case '\\':
			if l.pos >= len(l.data) {
				return nil, errPDFSyntax
			}
			e := l.data[l.pos]
			l.pos++
			switch e {
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case '\r':
				if l.pos < len(l.data) && l.data[l.pos] == '\n' {
					l.pos++
				}
			case '\n':
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; k++ {
						v = v*8 + int(l.data[l.pos]-'0')
						l.pos++
					}
					b = append(b, byte(v))
				} else {
					b = append(b, e)
				}
			}
		default:
			b = append(b, c)
		}
	}
	return nil, errPDFSyntax
}

func unhex(s []byte) []byte {
	var out []byte
	hi := -1
	for _, c := range s {
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'a' && c <= 'f':
			v = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			v = int(c-'A') + 10
		default:
			continue
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return out
}

func unescapeName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// value reads one object: arrays and dictionaries whole, "12 0 R" as a
// pdfRef. depth bounds nesting.
func (l *pdfLexer) value(depth int) (any, error) {
	if depth > 64 {
		return nil, errPDFSyntax
	}
	t, ok, err := l.token()
	if err != nil || !ok {
		return nil, errPDFSyntax
	}
	switch t {
	case "[":
		var arr []any
		for {
			save := l.pos
			t, ok, err := l.token()
			if err != nil || !ok {
				return nil, errPDFSyntax
			}
			if t == "]" {
				return arr, nil
			}
			l.pos = save
			v, err := l.value(depth + 1)
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
	case "<<":
		d := pdfDict{}
		for {
			t, ok, err := l.token()
			if err != nil || !ok {
				return nil, errPDFSyntax
			}
			if t == ">>" {
				return d, nil
			}
			k, isName := t.(pdfName)
			if !isName {
				return nil, errPDFSyntax
			}
			v, err := l.value(depth + 1)
			if err != nil {
				return nil, err
			}
			d[k] = v
		}
	}
	if f, isNum := t.(float64); isNum {
		// 12 0 R
		save := l.pos
		t2, ok2, _ := l.token()
		if g, isNum2 := t2.(float64); ok2 && isNum2 && g == 0 {
			t3, ok3, _ := l.token()
			if ok3 && t3 == pdfKeyword("R") {
				return pdfRef(int(f)), nil
			}
		}
		l.pos = save
		return f, nil
	}
	return t, nil
}
