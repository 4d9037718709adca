package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/scan"
)

// gbkDraft is "秘密★1年 通知" in GBK, as a CMS that ignores the contract
// might send it: not UTF-8.
var gbkDraft = []byte{0xc3, 0xd8, 0xc3, 0xdc, 0xa1, 0xef, '1', 0xc4, 0xea, ' ', 0xcd, 0xa8, 0xd6, 0xaa}

func (f *fixture) reviewCount() int {
	f.t.Helper()
	rs, _, err := f.svc.List(review.Actor{Name: "rev1", Role: review.Reviewer}, review.ListQuery{Limit: 500})
	if err != nil {
		f.t.Fatal(err)
	}
	return len(rs)
}

// TestJSONBodyEncoding: a body that is not exactly one UTF-8 JSON value
// is refused before anything is scanned or recorded, and content_sha256
// is the SHA-256 of the UTF-8 bytes of content.
func TestJSONBodyEncoding(t *testing.T) {
	f := newFixture(t, nil)
	before := f.reviewCount()
	cases := []struct {
		name, ct string
		body     []byte
		status   int
		code     string
	}{
		{"gbk content", "application/json", append(append([]byte(`{"title":"t","content":"`), gbkDraft...), `"}`...), 400, "bad_encoding"},
		{"latin-1 title", "application/json", []byte("{\"title\":\"caf\xe9\",\"content\":\"x\"}"), 400, "bad_encoding"},
		{"lone high surrogate", "application/json", []byte(`{"content":"a\ud800b"}`), 400, "bad_encoding"},
		{"lone low surrogate", "application/json", []byte(`{"content":"\udc00"}`), 400, "bad_encoding"},
		{"high surrogate at the end", "application/json", []byte(`{"content":"\ud83d"}`), 400, "bad_encoding"},
		{"charset gbk", "application/json; charset=gbk", []byte(`{"content":"x"}`), 415, "unsupported_charset"},
		{"second value", "application/json", []byte(`{"content":"x"} {"content":"y"}`), 400, "bad_json"},
		{"trailing garbage", "application/json", []byte(`{"content":"x"}garbage`), 400, "bad_json"},
		{"trailing bracket", "application/json", []byte(`{"content":"x"}]`), 400, "bad_json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := f.do("publisher", "POST", "/api/v1/reviews", c.ct, bytes.NewReader(c.body))
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}
			e := decode[ErrorBody](t, w)
			if e.Error.Code != c.code || !strings.Contains(e.Error.Message, "UTF-8") && c.code != "bad_json" {
				t.Fatalf("error %+v, want %s", e.Error, c.code)
			}
			if c.code == "bad_encoding" && e.Error.Message != "请求体必须是 UTF-8 编码的 JSON" {
				t.Errorf("message %q", e.Error.Message)
			}
		})
	}
	if n := f.reviewCount(); n != before {
		t.Fatalf("%d reviews recorded from refused bodies", n-before)
	}

	// Accepted: charset utf-8 in any case, escapes (a surrogate pair, an
	// escaped backslash before u) and trailing white space.
	for _, c := range []struct{ ct, body, content string }{
		{"application/json; charset=UTF-8", `{"content":"\u4e2d\u6587 ok"}`, "中文 ok"},
		{"application/json;charset=utf-8", `{"content":"smile \ud83d\ude00"}` + " \n\t", "smile 😀"},
		{"application/json", `{"content":"path C:\\ud800"}`, `path C:\ud800`},
	} {
		w := f.do("publisher", "POST", "/api/v1/reviews", c.ct, strings.NewReader(c.body))
		if w.Code != http.StatusCreated {
			t.Fatalf("%s: %d %s", c.body, w.Code, w.Body)
		}
		sum := sha256.Sum256([]byte(c.content))
		if r := decode[review.Review](t, w); r.ContentSHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: content_sha256 %s is not the SHA-256 of %q", c.body, r.ContentSHA256, c.content)
		}
	}

	// The other JSON bodies go through the same reader.
	w := f.do("publisher", "POST", "/api/v1/reviews/R00000001/release", "application/json",
		strings.NewReader(`{"content_sha256":"`+f.passSHA+`"} {"content_sha256":"x"}`))
	if w.Code != http.StatusBadRequest {
		t.Errorf("release with trailing data: %d %s", w.Code, w.Body)
	}
	w = f.do("reviewer", "POST", "/api/v1/reviews/R00000002/decisions", "application/json",
		bytes.NewReader(append([]byte(`{"decision":"reject","comment":"`), append(gbkDraft, `"}`...)...)))
	if e := decode[ErrorBody](t, w); w.Code != http.StatusBadRequest || e.Error.Code != "bad_encoding" {
		t.Errorf("decision in GBK: %d %s", w.Code, w.Body)
	}

	// A multipart title is held to UTF-8 too.
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	tw, _ := mw.CreateFormField("title")
	tw.Write(gbkDraft)
	fw, _ := mw.CreateFormFile("file", "a.txt")
	fw.Write([]byte(reviewtest.PassText))
	mw.Close()
	w = f.do("publisher", "POST", "/api/v1/reviews", mw.FormDataContentType(), &b)
	if e := decode[ErrorBody](t, w); w.Code != http.StatusBadRequest || e.Error.Code != "bad_encoding" {
		t.Errorf("multipart title in GBK: %d %s", w.Code, w.Body)
	}
}

