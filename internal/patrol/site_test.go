package patrol

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// testSite is a website served on loopback by the test: numbered pages
// in a tree with links back up (a loop), a sitemap, robots.txt that
// disallows /private/, redirects, a 404, a slow page, a page that asks
// to be retried later, links to another host, and attachments made by
// real producers (the labelled fixtures of testdata/blind8 and blind9).
type testSite struct {
	srv   *httptest.Server
	pages int
	other string // the other host's base URL

	mu       sync.Mutex
	content  map[string][]byte // path → body
	ctype    map[string]string
	modified map[string]time.Time
	status   map[string]map[int]int // path → status → count
	busy     int                    // 503 answers left for /busy.html
}

// fixture is an attachment of the test site with its label.
type fixture struct {
	path, verdict string
}

// siteFixtures are the attachments: every kind of file a government site
// publishes, with problems and clean traps.
var siteFixtures = []string{
	"blind9/b9_docx_table_id.docx", "blind9/b9_docx_table_masked.docx",
	"blind9/b9_xlsx_gongshi_ids.xlsx", "blind9/b9_xlsx_gongshi_masked.xlsx",
	"blind9/b9_ofd_jimi.ofd", "blind9/b9_ofd_clean.ofd",
	"blind9/b9_zip_attach_id.zip", "blind9/b9_zip_clean.zip",
	"blind9/b9_pdf_table_id.pdf", "blind9/b9_pdf_table_four.pdf",
	"blind9/b9_pptx_notes_id.pptx", "blind9/b9_pptx_clean.pptx",
	"blind9/b9_html_hidden_input_id.html", "blind9/b9_html_hidden_csrf.html",
	"blind8/b8_lo_miji_6geyue.pdf", "blind8/b8_lo_clean_gongshi.pdf",
	"blind8/b8_pk_jimi.pdf", "blind8/b8_pl_clean_chufa.pdf",
}

// loadFixtures reads the attachments and their expected verdicts.
func loadFixtures(root string) (map[string][]byte, []fixture, error) {
	labels := map[string]string{}
	for _, corpus := range []string{"blind8", "blind9"} {
		data, err := os.ReadFile(filepath.Join(root, corpus, "labels.json"))
		if err != nil {
			return nil, nil, err
		}
		var ls []struct {
			File    string `json:"file"`
			Verdict string `json:"expect_verdict"`
		}
		if err := json.Unmarshal(data, &ls); err != nil {
			return nil, nil, err
		}
		for _, l := range ls {
			labels[corpus+"/"+l.File] = l.Verdict
		}
	}
	files := map[string][]byte{}
	var fx []fixture
	for _, f := range siteFixtures {
		data, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			return nil, nil, err
		}
		p := "/files/" + filepath.Base(f)
		files[p] = data
		fx = append(fx, fixture{path: p, verdict: labels[f]})
	}
	return files, fx, nil
}

// Problems planted in generated pages (synthetic values only).
const (
	pageMarking = 13 // 秘密★1年
	pageID      = 21 // an unmasked ID
	pageMasked  = 34 // a masked ID: must pass
	pageTerm    = 99 // 青松计划, a code name only a later dictionary knows
)

func newTestSite(pages int, other string, attach []fixture, files map[string][]byte) *testSite {
	s := &testSite{pages: pages, content: map[string][]byte{}, ctype: map[string]string{},
		modified: map[string]time.Time{}, status: map[string]map[int]int{}, busy: 1, other: other}
	t0 := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	put := func(p, ct string, body []byte) {
		s.content[p], s.ctype[p], s.modified[p] = body, ct, t0
	}
	put("/robots.txt", "text/plain", []byte("User-agent: *\nDisallow: /private/\n"))
	var sm bytes.Buffer
	sm.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for _, p := range []string{"/", "/orphan.html", "/private/in-sitemap.html"} {
		fmt.Fprintf(&sm, "<url><loc>%s%s</loc></url>", "{{base}}", p)
	}
	sm.WriteString("</urlset>\n")
	put("/sitemap.xml", "application/xml", sm.Bytes())
	put("/", "text/html; charset=utf-8", []byte(`<!doctype html><html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>
<h1>某县人民政府门户网站</h1><a href="/p/0.html">政务公开</a> <a href="/old">旧栏目</a> <a href="/gone-out">外链跳转</a>
<a href="/missing.html">失效链接</a> <a href="/slow.html">慢页面</a> <a href="/busy.html">繁忙</a>
<a href="/private/secret.html">内部</a> <a href="`+other+`/x.html">外站</a> <img src="`+other+`/logo.png">
<a href="mailto:ban@example.gov.cn">信箱</a> <a href="javascript:void(0)">脚本</a> <a href="#top">顶部</a>
</body></html>`))
	put("/orphan.html", "text/html; charset=utf-8", []byte(`<html><body><p>只在网站地图中出现的页面，内容正常。</p></body></html>`))
	put("/busy.html", "text/html; charset=utf-8", []byte(`<html><body><p>稍后再来的页面。</p></body></html>`))
	put("/private/secret.html", "text/html; charset=utf-8", []byte(`<html><body>秘密★1年 不应被抓取</body></html>`))
	put("/private/in-sitemap.html", "text/html; charset=utf-8", []byte(`<html><body>机密★ 不应被抓取</body></html>`))
	for p, data := range files {
		put(p, "application/octet-stream", data)
	}
	for i := 0; i < pages; i++ {
		put(fmt.Sprintf("/p/%d.html", i), "text/html; charset=utf-8", s.page(i, other, attach))
	}
	return s
}

