package scan

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestShownReadings: text after a right-to-left override and runs of
// Chinese digits are read as a reader sees them, in a part of their own;
// counts and amounts with units, and short runs, are not.
func TestShownReadings(t *testing.T) {
	for in, want := range map[string]string{
		"联系人：王某\n手机：\u202e87654321831\u202c，请联系。\n":              "手机：13812345678，请联系。\n",
		"手机：\u202e8765 4321 831\n":                               "手机：138 1234 5678\n",
		"联系电话：一三八一二三四五六七八（手机）\n":                                 "联系电话：13812345678（手机）\n",
		"手机号码：壹捌捌 壹贰叁肆 伍陆柒捌\n":                                   "手机号码：188 1234 5678\n",
		strings.Repeat("说明文字", 20) + "身份证号码一一〇一〇一一九九〇〇三〇七一二三四\n": strings.Repeat("说明文字", 20) + "身份证号码110101199003071234\n",
		"二〇二六年一月一日，全年共一百二十三万人次。\n":                               "",
		"金额：壹拾贰万叁仟肆佰伍拾陆元整\n":                                     "",
		"一二三四五六七八九十\n":                                           "",
	} {
		var got string
		for _, p := range shownReadings([]doc.Part{{Kind: doc.Body, Text: in}}) {
			got += p.Text
		}
		if got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