// TestTitleOverHTTP: a marking in the title of clean content blocks, and
// an ID number in the title blocks without coming back in any answer.
func TestTitleOverHTTP(t *testing.T) {
	sc, err := scan.New(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	f := newFixtureWith(t, sc, nil)
	w := f.doJSON("publisher", "POST", "/api/v1/reviews", SubmitRequest{Title: "秘密★1年 关于年度工作的通知", Content: reviewtest.PassText})
	if r := decode[review.Review](t, w); w.Code != http.StatusCreated || r.Verdict != report.Block || r.Status != review.Pending {
		t.Fatalf("marked title: %d %s", w.Code, w.Body)
	}
	id := gb11643("11010519900307123")
	w = f.doJSON("publisher", "POST", "/api/v1/reviews", SubmitRequest{Title: "关于 " + id + " 的公示", Content: reviewtest.PassText})
	r := decode[review.Review](t, w)
	if w.Code != http.StatusCreated || r.Verdict != report.Block {
		t.Fatalf("title with an ID: %d %s", w.Code, w.Body)
	}
	answers := []string{w.Body.String(),
		f.do("reviewer", "GET", "/api/v1/reviews/"+r.ID, "", nil).Body.String(),
		f.do("reviewer", "GET", "/api/v1/reviews?status=pending", "", nil).Body.String(),
		f.do("auditor", "GET", "/api/v1/audit?review="+r.ID, "", nil).Body.String(),
		f.do("auditor", "GET", "/api/v1/audit/export", "", nil).Body.String(),
	}
	for i, a := range answers {
		if strings.Contains(a, id) || strings.Contains(a, id[6:14]) {
			t.Errorf("answer %d carries the raw ID:\n%s", i, a)
		}
	}
	if !strings.Contains(answers[1], `"part":"title"`) {
		t.Errorf("no title finding in %s", answers[1])
	}
}

// TestErrorsDoNotEchoInput: an ID number typed where an id or a parameter
// belongs is not repeated in the error.
func TestErrorsDoNotEchoInput(t *testing.T) {
	f := newFixture(t, nil)
	id := gb11643("11010519900307123")
	for _, path := range []string{"/api/v1/reviews/" + id, "/api/v1/reviews?status=" + id, "/api/v1/reviews?after=" + id} {
		w := f.do("reviewer", "GET", path, "", nil)
		if w.Code != http.StatusNotFound && w.Code != http.StatusBadRequest {
			t.Errorf("%s: %d", path, w.Code)
		}
		if strings.Contains(w.Body.String(), id) || strings.Contains(w.Body.String(), id[6:14]) {
			t.Errorf("%s echoes the input: %s", path, w.Body)
		}
	}
	w := f.do("reviewer", "GET", "/api/v1/reviews/R00000099", "", nil)
	if e := decode[ErrorBody](t, w); e.Error.Message != "审查记录 R00000099 不存在" {
		t.Errorf("not found: %+v", e.Error)
	}
}

// TestWriteTimeoutCoversFullSubmission: the server does not cut off a
// submission of MaxFiles files that each take the whole scan time.
func TestWriteTimeoutCoversFullSubmission(t *testing.T) {
	for _, c := range []struct {
		files int
		scan  time.Duration
	}{{20, 30 * time.Second}, {50, time.Minute}, {1, time.Second}} {
		cfg := config.Default()
		cfg.MaxFiles, cfg.ScanTimeout = c.files, c.scan
		hs := New(cfg, nil, Options{}).HTTPServer()
		need := hs.ReadTimeout + time.Duration(c.files)*c.scan
		if hs.WriteTimeout <= need {
			t.Errorf("%d files × %s: write timeout %s, need more than %s", c.files, c.scan, hs.WriteTimeout, need)
		}
	}
}
