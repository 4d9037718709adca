package scan

import (
	"context"
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/report"
)

// idWithCheck completes a 17-digit ID body with its GB 11643 check digit.
func idWithCheck(body string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(body[i]-'0') * w[i]
	}
	return body + string("10X98765432"[sum%11])
}

// governmentText returns about n bytes of what a county's 政府信息公开
// pages carry: notices and annual reports in prose (with hotlines, dates,
// amounts and article numbers), and after one run of paragraphs in five a
// 公示 list of people with synthetic ID numbers, mobiles and addresses, a
// card, plate or e-mail here and there: about one personal value per kilobyte.
func governmentText(n int) string {
	r := rand.New(rand.NewSource(7))
	prose := []string{
		"根据《中华人民共和国政府信息公开条例》第%d条规定，现将%d年度本机关政府信息公开工作情况报告如下。",
		"%d年，全区共受理政府信息公开申请%d件，办结%d件，按时办结率达到百分之百。",
		"各乡镇（街道）、区直各部门要高度重视安全生产工作，切实加强组织领导，明确责任分工，确保各项任务落到实处。",
		"本次专项行动自%d月%d日起至%d月%d日止，重点检查食品安全、市场监管等领域，共出动执法人员%d人次。",
		"咨询电话：0571-8%07d，监督电话：12345，办公地址：文化路%d号区行政服务中心%d楼。",
		"经研究，决定对乡村振兴项目给予补助资金%d.%d万元，专款专用，不得挪作他用，资金拨付情况接受社会监督。",
		"会议指出，要坚持以人民为中心的发展思想，统筹推进营商环境优化和数字政府建设，不断提升群众获得感、幸福感、安全感。",
		"经审查，本文件不涉及国家秘密和工作秘密，可以公开发布。",
	}
	names := []string{"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴斌"}
	var b strings.Builder
	row := 0
	for b.Len() < n {
		for range 6 + r.Intn(6) {
			f := prose[r.Intn(len(prose))]
			args := make([]any, strings.Count(f, "%"))
			for i := range args {
				args[i] = 1 + r.Intn(900)
			}
			fmt.Fprintf(&b, f, args...)
			if r.Intn(3) == 0 {
				b.WriteByte('\n')
			}
		}
		if r.Intn(5) != 0 {
			b.WriteString("\n")
			continue
		}
		b.WriteString("\n2024年度困难群众临时救助资金发放名单公示如下：\n序号\t姓名\t身份证号\t联系电话\t救助金额（元）\t家庭住址\n")
		for range 2 + r.Intn(4) {
			row++
			id := idWithCheck(fmt.Sprintf("3301%02d%04d%02d%02d%03d", 1+r.Intn(9), 1950+r.Intn(60), 1+r.Intn(12), 1+r.Intn(28), r.Intn(1000)))
			fmt.Fprintf(&b, "%d\t%s\t%s\t1%d%d%08d\t%d\t文化路%d号%d幢%d室\n", row, names[r.Intn(len(names))], id,
				3+r.Intn(6), r.Intn(10), r.Intn(1e8), 500+r.Intn(3000), 1+r.Intn(300), 1+r.Intn(20), 101+r.Intn(600))
		}
		switch r.Intn(4) {
		case 0:
			fmt.Fprintf(&b, "车辆浙A%05d已于%d月%d日办理登记。\n", r.Intn(1e5), 1+r.Intn(12), 1+r.Intn(28))
		case 1:
			fmt.Fprintf(&b, "来信请发送至 zhangwei%d@example.com ，我们将在五个工作日内答复。\n", r.Intn(1000))
		case 2:
			fmt.Fprintf(&b, "补助资金已打入户主银行卡 6222%012d 。\n", r.Intn(1e12))
		}
		b.WriteString("特此公告。\n\n")
	}
	return b.String()
}

// BenchmarkScanGovernment is the default scan path (extract, normalise,
// detect, dictionaries, excerpts, SHA-256) on 8 MB of government text with
// personal data; run with -cpu 1 for the rate per core.
func BenchmarkScanGovernment(b *testing.B) {
	s := newScanner(b)
	data := []byte(governmentText(8 << 20))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := s.Scan(context.Background(), "a.txt", data)
		if r.Verdict != report.Block || len(r.Findings) < 2000 {
			b.Fatalf("verdict %s, %d findings", r.Verdict, len(r.Findings))
		}
	}
}

