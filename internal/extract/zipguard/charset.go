package zipguard

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
)

// The errors of a member whose text cannot be read as its encoding says.
var (
	ErrCharset = errors.New("zipguard: XML in an unsupported character encoding")
	ErrBadText = errors.New("zipguard: XML text not valid in its character encoding")
)

// headLen is how much of a document UTF8 reads to find its encoding and
// its XML declaration.
const headLen = 1 << 10

// UTF8 returns a reader of the XML document in r in UTF-8, with an XML
// declaration that says so, and whether that differs from r's bytes.
// Every XML processor must read UTF-16 (XML 1.0, 4.3.3), and OPC allows
// the parts of an OOXML package in UTF-8 or UTF-16, but encoding/xml reads
// UTF-8 alone and this package's other readers (the XLSX sheet scanner,
// excelize) look at bytes. So a document in UTF-16 or UTF-32 (told by its
// byte-order mark or, without one, by the zero bytes around its first
// characters, as XML 1.0 Appendix F guesses), or in an ASCII-compatible
// encoding its declaration names (GB18030, GBK, windows-1252 …, looked up
// as golang.org/x/net/html/charset does), is decoded here, once, for all
// of them. A byte-order mark wins over the declaration, and a UTF-16 or
// UTF-32 declaration on 8-bit bytes (.NET writes such parts) is taken as
// UTF-8, the only encoding the bytes can then be in.
//
// It reads the head of r at once and returns the error r returns. An
// encoding it does not know fails with ErrCharset at once; bytes that are
// not valid in their encoding fail with ErrBadText when the returned
// reader meets them, rather than being read as U+FFFD.
func UTF8(r io.Reader) (u io.Reader, recoded bool, err error) {
	head := make([]byte, headLen)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, false, err
	}
	head = head[:n]
	rest := io.MultiReader(bytes.NewReader(head), r)
	var wide encoding.Encoding // UTF-16 or UTF-32, by the bytes
	bom := 0
	switch {
	case bytes.HasPrefix(head, []byte{0, 0, 0xfe, 0xff}):
		wide, bom = utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), 4
	case bytes.HasPrefix(head, []byte{0xff, 0xfe, 0, 0}):
		wide, bom = utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), 4
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		wide, bom = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		wide, bom = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	case len(head) >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0 && head[3] != 0:
		wide = utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
	case len(head) >= 4 && head[0] != 0 && head[1] == 0 && head[2] == 0 && head[3] == 0:
		wide = utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
	case len(head) >= 2 && head[0] == 0 && head[1] != 0:
		// No UTF-8 XML holds a zero byte: it is no XML character.
		wide = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case len(head) >= 2 && head[0] != 0 && head[1] == 0:
		wide = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	}
	if wide != nil {
		rest = io.MultiReader(bytes.NewReader(head[bom:]), r)
		text := transform.NewReader(rest, transform.Chain(wide.NewDecoder(), strictUTF8{}))
		// The declaration, now in UTF-8, is rewritten to say so.
		dhead := make([]byte, headLen)
		n, err := io.ReadFull(text, dhead)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, false, err
		}
		dhead = dhead[:n]
		if d, end, ok := xmlDecl(dhead); ok {
			dhead = append(sayUTF8(d), dhead[end:]...)
		}
		return io.MultiReader(bytes.NewReader(dhead), text), true, nil
	}
	utf8BOM := bytes.HasPrefix(head, []byte("\xef\xbb\xbf"))
	body := head
	if utf8BOM {
		body = head[3:]
	}
	d, end, ok := xmlDecl(body)
	if !ok {
		return rest, false, nil
	}
	label := strings.ToLower(declEncoding(d))
	switch {
	case label == "" || label == "utf-8" || label == "utf8":
		return rest, false, nil
	case utf8BOM || isWide(label):
		return io.MultiReader(bytes.NewReader(head[:len(head)-len(body)]), bytes.NewReader(sayUTF8(d)),
			bytes.NewReader(body[end:]), r), true, nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "replacement" {
		return nil, false, ErrCharset
	}
	after := io.MultiReader(bytes.NewReader(body[end:]), r)
	if name != "utf-8" {
		after = transform.NewReader(after, transform.Chain(enc.NewDecoder(), strictUTF8{}))
	}
	return io.MultiReader(bytes.NewReader(sayUTF8(d)), after), true, nil
}

// isWide reports whether an encoding label names UTF-16 or UTF-32 (or
// their older names), which no document of 8-bit bytes can be in.
func isWide(label string) bool {
	for _, p := range []string{"utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2", "ucs-4", "ucs4", "iso-10646-ucs-", "unicode"} {
		if strings.HasPrefix(label, p) {
			return true
		}
	}
	return false
}

// xmlDecl finds the XML declaration at the start of b ("<?xml" and white
// space, up to "?>"), and returns it and where it ends.
func xmlDecl(b []byte) (decl []byte, end int, ok bool) {
	if len(b) < 6 || !bytes.HasPrefix(b, []byte("<?xml")) || !isSpace(b[5]) {
		return nil, 0, false
	}
	k := bytes.Index(b, []byte("?>"))
	if k < 0 {
		return nil, 0, false
	}
	return b[:k+2], k + 2, true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// encodingAttr is the encoding pseudo-attribute of an XML declaration.
var encodingAttr = regexp.MustCompile(`(\sencoding\s*=\s*)("[^"]*"|'[^']*')`)

// declEncoding is the value of decl's encoding pseudo-attribute, or "".
func declEncoding(decl []byte) string {
	m := encodingAttr.FindSubmatch(decl)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(string(m[2][1 : len(m[2])-1]))
}

// sayUTF8 returns a copy of decl whose encoding is UTF-8.
func sayUTF8(decl []byte) []byte {
	return encodingAttr.ReplaceAll(bytes.Clone(decl), []byte(`${1}"UTF-8"`))
}

// strictUTF8 passes decoded text through and fails with ErrBadText at a
// U+FFFD, which golang.org/x/text's decoders write for bytes that are not
// valid in their encoding (an unpaired surrogate, a truncated sequence):
// text lost in decoding must not pass as read.
type strictUTF8 struct{ transform.NopResetter }

var replacement = []byte("\uFFFD")

func (strictUTF8) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	fits := min(len(src), len(dst))
	if k := bytes.Index(src[:fits], replacement); k >= 0 {
		copy(dst, src[:k])
		return k, k, ErrBadText
	}
	n := fits
	if fits < len(src) || !atEOF {
		// Hold back what may be the start of a U+FFFD cut in two.
		for t := len(replacement) - 1; t > 0; t-- {
			if bytes.HasSuffix(src[:n], replacement[:t]) {
				n -= t
				break
			}
		}
	}
	copy(dst, src[:n])
	switch {
	case fits < len(src):
		err = transform.ErrShortDst
	case n < len(src):
		err = transform.ErrShortSrc
	}
	return n, n, err
}
