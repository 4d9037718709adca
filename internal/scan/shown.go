package scan

import (
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
)

// maxShown bounds the lines shownReadings gives for one document.
const maxShown = 1000

// shownReadings are parts for what a reader sees where a part's
// characters differ from it in order or in form, each a line of its own
// as it is shown (source_text, beside the part):
//   - text after a right-to-left override (U+202E, which an HTML <bdo
//     dir=rtl> is read as) up to its end (U+202C) or the line's: it is
//     shown reversed, so a mobile stored backwards reads forwards;
//   - a run of eleven or more Chinese digits (一三九…〇八, 壹捌捌…) with no
//     unit among them, as the number it writes, in its line: a phone or
//     an ID written out in words. Runs with units (一百二十三, 壹拾万) are
//     counts and amounts, and stay as they are.
func shownReadings(parts []doc.Part) []doc.Part {
	var out []doc.Part
	n := 0
	for _, p := range parts {
		var b strings.Builder
		add := func(line string) {
			if n < maxShown {
				b.WriteString(line)
				b.WriteByte('\n')
				n++
			}
		}
		if strings.ContainsRune(p.Text, '\u202e') {
			for line := range strings.Lines(p.Text) {
				if strings.ContainsRune(line, '\u202e') {
					add(overridden(strings.TrimRight(line, "\r\n")))
				}
			}
		}
		chineseNumberRuns(p.Text, func(a, b int) {
			ls := strings.LastIndexByte(p.Text[:a], '\n') + 1
			le := len(p.Text)
			if k := strings.IndexByte(p.Text[b:], '\n'); k >= 0 {
				le = b + k
			}
			add(p.Text[ls:a] + chineseDigits(p.Text[a:b]) + p.Text[b:le])
		})
		if b.Len() > 0 {
			out = append(out, doc.Part{Kind: doc.SourceText, File: "按显示读出的文字", Page: p.Page, Sheet: p.Sheet, Text: b.String()})
		}
	}
	return out
}

// overridden is a line as shown: each run after U+202E reversed, up to
// U+202C or the line's end, the controls dropped.
func overridden(line string) string {
	var b strings.Builder
	for {
		i := strings.IndexRune(line, '\u202e')
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:i])
		rest := line[i+len("\u202e"):]
		seg, after, _ := strings.Cut(rest, "\u202c")
		r := []rune(seg)
		for k := len(r) - 1; k >= 0; k-- {
			b.WriteRune(r[k])
		}
		line = after
	}
}

// chineseDigit is the value of a Chinese digit, lower or capital, or -1.
func chineseDigit(r rune) int {
	switch r {
	case '〇', '零', '○':
		return 0
	case '一', '壹':
		return 1
	case '二', '贰', '貳':
		return 2
	case '三', '叁', '參':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// minChineseRun is the shortest run of Chinese digits read as a number:
// a mobile's eleven.
const minChineseRun = 11

// chineseNumberRuns calls fn with the byte bounds of each run of
// minChineseRun or more Chinese digits in s, spaces between them
// allowed. A run of eleven three-byte digits spans 33 bytes, so s is
// probed every 31 bytes and read around a probe that lands on a digit:
// a text of prose costs a thirtieth of its length.
func chineseNumberRuns(s string, fn func(a, b int)) {
	end := 0 // runs are reported once
	for i := 0; i < len(s); i += 31 {
		k := i
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
		if k < end {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if chineseDigit(r) < 0 {
			continue
		}
		a := k
		for a > 0 {
			p, w := utf8.DecodeLastRuneInString(s[:a])
			if chineseDigit(p) < 0 && p != ' ' && p != '\u3000' {
				break
			}
			a -= w
		}
		b, count := a, 0
		for b < len(s) {
			c, w := utf8.DecodeRuneInString(s[b:])
			if chineseDigit(c) >= 0 {
				count++
			} else if c != ' ' && c != '\u3000' {
				break
			}
			b += w
		}
		end = b
		if count >= minChineseRun {
			fn(strings.IndexFunc(s[a:b], func(r rune) bool { return chineseDigit(r) >= 0 })+a, b)
		}
	}
}

// chineseDigits writes a run's Chinese digits as ASCII digits, its
// spaces kept.
func chineseDigits(run string) string {
	var b strings.Builder
	for _, r := range run {
		if d := chineseDigit(r); d >= 0 {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteRune(r)
		}
	}
	return strings.TrimRight(b.String(), " \u3000")
}
