package htmlx

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// parts extracts page and returns the text of each kind of part.
func parts(t *testing.T, page string) map[string]string {
	t.Helper()
	d, err := Extract([]byte(page), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Findings {
		t.Errorf("unexpected finding %s: %s", f.Rule, f.Message)
	}
	m := map[string]string{}
	for _, p := range d.Parts {
		m[p.Kind] += p.Text
		if want := map[string]string{doc.HTMLHidden: HiddenElement, doc.HTMLComment: HiddenComment, doc.FormField: HiddenFormField}[p.Kind]; p.Hidden != want {
			t.Errorf("%s part Hidden = %q, want %q", p.Kind, p.Hidden, want)
		}
	}
	return m
}

func TestVisibleText(t *testing.T) {
	for _, tt := range []struct{ name, page, body string }{
		{"split marking", `<p><span>机</span><b>密</b><i>★</i>1年</p>`, "机密★1年\n"},
		{"whitespace", "<p>  第一段\n  继续 \t 文字  </p>\n\n<div> 第二段 </div>", "第一段 继续 文字\n第二段\n"},
		{"space between inline", `<p><span>甲</span> <span>乙</span></p>`, "甲 乙\n"},
		{"table cells", `<table><tr><th>姓名</th><th>电话</th></tr><tr><td>张某某</td><td>123</td></tr><tr><td>456</td><td></td><td>789</td></tr></table>`,
			"姓名\t电话\n张某某\t123\n456\t\t789\n"},
		{"br", `<p>第一行<br>第二行<br><br>第三行</p>`, "第一行\n第二行\n第三行\n"},
		{"list", `<ul><li>一</li><li>二</li></ul>`, "一\n二\n"},
		{"pre", "<pre>  a  b\n c</pre>", "  a  b\n c\n"},
		{"entities", `<p>&lt;机密&gt; &amp; &#x79D8;&#23494;</p>`, "<机密> & 秘密\n"},
		{"script and style", `<script>var s="机密";</script><style>p{color:red}</style><p>正文</p><iframe>旧浏览器文字</iframe>`, "正文\n"}, // see TestSourceOnlyText
		{"noscript", `<noscript>请启用脚本</noscript>`, "请启用脚本\n"},
		{"textarea", "<textarea>多行\n  内容</textarea>", "多行\n  内容\n"},
		{"svg text", `<svg><text>图中文字</text></svg>`, "图中文字\n"},
		{"links side by side", `<div><a href="/a">政务公开</a><a href="/b">政务服务</a>与<a>互动</a></div>`, "政务公开 政务服务与互动\n"},
		{"a number cut into links", `<p>身份证号：<a>110101</a><a>199003074514</a></p>`, "身份证号：110101199003074514\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := parts(t, tt.page)[doc.Body]; got != tt.body {
				t.Errorf("body = %q, want %q", got, tt.body)
			}
		})
	}
}

func TestHiddenElements(t *testing.T) {
	got := parts(t, `<p>可见</p>
<div style="display:none">一</div>
<div style="DISPLAY : None !important">二</div>
<div style="color:red;/* x */visibility:hidden">三</div>
<span style="display: inline; visibility:collapse">四</span>
<p hidden>五</p>
<template><p>六</p></template>
<dialog>七</dialog><dialog open>可见对话框</dialog>
<input type="hidden" name="uid" value="八">
<div style="display:none">外<span style="display:none">内</span><!-- 隐藏中的注释 --></div>
<div style="display:block">可见块</div>
<span style="font-size:0px">甲</span><span style="opacity: 0">乙</span><p style="color:#FFF;background-color:white">丙</p>
<div aria-hidden="true" style="position:absolute;left:-9999px">丁</div><p aria-hidden="true" style="text-indent:-200em">戊</p><a href="#main" style="position:absolute;left:-9999px">跳到正文</a>
<span style="font-size:0.8em;opacity:0.9">小字可见</span><p style="color:#fff;background:#003366">白字深底</p><div style="left:-20px">略移可见</div>`)
	if want := "可见\n可见对话框\n可见块\n跳到正文 小字可见\n白字深底\n略移可见\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
	if want := "一\n二\n三\n四\n五\n六\n七\n外内\n甲\n乙\n丙\n丁\n戊\n"; got[doc.HTMLHidden] != want {
		t.Errorf("hidden = %q, want %q", got[doc.HTMLHidden], want)
	}
	// A hidden form field is a part of its own, under its name.
	if want := "uid: 八\n"; got[doc.FormField] != want {
		t.Errorf("form fields = %q, want %q", got[doc.FormField], want)
	}
	if want := "隐藏中的注释\n"; got[doc.HTMLComment] != want {
		t.Errorf("comments = %q, want %q", got[doc.HTMLComment], want)
	}
}

