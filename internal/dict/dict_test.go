package dict

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/normalize"
	"github.com/mishen-gov/mishen/internal/report"
)

func TestParse(t *testing.T) {
	es, err := Parse(strings.NewReader("# c\n\n代号甲\n內部資料 | sensitive_term | block | 说明\n商业秘密 | allow\n"), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 {
		t.Fatalf("got %d entries", len(es))
	}
	if es[0].Category != report.SensitiveTerm || es[0].Severity != report.Review || es[0].Source != "x.txt:3" {
		t.Errorf("plain term: %+v", es[0])
	}
	if es[1].Norm != "内部资料" || es[1].Severity != report.Block || es[1].Note != "说明" {
		t.Errorf("full line: %+v", es[1])
	}
	if es[2].Category != Allow {
		t.Errorf("allow: %+v", es[2])
	}
	for _, bad := range []string{"a | b | c | d | e", "x | nosuch", "x | sensitive_term | loud", " | sensitive_term", "\u200b"} {
		_, err := Parse(strings.NewReader(bad), "bad.txt")
		if err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
			t.Errorf("Parse(%q) error = %v, want one naming bad.txt:1", bad, err)
		}
	}
}

func TestFindAllowAndLongest(t *testing.T) {
	es, err := Parse(strings.NewReader("内部资料\n内部资料注意保存\n秘密\n保守国家秘密法 | allow\n代号\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	text := normalize.String("遵守保守国家秘密法。内部资料 注意保存。秘密。代号")
	var got []string
	for _, h := range s.Find([]byte(text)) {
		got = append(got, text[h.Start:h.End])
	}
	want := []string{"内部资料注意保存", "秘密", "代号"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("hits %q, want %q", got, want)
	}
}

func TestDefaultsCompile(t *testing.T) {
	es, err := Defaults()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	terms, allows := s.Len()
	if terms < 30 || allows < 10 || len(s.Version()) != 12 {
		t.Errorf("defaults: %d terms, %d allows, version %q", terms, allows, s.Version())
	}
	for _, prose := range []string{"依照保守国家秘密法", "保护商业秘密", "加强内部控制和内部审计", "坚持涉密不上网、上网不涉密"} {
		if hs := s.Find([]byte(normalize.String(prose))); len(hs) != 0 {
			t.Errorf("%q: hit %q", prose, hs[0].Entry.Term)
		}
	}
	if hs := s.Find([]byte(normalize.String("本材料属工作秘密"))); len(hs) != 1 || hs[0].Entry.Category != report.SensitiveTerm {
		t.Errorf("工作秘密 not found: %+v", hs)
	}
}

// TestBigDictionary checks that a dictionary too big for a dense table
// throughout finds terms added first and last, and that an allow phrase
// far down the list suppresses a term near its top.
func TestBigDictionary(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 12000; i++ {
		fmt.Fprintf(&b, "填充词%d号\n", i)
	}
	b.WriteString("青鸟工程\n")
	b.WriteString("青鸟工程建设规范 | allow\n")
	es, err := Parse(strings.NewReader("代号甲\n"+b.String()), "big.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	s.Wait()
	text := normalize.String("代号甲，填充词11999号，青鸟工程。依照青鸟工程建设规范。")
	var got []string
	for _, h := range s.Find([]byte(text)) {
		got = append(got, h.Entry.Term)
	}
	want := "代号甲,填充词11999号,青鸟工程"
	if strings.Join(got, ",") != want {
		t.Errorf("hits %q, want %s", got, want)
	}
}
