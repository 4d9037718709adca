package formula

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRead(t *testing.T) {
	for _, c := range []struct {
		f     string
		lits  string
		terms []Term
	}{
		{`CONCATENATE("110101","199003074514")`, "110101199003074514", []Term{{Lit: "110101"}, {Lit: "199003074514"}}},
		{`="110101"&"19900307"&"4514"`, "110101199003074514", []Term{{Lit: "110101"}, {Lit: "19900307"}, {Lit: "4514"}}},
		{`TEXT("13812345678","000 0000 0000")`, "13812345678\n000 0000 0000", []Term{{Lit: "13812345678"}}},
		{`CONCATENATE(B3,$C$3)`, "", []Term{{Ref: "B3"}, {Ref: "C3"}}},
		{`_xlfn.CONCAT(B3,"-",C3)`, "", []Term{{Ref: "B3"}, {Lit: "-"}, {Ref: "C3"}}},
		{`B3&TEXT(C3,"0")`, "", []Term{{Ref: "B3"}, {Ref: "C3"}}},
		{`SUM(A1:A3)`, "", nil},
		{`A1&"元"`, "", []Term{{Ref: "A1"}, {Lit: "元"}}},
		{`"a""b"`, `a"b`, []Term{{Lit: `a"b`}}},
		{`Sheet2!A1&"1234"`, "1234", nil},
		{`IF(A1>0,"是","否")`, "是\n否", nil},
		{`VLOOKUP(A2,名单!A:B,2,0)`, "", nil},
		{`REPLACE("110101199003074514",7,8,"********")`, "110101199003074514\n********", nil},
		{`B2&(C2&D2)`, "", []Term{{Ref: "B2"}, {Ref: "C2"}, {Ref: "D2"}}},
		{`"110101"&19900307&"4514"`, "110101\n4514", []Term{{Lit: "110101"}, {Lit: "19900307"}, {Lit: "4514"}}},
		{`SUM(A1,A2)`, "", nil},
	} {
		lits, terms, pure := Read(c.f)
		if lits != c.lits || !reflect.DeepEqual(terms, c.terms) || pure != (c.terms != nil) {
			t.Errorf("%s: %q %v %v, want %q %v", c.f, lits, terms, pure, c.lits, c.terms)
		}
	}
}

func TestJoin(t *testing.T) {
	_, terms, _ := Read(`CONCATENATE(B3,C3,"X")`)
	cells := map[string]string{"B3": "110101", "C3": "19900307451"}
	got, ok := Join(terms, func(r string) (string, bool) { v, ok := cells[r]; return v, ok })
	if !ok || got != "11010119900307451X" {
		t.Errorf("%q %v", got, ok)
	}
	if _, ok := Join([]Term{{Ref: "Z9"}}, func(string) (string, bool) { return "", false }); ok {
		t.Error("unknown cell joined")
	}
}

// TestBounds: a formula nested past a spreadsheet's depth is no join, a
// long one is read to the program's limit, and a join's value is cut.
func TestBounds(t *testing.T) {
	deep := strings.Repeat("CONCAT(", 100000) + strings.Repeat("A1,", 100000) + strings.Repeat(")", 100000)
	if _, _, pure := Read(deep); pure {
		t.Error("a join 100,000 calls deep taken as one")
	}
	v, _ := Join([]Term{{Lit: strings.Repeat("秘", 2000)}}, nil)
	if len(v) > MaxValue || !utf8.ValidString(v) {
		t.Errorf("value of %d bytes", len(v))
	}
}
