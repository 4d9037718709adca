package pdf

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Rules of the findings this extractor makes.
const (
	RuleCorrupt   = "unreadable.corrupt"
	RuleEncrypted = "unreadable.encrypted"
	RuleImageOnly = "unreadable.image_only"
	// RuleNoTextLayer: the page shows text drawn as outlines (filled
	// paths) that has no text layer.
	RuleNoTextLayer = "unreadable.no_text_layer"
	RulePageError   = "unreadable.page_error"
	RuleFont        = "unreadable.font_encoding"
	RuleTooMany     = "unreadable.too_many_pages"
	RuleTooLarge    = "unreadable.too_large"
	RuleTimeout     = "unreadable.timeout"
	RuleEmbedded    = "unreadable.embedded"
	msgEncrypted    = "文件已加密，无法读取，请解除加密后重新提交"
	defaultMaxPage  = 2000
)

// HiddenAnnotation is the hidden reason of the comment part that holds the
// text of annotations a viewer does not show (flag Hidden or NoView):
// their appearance, their /Contents and a form field's value.
const HiddenAnnotation = "隐藏的批注"

// maxAnnots bounds the annotations read per page.
const maxAnnots = 4096

// mediaAnnots are the annotation subtypes that carry media this package
// does not read. Attached files (FileAttachment) are read.
var mediaAnnots = map[string]bool{"RichMedia": true, "3D": true, "Movie": true, "Sound": true, "Screen": true}

// Heuristics for pages that are images. A page that draws an image and
// has no text is image-only. A page whose images cover at least
// scanCoverage of the page (one alone, or strips and tiles together) and
// that has fewer than scanMinRunes letters is a scan with a little text
// (a page number, a stamp) and is reported too, as is one whose text
// mostly shows nothing (shown.go).
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
	if x.pdf != nil && !x.stop {
		func() {
			defer func() { recover() }() // best effort: earlier revisions were never read before
			x.revisions(x.pdf)
		}()
	}
	x.attachmentsSkipped()
	return d, nil
}

