package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	asmutf8 "github.com/segmentio/asm/utf8"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
)

// smallBody bounds JSON bodies other than submissions.
const smallBody = 1 << 20

// maxTitleBytes bounds a multipart title part; the service allows 300
// characters, at most 1,200 bytes of UTF-8.
const maxTitleBytes = 4096

// SubmitRequest is the JSON form of POST /api/v1/reviews.
type SubmitRequest struct {
	Title   string `json:"title"`
	Content string `json:"content"`
	// Format is text (default) or html.
	Format string `json:"format"`
}

func tooLarge(limit int64) error {
	return review.Errorf(review.KindTooLarge, "too_large", "请求体超过上限 %d MiB", limit>>20)
}

// readJSON decodes a JSON body of at most limit bytes into v. A field
// that v does not have is 400 unknown_field naming it. The body
// must be exactly one JSON value in UTF-8: a charset other than UTF-8 is
// 415, bytes that are not UTF-8 (which a decoder would silently turn into
// U+FFFD, so that what is scanned and hashed is not what was sent) or a
// \u escape of a lone surrogate are 400 bad_encoding, and anything but
// white space after the value is 400 bad_json.
func readJSON(c *gin.Context, limit int64, v any) error {
	raw, err := readJSONBody(c, limit)
	if err != nil {
		return err
	}
	return decodeJSON(raw, v)
}

// readJSONBody is readJSON up to the decoding: the media type, the
// charset, the size and the UTF-8 of the body, which it returns.
func readJSONBody(c *gin.Context, limit int64) ([]byte, error) {
	mt, params, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if err != nil || mt != "application/json" {
		return nil, review.Errorf(review.KindUnsupported, "unsupported_type", "请求体须为 application/json")
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		return nil, review.Errorf(review.KindUnsupported, "unsupported_charset", "请求体须为 UTF-8 编码的 JSON（charset=utf-8）")
	}
	if c.Request.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	raw, err := readBody(http.MaxBytesReader(c.Writer, c.Request.Body, limit), c.Request.ContentLength)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, tooLarge(limit)
		}
		return nil, review.Errorf(review.KindInvalid, "bad_json", "请求体读取失败")
	}
	if !asmutf8.Valid(raw) {
		return nil, errBadEncoding
	}
	return raw, nil
}

// readBody reads r to its end into one buffer sized for the declared
// length (a hint only: the bytes read decide, and the caller's
// MaxBytesReader bounds them), so that a body is not copied as
// io.ReadAll's buffer grows.
func readBody(r io.Reader, declared int64) ([]byte, error) {
	if declared <= 0 || declared > 1<<20 {
		return io.ReadAll(r)
	}
	b := make([]byte, 0, declared+1) // +1: EOF is seen without growing
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // longer than declared: grow
		}
	}
}

// decodeJSON is readJSON's decoding of a body read by readJSONBody.
func decodeJSON(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return review.Errorf(review.KindInvalid, "bad_json", "JSON 字段 %s 的类型不对", te.Field)
		}
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			// A misspelt field would otherwise be ignored without a word
			// (a "strict" the client thinks it set); name it.
			return review.Errorf(review.KindInvalid, "unknown_field", "JSON 中有未知字段 %s，请对照接口说明检查字段名", shortField(f))
		}
		return review.Errorf(review.KindInvalid, "bad_json", "请求体不是有效的 JSON")
	}
	if _, err := dec.Token(); err != io.EOF {
		return review.Errorf(review.KindInvalid, "bad_json", "请求体只能是一个 JSON 对象，其后不能有其他内容")
	}
	if loneSurrogate(raw) {
		return errBadEncoding
	}
	return nil
}

// shortField bounds a field name quoted back to the client.
func shortField(f string) string {
	if r := []rune(f); len(r) > 66 {
		return string(r[:64]) + "…\""
	}
	return f
}

var errBadEncoding = review.Errorf(review.KindInvalid, "bad_encoding", "请求体必须是 UTF-8 编码的 JSON")

