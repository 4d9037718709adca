package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/report"
)

// ocrPart is the part kind of text read by OCR (doc.OCR).
const ocrPart = "ocr"

// ocrDetectors are the detectors that run only on text read by OCR. The
// engine adds them to Detectors(); their vectors are scanned as OCR text.
func ocrDetectors() []Detector {
	return []Detector{{
		Rule: "classified_marking.ocr", Category: report.ClassifiedMarking, Severity: report.Block,
		Keywords: []string{"密"},
		find:     findOCRMarkings,
		Must: []string{
			// Tesseract 5.3 never reads ★: it becomes 文, 女, 太 or
			// nothing, often with spaces between the glyphs.
			"机密文5年\n天于开展效据安全检可工作的通知\n各有关单位 :",
			"机密女5年\n\n关于开展数据安全检查工作的通知",
			"秘密6个月\n关于印发工作方案的通知",
			"000087\n绝密文长期\n关于…的会议纪要",
			"机 密 太 5 年",
			"000123 秘密女1年",
			"机密文十年。\n关于…的通知",
			// A 1 read as ] or 工, the star as 女.
			"秘密女] 年\n特急\n某市防汛防台抗旱指挥部文件",
			"秘密女工年\n特急",
			// No period: the level word and the star alone on the line.
			"机密女\n关于…的通知",
			// An exam paper's period in words, bare or in brackets.
			"绝密娘启用前\n2026年初中学业水平考试\n科学试题",
			"绝密 启用前\n2026年全市统一考试",
			"机密文(永久)\n关于…的决定",
			"000123 秘密女【启用前】",
			// A period whose 年 a stamp's ring broke: the digits and a
			// glyph left of it.
			"某县人民政府办公室\n秘密女24:\n关于…的函",
			"机密文5牛\n关于…的通知",
			"秘密 女 2\n关于…的通知",
			// A fax's 1 read as a colon, the star as 六.
			"000041\n秘密六:年\n加急\n某市某区人民政府办公室文件",
		},
		MustNot: []string{
			// 秘密 in running OCR prose is no marking.
			"会议强调要保守秘密，3年内完成整改",
			"工作秘密1年\n关于…的通知",
			"秘密文件5年内销毁\n关于…的通知",
			"秘密文件\n关于…的通知",
			"秘密启用前须经审批\n关于…的通知",
			"绝密试卷启用前由主考拆封\n一、考务要求",
			"秘密工作年度总结\n一、基本情况",
			"秘密2024\n关于…的通知",
			"秘密女2024年工作总结\n一、基本情况",
			"秘密文件2份\n关于…的通知",
			"秘密工作年\n关于…的通知",
			"秘密六字年\n关于…的通知",
			"秘密级□年\n关于…的通知",
			"秘密件/年\n关于…的通知",
			"秘密女-月\n关于…的通知",
			"为进一步加强保密管理，严防泄露国家秘密\n5年来全市未发生泄密事件",
			// Not at the head of the page.
			"关于…的通知\n各单位：\n一、总体要求\n二、工作任务\n三、保障措施\n四、其他\n机密文5年",
		},
	}}
}

// findOCRMarkings finds a marking as OCR reads one at the head of a page:
// a level word (绝密, 机密, 秘密) at the start of one of the first lines
// (after a 份号 at most), at most one stray glyph where ★ stood, and a
// 保密期限 (N年, N个月, or in words: 长期, 启用前, 永久; or after the
// stray glyph digits whose unit a stamp broke) that ends the line. The strict shape keeps a
// 秘密 in OCR'd prose out; a level word alone on a line is the
// bare_line rule's.
func findOCRMarkings(in *input) []hit {
	if in.part != ocrPart || in.lineAt == nil {
		return nil
	}
	var out []hit
	s := in.norm
	levelWords(s, func(ls int) int {
		line, head := in.lineAt(ls)
		if !head {
			return 0
		}
		le := ls + len("秘密")
		lvl := s[ls:le]
		at := strings.Index(line, lvl)
		if at < 0 || !serialOnly(line[:at]) {
			return 0
		}
		n := ocrPeriod(line[at+len(lvl):])
		if n < 0 {
			return 0
		}
		end := le + n
		if end > len(s) || s[ls:end] != line[at:at+len(lvl)+n] {
			end = le
		}
		out = append(out, hit{start: ls, end: end})
		return end
	})
	return out
}

