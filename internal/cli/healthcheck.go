package cli

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

const healthcheckUsage = `用法: mishen healthcheck [--url URL] [--timeout 5s]

检查运行中的 mishen serve 是否健康：请求 /healthz，答 200 且 {"status":"ok"} 时退出码 0，
否则退出码 1 并在标准错误说明原因。可直接用作 Docker HEALTHCHECK（镜像中不需要 curl 或 shell）:
  HEALTHCHECK CMD ["mishen", "healthcheck"]
不给 --url 时，地址取自 MISHEN_ADDR（默认 :8080，连接本机 127.0.0.1）；设置了 MISHEN_TLS_CERT 时用 https
（只检查本机服务，不校验证书）。

Checks a running mishen serve: exit 0 when /healthz answers 200 with
{"status":"ok"}, 1 otherwise (the reason on stderr), 2 on a usage error.

Flags:
`

func runHealthcheck(env Env, args []string) int {
	cfg, ok := envConfig(env, "healthcheck")
	if !ok {
		return ExitUsage
	}
	fs := newFlagSet("healthcheck", env, healthcheckUsage)
	target := fs.String("url", "", "/healthz 的完整地址 / full URL of /healthz (default from MISHEN_ADDR)")
	timeout := fs.Duration("timeout", 5*time.Second, "等待回答的时限 / how long to wait")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "mishen healthcheck: unexpected argument %q\n", fs.Arg(0))
		return ExitUsage
	}
	u := *target
	local := u == ""
	if local {
		u = healthURL(cfg.Addr, cfg.TLSCert != "")
	}
	if p, err := url.Parse(u); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		fmt.Fprintf(env.Stderr, "mishen healthcheck: --url %q is not an http(s) URL\n", u)
		return ExitUsage
	}
	if err := checkHealth(u, *timeout, local); err != nil {
		fmt.Fprintf(env.Stderr, "mishen healthcheck: %s: %v\n", u, err)
		return ExitFound
	}
	return ExitOK
}

// healthURL is the /healthz URL of a server listening on addr on this
// machine: a wildcard or empty host is reached on the loopback address.
func healthURL(addr string, tlsOn bool) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		host, port = "", "8080"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
		if ip != nil && ip.To4() == nil {
			host = "::1"
		}
	}
	scheme := "http"
	if tlsOn {
		scheme = "https"
	}
	return scheme + "://" + net.JoinHostPort(host, port) + "/healthz"
}

// checkHealth asks u and wants 200 with status ok. insecure skips the
// certificate check, for the server's own address only.
func checkHealth(u string, timeout time.Duration, insecure bool) error {
	tr := &http.Transport{Proxy: nil}
	if insecure {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	client := &http.Client{Timeout: timeout, Transport: tr}
	defer tr.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return err
	}
	var h struct {
		Status string `json:"status"`
		Reason string `json:"reason"`
	}
	jsonErr := json.Unmarshal(body, &h)
	switch {
	case resp.StatusCode == http.StatusOK && jsonErr == nil && h.Status == "ok":
		return nil
	case h.Status != "" && h.Reason != "":
		// A degraded server says why (a full disk, a failing trail).
		return fmt.Errorf("HTTP %d, %s: %s", resp.StatusCode, h.Status, h.Reason)
	case h.Status != "":
		return fmt.Errorf("HTTP %d, status %q", resp.StatusCode, h.Status)
	case jsonErr != nil:
		return fmt.Errorf("HTTP %d, not the JSON of /healthz", resp.StatusCode)
	}
	return fmt.Errorf("HTTP %d", resp.StatusCode)
}