// loneSurrogate reports whether valid JSON raw has a \u escape of a UTF-16
// surrogate that is not half of a pair: encoding/json turns it into
// U+FFFD without a word. Backslashes occur only in strings of valid JSON,
// so no string tracking is needed.
func loneSurrogate(raw []byte) bool {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		if i+1 >= len(raw) || raw[i+1] != 'u' {
			i++ // \", \\, \n …: skip the escaped character
			continue
		}
		r, ok := hex4(raw, i+2)
		if !ok {
			return false // not valid JSON; the decoder said so already
		}
		i += 5
		switch {
		case r >= 0xDC00 && r <= 0xDFFF:
			return true
		case r >= 0xD800 && r <= 0xDBFF:
			if i+6 >= len(raw) || raw[i+1] != '\\' || raw[i+2] != 'u' {
				return true
			}
			lo, ok := hex4(raw, i+3)
			if !ok || lo < 0xDC00 || lo > 0xDFFF {
				return true
			}
			i += 6
		}
	}
	return false
}

// hex4 reads the four hex digits of a \u escape at b[at:]. An HTML draft
// sent by encoding/json has one for every <, > and &.
func hex4(b []byte, at int) (rune, bool) {
	if at < 0 || at+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[at : at+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// submission decodes a JSON or multipart submission. Every byte read is
// bounded by MaxUploadBytes (413 beyond).
func (s *Server) submission(c *gin.Context) (review.Submission, error) {
	var sub review.Submission
	limit := s.cfg.MaxUploadBytes
	mt, params, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if err != nil {
		mt = ""
	}
	switch mt {
	case "application/json":
		raw, err := readJSONBody(c, limit)
		if err != nil {
			return sub, err
		}
		req, ok := decodeSubmit(raw)
		if !ok { // a shape of its own: encoding/json judges it
			var sr SubmitRequest
			if err := decodeJSON(raw, &sr); err != nil {
				return sub, err
			}
			req = submitFields{Title: sr.Title, Content: []byte(sr.Content), Format: sr.Format}
		}
		name := "content.txt"
		switch req.Format {
		case "", "text":
		case "html":
			name = "content.html"
		default:
			return sub, review.Errorf(review.KindInvalid, "bad_format", "format 应为 text 或 html")
		}
		if len(req.Content) == 0 {
			return sub, review.Errorf(review.KindInvalid, "no_content", "content 为空：请提供稿件正文")
		}
		sub.Title = req.Title
		sub.Files = []review.DraftFile{{Name: name, Data: req.Content}}
		return sub, nil
	case "multipart/form-data":
		if params["boundary"] == "" {
			return sub, review.Errorf(review.KindInvalid, "bad_multipart", "multipart 请求缺少 boundary")
		}
		if c.Request.ContentLength > limit {
			return sub, tooLarge(limit)
		}
		mr := multipart.NewReader(http.MaxBytesReader(c.Writer, c.Request.Body, limit), params["boundary"])
		return s.readParts(mr, limit)
	}
	return sub, review.Errorf(review.KindUnsupported, "unsupported_type",
		"请求体须为 application/json（title、content、format）或 multipart/form-data（file、title）")
}

func (s *Server) readParts(mr *multipart.Reader, limit int64) (review.Submission, error) {
	var sub review.Submission
	fail := func(err error) error {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return tooLarge(limit)
		}
		return review.Errorf(review.KindInvalid, "bad_multipart", "multipart 请求体格式错误")
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return sub, fail(err)
		}
		switch p.FormName() {
		case "file":
			if len(sub.Files) == s.cfg.MaxFiles {
				return sub, review.Errorf(review.KindInvalid, "too_many_files", "一次最多提交 %d 个文件", s.cfg.MaxFiles)
			}
			data, err := io.ReadAll(p)
			if err != nil {
				return sub, fail(err)
			}
			sub.Files = append(sub.Files, review.DraftFile{Name: p.FileName(), Data: data})
		case "title":
			b, err := io.ReadAll(io.LimitReader(p, maxTitleBytes+1))
			if err != nil {
				return sub, fail(err)
			}
			if len(b) > maxTitleBytes {
				return sub, review.Errorf(review.KindInvalid, "title_too_long", "标题过长，请缩短后重新提交")
			}
			if !utf8.Valid(b) {
				return sub, errBadEncoding
			}
			sub.Title = string(b)
		default:
			if _, err := io.Copy(io.Discard, p); err != nil {
				return sub, fail(err)
			}
		}
		p.Close()
	}
	if len(sub.Files) == 0 {
		return sub, review.Errorf(review.KindInvalid, "no_content", "multipart 请求中没有名为 file 的文件")
	}
	return sub, nil
}

