package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
)

func (u *UI) home(q *request) error {
	if q.sess == nil {
		return q.redirect("/signin")
	}
	return q.redirect(landing(q.sess.actor.Role, ""))
}

// landing is where a person goes after sign-in: the page they asked for,
// else their role's home.
func landing(role review.Role, next string) string {
	if next != "" {
		return next
	}
	if h, ok := homes[role]; ok {
		return h
	}
	return "/"
}

// safeNext accepts only a path on this server ("/queue?x=1"), never
// another origin ("//evil", "/\evil", "https://…").
func safeNext(next string) string {
	if next == "" || next[0] != '/' || strings.HasPrefix(next, "//") || strings.HasPrefix(next, `/\`) ||
		strings.HasPrefix(next, "/signin") || len(next) > 1024 {
		return ""
	}
	p, err := url.Parse(next)
	if err != nil || p.Scheme != "" || p.Host != "" || p.User != nil {
		return ""
	}
	return next
}

type signinData struct {
	CSRF  string
	Next  string
	Error string
}

func (u *UI) signinPage(q *request) error {
	next := safeNext(q.r.URL.Query().Get("next"))
	if q.sess != nil {
		return q.redirect(landing(q.sess.actor.Role, next))
	}
	tok := cookieValue(q.r, signinCookie)
	if len(tok) != 43 {
		tok = randomToken()
	}
	http.SetCookie(q.w, u.cookie(q.r, signinCookie, tok, time.Hour))
	return u.render(q, http.StatusOK, "signin", "登录", signinData{CSRF: tok, Next: next})
}

func (u *UI) signin(q *request) error {
	q.r.Body = http.MaxBytesReader(q.w, q.r.Body, formLimit)
	if err := q.r.ParseForm(); err != nil {
		return errBadForm
	}
	want := cookieValue(q.r, signinCookie)
	if !sameToken(q.r.PostForm.Get(csrfField), want) {
		return errCSRF
	}
	next := safeNext(q.r.PostForm.Get("next"))
	secret := strings.TrimSpace(q.r.PostForm.Get("token"))
	a, err := u.svc.AuthenticateFrom(q.c.ClientIP(), secret, review.OpRead)
	if err != nil {
		var re *review.Error
		if errors.As(err, &re) && re.Kind == review.KindTooMany {
			server.Tarpit(q.c, err)
			q.w.Header().Set("Retry-After", strconv.Itoa(re.RetryAfter))
			return u.render(q, http.StatusTooManyRequests, "signin", "登录", signinData{CSRF: want, Next: next, Error: re.Message})
		}
		if !errors.As(err, &re) || re.Kind != review.KindUnauthenticated {
			return err
		}
		msg := "令牌无效或已被吊销，请检查后重试。"
		if secret == "" {
			msg = "请输入访问令牌。"
		}
		return u.render(q, http.StatusUnauthorized, "signin", "登录", signinData{CSRF: want, Next: next, Error: msg})
	}
	if q.sid != "" {
		u.sessions.remove(q.sid) // a new id at every sign-in: no session fixation
	}
	sid, s, ok := u.sessions.create(secret, a)
	if !ok {
		return u.render(q, http.StatusServiceUnavailable, "signin", "登录", signinData{CSRF: want, Next: next,
			Error: "同时在线的会话已达上限，请稍后再试或联系管理员。"})
	}
	q.sess = s
	server.SetActor(q.c, a)
	http.SetCookie(q.w, u.cookie(q.r, sessionCookie, sid, u.opt.SessionTTL))
	http.SetCookie(q.w, u.cookie(q.r, signinCookie, "", -1))
	return q.redirect(landing(a.Role, next))
}

func (u *UI) signout(q *request) error {
	u.sessions.remove(q.sid)
	http.SetCookie(q.w, u.cookie(q.r, sessionCookie, "", -1))
	return q.redirect("/signin?done=signout")
}

type uploadData struct {
	MaxMB    int64
	MaxFiles int
	// How many reviewers the policy asks for, in words (一, 两).
	ReviewApprovals, BlockApprovals string
}

// countWord writes a small count the way Chinese prose does (一位, 两位).
func countWord(n int) string {
	if n >= 1 && n <= 10 {
		return []string{"一", "两", "三", "四", "五", "六", "七", "八", "九", "十"}[n-1]
	}
	return strconv.Itoa(n)
}

func (u *UI) uploadPage(q *request) error {
	p := u.svc.Policy()
	return u.render(q, http.StatusOK, "upload", "提交审查", uploadData{MaxMB: u.opt.MaxUploadBytes >> 20, MaxFiles: u.opt.MaxFiles,
		ReviewApprovals: countWord(p.ReviewApprovals), BlockApprovals: countWord(p.BlockApprovals)})
}

func (u *UI) tooLarge() error {
	return review.Errorf(review.KindTooLarge, "too_large", "上传内容超过上限 %d MB：请分批提交，或压缩图片后重试", u.opt.MaxUploadBytes>>20)
}

// upload reads the multipart form as a stream. The CSRF token must come
// before any file (the form puts it first), so that a forged request is
// refused before a byte of a file is read or scanned.
func (u *UI) upload(q *request) error {
	limit := u.opt.MaxUploadBytes
	if q.r.ContentLength > limit {
		return u.tooLarge()
	}
	q.r.Body = http.MaxBytesReader(q.w, q.r.Body, limit)
	mr, err := q.r.MultipartReader()
	if err != nil {
		return review.Errorf(review.KindInvalid, "bad_form", "请通过上传页面提交（表单须为 multipart/form-data）")
	}
	fail := func(err error) error {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return u.tooLarge()
		}
		return errBadForm
	}
	small := func(p io.Reader) (string, error) {
		b, err := io.ReadAll(io.LimitReader(p, 64<<10))
		return string(b), err
	}
	var sub review.Submission
	var content, format string
	csrfOK := false
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(err)
		}
		name := p.FormName()
		if name != csrfField && !csrfOK {
			return errCSRF
		}
		switch name {
		case csrfField:
			v, err := small(p)
			if err != nil {
				return fail(err)
			}
			if csrfOK = sameToken(v, q.sess.csrf); !csrfOK {
				return errCSRF
			}
		case "file":
			data, err := io.ReadAll(p)
			if err != nil {
				return fail(err)
			}
			if p.FileName() == "" && len(data) == 0 {
				continue // the browser sends an empty part when no file is chosen
			}
			sub.Files = append(sub.Files, review.DraftFile{Name: p.FileName(), Data: data})
		case "title":
			if sub.Title, err = small(p); err != nil {
				return fail(err)
			}
		case "format":
			if format, err = small(p); err != nil {
				return fail(err)
			}
		case "content":
			b, err := io.ReadAll(p)
			if err != nil {
				return fail(err)
			}
			content = string(b)
		default:
			if _, err := io.Copy(io.Discard, p); err != nil {
				return fail(err)
			}
		}
		p.Close()
	}
	if !csrfOK {
		return errCSRF
	}
	if strings.TrimSpace(content) != "" {
		name := "content.txt"
		if format == "html" {
			name = "content.html"
		}
		sub.Files = append(sub.Files, review.DraftFile{Name: name, Data: []byte(content)})
	}
	if len(sub.Files) == 0 {
		return review.Errorf(review.KindInvalid, "no_content", "请选择要审查的文件，或粘贴稿件文字")
	}
	r, err := u.svc.Submit(q.r.Context(), q.actor(), sub)
	if err != nil {
		return err
	}
	to := "/reviews/" + r.ID
	if q.xhr() {
		q.w.Header().Set("Cache-Control", "no-store")
		q.w.Header().Set("Content-Type", "application/json; charset=utf-8")
		return json.NewEncoder(q.w).Encode(map[string]string{"location": to})
	}
	return q.redirect(to)
}

// tab is one filter of a list page.
type tab struct {
	Href, Label string
	Active      bool
}

type listData struct {
	Heading string
	Intro   string
	Mine    bool
	Tabs    []tab
	Reviews []review.Summary
	Next    string
	Empty   string
}

// listPage lists reviews with a status filter. defaultStatus applies when
// the query names none; "all" lists every status.
func (u *UI) listPage(q *request, base string, defaultStatus review.Status, d listData) error {
	v := q.r.URL.Query()
	st := v.Get("status")
	if st == "" {
		st = string(defaultStatus)
	}
	var status review.Status
	if st != "all" && st != "" {
		var err error
		if status, err = review.ParseStatus(st); err != nil {
			return err
		}
	}
	rs, next, err := u.svc.List(q.actor(), review.ListQuery{Status: status, After: v.Get("after"), Limit: 50})
	if err != nil {
		return err
	}
	d.Reviews = rs
	for _, s := range review.Statuses {
		if (s == review.Withdrawn || s == review.Superseded) && status != s {
			continue // rare: listed under 全部, a tab only when asked for
		}
		d.Tabs = append(d.Tabs, tab{Href: base + "?status=" + string(s), Label: s.Label(), Active: status == s})
	}
	d.Tabs = append(d.Tabs, tab{Href: base + "?status=all", Label: "全部", Active: status == ""})
	if next != "" {
		d.Next = base + "?status=" + url.QueryEscape(st) + "&after=" + url.QueryEscape(next)
	}
	return u.render(q, http.StatusOK, "list", d.Heading, d)
}

func (u *UI) mine(q *request) error {
	return u.listPage(q, "/mine", "", listData{Heading: "我的稿件", Mine: true,
		Intro: "按提交时间先后排列。已通过的稿件可在详情页发布。", Empty: "还没有提交过稿件。"})
}

func (u *UI) queue(q *request) error {
	return u.listPage(q, "/queue", review.Pending, listData{Heading: "待审队列",
		Intro: "最早提交的排在最前。不能审查自己提交的稿件。", Empty: "队列是空的：没有等待审查的稿件。"})
}

// receiptView is a release receipt rebuilt from the review, as the
// release endpoint returned it.
func receipts(r *review.Review) []review.Receipt {
	var out []review.Receipt
	clearedBy := "reviewers"
	if r.ApprovalsRequired == 0 {
		clearedBy = "machine"
	}
	var clearedAt time.Time
	if r.ClearedAt != nil {
		clearedAt = *r.ClearedAt
	}
	for _, rel := range slices.Backward(r.Releases) { // the latest first
		out = append(out, review.Receipt{ReviewID: r.ID, ContentSHA256: r.ContentSHA256, Verdict: r.Verdict,
			ClearedBy: clearedBy, Approvals: r.Approvals(), ClearedAt: clearedAt, ReleasedBy: rel.By,
			ReleasedAt: rel.At, AuditSeq: rel.AuditSeq, AuditHash: rel.AuditHash})
	}
	return out
}

type reviewData struct {
	R        *review.Review
	Title    *titleView
	Files    []fileView
	Counts   severityCount
	Needs    string
	Receipts []review.Receipt
	// What the viewer may do here.
	CanDecide, CanRelease, Auditor, ShowDraft bool
	// Approved is set when the viewing reviewer has approved already.
	Approved bool
	// Versions is the versions card (versions.go); CanWithdraw and
	// CanClean offer withdrawal and the cleaned copy to the submitter.
	Versions              *versionsView
	CanWithdraw, CanClean bool
	// A refused decision, re-shown with what was entered.
	Error   string
	Choice  string
	Comment string
	Back    string
	BackTo  string
}

// eachRow calls fn for every finding row of the page, the title's first.
func (d *reviewData) eachRow(fn func(*findingRow)) {
	if d.Title != nil {
		for k := range d.Title.Rows {
			fn(&d.Title.Rows[k])
		}
	}
	for i := range d.Files {
		for j := range d.Files[i].Groups {
			rows := d.Files[i].Groups[j].Rows
			for k := range rows {
				fn(&rows[k])
			}
		}
	}
}

// decisionForm is what a reviewer entered, kept when a decision is refused.
type decisionForm struct {
	err      string
	choice   string
	comment  string
	dismiss  map[string]bool
	reasons  map[string]string
	rejected bool
}

func (u *UI) renderReview(q *request, status int, r *review.Review, form *decisionForm) error {
	a := q.actor()
	d := reviewData{R: r, Title: titleFindings(r), Files: groupFindings(r), Counts: countSeverities(r.Findings), Needs: policyNeeds(r),
		Receipts: receipts(r), Auditor: a.Role == review.Auditor}
	switch a.Role {
	case review.Publisher:
		d.Back, d.BackTo = "/mine", "我的稿件"
		d.CanRelease = r.Submitter == a.Name && (r.Status == review.Cleared || r.Status == review.Released)
	case review.Reviewer:
		d.Back, d.BackTo = "/queue", "待审队列"
		for _, ap := range r.Approvals() {
			d.Approved = d.Approved || ap.Reviewer == a.Name
		}
		d.CanDecide = r.Status == review.Pending && r.Submitter != a.Name && !d.Approved
	case review.Auditor:
		d.Back, d.BackTo = "/audit?review="+url.QueryEscape(r.ID), "审计日志"
	}
	d.ShowDraft = r.DraftExpires != nil && (a.Role == review.Reviewer || (a.Role == review.Publisher && r.Submitter == a.Name)) &&
		!r.Marked()
	own := a.Role == review.Publisher && r.Submitter == a.Name
	d.CanWithdraw = own && r.Status == review.Pending
	d.CanClean = own && r.DraftExpires != nil && u.opt.Cleaner != nil && r.Status != review.Withdrawn && r.Status != review.Superseded
	d.Versions = u.versions(q, r)
	if form != nil {
		d.Error, d.Choice, d.Comment = form.err, form.choice, form.comment
	}
	d.eachRow(func(row *findingRow) {
		row.CanDecide = d.CanDecide && row.Dismissal == nil
		if form != nil {
			row.Checked = form.dismiss[row.ID]
			row.Reason = form.reasons[row.ID]
		}
	})
	return u.render(q, status, "review", "审查 "+r.ID, d)
}

func (u *UI) reviewPage(q *request) error {
	r, err := u.svc.Get(q.actor(), q.c.Param("id"))
	if err != nil {
		return err
	}
	return u.renderReview(q, http.StatusOK, r, nil)
}

// draftFile sends one stored file of a review as a download.
func (u *UI) draftFile(q *request) error {
	n, err := strconv.Atoi(q.c.Param("n"))
	if err != nil || n < 1 {
		return review.Errorf(review.KindNotFound, "not_found", "没有这个文件")
	}
	files, err := u.svc.DraftDownload(q.actor(), q.c.Param("id"))
	if err != nil {
		return err
	}
	if n > len(files) {
		return review.Errorf(review.KindNotFound, "not_found", "没有这个文件")
	}
	f := files[n-1]
	h := q.w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(f.Name))
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(f.Data)))
	q.w.WriteHeader(http.StatusOK)
	q.w.Write(f.Data)
	return nil
}

// decide applies a reviewer's decision. A finding is dismissed when its
// box is ticked or a reason is typed for it. A refusal the reviewer can
// fix (a missing reason or comment, a blocking finding left) re-shows
// the page with everything entered kept.
func (u *UI) decide(q *request) error {
	id := q.c.Param("id")
	f := q.r.PostForm
	in := review.DecisionInput{Decision: f.Get("decision"), Comment: f.Get("comment")}
	form := &decisionForm{choice: in.Decision, comment: in.Comment, dismiss: map[string]bool{}, reasons: map[string]string{}}
	for _, fid := range f["dismiss"] {
		form.dismiss[fid] = true
	}
	for k, vs := range f {
		if fid, ok := strings.CutPrefix(k, "reason_"); ok && len(vs) > 0 {
			form.reasons[fid] = vs[0]
			if strings.TrimSpace(vs[0]) != "" {
				form.dismiss[fid] = true
			}
		}
	}
	for fid := range form.dismiss {
		in.Dismissed = append(in.Dismissed, review.DismissInput{FindingID: fid, Reason: form.reasons[fid]})
	}
	if in.Decision == "" {
		err := review.Errorf(review.KindInvalid, "bad_decision", "请选择“批准发布”或“退回修改”")
		return u.refuseDecision(q, id, form, err)
	}
	if _, err := u.svc.Decide(q.actor(), id, in); err != nil {
		return u.refuseDecision(q, id, form, err)
	}
	return q.redirect("/reviews/" + id + "?done=" + in.Decision)
}

func (u *UI) refuseDecision(q *request, id string, form *decisionForm, err error) error {
	var re *review.Error
	if !errors.As(err, &re) || (re.Kind != review.KindInvalid && re.Kind != review.KindConflict) {
		return err
	}
	r, gerr := u.svc.Get(q.actor(), id)
	if gerr != nil {
		return err
	}
	status, _ := server.StatusOf(err)
	form.err = re.Message
	return u.renderReview(q, status, r, form)
}

func (u *UI) release(q *request) error {
	id := q.c.Param("id")
	if _, err := u.svc.Release(q.actor(), id, q.r.PostForm.Get("content_sha256")); err != nil {
		return err
	}
	return q.redirect("/reviews/" + id + "?done=released#receipt")
}

// auditQuery is the search form's values as entered.
type auditQuery struct {
	Review, Actor, Action, From, To string
}

type auditData struct {
	Q       auditQuery
	Actions []string
	Events  []eventView
	Next    string
	Error   string
	Zone    string
}

const dateLayout = "2006-01-02"

func (u *UI) auditSearch(q *request) error {
	v := q.r.URL.Query()
	aq := auditQuery{Review: strings.TrimSpace(v.Get("review")), Actor: strings.TrimSpace(v.Get("actor")),
		Action: v.Get("action"), From: v.Get("from"), To: v.Get("to")}
	d := auditData{Q: aq, Actions: actions, Zone: "UTC" + u.now().In(u.loc).Format("-07:00")}
	f := audit.Filter{ReviewID: aq.Review, Actor: aq.Actor, Action: aq.Action, Limit: 100}
	var bad []string
	if aq.From != "" {
		t, err := time.ParseInLocation(dateLayout, aq.From, u.loc)
		if err != nil {
			bad = append(bad, "起始日期")
		}
		f.From = t
	}
	if aq.To != "" {
		t, err := time.ParseInLocation(dateLayout, aq.To, u.loc)
		if err != nil {
			bad = append(bad, "截止日期")
		}
		f.To = t.AddDate(0, 0, 1) // the whole day is included
	}
	if after := v.Get("after"); after != "" {
		n, err := strconv.ParseUint(after, 10, 64)
		if err != nil {
			bad = append(bad, "分页位置")
		}
		f.After = n
	}
	if len(bad) > 0 {
		d.Error = strings.Join(bad, "、") + "格式不对：日期请写成 2025-01-02"
		return u.render(q, http.StatusBadRequest, "audit", "审计日志", d)
	}
	evs, next, err := u.svc.Events(q.actor(), f)
	if err != nil {
		return err
	}
	d.Events = eventViews(evs)
	if next != 0 {
		nv := url.Values{}
		for k, val := range map[string]string{"review": aq.Review, "actor": aq.Actor, "action": aq.Action, "from": aq.From, "to": aq.To} {
			if val != "" {
				nv.Set(k, val)
			}
		}
		nv.Set("after", strconv.FormatUint(next, 10))
		d.Next = "/audit?" + nv.Encode()
	}
	return u.render(q, http.StatusOK, "audit", "审计日志", d)
}

type timelineData struct {
	R      *review.Review
	Counts severityCount
	Events []eventView
	More   bool
}

func (u *UI) timeline(q *request) error {
	id := q.c.Param("id")
	r, err := u.svc.Get(q.actor(), id)
	if err != nil {
		return err
	}
	evs, next, err := u.svc.Events(q.actor(), audit.Filter{ReviewID: id, Limit: audit.MaxLimit})
	if err != nil {
		return err
	}
	d := timelineData{R: r, Counts: countSeverities(r.Findings), Events: eventViews(evs), More: next != 0}
	return u.render(q, http.StatusOK, "timeline", "审查 "+id+" 的审计时间线", d)
}

type verifyData struct {
	Sum    audit.Summary
	Breaks []audit.Break
	At     time.Time
}

func (u *UI) verify(q *request) error {
	sum, breaks, err := u.svc.VerifyTrail(q.actor())
	if err != nil {
		return err
	}
	return u.render(q, http.StatusOK, "verify", "校验审计链", verifyData{Sum: sum, Breaks: breaks, At: u.now()})
}

// export streams the whole trail as a download. It is not a page: once
// the first byte is sent a storage failure can only cut the connection.
func (u *UI) export(q *request) error {
	format := q.r.URL.Query().Get("format")
	ct := map[string]string{audit.FormatJSONL: "application/x-ndjson; charset=utf-8", audit.FormatCSV: "text/csv; charset=utf-8"}[format]
	if ct == "" {
		return review.Errorf(review.KindInvalid, "bad_format", "导出格式应为 jsonl 或 csv")
	}
	h := q.w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Disposition", `attachment; filename="mishen-audit-`+u.now().In(u.loc).Format("20060102-150405")+"."+format+`"`)
	h.Set("Cache-Control", "no-store")
	if err := u.svc.ExportTrail(q.actor(), format, q.w); err != nil {
		if !q.c.Writer.Written() {
			h.Del("Content-Disposition")
			return err
		}
		panic(http.ErrAbortHandler)
	}
	return nil
}

type tokensData struct {
	Tokens []review.Token
	Roles  []review.Role
	// New is a token just created: shown this once.
	New       *review.Token
	NewSecret string
	Error     string
	Name      string
	Role      string
}

func (u *UI) tokensPage(q *request, status int, d tokensData) error {
	ts, err := u.svc.ListTokens(q.actor())
	if err != nil {
		return err
	}
	d.Tokens, d.Roles = ts, review.Roles
	return u.render(q, status, "tokens", "访问令牌", d)
}

func (u *UI) tokens(q *request) error { return u.tokensPage(q, http.StatusOK, tokensData{}) }

func (u *UI) createToken(q *request) error {
	name, roleS := strings.TrimSpace(q.r.PostForm.Get("name")), q.r.PostForm.Get("role")
	role, err := review.ParseRole(roleS)
	if err == nil {
		var secret string
		var t review.Token
		secret, t, err = u.svc.CreateToken(q.actor(), role, name)
		if err == nil {
			return u.tokensPage(q, http.StatusOK, tokensData{New: &t, NewSecret: secret})
		}
	}
	var re *review.Error
	if errors.As(err, &re) && (re.Kind == review.KindInvalid || re.Kind == review.KindConflict) {
		status, _ := server.StatusOf(err)
		return u.tokensPage(q, status, tokensData{Error: re.Message, Name: name, Role: roleS})
	}
	return err
}

func (u *UI) revokeToken(q *request) error {
	if _, err := u.svc.RevokeToken(q.actor(), q.r.PostForm.Get("name")); err != nil {
		return err
	}
	return q.redirect("/tokens?done=revoked")
}
