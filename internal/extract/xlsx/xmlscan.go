package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// errNotPlain says that a member uses XML this package's own scanner
// leaves to encoding/xml: an encoding other than UTF-8 that zipguard.UTF8
// did not decode (a declaration padded past its head), a document type
// declaration, an entity other than the five predefined and character
// references. The caller reads that member the slow way instead.
var errNotPlain = errors.New("xlsx: XML the fast reader leaves to encoding/xml")

// tokKind is the kind of token xmlScanner.next returns.
type tokKind uint8

const (
	tokEOF tokKind = iota
	tokStart
	tokEnd
	tokText
)

// rawAttr is an attribute as it stands in the bytes: its local name and
// its value still escaped.
type rawAttr struct{ local, val []byte }

// xmlScanner tokenises XML read from a stream through a window of bytes,
// for the few element kinds of a worksheet and a shared string table,
// without allocating per token: the names, attribute values and text it
// returns point into the window and are valid until the next call to
// next. The window holds one token at least and grows only for a token
// longer than it, so a sheet of 50 MB of XML is read in 16 KB. It is
// strict where a slip would lose text (every element closed by its own
// name, at most maxDepth deep, quoted attributes, no markup in values) and
// hands the rest to encoding/xml through errNotPlain. A sheet of a million
// cells costs encoding/xml a few allocations per token, most of the time
// of reading it.
type xmlScanner struct {
	r        io.Reader
	eof      bool
	buf      []byte // the window's storage
	b        []byte // the bytes read and not yet dropped: buf[:n]
	i        int    // the next byte of b to scan
	maxDepth int
	names    []byte // the qualified names of the open elements, end to end
	starts   []int  // where each open element's name starts in names
	// The token last returned by next.
	kind  tokKind
	local []byte    // local name of a start or end tag
	self  bool      // the start tag closes itself (<a/>)
	attrs []rawAttr // of a start tag, reused
	text  []byte    // raw text or CDATA
	cdata bool      // text is a CDATA section (not escaped)
}

// window is the scanner's first window size.
const window = 16 << 10

// newXMLScanner returns a scanner of the XML in r, read through
// zipguard.UTF8: a member in UTF-16 or in an encoding its declaration
// names is scanned as UTF-8, and one in an encoding not known fails here.
func newXMLScanner(r io.Reader, maxDepth int) (*xmlScanner, error) {
	u, _, err := zipguard.UTF8(r)
	if err != nil {
		return nil, err
	}
	s := &xmlScanner{r: u, maxDepth: maxDepth, buf: make([]byte, window)}
	s.b = s.buf[:0]
	if err := s.ensure(3); err != nil {
		return nil, err
	}
	if bytes.HasPrefix(s.b, []byte("\xef\xbb\xbf")) {
		s.i = 3
	}
	return s, nil
}

// fill reads more bytes into the window, first dropping those before i
// (which moves them: offsets into b must be taken again) and growing the
// window when it is full. It reports whether it read any.
func (s *xmlScanner) fill() (bool, error) {
	if s.eof {
		return false, nil
	}
	n := copy(s.buf, s.b[s.i:])
	s.i = 0
	if n == len(s.buf) {
		nb := make([]byte, 2*len(s.buf))
		copy(nb, s.buf[:n])
		s.buf = nb
	}
	for {
		m, err := s.r.Read(s.buf[n:])
		n += m
		s.b = s.buf[:n]
		if err == io.EOF {
			s.eof = true
			return m > 0, nil
		}
		if err != nil {
			return m > 0, err
		}
		if m > 0 {
			return true, nil
		}
	}
}

// ensure makes at least n bytes after i available, unless the input ends
// first.
func (s *xmlScanner) ensure(n int) error {
	for len(s.b)-s.i < n {
		ok, err := s.fill()
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
	}
	return nil
}

// find returns where pat next starts at or after off (both counted from
// i), reading more as needed, or -1 when the input ends first.
func (s *xmlScanner) find(off int, pat []byte) (int, error) {
	for {
		if k := bytes.Index(s.b[s.i+off:], pat); k >= 0 {
			return off + k, nil
		}
		off = max(off, len(s.b)-s.i-len(pat)+1)
		ok, err := s.fill()
		if err != nil {
			return -1, err
		}
		if !ok {
			return -1, nil
		}
	}
}

// tagEnd returns where the start tag at i ends (its '>', counted from
// i), past quoted values, or -1 when the input ends first.
func (s *xmlScanner) tagEnd() (int, error) {
	off := 1
	var q byte
	for {
		b := s.b[s.i:]
		for ; off < len(b); off++ {
			c := b[off]
			switch {
			case q != 0:
				if c == q {
					q = 0
				}
			case c == '"' || c == '\'':
				q = c
			case c == '>':
				return off, nil
			}
		}
		ok, err := s.fill()
		if err != nil {
			return -1, err
		}
		if !ok {
			return -1, nil
		}
	}
}