func boolParam(c *gin.Context, name string) (bool, error) {
	switch v := c.Query(name); v {
	case "", "0", "false", "no":
		return false, nil
	case "1", "true", "yes":
		return true, nil
	}
	return false, review.Errorf(review.KindInvalid, "bad_param", "参数 %s 应为 1 或 0", name)
}

func intParam(c *gin.Context, name string) (int, error) {
	v := c.Query(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, review.Errorf(review.KindInvalid, "bad_param", "参数 %s 应为非负整数", name)
	}
	return n, nil
}

func (s *Server) submit(c *gin.Context, a review.Actor) error {
	strict, err := boolParam(c, "strict")
	if err != nil {
		return err
	}
	sub, err := s.submission(c)
	if err != nil {
		return err
	}
	sub.Strict = strict
	r, err := s.svc.Submit(c.Request.Context(), a, sub)
	if err != nil {
		return err
	}
	c.Header("Location", "/api/v1/reviews/"+r.ID)
	c.JSON(http.StatusCreated, r)
	return nil
}

func (s *Server) get(c *gin.Context, a review.Actor) error {
	r, err := s.svc.Get(a, c.Param("id"))
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, r)
	return nil
}

// ListResponse is the answer of GET /api/v1/reviews.
type ListResponse struct {
	Reviews []review.Summary `json:"reviews"`
	// Next is the after= of the next page; empty at the end.
	Next string `json:"next,omitempty"`
}

func (s *Server) list(c *gin.Context, a review.Actor) error {
	limit, err := intParam(c, "limit")
	if err != nil {
		return err
	}
	q := review.ListQuery{Submitter: c.Query("submitter"), After: c.Query("after"), Limit: limit}
	if st := c.Query("status"); st != "" {
		if q.Status, err = review.ParseStatus(st); err != nil {
			return err
		}
	}
	rs, next, err := s.svc.List(a, q)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, ListResponse{Reviews: rs, Next: next})
	return nil
}

func (s *Server) decide(c *gin.Context, a review.Actor) error {
	var in review.DecisionInput
	if err := readJSON(c, smallBody, &in); err != nil {
		return err
	}
	r, err := s.svc.Decide(a, c.Param("id"), in)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, r)
	return nil
}

// ReleaseRequest is the body of POST /api/v1/reviews/{id}/release.
type ReleaseRequest struct {
	ContentSHA256 string `json:"content_sha256"`
}

func (s *Server) release(c *gin.Context, a review.Actor) error {
	var in ReleaseRequest
	if err := readJSON(c, smallBody, &in); err != nil {
		return err
	}
	rc, err := s.svc.Release(a, c.Param("id"), in.ContentSHA256)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, rc)
	return nil
}

// EventsResponse is the answer of GET /api/v1/audit.
type EventsResponse struct {
	Events []audit.Event `json:"events"`
	// Next is the after= of the next page; 0 at the end.
	Next uint64 `json:"next,omitempty"`
}

func timeParam(c *gin.Context, name string) (time.Time, error) {
	v := c.Query(name)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return t, review.Errorf(review.KindInvalid, "bad_param", "参数 %s 应为 RFC 3339 时间，如 2025-01-02T15:04:05+08:00", name)
	}
	return t, nil
}

func (s *Server) events(c *gin.Context, a review.Actor) error {
	f := audit.Filter{ReviewID: c.Query("review"), Actor: c.Query("actor"), Action: c.Query("action")}
	var err error
	if f.From, err = timeParam(c, "from"); err != nil {
		return err
	}
	if f.To, err = timeParam(c, "to"); err != nil {
		return err
	}
	if f.Limit, err = intParam(c, "limit"); err != nil {
		return err
	}
	if v := c.Query("after"); v != "" {
		if f.After, err = strconv.ParseUint(v, 10, 64); err != nil {
			return review.Errorf(review.KindInvalid, "bad_param", "参数 after 应为事件序号")
		}
	}
	evs, next, err := s.svc.Events(a, f)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, EventsResponse{Events: evs, Next: next})
	return nil
}

// VerifyResponse is the answer of GET /api/v1/audit/verify.
type VerifyResponse struct {
	OK      bool   `json:"ok"`
	Events  uint64 `json:"events"`
	Head    string `json:"head"`
	HeadSeq uint64 `json:"head_seq"`
	// Breaks lists up to review.MaxBreaks breaks; BreaksTotal counts all.
	Breaks      []audit.Break `json:"breaks"`
	BreaksTotal int           `json:"breaks_total"`
}

