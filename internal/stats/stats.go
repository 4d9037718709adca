package stats

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

// NoUnit is the unit of a submitter whose token name names none.
const NoUnit = "未注明单位"

// Period is the days counted, in the zone dates are read in.
type Period struct {
	// From is the first instant counted; To the first one not counted.
	From, To time.Time
}

// DateLayout is how dates are written on the command line and in URLs.
const DateLayout = "2006-01-02"

// Days are the period's first and last days (the last included), written
// as ParsePeriod reads them, in the location it read them in.
func (p Period) Days() (first, last string) {
	return p.From.Format(DateLayout), p.To.AddDate(0, 0, -1).Format(DateLayout)
}

// ParsePeriod reads two dates (2026-01-01, 2026-12-31; the last day is
// included) in loc. An empty from is the first day of to's year; an empty
// to is today.
func ParsePeriod(from, to string, loc *time.Location, now time.Time) (Period, error) {
	now = now.In(loc)
	end := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	if to != "" {
		t, err := time.ParseInLocation(DateLayout, to, loc)
		if err != nil {
			return Period{}, fmt.Errorf("截止日期 %q 格式不对：请写成 2026-12-31", limit(to))
		}
		end = t
	}
	start := time.Date(end.Year(), 1, 1, 0, 0, 0, 0, loc)
	if from != "" {
		t, err := time.ParseInLocation(DateLayout, from, loc)
		if err != nil {
			return Period{}, fmt.Errorf("起始日期 %q 格式不对：请写成 2026-01-01", limit(from))
		}
		start = t
	}
	end = end.AddDate(0, 0, 1)
	if !start.Before(end) {
		return Period{}, errors.New("起始日期不能晚于截止日期")
	}
	if end.Sub(start) > 10*366*24*time.Hour {
		return Period{}, errors.New("统计期间不能超过十年")
	}
	return Period{From: start, To: end}, nil
}

// limit keeps what a caller typed short when it is repeated.
func limit(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}

// Contains reports whether t falls in p.
func (p Period) Contains(t time.Time) bool { return !t.Before(p.From) && t.Before(p.To) }

// Row is the figures of one group: the whole period, a unit or a month.
type Row struct {
	// Label names the group: 合计, the unit, or the month (2026-03).
	Label string `json:"label"`
	// Reviews were submitted in the group.
	Reviews int `json:"reviews"`
	// Passed, NeedReview and Blocked split Reviews by the machine
	// verdict: pass (info included), review, block.
	Passed     int `json:"passed"`
	NeedReview int `json:"need_review"`
	Blocked    int `json:"blocked"`
	// Approved were cleared by reviewers, Rejected sent back, Pending
	// still wait for a human.
	Approved int `json:"approved"`
	Rejected int `json:"rejected"`
	Pending  int `json:"pending"`
	// Released is how many reviews were released in the period (each
	// once), Releases how many releases there were.
	Released int `json:"released"`
	Releases int `json:"releases"`
	// Findings counts the findings of the group's reviews by category.
	Findings map[report.Category]int `json:"findings"`
	// AvgReviewHours is the mean time from submission to a human's final
	// decision (cleared or rejected), over the reviews that had one; 0
	// when none did.
	AvgReviewHours float64 `json:"avg_review_hours"`
	// Decided is how many reviews had that final decision: the base of
	// the average.
	Decided int `json:"decided"`

	reviewed time.Duration
	released map[string]bool
}

func newRow(label string) *Row {
	return &Row{Label: label, Findings: map[report.Category]int{}, released: map[string]bool{}}
}

// Figures are the counts of a period.
type Figures struct {
	From string `json:"from"`
	To   string `json:"to"` // the last day counted
	Zone string `json:"zone"`
	// Total is the whole period; Units and Months break it down.
	Total  Row   `json:"total"`
	Units  []Row `json:"units"`
	Months []Row `json:"months"`
}

// reviewState is what the counter keeps of one review.
type reviewState struct {
	unit      string
	month     string
	submitted time.Time
	counted   bool // submitted in the period
	needHuman bool
	decided   bool
}

