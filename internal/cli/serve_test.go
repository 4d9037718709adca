package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
)

func testEnv(vars map[string]string) (Env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] }}, &out, &errb
}

func TestServeHelp(t *testing.T) {
	env, out, errb := testEnv(nil)
	if code := Main(env, []string{"serve", "--help"}); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	help := out.String() + errb.String()
	for _, want := range []string{"--addr", "--data", "MISHEN_DATA", "MISHEN_BLOCK_APPROVALS", "Example", "mishen token create",
		"--max-file-mb", "MISHEN_MAX_FILE_MB", "--scan-timeout", "MISHEN_SCAN_TIMEOUT"} {
		if !strings.Contains(help, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	env, _, errb = testEnv(map[string]string{"MISHEN_BLOCK_APPROVALS": "many"})
	if code := Main(env, []string{"serve"}); code != ExitUsage || !strings.Contains(errb.String(), "MISHEN_BLOCK_APPROVALS") {
		t.Fatalf("bad env: exit %d %s", code, errb)
	}
	env, _, _ = testEnv(nil)
	if code := Main(env, []string{"serve", "--tls-cert", "x.pem"}); code != ExitUsage {
		t.Fatalf("cert without key: exit %d", code)
	}
}

// TestServeInProcess starts the service on a loopback port with no
// tokens, checks the bootstrap instructions, and stops it.
func TestServeInProcess(t *testing.T) {
	cfg := config.Default()
	cfg.DataDir = filepath.Join(t.TempDir(), "data")
	cfg.Addr = "127.0.0.1:0"
	env, _, errb := testEnv(nil)
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan int, 1)
	go func() { done <- serve(ctx, env, cfg, func(a string) { addr <- a }) }()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case code := <-done:
		t.Fatalf("serve exited %d: %s", code, errb)
	}
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v", err)
	}
	resp.Body.Close()
	resp, _ = http.Post(base+"/api/v1/reviews", "application/json", strings.NewReader(`{"content":"x"}`))
	if resp.StatusCode != 401 {
		t.Fatalf("no token: %d", resp.StatusCode)
	}
	resp.Body.Close()
	cancel()
	if code := <-done; code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb)
	}
	log := errb.String()
	for _, want := range []string{"还没有任何访问令牌", "No access tokens exist yet", "mishen token create", "msg=listening", "msg=stopped"} {
		if !strings.Contains(log, want) {
			t.Errorf("stderr lacks %q:\n%s", want, log)
		}
	}
	if _, err := os.Stat(filepath.Join(cfg.DataDir, "mishen.db")); err != nil {
		t.Fatal("data folder not created")
	}
}

// buildBinary builds cmd/mishen into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "mishen")
	cmd := exec.Command(goBin, "build", "-o", bin, "github.com/mishen-gov/mishen/cmd/mishen")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// proc is a running mishen serve.
type proc struct {
	cmd  *exec.Cmd
	base string
	logs *syncBuf
	done chan error
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var listenLine = regexp.MustCompile(`msg=listening addr=(\S+)`)

func startServer(t *testing.T, bin, data string) *proc {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--data", data)
	cmd.Env = append(os.Environ(), "MISHEN_DRAFT_RETENTION=1h")
	return startCmd(t, cmd)
}

// startCmd starts a prepared mishen serve command and waits for it to
// listen.
func startCmd(t *testing.T, cmd *exec.Cmd) *proc {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, logs: &syncBuf{}, done: make(chan error, 1)}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(p.logs, line)
			if m := listenLine.FindStringSubmatch(line); m != nil {
				addr <- m[1]
			}
		}
		io.Copy(io.Discard, stderr)
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	})
	select {
	case a := <-addr:
		p.base = "http://" + a
	case <-time.After(15 * time.Second):
		t.Fatalf("server did not start:\n%s", p.logs)
	}
	return p
}

// api is a small JSON client for the test.
type api struct {
	t    *testing.T
	base string
	hc   *http.Client
}

func (a *api) call(token, method, path string, in, out any) (int, error) {
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, a.base+path, body)
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := a.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(data, out); err != nil {
			return resp.StatusCode, err
		}
	}
	return resp.StatusCode, nil
}

func (a *api) must(token, method, path string, in, out any, want int) {
	a.t.Helper()
	code, err := a.call(token, method, path, in, out)
	if err != nil || code != want {
		a.t.Fatalf("%s %s: %d %v, want %d", method, path, code, err, want)
	}
}

func createToken(t *testing.T, bin, data, role, name string) string {
	t.Helper()
	cmd := exec.Command(bin, "token", "create", "--role", role, "--name", name, "--data", data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("token create: %v\n%s", err, stderr.String())
	}
	tok := strings.TrimSpace(string(out))
	if strings.Count(string(out), "\n") != 1 || !strings.HasPrefix(tok, review.TokenPrefix) {
		t.Fatalf("token create printed %q", out)
	}
	return tok
}

