package stats_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/stats"
)

// plan is one seeded review as the test decides it, before any event is
// written: the expected figures are computed from plans, the figures
// under test from the events.
type plan struct {
	id        string
	submitter string
	unit      string
	at        time.Time
	verdict   report.Severity
	cats      map[report.Category]int
	approvals int           // needed: 0 for a pass
	outcome   string        // approved, rejected, pending ("" for a pass)
	took      time.Duration // until the final decision
	releases  []time.Time
}

var shanghai = mustZone("Asia/Shanghai")

func mustZone(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// seed writes a trail of n reviews between 2025-11 and 2027-02 with
// random units, verdicts, findings, decisions and releases, with noise
// (reads, refusals, service events) between them.
func seed(t *testing.T, n int) (*audit.Mem, []plan) {
	t.Helper()
	rng := rand.New(rand.NewPCG(12, 2026))
	units := []string{"办公室", "财政局", "教育局", ""}
	people := []string{"王某", "李某", "赵某"}
	base := time.Date(2025, 11, 1, 0, 0, 0, 0, shanghai)
	var plans []plan
	for i := range n {
		p := plan{id: fmt.Sprintf("R%08d", i+1), unit: units[rng.IntN(len(units))], cats: map[report.Category]int{}}
		p.submitter = people[rng.IntN(len(people))]
		if p.unit != "" {
			p.submitter += "@" + p.unit
		}
		p.at = base.Add(time.Duration(rng.Int64N(int64(480 * 24 * time.Hour))))
		switch rng.IntN(3) {
		case 0:
			p.verdict = report.Pass
			if rng.IntN(2) == 0 {
				p.verdict, p.cats[report.Email] = report.Info, 1
			}
		case 1:
			p.verdict = report.Review
			p.cats[report.MobilePhone] = 1 + rng.IntN(3)
			p.approvals = 1
		default:
			p.verdict = report.Block
			p.cats[report.IDCard] = 1 + rng.IntN(2)
			p.cats[report.SensitiveTerm] = rng.IntN(2)
			p.approvals = 2
		}
		if p.approvals > 0 {
			p.outcome = []string{"approved", "rejected", "pending"}[rng.IntN(3)]
			p.took = time.Duration(1+rng.IntN(96)) * time.Hour
		}
		if p.outcome == "approved" || p.approvals == 0 {
			cleared := p.at.Add(p.took)
			for range rng.IntN(3) {
				cleared = cleared.Add(time.Duration(1+rng.IntN(200)) * time.Hour)
				p.releases = append(p.releases, cleared)
			}
		}
		plans = append(plans, p)
	}
	// Events in time order, as the service appends them.
	type ev struct {
		at time.Time
		e  audit.Event
	}
	var evs []ev
	for _, p := range plans {
		add := func(at time.Time, actor, role, action string, d map[string]string) {
			evs = append(evs, ev{at, audit.Event{Time: at.UTC(), Actor: actor, Role: role, Action: action, ReviewID: p.id,
				ContentSHA256: strings.Repeat("a", 64), Details: d}})
		}
		add(p.at, p.submitter, "publisher", audit.ActionSubmitted, map[string]string{"files": "1"})
		var parts []string
		for _, c := range report.Categories {
			if p.cats[c] > 0 {
				parts = append(parts, fmt.Sprintf("%s=%d", c, p.cats[c]))
			}
		}
		add(p.at, "mishen", "system", audit.ActionScanned, map[string]string{"verdict": string(p.verdict),
			"approvals_required": strconv.Itoa(p.approvals), "by_category": strings.Join(parts, ",")})
		add(p.at.Add(time.Minute), "审计员", "auditor", audit.ActionReviewRead, nil)
		end := p.at.Add(p.took)
		switch p.outcome {
		case "approved":
			for k := 1; k <= p.approvals; k++ {
				st := "pending"
				if k == p.approvals {
					st = "cleared"
				}
				at := end.Add(-time.Duration(p.approvals-k) * time.Minute)
				add(at, fmt.Sprintf("审查员%d", k), "reviewer", audit.ActionApproved, map[string]string{"status": st})
			}
		case "rejected":
			add(end, "审查员1", "reviewer", audit.ActionRejected, map[string]string{"status": "rejected"})
		case "pending":
			add(end, "审查员1", "reviewer", audit.ActionDenied, map[string]string{"op": "decide"})
		}
		for _, r := range p.releases {
			add(r, p.submitter, "publisher", audit.ActionReleased, nil)
		}
	}
	// Stable: a review's events keep their order when times tie.
	for i := 1; i < len(evs); i++ {
		for j := i; j > 0 && evs[j].at.Before(evs[j-1].at); j-- {
			evs[j], evs[j-1] = evs[j-1], evs[j]
		}
	}
	m := &audit.Mem{}
	if _, err := audit.Append(m, audit.Event{Time: base.UTC(), Actor: "mishen", Role: "system", Action: audit.ActionServerStarted}); err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if _, err := audit.Append(m, e.e); err != nil {
			t.Fatal(err)
		}
	}
	return m, plans
}

