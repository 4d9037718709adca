package web

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

// The document view: one file of a review shown part by part (body,
// headers, comments, tracked changes, hidden sheets…) with every finding
// marked where it stands and linked from the list beside it. The text is
// the stored draft read again and masked by the service (FileParts); the
// page never holds a raw personal value. Without the draft (its keeping
// period is over) the page says so and keeps the summary and the list.

// linesPerPage is how many lines (paragraphs, rows) one page of the view
// shows.
const linesPerPage = 200

// docSeg is a run of a line's text: plain, or covered by findings.
type docSeg struct {
	Text string
	// Anchors are the findings whose hit starts here: each gets the
	// element the finding list links to.
	Anchors []string
	// Hits are the findings covering the run, and Sev the worst of
	// their severities; empty for plain text.
	Hits string
	Sev  report.Severity
}

// docLine is one line of a part.
type docLine struct {
	N     int
	Label string // where the line stands, when it changes (第 2 页 第 5 段)
	Segs  []docSeg
}

// docPart is the lines of one part shown on the current page.
type docPart struct {
	Label, Hidden, Member string
	Whole                 []findingRow // findings about the part as a whole
	Lines                 []docLine
	Cont                  bool // the part began on an earlier page
	// Image is the address of the page's image with the findings boxed,
	// for the first part of a PDF page.
	Image string
	page  int
}

// docLink is one finding in the list: where its mark is.
type docLink struct {
	findingRow
	Href string
	Page int
}

// sumRow is one line of the summary.
type sumRow struct {
	Label    string
	Severity report.Severity
	Count    int
	IDs      []string
}

// docViewData is the document view page.
type docViewData struct {
	R     *review.Review
	File  review.File
	N     int // 1-based file number
	Gone  string
	Parts []docPart
	// Other are the findings of the file that no part holds (about the
	// whole file: unreadable, properties not read as a part).
	Other      []findingRow
	Links      []docLink
	ByCategory []sumRow
	ByTodo     []sumRow
	Counts     severityCount
	Page       int
	Pages      int
	Prev, Next string
	Marked     int // findings marked in the text on this page
}

// documentView shows file n of a review with its findings in place.
func (u *UI) documentView(q *request) error {
	n, err := strconv.Atoi(q.c.Param("n"))
	if err != nil || n < 1 {
		return review.Errorf(review.KindNotFound, "not_found", "没有这个文件")
	}
	id := q.c.Param("id")
	r, err := u.svc.Get(q.actor(), id)
	if err != nil {
		return err
	}
	if n > len(r.Files) {
		return review.Errorf(review.KindNotFound, "not_found", "没有这个文件")
	}
	page, _ := strconv.Atoi(q.c.Query("page"))
	d := &docViewData{R: r, File: r.Files[n-1], N: n, Page: max(page, 1)}
	var fs []review.Finding
	for _, f := range r.Findings {
		if f.File == n-1 {
			fs = append(fs, f)
		}
	}
	d.Counts = countSeverities(fs)
	d.ByCategory, d.ByTodo = summarize(fs)
	var parts []doc.Part
	switch a := q.actor(); {
	case r.DraftExpires == nil:
		d.Gone = "稿件原文未保存或已按保留期限删除，无法显示文档原文；下面仍列出审查时发现的全部问题。"
	case a.Role != review.Reviewer && a.Role != review.Publisher:
		d.Gone = "只有审查员和提交人可以查看稿件原文；下面列出审查时发现的全部问题。"
	default:
		fp, err := u.svc.FileParts(q.r.Context(), q.actor(), id, n-1)
		var re *review.Error
		switch {
		case errors.As(err, &re) && re.Code == "draft_not_kept":
			d.Gone = "稿件原文已按保留期限删除，无法显示文档原文；下面仍列出审查时发现的全部问题。"
		case errors.As(err, &re) && re.Kind == review.KindForbidden:
			d.Gone = "只有审查员和提交人可以查看稿件原文；下面列出审查时发现的全部问题。"
		case err != nil:
			return err
		default:
			parts = fp.Parts
		}
	}
	layoutDocument(d, parts, fs)
	if d.File.Format == "pdf" {
		imaged := map[int]bool{}
		for i := range d.Parts {
			dp := &d.Parts[i]
			if pg := dp.page; pg > 0 && !imaged[pg] && !dp.Cont {
				imaged[pg] = true
				dp.Image = fmt.Sprintf("/reviews/%s/files/%d/pages/%d.png", r.ID, n, pg)
			}
		}
	}
	return u.render(q, http.StatusOK, "docview", d.File.Name+" · 文档视图", d)
}

