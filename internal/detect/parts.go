package detect

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Whole returns the finding about part p as a whole, if it has one: a
// hidden part that carries text a reader could take for information (a
// web page's template markup is not), or document properties that name
// people or organisations. sp is p's scan; visible returns what a page
// shows, so that a hidden copy of it (a mobile menu) is not taken for
// hidden content.
func (sp *Part) Whole(p doc.Part, loc report.Location, visible func() string) (report.Finding, bool) {
	if strings.TrimSpace(p.Text) == "" {
		return report.Finding{}, false
	}
	switch {
	case p.Hidden != "" && !webTemplatePart(p.Kind):
		return hiddenFinding(p, loc, sp, 0), true
	case p.Hidden != "":
		if line, ok := substantiveLine(p.Kind, p.Text, visible(), sp.Findings); ok {
			return hiddenFinding(p, loc, sp, line), true
		}
	case p.Kind == doc.MetadataPart && (len(sp.Findings) > 0 || namesPeople(p.Text)):
		return metadataFinding(p, loc, sp), true
	}
	return report.Finding{}, false
}

// webTemplatePart reports the hidden parts of web pages that page templates
// fill with markup of no substance (<!-- header start -->, conditional
// comments, a hidden copy of the menu, a share pop-up, the tokens and ids
// of hidden form fields).
func webTemplatePart(kind string) bool {
	return kind == doc.HTMLComment || kind == doc.HTMLHidden || kind == doc.FormField
}

// uiPhrases are the stock words of page furniture that templates hide and
// show (menus, share pop-ups, loaders).
var uiPhrases = []string{"分享", "扫一扫", "返回顶部", "加载中", "菜单", "关闭", "搜索", "微信", "微博", "打印", "收藏", "首页", "导航", "上一页", "下一页",
	"相关文件", "相关链接", "相关阅读", "相关信息", "推荐阅读", "友情链接", "字号", "无障碍", "简体", "繁体", "登录", "注册", "二维码", "客户端", "请输入", "跳转"}

// substantiveLine returns the first line of a hidden web part that carries
// content a reader could take for information (an editor's note, a
// deleted paragraph, a number), and whether there is one: anything the
// detectors found in the part counts (an e-mail address, info alone,
// where the page does not show its line); otherwise a line counts when it
// holds a number or reads as a note (readsAsNote) — a comment once the
// markup platforms write in it is taken out (commentWords), a hidden
// element's line when the page does not show it anyway and it is not the
// stock text of page furniture (a hidden widget's prompt).
func substantiveLine(kind, text, visible string, fs []report.Finding) (int, bool) {
	lines := strings.Split(text, "\n")
	var runes []rune // text's, made for the first e-mail address
	for _, f := range fs {
		l := lineOf(lines, f.Location.Line)
		if f.Severity != report.Info {
			return l, true
		}
		// An e-mail address is info alone (agencies publish theirs),
		// but hidden where the page does not show it, it is somebody's
		// address kept out of sight: a note. (A hidden copy of the
		// menu or footer holds the address the page shows.)
		if f.Category == report.Email && kind != doc.FormField {
			if runes == nil {
				runes = []rune(text)
			}
			a, b := f.Location.Start, f.Location.End
			if 0 <= a && a < b && b <= len(runes) && !strings.Contains(visible, string(runes[a:b])) {
				return l, true
			}
		}
	}
	if kind == doc.FormField {
		return 0, false // a hidden field's value counts only for what it is
	}
	for i, line := range lines {
		line = strings.TrimSpace(line)
		var words []string
		switch {
		case kind == doc.HTMLComment:
			words = commentWords(line)
		case strings.Contains(visible, line):
			continue
		default:
			words = strings.Fields(withoutFurniture(line))
		}
		if readsAsNote(words) {
			return i, true
		}
	}
	return 0, false
}

