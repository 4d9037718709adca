package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/patrol"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

// The patrol pages: an auditor starts a patrol of the published site,
// watches it and reads what it found, most severe first, with links to
// the live URLs; reviewers work through the patrol findings. They answer
// 404 when the server runs without a patrol (Options.Patrol nil).

var (
	errNoPatrol      = review.Errorf(review.KindNotFound, "no_patrol", "本服务未启用网站巡查（启动时需给出 --patrol-state 或 --patrol-url）")
	errPatrolRunning = review.Errorf(review.KindConflict, "patrol_running", "已有巡查正在进行，请等它结束或先停止")
	errPatrolURL     = review.Errorf(review.KindInvalid, "bad_url", "请填写以 http:// 或 https:// 开头的网站网址，每行一个")
	errNeedsReason   = review.Errorf(review.KindInvalid, "reason_required", "排除巡查发现必须填写理由")
	errDecided       = review.Errorf(review.KindConflict, "decided", "该巡查发现已处理过")
	errNoFinding     = review.Errorf(review.KindNotFound, "not_found", "没有这个巡查发现")
)

// patrolError turns the patrol package's errors into the UI's.
func patrolError(err error) error {
	var re *review.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &re):
		return re
	case errors.Is(err, patrol.ErrRunning):
		return errPatrolRunning
	case errors.Is(err, patrol.ErrNoSeeds), strings.Contains(err.Error(), "not an http"):
		return errPatrolURL
	case errors.Is(err, patrol.ErrNeedsReason):
		return errNeedsReason
	case errors.Is(err, patrol.ErrDecided):
		return errDecided
	case errors.Is(err, patrol.ErrNoFinding):
		return errNoFinding
	}
	return err
}

type patrolRow struct {
	*patrol.Item
	Shown, ShownReferrer string      // the URLs as a person reads them
	Top                  []patrolHit // the first few findings, most severe first
	More                 int         // findings not shown
}

// readable shows a URL with its percent-escapes decoded (附件/名单.docx,
// not %E5%90%8D…); the link itself keeps the URL as fetched.
func readable(u string) string {
	if s, err := url.PathUnescape(u); err == nil && utf8.ValidString(s) {
		return s
	}
	return u
}

// patrolHit is one finding with its masked excerpt cut around the hit.
type patrolHit struct {
	report.Finding
	Before, Hit, After string
}

func patrolHitOf(f report.Finding) patrolHit {
	h := patrolHit{Finding: f}
	ex := []rune(f.Excerpt)
	if f.HitStart < 0 || f.HitEnd > len(ex) || f.HitStart > f.HitEnd {
		h.Before = f.Excerpt
		return h
	}
	h.Before, h.Hit, h.After = string(ex[:f.HitStart]), string(ex[f.HitStart:f.HitEnd]), string(ex[f.HitEnd:])
	return h
}

type patrolData struct {
	Status  patrol.Status
	Stopped string // why the last run ended early, for people
	Rows    []patrolRow
	Seeds   string
	Open    int
	Limit   int
	Blocked int
}

func (u *UI) patrolPage(q *request) error {
	m := u.opt.Patrol
	if m == nil {
		return errNoPatrol
	}
	const limit = 500
	items, err := m.Results(limit)
	if err != nil {
		return err
	}
	d := patrolData{Status: m.Status(), Seeds: strings.Join(u.opt.PatrolSeeds, "\n"), Limit: limit}
	if why := d.Status.Stats.Stopped; why != "" {
		d.Stopped = patrolStopLabels[why]
		if d.Stopped == "" {
			d.Stopped = why
		}
	}
	if len(d.Status.Seeds) > 0 {
		d.Seeds = strings.Join(d.Status.Seeds, "\n")
	}
	for _, it := range items {
		fs := append([]report.Finding(nil), it.Findings...)
		sortPatrolFindings(fs)
		row := patrolRow{Item: it, Shown: readable(it.URL), ShownReferrer: readable(it.Referrer)}
		for i, f := range fs {
			if i == 3 {
				row.More = len(fs) - 3
				break
			}
			row.Top = append(row.Top, patrolHitOf(f))
		}
		d.Rows = append(d.Rows, row)
		if it.Verdict == report.Block {
			d.Blocked++
		}
	}
	open, err := m.State().Findings(patrol.FindingOpen, 0)
	if err != nil {
		return err
	}
	d.Open = len(open)
	return u.render(q, http.StatusOK, "patrol", "网站巡查", d)
}

func sortPatrolFindings(fs []report.Finding) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Severity.Rank() > fs[j-1].Severity.Rank(); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// patrolList reads a textarea of URLs or hosts: one a line, or separated
// by spaces or commas.
func patrolList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == ' ' || r == ',' || r == '，' || r == '\t'
	})
}

func (u *UI) patrolStart(q *request) error {
	m := u.opt.Patrol
	if m == nil {
		return errNoPatrol
	}
	a := q.actor()
	seeds := patrolList(q.r.PostForm.Get("urls"))
	if len(seeds) == 0 || len(seeds) > 20 {
		return errPatrolURL
	}
	maxPages, _ := strconv.Atoi(strings.TrimSpace(q.r.PostForm.Get("max_pages")))
	// The start is recorded (and a wrong role refused and recorded) by
	// the audit trail through the manager's recorder.
	err := m.Start(a.Name, string(a.Role), seeds, patrolList(q.r.PostForm.Get("extra_hosts")), max(maxPages, 0))
	if err != nil {
		return patrolError(err)
	}
	return q.redirect("/patrol")
}