var (
	patLT    = []byte("<")
	patPI    = []byte("?>")
	patCmt   = []byte("-->")
	patCDATA = []byte("]]>")
	patGT    = []byte(">")
)

func (s *xmlScanner) syntax(msg string) error {
	return fmt.Errorf("xlsx: XML syntax error: %s", msg)
}

// depth is the number of elements open after the last token; a start tag
// that closes itself is not counted.
func (s *xmlScanner) depth() int { return len(s.starts) }

// next reads the next token. Comments and processing instructions are
// skipped; the XML declaration is checked for its encoding.
func (s *xmlScanner) next() error {
	for {
		if err := s.ensure(1); err != nil {
			return err
		}
		if s.i >= len(s.b) {
			if len(s.starts) > 0 {
				return s.syntax("unexpected EOF")
			}
			s.kind = tokEOF
			return nil
		}
		if s.b[s.i] != '<' {
			j, err := s.find(0, patLT)
			if err != nil {
				return err
			}
			if j < 0 {
				j = len(s.b) - s.i
			}
			s.kind, s.text, s.cdata = tokText, s.b[s.i:s.i+j], false
			s.i += j
			return nil
		}
		if err := s.ensure(9); err != nil {
			return err
		}
		rest := s.b[s.i+1:]
		switch {
		case len(rest) == 0:
			return s.syntax("unexpected EOF")
		case rest[0] == '?':
			end, err := s.find(2, patPI)
			if err != nil {
				return err
			}
			if end < 0 {
				return s.syntax("unterminated processing instruction")
			}
			if err := checkDecl(s.b[s.i+2 : s.i+end]); err != nil {
				return err
			}
			s.i += end + 2
			continue
		case rest[0] == '!':
			switch {
			case bytes.HasPrefix(rest, []byte("!--")):
				end, err := s.find(4, patCmt)
				if err != nil {
					return err
				}
				if end < 0 {
					return s.syntax("unterminated comment")
				}
				s.i += end + 3
				continue
			case bytes.HasPrefix(rest, []byte("![CDATA[")):
				end, err := s.find(9, patCDATA)
				if err != nil {
					return err
				}
				if end < 0 {
					return s.syntax("unterminated CDATA section")
				}
				s.kind, s.text, s.cdata = tokText, s.b[s.i+9:s.i+end], true
				s.i += end + 3
				return nil
			}
			return errNotPlain // <!DOCTYPE and its entities
		case rest[0] == '/':
			end, err := s.find(2, patGT)
			if err != nil {
				return err
			}
			if end < 0 {
				return s.syntax("unterminated end tag")
			}
			name := s.b[s.i+2 : s.i+end]
			for len(name) > 0 && isSpace(name[len(name)-1]) {
				name = name[:len(name)-1]
			}
			n := len(s.starts)
			if n == 0 || !bytes.Equal(s.names[s.starts[n-1]:], name) {
				return s.syntax("element closed but not open")
			}
			s.names = s.names[:s.starts[n-1]]
			s.starts = s.starts[:n-1]
			s.kind, s.local = tokEnd, localName(name)
			s.i += end + 1
			return nil
		}
		return s.start()
	}
}

// start reads a start tag at s.i.
func (s *xmlScanner) start() error {
	end, err := s.tagEnd()
	if err != nil {
		return err
	}
	if end < 0 {
		return s.syntax("unterminated start tag")
	}
	b := s.b[:s.i+end+1] // the tag, its '>' last
	i := s.i + 1
	j := i
	for j < len(b) && !isSpace(b[j]) && b[j] != '>' && b[j] != '/' {
		j++
	}
	if j == i {
		return s.syntax("invalid start tag")
	}
	name := b[i:j]
	s.attrs = s.attrs[:0]
	i = j
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return s.syntax("unterminated start tag")
		}
		if b[i] == '>' {
			s.self = false
			i++
			break
		}
		if b[i] == '/' {
			if i+1 >= len(b) || b[i+1] != '>' {
				return s.syntax("expected /> in element")
			}
			s.self = true
			i += 2
			break
		}
		k := i
		for k < len(b) && !isSpace(b[k]) && b[k] != '=' && b[k] != '>' && b[k] != '/' {
			k++
		}
		an := b[i:k]
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if len(an) == 0 || k >= len(b) || b[k] != '=' {
			return s.syntax("attribute without value")
		}
		k++
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) || (b[k] != '"' && b[k] != '\'') {
			return s.syntax("unquoted attribute value")
		}
		q := b[k]
		vend := bytes.IndexByte(b[k+1:], q)
		if vend < 0 {
			return s.syntax("unterminated attribute value")
		}
		val := b[k+1 : k+1+vend]
		if bytes.IndexByte(val, '<') >= 0 {
			return s.syntax("unescaped < inside quoted string")
		}
		s.attrs = append(s.attrs, rawAttr{localName(an), val})
		i = k + 1 + vend + 1
	}
	s.i = i
	s.kind, s.local = tokStart, localName(name)
	if !s.self {
		if len(s.starts) >= s.maxDepth {
			return zipguard.ErrTooDeep
		}
		s.starts = append(s.starts, len(s.names))
		s.names = append(s.names, name...)
	}
	return nil
}

