package normalize

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

func TestNormalForm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"秘 密 ★ 1 年", "秘密★1年"},
		{"机密★\n1\n年", "机密★1年"},
		{"绝\u200b密\u200b★", "绝密★"},
		{"機密★壹個月", "机密★壹个月"},
		{"１２３４５　ＡＢＣ", "12345 abc"},
		{"密级：秘密", "密级:秘密"},
		{"＊", "*"},
		{"13812345678 13912345678", "13812345678 13912345678"},
		{"2024\n12345", "2024\n12345"},
		{"内部资料 注意保存", "内部资料注意保存"},
		{"电话 12345", "电话12345"},
		{"a  b\t\tc", "a b c"},
		{"\ufeff秘密", "秘密"},
		{"浙A·D12345", "浙a·d12345"},
		// A glyph with no character (U+0000) and other controls.
		{"机密\x00\n通知", "机密通知"},
		{"a\x01b\x7f", "ab"},
	} {
		if got := String(tc.in); got != tc.want {
			t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOffsetMap checks the property findings rely on: every rune of the
// normal form maps back to an original rune that folds to it, and spans cut
// the original at the matched characters.
func TestOffsetMap(t *testing.T) {
	in := "第一行\n秘 密 ★\u200b１年\r\n機密文件，電話：１３８ ００１３ ８０００。"
	tx := New(in)
	orig := []rune(in)
	nr := 0
	for i, r := range tx.Norm {
		k := tx.NormRuneOf(i)
		if k != nr {
			t.Fatalf("NormRuneOf(%d) = %d, want %d", i, k, nr)
		}
		nr++
		o := tx.OrigOf(i)
		if o < 0 || o >= len(orig) {
			t.Fatalf("rune %q maps outside the original: %d", r, o)
		}
		if r == ' ' || r == '\n' {
			continue
		}
		if f := String(string(orig[o])); !strings.ContainsRune(f, r) {
			t.Errorf("norm rune %q maps to original %q (folds to %q)", r, orig[o], f)
		}
	}
	i := strings.Index(tx.Norm, "秘密★1年")
	sp := tx.OrigSpan(i, i+len("秘密★1年"))
	if got := string(orig[sp.Start:sp.End]); got != "秘 密 ★\u200b１年" {
		t.Errorf("span cuts %q", got)
	}
	if l := tx.Line(sp.Start); l != 2 {
		t.Errorf("line = %d, want 2", l)
	}
	j := strings.Index(tx.Norm, "机密文件")
	sp = tx.OrigSpan(j, j+len("机密文件"))
	if got := string(orig[sp.Start:sp.End]); got != "機密文件" || tx.Line(sp.Start) != 3 {
		t.Errorf("span cuts %q on line %d", got, tx.Line(sp.Start))
	}
}

func TestOrigByte(t *testing.T) {
	in := strings.Repeat("a机密★１\n", 300)
	tx := New(in)
	rs := []rune(in)
	for r := 0; r <= len(rs); r += 7 {
		if got, want := tx.OrigByte(r), len(string(rs[:r])); got != want {
			t.Fatalf("OrigByte(%d) = %d, want %d", r, got, want)
		}
	}
	if got := string(tx.OrigRunesBetween(3, 9)); got != string(rs[3:9]) {
		t.Errorf("OrigRunesBetween = %q", got)
	}
}

func TestSimplifyAgreesWithOpenCC(t *testing.T) {
	cc, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "機密絕級內資審號碼護證車區個臺灣檔案屬於祕" {
		want, err := cc.Convert(string(r))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(Simplify(r)); got != want {
			t.Errorf("Simplify(%q) = %q, OpenCC says %q", r, got, want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"秘 密 ★ 1 年", "機密\u200b", "１３８\n0013", "\xff\xfe", "a\u0301", "ﾀﾞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := New(s)
		n := utf8.RuneCountInString(s)
		if tx.OrigRunes() != n {
			t.Fatalf("OrigRunes = %d, want %d", tx.OrigRunes(), n)
		}
		for i := range tx.Norm {
			o := tx.OrigOf(i)
			if o < 0 || o >= n {
				t.Fatalf("offset %d out of range %d", o, n)
			}
		}
		if len(tx.Norm) > 0 {
			sp := tx.OrigSpan(0, len(tx.Norm))
			if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
				t.Fatalf("bad span %+v of %d", sp, n)
			}
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	s := strings.Repeat("根据《中华人民共和国政府信息公开条例》第二十条规定，现将2024年度本机关政府信息公开工作情况报告如下。联系电话：0571-87001234。\n", 2000)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if tx := New(s); len(tx.Norm) == 0 {
			b.Fatal("empty")
		}
	}
}

// Radical code points that PDF producers emit for ideographs fold to the
// ideograph, from both the CJK Radicals Supplement (which NFKC leaves
// alone) and the Kangxi Radicals block.
func TestRadicalsFold(t *testing.T) {
	for in, want := range map[string]string{
		"人\u2EA0政府":  "人民政府", // ⺠
		"意\u2EC5":    "意见",   // ⻅
		"\u2ED3期":    "长期",   // ⻓
		"\u2F08民":    "人民",   // ⼈ Kangxi
		"秘密★\u2ED3期": "秘密★长期",
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNormOf checks that the rune ranges of table cells map onto the normal
// form: the whitespace between two cells falls outside both, and a cell's
// range holds exactly what its text became.
func TestNormOf(t *testing.T) {
	in := "身份证号\t姓名\n110101 199003\n074514\t张 某\n"
	tx := New(in)
	cells := [][2]int{{0, 4}, {5, 7}, {8, 28}, {29, 32}}
	want := []string{"身份证号", "姓名", "110101 199003\n074514", "张某"}
	for i, c := range cells {
		if got := tx.Norm[tx.NormOf(c[0]):tx.NormOf(c[1])]; strings.TrimSpace(got) != want[i] {
			t.Errorf("cell %d: %q, want %q", i, got, want[i])
		}
	}
	if tx.NormOf(len([]rune(in))+5) != len(tx.Norm) {
		t.Error("past the end")
	}
}

// TestMapFarAndCheckpoints checks the compact map back to the original
// where a norm rune's origin is far from the previous one (long runs of
// dropped characters) and across checkpoints.
func TestMapFarAndCheckpoints(t *testing.T) {
	gap := strings.Repeat("\u200b", 100)
	s := strings.Repeat("秘密a", 30) + gap + "b" + strings.Repeat(" ", 70) + "c" + gap + "國"
	tx := New(s)
	want := strings.Repeat("秘密a", 30) + "b c国"
	if tx.Norm != want {
		t.Fatalf("Norm = %q, want %q", tx.Norm, want)
	}
	// Every norm rune maps to the original rune that produced it.
	orig := []rune(s)
	for i, r := range tx.Norm {
		o := tx.OrigOf(i)
		got := orig[o]
		if got != r && !(r == ' ' && got == ' ') && !(r == '国' && got == '國') {
			t.Errorf("norm byte %d (%q) maps to original rune %d (%q)", i, r, o, got)
		}
		if k := tx.NormOf(o); k != i {
			t.Errorf("NormOf(%d) = %d, want %d", o, k, i)
		}
	}
	b := strings.Index(tx.Norm, "b")
	if sp := tx.OrigSpan(b, b+1); sp != (Span{190, 191}) {
		t.Errorf("OrigSpan of b = %v, want {190 191}", sp)
	}
	if n := tx.NormOf(len(orig)); n != len(tx.Norm) {
		t.Errorf("NormOf(end) = %d, want %d", n, len(tx.Norm))
	}
}

// TestStringStable checks String's shortcut against the full normaliser.
func TestStringStable(t *testing.T) {
	for _, s := range []string{"", "秘密", "内部资料", "abc-123", "ABC", "機密", "秘 密", "a b", "秘密★", "\u200b秘密", "ａｂ", "㐀", "鿿", "〇", "\t", "x\x7f", "、", "《秘密》", "〔内部〕\u3000"} {
		if got, want := String(s), New(s).Norm; got != want {
			t.Errorf("String(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzRuns checks that copying runs of ideographs gives exactly the
// text and map of the rune-by-rune path.
func FuzzRuns(f *testing.F) {
	for _, s := range []string{"秘密文件", "国家秘密 绝密★", strings.Repeat("政务公开", 40) + "a b\n國家" + strings.Repeat("\u200b", 70) + "信息", "一\xe4\xb8", "㐀鿿〇", "关于《通知》、「意见」。\u3000〔2024〕", "秘密。　\n、"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fast := New(s)
		runs = false
		slow := New(s)
		runs = true
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("runs change the result for %q:\nfast %+v\nslow %+v", s, fast, slow)
		}
	})
}

// TestNewGrowing: the normal form written while it is shown is New's, and
// every value shown is a prefix of it that does not change afterwards.
func TestNewGrowing(t *testing.T) {
	s := strings.Repeat("第一章　總則\n 這是 Ｔｅｓｔ 文本，ｅ-mail: A@B.CN ㈱　测试\u200b内容。\r\n", 3*growStep/80)
	grown := make(chan []byte)
	var shown [][]byte
	var copies []string
	done := make(chan struct{})
	go func() {
		for b := range grown {
			shown = append(shown, b)
			copies = append(copies, string(b))
		}
		close(done)
	}()
	got := NewGrowing(s, grown)
	<-done
	want := New(s)
	if got.Norm != want.Norm || !slices.Equal(got.meta, want.meta) || !slices.Equal(got.ckpt, want.ckpt) ||
		!slices.Equal(got.cpByte, want.cpByte) || !slices.Equal(got.lineStarts, want.lineStarts) {
		t.Fatal("NewGrowing's text differs from New's")
	}
	if len(shown) < 2 {
		t.Fatalf("shown %d values of a %d-byte normal form, want the growing ones too", len(shown), len(got.Norm))
	}
	for i, b := range shown {
		if string(b) != copies[i] || !strings.HasPrefix(got.Norm, string(b)) {
			t.Fatalf("value %d (%d bytes) is not a prefix of the normal form or changed after it was shown", i, len(b))
		}
	}
	if string(shown[len(shown)-1]) != got.Norm {
		t.Fatal("the last value shown is not the whole normal form")
	}
}

// TestOtherScriptsDigits: the decimal digits of other scripts, which
// NFKC leaves, read as ASCII digits; unicode.Nd lists them in runs of
// ten from each zero, which decimalDigit relies on.
func TestOtherScriptsDigits(t *testing.T) {
	for _, g := range unicode.Nd.R16 {
		if (int(g.Hi)-int(g.Lo))/int(g.Stride)%10 != 9 {
			t.Errorf("Nd range %U..%U is not runs of ten", g.Lo, g.Hi)
		}
	}
	for _, g := range unicode.Nd.R32 {
		if (int(g.Hi)-int(g.Lo))/int(g.Stride)%10 != 9 {
			t.Errorf("Nd range %U..%U is not runs of ten", g.Lo, g.Hi)
		}
	}
	for in, want := range map[string]string{"١١٠١٠١": "110101", "۱۳۸": "138", "१२३": "123", "๑๒๓": "123", "１２３": "123", "𝟏𝟑𝟖": "138"} {
		if got := String(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