func (u *UI) patrolStop(q *request) error {
	m := u.opt.Patrol
	if m == nil {
		return errNoPatrol
	}
	if a := q.actor(); a.Role != review.Auditor {
		u.svc.Denied(a, review.OpAudit, "", "role")
		return errRole
	}
	m.Stop()
	return q.redirect("/patrol")
}

// patrolStatus answers the page's script with the progress as JSON.
func (u *UI) patrolStatus(q *request) error {
	m := u.opt.Patrol
	if m == nil {
		return errNoPatrol
	}
	s := m.Status()
	q.w.Header().Set("Content-Type", "application/json; charset=utf-8")
	q.w.Header().Set("Cache-Control", "no-store")
	return json.NewEncoder(q.w).Encode(map[string]any{
		"running": s.Running, "fetched": s.Stats.Fetched, "not_modified": s.Stats.Unchanged,
		"scanned": s.Stats.Scanned, "failed": s.Stats.Failed, "block": s.Stats.Block, "review": s.Stats.Review,
		"pass": s.Stats.Passed, "raised": s.Raised, "pages_per_second": strconv.FormatFloat(s.PagesPerS, 'f', 1, 64),
		"error": s.Error,
	})
}

type patrolFindingsData struct {
	Findings []patrolFindingRow
	Tab      string
	Tabs     []menuItem
}

type patrolFindingRow struct {
	*patrol.Finding
	Shown       string
	StatusLabel string
	Top         []patrolHit
}

// patrolFindingStatus labels a patrol finding's status.
var patrolFindingStatus = map[string]string{
	patrol.FindingOpen:      "待处理",
	patrol.FindingConfirmed: "已确认，待撤稿",
	patrol.FindingDismissed: "已排除",
}

func (u *UI) patrolFindings(q *request) error {
	m := u.opt.Patrol
	if m == nil {
		return errNoPatrol
	}
	tab := q.r.URL.Query().Get("status")
	if _, ok := patrolFindingStatus[tab]; !ok && tab != "all" {
		tab = patrol.FindingOpen
	}
	status := tab
	if tab == "all" {
		status = ""
	}
	fs, err := m.State().Findings(status, 500)
	if err != nil {
		return err
	}
	d := patrolFindingsData{Tab: tab}
	for _, f := range fs {
		row := patrolFindingRow{Finding: f, Shown: readable(f.URL), StatusLabel: patrolFindingStatus[f.Status]}
		hs := append([]report.Finding(nil), f.Findings...)
		sortPatrolFindings(hs)
		for i, h := range hs {
			if i == 3 {
				break
			}
			row.Top = append(row.Top, patrolHitOf(h))
		}
		d.Findings = append(d.Findings, row)
	}
	for _, t := range []struct{ k, l string }{{patrol.FindingOpen, "待处理"}, {patrol.FindingConfirmed, "已确认"}, {patrol.FindingDismissed, "已排除"}, {"all", "全部"}} {
		d.Tabs = append(d.Tabs, menuItem{Href: "/patrol/findings?status=" + t.k, Label: t.l, Active: t.k == tab})
	}
	return u.render(q, http.StatusOK, "patrolfindings", "巡查发现", d)
}

func (u *UI) patrolDecide(q *request) error {
	m := u.opt.Patrol
	if m == nil {
		return errNoPatrol
	}
	a := q.actor()
	decision := patrol.FindingConfirmed
	if q.r.PostForm.Get("decision") == "dismiss" {
		decision = patrol.FindingDismissed
	}
	_, err := m.Decide(a.Name, string(a.Role), q.c.Param("id"), decision, q.r.PostForm.Get("reason"))
	if err != nil {
		return patrolError(err)
	}
	return q.redirect("/patrol/findings")
}

// patrolActionLabels name the patrol's audit events for people.
var patrolActionLabels = map[string]string{
	patrol.ActionStarted:   "开始网站巡查",
	patrol.ActionFinished:  "网站巡查结束",
	patrol.ActionRaised:    "巡查发现问题",
	patrol.ActionConfirmed: "确认巡查发现（要求撤稿）",
	patrol.ActionDismissed: "排除巡查发现",
}

// patrolDetailLabels name the keys of the patrol's audit details.
var patrolDetailLabels = map[string]string{
	"seeds": "起始网址数", "hosts": "主机", "finding": "巡查发现编号", "content_sha256": "内容哈希",
	"categories": "分类统计", "fetched": "下载数", "not_modified": "未变化数", "failed": "无法访问数",
	"block": "阻断数", "review": "需审查数", "raised": "新发现数", "pages_per_second": "每秒网址数",
	"stopped": "中止原因", "host": "主机",
}

// patrolStopLabels say why a patrol ended before the site was done.
var patrolStopLabels = map[string]string{
	"max-pages": "达到本次抓取数量上限", "max-bytes": "达到下载总量上限", "max-time": "达到时间上限",
	"cancelled": "已停止", "error": "出错",
}