// summarize groups findings by category and by what to do about them,
// the most severe first.
func summarize(fs []review.Finding) (byCat, byTodo []sumRow) {
	add := func(rows []sumRow, label string, f review.Finding) []sumRow {
		i := slices.IndexFunc(rows, func(s sumRow) bool { return s.Label == label })
		if i < 0 {
			rows = append(rows, sumRow{Label: label, Severity: f.Severity})
			i = len(rows) - 1
		}
		s := &rows[i]
		s.Count++
		s.IDs = append(s.IDs, f.ID)
		if f.Severity.Rank() > s.Severity.Rank() {
			s.Severity = f.Severity
		}
		return rows
	}
	for _, f := range fs {
		byCat = add(byCat, f.Category.Label(), f)
		byTodo = add(byTodo, todo(f.Finding), f)
	}
	order := func(rows []sumRow) {
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].Severity.Rank() > rows[j].Severity.Rank() })
	}
	order(byCat)
	order(byTodo)
	return byCat, byTodo
}

// todo is what to do about a finding, in a few words, so that findings
// needing the same work are counted together.
func todo(f report.Finding) string {
	if f.Category != report.HiddenContent && f.Category != report.Metadata {
		if a, ok := partTodo[f.Location.Part]; ok {
			return a
		}
	}
	if a, ok := categoryTodo[f.Category]; ok {
		return a
	}
	return "人工核实"
}

var partTodo = map[string]string{
	doc.TrackedDeletion: "接受或拒绝全部修订", doc.TrackedInsert: "接受或拒绝全部修订",
	doc.EarlierRevision: "另存为不含早期版本的新 PDF",
	doc.Comment:         "删除批注", doc.CellComment: "删除单元格批注", doc.HiddenText: "删除隐藏文字",
	doc.HiddenSheet: "删除隐藏工作表", doc.HTMLComment: "删除网页源码注释", doc.HTMLHidden: "删除网页隐藏元素",
	doc.MetadataPart: "清理文档属性", doc.Watermark: "删除或更换水印", doc.LinkTarget: "删除或更换链接",
	doc.AltText: "修改图片说明", "notes": "删除演讲者备注", "hidden_slide": "删除隐藏的幻灯片",
	doc.Outline: "修改PDF书签",
}

var categoryTodo = map[report.Category]string{
	report.ClassifiedMarking: "核实密级，涉密的停止公开", report.SensitiveTerm: "核实并删除或改写敏感表述",
	report.IDCard: "删除或脱敏个人信息", report.BankCard: "删除或脱敏个人信息", report.MobilePhone: "删除或脱敏个人信息",
	report.Passport: "删除或脱敏个人信息", report.LicensePlate: "删除或脱敏个人信息", report.Email: "删除个人邮箱",
	report.InternalAddress: "删除内网地址", report.HiddenContent: "删除隐藏内容", report.Metadata: "清理文档属性",
	report.Unreadable: "人工审查未能读取的内容",
}

// placed is a finding's mark: its part and line, and the page of the view.
type placed struct {
	part, line, page int
	whole            bool
}

