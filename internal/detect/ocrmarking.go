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
		},
		MustNot: []string{
			// 秘密 in running OCR prose is no marking.
			"会议强调要保守秘密，3年内完成整改",
			"工作秘密1年\n关于…的通知",
			"秘密文件5年内销毁\n关于…的通知",
			"为进一步加强保密管理，严防泄露国家秘密\n5年来全市未发生泄密事件",
			// Not at the head of the page.
			"关于…的通知\n各单位：\n一、总体要求\n二、工作任务\n三、保障措施\n四、其他\n机密文5年",
		},
	}}
}

// findOCRMarkings finds a marking as OCR reads one at the head of a page:
// a level word (绝密, 机密, 秘密) at the start of one of the first lines
// (after a 份号 at most), at most one stray glyph where ★ stood, and a
// 保密期限 (N年, N个月, 长期) that ends the line. The strict shape keeps a
// 秘密 in OCR'd prose out; a level word alone on a line is the
// bare_line rule's.
func findOCRMarkings(in *input) []hit {
	if in.part != ocrPart || in.lineAt == nil {
		return nil
	}
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
		if lvl := s[p-3 : p]; lvl != "绝" && lvl != "机" && lvl != "秘" {
			continue
		}
		ls := p - 3
		line, head := in.lineAt(ls)
		if !head {
			continue
		}
		lvl := s[ls : p+3]
		at := strings.Index(line, lvl)
		if at < 0 || !serialOnly(line[:at]) {
			continue
		}
		n := ocrPeriod(line[at+len(lvl):])
		if n < 0 {
			continue
		}
		end := p + 3 + n
		if end > len(s) || s[ls:end] != line[at:at+len(lvl)+n] {
			end = p + 3
		}
		out = append(out, hit{start: ls, end: end})
		i = end
	}
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

// ocrPeriod matches, at the start of rest (what follows a level word on
// its line), at most one stray glyph, a 保密期限 and the end of the line
// (spaces and punctuation allowed), and returns the bytes up to the end of
// the 期限; -1 when rest is not that.
func ocrPeriod(rest string) int {
	try := func(j int) int {
		t := strings.TrimLeft(rest[j:], " ")
		j = len(rest) - len(t)
		e := markingTail(rest, j)
		if e == j {
			return -1
		}
		for _, r := range rest[e:] {
			if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				return -1
			}
		}
		return e
	}
	if e := try(0); e >= 0 {
		return e
	}
	t := strings.TrimLeft(rest, " ")
	r, w := utf8.DecodeRuneInString(t)
	if w == 0 || r >= '0' && r <= '9' {
		return -1
	}
	return try(len(rest) - len(t) + w)
}
