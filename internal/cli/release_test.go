package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/buildinfo"
	"github.com/mishen-gov/mishen/internal/config"
)

// dockerStages splits the Dockerfile into its stages by name.
func dockerStages(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	// Join continued lines, drop comments.
	text := regexp.MustCompile(`\s*\\\n\s*`).ReplaceAllString(string(data), " ")
	stages := map[string]string{}
	name := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if m := regexp.MustCompile(`^FROM \S+ AS (\S+)$`).FindStringSubmatch(line); m != nil {
			name = m[1]
		}
		stages[name] += line + "\n"
	}
	return stages
}

// TestDockerfile checks what `docker build` cannot check here: both
// runtime images run as the non-root user, keep their data in a volume
// that user owns, use Shanghai time, check themselves with the
// healthcheck subcommand in exec form, and the full image installs the
// readers.
func TestDockerfile(t *testing.T) {
	stages := dockerStages(t)
	for _, name := range []string{"build", "minimal", "full"} {
		if stages[name] == "" {
			t.Fatalf("no stage %q", name)
		}
	}
	if !strings.Contains(stages["minimal"], "FROM gcr.io/distroless/static") {
		t.Error("minimal is not distroless")
	}
	if !strings.Contains(stages["build"], "-tags timetzdata") || !strings.Contains(stages["build"], "CGO_ENABLED=0") {
		t.Error("the binary is not static with its own time zone data")
	}
	for _, name := range []string{"minimal", "full"} {
		s := stages[name]
		for _, want := range []string{
			"USER 65532:65532",
			`VOLUME ["/var/lib/mishen"]`,
			"MISHEN_DATA=/var/lib/mishen",
			"TZ=Asia/Shanghai",
			`HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/usr/local/bin/mishen", "healthcheck"]`,
			`ENTRYPOINT ["/usr/local/bin/mishen"]`,
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: lacks %q", name, want)
			}
		}
		// The data folder is created owned by the user before it is
		// declared a volume (a new volume copies its owner).
		own := strings.Index(s, "65532:65532 /var/lib/mishen")
		if own < 0 {
			own = strings.Index(s, "--chown=65532:65532 /out/data /var/lib/mishen")
		}
		if vol := strings.Index(s, "VOLUME"); own < 0 || vol < own {
			t.Errorf("%s: the data folder is not chowned to 65532 before VOLUME", name)
		}
		if strings.Index(s, "USER 65532") > strings.Index(s, "ENTRYPOINT") {
			t.Errorf("%s: USER comes after ENTRYPOINT", name)
		}
	}
	for _, pkg := range []string{"tesseract-ocr-chi-sim", "poppler-utils", "libreoffice-writer-nogui", "fonts-noto-cjk", "tzdata"} {
		if !strings.Contains(stages["full"], pkg) {
			t.Errorf("full: does not install %s", pkg)
		}
	}
}

// TestSystemdUnit checks the hardening of deploy/mishen.service and that
// it leaves the parser sandbox what it needs (rlimits, a user and network
// namespace, Landlock).
func TestSystemdUnit(t *testing.T) {
	data, err := os.ReadFile("../../deploy/mishen.service")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string][]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || line[0] == '[' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("not a key=value line: %q", line)
		}
		keys[k] = append(keys[k], v)
	}
	for k, v := range map[string]string{
		"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes", "ProtectHome": "yes",
		"CapabilityBoundingSet": "", "ReadWritePaths": "/var/lib/mishen", "StateDirectory": "mishen",
		"User": "mishen", "SystemCallArchitectures": "native", "ProtectKernelTunables": "yes",
		"RestrictNamespaces": "user net", "RestrictAddressFamilies": "AF_UNIX AF_INET AF_INET6 AF_NETLINK",
	} {
		if got := keys[k]; len(got) != 1 || got[0] != v {
			t.Errorf("%s=%q, want %q", k, got, v)
		}
	}
	filters := strings.Join(keys["SystemCallFilter"], " ")
	for _, need := range []string{"@system-service", "landlock_create_ruleset", "landlock_restrict_self"} {
		if !strings.Contains(filters, need) {
			t.Errorf("SystemCallFilter lacks %s", need)
		}
	}
	for _, deny := range keys["SystemCallFilter"] {
		if strings.HasPrefix(deny, "~") && regexp.MustCompile(`@resources|@process|@privileged|unshare|prlimit|landlock`).MatchString(deny) {
			t.Errorf("SystemCallFilter=%s takes from the sandbox what it needs", deny)
		}
	}
	if !strings.Contains(keys["ExecStart"][0], "mishen serve") {
		t.Errorf("ExecStart=%q", keys["ExecStart"])
	}
}

