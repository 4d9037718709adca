package docx

import (
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ole10Native builds the stream the Packager writes for a file.
func ole10Native(label, orig, temp string, data []byte) []byte {
	var b []byte
	b = binary.LittleEndian.AppendUint32(b, 0)
	b = append(b, 2, 0)
	b = append(append(b, label...), 0)
	b = append(append(b, orig...), 0)
	b = append(b, 0, 0, 3, 0)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(temp)+1))
	b = append(append(b, temp...), 0)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(data)))
	return append(b, data...)
}

// TestOle10Native: the packaged file's name (a GBK label as Chinese
// Windows writes it, or the original path's base when the label has no
// extension) and bytes; a stream cut short is no package.
func TestOle10Native(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("交接说明.txt")
	for _, c := range []struct {
		label, orig, want string
	}{
		{gbk, `C:\Users\a\交接说明.txt`, "交接说明.txt"},
		{"Package", `C:\tmp\list.csv`, "list.csv"},
	} {
		name, body, err := parseOle10Native(ole10Native(c.label, c.orig, `C:\Temp\x.tmp`, []byte("后台地址 10.1.2.3")))
		if err != nil || name != c.want || string(body) != "后台地址 10.1.2.3" {
			t.Errorf("%q: %q %q %v", c.want, name, body, err)
		}
	}
	whole := ole10Native("a.txt", "a.txt", "t", []byte("0123456789"))
	for _, cut := range []int{3, 12, len(whole) - 4} {
		if _, _, err := parseOle10Native(whole[:cut]); err == nil {
			t.Errorf("cut at %d: no error", cut)
		}
	}
}

// TestPackagedFile: a DOCX whose OLE object packages a text file (Insert
// → Object → from file, shown as an icon; made with the Packager's
// stream by blind56's generator) hands the file to the dispatcher instead
// of reporting the object unreadable.
func TestPackagedFile(t *testing.T) {
	data, err := os.ReadFile("../../../testdata/blind56-docplaces/hx_ole_package_txt.docx")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := Extract(data, doc.DefaultLimits())
	for _, f := range d.Findings {
		if f.Rule == RuleEmbedded {
			t.Errorf("still unreadable: %s %s", f.Location.File, f.Message)
		}
	}
	if len(d.Embedded) != 1 || d.Embedded[0].Name != "word/embeddings/oleObject1.bin!jiaojie.txt" || !strings.Contains(string(d.Embedded[0].Data), "10.45.2.17") {
		t.Fatalf("embedded %d files: %+v", len(d.Embedded), d.Embedded)
	}
}