// withoutFurniture returns a hidden line without its clauses that hold a
// stock word of page furniture (用微信“扫一扫”，即可分享给朋友; 请输入您要
// 咨询的问题): what is left is what the line says besides (请输入整改意见：
// 该项目资金使用存在违规问题 keeps its second clause).
func withoutFurniture(line string) string {
	if !containsAny(line, uiPhrases) {
		return line
	}
	var b strings.Builder
	for len(line) > 0 {
		k := strings.IndexFunc(line, func(r rune) bool { return strings.ContainsRune(sentencePunct, r) })
		clause := line
		if k >= 0 {
			_, w := utf8.DecodeRuneInString(line[k:])
			clause, line = line[:k+w], line[k+w:]
		} else {
			line = ""
		}
		if !containsAny(clause, uiPhrases) {
			b.WriteString(clause)
		}
	}
	return b.String()
}

// commentWords returns the words of an HTML comment that are not markup
// of the platform that wrote it: template expressions, tags, and key=value
// records of ids, times and styles (trs_document_id=3770604, tplId=…,
// mso-style-name:普通表格;) are taken out, and an Office export's
// conditional comment ([if gte mso 9]><xml>…: the document's properties
// and styles, data as a DOCX's properties are) is markup whole.
func commentWords(line string) []string {
	if strings.HasPrefix(line, "[if") && strings.Contains(line, "mso") {
		return nil
	}
	words := strings.Fields(withoutTags(withoutTemplateSyntax(line)))
	if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !sectionField(w) }) {
		return nil // 所属栏目：社会救助: where the page stands, and nothing else
	}
	// A comment that holds a record of the platform's (id=1023) is a
	// record as a whole: its Chinese fields (栏目：通知公告) are the
	// record's too, unless a field's value reads as a note itself.
	record := slices.ContainsFunc(words, func(w string) bool { return asciiRecord(w) && !hasHan(w) })
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case asciiRecord(w) && (strings.HasSuffix(w, ":") || strings.HasSuffix(w, "=")):
			if i+1 < len(words) && !hasHan(words[i+1]) {
				i++ // "build: 20261128-1733", "publish id: 3384712": the value is the next word
			}
		case asciiRecord(w) && !hasHan(w):
		case record && hanField(w):
		default:
			out = append(out, w)
		}
	}
	return out
}

// hanField reports whether w is a field of a record with a Chinese name:
// one to six Chinese characters, a colon, and a value that is a label
// rather than a note: no sentence's punctuation or number a reader takes
// in, and shorter than a note (readsAsNote) unless the field's name says
// it holds a label (栏目：政府信息公开指南, 所属栏目, 信息分类, 标题). A
// field named as a remark (备注：待核实, 审核意见) holds a note however
// short.
func hanField(w string) bool {
	key, value, ok := splitField(w)
	if !ok {
		return false
	}
	n := utf8.RuneCountInString(key)
	endsIn := func(words []string) bool {
		return slices.ContainsFunc(words, func(e string) bool { return strings.HasSuffix(key, e) })
	}
	return n <= 6 && !strings.ContainsFunc(key, func(r rune) bool { return !isHan(r) }) && !endsIn(noteKeys) &&
		!strings.ContainsAny(value, sentencePunct) && !longNumber(value) &&
		(endsIn(labelKeys) || !readsAsNote([]string{value}))
}

// sectionKeys are the names of the fields in which a platform records
// the section a page stands in.
var sectionKeys = []string{"栏目", "所属栏目", "栏目名称", "频道", "分类", "信息分类", "类别", "专题"}

// sectionField reports whether w is a field naming the page's section
// (所属栏目：社会救助): its name one of sectionKeys and its value a label,
// shorter than a note. A comment of such fields alone is a platform's
// record of where the page stands, with or without an id beside it; a
// title's or a template's field, or anything else beside it, may hold a
// note (标题：请勿发布, 栏目：通知公告 暂不发布).
func sectionField(w string) bool {
	key, value, ok := splitField(w)
	return ok && slices.Contains(sectionKeys, key) && value != "" && hanField(w) && !readsAsNote([]string{value})
}

// splitField cuts a field key：value at its first colon, full-width or
// not; ok is false when there is none or nothing before it.
func splitField(w string) (key, value string, ok bool) {
	k := strings.IndexAny(w, "：:")
	if k <= 0 {
		return "", "", false
	}
	_, cw := utf8.DecodeRuneInString(w[k:])
	return w[:k], w[k+cw:], true
}

