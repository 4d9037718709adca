package cli

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReadmeIntegration runs the README's shell integration exactly as
// it stands, against the real binary on loopback with a fresh publisher
// token: a CMS developer who copies it gets a release receipt.
func TestReadmeIntegration(t *testing.T) {
	for _, tool := range []string{"bash", "curl", "sha256sum", "sed"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing", tool)
			}
			t.Skipf("%s is missing", tool)
		}
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "<!-- readme-integration -->\n```bash\n")
	script, _, ok2 := strings.Cut(after, "```\n<!-- /readme-integration -->")
	if !ok || !ok2 {
		t.Fatal("the README has no readme-integration block")
	}
	bin := buildBinary(t)
	data := t.TempDir()
	tok := createToken(t, bin, data, "publisher", "cms")
	p := startServer(t, bin, data)
	if resp, err := (&http.Client{Timeout: 5 * time.Second}).Get(p.base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("server not healthy: %v", err)
	}
	work := t.TempDir()
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", script)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "MISHEN="+p.base, "TOKEN="+tok)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the README's integration failed: %v\n%s", err, out)
	}
	rc, err := os.ReadFile(filepath.Join(work, "receipt.json"))
	if err != nil || !strings.Contains(string(rc), `"audit_hash"`) {
		t.Fatalf("no receipt: %s %v\n%s", rc, err, out)
	}
	t.Logf("%s", out)
}
