// Package ziptest holds what the extractors' tests share: zip files built
// in memory (well-formed packages from a few members, and hostile ones:
// zip bombs, members that lie about their size, archives of many
// entries), and golden files of extracted documents with a line diff.
// It is imported by tests only.
package ziptest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Entry is one member to write.
type Entry struct {
	Name string
	Body string
}

// Zip returns a deflated zip of entries, in order. It panics on a write
// error, which cannot happen with a bytes.Buffer.
func Zip(entries ...Entry) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.Create(e.Name)
		if err != nil {
			panic(err)
		}
		if _, err := f.Write([]byte(e.Body)); err != nil {
			panic(err)
		}
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Raw is a member written with raw, already compressed data and the
// header fields given, true or not.
type Raw struct {
	Name             string
	Method           uint16
	Flags            uint16
	Compressed       []byte
	CRC32            uint32
	UncompressedSize uint64
}

// ZipRaw writes entries, then raw members, into one zip.
func ZipRaw(entries []Entry, raws ...Raw) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.Create(e.Name)
		if err != nil {
			panic(err)
		}
		f.Write([]byte(e.Body))
	}
	for _, r := range raws {
		h := &zip.FileHeader{Name: r.Name, Method: r.Method, Flags: r.Flags, CRC32: r.CRC32,
			CompressedSize64: uint64(len(r.Compressed)), UncompressedSize64: r.UncompressedSize}
		f, err := w.CreateRaw(h)
		if err != nil {
			panic(err)
		}
		f.Write(r.Compressed)
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Deflate compresses b.
func Deflate(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// Bomb returns a raw member called name that inflates to n bytes of
// spaces (valid XML whitespace). When lie is true it declares a size of
// 100 bytes and a wrong checksum, as a hostile file would.
func Bomb(name string, n int, lie bool) Raw {
	body := bytes.Repeat([]byte(" "), n)
	r := Raw{Name: name, Method: zip.Deflate, Compressed: Deflate(body),
		CRC32: crc32.ChecksumIEEE(body), UncompressedSize: uint64(n)}
	if lie {
		r.UncompressedSize, r.CRC32 = 100, 0
	}
	return r
}

// Many returns a zip of n empty members plus entries.
func Many(n int, entries ...Entry) []byte {
	for i := range n {
		entries = append(entries, Entry{Name: "pad/" + strconv.Itoa(i)})
	}
	return Zip(entries...)
}

// Nested returns an XML document of depth nested <w:p> elements in the
// WordprocessingML namespace.
func Nested(depth int) string {
	return `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.Repeat("<w:p>", depth) + strings.Repeat("</w:p>", depth) + `</w:body></w:document>`
}

// Truncate returns the first n bytes of b (or b).
func Truncate(b []byte, n int) []byte {
	return b[:min(n, len(b))]
}

// Flip returns a copy of b with the byte at each offset (modulo len(b))
// inverted.
func Flip(b []byte, offsets ...int) []byte {
	c := bytes.Clone(b)
	for _, o := range offsets {
		c[o%len(c)] ^= 0xFF
	}
	return c
}

// Entries reads back the members of the zip in data, to rebuild it with
// changes.
func Entries(data []byte) ([]Entry, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		_, err = b.ReadFrom(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, Entry{Name: f.Name, Body: b.String()})
	}
	return out, nil
}

// UTF16 returns the zip in data with its XML members (.xml, .rels, .vml)
// in UTF-16LE with a byte-order mark, their declarations saying so: a
// fuzz seed for readers of parts in UTF-16. It returns data on error.
func UTF16(data []byte) []byte {
	es, err := Entries(data)
	if err != nil {
		return data
	}
	for i, e := range es {
		n := strings.ToLower(e.Name)
		if !strings.HasSuffix(n, ".xml") && !strings.HasSuffix(n, ".rels") && !strings.HasSuffix(n, ".vml") {
			continue
		}
		body := strings.Replace(e.Body, `encoding="UTF-8"`, `encoding="UTF-16"`, 1)
		b := []byte{0xff, 0xfe}
		for _, u := range utf16.Encode([]rune(body)) {
			b = append(b, byte(u), byte(u>>8))
		}
		es[i].Body = string(b)
	}
	return Zip(es...)
}
