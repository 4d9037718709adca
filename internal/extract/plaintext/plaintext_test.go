package plaintext

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	asmutf8 "github.com/segmentio/asm/utf8"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/bench/textgen"
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

// TestDecodeBig5 reads short traditional texts in Big5, which decode
// into ideographs as GB18030 too, and keeps GB18030 texts of the same
// length GB18030.
func TestDecodeBig5(t *testing.T) {
	for _, want := range []string{
		"關於發放高齡津貼的公告\n申請人：陳美玲，身分證號碼見附表，津貼每月發放。",
		"機密★3年\n本局會議紀要",
		"臺北市政府公告：本案聯絡電話請洽承辦單位。",
		// Short labels whose second bytes are all high.
		"內部資料",
		"內部資料 僅供參考",
		"會議紀錄 內部資料",
		"內部事項 請勿外傳",
		"會議資料 內部資料",
		"機密",
		"絕密★",
	} {
		big5, err := traditionalchinese.Big5.NewEncoder().String(want)
		if err != nil {
			t.Fatal(err)
		}
		got, enc, err := Decode([]byte(big5))
		if err != nil || got != want || enc != "big5" {
			t.Errorf("Big5 %q: got %q as %s, %v", want, got, enc, err)
		}
	}
	for _, want := range []string{
		"关于发放高龄津贴的公告\n申请人：陈美玲，身份证号码见附表，津贴每月发放。",
		"机密★3年\n本局会议纪要",
		"內部資料 注意保存", // traditional characters written in GB18030
		// Lists whose ideographs are few and rare in statistics, and the
		// symbols of GB 2312 that lists and tables use.
		"地块编号,地块名称,用地面积\n1,东岭地块,120\n2,西坡地块,80\n机密",
		"单位,地址,车牌号\n水利局,北岸路1号,渝A12345",
		"①内部资料\n②不得外传",
		"秘密\nⅠ\n",
		"姓名,拼音,护照号\n张伟,Zhāng Wěi,E12345678",
		"检测结果(内部资料)\n样品,α值,β值\nS1,0.12,0.34",
		"㈠内部资料\n㈡请勿外传\n⑴本材料 ⒈注意保存 √ ℃ ≤ → ■ ▲",
		// GBK's symbols and rare name characters that are Big5 pairs.
		"秘密★1年\n2024–2025",
		"机密\n面积 1200㎡",
		"参会人员：王赟、李祎、朱镕",
		"工作秘密\n参会人员：王赟 李祎 张玥",
		"║工作秘密║",
		"内部资料\nα=0.05, β=0.2, γ=1.5, δ=0.01, λ=3, μ=10, σ=2",
		"工作秘密\n王赟 李祎 张玥 刘珺",
		"╔═══╗\n║工作秘密║\n╚═══╝",
	} {
		gb, err := simplifiedchinese.GB18030.NewEncoder().String(want)
		if err != nil {
			t.Fatal(err)
		}
		if got, enc, err := Decode([]byte(gb)); err != nil || got != want || enc != "gb18030" {
			t.Errorf("GB18030 %q: got %q as %s, %v", want, got, enc, err)
		}
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
	f.Add([]byte("名单\n工号\t姓名\n1\t王某\n2\t李某\n注：无\n"))
	f.Add([]byte("说明\n\n| 姓名 | 护照号码 |\n|:--|--:|\n| 褚某某 | E12345678 \\| x |\n\na|b\n-|-\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Extract(b, doc.DefaultLimits())
		if err != nil || d == nil || (len(d.Parts) == 0 && len(d.Findings) == 0) {
			t.Fatalf("no result: %v", err)
		}
		// Cells are in order, apart and inside the text.
		for _, p := range d.Parts {
			last, n := 0, utf8.RuneCountInString(p.Text)
			for _, c := range p.Cells {
				if c.Start < last || c.End < c.Start || c.End > n {
					t.Fatalf("cell %s [%d, %d) after %d in %d runes", c.Ref, c.Start, c.End, last, n)
				}
				last = c.End
			}
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
	// A title and a unit above the table and a note below it are text
	// beside it: the rows keep the numbers of their lines.
	tsv := "2025年优秀教师名单\n单位：人\n\n工号\t姓名\n18300000011\t王某\n18300000012\t李某\n\n制表：某某学校\n"
	rs = []rune(tsv)
	got = got[:0]
	for _, c := range tableCells(tsv) {
		got = append(got, c.Ref+"="+string(rs[c.Start:c.End]))
	}
	if want := "A4=工号 B4=姓名 A5=18300000011 B5=王某 A6=18300000012 B6=李某"; strings.Join(got, " ") != want {
		t.Errorf("cells beside a title and a note:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	for _, prose := range []string{"本机关，依法公开。\n第二行，没有表格。第三句。\n", "a,b\nc\n", "只有一行,两列\n",
		"说明\n一段话\n只有,一个逗号\n结尾\n", "标题\n\n", "一\n二\n三\n四\na\tb\nc\td\n"} {
		if c := tableCells(prose); c != nil {
			t.Errorf("%q: cells %v", prose, c)
		}
	}
}

// TestMarkdownCells checks the cells of Markdown pipe tables among prose:
// two tables, one without its outer pipes, an escaped pipe, short and long
// rows, and lines with pipes that are no table.
func TestMarkdownCells(t *testing.T) {
	text := "# 出访人员信息\r\n" +
		"说明 | 不是表格，下面没有分隔行\r\n" +
		"\r\n" +
		"| 姓名 | 护照号码 | 备注 |\r\n" +
		"|:--- | :---: | ---:|\r\n" +
		"|  褚某某 | E12345678 | a \\| b |\r\n" +
		"| 卫某某 |\r\n" +
		"出访时间：2026年12月。\r\n" +
		"\r\n" +
		"车辆 | 号牌\n" +
		"-- | -\n" +
		"公务 | 浙A·D12345 | 多余\n" +
		"\n" +
		"a | b\n" +
		"--- | --- | ---\n" +
		"| c | d |"
	cells := tableCells(text)
	rs := []rune(text)
	var got []string
	for _, c := range cells {
		got = append(got, c.Ref+"="+string(rs[c.Start:c.End]))
		if want := fmt.Sprintf("表%d R%dC%d", c.Table, c.Row, c.Col); c.Ref != want {
			t.Errorf("%s has table %d, row %d, column %d", c.Ref, c.Table, c.Row, c.Col)
		}
	}
	want := "表1 R1C1=姓名 表1 R1C2=护照号码 表1 R1C3=备注 " +
		"表1 R2C1=褚某某 表1 R2C2=E12345678 表1 R2C3=a \\| b " +
		"表1 R3C1=卫某某 " +
		"表2 R1C1=车辆 表2 R1C2=号牌 表2 R2C1=公务 表2 R2C2=浙A·D12345 表2 R2C3=多余"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("cells:\n%s\nwant\n%s", g, want)
	}
	for _, prose := range []string{
		"选项 A | 选项 B\n本段有竖线，但没有分隔行。\n",
		"| 姓名 | 电话 |\n\n|---|---|\n",          // a blank line between
		"| 姓名 | 电话 |\n|---|-x-|\n| a | b |\n", // not a delimiter row
		"标题\n---\n正文 | 正文\n",
		"\\| 转义 \\|\n|---|\n",
	} {
		if c := tableCells(prose); c != nil {
			t.Errorf("%q: cells %v", prose, c)
		}
	}
}

// TestMarkdownCellsBounded checks that a huge table stops at maxTableCells.
func TestMarkdownCellsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("| a | b | c | d |\n|---|---|---|---|\n")
	for b.Len() < 5*maxTableCells {
		b.WriteString("| 1 | 2 | 3 | 4 |\n")
	}
	if n := len(tableCells(b.String())); n != maxTableCells {
		t.Errorf("%d cells, want %d", n, maxTableCells)
	}
}

// BenchmarkMarkdownCells measures the cells of a long Markdown text: prose
// with pipes, and a small table every fifty lines.
func BenchmarkMarkdownCells(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 4<<20; i++ {
		fmt.Fprintf(&sb, "本机关依法公开政府信息 | 第%d段，说明文字。\n", i)
		if i%50 == 49 {
			sb.WriteString("| 项目 | 数值 | 备注 |\n|---|---:|:-:|\n")
			for j := range 20 {
				fmt.Fprintf(&sb, "| 项%d | %d | 无 |\n", j, j*7)
			}
			sb.WriteString("\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if cells := tableCells(text); len(cells) == 0 || cells[0].Ref != "表1 R1C1" {
			b.Fatalf("%d cells", len(cells))
		}
	}
}

// FuzzValid checks the vectorised UTF-8 check that Decode uses
// (github.com/segmentio/asm/utf8) against unicode/utf8: it decides
// whether a file is read as UTF-8, so it must agree on every input,
// across its 32-byte blocks.
func FuzzValid(f *testing.F) {
	for _, s := range []string{
		"", "a", "秘密★1年", strings.Repeat("内部资料", 20) + "\xff",
		strings.Repeat("x", 31) + "\xe4\xb8", strings.Repeat("x", 33) + "\xed\xa0\x80",
		"\xc0\xaf", "\xf4\x90\x80\x80", "\xf0\x9f\x98\x80" + strings.Repeat("。", 11),
		strings.Repeat("ascii only ", 9),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v := asmutf8.Validate(b)
		if v.IsUTF8() != utf8.Valid(b) {
			t.Fatalf("valid %v, unicode/utf8 says %v: %q", v.IsUTF8(), utf8.Valid(b), b)
		}
		ascii := true
		for _, c := range b {
			ascii = ascii && c < utf8.RuneSelf
		}
		if v.IsASCII() != ascii {
			t.Fatalf("ASCII %v, want %v: %q", v.IsASCII(), ascii, b)
		}
	})
}

// BenchmarkValid is the UTF-8 check Decode runs on every text, the
// vectorised one against unicode/utf8, on 4 MB of government text.
func BenchmarkValid(b *testing.B) {
	data := []byte(textgen.GovernmentText(4 << 20))
	for _, c := range []struct {
		name  string
		valid func([]byte) bool
	}{{"asm", asmutf8.Valid}, {"unicode", utf8.Valid}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if !c.valid(data) {
					b.Fatal("not valid")
				}
			}
		})
	}
}