// layoutDocument lays parts out in lines, pages them, and marks the
// findings fs in them; a finding whose part is not among parts (or with
// no parts at all) is listed as Other.
func layoutDocument(d *docViewData, parts []doc.Part, fs []review.Finding) {
	// The lines of every part, and the page each starts on.
	type span struct{ start, end int }
	lines := make([][]span, len(parts))
	runes := make([]int, len(parts))
	first := make([]int, len(parts)) // global line index of each part's first line
	total := 0
	for i, p := range parts {
		first[i] = total
		rs := []rune(p.Text)
		runes[i] = len(rs)
		s := 0
		for k := 0; k <= len(rs); k++ {
			if k == len(rs) || rs[k] == '\n' {
				if k > s || k < len(rs) {
					lines[i] = append(lines[i], span{s, k})
				}
				s = k + 1
			}
		}
		total += max(len(lines[i]), 1)
	}
	d.Pages = max(1, (total+linesPerPage-1)/linesPerPage)
	d.Page = min(d.Page, d.Pages)
	pageOf := func(g int) int { return g/linesPerPage + 1 }
	where := map[string]placed{}
	for _, f := range fs {
		pi := slices.IndexFunc(parts, func(p doc.Part) bool { return inPart(f.Location, p) })
		if pi < 0 {
			continue
		}
		l := f.Location
		if l.End <= l.Start || l.End > runes[pi] {
			where[f.ID] = placed{part: pi, page: pageOf(first[pi]), whole: true}
			continue
		}
		li := sort.Search(len(lines[pi]), func(k int) bool { return lines[pi][k].end >= l.Start })
		if li == len(lines[pi]) {
			li = len(lines[pi]) - 1
		}
		where[f.ID] = placed{part: pi, line: li, page: pageOf(first[pi] + li)}
	}
	for _, f := range fs {
		row := newFindingRow(f)
		w, ok := where[f.ID]
		if !ok {
			d.Other = append(d.Other, row)
			w.page = 1
		}
		href := "#hit-" + f.ID
		if w.page != d.Page {
			href = fmt.Sprintf("?page=%d#hit-%s", w.page, f.ID)
		}
		d.Links = append(d.Links, docLink{findingRow: row, Href: href, Page: w.page})
	}
	if d.Page > 1 {
		d.Prev = fmt.Sprintf("?page=%d", d.Page-1)
	}
	if d.Page < d.Pages {
		d.Next = fmt.Sprintf("?page=%d", d.Page+1)
	}
	lo, hi := (d.Page-1)*linesPerPage, d.Page*linesPerPage
	for i, p := range parts {
		plo, phi := first[i], first[i]+max(len(lines[i]), 1)
		if phi <= lo || plo >= hi {
			continue
		}
		dp := docPart{Label: partHeading(p), Hidden: p.Hidden, Member: p.File, Cont: plo < lo, page: p.Page}
		if p.Kind == doc.MetadataPart {
			dp.Member = ""
		}
		var inPartFs []review.Finding
		for _, f := range fs {
			if w, ok := where[f.ID]; ok && w.part == i {
				if w.whole {
					if w.page == d.Page {
						dp.Whole = append(dp.Whole, newFindingRow(f))
						d.Marked++
					}
					continue
				}
				inPartFs = append(inPartFs, f)
			}
		}
		rs := []rune(p.Text)
		label := ""
		for k, sp := range lines[i] {
			if g := plo + k; g < lo || g >= hi {
				continue
			}
			ln := docLine{N: k + 1}
			if lab := lineLabel(p, sp.start, k+1); lab != label {
				ln.Label, label = lab, lab
			}
			ln.Segs = segments(rs, sp.start, sp.end, inPartFs)
			anchored := map[string]bool{}
			for _, s := range ln.Segs {
				for _, id := range s.Anchors {
					anchored[id] = true
				}
			}
			// A hit that starts where no run does (on the line break)
			// is anchored at the end of its line.
			for _, f := range inPartFs {
				if w := where[f.ID]; w.line == k && !anchored[f.ID] {
					ln.Segs = append(ln.Segs, docSeg{Anchors: []string{f.ID}})
				}
			}
			for _, s := range ln.Segs {
				d.Marked += len(s.Anchors)
			}
			dp.Lines = append(dp.Lines, ln)
		}
		d.Parts = append(d.Parts, dp)
	}
}