// Counter counts events into figures. Feed it every event of the trail in
// sequence order, from the first: a release in the period may belong to
// a review submitted before it.
type Counter struct {
	p       Period
	loc     *time.Location
	reviews map[string]*reviewState
	total   *Row
	units   map[string]*Row
	months  map[string]*Row
}

// NewCounter returns a counter for p, grouping months in loc.
func NewCounter(p Period, loc *time.Location) *Counter {
	c := &Counter{p: p, loc: loc, reviews: map[string]*reviewState{}, total: newRow("合计"),
		units: map[string]*Row{}, months: map[string]*Row{}}
	for m := time.Date(p.From.In(loc).Year(), p.From.In(loc).Month(), 1, 0, 0, 0, 0, loc); m.Before(p.To); m = m.AddDate(0, 1, 0) {
		c.months[m.Format("2006-01")] = newRow(m.Format("2006-01"))
	}
	return c
}

func (c *Counter) unit(name string) *Row {
	r := c.units[name]
	if r == nil {
		r = newRow(name)
		c.units[name] = r
	}
	return r
}

func (c *Counter) month(t time.Time) *Row {
	k := t.In(c.loc).Format("2006-01")
	r := c.months[k]
	if r == nil {
		r = newRow(k)
		c.months[k] = r
	}
	return r
}

// rows are the rows a review of state s counts in.
func (c *Counter) rows(s *reviewState) []*Row {
	return []*Row{c.total, c.unit(s.unit), c.months[s.month]}
}

// Add counts one event.
func (c *Counter) Add(e *audit.Event) {
	if e.ReviewID == "" {
		return
	}
	s := c.reviews[e.ReviewID]
	switch e.Action {
	case audit.ActionSubmitted:
		if s != nil {
			return // verify reports a second submission; count the first
		}
		_, unit := review.SplitName(e.Actor)
		if unit == "" {
			unit = NoUnit
		}
		s = &reviewState{unit: unit, submitted: e.Time, counted: c.p.Contains(e.Time)}
		c.reviews[e.ReviewID] = s
		if !s.counted {
			return
		}
		s.month = c.month(e.Time).Label
		for _, r := range c.rows(s) {
			r.Reviews++
		}
	case audit.ActionScanned:
		if s == nil || !s.counted {
			return
		}
		v := report.Severity(e.Details["verdict"])
		s.needHuman = e.Details["approvals_required"] != "0"
		cats := parseCategories(e.Details["by_category"])
		for _, r := range c.rows(s) {
			switch v {
			case report.Block:
				r.Blocked++
			case report.Review:
				r.NeedReview++
			default:
				r.Passed++
			}
			if s.needHuman {
				r.Pending++
			}
			for cat, n := range cats {
				r.Findings[cat] += n
			}
		}
	case audit.ActionApproved, audit.ActionRejected:
		if s == nil || !s.counted || !s.needHuman || s.decided {
			return
		}
		if e.Action == audit.ActionApproved && e.Details["status"] != string(review.Cleared) {
			return // more approvals are needed
		}
		s.decided = true
		d := e.Time.Sub(s.submitted)
		for _, r := range c.rows(s) {
			r.Pending--
			if e.Action == audit.ActionApproved {
				r.Approved++
			} else {
				r.Rejected++
			}
			r.Decided++
			r.reviewed += d
		}
	case audit.ActionReleased:
		if s == nil || !c.p.Contains(e.Time) {
			return
		}
		for _, r := range []*Row{c.total, c.unit(s.unit), c.month(e.Time)} {
			r.Releases++
			if !r.released[e.ReviewID] {
				r.released[e.ReviewID] = true
				r.Released++
			}
		}
	}
}

// parseCategories reads the scanned event's by_category detail
// ("id_card=1,mobile_phone=2").
func parseCategories(s string) map[report.Category]int {
	out := map[report.Category]int{}
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			out[report.Category(k)] += n
		}
	}
	return out
}

