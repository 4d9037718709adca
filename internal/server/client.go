package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
)

// Client calls a running mishen service's admin and audit endpoints; the
// CLI uses it when the data folder is held by the server.
type Client struct {
	// Base is the service URL, e.g. http://127.0.0.1:8080.
	Base string
	// Token is sent as the bearer token.
	Token string
	// HTTP defaults to a client with a 60-second timeout.
	HTTP *http.Client
}

// APIError is an error answer of the service.
type APIError struct {
	Status  int
	Code    string
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("server: %d %s: %s", e.Status, e.Code, e.Message)
}

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.Base, "/")+path, rd)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return fmt.Errorf("server: reading answer: %w", err)
	}
	if resp.StatusCode >= 300 {
		var eb ErrorBody
		if json.Unmarshal(data, &eb) == nil && eb.Error.Code != "" {
			return &APIError{Status: resp.StatusCode, Code: eb.Error.Code, Message: eb.Error.Message}
		}
		return &APIError{Status: resp.StatusCode, Code: "http", Message: resp.Status}
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fmt.Errorf("server: answer is not the expected JSON: %w", err)
		}
	}
	return nil
}

// CreateToken issues a token (admin).
func (c *Client) CreateToken(ctx context.Context, role review.Role, name string) (TokenResponse, error) {
	var out TokenResponse
	err := c.do(ctx, http.MethodPost, "/api/v1/admin/tokens", TokenRequest{Role: string(role), Name: name}, &out)
	return out, err
}

// ListTokens lists tokens (admin).
func (c *Client) ListTokens(ctx context.Context) ([]review.Token, error) {
	var out TokensResponse
	err := c.do(ctx, http.MethodGet, "/api/v1/admin/tokens", nil, &out)
	return out.Tokens, err
}

// RevokeToken revokes name's token (admin).
func (c *Client) RevokeToken(ctx context.Context, name string) (review.Token, error) {
	var out review.Token
	err := c.do(ctx, http.MethodDelete, "/api/v1/admin/tokens/"+url.PathEscape(name), nil, &out)
	return out, err
}

// Verify re-hashes the trail on the server (auditor).
func (c *Client) Verify(ctx context.Context) (VerifyResponse, error) {
	var out VerifyResponse
	err := c.do(ctx, http.MethodGet, "/api/v1/audit/verify", nil, &out)
	return out, err
}

// Consistency asks for the latest checkpoint and the proof that it
// extends the log of from events (auditor).
func (c *Client) Consistency(ctx context.Context, from uint64) (ConsistencyResponse, error) {
	var out ConsistencyResponse
	err := c.do(ctx, http.MethodGet, "/api/v1/audit/consistency?from="+strconv.FormatUint(from, 10), nil, &out)
	return out, err
}

// Events returns a page of the trail after seq after (auditor).
func (c *Client) Events(ctx context.Context, after uint64, limit int) (EventsResponse, error) {
	var out EventsResponse
	q := url.Values{"after": {strconv.FormatUint(after, 10)}, "limit": {strconv.Itoa(limit)}}
	err := c.do(ctx, http.MethodGet, "/api/v1/audit?"+q.Encode(), nil, &out)
	return out, err
}

// Export pages through the whole trail and writes it to w (auditor).
func (c *Client) Export(ctx context.Context, format string, w io.Writer) error {
	x, err := audit.NewExporter(w, format)
	if err != nil {
		return err
	}
	var after uint64
	for {
		page, err := c.Events(ctx, after, audit.MaxLimit)
		if err != nil {
			return err
		}
		for _, e := range page.Events {
			if err := x.Write(e); err != nil {
				return err
			}
		}
		if page.Next == 0 {
			return x.Flush()
		}
		after = page.Next
	}
}
