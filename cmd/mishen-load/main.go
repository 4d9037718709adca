// Command mishen-load measures the review service: concurrent clients
// submit Chinese drafts of a fixed size to POST /api/v1/reviews for a fixed
// time, and it prints reviews per second and latency percentiles. It stops
// by itself (after -duration or -max requests) and, unless told otherwise,
// only talks to loopback addresses.
//
// Usage:
//
//	MISHEN_TOKEN=<publisher token> mishen-load -url http://127.0.0.1:8080 -clients 32 -duration 10s -size 20480
//
// See scripts/load.sh for a run that builds, starts and stops the server.
//
// Measured with scripts/load.sh (32 clients, 10 s, 20 KB drafts, 10% of
// them with a sensitive term, durable audit trail, real engine, server and
// generator on the same 2-core machine, which other jobs shared): 1,005–
// 1,510 reviews/s, p50 20–29 ms, p99 52–83 ms over six runs; 916
// reviews/s, p99 95 ms while two fuzzers held both cores.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// config is what a load run is told.
type config struct {
	url      string
	token    string
	clients  int
	duration time.Duration
	size     int
	mix      float64
	// format is the drafts' format: text, or html (the same sentences
	// as paragraphs of a page, scanned in the sandbox).
	format      string
	max         int
	wait        time.Duration
	allowRemote bool
	hostile     bool
	// hostileToken is the publisher token of the hostile stream.
	hostileToken string
}

func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	var c config
	fs := flag.NewFlagSet("mishen-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.url, "url", "http://127.0.0.1:8080", "the service's base URL")
	fs.IntVar(&c.clients, "clients", 32, "concurrent clients")
	fs.DurationVar(&c.duration, "duration", 10*time.Second, "how long to submit")
	fs.IntVar(&c.size, "size", 20<<10, "bytes of UTF-8 Chinese text per draft")
	fs.Float64Var(&c.mix, "mix", 0.1, "fraction of drafts that carry a sensitive term (verdict review)")
	fs.StringVar(&c.format, "format", "text", "draft format: text or html (an HTML page of the same sentences, scanned in the sandbox)")
	fs.IntVar(&c.max, "max", 0, "stop after this many requests (0: only the duration limits)")
	fs.DurationVar(&c.wait, "wait", 10*time.Second, "wait this long for /healthz before starting")
	fs.BoolVar(&c.allowRemote, "allow-remote", false, "allow a target that is not a loopback address")
	fs.BoolVar(&c.hostile, "hostile", false, "run twice: the clean stream alone, then beside a hostile one (zip bombs, slow PDFs, 50 MB uploads, a sign-in flood, slow bodies from 127.0.0.2-4), and compare")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: MISHEN_TOKEN=<publisher token> mishen-load [flags]\n\n"+
			"Submits drafts from concurrent clients for a fixed time and prints reviews/s and latency.\n\n"+
			"Example:\n  MISHEN_TOKEN=$T mishen-load -url http://127.0.0.1:8080 -clients 32 -duration 10s\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	c.token = getenv("MISHEN_TOKEN")
	c.hostileToken = getenv("MISHEN_HOSTILE_TOKEN")
	if c.hostileToken == "" {
		c.hostileToken = c.token
	}
	if err := c.check(); err != nil {
		fmt.Fprintln(stderr, "mishen-load:", err)
		return 2
	}
	if c.hostile {
		return runHostile(c, stdout, stderr)
	}
	res, err := load(context.Background(), c, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "mishen-load:", err)
		return 1
	}
	res.print(stdout, c)
	if res.ok == 0 {
		return 1
	}
	return 0
}