// checkDecl refuses an XML declaration that names an encoding other than
// UTF-8.
func checkDecl(pi []byte) error {
	if !bytes.HasPrefix(pi, []byte("xml")) || (len(pi) > 3 && !isSpace(pi[3])) {
		return nil
	}
	k := bytes.Index(pi, []byte("encoding"))
	if k < 0 {
		return nil
	}
	v := bytes.TrimLeft(pi[k+len("encoding"):], " \t\r\n=")
	if len(v) == 0 {
		return errNotPlain
	}
	q := v[0]
	end := bytes.IndexByte(v[1:], q)
	if end < 0 {
		return errNotPlain
	}
	switch string(bytes.ToLower(v[1 : 1+end])) {
	case "utf-8", "utf8":
		return nil
	}
	return errNotPlain
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// localName is name without its namespace prefix, as encoding/xml's
// Name.Local.
func localName(name []byte) []byte {
	if k := bytes.IndexByte(name, ':'); k > 0 && k < len(name)-1 {
		return name[k+1:]
	}
	return name
}

// attr returns the raw value of the start tag's attribute with the local
// name, and whether there is one.
func (s *xmlScanner) attr(local string) ([]byte, bool) {
	for _, a := range s.attrs {
		if string(a.local) == local {
			return a.val, true
		}
	}
	return nil, false
}

// attrString returns the unescaped value of an attribute, "" if absent.
func (s *xmlScanner) attrString(local string) (string, error) {
	v, ok := s.attr(local)
	if !ok {
		return "", nil
	}
	b, err := appendUnescaped(nil, v)
	return string(b), err
}

// appendText appends the text of the element whose start tag was the last
// token, ignoring nested markup, and consumes its end tag.
func (s *xmlScanner) appendText(dst []byte) ([]byte, error) {
	if s.kind == tokStart && s.self {
		return dst, nil
	}
	target := s.depth() - 1
	for {
		if err := s.next(); err != nil {
			return dst, err
		}
		switch s.kind {
		case tokText:
			var err error
			if dst, err = s.appendTok(dst); err != nil {
				return dst, err
			}
		case tokEnd:
			if s.depth() == target {
				return dst, nil
			}
		case tokEOF:
			return dst, s.syntax("unexpected EOF")
		}
	}
}

// appendTok appends the current text token, unescaped.
func (s *xmlScanner) appendTok(dst []byte) ([]byte, error) {
	if s.cdata {
		return appendNewlines(dst, s.text), nil
	}
	return appendUnescaped(dst, s.text)
}

// skip consumes the element whose start tag was the last token.
func (s *xmlScanner) skip() error {
	if s.kind == tokStart && s.self {
		return nil
	}
	target := s.depth() - 1
	for s.depth() > target {
		if err := s.next(); err != nil {
			return err
		}
		if s.kind == tokEOF {
			return s.syntax("unexpected EOF")
		}
	}
	return nil
}

// appendNewlines appends raw with its line ends made "\n", as an XML
// parser must.
func appendNewlines(dst, raw []byte) []byte {
	for {
		k := bytes.IndexByte(raw, '\r')
		if k < 0 {
			return append(dst, raw...)
		}
		dst = append(dst, raw[:k]...)
		dst = append(dst, '\n')
		raw = raw[k+1:]
		if len(raw) > 0 && raw[0] == '\n' {
			raw = raw[1:]
		}
	}
}

// appendUnescaped appends raw text or an attribute value with its
// predefined entities and character references replaced and its line
// ends made "\n"; any other entity is errNotPlain.
func appendUnescaped(dst, raw []byte) ([]byte, error) {
	if bytes.IndexByte(raw, '&') < 0 {
		return appendNewlines(dst, raw), nil
	}
	for len(raw) > 0 {
		k := bytes.IndexByte(raw, '&')
		if k < 0 {
			return appendNewlines(dst, raw), nil
		}
		dst = appendNewlines(dst, raw[:k])
		raw = raw[k+1:]
		end := bytes.IndexByte(raw, ';')
		if end < 0 || end > 12 {
			return dst, errNotPlain
		}
		ent := raw[:end]
		raw = raw[end+1:]
		switch string(ent) {
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "amp":
			dst = append(dst, '&')
		case "apos":
			dst = append(dst, '\'')
		case "quot":
			dst = append(dst, '"')
		default:
			if len(ent) < 2 || ent[0] != '#' {
				return dst, errNotPlain
			}
			var n uint64
			var err error
			if ent[1] == 'x' {
				n, err = strconv.ParseUint(string(ent[2:]), 16, 32)
			} else {
				n, err = strconv.ParseUint(string(ent[1:]), 10, 32)
			}
			r := rune(n)
			if err != nil || !isInCharacterRange(r) {
				return dst, errNotPlain
			}
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst, nil
}

// isInCharacterRange is the XML Char production, as encoding/xml checks a
// character reference.
func isInCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