// TestInheritedHiding: a font size of 0 is inherited, and an element
// inside that sets its own size is shown again (the inline-block gap
// fix: a container of size 0, items of 16px), by its style or by a rule
// of the page's, but not by a size relative to it (0.9em of 0 is 0); text
// of size 0 itself stays hidden. A declarative shadow
// root is shown; any other template is not.
func TestInheritedHiding(t *testing.T) {
	got := parts(t, `<style>.nav{font-size:0}.nav a{font-size:14px}.z{font-size:0}</style>
<div style="font-size:0"><span style="font-size:16px">欢迎访问门户网站</span><span style="font-size:16px">服务热线：12345</span>隐一</div>
<div class="nav"><a href="/a">政务公开</a><a href="/b">办事服务</a>隐二</div>
<p>电话<span style="font-size:0">13958627413</span>见上</p>
<div style="font-size:0"><b>隐三</b><i style="font-size:0.9em">隐三乙</i><i style="font-size:1rem">小字</i></div>
<span class="z">隐四</span>
<gov-footer><template shadowrootmode="open"><p>主办单位：某市人民政府</p></template></gov-footer>
<template><p>隐五</p></template>`)
	if want := "欢迎访问门户网站服务热线：12345\n政务公开 办事服务\n电话见上\n小字\n主办单位：某市人民政府\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
	if want := "隐一\n隐二\n13958627413\n隐三隐三乙\n隐四\n隐五\n"; got[doc.HTMLHidden] != want {
		t.Errorf("hidden = %q, want %q", got[doc.HTMLHidden], want)
	}
	// A size relative to the parent's set by a rule keeps 0; visibility
	// is inherited and undone by visibility:visible, by style or rule;
	// opacity and display are not undone.
	got = parts(t, `<style>.w{font-size:0}.w .i{font-size:120%}.v{visibility:hidden}.v .s{visibility:visible}</style>
<div class="w"><span class="i">此稿未经审核请勿发布</span></div>
<div style="visibility:hidden">隐甲<p style="visibility:visible">可见乙</p><p>隐丙</p></div>
<div class="v"><span class="s">可见丁</span><span>隐戊</span></div>
<div style="opacity:0"><p style="opacity:1">隐己</p></div>
<div style="display:none"><p style="display:block;visibility:visible">隐庚</p></div>`)
	if want := "可见乙\n可见丁\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
	if want := "此稿未经审核请勿发布\n隐甲\n隐丙\n隐戊\n隐己\n隐庚\n"; got[doc.HTMLHidden] != want {
		t.Errorf("hidden = %q, want %q", got[doc.HTMLHidden], want)
	}
	// Ink is inherited too: a parent whose ink is its background hides
	// only the text that no element inside gives a colour of its own.
	// Hidden text cut by inline markup is one line, one note.
	got = parts(t, `<div style="background-color:#003f88;color:#003f88"><h2 style="color:#ffffff">白字标题</h2>同色说明<p>同色<b>段落</b>文字</p></div>
<p>可见<span style="font-size:0">此稿<b>未经审核</b>请勿发布</span>可见</p>`)
	if want := "白字标题\n可见可见\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
	if want := "同色说明\n同色段落文字\n此稿未经审核请勿发布\n"; got[doc.HTMLHidden] != want {
		t.Errorf("hidden = %q, want %q", got[doc.HTMLHidden], want)
	}
	// White space between its inline elements, hidden or shown, keeps
	// a hidden run one line; the body keeps its word break.
	got = parts(t, `<p>可见<span style="font-size:0"><b>此稿</b> <i>未经审核</i></span> <span style="font-size:0">请勿发布</span> 可见</p>`)
	if want := "此稿 未经审核 请勿发布\n"; got[doc.HTMLHidden] != want {
		t.Errorf("hidden = %q, want %q", got[doc.HTMLHidden], want)
	}
	if want := "可见 可见\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
}

