package web

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/stats"
)

// statsData is the figures page.
type statsData struct {
	From, To string
	Error    string
	F        *stats.Figures
	Months   *barChart
	Cats     *barChart
	CSV      string
	Zone     string
}

// barChart is a bar chart drawn as SVG on the server: every coordinate is
// computed here, so the page needs no script.
type barChart struct {
	Width, Height int
	// Plot is the drawing area's left and bottom edge.
	Left, Bottom int
	Bars         []bar
	Ticks        []tick
	Legend       []legend
}

type bar struct {
	X, W, LabelX, LabelY int
	Label, Total         string
	Segs                 []seg
}

type seg struct {
	X, Y, W, H int
	Fill       string
	Title      string
}

type tick struct {
	Y     int
	Label string
}

type legend struct {
	X     int
	Fill  string
	Label string
}

// The verdict colours of the app's stylesheet.
const (
	fillPass   = "#2e7d32"
	fillReview = "#b26a00"
	fillBlock  = "#b3261e"
	fillCat    = "#8b1a1a"
)

// monthChart stacks each month's reviews by machine verdict.
func monthChart(f *stats.Figures) *barChart {
	c := &barChart{Width: 960, Height: 300, Left: 48, Bottom: 250}
	maxV := 0
	for _, m := range f.Months {
		maxV = max(maxV, m.Reviews)
	}
	scale, ticks := axis(maxV, c.Bottom-20)
	for _, t := range ticks {
		c.Ticks = append(c.Ticks, tick{Y: c.Bottom - int(float64(t)*scale), Label: strconv.Itoa(t)})
	}
	n := max(len(f.Months), 1)
	step := (c.Width - c.Left - 10) / n
	w := max(step*6/10, 4)
	for i, m := range f.Months {
		x := c.Left + i*step + (step-w)/2
		b := bar{X: x, W: w, LabelX: x + w/2, LabelY: c.Bottom + 18, Label: monthLabel(m.Label, i == 0 || strings.HasSuffix(m.Label, "-01")),
			Total: strconv.Itoa(m.Reviews)}
		y := c.Bottom
		for _, s := range []struct {
			n     int
			fill  string
			label string
		}{{m.Passed, fillPass, "机器审查通过"}, {m.NeedReview, fillReview, "需人工审查"}, {m.Blocked, fillBlock, "阻断"}} {
			h := int(float64(s.n) * scale)
			if s.n == 0 {
				continue
			}
			y -= h
			b.Segs = append(b.Segs, seg{X: x, Y: y, W: w, H: h, Fill: s.fill, Title: fmt.Sprintf("%s %s：%d", m.Label, s.label, s.n)})
		}
		c.Bars = append(c.Bars, b)
	}
	c.Legend = []legend{{X: c.Left, Fill: fillPass, Label: "机器审查通过"}, {X: c.Left + 130, Fill: fillReview, Label: "需人工审查"},
		{X: c.Left + 250, Fill: fillBlock, Label: "阻断"}}
	return c
}

// monthLabel writes 2026-03 as 3月, or 2026年1月 where a year starts.
func monthLabel(m string, withYear bool) string {
	t, err := time.Parse("2006-01", m)
	if err != nil {
		return m
	}
	if withYear {
		return t.Format("2006年1月")
	}
	return t.Format("1月")
}

// categoryChart draws the findings by category as horizontal bars.
func categoryChart(f *stats.Figures) *barChart {
	var cats []report.Category
	maxV := 0
	for _, c := range report.Categories {
		if n := f.Total.Findings[c]; n > 0 {
			cats = append(cats, c)
			maxV = max(maxV, n)
		}
	}
	if len(cats) == 0 {
		return nil
	}
	c := &barChart{Width: 960, Height: 28*len(cats) + 10, Left: 140}
	span := c.Width - c.Left - 70
	for i, cat := range cats {
		n := f.Total.Findings[cat]
		w := max(int(float64(n)/float64(maxV)*float64(span)), 2)
		y := 5 + i*28
		c.Bars = append(c.Bars, bar{X: c.Left, W: w, LabelX: c.Left - 8, LabelY: y + 15, Label: cat.Label(), Total: strconv.Itoa(n),
			Segs: []seg{{X: c.Left, Y: y, W: w, H: 20, Fill: fillCat, Title: fmt.Sprintf("%s：%d", cat.Label(), n)}}})
	}
	return c
}

// axis returns the pixels per unit for values up to maxV in px pixels,
// and round tick values.
func axis(maxV, px int) (float64, []int) {
	if maxV <= 0 {
		return 0, []int{0}
	}
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000} {
		step = s
		if maxV/s <= 5 {
			break
		}
	}
	top := (maxV + step - 1) / step * step
	var ticks []int
	for t := 0; t <= top; t += step {
		ticks = append(ticks, t)
	}
	return float64(px) / float64(top), ticks
}

// period reads from= and to= (dates in the UI's zone).
func (u *UI) period(q *request) (string, string, stats.Period, error) {
	v := q.r.URL.Query()
	from, to := strings.TrimSpace(v.Get("from")), strings.TrimSpace(v.Get("to"))
	p, err := stats.ParsePeriod(from, to, u.loc, u.now())
	if err != nil {
		return from, to, p, review.Errorf(review.KindInvalid, "bad_period", "%s", err.Error())
	}
	return from, to, p, nil
}

