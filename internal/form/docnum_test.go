package form

import "testing"

func TestFindDocNumber(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"国办发〔2026〕12号 关于做好政务公开工作的通知", "国办发〔2026〕12号"},
		{"某府办[2025]3号关于印发方案的通知.docx", "某府办[2025]3号"},
		{"市财预（2024）108号", "市财预（2024）108号"},
		{"京政发【2023】 7 号", "京政发【2023】 7 号"},
		// Not 文号: a year alone, a date, a number without 号, a phone.
		{"2026年工作要点", ""},
		{"关于2026年12月的安排", ""},
		{"〔2026〕12号", ""}, // no organ: a reference back, not a 文号 to file
		{"编号 2026-12", ""},
		{"第〔2026〕", ""},
	} {
		if got := FindDocNumber(c.in); got != c.want {
			t.Errorf("FindDocNumber(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