func (c config) check() error {
	if c.token == "" {
		return errors.New("set MISHEN_TOKEN to a publisher token")
	}
	if c.clients < 1 || c.duration <= 0 || c.size < 1 || c.mix < 0 || c.mix > 1 {
		return errors.New("-clients, -duration and -size must be positive, -mix between 0 and 1")
	}
	if c.format != "text" && c.format != "html" {
		return errors.New("-format must be text or html")
	}
	u, err := url.Parse(c.url)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("bad -url %q", c.url)
	}
	if !c.allowRemote && !isLoopback(u.Hostname()) {
		return fmt.Errorf("%s is not a loopback address; pass -allow-remote to load a remote server", u.Hostname())
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Sentences of an ordinary public notice. None is a finding.
var sentences = []string{
	"为进一步做好政务公开工作，提高政府工作透明度，现将有关事项通知如下。",
	"各单位要高度重视，明确责任分工，认真抓好贯彻落实。",
	"本次活动面向全市中小学生，旨在普及科学知识、弘扬科学精神。",
	"市民可通过政府门户网站查询办事指南、申请材料和办理流程。",
	"今年以来，全市新建改建城市道路四十余条，公共交通服务水平持续提升。",
	"请各区县于本月底前将工作总结报送市政府办公室。",
	"我市将继续深化放管服改革，优化营商环境，激发市场主体活力。",
	"农村人居环境整治工作稳步推进，村容村貌明显改善。",
	"公共图书馆周末开放时间调整为上午九时至下午五时。",
	"欢迎社会各界对本机关工作提出意见和建议。",
	"本年度财政预算执行情况良好，民生支出保持较快增长。",
	"各级部门要加强统筹协调，确保各项任务按期完成。",
}

const sensitive = "本段内容属工作秘密，请勿外传。"

// drafts builds n distinct JSON request bodies of about size bytes each;
// a fraction mix of them carries a sensitive term. An html draft is a page
// whose paragraphs are the same sentences, of about the same size.
func drafts(n, size int, mix float64, format string) [][]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([][]byte, n)
	for i := range out {
		var b strings.Builder
		title := fmt.Sprintf("关于做好第%d批公开事项的通知", i+1)
		html := format == "html"
		if html {
			fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body><h1>%s</h1>\n<p>", title, title)
		} else {
			b.WriteString(title + "\n")
		}
		if float64(i) < mix*float64(n) {
			b.WriteString(sensitive)
		}
		for b.Len() < size {
			b.WriteString(sentences[rng.IntN(len(sentences))])
			if rng.IntN(8) == 0 {
				if html {
					b.WriteString("</p>\n<p>")
				} else {
					b.WriteString("\n")
				}
			}
		}
		if html {
			b.WriteString("</p>\n</body></html>\n")
		}
		body, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("负载测试 %d", i+1), "content": b.String(), "format": format})
		out[i] = body
	}
	return out
}

// result is what a run measured.
type result struct {
	ok, failed int
	statuses   map[int]int
	verdicts   map[string]int
	lat        []time.Duration
	elapsed    time.Duration
	firstErr   error
}

func load(ctx context.Context, c config, stderr io.Writer) (*result, error) {
	tr := &http.Transport{MaxIdleConns: c.clients * 2, MaxIdleConnsPerHost: c.clients * 2, IdleConnTimeout: time.Minute}
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	base := strings.TrimRight(c.url, "/")
	if err := waitHealthy(hc, base, c.wait); err != nil {
		return nil, err
	}
	bodies := drafts(64, c.size, c.mix, c.format)
	ctx, cancel := context.WithTimeout(ctx, c.duration)
	defer cancel()
	var (
		mu  sync.Mutex
		res = &result{statuses: map[int]int{}, verdicts: map[string]int{}}
		n   int
	)
	take := func() bool { // bounds the count when -max is set
		mu.Lock()
		defer mu.Unlock()
		if c.max > 0 && n >= c.max {
			return false
		}
		n++
		return true
	}
	start := time.Now()
	var wg sync.WaitGroup
	for w := range c.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			local := &result{statuses: map[int]int{}, verdicts: map[string]int{}}
			for i := w; ctx.Err() == nil && take(); i += c.clients {
				body := bodies[i%len(bodies)]
				t0 := time.Now()
				code, verdict, err := submit(ctx, hc, base, c.token, body)
				d := time.Since(t0)
				if ctx.Err() != nil && err != nil {
					break // cut off by the deadline: not a failure
				}
				local.statuses[code]++
				if err == nil && code == http.StatusCreated {
					local.ok++
					local.verdicts[verdict]++
					lat = append(lat, d)
				} else {
					local.failed++
					if local.firstErr == nil {
						local.firstErr = fmt.Errorf("status %d: %v", code, err)
					}
				}
			}
			mu.Lock()
			res.ok += local.ok
			res.failed += local.failed
			for k, v := range local.statuses {
				res.statuses[k] += v
			}
			for k, v := range local.verdicts {
				res.verdicts[k] += v
			}
			res.lat = append(res.lat, lat...)
			if res.firstErr == nil {
				res.firstErr = local.firstErr
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	if res.firstErr != nil {
		fmt.Fprintln(stderr, "mishen-load: first failure:", res.firstErr)
	}
	return res, nil
}

func waitHealthy(hc *http.Client, base string, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		resp, err := hc.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s/healthz did not answer within %v", base, wait)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func submit(ctx context.Context, hc *http.Client, base, token string, body []byte) (int, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v1/reviews", bytes.NewReader(body))
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := hc.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, "", err
	}
	var r struct {
		Verdict string `json:"verdict"`
	}
	if resp.StatusCode == http.StatusCreated {
		if err := json.Unmarshal(data, &r); err != nil {
			return resp.StatusCode, "", err
		}
	}
	return resp.StatusCode, r.Verdict, nil
}