// noteKeys end the names of a record's fields that hold a remark
// (备注, 批注, 说明, 审核意见) rather than a label; labelKeys the names of
// those that hold the name of a section or a title, however long.
var (
	noteKeys  = []string{"注", "说明", "提示", "注意", "意见", "批示", "待办", "要求"}
	labelKeys = []string{"栏目", "频道", "分类", "类别", "标题", "专题", "模板"}
)

// readsAsNote reports whether the words of a hidden line read as a note
// or as content taken out of the page rather than as a label (公共头部
// 开始, 智能问答, 待核实): what they are made of decides, not which words
// they are. They do when a word is a number of seven digits or more (not
// digits inside an identifier), when a run of at least minNoteHan Chinese
// characters stands without a space (longer than a label), or when
// Chinese stands on both sides of a sentence's punctuation (初稿，定稿发布前
// 删除).
func readsAsNote(words []string) bool {
	prev := rune(0) // the last rune before, across words
	punct := false  // prev is punctuation after Chinese
	for _, w := range words {
		if longNumber(w) {
			return true
		}
		run := 0 // a space ends a run: 公共头部 开始 is two labels
		for _, r := range w {
			han := isHan(r)
			switch {
			case han && punct:
				return true
			case han:
				if run++; run >= minNoteHan {
					return true
				}
			case strings.ContainsRune(sentencePunct, r) && isHan(prev):
				punct, prev = true, r
				continue
			default:
				run = 0
			}
			punct, prev = false, r
		}
	}
	return false
}

// minNoteHan is the shortest run of Chinese characters in a hidden line
// that is taken for a note rather than a label.
const minNoteHan = 7

// sentencePunct are the punctuation marks between the clauses of a
// Chinese sentence.
const sentencePunct = "，。；！？、：,;!?:"

// hasHan reports whether s holds a Chinese character.
func hasHan(s string) bool {
	return strings.ContainsFunc(s, isHan)
}

// asciiRecord reports whether tok is a key=value or key:value record with
// an ASCII key (tplId=20230415-0032, mso-style-name:普通表格;): data of
// the platform or the export, not words.
func asciiRecord(tok string) bool {
	k := strings.IndexAny(tok, "=:")
	if k <= 0 {
		return false
	}
	for _, r := range tok[:k] {
		if !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '.')) {
			return false
		}
	}
	return true
}

// longNumber reports whether tok, a word without letters, holds a run of
// seven digits or more: a number a reader takes in, where digits inside
// an identifier (TRS_AUTOADD_1706256000000, node--4369942.html) are a
// name.
func longNumber(tok string) bool {
	digits := 0
	long := false
	for _, r := range tok {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
			long = long || digits >= 7
			continue
		case r < utf8.RuneSelf && unicode.IsLetter(r) || r == '_':
			return false
		}
		digits = 0
	}
	return long
}

// withoutTags returns line without the markup tags in it (a comment that
// holds markup taken out of the page keeps its text).
func withoutTags(line string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(line, '<')
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		j := strings.IndexByte(line[i:], '>')
		if j < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:i])
		b.WriteByte(' ')
		line = line[i+j+1:]
	}
}

// templateSyntax are the delimiters of the expressions CMS and web
// template engines leave in comments (<!--<$[信息内容]>begin-->, Hanweb;
// {{ }}, {% %}, ${ }, <% %>, <# >, <? ?>), with what closes each.
var templateSyntax = [][2]string{{"<$[", "]>"}, {"$[", "]"}, {"{{", "}}"}, {"{%", "%}"}, {"${", "}"}, {"<%", "%>"}, {"</#", ">"}, {"<#", ">"}, {"<?", "?>"}}

// ssiDirectives start the comments that are server-side includes.
var ssiDirectives = []string{"#include", "#echo", "#config", "#set", "#if", "#elif", "#else", "#endif", "#exec", "#fsize", "#flastmod", "#printenv"}

