package archive_test

import (
	"context"
	"encoding/binary"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
)

// storedRAR writes a RAR 5 archive whose members are stored (method 0),
// following the RAR 5.0 archive format description: a signature, a main
// archive header, one file header and data area per member, and an end of
// archive header, each header with its CRC32. No free tool writes RAR, so
// this is the only RAR with readable members the tests have.
func storedRAR(members map[string]string, names ...string) []byte {
	vint := func(b []byte, v uint64) []byte {
		for v >= 0x80 {
			b = append(b, byte(v)|0x80)
			v >>= 7
		}
		return append(b, byte(v))
	}
	header := func(body []byte) []byte {
		h := vint(nil, uint64(len(body)))
		h = append(h, body...)
		var crc [4]byte
		binary.LittleEndian.PutUint32(crc[:], crc32.ChecksumIEEE(h))
		return append(crc[:], h...)
	}
	out := []byte("Rar!\x1a\x07\x01\x00")
	out = append(out, header([]byte{1, 0, 0})...) // main header: type 1, no flags, no archive flags
	for _, name := range names {
		data := members[name]
		b := vint(nil, 2)              // type: file
		b = vint(b, 0x2)               // header flags: data area
		b = vint(b, uint64(len(data))) // data size
		b = vint(b, 0x4)               // file flags: CRC32 present
		b = vint(b, uint64(len(data))) // unpacked size
		b = vint(b, 0x20)              // attributes
		var crc [4]byte
		binary.LittleEndian.PutUint32(crc[:], crc32.ChecksumIEEE([]byte(data)))
		b = append(b, crc[:]...)
		b = vint(b, 0) // compression: version 0, stored
		b = vint(b, 1) // host OS: Unix
		b = vint(b, uint64(len(name)))
		b = append(b, name...)
		out = append(out, header(b)...)
		out = append(out, data...)
	}
	return append(out, header([]byte{5, 0, 0})...) // end of archive
}

func TestStoredRAR(t *testing.T) {
	data := storedRAR(map[string]string{
		"通知.txt": "秘密★1年\n", "名单.csv": "姓名,身份证号\n张三,110101199003074514\n",
	}, "通知.txt", "名单.csv")
	d := extract.Extract(context.Background(), "upload.rar", data, doc.DefaultLimits())
	if d.Format != extract.FormatRAR || len(d.Findings) != 0 {
		t.Fatalf("format %q, findings %+v", d.Format, d.Findings)
	}
	if !strings.Contains(partText(d, "通知.txt"), "秘密★1年") || !strings.Contains(partText(d, "名单.csv"), "110101199003074514") {
		t.Fatalf("parts %+v", d.Parts)
	}
}
