package form

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

// Options say whose form it is and how times are written.
type Options struct {
	// Org is the office's name, printed above the form's title; empty
	// leaves a line to write it on.
	Org string
	// Location is the zone times are written in; nil is Asia/Shanghai.
	Location *time.Location
	// Now is when the form is made; zero is time.Now.
	Now time.Time
	// MaxFindings bounds the findings listed one by one (the summary
	// counts all of them); 0 is 40.
	MaxFindings int
}

// Form is the 保密审查单 of one review, every value ready to print.
type Form struct {
	Org         string
	ReviewID    string
	Title       string
	DocNumber   string
	Unit        string
	Person      string
	SubmittedAt string
	Verdict     string
	// VerdictCode is the machine verdict (pass, review, block).
	VerdictCode string
	// ContentSHA256 is the content's digest as the reader may see it:
	// the SHA-256 (DigestKind "SHA-256") or a keyed digest ("HMAC").
	ContentSHA256 string
	DigestKind    string
	Files         []File
	Summary       []CategoryCount
	FindingCount  int
	Findings      []Finding
	// MoreFindings is how many findings are not listed one by one.
	MoreFindings int
	Opinions     []Opinion
	Decision     Decision
	Releases     []ReleaseLine
	Basis        []string
	// Trail says which events the form was made from and whether the
	// stored record agrees with them.
	Trail       string
	Mismatch    string
	GeneratedAt string
	Versions    string
}

// File is one file of the draft.
type File struct {
	No     int
	Name   string
	Format string
	Size   string
	// SHA256 is the file's digest as the reader may see it, of kind
	// DigestKind.
	SHA256     string
	DigestKind string
}

// CategoryCount is the findings of one category.
type CategoryCount struct {
	Category  string
	Severity  string
	Count     int
	Dismissed int
}

// Finding is one finding as a line of the form.
type Finding struct {
	ID        string
	Category  string
	Severity  string
	Where     string
	Excerpt   string
	Dismissal string
}

// Opinion is one reviewer's decision as the log recorded it.
type Opinion struct {
	Reviewer string
	Decision string
	Comment  string
	At       string
	// Dismissed are the findings this reviewer dismissed, with reasons.
	Dismissed []string
}

// Decision is the release decision derived from the log.
type Decision struct {
	// Code is cleared, released, rejected or pending.
	Code   string
	Label  string
	How    string
	At     string
	Policy string
}

// ReleaseLine is one release.
type ReleaseLine struct {
	By   string
	At   string
	Seq  uint64
	Hash string
}

// legalBasis is always printed: the law that forbids publishing secrets
// and the regulation's articles on review before publication.
var legalBasis = []string{
	"《中华人民共和国保守国家秘密法》：国家秘密受法律保护；机关、单位公开信息前应当依法进行保密审查，涉密信息不得公开（上网不涉密，涉密不上网）。",
	"《中华人民共和国政府信息公开条例》第十七条：行政机关应当建立健全政府信息公开审查机制，对拟公开的政府信息进行审查。",
	"《中华人民共和国政府信息公开条例》第三十七条：不应当公开的信息能够作区分处理的，应当公开可以公开的部分。",
}

