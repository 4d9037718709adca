package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/review"
)

// TestCleanedCopyAndVersions is 区分处理 over the API with the real
// binary: the cleaned copy of a kept draft masks exactly its personal
// values, submitted as a new version it passes, the old version is
// superseded and cannot be released; a marked draft gets no cleaned copy
// and a reason; a pending review can be withdrawn.
func TestCleanedCopyAndVersions(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	pub := createToken(t, bin, data, "publisher", "cms")
	rev := createToken(t, bin, data, "reviewer", "rev1")
	p := startServer(t, bin, data)
	c := &api{t: t, base: p.base, hc: &http.Client{Timeout: time.Minute}}
	get := func(tok, path string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", p.base+path, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := c.hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}

	id := idWith("19900307")
	text := "关于发放补贴的公示\n联系人：王某，电话 13912345678，身份证号 " + id + "。\n公示期为五个工作日。"
	var v1 review.Review
	c.must(pub, "POST", "/api/v1/reviews", map[string]string{"title": "公示", "content": text}, &v1, 201)
	if v1.Status != review.Pending {
		t.Fatalf("draft with an ID: %+v", v1)
	}
	resp, cleaned := get(pub, "/api/v1/reviews/"+v1.ID+"/files/1/cleaned")
	if resp.StatusCode != 200 {
		t.Fatalf("cleaned copy: %d %s", resp.StatusCode, cleaned)
	}
	if bytes.Contains(cleaned, []byte(id)) || bytes.Contains(cleaned, []byte("13912345678")) {
		t.Fatalf("the cleaned copy still has a raw value:\n%s", cleaned)
	}
	// Only the values changed: the text around them is the same.
	for _, keep := range []string{"关于发放补贴的公示\n联系人：王某，电话 ", "公示期为五个工作日。"} {
		if !bytes.Contains(cleaned, []byte(keep)) {
			t.Errorf("the cleaned copy lost %q:\n%s", keep, cleaned)
		}
	}
	if !strings.Contains(resp.Header.Get("Content-Disposition"), "%E8%84%B1%E6%95%8F%E7%A8%BF") { // 脱敏稿
		t.Errorf("download name: %s", resp.Header.Get("Content-Disposition"))
	}
	// A reviewer may fetch it too; the read is recorded like a draft read.
	if resp, b := get(rev, "/api/v1/reviews/"+v1.ID+"/files/1/cleaned"); resp.StatusCode != 200 {
		t.Fatalf("reviewer's cleaned copy: %d %s", resp.StatusCode, b)
	}

	var v2 review.Review
	c.must(pub, "POST", "/api/v1/reviews/"+v1.ID+"/versions", map[string]string{"title": "公示", "content": string(cleaned)}, &v2, 201)
	if v2.Version != 2 || v2.Supersedes != v1.ID || v2.Status != review.Cleared {
		t.Fatalf("the cleaned copy as version 2: %+v", v2)
	}
	var old review.Review
	c.must(pub, "GET", "/api/v1/reviews/"+v1.ID, nil, &old, 200)
	if old.Status != review.Superseded || old.SupersededBy != v2.ID {
		t.Fatalf("version 1: %+v", old)
	}
	req, _ := http.NewRequest("POST", p.base+"/api/v1/reviews/"+v1.ID+"/release", strings.NewReader(`{"content_sha256":"`+old.ContentSHA256+`"}`))
	req.Header.Set("Authorization", "Bearer "+pub)
	req.Header.Set("Content-Type", "application/json")
	r, err := c.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var eb struct{ Error struct{ Code string } }
	json.NewDecoder(r.Body).Decode(&eb)
	r.Body.Close()
	if r.StatusCode != 409 || eb.Error.Code != "superseded" {
		t.Fatalf("releasing a superseded version: %d %+v", r.StatusCode, eb)
	}
	var vs struct{ Versions []review.Summary }
	c.must(rev, "GET", "/api/v1/reviews/"+v2.ID+"/versions", nil, &vs, 200)
	if len(vs.Versions) != 2 || vs.Versions[1].ID != v2.ID {
		t.Fatalf("versions: %+v", vs)
	}

	// A marked draft: no cleaned copy, and why.
	var m review.Review
	c.must(pub, "POST", "/api/v1/reviews", map[string]string{"title": "通知", "content": "机密★5年\n关于调整的通知\n联系电话 13912345678"}, &m, 201)
	resp, b := get(pub, "/api/v1/reviews/"+m.ID+"/files/1/cleaned")
	var refusal struct {
		Error struct{ Code, Message string }
		Rule  string
	}
	json.Unmarshal(b, &refusal)
	if resp.StatusCode != 422 || refusal.Rule != "redact.classified_marking" || refusal.Error.Message == "" {
		t.Fatalf("cleaned copy of a marked draft: %d %s", resp.StatusCode, b)
	}
	// Withdrawn while pending.
	var w review.Review
	c.must(pub, "POST", "/api/v1/reviews/"+m.ID+"/withdraw", map[string]string{"reason": "发错了"}, &w, 200)
	if w.Status != review.Withdrawn {
		t.Fatalf("withdraw: %+v", w)
	}
}