// serialOnly reports whether what stands before a level word on its line
// is nothing but a 份号 (digits), spaces and punctuation.
func serialOnly(s string) bool {
	for _, r := range s {
		if !(r >= '0' && r <= '9' || unicode.IsSpace(r) || unicode.IsPunct(r)) {
			return false
		}
	}
	return true
}

// oneMarks are the marks OCR reads a lone 1 as, beside those of
// ocrDigits: a colon or a semicolon of its two strokes.
const oneMarks = ":;：；"

// ocrDigits are what OCR makes of the digits of a 保密期限: the digits and
// Chinese numerals themselves, and the glyphs a 1 or a 0 is misread as
// (], |, l, I, 工, O).
const ocrDigits = "0123456789一二三四五六七八九十两][|!lIi丨工Oo"

// ocrPeriod matches, at the start of rest (what follows a level word on
// its line, in normal form), at most one stray glyph (★ misread), a
// 保密期限 (digits as OCR reads them and 年, 个月 or 月; or 长期, 启用前,
// 永久, perhaps in brackets) or
// nothing more, and the end of the line (spaces and punctuation
// allowed). It returns the bytes up to the end of the 期限, or of the
// stray glyph when there is no 期限; -1 when rest is not that.
func ocrPeriod(rest string) int {
	period := func(j int) int {
		j += len(rest[j:]) - len(strings.TrimLeft(rest[j:], " "))
		// A period in words: 长期, and 启用前 and 永久 as an exam
		// paper or a law prints them, perhaps in brackets.
		for _, w := range []string{"长期", "启用前", "永久"} {
			for _, b := range [][2]string{{"", ""}, {"(", ")"}, {"[", "]"}, {"【", "】"}, {"〔", "〕"}} {
				if strings.HasPrefix(rest[j:], b[0]+w) {
					e := j + len(b[0]+w)
					if strings.HasPrefix(rest[e:], b[1]) {
						e += len(b[1])
					}
					return e
				}
			}
		}
		k := j
		for k < len(rest) {
			r, w := utf8.DecodeRuneInString(rest[k:])
			if !strings.ContainsRune(ocrDigits, r) {
				break
			}
			k += w
		}
		if k == j || k-j > 9 {
			return -1
		}
		k += len(rest[k:]) - len(strings.TrimLeft(rest[k:], " "))
		for _, u := range []string{"个月", "年", "月"} {
			if strings.HasPrefix(rest[k:], u) {
				return k + len(u)
			}
		}
		return -1
	}
	lineEnd := func(e int) bool {
		for _, r := range rest[e:] {
			if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				return false
			}
		}
		return true
	}
	if e := period(0); e >= 0 && lineEnd(e) {
		return e
	}
	t := strings.TrimLeft(rest, " ")
	_, w := utf8.DecodeRuneInString(t)
	if w == 0 {
		return -1 // a bare level word: the bare_line rule's
	}
	stray := len(rest) - len(t) + w
	if e := period(stray); e >= 0 && lineEnd(e) {
		return e
	}
	if lineEnd(stray) {
		// 机密★ with no period: the level word and the star alone.
		return stray
	}
	// A period whose 年 or 月 a stamp or a fold broke (秘密★2年 read 秘
	// 密女24: under a 收文 stamp's ring): after the star's stray glyph,
	// one to three digits as OCR reads them and at most one glyph more
	// end the line.
	k := stray + len(rest[stray:]) - len(strings.TrimLeft(rest[stray:], " "))
	digits := 0
	for k < len(rest) {
		r, w := utf8.DecodeRuneInString(rest[k:])
		if !strings.ContainsRune(ocrDigits, r) || digits == 3 {
			break
		}
		k, digits = k+w, digits+1
	}
	if r, _ := utf8.DecodeRuneInString(t); digits > 0 && !strings.ContainsRune(ocrDigits, r) {
		if _, w := utf8.DecodeRuneInString(rest[k:]); w > 0 && !lineEnd(k) && lineEnd(k+w) {
			k += w
		}
		if lineEnd(k) {
			return k
		}
	}
	// A period whose 1 came out as a colon (秘密★1年 read 秘密六:年 from a
	// fax): after the star's stray glyph, such a mark and the unit end
	// the line.
	k = stray + len(rest[stray:]) - len(strings.TrimLeft(rest[stray:], " "))
	if r, w := utf8.DecodeRuneInString(rest[k:]); w > 0 && strings.ContainsRune(oneMarks, r) {
		k += w
		for _, u := range []string{"个月", "年", "月"} {
			if strings.HasPrefix(rest[k:], u) && lineEnd(k+len(u)) {
				return k + len(u)
			}
		}
	}
	return -1
}
