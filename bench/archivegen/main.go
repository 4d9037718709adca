// Command archivegen writes, for bench/bulk.sh, the archive a county
// government's CMS would re-scan: N pages of 政府信息公开 in HTML, in
// folders by year and month, with attachments beside one page in five.
//
// A page is 5 to 30 KB (most near the small end), a site's header,
// navigation and footer around an article of the text bench/textgen
// writes. Three pages in ten keep that text's 公示 lists of people
// (synthetic ID numbers, mobiles, cards, plates, e-mails); the others
// carry its prose only. One page in five hundred opens with a marking
// (秘密★, 内部资料, 工作秘密). Attachments are copies of small DOCX,
// XLSX and PDF fixtures of this repository, made by LibreOffice, npm
// docx and exceljs, reportlab, Chromium and Ghostscript, some with personal
// data: the kinds of file a site links to (one-page documents; a long
// annual report costs more).
//
//	go run ./bench/archivegen -pages 100000 -out bench/out/archive-100000
//
// It prints the number of pages, attachments and bytes written. The
// output is the same for the same -pages and -seed.
package main

import (
	"flag"
	"fmt"
	"html"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/mishen-gov/mishen/bench/textgen"
)

// attachments are the fixtures copied beside pages, with the kind of
// producer that made each.
var attachments = []string{
	"testdata/docs/clean.docx",                 // LibreOffice
	"testdata/docs/beside_clean.docx",          // LibreOffice
	"testdata/tables/wrapped_id.docx",          // npm docx, an ID number in a table
	"testdata/blind89b/c07_jiuye_tongji.docx",  // npm docx
	"testdata/docs/clean.xlsx",                 // LibreOffice
	"testdata/tables/neighbours.xlsx",          // npm exceljs
	"testdata/docs/roster.xlsx",                // IDs, cards, mobiles, hidden rows and sheets
	"testdata/blind9/b9_xlsx_gongshi_ids.xlsx", // a 公示 of IDs and mobiles
	"testdata/docs/prose.pdf",                  // LibreOffice, an ID number
	"testdata/blind8/b8_lo_clean_gongnuan.pdf", // LibreOffice
	"testdata/tables/neighbours.pdf",           // Chromium
	"testdata/places/places.pdf",               // Chromium, IDs and mobiles
	"testdata/blind8/b8_rl_clean_xiaofang.pdf", // reportlab
	"testdata/blind89b/c16_nianbao_gs.pdf",     // Ghostscript
}

var markings = []string{"秘密★1年", "内部资料 注意保存", "本材料属工作秘密，请勿外传。"}

var columns = []string{"政策文件", "通知公告", "政府信息公开年报", "财政预决算", "人事信息", "行政许可", "行政处罚", "公示公告", "规划计划", "应急管理"}

func main() {
	pages := flag.Int("pages", 100000, "number of HTML pages")
	out := flag.String("out", "", "folder to write (created)")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		log.Fatal("archivegen: -out is required")
	}
	files := make([][]byte, len(attachments))
	for i, p := range attachments {
		b, err := os.ReadFile(p)
		if err != nil {
			log.Fatalf("archivegen: %v (run from the repository's root)", err)
		}
		files[i] = b
	}
	full, clean := lines(textgen.GovernmentText(4 << 20))
	r := rand.New(rand.NewSource(*seed))
	var nAtt int
	var bytes int64
	for n := 1; n <= *pages; n++ {
		year, month, day := 2016+n*9/(*pages+1), 1+r.Intn(12), 1+r.Intn(28)
		dir := filepath.Join(*out, fmt.Sprint(year), fmt.Sprintf("%02d", month))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatal(err)
		}
		stem := fmt.Sprintf("%04d%02d%02d_%06d", year, month, day, n)
		var atts []string
		if r.Intn(5) == 0 {
			for k := range 1 + r.Intn(20)/19 {
				i := r.Intn(len(attachments))
				name := fmt.Sprintf("P0%s_附件%d%s", stem, k+1, filepath.Ext(attachments[i]))
				if err := os.WriteFile(filepath.Join(dir, name), files[i], 0o644); err != nil {
					log.Fatal(err)
				}
				atts = append(atts, name)
				nAtt++
				bytes += int64(len(files[i]))
			}
		}
		u := r.Float64()
		size := 5<<10 + int(25<<10*u*u)
		src := clean
		if r.Intn(10) < 3 {
			src = full
		}
		var mark string
		if r.Intn(500) == 0 {
			mark = markings[r.Intn(len(markings))]
		}
		page := render(r, n, year, month, day, mark, src, size, atts)
		if err := os.WriteFile(filepath.Join(dir, "t"+stem+".html"), page, 0o644); err != nil {
			log.Fatal(err)
		}
		bytes += int64(len(page))
	}
	fmt.Printf("%d pages, %d attachments, %d bytes in %s\n", *pages, nAtt, bytes, *out)
}

