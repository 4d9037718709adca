package pdf

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Rules of the findings this extractor makes.
const (
	RuleCorrupt    = "unreadable.corrupt"
	RuleEncrypted  = "unreadable.encrypted"
	RuleImageOnly  = "unreadable.image_only"
	RulePageError  = "unreadable.page_error"
	RuleFont       = "unreadable.font_encoding"
	RuleTooMany    = "unreadable.too_many_pages"
	RuleTooLarge   = "unreadable.too_large"
	RuleTimeout    = "unreadable.timeout"
	msgEncrypted   = "文件已加密，无法读取，请解除加密后重新提交"
	defaultMaxPage = 2000
)

// Heuristics for pages that are images. A page that draws an image and
// has no text is image-only. A page whose largest image covers at least
// scanCoverage of the page and that has fewer than scanMinRunes letters is
// a scan with a little text (a page number, a stamp) and is reported too.
const (
	scanCoverage = 0.5
	scanMinRunes = 50
)

// Font decoding: a page is reported when at least this share of its
// glyphs (and at least minUnknownGlyphs) cannot be turned into text.
const (
	unknownShare     = 0.05
	minUnknownGlyphs = 5
)

// Extract reads a PDF page by page. Every call into the library runs
// inside a recover; a page that fails, is a scanned image or uses fonts
// that cannot be decoded is an unreadable finding for that page while
// the other pages are still read. An encrypted or unopenable file is one
// unreadable finding. Extract stops between pages when ctx is done and
// reports the pages it did not read. It always returns a Document and a
// nil error; the error is there to match the other extractors.
func Extract(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
	d := &doc.Document{Format: "pdf"}
	x := &extractor{ctx: ctx, lim: lim, d: d, fonts: newFontCache()}
	x.run(data)
	return d, nil
}

type extractor struct {
	ctx   context.Context
	lim   doc.Limits
	d     *doc.Document
	fonts *fontCache
	runes int
	stop  bool // out of time: read no further pages
	aes   bool // strings are AES-encrypted (their padding must go)

	// Shared between pages: most producers give every page the same
	// resource dictionary, and a lexer's buffers can be reused.
	res    map[string]*resources
	lexers []*lexer
}

// maxCachedResources bounds the resource dictionaries kept per document.
const maxCachedResources = 1024

// resources returns the cached lookups for a page's resource dictionary,
// keyed by its printed form (references print as "12 0 R", so the key is
// short and the same dictionary gives the same key).
func (x *extractor) resources(v lpdf.Value) *resources {
	key := v.String()
	if r, ok := x.res[key]; ok {
		return r
	}
	r := newResources(v)
	if x.res == nil {
		x.res = make(map[string]*resources)
	}
	if len(x.res) < maxCachedResources {
		x.res[key] = r
	}
	return r
}

func (x *extractor) whole(rule, msg string) {
	x.d.Unreadable(rule, report.Location{}, msg)
}

func (x *extractor) page(n int, rule, msg string) {
	x.d.Unreadable(rule, report.Location{Part: doc.Page, Page: n}, msg)
}

