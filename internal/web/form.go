package web

import (
	"bytes"
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/review"
)

// errNoPDF says what to install when the server cannot print.
var errNoPDF = review.Errorf(review.KindUnavailable, "pdf_unavailable",
	"服务器未安装 Chromium，无法生成 PDF：请管理员安装 chromium 和 fonts-noto-cjk（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk）；也可打开审查单页面，用浏览器打印为 PDF")

// buildForm reads review id and its events and builds its 保密审查单 as
// an HTML page.
func (u *UI) buildForm(q *request, p form.Page) (*form.Form, []byte, error) {
	r, evs, err := u.svc.Record(q.actor(), q.c.Param("id"))
	if err != nil {
		return nil, nil, err
	}
	f := form.Build(r, evs, form.Options{Org: u.opt.Org, Location: u.loc, Now: u.now()})
	var buf bytes.Buffer
	if err := form.WriteHTML(&buf, f, p); err != nil {
		return nil, nil, err
	}
	return f, buf.Bytes(), nil
}

// formPage shows the 保密审查单 as a page of its own, ready to print: it
// has no menu and no script, and its inline stylesheet is allowed by its
// hash alone.
func (u *UI) formPage(q *request) error {
	id := q.c.Param("id")
	p := form.Page{Bar: true, Back: "/reviews/" + url.PathEscape(id)}
	if u.opt.Printer.Available() {
		p.PDF = "/reviews/" + url.PathEscape(id) + "/form.pdf"
	}
	_, body, err := u.buildForm(q, p)
	if err != nil {
		return err
	}
	h := q.w.Header()
	h.Set("Content-Security-Policy", form.CSP())
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	q.w.WriteHeader(http.StatusOK)
	q.w.Write(body)
	return nil
}

// formPDF sends the 保密审查单 printed by Chromium, or 503 saying what to
// install.
func (u *UI) formPDF(q *request) error {
	if !u.opt.Printer.Available() {
		return errNoPDF
	}
	f, body, err := u.buildForm(q, form.Page{})
	if err != nil {
		return err
	}
	pdf, err := u.opt.Printer.PDF(q.r.Context(), body)
	if errors.Is(err, form.ErrNoChromium) {
		return errNoPDF
	}
	if err != nil {
		return err
	}
	return sendPDF(q.w, f.ReviewID, pdf)
}

// sendPDF sends a printed form as a download named 保密审查单-R….pdf.
func sendPDF(w http.ResponseWriter, id string, pdf []byte) error {
	h := w.Header()
	h.Set("Content-Type", "application/pdf")
	h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape("保密审查单-"+id+".pdf"))
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(pdf)))
	w.WriteHeader(http.StatusOK)
	w.Write(pdf)
	return nil
}