// Build makes the form of r from evs, the events of its history in
// sequence order (review.Service.Record). The opinions, dismissals,
// decision and releases are read from evs; r gives the files and the
// findings, which the events only count.
func Build(r *review.Review, evs []audit.Event, opt Options) *Form {
	loc := opt.Location
	if loc == nil {
		loc = shanghai()
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	maxF := opt.MaxFindings
	if maxF <= 0 {
		maxF = 40
	}
	at := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(loc).Format("2006年1月2日 15:04")
	}
	person, unit := review.SplitName(r.Submitter)
	f := &Form{Org: opt.Org, ReviewID: r.ID, Title: r.Title, Person: person, Unit: unit,
		GeneratedAt: at(now), FindingCount: len(r.Findings)}
	f.DigestKind, f.ContentSHA256 = digestOf(r)

	// The history, from the log.
	st := chain{loc: loc}
	for i := range evs {
		st.apply(&evs[i], at)
	}
	f.SubmittedAt = at(st.submitted)
	if f.SubmittedAt == "" {
		f.SubmittedAt = at(r.SubmittedAt)
	}
	f.VerdictCode = string(st.verdict)
	if st.verdict == "" {
		f.VerdictCode = string(r.Verdict)
	}
	f.Verdict = verdictLabel(report.Severity(f.VerdictCode))
	f.Opinions = st.opinions
	f.Releases = st.releases
	f.Decision = st.decision(at)
	f.Decision.Policy = policyText(st.required)
	if len(evs) > 0 {
		f.Trail = fmt.Sprintf("本单根据审计日志第 %d–%d 号事件中本审查的 %d 条记录生成", evs[0].Seq, evs[len(evs)-1].Seq, len(evs))
		f.Versions = strings.TrimSpace(fmt.Sprintf("词典版本 %s，策略版本 %s", r.DictVersion, r.PolicyVersion))
	}
	f.Mismatch = st.mismatch(r)

	// What was submitted and found, from the record.
	texts := []string{r.Title}
	for i, fl := range r.Files {
		kind, sum := digestOf(fl)
		f.Files = append(f.Files, File{No: i + 1, Name: fl.Name, Format: fl.Format, Size: humanSize(fl.Size), SHA256: sum, DigestKind: kind})
		texts = append(texts, fl.Name)
	}
	counts := map[report.Category]*CategoryCount{}
	for _, fd := range r.Findings {
		texts = append(texts, fd.Excerpt)
		c := counts[fd.Category]
		if c == nil {
			c = &CategoryCount{Category: fd.Category.Label(), Severity: verdictLabel(fd.Severity)}
			counts[fd.Category] = c
		}
		c.Count++
		dismissal := ""
		if d, ok := st.dismissed[fd.ID]; ok {
			c.Dismissed++
			dismissal = d
		}
		if len(f.Findings) < maxF {
			f.Findings = append(f.Findings, Finding{ID: fd.ID, Category: fd.Category.Label(), Severity: verdictLabel(fd.Severity),
				Where: where(r, fd), Excerpt: excerpt(fd.Finding), Dismissal: dismissal})
		}
	}
	f.MoreFindings = len(r.Findings) - len(f.Findings)
	for _, c := range report.Categories {
		if cc := counts[c]; cc != nil {
			f.Summary = append(f.Summary, *cc)
		}
	}
	// The scan may record the 文号 it read in the draft (doc_number);
	// else it is looked for in what the review keeps.
	f.DocNumber = st.docNumber
	for _, t := range texts {
		if f.DocNumber != "" {
			break
		}
		f.DocNumber = FindDocNumber(t)
	}
	f.Basis = slices.Clone(legalBasis)
	seen := map[string]bool{}
	for _, c := range report.Categories {
		if counts[c] != nil && !seen[c.Basis()] {
			seen[c.Basis()] = true
			f.Basis = append(f.Basis, c.Basis()+"：本稿件发现“"+c.Label()+"”等问题所适用的条款。")
		}
	}
	return f
}

// chain is a review's history as its events tell it.
type chain struct {
	loc       *time.Location
	submitter string
	content   string
	submitted time.Time
	verdict   report.Severity
	required  int
	status    review.Status
	cleared   time.Time
	rejected  time.Time
	approvals []string
	opinions  []Opinion
	dismissed map[string]string
	pending   []string // dismissals not yet attached to an opinion
	releases  []ReleaseLine
	docNumber string
}

func (c *chain) apply(e *audit.Event, at func(time.Time) string) {
	if c.dismissed == nil {
		c.dismissed = map[string]string{}
	}
	switch e.Action {
	case audit.ActionSubmitted:
		c.submitter, c.content, c.submitted, c.status = e.Actor, e.ContentSHA256, e.Time, review.Pending
	case audit.ActionScanned:
		c.verdict = report.Severity(e.Details["verdict"])
		c.docNumber = e.Details["doc_number"]
		fmt.Sscan(e.Details["approvals_required"], &c.required)
		if c.required == 0 {
			c.status, c.cleared = review.Cleared, e.Time
		}
	case audit.ActionDismissed:
		id := e.Details["finding_id"]
		note := fmt.Sprintf("%s 于 %s 排除，理由：%s", e.Actor, at(e.Time), e.Details["reason"])
		c.dismissed[id] = note
		c.pending = append(c.pending, id+"（"+report.Category(e.Details["category"]).Label()+"）："+e.Details["reason"])
	case audit.ActionApproved, audit.ActionRejected:
		o := Opinion{Reviewer: e.Actor, Comment: e.Details["comment"], At: at(e.Time), Dismissed: c.pending}
		c.pending = nil
		if e.Action == audit.ActionApproved {
			o.Decision = "同意公开"
			c.approvals = append(c.approvals, e.Actor)
			if e.Details["status"] == string(review.Cleared) || len(c.approvals) >= c.required {
				c.status, c.cleared = review.Cleared, e.Time
			}
		} else {
			o.Decision = "不同意公开，退回修改"
			c.status, c.rejected = review.Rejected, e.Time
		}
		c.opinions = append(c.opinions, o)
	case audit.ActionReleased:
		c.status = review.Released
		c.releases = append(c.releases, ReleaseLine{By: personUnit(e.Actor), At: at(e.Time), Seq: e.Seq, Hash: e.Hash.String()})
	}
}

