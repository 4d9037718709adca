package server

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/redact"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

// Cleaner makes the cleaned copy (区分处理稿) of one file; serve wires
// redact.Clean with the service's scanner. Nil answers 503.
type Cleaner func(ctx context.Context, name string, data []byte, opts redact.Options) (redact.Result, error)

// resubmit is POST /api/v1/reviews/{id}/versions: the body of a
// submission, recorded as a new version of review id by its submitter.
func (s *Server) resubmit(c *gin.Context, a review.Actor) error {
	sub, err := s.submission(c)
	if err != nil {
		return err
	}
	sub.Supersedes = c.Param("id")
	r, err := s.svc.Submit(c.Request.Context(), a, sub)
	if err != nil {
		return err
	}
	c.Header("Location", "/api/v1/reviews/"+r.ID)
	c.JSON(http.StatusCreated, r)
	return nil
}

// WithdrawRequest is the body of POST /api/v1/reviews/{id}/withdraw.
type WithdrawRequest struct {
	Reason string `json:"reason,omitempty"`
}

func (s *Server) withdraw(c *gin.Context, a review.Actor) error {
	var in WithdrawRequest
	if c.Request.ContentLength != 0 {
		if err := readJSON(c, smallBody, &in); err != nil {
			return err
		}
	}
	r, err := s.svc.Withdraw(a, c.Param("id"), in.Reason)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, r)
	return nil
}

// VersionsResponse is the answer of GET /api/v1/reviews/{id}/versions.
type VersionsResponse struct {
	Versions []review.Summary `json:"versions"`
}

func (s *Server) versions(c *gin.Context, a review.Actor) error {
	vs, err := s.svc.Versions(a, c.Param("id"))
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, VersionsResponse{Versions: vs})
	return nil
}

// CleanedRefusal is the answer of the cleaned-copy route when no copy
// can be made: why, in Chinese, and what the scan found.
type CleanedRefusal struct {
	Error   ErrorDetail      `json:"error"`
	Rule    string           `json:"rule"`
	Changes []redact.Change  `json:"changes,omitempty"`
	Before  []report.Finding `json:"findings,omitempty"`
}

// cleaned is GET /api/v1/reviews/{id}/files/{n}/cleaned: the cleaned
// copy of the stored draft's file n (1-based), for its submitter and the
// reviewers while the draft is kept. Reading the draft is an audited
// access. ?operator=mask|label|remove&label=… choose what becomes of a
// personal value; ?keep=mobile_phone,… keeps categories the clerk
// chose to publish. A refusal is 422 with the reason.
func (s *Server) cleaned(c *gin.Context, a review.Actor) error {
	if s.cleaner == nil {
		return review.Errorf(review.KindUnavailable, "no_cleaner", "本服务未启用脱敏稿生成")
	}
	n, err := strconv.Atoi(c.Param("n"))
	if err != nil || n < 1 {
		return review.Errorf(review.KindInvalid, "bad_file", "文件序号应为从 1 开始的整数")
	}
	opts := redact.Options{Operator: redact.Operator(c.DefaultQuery("operator", string(redact.Mask))), Label: c.Query("label")}
	switch opts.Operator {
	case redact.Mask, redact.Label, redact.Remove:
	default:
		return review.Errorf(review.KindInvalid, "bad_operator", "operator 应为 mask、label 或 remove")
	}
	if k := c.Query("keep"); k != "" {
		for _, cat := range strings.FieldsFunc(k, func(r rune) bool { return r == ',' }) {
			opts.Keep = append(opts.Keep, report.Category(cat))
		}
	}
	files, err := s.svc.Draft(a, c.Param("id"))
	if err != nil {
		return err
	}
	if n > len(files) {
		return review.Errorf(review.KindNotFound, "no_file", "审查 %s 没有第 %d 个文件", c.Param("id"), n)
	}
	f := files[n-1]
	res, err := s.cleaner(c.Request.Context(), f.Name, f.Data, opts)
	if err != nil {
		return review.Errorf(review.KindUnavailable, "clean_failed", "脱敏稿生成失败，请稍后重试或在原文档中修改后重新提交")
	}
	if res.Refused != nil {
		c.Header("Cache-Control", "no-store")
		c.JSON(http.StatusUnprocessableEntity, CleanedRefusal{
			Error: ErrorDetail{Code: "clean_refused", Message: res.Refused.Reason}, Rule: res.Refused.Rule,
			Changes: res.Changes, Before: res.Before.Findings})
		return nil
	}
	c.Header("Cache-Control", "no-store")
	c.Header("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(CleanedName(f.Name)))
	c.Header("X-Mishen-Changes", strconv.Itoa(len(res.Changes)))
	c.Data(http.StatusOK, "application/octet-stream", res.Data)
	return nil
}

// CleanedName is the download name of a cleaned copy: 通知.docx →
// 通知（脱敏稿）.docx.
func CleanedName(name string) string {
	for i := len(name) - 1; i > 0; i-- {
		if name[i] == '.' {
			return name[:i] + "（脱敏稿）" + name[i:]
		}
	}
	return fmt.Sprintf("%s（脱敏稿）", name)
}
