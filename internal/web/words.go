package web

import (
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

// This file holds the clerk-facing words: excerpts that say where they
// were cut, and audit details in Chinese rather than in codes.

// Context the engine keeps on each side of a hit (detect.excerptRunes
// and markingExcerptRunes): an excerpt with this much after the hit was
// cut there.
const (
	excerptContext        = 20
	markingExcerptContext = 8
)

// cutMarks adds "…" where f's excerpt was cut from its text: before it
// when the hit starts further into the text than into the excerpt, after
// it when the excerpt runs the whole context past the hit (the text may
// happen to end there; "…" then says one character too much, never too
// little).
func cutMarks(f report.Finding, before, after string) (string, string) {
	if f.Location.Start > f.HitStart {
		before = "…" + before
	}
	ctx := excerptContext
	if f.Category == report.ClassifiedMarking || f.Category == report.SensitiveTerm {
		ctx = markingExcerptContext
	}
	if utf8.RuneCountInString(after) >= ctx {
		after += "…"
	}
	return before, after
}

// opLabels name the operations of denied events.
var opLabels = map[review.Op]string{
	review.OpSubmit: "提交稿件", review.OpRead: "查看审查", review.OpList: "查看列表", review.OpDecide: "审查决定",
	review.OpRelease: "发布", review.OpAudit: "查询审计日志", review.OpVerify: "校验审计链", review.OpTokens: "管理令牌",
	review.OpReload: "重新加载词典",
}

// formatLabels name export formats.
var formatLabels = map[string]string{"csv": "CSV 表格", "jsonl": "JSON Lines", "form": "保密审查单"}

// detailWords writes the coded audit details in Chinese: a finding count
// by category ("id_card=1,mobile_phone=2" is 居民身份证号 1 项、手机号码
// 2 项), an operation, a list of finding ids, an export format. ok is
// false for the details shown as recorded.
func detailWords(k, v string) (string, bool) {
	switch k {
	case "by_category":
		var out []string
		for _, kv := range strings.Split(v, ",") {
			c, n, ok := strings.Cut(kv, "=")
			if !ok {
				return v, true
			}
			out = append(out, report.Category(c).Label()+" "+n+" 项")
		}
		return strings.Join(out, "、"), true
	case "op":
		if l, ok := opLabels[review.Op(v)]; ok {
			return l, true
		}
	case "blocking", "dismissed":
		return strings.ReplaceAll(v, ",", "、"), true
	case "format":
		if l, ok := formatLabels[v]; ok {
			return l, true
		}
	case "approvals":
		if a, b, ok := strings.Cut(v, "/"); ok {
			return "已批准 " + a + " 位，共需 " + b + " 位", true
		}
		return strings.ReplaceAll(v, ",", "、"), true
	}
	return "", false
}