// expect computes the figures of [from, to) from the plans alone.
func expect(plans []plan, from, to time.Time) (total stats.Row, units, months map[string]*stats.Row) {
	units, months = map[string]*stats.Row{}, map[string]*stats.Row{}
	in := func(t time.Time) bool { return !t.Before(from) && t.Before(to) }
	row := func(m map[string]*stats.Row, k string) *stats.Row {
		if m[k] == nil {
			m[k] = &stats.Row{Label: k, Findings: map[report.Category]int{}}
		}
		return m[k]
	}
	total.Label, total.Findings = "合计", map[report.Category]int{}
	hours := map[*stats.Row][]float64{}
	for _, p := range plans {
		unit := p.unit
		if unit == "" {
			unit = stats.NoUnit
		}
		if in(p.at) {
			for _, r := range []*stats.Row{&total, row(units, unit), row(months, p.at.In(shanghai).Format("2006-01"))} {
				r.Reviews++
				switch p.verdict {
				case report.Block:
					r.Blocked++
				case report.Review:
					r.NeedReview++
				default:
					r.Passed++
				}
				switch p.outcome {
				case "approved":
					r.Approved++
				case "rejected":
					r.Rejected++
				case "pending":
					r.Pending++
				}
				if p.outcome == "approved" || p.outcome == "rejected" {
					hours[r] = append(hours[r], p.took.Hours())
				}
				for c, n := range p.cats {
					r.Findings[c] += n
				}
			}
		}
		seen := map[*stats.Row]bool{}
		for _, at := range p.releases {
			if !in(at) {
				continue
			}
			for _, r := range []*stats.Row{&total, row(units, unit), row(months, at.In(shanghai).Format("2006-01"))} {
				r.Releases++
				if !seen[r] {
					seen[r] = true
					r.Released++
				}
			}
		}
	}
	for r, hs := range hours {
		sum := 0.0
		for _, h := range hs {
			sum += h
		}
		r.AvgReviewHours = float64(int(sum/float64(len(hs))*10+0.5)) / 10
		r.Decided = len(hs)
	}
	return total, units, months
}

func same(t *testing.T, what string, got, want stats.Row) {
	t.Helper()
	g, w := got, want
	g.Findings, w.Findings = nil, nil
	if fmt.Sprint(g) != fmt.Sprint(w) {
		t.Errorf("%s:\n got %+v\nwant %+v", what, g, w)
	}
	for _, c := range report.Categories {
		if got.Findings[c] != want.Findings[c] {
			t.Errorf("%s: %s findings %d, want %d", what, c, got.Findings[c], want.Findings[c])
		}
	}
}

// TestCountMatchesPlans counts a seeded trail of 300 reviews for a year
// and compares every figure, in all, per unit and per month, with the
// counts computed from the plans the trail was written from.
func TestCountMatchesPlans(t *testing.T) {
	m, plans := seed(t, 300)
	p, err := stats.ParsePeriod("2026-01-01", "2026-12-31", shanghai, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f, err := stats.Count(m, p, shanghai)
	if err != nil {
		t.Fatal(err)
	}
	total, units, months := expect(plans, p.From, p.To)
	if total.Reviews < 150 || total.Releases == 0 || total.Rejected == 0 || total.Pending == 0 {
		t.Fatalf("the seed does not exercise every figure: %+v", total)
	}
	same(t, "total", f.Total, total)
	if len(f.Units) != len(units) {
		t.Errorf("%d units, want %d", len(f.Units), len(units))
	}
	for _, u := range f.Units {
		if units[u.Label] == nil {
			t.Errorf("unexpected unit %q", u.Label)
			continue
		}
		same(t, "unit "+u.Label, u, *units[u.Label])
	}
	if len(f.Months) != 12 || f.Months[0].Label != "2026-01" || f.Months[11].Label != "2026-12" {
		t.Fatalf("months %v", f.Months)
	}
	for _, mo := range f.Months {
		w := months[mo.Label]
		if w == nil {
			w = &stats.Row{Label: mo.Label}
		}
		same(t, "month "+mo.Label, mo, *w)
	}
}

// TestCSVOpensInExcel checks the CSV: a BOM, Chinese headers, one row
// for the total, each unit and each month, and the total's figures.
func TestCSVOpensInExcel(t *testing.T) {
	m, _ := seed(t, 60)
	p, err := stats.ParsePeriod("2026-01-01", "2026-06-30", shanghai, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f, err := stats.Count(m, p, shanghai)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		t.Fatal("CSV has no UTF-8 BOM")
	}
	recs, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if recs[0][0] != "分组" || recs[0][2] != "审查数" || !strings.HasPrefix(recs[0][len(recs[0])-1], "发现：") {
		t.Errorf("header %v", recs[0])
	}
	if got := len(recs); got != 2+len(f.Units)+len(f.Months) {
		t.Errorf("%d records, want %d", got, 2+len(f.Units)+len(f.Months))
	}
	if recs[1][0] != "合计" || recs[1][1] != "2026-01-01 至 2026-06-30" || recs[1][2] != strconv.Itoa(f.Total.Reviews) {
		t.Errorf("total row %v, want %d reviews", recs[1], f.Total.Reviews)
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Error("CSV lines do not end in CRLF")
	}
}

func TestParsePeriod(t *testing.T) {
	now := time.Date(2026, 12, 6, 13, 0, 0, 0, time.UTC)
	p, err := stats.ParsePeriod("", "", shanghai, now)
	if err != nil {
		t.Fatal(err)
	}
	if p.From != time.Date(2026, 1, 1, 0, 0, 0, 0, shanghai) || p.To != time.Date(2026, 12, 7, 0, 0, 0, 0, shanghai) {
		t.Errorf("default period %v – %v", p.From, p.To)
	}
	for _, bad := range [][2]string{{"2026-13-01", ""}, {"2026-05-01", "2026-04-30"}, {"昨天", ""}, {"2000-01-01", "2026-01-01"}} {
		if _, err := stats.ParsePeriod(bad[0], bad[1], shanghai, now); err == nil {
			t.Errorf("ParsePeriod(%q, %q) accepted", bad[0], bad[1])
		}
	}
}