func (x *extractor) run(data []byte) {
	if len(bytes.TrimSpace(data)) == 0 {
		x.whole(RuleCorrupt, "PDF 文件为空，无法读取，需人工审查")
		return
	}
	// Viewers accept junk before the header; offsets count from it.
	if i := bytes.Index(head(data, 1024), []byte("%PDF-")); i > 0 {
		data = data[i:]
	} else if i < 0 {
		x.whole(RuleCorrupt, "不是有效的 PDF 文件（缺少文件头），无法读取，需人工审查")
		return
	}
	if err := screen(data); err != nil {
		x.whole(RuleCorrupt, "PDF 文件结构异常（可能经过恶意构造），无法读取，需人工审查")
		return
	}
	r, err := open(data)
	if err != nil {
		if isEncryptionError(err) || encrypted(data) {
			x.whole(RuleEncrypted, msgEncrypted)
			return
		}
		fixed := rebuild(data)
		if fixed != nil {
			r, err = open(fixed)
		}
		if fixed == nil || err != nil {
			x.whole(RuleCorrupt, "PDF 文件已损坏，无法读取，需人工审查")
			return
		}
		x.whole(RuleCorrupt, "PDF 文件结构已损坏，已尽量读取其中可识别的内容，其余部分无法确认，需人工审查")
	}
	func() {
		defer func() { _ = recover() }()
		x.aes = r.Trailer().Key("Encrypt").Key("V").Int64() >= 4
	}()
	x.metadata(r)
	pages, more, err := x.pages(r)
	if err != nil && len(pages) == 0 {
		x.whole(RuleCorrupt, "PDF 文件的页面结构已损坏，无法读取，需人工审查")
		return
	}
	if err != nil {
		x.whole(RuleCorrupt, fmt.Sprintf("PDF 文件的页面结构部分损坏，仅读取了 %d 页，其余页面需人工审查", len(pages)))
	}
	if more {
		x.whole(RuleTooMany, fmt.Sprintf("PDF 文件超过 %d 页的上限，第 %d 页起未读取，需人工审查", len(pages), len(pages)+1))
	}
	for i, p := range pages {
		n := i + 1
		if err := x.ctx.Err(); err != nil {
			x.whole(RuleTimeout, fmt.Sprintf("解析超时，第 %d 页起未读取，文件可能异常，需人工审查", n))
			return
		}
		if x.lim.MaxTextRunes > 0 && x.runes >= x.lim.MaxTextRunes {
			x.whole(RuleTooLarge, fmt.Sprintf("PDF 文件文字超过 %d 字的上限，第 %d 页起未读取，需人工审查", x.lim.MaxTextRunes, n))
			return
		}
		x.readPage(n, p)
		if x.stop {
			return
		}
	}
}

// readPage extracts one page, inside its own recover.
func (x *extractor) readPage(n int, p pageRef) {
	in := &interp{ctx: x.ctx, fonts: x.fonts, budget: x.contentBudget(), lexers: x.lexers}
	defer func() { x.lexers = in.lexers }()
	failed := false
	func() {
		defer func() {
			if r := recover(); r != nil {
				failed = true
			}
		}()
		res := x.resources(p.res)
		in.pageRes = res
		in.run(p.v.Key("Contents"), res, gstate{ctm: identity, th: 1}, 0)
		in.annotations(p.v, x, n)
	}()
	if x.ctx.Err() != nil {
		// Out of time in the middle of the page: what was read is kept.
		if text := strings.TrimSpace(string(in.out.buf)); text != "" {
			x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Page, Page: n, Text: text})
		}
		x.whole(RuleTimeout, fmt.Sprintf("解析超时，第 %d 页起未读取完毕，文件可能异常，需人工审查", n))
		x.stop = true
		return
	}
	text := strings.TrimSpace(string(in.out.buf))
	if x.lim.MaxTextRunes > 0 && x.runes+utf8.RuneCountInString(text) > x.lim.MaxTextRunes {
		text = cutRunes(text, x.lim.MaxTextRunes-x.runes)
	}
	letters := countLetters(text)
	x.runes += utf8.RuneCountInString(text)
	if text != "" {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Page, Page: n, Text: text})
	}
	switch {
	case in.st.budgetSpent:
		x.page(n, RuleTooLarge, fmt.Sprintf("第%d页内容超过大小上限，未能完整读取，需人工审查", n))
	case failed || in.err != nil:
		if text == "" {
			x.page(n, RulePageError, fmt.Sprintf("第%d页已损坏，无法读取，需人工审查", n))
		} else {
			x.page(n, RulePageError, fmt.Sprintf("第%d页部分损坏，未能完整读取，需人工审查", n))
		}
		return
	}
	area := p.area()
	switch {
	case in.st.images > 0 && letters == 0:
		x.page(n, RuleImageOnly, fmt.Sprintf("第%d页为扫描图像，无法读取文字，需人工审查", n))
	case in.st.images > 0 && area > 0 && in.st.imageArea >= scanCoverage*area && letters < scanMinRunes:
		x.page(n, RuleImageOnly, fmt.Sprintf("第%d页主要为图像，图像中的文字无法读取，需人工审查", n))
	}
	if in.st.unknown >= minUnknownGlyphs && float64(in.st.unknown) >= unknownShare*float64(in.st.glyphs) {
		x.page(n, RuleFont, fmt.Sprintf("第%d页有文字使用无法识别的字体编码，未能完整读取，需人工审查", n))
	}
}