type extractor struct {
	boxes int // text-layer boxes kept so far (box.go)
	ctx   context.Context
	lim   doc.Limits
	d     *doc.Document
	fonts *fontCache
	// patterns are the tiling patterns whose cells were read (interp.pattern).
	patterns map[[2]uint32]bool
	runes    int
	stop     bool // out of time: read no further pages
	att      attachState

	// Shared between pages: most producers give every page the same
	// resource dictionary, and a lexer's buffers can be reused.
	res    map[string]*resources
	lexers []*lexer
	layout layout // its buffers, reused by every page
	shown  struct {
		placed, cells []int32 // pageStats' buffers (shown.go)
	}
	// pdf is the file from its header on, as run read it (nil when it
	// has none).
	pdf []byte
	// fieldsOnPages are the full names of the form fields whose widgets
	// the pages' annotations read (fields.go).
	fieldsOnPages map[string]bool
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

// guard runs fn inside a recover: a panic (the library panics on objects
// it cannot load) leaves the finding rule at loc with msg, so that what
// fn did not read does not pass in silence.
func (x *extractor) guard(loc report.Location, rule, msg string, fn func()) {
	defer func() {
		if recover() != nil {
			x.d.Unreadable(rule, loc, msg)
		}
	}()
	fn()
}

// embedded hands the attached files (/Names /EmbeddedFiles) to the
// dispatcher.
func (x *extractor) embedded(root lpdf.Value) {
	x.attachedFiles(root)
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
	x.pdf = data
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
	x.metadata(r)
	x.guard(report.Location{}, RuleEmbedded, "无法确认 PDF 文件是否含有附件（文档目录已损坏），需人工审查", func() {
		x.embedded(r.Trailer().Key("Root"))
	})
	x.guard(report.Location{Part: doc.Outline}, RulePageError, "PDF 文件的书签或链接无法读取，其中的文字未能审查，需人工审查", func() {
		x.bookmarks(r.Trailer().Key("Root"))
	})
	x.guard(report.Location{}, RulePageError, "PDF 文件的文档目录已损坏，页码标签、脚本、结构树和表单数据未能审查，需人工审查", func() {
		x.structures(r.Trailer().Key("Root"))
	})
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
	x.guard(report.Location{Part: doc.FormField}, RulePageError, "PDF 的表单域无法读取，其中的文字未能审查，需人工审查", func() {
		x.unplacedFields(r.Trailer().Key("Root"))
	})
}

// readPage extracts one page, inside its own recover.
func (x *extractor) readPage(n int, p pageRef) {
	if x.patterns == nil {
		x.patterns = map[[2]uint32]bool{}
	}
	in := &interp{ctx: x.ctx, fonts: x.fonts, budget: x.contentBudget(), lexers: x.lexers, out: x.layout.reuse(), patterns: x.patterns}
	defer func() {
		x.lexers, x.layout = in.lexers, in.out
		x.shown.placed, x.shown.cells = in.st.placed, in.st.grid.cells()
	}()
	failed := false
	box, rotate := p.frameOf()
	defer func() {
		x.d.Pictures = append(x.d.Pictures, pagePictures(n, box, rotate, in.st.photos)...)
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				failed = true
			}
		}()
		in.out.setFrame(box, rotate)
		in.st.grid = newCoverGrid(box, x.shown.cells)
		in.st.placed = x.shown.placed[:0]
		res := x.resources(p.res)
		in.pageRes = res
		in.run(p.v.Key("Contents"), res, gstate{ctm: identity, th: 1}, 0)
		in.annotations(p.v, x, n)
	}()
	if x.ctx.Err() != nil {
		// Out of time in the middle of the page: what was read is kept.
		if text, cells := in.out.finishPage(&in.st.rules, p.area()); text != "" {
			boxes := x.keepBoxes(in.out.pageBoxes(utf8.RuneCountInString(text)))
			x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Page, Page: n, Text: text, Cells: cells, Boxes: boxes})
		}
		x.whole(RuleTimeout, fmt.Sprintf("解析超时，第 %d 页起未读取完毕，文件可能异常，需人工审查", n))
		x.stop = true
		return
	}
	outlined := in.out.uncovered(in.st.shapes)
	text, cells := in.out.finishPage(&in.st.rules, p.area())
	boxes := x.keepBoxes(in.out.pageBoxes(utf8.RuneCountInString(text)))
	for _, l := range in.extra {
		if text != "" {
			text += "\n"
		}
		text += l
	}
	runes := utf8.RuneCountInString(text)
	if x.overText(runes) {
		text = cutRunes(text, x.lim.MaxTextRunes-x.runes)
		runes = utf8.RuneCountInString(text)
		cells = cutCells(cells, runes)
	}
	letters := countLetters(text)
	x.runes += runes
	if text != "" {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Page, Page: n, Text: text, Cells: cells, Boxes: boxes})
	}
	if in.st.formsTooDeep {
		x.page(n, RuleTooLarge, fmt.Sprintf("第%d页的表单对象嵌套超过 %d 层，更深的内容未读取，需人工审查", n, maxFormDepth))
	}
	if in.st.formsSkipped > 0 {
		x.page(n, RuleTooLarge, fmt.Sprintf("第%d页绘制表单对象超过 %d 次的上限，其余 %d 次未读取，需人工审查", n, maxFormsDrawn, in.st.formsSkipped))
	}
	if in.st.streamsSkipped > 0 {
		x.page(n, RuleTooLarge, fmt.Sprintf("第%d页的内容流超过 %d 个的上限，其余 %d 个未读取，需人工审查", n, maxStreams, in.st.streamsSkipped))
	}
	if in.st.operandsCut {
		x.page(n, RuleTooLarge, fmt.Sprintf("第%d页有超长的文字串或数组（超过 %d 字节或 %d 项），超出部分未读取，需人工审查", n, maxStringBytes, maxArrayLen))
	}
	if in.st.annotsSkipped > 0 {
		x.page(n, RuleTooLarge, fmt.Sprintf("第%d页的注释超过 %d 个的上限，其余 %d 个未读取，需人工审查", n, maxAnnots, in.st.annotsSkipped))
	}
	if in.st.photosOver > 0 {
		x.page(n, RuleTooLarge, fmt.Sprintf("第%d页的图片超过 %d 张的上限，其余 %d 张未识别其中的文字，需人工审查", n, maxPhotos, in.st.photosOver))
	}
	if in.st.attachments > 0 {
		x.page(n, RuleEmbedded, fmt.Sprintf("第%d页含有多媒体或三维内容（%d个），未能自动审查其内容，请删除后重新提交，或由人工审查", n, in.st.attachments))
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
	// Pictures cover the page: one, or strips and tiles together.
	covered := in.st.images > 0 && area > 0 && in.st.coverage(area) >= scanCoverage
	unshown, why := 0, ""
	if covered {
		unshown, why = in.st.unshown() // walks the page's glyphs: only under pictures
	}
	switch {
	case in.st.images > 0 && letters == 0:
		x.page(n, RuleImageOnly, fmt.Sprintf("第%d页为扫描图像，无法读取文字，需人工审查", n))
	case covered && letters < scanMinRunes:
		x.page(n, RuleImageOnly, fmt.Sprintf("第%d页主要为图像，图像中的文字无法读取，需人工审查", n))
	case covered && unshown*2 >= in.st.glyphs && in.st.glyphs-unshown < scanMinRunes:
		// A scan with a text layer that shows nothing (a scanner's OCR
		// in rendering mode 3, text in the paper's colour, text under
		// the picture drawn after it), perhaps under a visible line or
		// two (a 索引号 footer): what the page shows is the picture,
		// and the layer may say something else or leave out the
		// marking. The picture is read too; the layer stays as page
		// text.
		x.page(n, RuleImageOnly, fmt.Sprintf("第%d页为扫描图像，其文字层%s，未必与图像一致，需识别或人工审查", n, why))
	}
	if outlined >= minOutlineShapes {
		x.page(n, RuleNoTextLayer, fmt.Sprintf("第%d页有以图形绘制的文字（没有文字层，约 %d 个字形），无法直接读取，需识别或人工审查", n, (outlined+2)/3))
	}
	// Glyphs that are no text, or text that is not what the page shows
	// (garble.go).
	unknown := in.st.unknown + in.st.garbled()
	undecodable := unknown >= minUnknownGlyphs && float64(unknown) >= unknownShare*float64(in.st.glyphs)
	if undecodable || misreadRunes(text) >= minMisread {
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
// part, which is hidden content to clean before publishing. A typed note
// (FreeText) or a form field (Widget) without an appearance is shown by
// viewers from its /Contents or value, which go with the page. What a
// hidden annotation holds (its appearance, /Contents and value) is a
// comment part of its own, Hidden HiddenAnnotation. Attached files and
// media are counted, to be reported.
func (in *interp) annotations(page lpdf.Value, x *extractor, n int) {
	annots := page.Key("Annots")
	if k := annots.Len(); k > maxAnnots {
		in.st.annotsSkipped = k - maxAnnots
	}
	var notes, hiddenNotes []string
	var links targets
	defer func() {
		if p, ok := links.part(n); ok {
			x.addText(p)
		}
		if links.over {
			x.page(n, RuleTooLarge, fmt.Sprintf("第%d页的链接动作超过 %d 个的上限，其余链接地址未读取，需人工审查", n, maxActions))
		}
	}()
	for i := 0; i < annots.Len() && i < maxAnnots; i++ {
		a := annots.Index(i)
		sub := a.Key("Subtype").Name()
		if sub != "Popup" {
			links.annotation(a) // a link's target, a button's action
		}
		if sub == "Popup" || sub == "Link" {
			continue
		}
		if mediaAnnots[sub] {
			in.st.attachments++
		}
		if sub == "FileAttachment" {
			loc := report.Location{Part: doc.Page, Page: n}
			x.guard(loc, RuleEmbedded, fmt.Sprintf("第%d页的附件无法读取，需人工审查", n), func() {
				x.attach("", a.Key("FS"), loc)
			})
		}
		flags := a.Key("F").Int64()
		hidden := flags&(1<<1) != 0 || flags&(1<<5) != 0 // Hidden, NoView
		ap := a.Key("AP").Key("N")
		if ap.Kind() == lpdf.Dict && ap.Key("Subtype").Name() != "Form" {
			ap = ap.Key(a.Key("AS").Name()) // appearance states
		}
		drawn, shown := false, "" // shown: the text the appearance drew on the page
		if ap.Kind() == lpdf.Stream {
			switch {
			case in.forms >= maxFormsDrawn:
				in.st.formsSkipped++
			case hidden:
				in.forms++
				if t := in.aside(ap); t != "" {
					hiddenNotes = append(hiddenNotes, t)
				}
			default:
				in.forms++
				in.out.newline()
				from := len(in.out.glyphs)
				res := newResourcesOr(ap.Key("Resources"), in.pageRes)
				in.run(ap, res, gstate{ctm: identity, th: 1}, 1)
				drawn, shown = true, in.out.textFrom(from)
			}
		}
		contents := strings.TrimSpace(textString(a.Key("Contents")))
		var value string
		if sub == "Widget" {
			value = fieldValue(a)
			x.fieldOnPage(a)
		}
		switch {
		case hidden:
			for _, t := range []string{contents, value} {
				if t != "" {
					hiddenNotes = append(hiddenNotes, t)
				}
			}
		case sub == "FileAttachment":
			// Its /Contents describes the file it holds (the viewer
			// shows it on the pin): read with the page, not a note.
			if contents != "" {
				in.extra = append(in.extra, contents)
			}
		case sub == "FreeText":
			// Its text is what the appearance shows, or what a viewer
			// draws when there is none.
			if !drawn && contents != "" {
				in.extra = append(in.extra, contents)
			}
		case sub == "Widget":
			// A viewer draws the value itself when there is no
			// appearance, or an empty one (LibreOffice's, with
			// NeedAppearances); an appearance may also show something
			// else than the value (a masked number): the value is read
			// unless the appearance shows it.
			if value != "" && (!drawn || !strings.Contains(alnum(shown), alnum(value))) {
				in.extra = append(in.extra, value)
			}
			if opts := fieldOptions(a); opts != "" { // a list's entries and export values
				in.extra = append(in.extra, opts)
			}
			// What resetting the form shows, and what the viewer
			// shows on hover.
			if t := fieldExtras(a, value); t != "" {
				in.extra = append(in.extra, t)
			}
			if contents != "" { // a field's description, not drawn
				notes = append(notes, contents)
			}
		case contents != "":
			notes = append(notes, contents)
		}
	}
	if len(notes) > 0 {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Comment, Page: n,
			Text: strings.Join(notes, "\n"), Hidden: "PDF 注释（批注）中的文字"})
	}
	if len(hiddenNotes) > 0 {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Comment, Page: n,
			Text: strings.Join(hiddenNotes, "\n"), Hidden: HiddenAnnotation})
	}
}