func (s *Server) verify(c *gin.Context, a review.Actor) error {
	sum, breaks, err := s.svc.VerifyTrail(a)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, VerifyResponse{OK: sum.OK, Events: sum.Events, Head: sum.Head.String(),
		HeadSeq: sum.HeadSeq, Breaks: breaks, BreaksTotal: sum.Breaks})
	return nil
}

// ConsistencyResponse is the answer of GET /api/v1/audit/consistency?from=N:
// the latest signed checkpoint and the RFC 6962 consistency proof from
// the log of N events to it (none when the log is shorter than N).
type ConsistencyResponse struct {
	Checkpoint string   `json:"checkpoint"`
	From       uint64   `json:"from"`
	Proof      [][]byte `json:"proof"`
}

func (s *Server) consistency(c *gin.Context, a review.Actor) error {
	from, err := strconv.ParseUint(c.Query("from"), 10, 64)
	if err != nil {
		return review.Errorf(review.KindInvalid, "bad_from", "from 应为检查点记录的事件数")
	}
	msg, p, err := s.svc.Consistency(a, from)
	if err != nil {
		return err
	}
	if p == nil {
		p = [][]byte{}
	}
	c.JSON(http.StatusOK, ConsistencyResponse{Checkpoint: string(msg), From: from, Proof: p})
	return nil
}

func (s *Server) export(c *gin.Context, a review.Actor) error {
	format := c.DefaultQuery("format", audit.FormatJSONL)
	ct := map[string]string{audit.FormatJSONL: "application/x-ndjson; charset=utf-8", audit.FormatCSV: "text/csv; charset=utf-8"}[format]
	if ct == "" {
		return review.Errorf(review.KindInvalid, "bad_format", "导出格式应为 jsonl 或 csv")
	}
	c.Header("Content-Type", ct)
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="mishen-audit.%s"`, format))
	c.Status(http.StatusOK)
	if err := s.svc.ExportTrail(a, format, c.Writer); err != nil {
		// Headers are gone; cut the stream so the client sees it fail.
		panic(http.ErrAbortHandler)
	}
	return nil
}

// TokenRequest is the body of POST /api/v1/admin/tokens.
type TokenRequest struct {
	Role string `json:"role"`
	Name string `json:"name"`
}

// TokenResponse carries a new token; it is shown this once.
type TokenResponse struct {
	review.Token
	Secret string `json:"token"`
}

func (s *Server) createToken(c *gin.Context, a review.Actor) error {
	var in TokenRequest
	if err := readJSON(c, smallBody, &in); err != nil {
		return err
	}
	role, err := review.ParseRole(in.Role)
	if err != nil {
		return err
	}
	secret, t, err := s.svc.CreateToken(a, role, in.Name)
	if err != nil {
		return err
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusCreated, TokenResponse{Token: t, Secret: secret})
	return nil
}

// TokensResponse is the answer of GET /api/v1/admin/tokens.
type TokensResponse struct {
	Tokens []review.Token `json:"tokens"`
}

func (s *Server) listTokens(c *gin.Context, a review.Actor) error {
	ts, err := s.svc.ListTokens(a)
	if err != nil {
		return err
	}
	if ts == nil {
		ts = []review.Token{}
	}
	c.JSON(http.StatusOK, TokensResponse{Tokens: ts})
	return nil
}

func (s *Server) revokeToken(c *gin.Context, a review.Actor) error {
	t, err := s.svc.RevokeToken(a, c.Param("name"))
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, t)
	return nil
}

func (s *Server) reload(c *gin.Context, a review.Actor) error {
	v, err := s.svc.ReloadDictionaries(a)
	s.metrics.Reloaded(err == nil)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, gin.H{"dict_version": v})
	return nil
}

// scanOnly answers POST /api/v1/scan: the findings and verdict of a
// draft, sent like a submission, with nothing stored and no review id.
func (s *Server) scanOnly(c *gin.Context, a review.Actor) error {
	sub, err := s.submission(c)
	if err != nil {
		return err
	}
	res, err := s.svc.ScanOnly(c.Request.Context(), a, sub)
	if err != nil {
		return err
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, res)
	return nil
}
