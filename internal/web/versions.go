package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/mishen-gov/mishen/internal/redact"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
)

// Versions, withdrawal and the cleaned copy (区分处理稿) on the review
// page: a publisher downloads the cleaned copy of a kept draft or submits
// it at once as the review's new version, withdraws a pending review,
// and every reader sees the versions of the draft and what changed in
// the findings from the previous one.

// versionsView is the versions card of the review page.
type versionsView struct {
	List []review.Summary
	// Previous is the version this one replaced, and the findings that
	// are new here or gone since it.
	Previous     string
	Added, Fixed []string
}

// findingWords names a finding for people: its category and masked hit.
func findingWords(f review.Finding) string {
	return f.Category.Label() + "：" + review.HitOf(f.Finding)
}

// versions builds the card; nil when the draft has a single version.
func (u *UI) versions(q *request, r *review.Review) *versionsView {
	if r.Supersedes == "" && r.SupersededBy == "" {
		return nil
	}
	list, err := u.svc.Versions(q.actor(), r.ID)
	if err != nil {
		return nil
	}
	v := &versionsView{List: list}
	if r.Supersedes == "" {
		return v
	}
	prev, err := u.svc.Get(q.actor(), r.Supersedes)
	if err != nil {
		return v
	}
	v.Previous = prev.ID
	before := map[string]review.Finding{}
	for _, f := range prev.Findings {
		before[review.FindingKey(f.Finding)] = f
	}
	now := map[string]bool{}
	for _, f := range r.Findings {
		k := review.FindingKey(f.Finding)
		now[k] = true
		if _, ok := before[k]; !ok {
			v.Added = append(v.Added, findingWords(f))
		}
	}
	for k, f := range before {
		if !now[k] {
			v.Fixed = append(v.Fixed, findingWords(f))
		}
	}
	return v
}

// cleanedFile sends the cleaned copy of a kept draft's file n, or shows
// why none can be made.
func (u *UI) cleanedFile(q *request) error {
	f, res, err := u.clean(q)
	if err != nil {
		return err
	}
	h := q.w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(server.CleanedName(f.Name)))
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(res.Data)))
	q.w.WriteHeader(http.StatusOK)
	q.w.Write(res.Data)
	return nil
}

// resubmitCleaned submits the cleaned copy of file n as the review's new
// version, the other files as they are, and shows the new version.
func (u *UI) resubmitCleaned(q *request) error {
	id := q.c.Param("id")
	n, _ := strconv.Atoi(q.c.Param("n"))
	_, res, err := u.clean(q)
	if err != nil {
		return err
	}
	files, err := u.svc.Draft(q.actor(), id)
	if err != nil {
		return err
	}
	old, err := u.svc.Get(q.actor(), id)
	if err != nil {
		return err
	}
	sub := review.Submission{Title: old.Title, Supersedes: id}
	for i, f := range files {
		if i == n-1 {
			f.Data = res.Data
		}
		sub.Files = append(sub.Files, f)
	}
	r, err := u.svc.Submit(q.r.Context(), q.actor(), sub)
	if err != nil {
		return err
	}
	return q.redirect("/reviews/" + r.ID)
}

// clean reads the stored draft (an audited access) and makes the cleaned
// copy of file n with the default options: personal data masked.
func (u *UI) clean(q *request) (review.DraftFile, redact.Result, error) {
	if u.opt.Cleaner == nil {
		return review.DraftFile{}, redact.Result{}, review.Errorf(review.KindUnavailable, "no_cleaner", "本服务未启用脱敏稿生成")
	}
	n, err := strconv.Atoi(q.c.Param("n"))
	if err != nil || n < 1 {
		return review.DraftFile{}, redact.Result{}, review.Errorf(review.KindNotFound, "not_found", "没有这个文件")
	}
	files, err := u.svc.Draft(q.actor(), q.c.Param("id"))
	if err != nil {
		return review.DraftFile{}, redact.Result{}, err
	}
	if n > len(files) {
		return review.DraftFile{}, redact.Result{}, review.Errorf(review.KindNotFound, "not_found", "没有这个文件")
	}
	f := files[n-1]
	res, err := u.opt.Cleaner(q.r.Context(), f.Name, f.Data, redact.Options{})
	if err != nil {
		return f, res, review.Errorf(review.KindUnavailable, "clean_failed", "脱敏稿生成失败，请在原文档中修改后重新提交")
	}
	if res.Refused != nil {
		return f, res, review.Errorf(review.KindConflict, "clean_refused", "%s", res.Refused.Reason)
	}
	return f, res, nil
}

// withdraw takes back a pending review.
func (u *UI) withdraw(q *request) error {
	r, err := u.svc.Withdraw(q.actor(), q.c.Param("id"), q.r.PostForm.Get("reason"))
	if err != nil {
		return err
	}
	return q.redirect("/reviews/" + r.ID)
}