// aside interprets an appearance stream into a layout of its own and
// returns its text, leaving the page's text as it was.
func (in *interp) aside(ap lpdf.Value) string {
	page := in.out
	in.out = layout{scratch: page.scratch, marks: page.marks}
	res := newResourcesOr(ap.Key("Resources"), in.pageRes)
	in.run(ap, res, gstate{ctm: identity, th: 1}, 1)
	text := in.out.finish()
	page.scratch, page.marks = in.out.scratch, in.out.marks
	in.out = page
	return text
}

// maxFieldParents bounds the walk up a form field's parents for its value.
const maxFieldParents = 16

// fieldValue is the value of a form field widget (/V, on the widget or
// inherited from a parent field) as text: a string, a name (a check box
// state other than Off) or the strings of an array (a list box).
func fieldValue(a lpdf.Value) string { return valueText(inherited(a, "V")) }

// valueText is a field's value or default value as text.
func valueText(v lpdf.Value) string {
	switch v.Kind() {
	case lpdf.String:
		return strings.TrimSpace(textString(v))
	case lpdf.Name: // a check box's or radio button's state
		if n := v.Name(); n != "Off" {
			return nameString(n)
		}
	case lpdf.Array:
		var parts []string
		for i := 0; i < v.Len() && i < 256; i++ {
			if e := v.Index(i); e.Kind() == lpdf.String {
				if t := strings.TrimSpace(textString(e)); t != "" {
					parts = append(parts, t)
				}
			}
		}
		return strings.Join(parts, "\n")
	}
	return ""
}

