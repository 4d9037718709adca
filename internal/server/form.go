package server

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/stats"
)

// errNoChromium answers a PDF request on a server without Chromium.
var errNoChromium = review.Errorf(review.KindUnavailable, "pdf_unavailable",
	"服务器未安装 Chromium，无法生成 PDF：请管理员安装 chromium 和 fonts-noto-cjk（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk）；也可在网页界面打开 /reviews/{id}/form 用浏览器打印")

// formPDF answers GET /api/v1/reviews/:id/form.pdf: the 保密审查单 printed
// by Chromium, for whoever may read the review.
func (s *Server) formPDF(c *gin.Context, a review.Actor) error {
	if !s.printer.Available() {
		return errNoChromium
	}
	r, evs, err := s.svc.Record(a, c.Param("id"))
	if err != nil {
		return err
	}
	loc, err := s.cfg.Location()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := form.WriteHTML(&buf, form.Build(r, evs, form.Options{Org: s.cfg.Org, Location: loc}), form.Page{}); err != nil {
		return err
	}
	pdf, err := s.printer.PDF(c.Request.Context(), buf.Bytes())
	if errors.Is(err, form.ErrNoChromium) {
		return errNoChromium
	}
	if err != nil {
		return err
	}
	c.Header("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape("保密审查单-"+r.ID+".pdf"))
	c.Header("Cache-Control", "no-store")
	c.Header("Content-Length", strconv.Itoa(len(pdf)))
	c.Data(http.StatusOK, "application/pdf", pdf)
	return nil
}

// stats answers GET /api/v1/stats?from=2026-01-01&to=2026-12-31: the
// annual figures as JSON, or as CSV (UTF-8 with a BOM, for Excel) with
// format=csv. Dates are days in the configured zone; the last is
// included.
func (s *Server) stats(c *gin.Context, a review.Actor) error {
	loc, err := s.cfg.Location()
	if err != nil {
		return err
	}
	format := c.DefaultQuery("format", "json")
	if format != "json" && format != "csv" {
		return review.Errorf(review.KindInvalid, "bad_format", "格式应为 json 或 csv")
	}
	p, err := stats.ParsePeriod(c.Query("from"), c.Query("to"), loc, time.Now())
	if err != nil {
		return review.Errorf(review.KindInvalid, "bad_period", "%s", err.Error())
	}
	f, err := CountStats(s.svc, a, p, loc)
	if err != nil {
		return err
	}
	c.Header("Cache-Control", "no-store")
	if format == "json" {
		c.JSON(http.StatusOK, f)
		return nil
	}
	var buf bytes.Buffer
	if err := f.WriteCSV(&buf); err != nil {
		return err
	}
	c.Header("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape("密审统计-"+f.From+"至"+f.To+".csv"))
	c.Data(http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
	return nil
}

// CountStats counts the figures of p from the whole trail, as a, for the
// API and the web page.
func CountStats(svc *review.Service, a review.Actor, p stats.Period, loc *time.Location) (*stats.Figures, error) {
	c := stats.NewCounter(p, loc)
	err := svc.EachEvent(a, audit.Filter{}, false, func(e *audit.Event) error {
		c.Add(e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c.Figures(), nil
}

// maxPDFForms bounds the forms one forms.zip prints to PDF: each takes
// Chromium about a second.
const maxPDFForms = 200

// forms answers GET /api/v1/forms.zip?from=&to=[&pdf=1]: the 保密审查单 of
// every review submitted in the period, as a zip of HTML pages (and PDFs
// with pdf=1, up to maxPDFForms reviews) with an index, for auditors. The
// zip is streamed: a failure after the first byte cuts the connection.
func (s *Server) forms(c *gin.Context, a review.Actor) error {
	loc, err := s.cfg.Location()
	if err != nil {
		return err
	}
	p, err := stats.ParsePeriod(c.Query("from"), c.Query("to"), loc, time.Now())
	if err != nil {
		return review.Errorf(review.KindInvalid, "bad_period", "%s", err.Error())
	}
	withPDF, err := boolParam(c, "pdf")
	if err != nil {
		return err
	}
	b := &form.Batch{Options: form.Options{Org: s.cfg.Org, Location: loc}}
	if withPDF {
		if !s.printer.Available() {
			return errNoChromium
		}
		b.Printer = s.printer
	}
	var zw *zip.Writer
	b.Put = func(name string, data []byte) error {
		if zw == nil {
			c.Header("Content-Type", "application/zip")
			first, last := p.Days()
			c.Header("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape("保密审查单-"+first+"至"+last+".zip"))
			c.Header("Cache-Control", "no-store")
			c.Status(http.StatusOK)
			zw = zip.NewWriter(c.Writer)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now(), NonUTF8: false})
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
	n := 0
	err = s.svc.Records(a, p.From, p.To, func(r *review.Review, evs []audit.Event) error {
		n++
		if withPDF && n > maxPDFForms {
			b.Printer = nil
		}
		return b.Add(c.Request.Context(), r, evs)
	})
	if err == nil {
		err = b.Close()
	}
	if err != nil {
		if zw == nil {
			return err
		}
		panic(http.ErrAbortHandler)
	}
	if zw == nil { // no review in the period: an empty zip says so
		if err := b.Put("审查单清单.csv", []byte("\uFEFF审查编号,标题,文号,送审单位,送审人,送审时间,机器结论,审查结论,文件\r\n")); err != nil {
			panic(http.ErrAbortHandler)
		}
	}
	if err := zw.Close(); err != nil {
		panic(http.ErrAbortHandler)
	}
	return nil
}

// Stats fetches the annual figures of [from, to] (auditor).
func (c *Client) Stats(ctx context.Context, from, to string) (*stats.Figures, error) {
	var out stats.Figures
	q := url.Values{"from": {from}, "to": {to}}
	err := c.do(ctx, http.MethodGet, "/api/v1/stats?"+q.Encode(), nil, &out)
	return &out, err
}

// Forms downloads the 保密审查单 of [from, to] as a zip into w (auditor).
func (c *Client) Forms(ctx context.Context, from, to string, pdf bool, w io.Writer) error {
	q := url.Values{"from": {from}, "to": {to}}
	if pdf {
		q.Set("pdf", "true")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(c.Base, "/")+"/api/v1/forms.zip?"+q.Encode(), nil)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Minute}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var eb ErrorBody
		json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&eb)
		return &APIError{Status: resp.StatusCode, Code: eb.Error.Code, Message: eb.Error.Message}
	}
	_, err = io.Copy(w, resp.Body)
	return err
}