// contentBudget is how many decompressed content bytes one page may read.
func (x *extractor) contentBudget() int64 {
	if x.lim.MaxUnzipBytes > 0 {
		return x.lim.MaxUnzipBytes
	}
	return 256 << 20
}

// annotations reads what a page's annotations show: the text of their
// appearance streams goes with the page (it is printed on it), and the
// text of comments (sticky notes, highlights with notes) is a comment
// part, which is hidden content to clean before publishing.
func (in *interp) annotations(page lpdf.Value, x *extractor, n int) {
	annots := page.Key("Annots")
	var notes []string
	for i := 0; i < annots.Len() && i < 4096; i++ {
		a := annots.Index(i)
		sub := a.Key("Subtype").Name()
		if sub == "Popup" || sub == "Link" {
			continue
		}
		flags := a.Key("F").Int64()
		hidden := flags&(1<<1) != 0 || flags&(1<<5) != 0 // Hidden, NoView
		ap := a.Key("AP").Key("N")
		if ap.Kind() == lpdf.Dict && ap.Key("Subtype").Name() != "Form" {
			ap = ap.Key(a.Key("AS").Name()) // appearance states
		}
		if ap.Kind() == lpdf.Stream && !hidden && in.forms < maxFormsDrawn {
			in.forms++
			in.out.newline()
			res := newResourcesOr(ap.Key("Resources"), in.pageRes)
			in.run(ap, res, gstate{ctm: identity, th: 1}, 1)
		}
		if sub == "FreeText" || sub == "Widget" {
			continue // their text is what the appearance shows
		}
		if c := strings.TrimSpace(textString(a.Key("Contents"), x.aes)); c != "" {
			notes = append(notes, c)
		}
	}
	if len(notes) > 0 {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Comment, Page: n,
			Text: strings.Join(notes, "\n"), Hidden: "PDF 注释（批注）中的文字"})
	}
}

// metadata reads the document information dictionary and the XMP
// metadata stream into one part of kind metadata.
func (x *extractor) metadata(r *lpdf.Reader) {
	var lines []string
	seen := map[string]bool{}
	add := func(label, v string) {
		v = strings.TrimSpace(strings.Map(dropControl, v))
		if v == "" || seen[label+"\x00"+v] {
			return
		}
		seen[label+"\x00"+v] = true
		lines = append(lines, label+": "+v)
	}
	func() {
		defer func() { _ = recover() }()
		info := r.Trailer().Key("Info")
		for _, k := range infoKeys {
			add(k.label, textString(info.Key(k.key), x.aes))
		}
		// Other keys some producers add (Company, SourceModified, …).
		for i, k := range info.Keys() {
			if i >= 64 {
				break
			}
			if isStandardInfoKey(k) {
				continue
			}
			if v := info.Key(k); v.Kind() == lpdf.String {
				add(k, textString(v, x.aes))
			}
		}
	}()
	func() {
		defer func() { _ = recover() }()
		m := r.Trailer().Key("Root").Key("Metadata")
		if m.Kind() != lpdf.Stream {
			return
		}
		for _, kv := range xmpFields(io.LimitReader(streamReader(m), 1<<20)) {
			add(kv[0], kv[1])
		}
	}()
	if len(lines) > 0 {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.MetadataPart, Text: strings.Join(lines, "\n")})
	}
}

var infoKeys = []struct{ key, label string }{
	{"Title", "标题"}, {"Author", "作者"}, {"Subject", "主题"}, {"Keywords", "关键词"},
	{"Creator", "创建程序"}, {"Producer", "生成程序"},
}

func isStandardInfoKey(k string) bool {
	switch k {
	case "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped":
		return true
	}
	return false
}

// xmpLabels are the XMP properties kept, by local name.
var xmpLabels = map[string]string{
	"title": "标题", "creator": "作者", "description": "主题", "subject": "关键词",
	"Keywords": "关键词", "CreatorTool": "创建程序", "Producer": "生成程序", "Author": "作者",
	"Company": "Company", "Manager": "Manager", "publisher": "publisher", "rights": "rights",
}