// lines splits the text into its lines, and the lines of prose alone:
// without the 公示 lists, card numbers, plates and e-mail addresses.
func lines(text string) (full, clean []string) {
	full = strings.Split(text, "\n")
	skip := false
	for _, l := range full {
		switch {
		case strings.Contains(l, "名单公示"):
			skip = true
		case strings.HasPrefix(l, "特此公告"):
			skip = false
			continue
		}
		if skip || l == "" || strings.Contains(l, "车辆") || strings.Contains(l, "@") || strings.Contains(l, "银行卡") {
			continue
		}
		clean = append(clean, l)
	}
	return full, clean
}

// render writes one page of about size bytes: the site's frame around
// an article of lines from src, and links to the attachments.
func render(r *rand.Rand, n, year, month, day int, mark string, src []string, size int, atts []string) []byte {
	col := columns[r.Intn(len(columns))]
	var b strings.Builder
	b.Grow(size + 4096)
	title := fmt.Sprintf("关于%s工作的通知（第%d号）", col, n)
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="某某县人民政府">
<meta name="ColumnName" content="%s">
<meta name="ArticleTitle" content="%s">
<meta name="PubDate" content="%d-%02d-%02d 09:30">
<title>%s_某某县人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="某某县人民政府"></a></div>
<ul class="nav">`, col, title, year, month, day, title)
	for i, c := range columns {
		fmt.Fprintf(&b, "\n<li><a href=\"/col/col%d/index.html\">%s</a></li>", 1000+i, c)
	}
	fmt.Fprintf(&b, `
</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; %s</div>
<div class="article">
<table class="meta"><tr><td>索引号：</td><td>0023-%04d-%06d</td><td>发布机构：</td><td>某某县人民政府办公室</td></tr>
<tr><td>发文日期：</td><td>%d-%02d-%02d</td><td>主题分类：</td><td>%s</td></tr></table>
<h1>%s</h1>
<div class="content" id="zoom">
`, col, year, n, year, month, day, col, title)
	if mark != "" {
		fmt.Fprintf(&b, "<p class=\"mark\">%s</p>\n", mark)
	}
	end := size - 1200
	inTable := false
	for i := r.Intn(len(src)); b.Len() < end; i = (i + 1) % len(src) {
		l := html.EscapeString(src[i])
		if strings.Contains(l, "\t") {
			if !inTable {
				b.WriteString("<table border=\"1\">\n")
				inTable = true
			}
			b.WriteString("<tr><td>" + strings.ReplaceAll(l, "\t", "</td><td>") + "</td></tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		if l != "" {
			b.WriteString("<p style=\"text-indent:2em\">" + l + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</div>\n")
	if len(atts) > 0 {
		b.WriteString("<div class=\"attach\">附件：<ul>\n")
		for _, a := range atts {
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", a, a)
		}
		b.WriteString("</ul></div>\n")
	}
	fmt.Fprintf(&b, `</div>
<div class="footer">
<p>主办：某某县人民政府办公室　承办：某某县大数据发展中心</p>
<p>网站标识码：3301000023　ICP备案号：浙ICP备05000000号-1</p>
<p>地址：某某县文化路1号　邮编：311000　联系电话：0571-87000000</p>
</div>
</body>
</html>
`)
	return []byte(b.String())
}
