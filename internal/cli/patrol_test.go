package cli

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// patrolSite is a three-page site on loopback: a home page, a page with
// a marking, a clean page, and a link to a missing page.
func patrolSite(t *testing.T) *httptest.Server {
	t.Helper()
	pages := map[string]string{
		"/":           `<html><body><a href="/a.html">甲</a> <a href="/b.html">乙</a> <a href="/gone.html">丙</a></body></html>`,
		"/a.html":     `<html><body><p>秘密★1年</p><p>关于做好工作的通知</p></body></html>`,
		"/b.html":     `<html><body><p>本机关欢迎社会各界监督，服务热线12345。</p></body></html>`,
		"/robots.txt": "User-agent: *\nAllow: /\n",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"`+r.URL.Path+`"`)
		if r.Header.Get("If-None-Match") == `"`+r.URL.Path+`"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestPatrolCommand(t *testing.T) {
	srv := patrolSite(t)
	state := filepath.Join(t.TempDir(), "patrol.db")
	args := []string{"patrol", "--isolate=false", "--delay", "0", "--state", state}

	code, out, errs := runCLI(t, "", append(args, srv.URL+"/")...)
	if code != ExitFound {
		t.Fatalf("exit %d, want %d; stderr: %s", code, ExitFound, errs)
	}
	for _, want := range []string{srv.URL + "/a.html: 阻断 block", "来自 " + srv.URL + "/", "classified_marking", "HTTP 404", "第 1 轮巡查"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "/b.html") {
		t.Errorf("a passing page is listed without --all:\n%s", out)
	}

	// Second run, JSON: every URL, the unchanged ones marked.
	code, out, errs = runCLI(t, "", append(args, "--format", "json", srv.URL+"/")...)
	if code != ExitFound {
		t.Fatalf("json: exit %d; %s", code, errs)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var it struct {
			URL       string `json:"url"`
			Status    int    `json:"status"`
			Unchanged bool   `json:"unchanged"`
			Verdict   string `json:"verdict"`
		}
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		n++
		if it.URL == srv.URL+"/a.html" && (!it.Unchanged || it.Verdict != "block" || it.Status != 304) {
			t.Errorf("second run, a.html: %+v", it)
		}
	}
	if n != 4 {
		t.Errorf("json: %d lines, want 4:\n%s", n, out)
	}

	code, out, _ = runCLI(t, "", append(args, "--format", "csv", srv.URL+"/")...)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || code != ExitFound || len(rows) < 5 || rows[0][0] != "url" {
		t.Errorf("csv: exit %d, err %v, rows %v", code, err, rows)
	}

	code, out, _ = runCLI(t, "", append(args, "--format", "sarif", srv.URL+"/")...)
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("sarif: %v\n%s", err, out)
	}
	found := false
	for _, r := range log.Runs[0].Results {
		if r.Level == "error" && r.Locations[0].PhysicalLocation.ArtifactLocation.URI == srv.URL+"/a.html" {
			found = true
		}
	}
	if !found || code != ExitFound {
		t.Errorf("sarif: no error result at a.html (exit %d):\n%s", code, out)
	}
}

func TestPatrolCommandUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "", "patrol"); code != ExitUsage {
		t.Errorf("no URL: exit %d", code)
	}
	state := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := runCLI(t, "", "patrol", "--state", state, "--isolate=false", "ftp://example.gov.cn/"); code != ExitUsage || !strings.Contains(errs, "网址无效") {
		t.Errorf("ftp URL: exit %d, %s", code, errs)
	}
	if code, _, _ := runCLI(t, "", "patrol", "--state", state, "--format", "xml", "http://127.0.0.1:1/"); code != ExitUsage {
		t.Errorf("bad format: exit %d", code)
	}
}

func TestProgressBar(t *testing.T) {
	for _, c := range []struct {
		done, total int64
		want        string
	}{{0, 0, "[..........]   0%"}, {5, 10, "[#####.....]  50%"}, {10, 10, "[##########] 100%"}} {
		if got := progressBar(c.done, c.total, 10); got != c.want {
			t.Errorf("progressBar(%d, %d) = %q, want %q", c.done, c.total, got, c.want)
		}
	}
}
