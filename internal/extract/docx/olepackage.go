package docx

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/richardlehane/mscfb"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// errNoPackage says an OLE object holds no file packaged by the Packager
// (an \x01Ole10Native stream): an equation, a chart or a workbook of the
// old binary formats, read by none of mishen's readers from here.
var errNoPackage = errors.New("docx: OLE object holds no packaged file")

// maxOLEEntries bounds the directory entries read from an OLE object.
const maxOLEEntries = 256

// olePackage returns the file an OLE object embeds as a package (Word's
// Insert → Object → from file, shown as an icon: a .txt, a .pdf, a .csv
// …): its file name and its bytes, from the \x01Ole10Native stream —
// a 32-bit size, two bytes, the label, the original path and, after four
// bytes, the temporary path, each a NUL-ended string in the system's
// code page (GBK on Chinese Windows), then the data's 32-bit length and
// the data.
func olePackage(data []byte, maxBytes int64) (name string, body []byte, err error) {
	defer func() {
		if r := recover(); r != nil { // a reader of untrusted bytes
			name, body, err = "", nil, errNoPackage
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return "", nil, err
	}
	for i := 0; i < maxOLEEntries; i++ {
		f, err := r.Next()
		if err != nil {
			break
		}
		if len(f.Path) != 0 || strings.TrimPrefix(f.Name, "\x01") != "Ole10Native" || f.Size > maxBytes+4096 {
			continue
		}
		raw, err := io.ReadAll(io.LimitReader(f, f.Size))
		if err != nil {
			return "", nil, err
		}
		return parseOle10Native(raw)
	}
	return "", nil, errNoPackage
}

// parseOle10Native reads the stream's fields (see olePackage).
func parseOle10Native(b []byte) (string, []byte, error) {
	if len(b) < 6 {
		return "", nil, errNoPackage
	}
	b = b[6:] // total size, 2 bytes of flags
	cstr := func() (string, bool) {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			return "", false
		}
		s := b[:i]
		b = b[i+1:]
		return ansi(s), true
	}
	label, ok1 := cstr()
	orig, ok2 := cstr()
	if !ok1 || !ok2 || len(b) < 8 {
		return "", nil, errNoPackage
	}
	n := binary.LittleEndian.Uint32(b[4:8])
	b = b[8:]
	if uint64(n) > uint64(len(b)) {
		return "", nil, errNoPackage
	}
	b = b[n:] // the temporary path
	if len(b) < 4 {
		return "", nil, errNoPackage
	}
	size := binary.LittleEndian.Uint32(b[:4])
	b = b[4:]
	if uint64(size) > uint64(len(b)) {
		return "", nil, errNoPackage
	}
	name := label
	if base := path.Base(strings.ReplaceAll(orig, `\`, "/")); name == "" || path.Ext(name) == "" && path.Ext(base) != "" {
		name = base
	}
	return name, b[:size], nil
}

// ansi decodes a string in the system's code page: UTF-8 when it is
// valid, else GBK.
func ansi(s []byte) string {
	if utf8.Valid(s) {
		return string(s)
	}
	if d, err := simplifiedchinese.GBK.NewDecoder().Bytes(s); err == nil {
		return string(d)
	}
	return string(bytes.ToValidUTF8(s, []byte("\uFFFD")))
}