// TestScanGovernmentLinear checks that the default path costs the same
// per byte on a text four times as long, by counting allocations (not
// time): no step may do work per finding that grows with the text.
func TestScanGovernmentLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("scans 5 MB")
	}
	s := newScanner(t)
	for _, oneLine := range []bool{false, true} {
		text := func(n int) []byte {
			g := governmentText(n)
			if oneLine {
				// A text with no line breaks (an export, a PDF
				// read as one line): no step may read the whole
				// line for each value on it.
				g = strings.ReplaceAll(g, "\n", "　")
			}
			return []byte(g)
		}
		checkLinear(t, s, text(1<<19), text(1<<21), fmt.Sprintf("one line %v", oneLine))
	}
}

func checkLinear(t *testing.T, s *Scanner, small, big []byte, what string) {
	t.Helper()
	cost := func(data []byte) (allocs, bytes float64) {
		var fs int
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		allocs = testing.AllocsPerRun(1, func() {
			fs = len(s.Scan(context.Background(), "a.txt", data).Findings)
		})
		runtime.ReadMemStats(&after)
		if fs == 0 {
			t.Fatal("no findings")
		}
		// AllocsPerRun runs the function twice (a warm-up and the run).
		return allocs, float64(after.TotalAlloc-before.TotalAlloc) / 2
	}
	a1, b1 := cost(small)
	a4, b4 := cost(big)
	t.Logf("%s: %d bytes: %.0f allocs, %.1f MB; %d bytes: %.0f allocs, %.1f MB", what, len(small), a1, b1/1e6, len(big), a4, b4/1e6)
	if a4 > 5*a1 || b4 > 5*b1 {
		t.Errorf("%s: 4x the text costs %.1fx the allocations and %.1fx the bytes (want <= 5x)", what, a4/a1, b4/b1)
	}
}

// staffSheet returns an XLSX workbook of rows data rows under a header:
// number, name, mobile, department, amount, e-mail. Every row holds a
// synthetic mobile and an e-mail address (a value that reads like a
// label), the dense case where a step per finding that walks the cells
// would make the sheet cost the square of its size.
func staffSheet(t testing.TB, rows int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"序号", "姓名", "手机号码", "所在部门", "金额（元）", "电子邮箱"}); err != nil {
		t.Fatal(err)
	}
	depts := []string{"办公室", "财务科", "人事科", "法规科", "信息中心"}
	for r := 1; r <= rows; r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		row := []any{r, fmt.Sprintf("张%d", r), fmt.Sprintf("139%08d", r), depts[r%len(depts)], float64(r%9000) + 0.5, fmt.Sprintf("zhang%d@example.com", r)}
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestXLSXLinear checks that reading and scanning a sheet costs no more
// than linear in its cells, by counting allocations and allocated bytes
// (not time): at four times the cells, at most five times the cost.
func TestXLSXLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("scans 15,000 and 60,000 cells")
	}
	s := newScanner(t)
	cost := func(rows int) (allocs, bytes float64) {
		data := staffSheet(t, rows)
		var mobiles int
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		allocs = testing.AllocsPerRun(1, func() {
			mobiles = 0
			for _, f := range s.Scan(context.Background(), "staff.xlsx", data).Findings {
				if f.Category == report.MobilePhone {
					mobiles++
				}
			}
		})
		runtime.ReadMemStats(&after)
		if mobiles != rows {
			t.Fatalf("%d rows: %d mobiles found", rows, mobiles)
		}
		return allocs, float64(after.TotalAlloc-before.TotalAlloc) / 2
	}
	a1, b1 := cost(2500)
	a4, b4 := cost(10000)
	t.Logf("15,000 cells: %.0f allocs, %.1f MB; 60,000 cells: %.0f allocs, %.1f MB", a1, b1/1e6, a4, b4/1e6)
	if a4 > 5*a1 || b4 > 5*b1 {
		t.Errorf("4x the cells cost %.1fx the allocations and %.1fx the bytes (want <= 5x)", a4/a1, b4/b1)
	}
}

// BenchmarkScanXLSX is the whole in-process path for a sheet of 20,000
// mobiles (120,000 cells): extract, normalise, detect, excerpts.
func BenchmarkScanXLSX(b *testing.B) {
	s := newScanner(b)
	data := staffSheet(b, 20000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if r := s.Scan(context.Background(), "staff.xlsx", data); len(r.Findings) < 20000 {
			b.Fatalf("%d findings", len(r.Findings))
		}
	}
}
