package web

import (
	"testing"

	"github.com/mishen-gov/mishen/internal/report"
)

// TestWhere checks the words a clerk reads for each kind of location.
func TestWhere(t *testing.T) {
	box := [4]float64{101.3, 174.7, 221.1, 186.7}
	for _, c := range []struct {
		l    report.Location
		want string
	}{
		{report.Location{Part: "body", Page: 2, Para: 3, Line: 9, Start: 4, End: 22}, "第 2 页 第 3 段"},
		{report.Location{Part: "body", Para: 16, Table: 1, Row: 4, Col: 2, Cell: "表1 R4C2", Line: 17}, "第 16 段，表格第 4 行 第 2 列"},
		{report.Location{Part: "body", Table: 2, Row: 1, Col: 3, Cell: "表2 R1C3"}, "第 2 个表格第 1 行 第 3 列"},
		{report.Location{Part: "sheet", Sheet: "名单", Cell: "C17", Line: 17}, "工作表“名单” 单元格 C17"},
		{report.Location{Part: "header", Section: 1, Para: 1, Line: 1}, "页眉（第 1 节）"},
		{report.Location{Part: "body", Line: 5, Path: "body > div.main > table > tr[3] > td[2]"}, "网页 body > div.main > table > tr[3] > td[2]"},
		{report.Location{Part: "page", Page: 1, Line: 9, BBox: &box}, "第 1 页，页面位置 左 101 上 175（磅）"},
		{report.Location{Part: "page", Page: 3, Line: 8}, "第 3 页 第 8 行"},
		{report.Location{Part: "page", Page: 3, Line: 8, Table: 1, Row: 3, Col: 2, Cell: "表1 R3C2"}, "第 3 页，表格第 3 行 第 2 列"},
		{report.Location{Part: "body", File: "ppt/slides/slide3.xml", Page: 3, Line: 2}, "第 3 张幻灯片"},
		{report.Location{Part: "body", Line: 7, Start: 196, End: 214}, "第 7 行"},
		{report.Location{Part: "body", Start: 196, End: 214}, "第 197–214 字"},
	} {
		if got := where(c.l); got != c.want {
			t.Errorf("where(%+v) = %q, want %q", c.l, got, c.want)
		}
	}
}
