package web

import (
	"fmt"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// where says where a finding is in the terms of its file, as a person
// finds it there: "第 2 页 第 3 段", "表格第 4 行 第 2 列", "工作表“名单”
// 单元格 C17", "页眉（第 1 节）", "网页 body > div.main > table > tr[3] >
// td[2]", "第 3 张幻灯片", "第 7 行". The rune offsets are said only when nothing better
// is known.
func where(l report.Location) string {
	var parts []string
	switch {
	case l.Section > 0 && (l.Part == doc.Header || l.Part == doc.Footer):
		parts = append(parts, fmt.Sprintf("%s（第 %d 节）", partLabel(l.Part), l.Section))
	case l.Page > 0 && l.Para > 0:
		parts = append(parts, fmt.Sprintf("第 %d 页 第 %d 段", l.Page, l.Para))
	case l.Para > 0:
		parts = append(parts, fmt.Sprintf("第 %d 段", l.Para))
	case l.Page > 0 && strings.HasPrefix(l.File, "ppt/"):
		parts = append(parts, fmt.Sprintf("第 %d 张幻灯片", l.Page))
	case l.Page > 0 && l.Line > 0 && l.BBox == nil && l.Row == 0:
		parts = append(parts, fmt.Sprintf("第 %d 页 第 %d 行", l.Page, l.Line))
	case l.Page > 0:
		parts = append(parts, fmt.Sprintf("第 %d 页", l.Page))
	}
	switch {
	case l.Row > 0 && l.Col > 0:
		t := "表格"
		if l.Table > 1 {
			t = fmt.Sprintf("第 %d 个表格", l.Table)
		}
		parts = append(parts, fmt.Sprintf("%s第 %d 行 第 %d 列", t, l.Row, l.Col))
	case l.Sheet != "" && l.Cell != "":
		parts = append(parts, fmt.Sprintf("工作表“%s” 单元格 %s", l.Sheet, l.Cell))
	case l.Cell != "":
		parts = append(parts, "单元格 "+l.Cell)
	}
	if l.Path != "" {
		parts = append(parts, "网页 "+l.Path)
	}
	if l.BBox != nil {
		b := *l.BBox
		parts = append(parts, fmt.Sprintf("页面位置 左 %.0f 上 %.0f（磅）", b[0], b[1]))
	}
	if len(parts) == 0 && l.Line > 0 {
		parts = append(parts, fmt.Sprintf("第 %d 行", l.Line))
	}
	if len(parts) == 0 && l.End > l.Start {
		parts = append(parts, fmt.Sprintf("第 %d–%d 字", l.Start+1, l.End))
	}
	return strings.Join(parts, "，")
}
