package plaintext

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/doc"
)

func TestDecode(t *testing.T) {
	want := "内部资料 注意保存：秘密★1年"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(want)
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(want)
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(want)
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String(want)
	ascii := "Passport E12345678, tel 13812345678\n"
	asciiLE, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(ascii)
	for name, in := range map[string]string{
		"utf-8": want, "bom": "\xEF\xBB\xBF" + want, "gbk": gbk, "utf-16": u16,
		"utf-16le without a mark": le, "utf-16be without a mark": be,
	} {
		got, _, err := Decode([]byte(in))
		if err != nil || got != want {
			t.Errorf("%s: got %q, %v", name, got, err)
		}
	}
	// ASCII in UTF-16 is valid UTF-8 with NUL bytes between the letters:
	// it must not be read as such.
	if got, _, err := Decode([]byte(asciiLE)); err != nil || got != ascii {
		t.Errorf("ASCII UTF-16LE without a mark: %q, %v", got, err)
	}
	if _, _, err := Decode([]byte{0x81, 0x20, 0xFF, 0xFF, 0xFF, 0x80, 0x81}); err == nil {
		t.Error("garbage decoded without error")
	}
}

func TestExtractFixture(t *testing.T) {
	data, err := os.ReadFile("../../../testdata/docs/gbk.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := Extract(data, doc.DefaultLimits())
	if len(d.Findings) != 0 || len(d.Parts) != 1 || !strings.Contains(d.Parts[0].Text, "内部资料") {
		t.Errorf("gbk.txt: %+v", d)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("秘密★1年"))
	f.Add([]byte{0xFF, 0xFE, 0x00})
	f.Add([]byte{0xC4, 0xDA, 0xB2, 0xBF})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Extract(b, doc.DefaultLimits())
		if err != nil || d == nil || (len(d.Parts) == 0 && len(d.Findings) == 0) {
			t.Fatalf("no result: %v", err)
		}
	})
}

// TestPartlyUndecodable checks that a GBK text with a stray byte is read but
// reported, not silently passed with the bad bytes dropped.
func TestPartlyUndecodable(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(strings.Repeat("本机关依法公开政府信息。", 20))
	data := append([]byte(gbk), 0xFF)
	d, _ := Extract(data, doc.DefaultLimits())
	if len(d.Parts) != 1 || len(d.Findings) != 1 || d.Findings[0].Rule != "unreadable.encoding" {
		t.Errorf("got %d parts, findings %+v", len(d.Parts), d.Findings)
	}
	if d, _ := Extract([]byte(gbk), doc.DefaultLimits()); len(d.Findings) != 0 {
		t.Errorf("clean GBK reported: %+v", d.Findings)
	}
}

func TestTableCells(t *testing.T) {
	csv := "指标,单位,数值\r\n社会消费品零售总额,元,13812345678\r\n\"人口, 常住\",人,\"1,234\"\r\n"
	cells := tableCells(csv)
	rs := []rune(csv)
	var got []string
	for _, c := range cells {
		got = append(got, c.Ref+"="+strings.TrimRight(string(rs[c.Start:c.End]), "\r"))
		if want := fmt.Sprintf("%c%d", 'A'+c.Col-1, c.Row); c.Ref != want {
			t.Errorf("%s has row %d, column %d", c.Ref, c.Row, c.Col)
		}
	}
	want := "A1=指标 B1=单位 C1=数值 A2=社会消费品零售总额 B2=元 C2=13812345678 A3=\"人口, 常住\" B3=人 C3=\"1,234\""
	if strings.Join(got, " ") != want {
		t.Errorf("cells:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	for _, prose := range []string{"本机关，依法公开。\n第二行，没有表格。第三句。\n", "a,b\nc\n", "只有一行,两列\n"} {
		if c := tableCells(prose); c != nil {
			t.Errorf("%q: cells %v", prose, c)
		}
	}
}