// TestServeBinaryEndToEnd builds the real binary, runs the workflow over
// HTTP with the real engine, kills the server with SIGKILL while clients
// are submitting, restarts it, and checks that every acknowledged review
// and event survived and the trail verifies.
func TestServeBinaryEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	data := filepath.Join(t.TempDir(), "data")
	pub := createToken(t, bin, data, "publisher", "cms")
	rev1 := createToken(t, bin, data, "reviewer", "审查员甲")
	rev2 := createToken(t, bin, data, "reviewer", "审查员乙")
	aud := createToken(t, bin, data, "auditor", "审计员")

	p := startServer(t, bin, data)
	c := &api{t: t, base: p.base, hc: &http.Client{Timeout: 10 * time.Second}}

	// The workflow with the real engine.
	submit := func(text string) review.Review {
		var r review.Review
		c.must(pub, "POST", "/api/v1/reviews", map[string]string{"title": "通知", "content": text}, &r, 201)
		return r
	}
	pass, rv, blk := submit(reviewtest.PassText), submit(reviewtest.ReviewText), submit(reviewtest.BlockText)
	if pass.Verdict != "pass" || rv.Verdict != "review" || blk.Verdict != "block" {
		t.Fatalf("verdicts: %s %s %s", pass.Verdict, rv.Verdict, blk.Verdict)
	}
	if blk.Findings[0].Category != "classified_marking" {
		t.Fatalf("block finding: %+v", blk.Findings[0])
	}
	var receipts []review.Receipt
	release := func(r review.Review) {
		var rc review.Receipt
		c.must(pub, "POST", "/api/v1/reviews/"+r.ID+"/release", map[string]string{"content_sha256": r.ContentSHA256}, &rc, 200)
		receipts = append(receipts, rc)
	}
	c.must(pub, "POST", "/api/v1/reviews/"+pass.ID+"/release", map[string]string{"content_sha256": strings.Repeat("0", 64)}, nil, 409)
	release(pass)
	c.must(rev1, "POST", "/api/v1/reviews/"+rv.ID+"/decisions", review.DecisionInput{Decision: "approve"}, nil, 200)
	release(rv)
	var dismissed []review.DismissInput
	for _, id := range (&blk).Blocking() {
		dismissed = append(dismissed, review.DismissInput{FindingID: id, Reason: "测试：引用的历史文件标题"})
	}
	c.must(rev1, "POST", "/api/v1/reviews/"+blk.ID+"/decisions", review.DecisionInput{Decision: "approve", Dismissed: dismissed}, nil, 200)
	c.must(pub, "POST", "/api/v1/reviews/"+blk.ID+"/release", map[string]string{"content_sha256": blk.ContentSHA256}, nil, 409)
	c.must(rev2, "POST", "/api/v1/reviews/"+blk.ID+"/decisions", review.DecisionInput{Decision: "approve"}, nil, 200)
	release(blk)

	// Load, then SIGKILL while it runs.
	type ack struct{ id, hash string }
	var mu sync.Mutex
	var acked []ack
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lc := &api{t: t, base: p.base, hc: &http.Client{Timeout: 5 * time.Second}}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				text := fmt.Sprintf("%s 第%d号 %d", reviewtest.PassText, w, i)
				if i%3 == 0 {
					text = fmt.Sprintf("%s（%d-%d）", reviewtest.ReviewText, w, i)
				}
				var r review.Review
				code, err := lc.call(pub, "POST", "/api/v1/reviews", map[string]string{"title": "负载", "content": text}, &r)
				if err != nil {
					return // the server is gone
				}
				if code == 201 {
					mu.Lock()
					acked = append(acked, ack{r.ID, r.ContentSHA256})
					mu.Unlock()
				}
			}
		}()
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 200 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.done
	close(stop)
	wg.Wait()
	if len(acked) < 20 {
		t.Fatalf("only %d reviews acknowledged before the kill", len(acked))
	}

	// Restart on the same data: every acknowledged review is there.
	p2 := startServer(t, bin, data)
	c.base = p2.base
	for _, a := range acked {
		var own review.Review
		c.must(pub, "GET", "/api/v1/reviews/"+a.id, nil, &own, 200)
		if own.ContentSHA256 != a.hash {
			t.Fatalf("review %s after restart, as its submitter: %+v", a.id, own)
		}
		// A reviewer sees the keyed digest only, never the plain hash.
		var r review.Review
		c.must(rev1, "GET", "/api/v1/reviews/"+a.id, nil, &r, 200)
		if r.ContentSHA256 != "" || r.ContentMAC != own.ContentMAC || len(r.AuditEvents) < 2 {
			t.Fatalf("review %s after restart: %+v", a.id, r)
		}
		var evs struct{ Events []audit.Event }
		c.must(aud, "GET", "/api/v1/audit?review="+a.id, nil, &evs, 200)
		// The reviewer's read just now is in the history too.
		if n := len(evs.Events); n == 0 || evs.Events[n-1].Action != audit.ActionReviewRead {
			t.Fatalf("the read of %s is not recorded: %+v", a.id, evs.Events)
		}
		evs.Events = evs.Events[:len(evs.Events)-1]
		if len(evs.Events) != len(r.AuditEvents) || evs.Events[0].Action != audit.ActionSubmitted {
			t.Fatalf("events of %s after restart: %+v", a.id, evs.Events)
		}
	}
	for _, rc := range receipts {
		var evs struct{ Events []audit.Event }
		c.must(aud, "GET", fmt.Sprintf("/api/v1/audit?after=%d&limit=1", rc.AuditSeq-1), nil, &evs, 200)
		if len(evs.Events) != 1 || evs.Events[0].Hash.String() != rc.AuditHash {
			t.Fatalf("receipt event %d not in the trail as issued", rc.AuditSeq)
		}
	}
	var vr struct {
		OK     bool
		Events uint64
	}
	c.must(aud, "GET", "/api/v1/audit/verify", nil, &vr, 200)
	if !vr.OK {
		t.Fatal("trail broken after SIGKILL")
	}
	t.Logf("%d reviews acknowledged before SIGKILL; %d events after restart", len(acked), vr.Events)

	// Graceful stop, then verify offline.
	p2.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p2.done:
		if err != nil {
			t.Fatalf("SIGTERM exit: %v\n%s", err, p2.logs)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop on SIGTERM")
	}
	out, err := exec.Command(bin, "audit", "verify", "--data", data).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "intact") {
		t.Fatalf("audit verify: %v\n%s", err, out)
	}
}