// TestOfficeComments: the comments a Word or WPS document keeps when it is
// saved as a web page are a comment part, hidden as in the document.
func TestOfficeComments(t *testing.T) {
	d, err := Extract([]byte(`<p class=MsoNormal>正文<a class=msocomanchor href="#_msocom_1">[A1]</a></p>
<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><p class=MsoCommentText><span style='mso-comment-author:"审核人"'>此数与报表不一致，核实后再发</span></p></div></div>`), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var body, comment string
	for _, p := range d.Parts {
		switch p.Kind {
		case doc.Body:
			body = p.Text
		case doc.Comment:
			comment = p.Text
			if p.Hidden != HiddenOfficeComment {
				t.Errorf("hidden = %q", p.Hidden)
			}
		}
	}
	if strings.Contains(body, "核实") || !strings.Contains(comment, "此数与报表不一致，核实后再发") {
		t.Errorf("body %q, comment %q", body, comment)
	}
}

func TestAttributesAndMetadata(t *testing.T) {
	got := parts(t, `<html><head><title> 标题
 文字 </title><meta name="description" content="内部资料"><meta name="Keywords" content="a,b">
<meta name="author" content="孙某某"><meta http-equiv="refresh" content="0;url=http://10.1.2.3/">
<link rel="stylesheet" href="http://intra.local/a.css"></head><body>
<a href="http://10.32.1.15/oa" title="内网">链接</a>
<img src="data:image/png;base64,iVBORw0KGgo=" alt="照片">
<img srcset="a.jpg 1x, b.jpg 2x">
<form action="/submit"><input placeholder="请输入身份证号" value="默认值"><input type="password" value="不读"></form>
<object data="http://10.0.0.1/x.swf"></object><div data="不是链接" aria-label="按钮说明"></div>
<svg><title>图表提示</title></svg>
</body></html>`)
	want := strings.Join([]string{"title: 内网", "alt: 照片", "placeholder: 请输入身份证号", "value: 默认值",
		"aria-label: 按钮说明", "title: 图表提示", ""}, "\n")
	if got[doc.HTMLAttribute] != want {
		t.Errorf("attributes:\n%s\nwant:\n%s", got[doc.HTMLAttribute], want)
	}
	want = strings.Join([]string{"http://10.1.2.3/", "http://intra.local/a.css", "http://10.32.1.15/oa",
		"a.jpg", "b.jpg", "/submit", "http://10.0.0.1/x.swf", ""}, "\n")
	if got[doc.LinkTarget] != want {
		t.Errorf("link targets:\n%s\nwant:\n%s", got[doc.LinkTarget], want)
	}
	if want := "description: 内部资料\nKeywords: a,b\nrefresh: 0;url=http://10.1.2.3/\n"; got[doc.HTMLMeta] != want {
		t.Errorf("meta = %q, want %q", got[doc.HTMLMeta], want)
	}
	if want := "标题: 标题 文字\n作者: 孙某某\n"; got[doc.MetadataPart] != want {
		t.Errorf("metadata = %q, want %q", got[doc.MetadataPart], want)
	}
	if want := "链接\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
}

func TestCharsets(t *testing.T) {
	gbk := func(s string) string {
		b, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("<p>机密文件</p>")
	for _, tt := range []struct{ name, page string }{
		{"utf-8", "<p>机密文件</p>"},
		{"utf-8 bom", "\xef\xbb\xbf<p>机密文件</p>"},
		{"meta gbk", gbk(`<html><head><meta charset="gbk"></head><body><p>机密文件</p>`)},
		{"meta gb2312 http-equiv", gbk(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>机密文件</p>`)},
		{"undeclared gbk", gbk(`<p>机密文件</p>`)},
		{"gbk declared utf-8", gbk(`<meta charset="utf-8"><p>机密文件</p>`)},
		{"utf-16 bom", utf16},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := parts(t, tt.page)[doc.Body]; got != "机密文件\n" {
				t.Errorf("body = %q", got)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	for _, tt := range []struct {
		name string
		page string
		lim  func(*doc.Limits)
		rule string
		body string // must be in the body still
	}{
		{"deeper than x/net/html allows", strings.Repeat("<div>", 600) + "深处的文字<!-- 注释 -->", nil, "unreadable.too_deep", "深处的文字"},
		{"deeper than the limit", "<p>浅处</p>" + strings.Repeat("<span>", 40) + "深处", func(l *doc.Limits) { l.MaxXMLDepth = 20 }, "unreadable.too_deep", "浅处"},
		{"too much text", strings.Repeat("<p>一二三四五六七八九十</p>", 100), func(l *doc.Limits) { l.MaxTextRunes = 95 }, "unreadable.too_much_text", "一二三"},
		{"too large", "<p>正文</p>", func(l *doc.Limits) { l.MaxFileBytes = 5 }, "unreadable.too_large", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lim := doc.DefaultLimits()
			if tt.lim != nil {
				tt.lim(&lim)
			}
			start := time.Now()
			d, _ := Extract([]byte(tt.page), lim)
			if el := time.Since(start); el > ziptest.HangAfter {
				t.Errorf("took %v", el)
			}
			if len(d.Findings) == 0 || d.Findings[0].Rule != tt.rule || d.Findings[0].Category != report.Unreadable {
				t.Fatalf("findings = %+v, want %s", d.Findings, tt.rule)
			}
			body := ""
			if len(d.Parts) > 0 {
				body = d.Parts[0].Text
			}
			if !strings.Contains(body, tt.body) {
				t.Errorf("body = %q, want it to hold %q", body, tt.body)
			}
			n := 0
			for _, p := range d.Parts {
				n += utf8.RuneCountInString(p.Text)
			}
			if n > lim.MaxTextRunes {
				t.Errorf("%d runes, over the limit", n)
			}
		})
	}
}

// TestHostileSpeed feeds pages built to make HTML parsers slow: unclosed
// formatting elements (the adoption agency algorithm), many attributes,
// huge comments and deep tables.
func TestHostileSpeed(t *testing.T) {
	for name, page := range map[string]string{
		"unclosed formatting": strings.Repeat("<b><i><u><a>文字", 20000),
		"misnested":           strings.Repeat("<b><p>x</b></p>", 20000),
		"many attributes":     "<p " + strings.Repeat(`title="机密" `, 50000) + ">x</p>",
		"long comment":        "<!--" + strings.Repeat("机密", 500000) + "-->",
		"tables":              strings.Repeat("<table><tr><td>", 200),
		"open tags":           strings.Repeat("<div", 100000),
	} {
		start := time.Now()
		d, _ := Extract([]byte(page), doc.DefaultLimits())
		if el := time.Since(start); el > ziptest.HangAfter {
			t.Errorf("%s: took %v", name, el)
		}
		if d == nil || len(d.Parts) == 0 {
			t.Errorf("%s: no body part", name)
		}
	}
}

func TestTimeout(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Nanosecond
	d, _ := Extract([]byte(strings.Repeat("<p>一二</p>", 3000)), lim)
	if len(d.Findings) != 1 || d.Findings[0].Rule != "unreadable.timeout" {
		t.Fatalf("findings = %+v, want one unreadable.timeout", d.Findings)
	}
	if !strings.HasPrefix(d.Parts[0].Text, "一二\n") {
		t.Errorf("the text read before the timeout is lost: %q", d.Parts[0].Text[:20])
	}
}

// TestUTF8DeclaredLegacy is a UTF-8 page that keeps an old template's
// <meta charset="gb2312">: read as what it is, not garbled as GB18030.
func TestUTF8DeclaredLegacy(t *testing.T) {
	for _, decl := range []string{
		`<meta charset="gb2312">`,
		`<meta http-equiv="Content-Type" content="text/html; charset=GBK">`,
		`<meta charset="big5">`,
		`<meta charset="iso-8859-1">`,
	} {
		t.Run(decl, func(t *testing.T) {
			page := `<html><head>` + decl + `</head><body><p>秘密★1年</p></body></html>`
			if got := parts(t, page)[doc.Body]; got != "秘密★1年\n" {
				t.Errorf("body = %q", got)
			}
		})
	}
	// Not valid UTF-8: the declaration still decides.
	b, err := simplifiedchinese.GBK.NewEncoder().String(`<meta charset="gb2312"><p>秘密★1年</p>`)
	if err != nil {
		t.Fatal(err)
	}
	if got := parts(t, b)[doc.Body]; got != "秘密★1年\n" {
		t.Errorf("GBK page: body = %q", got)
	}
}

// TestSourceOnlyText: text that a reader of the page source meets but
// the rendered page does not show is scanned, not dropped; text shown
// verbatim (xmp, plaintext, listing) is body text.
func TestSourceOnlyText(t *testing.T) {
	got := parts(t, `<p>正文</p>
<script>var level = "秘密★1年";</script>
<script type="application/json">{"id":"备注"}</script>
<style>p { color: red }</style>
<noembed>无插件时的文字</noembed><noframes>无框架时的文字</noframes>
<iframe src="a.html">旧浏览器文字</iframe>
<xmp>  <b>源码</b>  示例</xmp>
<listing>清单  文字</listing>
<plaintext>纯文本 <i>到末尾</i>`)
	if want := "正文\n  <b>源码</b>  示例\n清单  文字\n纯文本 <i>到末尾</i>\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
	want := "var level = \"秘密★1年\";\n{\"id\":\"备注\"}\n无插件时的文字\n无框架时的文字\n旧浏览器文字\n"
	if got[KindScript] != want {
		t.Errorf("%s = %q, want %q", KindScript, got[KindScript], want)
	}
	if strings.Contains(got[doc.Body]+got[KindScript], "color") {
		t.Error("style text was read")
	}
}

// TestSourceOnlyTextFlat: a page too deep for a tree still reads its
// scripts into the source part.
func TestSourceOnlyTextFlat(t *testing.T) {
	page := strings.Repeat("<div>", 600) + `<script>var s = "秘密★1年";</script><style>p{}</style>正文`
	d, _ := Extract([]byte(page), doc.DefaultLimits())
	m := map[string]string{}
	for _, p := range d.Parts {
		m[p.Kind] += p.Text
		if p.Hidden != "" && p.Kind == KindScript {
			t.Errorf("script part is hidden")
		}
	}
	if !strings.Contains(m[KindScript], "秘密★1年") || strings.Contains(m[doc.Body], "秘密") {
		t.Errorf("parts = %q", m)
	}
}

// TestStylesheetHides checks elements hidden by the page's own <style>
// rules (class, id, tag.class, inside @media, among other selectors).
func TestStylesheetHides(t *testing.T) {
	page := `<html><head><style>
	/* 附件 */ .fj { DISPLAY : none !important }
	#note, p.old { visibility: hidden }
	@media (max-width: 768px) { .top-nav { display: none } .x { color: red } }
	.shown { color: red }
	</style></head><body>
	<p>正文可见。</p><div class="box fj">隐藏甲</div><span id="note">隐藏乙</span>
	<p class="old">隐藏丙</p><p class="shown">可见丁</p><ul class="top-nav"><li>可见导航</li></ul></body></html>`
	d, err := Extract([]byte(page), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var hidden, body string
	for _, p := range d.Parts {
		switch p.Kind {
		case doc.HTMLHidden:
			hidden += p.Text
		case doc.Body:
			body += p.Text
		}
	}
	for _, w := range []string{"隐藏甲", "隐藏乙", "隐藏丙"} {
		if !strings.Contains(hidden, w) || strings.Contains(body, w) {
			t.Errorf("%s: hidden %q, body %q", w, hidden, body)
		}
	}
	if !strings.Contains(body, "可见丁") || !strings.Contains(body, "正文可见") || !strings.Contains(body, "可见导航") {
		t.Errorf("visible text lost: %q", body)
	}
}

// TestWhereTextHides checks the places of a page that a reader of its
// source can open: hidden form fields, data-* and aria-* attributes,
// <noscript>, <template>, srcdoc documents, link targets and <meta>.
func TestWhereTextHides(t *testing.T) {
	got := parts(t, `<html><head><meta property="og:title" content="关于某事的通知"><meta name="generator" content="CMS">
<meta http-equiv="refresh" content="5; URL='http://oa.example.local/x'"></head><body>
<form action="http://192.168.3.7/xf/submit"><input type="hidden" name="sfzh" value="110101199003074514"><input type="hidden" id="token" value="a1b2c3"><input type="hidden" name="empty" value=""></form>
<div data-writer="张某某" data-id="88" aria-describedby="tip">来信</div>
<noscript>请启用脚本后查看</noscript><template><p>模板内容</p></template>
<iframe srcdoc="&lt;p&gt;内嵌&lt;b&gt;文档&lt;/b&gt;&lt;/p&gt;&lt;a href='http://10.9.9.9/'&gt;x&lt;/a&gt;"></iframe>
<iframe style="display:none" srcdoc="&lt;p&gt;隐藏的内嵌文档&lt;/p&gt;"></iframe>
<a href="http://www.gov.cn/zhengce/">政策</a><a href="#top">顶部</a><a href="javascript:void(0)">空</a><a href="http://www.gov.cn/zhengce/">重复</a>
<a href="mailto:xinfang@example.gov.cn">信箱</a><area href="http://10.1.1.1/map"><img src="/images/%E5%9B%BE.png">
</body></html>`)
	for kind, want := range map[string]string{
		doc.Body:          "来信\n请启用脚本后查看\n内嵌文档\nx\n政策 顶部 空 重复 信箱\n",
		doc.HTMLHidden:    "模板内容\n隐藏的内嵌文档\n",
		doc.FormField:     "sfzh: 110101199003074514\ntoken: a1b2c3\n",
		doc.HTMLAttribute: "data-writer: 张某某\ndata-id: 88\naria-describedby: tip\n",
		doc.LinkTarget:    "http://oa.example.local/x\nhttp://192.168.3.7/xf/submit\nhttp://10.9.9.9/\nhttp://www.gov.cn/zhengce/\nmailto:xinfang@example.gov.cn\nhttp://10.1.1.1/map\n/images/图.png\n",
		doc.HTMLMeta:      "og:title: 关于某事的通知\ngenerator: CMS\nrefresh: 5; URL='http://oa.example.local/x'\n",
	} {
		if got[kind] != want {
			t.Errorf("%s = %q\nwant %q", kind, got[kind], want)
		}
	}
}

// TestStylesheetContent: the strings a page's own stylesheet draws
// (::before and ::after content) are read with its attributes, their
// escapes decoded; other declarations and empty strings are not.
func TestStylesheetContent(t *testing.T) {
	got := parts(t, `<html><head><style>
.m::before { content: "机密★1年"; color: red }
.n:after{content:'\5185\90E8 资料' "\"注意保存\""}
.clear:after { content: ""; display: table } .i:before{content:none}
.c { counter-content: "不读"; --content: "不读" } /* content: "注释" */
</style></head><body><p class=m>正文</p></body></html>`)
	want := "content: 机密★1年\ncontent: 内部资料\"注意保存\"\n"
	if got[doc.HTMLAttribute] != want {
		t.Errorf("attributes = %q, want %q", got[doc.HTMLAttribute], want)
	}
	// Letters whose lower case is longer than they are (Ⱥ) before a
	// content declaration: no offset may move.
	got = parts(t, `<html><head><style>.a{font-family:"`+strings.Repeat("Ⱥ", 20)+`"} .b::before{content:"秘密"}</style></head><body><p>密级：机密★10年</p></body></html>`)
	if got[doc.HTMLAttribute] != "content: 秘密\n" || !strings.Contains(got[doc.Body], "密级：机密★10年") {
		t.Errorf("attributes %q, body %q", got[doc.HTMLAttribute], got[doc.Body])
	}
}

// TestDataURIs: files a page carries in data: URIs are handed over as
// files inside it (each distinct one once, base64 read forgivingly, in
// srcset too; spacers too small for text left out), not read as links or
// attributes; one that does not decode and those over maxInline are
// reported.
func TestDataURIs(t *testing.T) {
	page := `<p>正文</p>
<iframe src="data:text/html;charset=utf-8;base64,PHA+6Lqr5Lu96K+B5Y+3PC9wPg"></iframe>
<a href="data:text/plain;charset=utf-8,%E5%86%85%E7%BD%91%E5%9C%B0%E5%9D%80">下载</a>
<img src="data:image/png;base64,iVBO
  Rw0KGgo=" alt="图">
<img data-src="data:text/html;charset=utf-8;base64,PHA+6Lqr5Lu96K+B5Y+3PC9wPg">
<img srcset="data:image/gif;base64,R0lGODlhAQABAAAAACw= 1x, b.jpg 2x">
<link rel="preload" href="data:font/woff2;base64,d09GMgABAAAAAA">
<a href="https://www.gov.cn/">政府网</a>`
	d, err := Extract([]byte(page), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Findings) != 0 {
		t.Errorf("findings: %+v", d.Findings)
	}
	// The 1 × 1 GIF of the srcset is a spacer, too small to hold text;
	// the font has no text either.
	want := []string{"内嵌数据1.html", "<p>身份证号</p>", "内嵌数据2.txt", "内网地址", "内嵌数据3.png", "\x89PNG\r\n\x1a\n"}
	var got []string
	for _, e := range d.Embedded {
		got = append(got, e.Name, string(e.Data[:min(len(e.Data), len(want[len(got)+1]))]))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("embedded %q, want %q", got, want)
	}
	for _, p := range d.Parts {
		if strings.Contains(p.Text, "data:") || strings.Contains(p.Text, "base64") {
			t.Errorf("%s part holds a data: URI: %q", p.Kind, p.Text)
		}
		if p.Kind == doc.LinkTarget && p.Text != "b.jpg\nhttps://www.gov.cn/\n" {
			t.Errorf("link targets %q", p.Text)
		}
	}

	var many strings.Builder
	for i := range maxInline + 2 {
		fmt.Fprintf(&many, `<a href="data:,%d">x</a>`, i)
	}
	d, _ = Extract([]byte(many.String()), doc.DefaultLimits())
	var rules []string
	for _, f := range d.Findings {
		rules = append(rules, f.Rule)
	}
	if len(d.Embedded) != maxInline || strings.Join(rules, " ") != "unreadable.too_many_inline" {
		t.Errorf("%d embedded, findings %v", len(d.Embedded), rules)
	}
	d, _ = Extract([]byte(`<img src="data:image/png;base64,@@@">`), doc.DefaultLimits())
	if len(d.Findings) != 1 || d.Findings[0].Rule != "unreadable.inline_data" {
		t.Errorf("bad base64: %+v", d.Findings)
	}
	// As browsers read them: raw characters, ;utf8, any media type,
	// percent-encoded base64, a % that starts no escape.
	for _, c := range []struct{ uri, media, data string }{
		{`data:image/svg+xml;utf8,<svg><text>机密★1年</text></svg>`, "image/svg+xml", "<svg><text>机密★1年</text></svg>"},
		{`data:text/html,<p>身份证号</p>`, "text/html", "<p>身份证号</p>"},
		{`data:font/woff2;base64,d09GMg`, "font/woff2", "wOF2"},
		{`data:text/html;base64,PHA%2B6Lqr5Lu96K%2BB5Y%2B3PC9wPg%3D%3D`, "text/html", "<p>身份证号</p>"},
		{`data:,100%`, "text/plain", "100%"},
	} {
		media, data, ok := decodeDataURI(c.uri)
		if !ok || media != c.media || string(data) != c.data {
			t.Errorf("%s: %q %q %v", c.uri, media, data, ok)
		}
	}
}

// TestDataURIsInStylesAndScripts: pictures a stylesheet draws
// (url(data:…) in a style attribute or a <style> block) and files a script
// carries as strings are read like an attribute's data: URI; a script's
// data: key and words ending in data: are not URIs.
func TestDataURIsInStylesAndScripts(t *testing.T) {
	page := `<html><head><style>
.banner { background: url("data:text/html;base64,PHA+5py65a+G4piFPC9wPg==") no-repeat; }
.icon { background-image: url(data:text/plain;charset=utf-8,%E5%86%85%E9%83%A8) }
</style></head><body>
<div style="background-image:url('data:text/plain,%E8%BA%AB%E4%BB%BD')">正文</div>
<script>
var cfg = {"pic":"data:text\/plain;base64,5omL5py6"};
$.ajax({url: "/a", data: {id: 1, b: 2}});
var metadata:x = 1; var o = {data:1, b:2};
var half = "data:image/png;base64,iVBOR@" + rest;
</script></body></html>`
	d, err := Extract([]byte(page), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Findings) != 0 {
		t.Errorf("findings: %+v", d.Findings)
	}
	var got []string
	for _, e := range d.Embedded {
		got = append(got, string(e.Data))
	}
	want := []string{"<p>机密★</p>", "内部", "身份", "手机"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("embedded %q, want %q", got, want)
	}
	// The same page read flat (too deep for a tree) takes the same files.
	deep := strings.Repeat("<div>", 600) + page
	d, _ = Extract([]byte(deep), doc.DefaultLimits())
	got = got[:0]
	for _, e := range d.Embedded {
		got = append(got, string(e.Data))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("flat: embedded %q, want %q", got, want)
	}
}

// TestInkOnItsBackground: text drawn in the colour it is drawn on is
// hidden, the background taken from the element's parents as the page
// writes it (style, or bgcolor and <font color> of old HTML), else the
// browser's white canvas where nothing the page does not show could paint
// it or move text over a picture; where a picture or a stylesheet's rule
// gives the background, it is not known, and the text is read as shown.
func TestInkOnItsBackground(t *testing.T) {
	for _, c := range []struct {
		page   string
		hidden bool
	}{
		{`<body bgcolor="#FFFFFF"><p>正文</p><p><font color="#FFFFFF">待审定后方可公开</font></p></body>`, true},
		{`<body><div style="background:#fff"><p><span style="color:white">待审定后方可公开</span></p></div></body>`, true},
		{`<body text="#ffffff" bgcolor="white"><p>待审定后方可公开</p></body>`, true},
		{`<body bgcolor="#FFFFFF"><table><tr><td bgcolor="#003366"><font color="#FFFFFF">待审定后方可公开</font></td></tr></table></body>`, false},
		{`<style>.nav{background:#036}</style><body bgcolor="#FFFFFF"><div class="nav"><font color="#FFFFFF">待审定后方可公开</font></div></body>`, false},
		{`<style>@media screen { .nav{background-color:#036} }</style><body bgcolor="#FFFFFF"><div class="nav"><font color="#FFFFFF">待审定后方可公开</font></div></body>`, false},
		{`<body bgcolor="#FFFFFF"><table><tr><td background="banner.jpg"><font color="white">待审定后方可公开</font></td></tr></table></body>`, false},
		{`<style>.slide p{position:absolute;bottom:0}</style><body><div class="slide"><img src="a.jpg"><p style="color:#fff">待审定后方可公开</p></div></body>`, false},
		{`<body><div style="position:relative"><img src="a.jpg"><p style="position:absolute;top:0;color:#fff">待审定后方可公开</p></div></body>`, false},
		// No element paints it and nothing moves it: the browser's
		// white canvas, beside a picture or not.
		{`<body><p>正文</p><p style="color:#ffffff">待审定后方可公开</p></body>`, true},
		{`<div class="slide"><img src="a.jpg"><p style="color:#fff">待审定后方可公开</p></div>`, true},
		{`<style>p{line-height:2}</style><body><p style="color:white">待审定后方可公开</p></body>`, true},
		// A stylesheet from elsewhere may paint the page itself.
		{`<link rel="stylesheet" href="/css/site.css"><body><p style="color:#fff">待审定后方可公开</p></body>`, false},
		{`<link rel="preload" href="/css/a.css" as="style" onload="this.rel='stylesheet'"><body><p style="color:#fff">待审定后方可公开</p></body>`, false},
		// A script may paint the page: one from elsewhere, or its own
		// that touches styles.
		{`<script src="/js/skin.js"></script><body><p style="color:#fff">待审定后方可公开</p></body>`, false},
		{`<script>document.body.style.background="#036"</script><body><p style="color:#fff">待审定后方可公开</p></body>`, false},
		{`<script>document.write(1234)</script><body><p style="color:#fff">待审定后方可公开</p></body>`, true},
		// The page's own stylesheet paints or moves something: the
		// canvas is not known.
		{`<style>.cap{float:left;margin:0 0 0 -200px}</style><body><img src="a.jpg"><p class="cap" style="color:#fff">待审定后方可公开</p></body>`, false},
		{`<style>:root{background:#036}</style><body><p style="color:#fff">待审定后方可公开</p></body>`, false},
		{`<style>.x{translate:0 -100%}</style><body><p style="color:#fff">待审定后方可公开</p></body>`, false},
		// Elements drawn on a background of their own; a transparent
		// background shows the canvas.
		{`<body><button style="color:#fff">待审定后方可公开</button><mark style="color:#fff">待审定后方可公开</mark></body>`, false},
		{`<body><div style="background:transparent"><p style="color:#fff">待审定后方可公开</p></div></body>`, true},
		// A stylesheet from elsewhere may paint an element with a class.
		{`<link rel="stylesheet" href="/css/site.css"><body bgcolor="#FFFFFF"><table><tr><td class="foot_bg"><font color="#FFFFFF">待审定后方可公开</font></td></tr></table></body>`, false},
		{`<style>@import url(/css/site.css);</style><body style="background:#fff"><a class="btn" style="color:#fff">待审定后方可公开</a></body>`, false},
		{`<body bgcolor="#FFFFFF"><span style="color:#fff;text-shadow:0 0 2px #000">待审定后方可公开</span></body>`, false},
		// Near white, written as old HTML allows, seen through, or none.
		{`<body bgcolor="#FFFFFF"><p><span style="color:#fefefe">待审定后方可公开</span></p></body>`, true},
		{`<body bgcolor="ffffff"><p><font color="FFFFFF">待审定后方可公开</font></p></body>`, true},
		{`<body style="background-color:#fff"><p style="color:rgba(255,255,255,1)">待审定后方可公开</p></body>`, true},
		{`<body><p style="color:transparent">待审定后方可公开</p></body>`, true},
		{`<body bgcolor="#FFFFFF"><p style="color:rgba(255,255,255,0.6)">待审定后方可公开</p></body>`, false},
		{`<body bgcolor="#FFFFFF"><p style="color:#eeeeee">待审定后方可公开</p></body>`, false},
		// Every way editors and browsers write a colour: the newer
		// syntax with spaces and "/ alpha", percentages, hsl(), names,
		// hex with alpha, a background shorthand.
		{`<body><p>正文</p><p style="color: rgb(255 255 255)">待审定后方可公开</p></body>`, true},
		{`<body><p style="color: rgb(100%, 100%, 100%)">待审定后方可公开</p></body>`, true},
		{`<body><p style="color: hsl(0, 0%, 100%)">待审定后方可公开</p></body>`, true},
		{`<body><p style="color: hsl(120deg 0% 100% / 1)">待审定后方可公开</p></body>`, true},
		{`<body><p style="color: rgb(0 0 0 / 0%)">待审定后方可公开</p></body>`, true},
		{`<body><p style="color:#ffffff00">待审定后方可公开</p></body>`, true},
		{`<body><p style="color:#FFFF">待审定后方可公开</p></body>`, true},
		{`<body><p style="color:Snow">待审定后方可公开</p></body>`, true},
		{`<body><div style="background: navy none repeat scroll 0% 0%"><p style="color:rgb(0, 0, 128)">待审定后方可公开</p></div></body>`, true},
		{`<body><div style="background: none"><p style="color: white !important">待审定后方可公开</p></div></body>`, true},
		{`<body><p style="color: rgb(255 255 255 / 50%)">待审定后方可公开</p></body>`, false},
		{`<body><p style="color: hsl(210, 50%, 40%)">待审定后方可公开</p></body>`, false},
		{`<body><p style="color: rgb(51 51 51)">待审定后方可公开</p></body>`, false},
		{`<body><div style="background: #fff url(bg.png) no-repeat"><p style="color:#fff">待审定后方可公开</p></div></body>`, false},
		{`<body><div style="background: linear-gradient(#036, #fff)"><p style="color:#fff">待审定后方可公开</p></div></body>`, false},
		{`<body><p style="color: var(--ink, #fff)">待审定后方可公开</p></body>`, false},
	} {
		got := parts(t, c.page)
		if hid := strings.Contains(got[doc.HTMLHidden], "待审定"); hid != c.hidden {
			t.Errorf("%s: hidden %v, want %v (%q)", c.page, hid, c.hidden, got)
		}
	}
	// A stylesheet carried inline, an SVG's stylesheet and a script's
	// \u002f escapes: the pictures they carry are read.
	d0, _ := Extract([]byte(`<style>@import url("data:text/css,.a{background:url(data:text/plain;base64,5omL5py6)}");</style>`+
		`<svg><style>.b{fill:url(data:text/plain;base64,6Lqr5Lu9)}</style></svg>`+
		`<script>var p = "data:text\u002fplain;base64,5Y2h5Y+3";</script><p>正文</p>`), doc.DefaultLimits())
	var inl []string
	for _, e := range d0.Embedded {
		inl = append(inl, string(e.Data))
	}
	if strings.Join(inl, "|") != "手机|身份|卡号" {
		t.Errorf("inline stylesheet, SVG style, script escapes: %q", inl)
	}
	// A picture commented out is read as a file of the page.
	d, _ := Extract([]byte(`<p>正文</p><!-- <img src="data:text/plain;base64,5omL5py6"> 原件 -->`), doc.DefaultLimits())
	if len(d.Embedded) != 1 || string(d.Embedded[0].Data) != "手机" {
		t.Errorf("comment: embedded %+v", d.Embedded)
	}
}

// TestDataURIsInScriptsNotText: from scripts, stylesheets and comments
// only what a reader could see is taken (a decodable picture, a page, a
// text): sounds, videos, code and pictures cut short are not; url( with
// white space after the parenthesis is read.
func TestDataURIsInScriptsNotText(t *testing.T) {
	page := `<style>.a{background:url(  "data:text/plain;base64,5omL5py6" )}</style>
<script>var webm = "data:video/webm;base64,GkXfo0AgQoaBAUL3gQFC8oEEQvOBCEKCQAR3ZWJtQoeBAkKFgQIYU4BnQI0VSalmQCgq17FAAw9CQE2AQAZ3aGFtbXlXQUAGd2hhbW15RIlACECPQAAAAAAAFlSua0AxrkAu14EBY8WBAZyBACK1nEADdW5khkAFVl9WUDglhohAA1ZQOIOBAeBABrCBCLqBCB9DtnVAIueBAKNAHIEAAIAwAQCdASoIAAgAAUAmJaQAA3AA/vz0AAA=";
var wasm = "data:application/wasm;base64,AGFzbQEAAAA=";
// example: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA"
</script><p>正文</p>`
	d, err := Extract([]byte(page), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Embedded) != 1 || string(d.Embedded[0].Data) != "手机" || len(d.Findings) != 0 {
		t.Errorf("embedded %d, findings %+v", len(d.Embedded), d.Findings)
	}
}

// TestStylesheetLinks: what a stylesheet or a style attribute has the
// browser fetch is a link target (url() quoted or not, any case, and
// @import "…"); data: URIs and words that only look alike are not.
func TestStylesheetLinks(t *testing.T) {
	got := parts(t, `<html><head><style>@import "http://10.9.9.9/a.css"; @import url(http://10.9.9.8/b.css);
.x{background:URL( 'http://oa.corp.local/bg.png' )} .y{background:url(data:image/png;base64,iVBORw0KGgo=)}
.z:after{content:"important"}</style></head>
<body><h1 style="background:url(http://192.168.2.9/t.jpg) no-repeat;">通知</h1>
<svg><style>.s{fill:url(#grad)}</style></svg></body></html>`)
	want := "http://10.9.9.8/b.css\nhttp://oa.corp.local/bg.png\nhttp://10.9.9.9/a.css\nhttp://192.168.2.9/t.jpg\n"
	if got[doc.LinkTarget] != want {
		t.Errorf("link targets:\n%s\nwant:\n%s", got[doc.LinkTarget], want)
	}
}

// TestCSSColor: the colours a page writes, as the ink and background
// tests compare them.
func TestCSSColor(t *testing.T) {
	for in, want := range map[string]string{
		"white": "#ffffff", "snow": "#fffafa", "navy": "#000080", "transparent": "transparent",
		"#fff": "#ffffff", "#ffff": "#ffffff", "#fff0": "transparent", "#fff8": "", "#003366": "#003366",
		"#00336600": "transparent", "#003366ff": "#003366", "#12": "", "#ggg": "",
		"rgb(255,255,255)": "#ffffff", "rgb(255, 255, 255)": "#ffffff", "rgb(255 255 255)": "#ffffff",
		"rgb(255 255 255 / 1)": "#ffffff", "rgb(255 255 255 / 0)": "transparent", "rgb(255 255 255 / 50%)": "",
		"rgba(0,0,0,0)": "transparent", "rgba(0, 0, 0, 0.5)": "", "rgba(0,0,0,1)": "#000000",
		"rgb(100%, 0%, 50%)": "#ff0080", "rgb(300, -5, 12.4)": "#ff000c", "rgb(1,2)": "", "rgb(a,b,c)": "",
		"hsl(0, 0%, 100%)": "#ffffff", "hsl(0 100% 50%)": "#ff0000", "hsl(120deg, 100%, 25%)": "#008000",
		"hsl(0.5turn 100% 50%)": "#00ffff", "hsla(240, 100%, 50%, 0)": "transparent", "hsl(-120 100% 50%)": "#0000ff",
		"currentcolor": "", "var(--c)": "", "inherit": "", "": "", "lab(50% 40 59)": "", "rgb(255 255 255": "",
	} {
		if got := cssColor(in); got != want {
			t.Errorf("cssColor(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"none": "transparent", "#036": "#003366", "navy none repeat scroll 0% 0%": "#000080",
		"rgb(0 0 0) none": "#000000", "#fff url(a.png)": "", "linear-gradient(#fff, #000)": "", "no-repeat center": "",
	} {
		if got := backgroundColour(in); got != want {
			t.Errorf("backgroundColour(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCascade: of the page's rules that set one property for an element,
// the one of the highest rank wins (specificity, then order), a compound
// matches only elements with all its classes, a style attribute beats
// every rule, @media blocks for the screen apply and others (print, a
// width) do not, and a rule that moves an aria-hidden element off the
// page hides it.
func TestCascade(t *testing.T) {
	for _, c := range []struct {
		page   string
		hidden bool
	}{
		{`<style>.fade{opacity:0}.fade.show{opacity:1}</style><div class="alert fade show">待审定后方可公开</div>`, false},
		{`<style>.fade{opacity:0}.fade.show{opacity:1}</style><div class="alert fade">待审定后方可公开</div>`, true},
		{`<style>.a.b{display:none}</style><p class="a">待审定后方可公开</p>`, false},
		{`<style>.a.b{display:none}</style><p class="b x a">待审定后方可公开</p>`, true},
		{`<style>#main .note{display:none} .note{display:block}</style><div id="main"><p class="note">待审定后方可公开</p></div>`, true},
		{`<style>.note{display:none} p.note{display:block}</style><p class="note">待审定后方可公开</p>`, false},
		{`<style>.note{display:block} .note{display:none}</style><p class="note">待审定后方可公开</p>`, true},
		{`<style>.x{display:none}</style><p class="x" style="display:block">待审定后方可公开</p>`, false},
		{`<style>.x{display:block}</style><p class="x" style="display:none">待审定后方可公开</p>`, true},
		{`<style>.tip{display:none} @media screen{.tip{display:block}}</style><p class="tip">待审定后方可公开</p>`, false},
		{`<style>.tip{display:none} @media print{.tip{display:block}}</style><p class="tip">待审定后方可公开</p>`, true},
		{`<style>@media (max-width:768px){.nav{display:none}}</style><p class="nav">待审定后方可公开</p>`, false},
		{`<style>ul{font-size:0} .l li{font-size:16px} .l li.memo{font-size:1.2em}</style><ul class="l"><li>一号</li><li class="memo">待审定后方可公开</li></ul>`, true},
		{`<style>ul{font-size:0} .l li.memo{font-size:1.2em} .l li{font-size:16px}</style><ul class="l"><li class="memo">待审定后方可公开</li></ul>`, true},
		{`<style>ul{font-size:0} li{font-size:1.2em} .l li{font-size:16px}</style><ul class="l"><li>待审定后方可公开</li></ul>`, false},
		{`<style>.h{visibility:hidden} .h.on{visibility:visible}</style><div class="h on">待审定后方可公开</div>`, false},
		{`<style>.ir{text-indent:-9999px;overflow:hidden}</style><span class="ir" aria-hidden="true">待审定后方可公开</span>`, true},
		{`<style>.ir{text-indent:-9999px;overflow:hidden}</style><a class="ir" href="/">待审定后方可公开</a>`, false},
		// Compounds before the last, by their combinators.
		{`<style>.modal .content{display:none}</style><div class="main"><p class="content">待审定后方可公开</p></div>`, false},
		{`<style>.modal .content{display:none}</style><div class="modal"><div><p class="content">待审定后方可公开</p></div></div>`, true},
		{`<style>.tabs>.pane{display:none}</style><div class="tabs"><div><p class="pane">待审定后方可公开</p></div></div>`, false},
		{`<style>.tabs > .pane{display:none}</style><div class="tabs"><p class="pane">待审定后方可公开</p></div>`, true},
		{`<style>h2+.note{display:none}</style><h2>标题</h2><p>正文</p><p class="note">待审定后方可公开</p>`, false},
		{`<style>h2 + .note{display:none}</style><h2>标题</h2><p class="note">待审定后方可公开</p>`, true},
		{`<style>h2~.note{display:none}</style><h2>标题</h2><p>正文</p><p class="note">待审定后方可公开</p>`, true},
		{`<style>body.m .nav li{visibility:hidden}</style><body class="m"><ul class="nav"><li>待审定后方可公开</li></ul></body>`, true},
		{`<style>body.m .nav li{visibility:hidden}</style><body><ul class="nav"><li>待审定后方可公开</li></ul></body>`, false},
		{`<style>.a [data-x="y z"] .b{display:none}</style><div class="a"><div data-x="y z"><p class="b">待审定后方可公开</p></div></div>`, true},
		// :not() of simple selectors; other pseudo-classes match.
		{`<style>.collapse:not(.show){display:none}</style><div class="collapse show">待审定后方可公开</div>`, false},
		{`<style>.collapse:not(.show){display:none}</style><div class="collapse">待审定后方可公开</div>`, true},
		{`<style>.menu:hover .sub{display:none}</style><div class="menu"><p class="sub">待审定后方可公开</p></div>`, true},
		// !important beats rank and a style attribute, unless that is
		// !important too.
		{`<style>.x{display:none!important}</style><p class="x" style="display:block">待审定后方可公开</p>`, true},
		{`<style>.x{display:none !important} p.x.y{display:block}</style><p class="x y">待审定后方可公开</p>`, true},
		{`<style>.x{display:none!important}</style><p class="x" style="display:block !important">待审定后方可公开</p>`, false},
		{`<style>.x{opacity:1!important}</style><p class="x" style="opacity:0">待审定后方可公开</p>`, true},
		{`<style>.h{visibility:hidden!important}</style><div class="h" style="visibility:visible">待审定后方可公开</div>`, true},
		{`<style>.z{font-size:0 !important}</style><div class="z" style="font-size:14px">待审定后方可公开</div>`, true},
		{`<style>.z{font-size:14px !important}</style><div style="font-size:0"><span class="z">待审定后方可公开</span></div>`, false},
		{`<style>.x{display:none !important;display:block}</style><p class="x">待审定后方可公开</p>`, true},
		// A universal last compound after others is a rule for what the
		// others hold, not for the page.
		{`<style>.wrap *{display:none}</style><div class="wrap"><p>待审定后方可公开</p></div>`, true},
		{`<style>.wrap>*{visibility:hidden}</style><div class="wrap"><p>待审定后方可公开</p></div>`, true},
		{`<style>.nav{font-size:0}.nav *{font-size:14px}</style><ul class="nav"><li><a>待审定后方可公开</a></li></ul>`, false},
		// A rule that shows, over a chain of many compounds on a deep
		// page, shows only where the chain matches.
		{`<style>.en div div div p{display:block} .note{display:none}</style>` + strings.Repeat("<div>", 20) + `<p class="note">待审定后方可公开</p>` + strings.Repeat("</div>", 20), true},
	} {
		got := parts(t, c.page)
		if hid := strings.Contains(got[doc.HTMLHidden], "待审定"); hid != c.hidden {
			t.Errorf("%s: hidden %v, want %v (%q)", c.page, hid, c.hidden, got)
		}
	}
}

func TestRankOf(t *testing.T) {
	for _, c := range []struct {
		a, b string
	}{ // a ranks below b at the same order
		{"li", ".l li"}, {".l li", ".l li.memo"}, {".note", "#main .note"}, {"p", "p::before"},
		{".a", ".a:hover"}, {"div p", "div > p.x"}, {".a .b .c", "#x"},
	} {
		if rankOf(c.a, 5) >= rankOf(c.b, 5) {
			t.Errorf("rank %q %d >= %q %d", c.a, rankOf(c.a, 5), c.b, rankOf(c.b, 5))
		}
	}
	if rankOf(".x", 1) >= rankOf(".x", 2) {
		t.Error("a later rule of the same specificity does not rank higher")
	}
}

// TestPseudoContent: what a page's ::before and ::after rules draw is
// read as text of their element, joined to it as a reader sees it.
func TestPseudoContent(t *testing.T) {
	for page, want := range map[string]string{
		`<style>.id::before{content:"110101"}</style><p>身份证号：<span class="id">199003071234</span></p>`: "身份证号：110101199003071234",
		`<style>.m:after{content:'5678'}</style><p>手机 <b class="m">1381234</b></p>`:                    "手机 13812345678",
		`<style>p.x::before{content:"\5BC6"}</style><p class="x">级</p><p>其他</p>`:                       "密级",
		`<style>.m:hover::after{content:"1"}</style><p>编号<b class="n">12</b></p>`:                      "编号12",
	} {
		got := parts(t, page)
		if !strings.Contains(got[doc.Body], want) {
			t.Errorf("%s: body %q, want %q in it", page, got[doc.Body], want)
		}
	}
}

// TestChainsCost: the compounds before a rule's last are matched once
// for each element and rest of the chain, so a chain of many descendant
// compounds against a deep page costs its depth times its length.
func TestChainsCost(t *testing.T) {
	page := strings.Repeat("<div>", 60) + `<p class="x">正文</p>` + strings.Repeat("</div>", 60)
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var p *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "p" {
			p = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	r := newRules(false)
	r.add(".home div div div div div span div div .x", 0, false, "")
	c := r.byKey[".x"][0]
	m := chains{budget: maxChainSteps, memo: map[chainKey]bool{}}
	if m.matches(p, c.up) {
		t.Error("a chain with no .home matched")
	}
	if used := maxChainSteps - m.budget; used > 60*len(c.up)*2 {
		t.Errorf("%d steps for a chain of %d on a page 60 deep", used, len(c.up))
	}
}