// xmpFields returns (label, value) pairs of the XMP properties kept.
func xmpFields(r io.Reader) [][2]string {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var out [][2]string
	var stack []string
	for n := 0; n < 100000; n++ {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > 64 {
				return out
			}
			stack = append(stack, t.Name.Local)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			s := strings.TrimSpace(string(t))
			if s == "" || len(out) >= 64 {
				continue
			}
			// The property is the nearest ancestor we know
			// (dc:title/rdf:Alt/rdf:li).
			for i := len(stack) - 1; i >= 0; i-- {
				if l, ok := xmpLabels[stack[i]]; ok {
					out = append(out, [2]string{l, s})
					break
				}
			}
		}
	}
	return out
}

func dropControl(r rune) rune {
	if r < 0x20 && r != '\n' && r != '\t' || r == utf8.RuneError {
		return -1
	}
	return r
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}

func cutRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// pageRef is a leaf of the page tree with what it inherits.
type pageRef struct {
	v   lpdf.Value
	res lpdf.Value
	box lpdf.Value
}

// area is the page's area in user space units, or 0 if unknown.
func (p pageRef) area() (a float64) {
	defer func() {
		if recover() != nil {
			a = 0
		}
	}()
	b := p.box
	if b.Len() != 4 {
		return 0
	}
	w := b.Index(2).Float64() - b.Index(0).Float64()
	h := b.Index(3).Float64() - b.Index(1).Float64()
	return math.Abs(w * h)
}

// Bounds on the page tree walk. The library's Page(i) walks the tree
// from the root for every page (quadratic) and loops forever on a tree
// whose node is its own kid; this walk is linear and bounded.
const (
	maxTreeDepth = 64
	maxTreeNodes = 1 << 20
)

// pages lists the leaves of the page tree in order, up to MaxPages; more
// is true when there were more.
func (x *extractor) pages(r *lpdf.Reader) (pages []pageRef, more bool, err error) {
	max := x.lim.MaxPages
	if max <= 0 {
		max = defaultMaxPage
	}
	visits := 0
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf: page tree: %v", p)
		}
	}()
	var walk func(node, res, box lpdf.Value, depth int)
	walk = func(node, res, box lpdf.Value, depth int) {
		if more || depth > maxTreeDepth || visits >= maxTreeNodes {
			return
		}
		visits++
		if v := node.Key("Resources"); v.Kind() == lpdf.Dict {
			res = v
		}
		if v := node.Key("CropBox"); v.Len() == 4 {
			box = v
		} else if v := node.Key("MediaBox"); v.Len() == 4 {
			box = v
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Page" || kids.Kind() != lpdf.Array {
			if node.Kind() != lpdf.Dict {
				return
			}
			if len(pages) >= max {
				more = true
				return
			}
			pages = append(pages, pageRef{v: node, res: res, box: box})
			return
		}
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), res, box, depth+1)
			if more || visits >= maxTreeNodes {
				return
			}
		}
	}
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != lpdf.Dict {
		return nil, false, fmt.Errorf("pdf: no page tree")
	}
	walk(root, lpdf.Value{}, lpdf.Value{}, 0)
	if visits >= maxTreeNodes {
		return pages, false, fmt.Errorf("pdf: page tree too large")
	}
	return pages, more, nil
}

// fontCache shares parsed fonts between the pages of one document, keyed
// by the printed font dictionary (the same dictionary, or an identical
// one, decodes the same way).
type fontCache struct {
	m map[string]*font
}

// maxCachedFonts bounds the fonts one document keeps parsed.
const maxCachedFonts = 4096

func newFontCache() *fontCache { return &fontCache{m: make(map[string]*font)} }

func (c *fontCache) get(v lpdf.Value) (f *font) {
	key := v.String()
	if f, ok := c.m[key]; ok {
		return f
	}
	defer func() {
		if p := recover(); p != nil {
			f = &font{codeLen: 1, unknown: true, dw: 500, scale: 0.001}
		}
		if len(c.m) < maxCachedFonts {
			c.m[key] = f
		}
	}()
	return loadFont(v)
}