// TestHealthcheckLive starts mishen serve on a loopback port and runs the
// healthcheck subcommand against it, by --url and by MISHEN_ADDR; then
// stops it and expects exit 1.
func TestHealthcheckLive(t *testing.T) {
	cfg := config.Default()
	cfg.DataDir = filepath.Join(t.TempDir(), "data")
	cfg.Addr = "127.0.0.1:0"
	env, _, errb := testEnv(nil)
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan int, 1)
	go func() { done <- serve(ctx, env, cfg, func(a string) { addr <- a }) }()
	var a string
	select {
	case a = <-addr:
	case code := <-done:
		t.Fatalf("serve exited %d: %s", code, errb)
	}
	henv, _, herr := testEnv(nil)
	if code := Main(henv, []string{"healthcheck", "--url", "http://" + a + "/healthz"}); code != ExitOK {
		t.Errorf("healthcheck --url: exit %d: %s", code, herr)
	}
	_, port, _ := strings.Cut(a, ":")
	henv, _, herr = testEnv(map[string]string{"MISHEN_ADDR": ":" + port})
	if code := Main(henv, []string{"healthcheck"}); code != ExitOK {
		t.Errorf("healthcheck from MISHEN_ADDR: exit %d: %s", code, herr)
	}
	// Another answer than /healthz's is unhealthy.
	henv, _, herr = testEnv(nil)
	if code := Main(henv, []string{"healthcheck", "--url", "http://" + a + "/api/v1/reviews"}); code != ExitFound {
		t.Errorf("healthcheck of another page: exit %d: %s", code, herr)
	}
	cancel()
	if code := <-done; code != ExitOK {
		t.Fatalf("serve: exit %d", code)
	}
	henv, _, herr = testEnv(nil)
	if code := Main(henv, []string{"healthcheck", "--timeout", "2s", "--url", "http://" + a + "/healthz"}); code != ExitFound || !strings.Contains(herr.String(), a) {
		t.Errorf("healthcheck of a stopped server: exit %d: %s", code, herr)
	}
	if code := Main(henv, []string{"healthcheck", "--url", "ftp://x"}); code != ExitUsage {
		t.Errorf("bad url: exit %d", code)
	}
}

func TestHealthURL(t *testing.T) {
	for addr, want := range map[string]string{
		":8080":          "http://127.0.0.1:8080/healthz",
		"0.0.0.0:9000":   "http://127.0.0.1:9000/healthz",
		"[::]:9000":      "http://[::1]:9000/healthz",
		"10.0.0.5:8443":  "http://10.0.0.5:8443/healthz",
		"localhost:8080": "http://localhost:8080/healthz",
	} {
		if got := healthURL(addr, false); got != want {
			t.Errorf("%s: %s, want %s", addr, got, want)
		}
	}
	if got := healthURL(":8443", true); got != "https://127.0.0.1:8443/healthz" {
		t.Errorf("tls: %s", got)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		env, out, _ := testEnv(nil)
		if code := Main(env, args); code != ExitOK || !strings.HasPrefix(out.String(), "mishen ") || !strings.Contains(out.String(), "go1.") {
			t.Errorf("%v: exit %d %q", args, code, out)
		}
	}
	env, out, _ := testEnv(nil)
	Main(env, []string{"version", "--json"})
	var b buildinfo.Info
	if err := json.Unmarshal(out.Bytes(), &b); err != nil || b.Version == "" || b.Go == "" {
		t.Errorf("version --json: %v %q", err, out)
	}
}

// TestHelpOnStdout checks that --help of every subcommand built on
// newFlagSet goes to stdout and exits 0, and that a flag error goes to
// stderr with exit 2.
func TestHelpOnStdout(t *testing.T) {
	for _, name := range []string{"scan", "serve", "token", "audit", "rules", "healthcheck", "version"} {
		env, out, errb := testEnv(nil)
		if code := Main(env, []string{name, "--help"}); code != ExitOK || out.Len() == 0 || errb.Len() != 0 {
			t.Errorf("%s --help: exit %d, %d bytes on stdout, stderr %q", name, code, out.Len(), errb)
		}
		env, out, errb = testEnv(nil)
		if code := Main(env, []string{name, "--no-such-flag"}); code != ExitUsage || out.Len() != 0 || !strings.Contains(errb.String(), "no-such-flag") {
			t.Errorf("%s --no-such-flag: exit %d, stdout %q, stderr %q", name, code, out, errb)
		}
	}
	env, out, _ := testEnv(nil)
	if code := Main(env, []string{"scan", "--help"}); code != ExitOK || !bytes.Contains(out.Bytes(), []byte("退出码")) || !bytes.Contains(out.Bytes(), []byte("--fail-on")) {
		t.Errorf("scan --help lacks the exit codes or --fail-on")
	}
}