func (u *UI) statsPage(q *request) error {
	from, to, p, err := u.period(q)
	d := statsData{From: from, To: to, Zone: u.loc.String()}
	if err != nil {
		d.Error = err.Error()
		return u.render(q, http.StatusBadRequest, "stats", "统计报表", d)
	}
	f, err := server.CountStats(u.svc, q.actor(), p, u.loc)
	if err != nil {
		return err
	}
	d.F, d.Months, d.Cats = f, monthChart(f), categoryChart(f)
	if d.From == "" {
		d.From = f.From
	}
	if d.To == "" {
		d.To = f.To
	}
	d.CSV = "/stats.csv?" + url.Values{"from": {f.From}, "to": {f.To}}.Encode()
	return u.render(q, http.StatusOK, "stats", "统计报表", d)
}

func (u *UI) statsCSV(q *request) error {
	_, _, p, err := u.period(q)
	if err != nil {
		return err
	}
	f, err := server.CountStats(u.svc, q.actor(), p, u.loc)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := f.WriteCSV(&buf); err != nil {
		return err
	}
	return download(q, "text/csv; charset=utf-8", "密审统计-"+f.From+"至"+f.To+".csv", buf.Bytes())
}

func download(q *request, ctype, name string, body []byte) error {
	h := q.w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(name))
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	q.w.WriteHeader(http.StatusOK)
	q.w.Write(body)
	return nil
}

// trailCSVHeader heads the trail's CSV for people.
var trailCSVHeader = []string{"序号", "时间", "操作人", "角色", "操作", "审查编号", "内容哈希", "详情", "事件哈希", "前一事件哈希"}

// exportFiltered exports the events the audit page shows (the same
// review, actor, action and dates) as CSV for people (UTF-8 with a BOM,
// Chinese headers and words, times in the UI's zone: Excel opens it) or
// as JSON Lines with the events as recorded. The export is recorded in
// the trail with its filter. It is rendered to a buffer first, so a
// failure is an error page, never half a file.
func (u *UI) exportFiltered(q *request) error {
	v := q.r.URL.Query()
	format := v.Get("format")
	if format != audit.FormatCSV && format != audit.FormatJSONL {
		return review.Errorf(review.KindInvalid, "bad_format", "导出格式应为 jsonl 或 csv")
	}
	f := audit.Filter{ReviewID: strings.TrimSpace(v.Get("review")), Actor: strings.TrimSpace(v.Get("actor")), Action: v.Get("action")}
	var bad []string
	if s := v.Get("from"); s != "" {
		t, err := time.ParseInLocation(dateLayout, s, u.loc)
		if err != nil {
			bad = append(bad, "起始日期")
		}
		f.From = t
	}
	if s := v.Get("to"); s != "" {
		t, err := time.ParseInLocation(dateLayout, s, u.loc)
		if err != nil {
			bad = append(bad, "截止日期")
		}
		f.To = t.AddDate(0, 0, 1)
	}
	if len(bad) > 0 {
		return review.Errorf(review.KindInvalid, "bad_date", "%s格式不对：日期请写成 2025-01-02", strings.Join(bad, "、"))
	}
	name := "mishen-audit-" + u.now().In(u.loc).Format("20060102-150405") + "." + format
	ct := map[string]string{audit.FormatJSONL: "application/x-ndjson; charset=utf-8", audit.FormatCSV: "text/csv; charset=utf-8"}[format]
	// The trail can be long: it is streamed. The first event sends the
	// headers; a failure before it is an error page, after it a cut
	// connection, so that a partial file is never taken for a whole one.
	bw := bufio.NewWriterSize(q.w, 64<<10)
	started := false
	start := func() {
		if started {
			return
		}
		started = true
		h := q.w.Header()
		h.Set("Content-Type", ct)
		h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(name))
		h.Set("Cache-Control", "no-store")
		q.w.WriteHeader(http.StatusOK)
		if format == audit.FormatCSV {
			bw.WriteString(stats.BOM)
		}
	}
	var write func(e *audit.Event) error
	var cw *csv.Writer
	header := false
	if format == audit.FormatCSV {
		cw = csv.NewWriter(bw)
		cw.UseCRLF = true
		write = func(e *audit.Event) error {
			start()
			if !header {
				header = true
				cw.Write(trailCSVHeader)
			}
			var ds []string
			for _, d := range details(*e) {
				ds = append(ds, d.Label+"："+d.Value)
			}
			cw.Write([]string{strconv.FormatUint(e.Seq, 10), u.fmtTime(e.Time), e.Actor, review.Role(e.Role).Label(), actionLabel(e.Action),
				e.ReviewID, e.ContentSHA256, strings.Join(ds, "；"), e.Hash.String(), e.Prev.String()})
			return cw.Error()
		}
	} else {
		enc := json.NewEncoder(bw)
		write = func(e *audit.Event) error { start(); return enc.Encode(e) }
	}
	err := u.svc.EachEvent(q.actor(), f, true, write)
	if err != nil && !started {
		return err
	}
	if err == nil {
		start() // no event matched: an empty file, the CSV with its header
		if cw != nil {
			if !header {
				cw.Write(trailCSVHeader)
			}
			cw.Flush()
			err = cw.Error()
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	return nil
}