func (r *Row) finish() Row {
	out := *r
	out.reviewed, out.released = 0, nil // the sums stay with the counter
	if r.Decided > 0 {
		h := r.reviewed.Hours() / float64(r.Decided)
		out.AvgReviewHours = math.Round(h*10) / 10
	}
	return out
}

// Figures returns the counts so far: units with the most reviews first,
// months in order.
func (c *Counter) Figures() *Figures {
	f := &Figures{From: c.p.From.In(c.loc).Format(DateLayout), To: c.p.To.In(c.loc).AddDate(0, 0, -1).Format(DateLayout),
		Zone: c.loc.String(), Total: c.total.finish(), Units: []Row{}, Months: []Row{}}
	for _, r := range c.units {
		if r.Reviews > 0 || r.Releases > 0 {
			f.Units = append(f.Units, r.finish())
		}
	}
	slices.SortFunc(f.Units, func(a, b Row) int {
		if a.Reviews != b.Reviews {
			return b.Reviews - a.Reviews
		}
		return strings.Compare(a.Label, b.Label)
	})
	for _, r := range c.months {
		f.Months = append(f.Months, r.finish())
	}
	slices.SortFunc(f.Months, func(a, b Row) int { return strings.Compare(a.Label, b.Label) })
	return f
}

// csvHeader heads the CSV; the finding categories follow.
var csvHeader = []string{"分组", "名称", "审查数", "机器审查通过", "需人工审查", "阻断", "审查员批准", "退回修改", "尚未审结",
	"发布稿件数", "发布次数", "人工审结数", "平均人工审查用时（小时）"}

// BOM starts the CSV so that Excel reads it as UTF-8.
const BOM = "\uFEFF"

// WriteCSV writes f as one table, UTF-8 with a BOM and Chinese headers
// (Excel opens it as is): the total, then each unit, then each month.
func (f *Figures) WriteCSV(w io.Writer) error {
	if _, err := io.WriteString(w, BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // what Excel writes
	head := slices.Clone(csvHeader)
	for _, c := range report.Categories {
		head = append(head, "发现："+c.Label())
	}
	cw.Write(head)
	line := func(group string, r Row) {
		rec := []string{group, r.Label, itoa(r.Reviews), itoa(r.Passed), itoa(r.NeedReview), itoa(r.Blocked),
			itoa(r.Approved), itoa(r.Rejected), itoa(r.Pending), itoa(r.Released), itoa(r.Releases), itoa(r.Decided),
			strconv.FormatFloat(r.AvgReviewHours, 'f', 1, 64)}
		for _, c := range report.Categories {
			rec = append(rec, itoa(r.Findings[c]))
		}
		cw.Write(rec)
	}
	line("合计", Row{Label: f.From + " 至 " + f.To, Reviews: f.Total.Reviews, Passed: f.Total.Passed, NeedReview: f.Total.NeedReview,
		Blocked: f.Total.Blocked, Approved: f.Total.Approved, Rejected: f.Total.Rejected, Pending: f.Total.Pending,
		Released: f.Total.Released, Releases: f.Total.Releases, Findings: f.Total.Findings, Decided: f.Total.Decided,
		AvgReviewHours: f.Total.AvgReviewHours})
	for _, r := range f.Units {
		line("单位", r)
	}
	for _, r := range f.Months {
		line("月份", r)
	}
	cw.Flush()
	return cw.Error()
}

func itoa(n int) string { return strconv.Itoa(n) }

// Count reads every event of the trail in st and returns the figures of
// p, months in loc. A record that does not decode stops the count: run
// `mishen audit verify` to see why.
func Count(st audit.Storage, p Period, loc *time.Location) (*Figures, error) {
	c := NewCounter(p, loc)
	err := st.Scan(1, func(_ uint64, rec []byte) (bool, error) {
		e, err := audit.DecodeRecord(rec)
		if err != nil {
			return false, fmt.Errorf("stats: %w", err)
		}
		c.Add(&e)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return c.Figures(), nil
}