// TestRulesCommand runs `mishen rules test` over the shipped example and
// over a file with a failing example.
func TestRulesCommand(t *testing.T) {
	env, out, errb := testEnv(nil)
	if code := Main(env, []string{"rules", "test", "../../docs/rules.example.toml"}); code != ExitOK || !strings.Contains(out.String(), " 0 failed") {
		t.Fatalf("example: exit %d\n%s%s", code, out, errb)
	}
	dir := writeFiles(t, map[string]string{"bad.toml": "version = 1\n[[rules]]\nid = \"x\"\nregex = '''ab\\d{3}'''\nmust = [\"ab12\"]\nmust_not = [\"ab123\"]\n"})
	env, out, _ = testEnv(nil)
	if code := Main(env, []string{"rules", "test", filepath.Join(dir, "bad.toml")}); code != ExitFound ||
		!strings.Contains(out.String(), "FAIL custom.x must[0]") || !strings.Contains(out.String(), "FAIL custom.x must_not[0]") {
		t.Errorf("failing examples: exit %d\n%s", code, out)
	}
	env, _, errb = testEnv(nil)
	if code := Main(env, []string{"rules", "check", filepath.Join(dir, "none.toml")}); code != ExitUsage || errb.Len() == 0 {
		t.Errorf("missing file: exit %d", code)
	}
	env, out, _ = testEnv(nil)
	if code := Main(env, []string{"rules", "check", "../../docs/rules.example.toml"}); code != ExitOK || !strings.Contains(out.String(), "格式正确") {
		t.Errorf("check: exit %d %s", code, out)
	}
}

// TestDocsStandAlone checks that docs/ links only to files that exist in
// the repository and to no web page.
func TestDocsStandAlone(t *testing.T) {
	files, err := filepath.Glob("../../docs/*.md")
	if err != nil || len(files) < 5 {
		t.Fatalf("docs: %v %d files", err, len(files))
	}
	link := regexp.MustCompile(`\]\(([^)]+)\)`)
	web := regexp.MustCompile(`https?://[^\s)]+`)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(string(data), -1) {
			target, _, _ := strings.Cut(m[1], "#")
			if strings.Contains(target, "://") {
				t.Errorf("%s links outside the repository: %s", f, m[1])
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(f), target)); err != nil {
				t.Errorf("%s: broken link %s", f, m[1])
			}
		}
		for _, u := range web.FindAllString(string(data), -1) {
			if !strings.Contains(u, "127.0.0.1") && !strings.Contains(u, "localhost") {
				t.Errorf("%s names a web address: %s", f, u)
			}
		}
	}
}

// TestGoModTidy checks that `go mod tidy` would leave go.mod and go.sum
// as they are: every direct dependency is in the first block without
// "// indirect", and nothing unused is listed.
func TestGoModTidy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	cmd := exec.Command(goBin, "mod", "tidy", "-diff")
	cmd.Dir = "../.."
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("go mod tidy would change the module files (run go mod tidy and commit them): %v\n%s", err, out)
	}
}

// TestServeRules checks the rules plumbing of serve: the flag and its
// variable are documented, and a rules file with an error stops the start
// instead of running without the office's detectors.
func TestServeRules(t *testing.T) {
	env, out, _ := testEnv(nil)
	Main(env, []string{"serve", "--help"})
	if !strings.Contains(out.String(), "-rules") || !strings.Contains(out.String(), "MISHEN_RULES") {
		t.Error("serve --help does not document --rules and MISHEN_RULES")
	}
	dir := writeFiles(t, map[string]string{"bad.toml": "version = 1\n[[rules]]\nid = \"x\"\nregex = \"(\"\n"})
	env, _, errb := testEnv(map[string]string{"MISHEN_RULES": filepath.Join(dir, "bad.toml"), "MISHEN_DATA": filepath.Join(dir, "data"), "MISHEN_ADDR": "127.0.0.1:0"})
	if code := Main(env, []string{"serve"}); code != ExitFailed || !strings.Contains(errb.String(), "bad.toml") {
		t.Errorf("serve with a bad rules file: exit %d, %s", code, errb)
	}
}

// TestHealthcheckDegraded checks that a degraded answer (503 with a
// reason, as /healthz gives on a full disk) is unhealthy and says why.
func TestHealthcheckDegraded(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"status":"degraded","reason":"disk full"}`)
	}))
	defer ts.Close()
	env, _, errb := testEnv(nil)
	if code := Main(env, []string{"healthcheck", "--url", ts.URL + "/healthz"}); code != ExitFound || !strings.Contains(errb.String(), "disk full") {
		t.Errorf("degraded: exit %d, %s", code, errb)
	}
}