// inPart says whether a finding's location is in part p.
func inPart(l report.Location, p doc.Part) bool {
	return l.Part == p.Kind && l.File == p.File && l.Sheet == p.Sheet && (p.Page == 0 || l.Page == p.Page)
}

// segments cuts the runes [a, b) of rs into runs at the ends of the hits
// of fs that overlap them; a hit over several lines is marked on each and
// anchored on its first.
func segments(rs []rune, a, b int, fs []review.Finding) []docSeg {
	if a >= b {
		return nil
	}
	cuts := []int{a, b}
	var on []review.Finding
	for _, f := range fs {
		l := f.Location
		if l.End <= a || l.Start >= b {
			continue
		}
		on = append(on, f)
		cuts = append(cuts, max(l.Start, a), min(l.End, b))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	out := make([]docSeg, 0, len(cuts)-1)
	for k := 0; k+1 < len(cuts); k++ {
		s, e := cuts[k], cuts[k+1]
		seg := docSeg{Text: string(rs[s:e])}
		var ids []string
		for _, f := range on {
			l := f.Location
			if l.Start == s {
				seg.Anchors = append(seg.Anchors, f.ID)
			}
			if l.Start < e && l.End > s {
				ids = append(ids, f.ID)
				if f.Severity.Rank() > seg.Sev.Rank() {
					seg.Sev = f.Severity
				}
			}
		}
		seg.Hits = strings.Join(ids, " ")
		out = append(out, seg)
	}
	return out
}

// partHeading names a part for the view's headings.
func partHeading(p doc.Part) string {
	l := partLabel(p.Kind)
	switch {
	case p.Section > 0:
		l += fmt.Sprintf("（第 %d 节）", p.Section)
	case p.Sheet != "":
		l += "“" + p.Sheet + "”"
	case p.Page > 0:
		l = fmt.Sprintf("第 %d 页 · %s", p.Page, l)
	}
	return l
}

// lineLabel is where line n of part p, starting at rune start, stands.
func lineLabel(p doc.Part, start, n int) string {
	k := sort.Search(len(p.Places), func(k int) bool { return p.Places[k].End > start })
	if k < len(p.Places) && p.Places[k].Start <= start {
		pl := p.Places[k]
		switch {
		case pl.Page > 0 && pl.Para > 0:
			return fmt.Sprintf("第 %d 页 第 %d 段", pl.Page, pl.Para)
		case pl.Para > 0:
			return fmt.Sprintf("第 %d 段", pl.Para)
		}
	}
	return fmt.Sprintf("第 %d 行", n)
}

// pageImage sends page p of a PDF file of a review as a PNG with its
// findings boxed and its personal values painted over (PageImage).
func (u *UI) pageImage(q *request) error {
	n, err := strconv.Atoi(q.c.Param("n"))
	p, err2 := strconv.Atoi(strings.TrimSuffix(q.c.Param("p"), ".png"))
	if err != nil || err2 != nil || n < 1 || p < 1 || !strings.HasSuffix(q.c.Param("p"), ".png") {
		return review.Errorf(review.KindNotFound, "not_found", "没有这个页面")
	}
	png, err := u.svc.PageImage(q.r.Context(), q.actor(), q.c.Param("id"), n-1, p)
	if err != nil {
		return err
	}
	h := q.w.Header()
	h.Set("Content-Type", "image/png")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(png)))
	q.w.WriteHeader(http.StatusOK)
	q.w.Write(png)
	return nil
}