// inherited is a form field's entry key, on the widget or on the nearest
// of its parent fields that has it (at most maxFieldParents up).
func inherited(a lpdf.Value, key string) lpdf.Value {
	v := a.Key(key)
	for i := 0; v.Kind() == lpdf.Null && i < maxFieldParents; i++ {
		if a = a.Key("Parent"); a.Kind() != lpdf.Dict {
			break
		}
		v = a.Key(key)
	}
	return v
}

// fieldOptions are the entries a choice field offers (/Opt: strings, or
// pairs of an export value and the text shown) and the states a check box
// or radio button can be set to (the names of its appearances other than
// Off: its export value), a line each.
func fieldOptions(a lpdf.Value) string {
	var out []string
	opt := inherited(a, "Opt")
	for i := 0; i < opt.Len() && i < 256; i++ {
		e := opt.Index(i)
		if e.Kind() == lpdf.Array {
			for j := 0; j < e.Len() && j < 2; j++ {
				out = append(out, textString(e.Index(j)))
			}
			continue
		}
		out = append(out, textString(e))
	}
	for i, k := range a.Key("AP").Key("N").Keys() {
		if i < 16 && k != "Off" && a.Key("AP").Key("N").Key(k).Kind() == lpdf.Stream {
			out = append(out, nameString(k))
		}
	}
	return strings.TrimSuffix(lines(out), "\n")
}

