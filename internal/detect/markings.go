package detect

import (
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/report"
)

var (
	levelChars = []string{"绝", "机", "秘"}
	stars      = []string{"★", "☆", "*"}
	proseHeads = []string{"国家", "商业", "工作", "保守", "个人", "杜"}
	openQuotes = []string{"“", "\"", "「", "『", "‘", "'", "《"}
)

// findMarkings finds GB/T 9704 classification markings: a level (绝密,
// 机密, 秘密) followed by ★/☆/* and an optional 保密期限, a level after
// 密级, a level with 级 standing as a marking, or a level alone on a line
// at the head of a document or in a header. A level word in prose is left
// alone.
func findMarkings(in *input) []hit {
	var out []hit
	s := in.norm
	for i := 0; ; {
		k := strings.Index(s[i:], "密")
		if k < 0 {
			break
		}
		p := i + k
		i = p + len("密")
		if p < 3 {
			continue
		}
		lvl := s[p-3 : p]
		if lvl != "绝" && lvl != "机" && lvl != "秘" {
			continue
		}
		ls, le := p-3, p+3
		pre := before(s, ls, 3)
		prose := false
		for _, w := range proseHeads {
			prose = prose || strings.HasSuffix(pre, w)
		}
		// 密级：X / 密级X / 密级为X
		for _, lead := range []string{"密级:", "密级为", "密级是", "密级"} {
			if strings.HasSuffix(pre, lead) {
				end := markingTail(s, le)
				out = append(out, hit{start: ls - len(lead), end: end, rule: "classified_marking.level_label"})
				i = end
				goto next
			}
		}
		// X★period
		for _, st := range stars {
			if strings.HasPrefix(s[le:], st) {
				end := markingTail(s, le)
				h := hit{start: ls, end: end}
				if q := before(s, ls, 1); q != "" && containsAny(q, openQuotes) && containsAny(after(s, end, 1), []string{"”", "\"", "」", "』", "’", "'", "》"}) {
					h.severity, h.rule = report.Review, "classified_marking.quoted"
				}
				out = append(out, h)
				i = end
				goto next
			}
		}
		if prose || in.lineAt == nil {
			continue
		}
		// X级 or X alone as the content of a line.
		{
			line, head := in.lineAt(ls)
			header := in.part == "header" || in.part == "footer"
			ln := strings.TrimSpace(line)
			switch {
			case strings.HasPrefix(s[le:], "级"):
				if utf8.RuneCountInString(ln) <= 16 && (head || header || strings.HasPrefix(ln, lvl+"密级")) {
					out = append(out, hit{start: ls, end: le + len("级"), rule: "classified_marking.level"})
				}
			case ln == lvl+"密":
				h := hit{start: ls, end: le, rule: "classified_marking.bare_line"}
				if !head && !header {
					h.severity = report.Review
				}
				out = append(out, h)
			}
		}
	next:
	}
	return out
}

// markingTail extends a marking from byte i over a star and a 保密期限
// (N年, N个月, 长期).
func markingTail(s string, i int) int {
	for _, st := range stars {
		if strings.HasPrefix(s[i:], st) {
			i += len(st)
			break
		}
	}
	if strings.HasPrefix(s[i:], "长期") {
		return i + len("长期")
	}
	j := i
	for j < len(s) {
		if isDigit(s[j]) {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if strings.ContainsRune("一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾两", r) {
			j += w
			continue
		}
		break
	}
	if j == i {
		return i
	}
	for _, u := range []string{"个月", "年", "月"} {
		if strings.HasPrefix(s[j:], u) {
			return j + len(u)
		}
	}
	return i
}
