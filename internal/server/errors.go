package server

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/review"
)

// statusOf is the one table from workflow errors to HTTP statuses. An
// error not in it (a storage failure) is a 500, which bad input never is:
// every check of input returns a *review.Error.
var statusOf = map[review.Kind]int{
	review.KindInvalid:         http.StatusBadRequest,
	review.KindUnauthenticated: http.StatusUnauthorized,
	review.KindForbidden:       http.StatusForbidden,
	review.KindNotFound:        http.StatusNotFound,
	review.KindConflict:        http.StatusConflict,
	review.KindTooLarge:        http.StatusRequestEntityTooLarge,
	review.KindUnsupported:     http.StatusUnsupportedMediaType,
	review.KindUnreadable:      http.StatusUnprocessableEntity,
	review.KindUnavailable:     http.StatusServiceUnavailable,
	review.KindStorageFull:     http.StatusInsufficientStorage,
	review.KindTooMany:         http.StatusTooManyRequests,
	review.KindUnprocessable:   http.StatusUnprocessableEntity,
}

// ErrorBody is the JSON of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong: a stable code and a Chinese message.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// ReviewID is set when a review was recorded anyway (strict mode).
	ReviewID string `json:"review_id,omitempty"`
}

// StatusOf returns the HTTP status for err and the body to send.
func StatusOf(err error) (int, ErrorBody) {
	var e *review.Error
	if errors.As(err, &e) {
		if st, ok := statusOf[e.Kind]; ok {
			return st, ErrorBody{ErrorDetail{Code: e.Code, Message: e.Message, ReviewID: e.ReviewID}}
		}
	}
	return http.StatusInternalServerError, ErrorBody{ErrorDetail{Code: "internal", Message: "服务内部错误，请稍后重试或联系管理员"}}
}

// handler is what every API handler looks like: it writes its success
// response itself and returns any error for the adapter.
type handler func(c *gin.Context, a review.Actor) error

// writeError sends err as JSON. Internal errors are logged; their text
// never reaches the client.
func (s *Server) writeError(c *gin.Context, err error) {
	st, body := StatusOf(err)
	var re *review.Error
	if errors.As(err, &re) && re.RetryAfter > 0 {
		c.Header("Retry-After", strconv.Itoa(re.RetryAfter))
	}
	if st == http.StatusInternalServerError {
		s.log.LogAttrs(c.Request.Context(), slog.LevelError, "internal error",
			slog.String("route", routeOf(c)), slog.String("error", err.Error()))
	}
	c.Header("Cache-Control", "no-store")
	c.AbortWithStatusJSON(st, body)
}