func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.5) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i]
}

func (r *result) print(w io.Writer, c config) {
	slices.Sort(r.lat)
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }
	fmt.Fprintf(w, "mishen-load: %d clients for %v, %s drafts of %d bytes (%.0f%% with a sensitive term)\n",
		c.clients, c.duration, c.format, c.size, c.mix*100)
	fmt.Fprintf(w, "reviews:  %d acknowledged (201), %d failed, %.1f reviews/s over %.2fs\n",
		r.ok, r.failed, float64(r.ok)/r.elapsed.Seconds(), r.elapsed.Seconds())
	fmt.Fprintf(w, "latency:  p50 %s  p90 %s  p99 %s  max %s\n",
		ms(pct(r.lat, .50)), ms(pct(r.lat, .90)), ms(pct(r.lat, .99)), ms(pct(r.lat, 1)))
	var vs []string
	for _, k := range []string{"pass", "review", "block"} {
		if r.verdicts[k] > 0 {
			vs = append(vs, fmt.Sprintf("%s %d", k, r.verdicts[k]))
		}
	}
	fmt.Fprintf(w, "verdicts: %s\n", strings.Join(vs, ", "))
	if r.failed > 0 {
		var ss []string
		for k, v := range r.statuses {
			if k != http.StatusCreated {
				ss = append(ss, fmt.Sprintf("%d×%d", k, v))
			}
		}
		slices.Sort(ss)
		fmt.Fprintf(w, "failures: %s (status 0: connection error)\n", strings.Join(ss, ", "))
	}
}

// runHostile measures the clean stream alone, then beside the hostile
// stream, and prints both and the ratio. It fails (exit 1) when the clean
// stream keeps under 70% of its throughput or its p99 reaches 500 ms.
func runHostile(c config, stdout, stderr io.Writer) int {
	base, err := load(context.Background(), c, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "mishen-load:", err)
		return 1
	}
	fmt.Fprintln(stdout, "== clean stream alone")
	base.print(stdout, c)
	fmt.Fprintln(stderr, "mishen-load: preparing the hostile stream (zip bomb, 11 MB PDF, 50 MB upload)…")
	st := &hostileStats{m: map[string]map[int]int{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		hostile(ctx, strings.TrimRight(c.url, "/"), c.hostileToken, st)
		close(done)
	}()
	time.Sleep(3 * time.Second) // let the hostile stream fill the queues
	under, err := load(context.Background(), c, stderr)
	cancel()
	<-done
	if err != nil {
		fmt.Fprintln(stderr, "mishen-load:", err)
		return 1
	}
	fmt.Fprintln(stdout, "== clean stream beside the hostile one")
	under.print(stdout, c)
	fmt.Fprintln(stdout, "hostile:  "+st.String())
	r0 := float64(base.ok) / base.elapsed.Seconds()
	r1 := float64(under.ok) / under.elapsed.Seconds()
	slices.Sort(under.lat)
	p99 := pct(under.lat, .99)
	fmt.Fprintf(stdout, "kept:     %.0f%% of the clean throughput (target ≥ 70%%), p99 %.1fms (target < 500 ms)\n",
		100*r1/r0, float64(p99.Microseconds())/1000)
	if r1 < 0.7*r0 || p99 >= 500*time.Millisecond || under.failed > 0 {
		return 1
	}
	return 0
}
