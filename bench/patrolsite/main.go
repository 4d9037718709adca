// Command patrolsite serves a generated website on loopback for
// bench/patrol.sh: N pages of government-notice prose in a tree (two
// children each, links back up and home), one page in fifty with a
// synthetic problem, a sitemap and robots.txt, ETag and Last-Modified on
// every page. It prints its base URL on the first line of stdout and
// serves until killed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

func page(i, n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>公开信息 %d</title></head><body>`, i)
	fmt.Fprintf(&b, "<h1>第%d号 关于做好年度重点工作的通知</h1>", i)
	for k := 0; k < 12; k++ {
		fmt.Fprintf(&b, "<p>各乡镇人民政府、县政府各部门：为进一步做好第%d项工作，现将有关事项通知如下，请结合实际认真贯彻落实。咨询电话 0571-8700%04d。</p>", k+1, i%10000)
	}
	switch i % 50 {
	case 7:
		b.WriteString("<p>申请人身份证号110101199003074514。</p>")
	case 19:
		b.WriteString("<p>联系人手机13812345678。</p>")
	}
	for _, c := range []int{2*i + 1, 2*i + 2} {
		if c < n {
			fmt.Fprintf(&b, `<a href="/p/%d.html">下一级 %d</a> `, c, c)
		}
	}
	fmt.Fprintf(&b, `<a href="/p/%d.html">上一级</a> <a href="/">首页</a></body></html>`, (i-1)/2)
	return b.Bytes()
}

func main() {
	n := flag.Int("pages", 1000, "number of pages")
	flag.Parse()
	mod := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	base := "http://" + ln.Addr().String()
	fmt.Println(base)
	os.Stdout.Sync()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body []byte
		ct := "text/html; charset=utf-8"
		switch p := r.URL.Path; {
		case p == "/":
			body = []byte(`<html><body><a href="/p/0.html">政务公开</a></body></html>`)
		case p == "/robots.txt":
			ct, body = "text/plain", []byte("User-agent: *\nDisallow: /private/\nSitemap: "+base+"/sitemap.xml\n")
		case p == "/sitemap.xml":
			ct, body = "application/xml", []byte(`<urlset><url><loc>`+base+`/</loc></url></urlset>`)
		case strings.HasPrefix(p, "/p/") && strings.HasSuffix(p, ".html"):
			i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(p, "/p/"), ".html"))
			if err != nil || i < 0 || i >= *n {
				http.NotFound(w, r)
				return
			}
			body = page(i, *n)
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("ETag", fmt.Sprintf(`"%x"`, len(body)))
		http.ServeContent(w, r, "", mod, bytes.NewReader(body))
	})
	fmt.Fprintln(os.Stderr, http.Serve(ln, h))
}
