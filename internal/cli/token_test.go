package cli

import (
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/store"
)

func run(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	env, out, errb := testEnv(vars)
	code := Main(env, args)
	return code, out.String(), errb.String()
}

func TestTokenOffline(t *testing.T) {
	data := filepath.Join(t.TempDir(), "d")
	code, out, errb := run(t, nil, "token", "create", "--role", "publisher", "--name", "cms", "--data", data)
	if code != ExitOK {
		t.Fatalf("create: exit %d %s", code, errb)
	}
	if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, review.TokenPrefix) {
		t.Fatalf("create printed %q: want the token alone", out)
	}
	if !strings.Contains(errb, "只显示这一次") || strings.Contains(errb, strings.TrimSpace(out)) {
		t.Errorf("stderr: %s", errb)
	}
	// MISHEN_DATA works as --data; flags may follow the action.
	env := map[string]string{"MISHEN_DATA": data}
	if code, _, errb := run(t, env, "token", "create", "--role", "reviewer", "--name", "审查员甲"); code != ExitOK {
		t.Fatalf("create via env: %d %s", code, errb)
	}
	code, out, _ = run(t, env, "token", "list")
	if code != ExitOK || !strings.Contains(out, "cms") || !strings.Contains(out, "审查员甲") || !strings.Contains(out, "active") {
		t.Fatalf("list: %d %s", code, out)
	}
	if code, _, errb := run(t, env, "token", "revoke", "cms"); code != ExitOK {
		t.Fatalf("revoke: %d %s", code, errb)
	}
	code, out, _ = run(t, env, "token", "list", "--json")
	var ts []review.Token
	if code != ExitOK || json.Unmarshal([]byte(out), &ts) != nil || len(ts) != 2 {
		t.Fatalf("list --json: %d %s", code, out)
	}
	for _, tk := range ts {
		if (tk.Name == "cms") != (tk.RevokedAt != nil) {
			t.Errorf("token %+v", tk)
		}
	}
	if strings.Contains(out, "sha256") {
		t.Error("list shows hashes")
	}
	code, _, errb = run(t, env, "token", "create", "--role", "reviewer", "--name", "审查员甲")
	if code != ExitFailed || !strings.Contains(errb, "已有有效令牌") {
		t.Fatalf("duplicate: %d %s", code, errb)
	}
	code, _, errb = run(t, env, "token", "revoke", "nobody")
	if code != ExitFailed || !strings.Contains(errb, "nobody") {
		t.Fatalf("revoke unknown: %d %s", code, errb)
	}
}

func TestTokenUsage(t *testing.T) {
	for _, args := range [][]string{
		{"token"},
		{"token", "create", "--role", "publisher"},
		{"token", "create", "--role", "root", "--name", "x"},
		{"token", "revoke"},
		{"token", "list", "extra"},
		{"token", "rotate"},
		{"token", "list", "--server", "localhost:8080"},
		{"token", "list", "--server", "http://127.0.0.1:1"}, // no MISHEN_TOKEN
	} {
		code, _, errb := run(t, nil, append(args, "--data", t.TempDir())...)
		if code != ExitUsage || !strings.Contains(errb, "mishen token") {
			t.Errorf("%v: exit %d %s", args, code, errb)
		}
	}
	code, out, errb := run(t, nil, "token", "--help")
	help := out + errb
	for _, want := range []string{"--role", "--server", "MISHEN_TOKEN", "MISHEN_DATA", "Examples", "T=$(mishen token create"} {
		if !strings.Contains(help, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	if code != ExitOK {
		t.Errorf("help exit %d", code)
	}
}

// TestTokenLocked holds the data file as a running server would: the
// command must not hang and must say, in both languages, what to do.
func TestTokenLocked(t *testing.T) {
	data := t.TempDir()
	db, err := store.Open(data, store.Options{NoSync: true}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	code, _, errb := run(t, nil, "token", "create", "--role", "admin", "--name", "a", "--data", data)
	if code != ExitFailed {
		t.Fatalf("exit %d", code)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
	for _, want := range []string{"正被另一个 mishen 进程", "in use by another mishen process", "--server", "MISHEN_TOKEN"} {
		if !strings.Contains(errb, want) {
			t.Errorf("message lacks %q:\n%s", want, errb)
		}
	}
}

// TestTokenViaServer manages tokens through a running server with an
// admin token from MISHEN_TOKEN.
func TestTokenViaServer(t *testing.T) {
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	db, err := store.Open(cfg.DataDir, store.Options{NoSync: true}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc, err := review.New(cfg, db, nil, review.Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	admin, _, err := svc.CreateToken(review.LocalActor(), review.Admin, "adm")
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(cfg, svc, server.Options{}).Handler())
	defer ts.Close()
	env := map[string]string{"MISHEN_SERVER": ts.URL, "MISHEN_TOKEN": admin}
	code, out, errb := run(t, env, "token", "create", "--role", "publisher", "--name", "cms")
	if code != ExitOK {
		t.Fatalf("create: %d %s", code, errb)
	}
	if a, err := svc.Authorize(strings.TrimSpace(out), review.OpSubmit); err != nil || a.Name != "cms" {
		t.Fatalf("created token does not work: %v", err)
	}
	code, out, _ = run(t, env, "token", "list")
	if code != ExitOK || !strings.Contains(out, "cms") || !strings.Contains(out, "adm") {
		t.Fatalf("list: %s", out)
	}
	if code, _, errb := run(t, env, "token", "revoke", "cms"); code != ExitOK {
		t.Fatalf("revoke: %s", errb)
	}
	env["MISHEN_TOKEN"] = "mishen_wrong"
	code, _, errb = run(t, env, "token", "list")
	if code != ExitFailed || !strings.Contains(errb, "401") {
		t.Fatalf("bad token: %d %s", code, errb)
	}
}