// page makes generated page i: two children (a tree), a link back to
// its parent and the home page (loops), and, for some pages, an
// attachment linked by a, iframe, embed, object, area or link.
func (s *testSite) page(i int, other string, attach []fixture) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>公开信息 %d</title>`, i)
	if i < len(attach) && i%6 == 5 {
		fmt.Fprintf(&b, `<link rel="alternate" href="%s">`, attach[i].path)
	}
	b.WriteString(`<link rel="stylesheet" href="/style.css"></head><body>`)
	fmt.Fprintf(&b, "<h1>第%d号公开信息</h1><p>本页发布日常政务信息，办公电话 0571-87001234。</p>", i)
	switch i {
	case pageMarking:
		b.WriteString("<p>秘密★1年</p><p>关于做好年度工作的通知</p>")
	case pageID:
		b.WriteString("<p>申请人张三，身份证号110101199003074514。</p>")
	case pageMasked:
		b.WriteString("<p>公示名单：王某某，身份证号110101********4514。</p>")
	case pageTerm:
		b.WriteString("<p>青松计划</p>")
	}
	for _, c := range []int{2*i + 1, 2*i + 2} {
		if c < s.pages {
			fmt.Fprintf(&b, `<a href="/p/%d.html">下一级 %d</a> `, c, c)
		}
	}
	fmt.Fprintf(&b, `<a href="/p/%d.html#top">上一级</a> <a href="/">首页</a> <a href="./%d.html">本页</a>`, (i-1)/2, i)
	if i < len(attach) {
		p := attach[i].path
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, `<a href="%s">附件下载</a>`, p)
		case 1:
			fmt.Fprintf(&b, `<iframe src="%s"></iframe>`, p)
		case 2:
			fmt.Fprintf(&b, `<embed src="%s">`, p)
		case 3:
			fmt.Fprintf(&b, `<object data="%s"></object>`, p)
		case 4:
			fmt.Fprintf(&b, `<map name="m"><area href="%s" alt="附件"></map>`, p)
		}
	}
	if i%100 == 50 {
		fmt.Fprintf(&b, `<a href="%s/p/%d.html">兄弟单位</a>`, other, i)
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

// set replaces the body of p and moves its modification time on.
func (s *testSite) set(p string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.content[p] = body
	s.modified[p] = s.modified[p].Add(time.Hour)
}

func (s *testSite) count(p string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.status[p] == nil {
		s.status[p] = map[int]int{}
	}
	s.status[p][status]++
}

// counts sums the answers with status to paths starting with prefix.
func (s *testSite) counts(prefix string, status int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for p, m := range s.status {
		if strings.HasPrefix(p, prefix) {
			n += m[status]
		}
	}
	return n
}

func (s *testSite) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.status = map[string]map[int]int{}
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (s *testSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sw := &statusWriter{ResponseWriter: w}
	defer func() { s.count(r.URL.Path, sw.status) }()
	switch r.URL.Path {
	case "/old":
		http.Redirect(sw, r, "/p/5.html", http.StatusMovedPermanently)
		return
	case "/gone-out":
		http.Redirect(sw, r, s.other+"/moved.html", http.StatusFound)
		return
	case "/slow.html":
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
			sw.status = -1
			return
		}
	case "/busy.html":
		s.mu.Lock()
		busy := s.busy > 0
		if busy {
			s.busy--
		}
		s.mu.Unlock()
		if busy {
			sw.Header().Set("Retry-After", "1")
			sw.WriteHeader(http.StatusServiceUnavailable)
			return
		}
	}
	s.mu.Lock()
	body, ok := s.content[r.URL.Path]
	ct, mod := s.ctype[r.URL.Path], s.modified[r.URL.Path]
	s.mu.Unlock()
	if !ok {
		http.NotFound(sw, r)
		return
	}
	if r.URL.Path == "/sitemap.xml" {
		body = bytes.ReplaceAll(body, []byte("{{base}}"), []byte(s.srv.URL))
	}
	sum := sha256.Sum256(body)
	sw.Header().Set("Content-Type", ct)
	sw.Header().Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	http.ServeContent(sw, r, "", mod, bytes.NewReader(body))
}

// counter is the other host: it counts every request it gets.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	fmt.Fprint(w, "<html><body>秘密★1年</body></html>")
}

func (c *counter) requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