func (c *chain) decision(at func(time.Time) string) Decision {
	switch c.status {
	case review.Cleared, review.Released:
		d := Decision{Code: string(c.status), Label: "同意公开", At: at(c.cleared)}
		if c.required == 0 {
			d.How = "机器审查未发现须处理的问题，按策略自动通过"
		} else {
			d.How = fmt.Sprintf("经 %d 位审查员（%s）批准", len(c.approvals), strings.Join(c.approvals, "、"))
		}
		if c.status == review.Released {
			d.Label = "同意公开，已发布"
		}
		return d
	case review.Rejected:
		return Decision{Code: string(c.status), Label: "不予公开，退回修改", At: at(c.rejected), How: "审查员退回"}
	}
	return Decision{Code: string(review.Pending), Label: "审查中，尚未作出决定",
		How: fmt.Sprintf("已有 %d 位审查员批准，共需 %d 位", len(c.approvals), c.required)}
}

// mismatch says when the stored record disagrees with the log; the form
// follows the log.
func (c *chain) mismatch(r *review.Review) string {
	var d []string
	if c.submitter == "" {
		return "审计日志中没有本审查的提交记录，本单内容无法核实，请审计人员运行 mishen audit verify"
	}
	if c.status != r.Status {
		d = append(d, fmt.Sprintf("状态记录为“%s”，审计日志为“%s”", r.Status.Label(), c.status.Label()))
	}
	if c.submitter != r.Submitter {
		d = append(d, "提交人不同")
	}
	if len(c.releases) != len(r.Releases) {
		d = append(d, fmt.Sprintf("发布记录为 %d 次，审计日志为 %d 次", len(r.Releases), len(c.releases)))
	}
	if len(d) == 0 {
		return ""
	}
	return "存储记录与审计日志不一致（" + strings.Join(d, "；") + "），本单以审计日志为准，请审计人员运行 mishen audit verify 查明原因"
}

func policyText(required int) string {
	if required == 0 {
		return "机器审查通过，无须人工批准"
	}
	return fmt.Sprintf("须 %d 位审查员批准（提交人本人不得审查）", required)
}

func verdictLabel(s report.Severity) string {
	switch s {
	case report.Block:
		return "阻断"
	case report.Review:
		return "需人工审查"
	case report.Info:
		return "提示"
	case report.Pass:
		return "通过"
	}
	return string(s)
}

// where names a finding's place in words.
func where(r *review.Review, f review.Finding) string {
	var p []string
	if f.File == review.TitleFile {
		p = append(p, "标题")
	} else if len(r.Files) > 1 && f.File >= 0 && f.File < len(r.Files) {
		p = append(p, "文件"+fmt.Sprint(f.File+1))
	}
	l := f.Location
	switch {
	case l.Page > 0:
		p = append(p, fmt.Sprintf("第 %d 页", l.Page))
	case l.Sheet != "":
		p = append(p, "工作表“"+l.Sheet+"”")
	}
	if l.Cell != "" {
		p = append(p, "单元格 "+l.Cell)
	}
	if l.Line > 0 {
		p = append(p, fmt.Sprintf("第 %d 行", l.Line))
	}
	return strings.Join(p, " ")
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}

// shanghai is the default zone; the binary embeds the zone database
// (time/tzdata), so it is always found.
func shanghai() *time.Location {
	l, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return l
}

// personUnit writes 张三@办公室 as 张三（办公室）.
func personUnit(name string) string {
	if p, u := review.SplitName(name); u != "" {
		return p + "（" + u + "）"
	}
	return name
}

// excerpt is a finding's masked excerpt with "…" where it was cut from
// its text: before it when the hit lies further into the text than into
// the excerpt, after it when the excerpt runs the engine's whole context
// (20 characters, 8 around a marking or term) past the hit.
func excerpt(f report.Finding) string {
	ex := []rune(f.Excerpt)
	if len(ex) == 0 {
		return ""
	}
	out := f.Excerpt
	if f.Location.Start > f.HitStart {
		out = "…" + out
	}
	ctx := 20
	if f.Category == report.ClassifiedMarking || f.Category == report.SensitiveTerm {
		ctx = 8
	}
	if f.HitEnd >= 0 && f.HitEnd <= len(ex) && len(ex)-f.HitEnd >= ctx {
		out += "…"
	}
	return out
}

// digestOf reads the digest that v (a review or one of its files)
// exposes in its JSON to the reader it was fetched for: the plain SHA-256
// ("sha256", "content_sha256") that only the submitter is shown, else
// the keyed digest ("mac", "content_mac") that everyone else is. Reading
// the JSON keeps the form to what the API itself would show.
func digestOf(v any) (kind, sum string) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", ""
	}
	var m map[string]any
	if json.Unmarshal(b, &m) != nil {
		return "", ""
	}
	for _, k := range []struct{ key, kind string }{{"sha256", "SHA-256"}, {"content_sha256", "SHA-256"}, {"mac", "HMAC"}, {"content_mac", "HMAC"}} {
		if s, ok := m[k.key].(string); ok && s != "" {
			return k.kind, s
		}
	}
	return "", ""
}