// withoutTemplateSyntax returns a comment's line without the template
// expressions in it: they are markup, whatever words name their fields.
// A server-side include (<!--#include virtual="…"-->) is markup whole.
func withoutTemplateSyntax(line string) string {
	for _, d := range ssiDirectives {
		if strings.HasPrefix(line, d) {
			return ""
		}
	}
	for {
		at, pair := -1, [2]string{}
		for _, p := range templateSyntax {
			if k := strings.Index(line, p[0]); k >= 0 && (at < 0 || k < at) {
				at, pair = k, p
			}
		}
		if at < 0 {
			return line
		}
		k := strings.Index(line[at+len(pair[0]):], pair[1])
		if k < 0 {
			return line // an opener never closed is no expression
		}
		line = line[:at] + " " + line[at+len(pair[0])+k+len(pair[1]):]
	}
}

func lineOf(lines []string, l int) int {
	if l < 1 || l > len(lines) {
		return 0
	}
	return l - 1
}

// peopleProperties are the document properties (as the extractors label
// them) that name people or organisations; a title or the producing
// software alone is not worth a finding.
var peopleProperties = []string{"作者", "上次修改者", "单位", "经理", "公司", "创建者", "修改者", "Author", "Company", "Manager"}

// namesPeople reports whether a metadata part has a property that names a
// person or an organisation.
func namesPeople(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		label, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(value) == "" {
			continue
		}
		for _, p := range peopleProperties {
			if strings.TrimSpace(label) == p {
				return true
			}
		}
	}
	return false
}

// hiddenAdvice says what to do about each kind of hidden part.
func hiddenAdvice(kind string) string {
	switch kind {
	case doc.TrackedDeletion, doc.TrackedInsert:
		return "请接受或拒绝全部修订、删除修订记录后重新提交"
	case doc.Comment, doc.CellComment:
		return "请删除批注后重新提交"
	case doc.HiddenText:
		return "请删除隐藏文字后重新提交"
	case doc.HiddenSheet:
		return "请删除隐藏工作表或取消隐藏并审查其内容后重新提交"
	case doc.HTMLComment:
		return "请删除网页源码中的注释后重新提交"
	case doc.HTMLHidden:
		return "请删除网页中的隐藏元素后重新提交"
	}
	return "请删除隐藏内容后重新提交"
}

const hiddenExcerptRunes = 40

// hiddenFinding reports a hidden part; its excerpt starts at line (0-based),
// the line that made it worth reporting.
func hiddenFinding(p doc.Part, loc report.Location, sp *Part, line int) report.Finding {
	n := utf8.RuneCountInString(p.Text)
	start := 0
	for i, l := range strings.SplitAfter(p.Text, "\n") {
		if i == line {
			break
		}
		start += utf8.RuneCountInString(l)
	}
	end := min(n, start+hiddenExcerptRunes)
	loc.Start, loc.End, loc.Line = 0, n, line+1
	if len(p.Cells) > 0 {
		loc.Cell = p.Cells[0].Ref
	}
	return report.Finding{
		Category: report.HiddenContent,
		Severity: report.Review,
		Rule:     "hidden_content." + p.Kind,
		Location: loc,
		Excerpt:  sp.Excerpt(start, end),
		HitStart: 0,
		HitEnd:   end - start,
		Basis:    report.HiddenContent.Basis(),
		Message:  fmt.Sprintf("%s含有文字（%d字），公开后可能被读出；%s", p.Hidden, n, hiddenAdvice(p.Kind)),
	}
}

func metadataFinding(p doc.Part, loc report.Location, sp *Part) report.Finding {
	n := utf8.RuneCountInString(p.Text)
	end := min(n, hiddenExcerptRunes)
	loc.Start, loc.End, loc.Line = 0, n, 1
	return report.Finding{
		Category: report.Metadata,
		Severity: report.Info,
		Rule:     "metadata.properties",
		Location: loc,
		Excerpt:  sp.Excerpt(0, end),
		HitEnd:   end,
		Basis:    report.Metadata.Basis(),
		Message:  "文档属性含作者、单位等信息，发布前请核对并清理文档属性",
	}
}