// TestEscapedValues: what a JSON text writes with \u escapes and an XML
// text with character references is read as its reader shows it, as a
// source_text part of the lines the raw text does not hold; values
// written as they read, and texts of neither kind, add nothing.
func TestEscapedValues(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{`{"title":"通知","content":"<p>\u79d8\u5bc6\u2605 1\u5e74</p>\n身份证号：33010619\u0038703152411"}`, "<p>秘密★ 1年</p>\n身份证号：330106198703152411\n"},
		{"{\"a\":\"plain\"}\n{\"b\":\"\\u5185\\u90e8\\u8d44\\u6599\"}\n", "内部资料\n"},
		{`<?xml version="1.0"?><feed><entry><content>ID 4403051980&#48;&#x36;127034</content><link href="http://a/&#49;"/></entry></feed>`, "ID 440305198006127034\nhttp://a/1\n"},
		{`{"title":"通知","n":12}`, ""},
		{`<feed><title>通知</title></feed>`, ""},
		{"普通文本 \\u5185 &#48;", ""},
	} {
		d, err := Extract([]byte(c.in), doc.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range d.Parts {
			if p.Kind == doc.SourceText {
				got += p.Text
			}
		}
		if got != c.want {
			t.Errorf("%.40q: %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTableFormulas: a CSV field that is a formula joining strings, or
// the table's own cells, is read as a spreadsheet program shows it.
func TestTableFormulas(t *testing.T) {
	csv := "序号,姓名,身份证号,备注\r\n1,某某,\"=\"\"110101\"\"&\"\"19900307\"\"&\"\"1234\"\"\",无\r\n2,某某,110101,=C3&\"199003071234\"\r\n3,某某,=SUM(A1:A2),\"=\"\"是\"\"\"\r\n"
	d, err := Extract([]byte(csv), doc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var got string
	for _, p := range d.Parts {
		if p.Kind == doc.SourceText {
			got += p.Text
		}
	}
	if got != "110101199003071234\n110101199003071234\n" {
		t.Errorf("formulas %q", got)
	}
	if v, _ := tableFormulas("a,b\n1,2\n3,4\n", tableCells("a,b\n1,2\n3,4\n")); v != "" {
		t.Error("a table without formulas")
	}
}

// TestTableFormulasBounded: joins of joins double at each step; their
// values are cut, so a small text cannot grow without end.
func TestTableFormulasBounded(t *testing.T) {
	var head, row []string
	for i := 0; i < 40; i++ {
		head = append(head, fmt.Sprintf("h%d", i))
		if i == 0 {
			row = append(row, "abcdefgh")
		} else {
			c := cellRef(i-1, 2)
			row = append(row, "="+c+"&"+c)
		}
	}
	csv := strings.Join(head, ",") + "\n" + strings.Join(row, ",") + "\n" + strings.Join(row, ",") + "\n"
	v, _ := tableFormulas(csv, tableCells(csv))
	if len(v) > 40*2048 {
		t.Errorf("%d bytes of values", len(v))
	}
}