// unspaced is s without its spacing.
func unspaced(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// alnum is the letters and digits of s, for comparing a field's value
// with what its appearance draws of it (grouped 15,000,000,000.00 shows
// the value 15000000000; 139****5678 does not show 13912345678).
func alnum(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// Bounds on the metadata read. What is past them is reported.
const (
	maxInfoKeys   = 64
	maxXMPBytes   = 1 << 20
	maxXMPFields  = 1024
	maxXMPTokens  = 100000
	maxXMPNesting = 64
)

// metadata reads the document information dictionary and the XMP
// metadata stream into one part of kind metadata. What cannot be read,
// or is past the bounds, is an unreadable finding on the metadata part.
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
	loc := report.Location{Part: doc.MetadataPart}
	x.guard(loc, RulePageError, "PDF 文档信息（作者、标题等）无法读取，其中的文字未能审查，需人工审查", func() {
		info := r.Trailer().Key("Info")
		for _, k := range infoKeys {
			add(k.label, textString(info.Key(k.key)))
		}
		// Other keys some producers add (Company, SourceModified, …).
		keys := info.Keys()
		for i, k := range keys {
			if i >= maxInfoKeys {
				x.d.Unreadable(RuleTooLarge, loc, fmt.Sprintf(
					"PDF 文档信息有 %d 项，超过 %d 项的上限，其余未读取，需人工审查", len(keys), maxInfoKeys))
				break
			}
			if isStandardInfoKey(k) {
				continue
			}
			if v := info.Key(k); v.Kind() == lpdf.String {
				// A key is a name: bytes, not necessarily UTF-8.
				add(decodeTextString(k), textString(v))
			}
		}
	})
	x.guard(loc, RulePageError, "PDF 的 XMP 元数据无法读取，其中的文字未能审查，需人工审查", func() {
		m := r.Trailer().Key("Root").Key("Metadata")
		if m.Kind() != lpdf.Stream {
			return
		}
		fields, err := xmpFields(io.LimitReader(streamReader(m), maxXMPBytes+1))
		for _, kv := range fields {
			add(kv[0], kv[1])
		}
		switch {
		case errors.Is(err, errXMPTooLarge):
			x.d.Unreadable(RuleTooLarge, loc, fmt.Sprintf(
				"PDF 的 XMP 元数据超过上限（%d 项或 1MB），其余未读取，需人工审查", maxXMPFields))
		case err != nil:
			x.d.Unreadable(RulePageError, loc, "PDF 的 XMP 元数据已损坏，未能完整读取，需人工审查")
		}
	})
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

// xmpStructure are the elements of RDF and XMP's packet, which hold
// properties rather than being one.
var xmpStructure = map[string]bool{"xmpmeta": true, "RDF": true, "Description": true, "li": true, "Alt": true, "Seq": true, "Bag": true, "value": true}

// xmpSkip are the properties of ids, dates, formats and editing history
// that tools write and people do not: not read.
var xmpSkip = map[string]bool{"History": true, "DocumentID": true, "InstanceID": true, "OriginalDocumentID": true, "DerivedFrom": true,
	"Ingredients": true, "Manifest": true, "Pantry": true, "CreateDate": true, "ModifyDate": true, "MetadataDate": true,
	"format": true, "Trapped": true, "PDFVersion": true, "VersionID": true, "RenditionClass": true, "Thumbnails": true, "part": true, "conformance": true,
	// What design tools describe of the file itself (Illustrator,
	// InDesign, Photoshop): ancestors, swatches, fonts, plates, sizes.
	"DocumentAncestors": true, "SwatchGroups": true, "Fonts": true, "PlateNames": true, "MaxPageSize": true, "NPages": true,
	"HasVisibleTransparency": true, "HasVisibleOverprint": true, "Colorants": true, "ColorMode": true, "ICCProfile": true, "TextLayers": true}

// errXMPTooLarge says that XMP metadata is past one of the bounds.
var errXMPTooLarge = errors.New("pdf: XMP metadata over limit")

// xmpFields returns (label, value) pairs of the XMP properties kept, read
// from r, which must yield at most maxXMPBytes+1 bytes. The error is
// errXMPTooLarge past a bound (more bytes, fields, tokens or nesting), or
// the XML error that stopped the reading; the pairs read until then are
// returned with it.
func xmpFields(r io.Reader) ([][2]string, error) {
	cr := &countReader{r: r}
	dec := xml.NewDecoder(cr)
	dec.Strict = false
	var out [][2]string
	var stack []string
	for n := 0; ; n++ {
		if n >= maxXMPTokens {
			return out, errXMPTooLarge
		}
		tok, err := dec.Token()
		if cr.n > maxXMPBytes {
			return out, errXMPTooLarge
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= maxXMPNesting {
				return out, errXMPTooLarge
			}
			stack = append(stack, t.Name.Local)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			s := strings.TrimSpace(string(t))
			if s == "" {
				continue
			}
			// The property is the nearest ancestor that is not
			// RDF's structure (dc:title/rdf:Alt/rdf:li); a property of
			// any namespace is read (a producer's own, a custom
			// schema), but not the ids, dates and editing history
			// tools write (xmpMM).
			if slices.ContainsFunc(stack, func(name string) bool { return xmpSkip[name] }) {
				continue
			}
			label := ""
			for i := len(stack) - 1; i >= 0 && label == ""; i-- {
				switch name := stack[i]; {
				case xmpStructure[name]:
				case xmpLabels[name] != "":
					label = xmpLabels[name]
				default:
					label = name
				}
			}
			if label == "" {
				continue
			}
			if len(out) >= maxXMPFields {
				return out, errXMPTooLarge
			}
			out = append(out, [2]string{label, s})
		}
	}
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
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
	tooDeep := false
	seen := map[string]bool{}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf: page tree: %v", p)
		}
	}()
	var walk func(node, res, box lpdf.Value, depth int)
	walk = func(node, res, box lpdf.Value, depth int) {
		if depth > maxTreeDepth {
			tooDeep = true
		}
		if more || tooDeep || visits >= maxTreeNodes {
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
		// A node met again is a cycle (or a node shared by two parents):
		// its pages were listed the first time. Nodes are known by their
		// printed dictionary, whose kids print as references.
		key := node.String()
		if seen[key] {
			return
		}
		seen[key] = true
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
	if tooDeep {
		return pages, more, fmt.Errorf("pdf: page tree too deep")
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
