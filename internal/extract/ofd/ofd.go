package ofd

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// Rules of the findings this extractor makes, besides those of
// zipguard.Describe (unreadable.corrupt, unreadable.zip_bomb, …).
const (
	RuleCorrupt   = "unreadable.corrupt"
	RuleEncrypted = "unreadable.encrypted"
	RuleImageOnly = "unreadable.image_only"
	RuleFont      = "unreadable.font_encoding"
	RuleTooMany   = "unreadable.too_many_pages"
	RuleTooLarge  = "unreadable.too_large"
	RuleTimeout   = "unreadable.timeout"
)

// The hidden reasons and kinds of the parts this package writes.
const (
	// HiddenAnnotation is the hidden reason of the comment part with the
	// notes of a page's annotations (Remark, Parameters).
	HiddenAnnotation = "OFD 注释中的文字"
	// HiddenInvisibleAnnotation is that of annotations marked
	// Visible="false", appearance included.
	HiddenInvisibleAnnotation = "隐藏的注释"
	// HiddenText is that of text objects a viewer does not draw
	// (Visible="false", or neither filled nor stroked) on a page that is
	// not a scan.
	HiddenText = "不显示的文字"
	// KindLink is the kind of the part with a page's link targets (URI
	// actions): a reader sees only the text the link sits on. It is the
	// same kind as the link targets of every other format.
	KindLink = doc.LinkTarget
)

// Heuristics for pages that are images, as for PDF: a page that draws an
// image and has no text is a scan; a page whose images cover at least
// scanCoverage of it with fewer than scanMinRunes letters is one too.
const (
	scanCoverage = 0.5
	scanMinRunes = 50
)

// Bounds on what one file may make this package do, besides doc.Limits.
const (
	maxAttachments   = 64
	maxAnnotFiles    = 4096 // Annotation.xml files
	maxAnnots        = 4096 // annotations per page
	maxCompDepth     = 8    // CompositeObjects inside composite graphic units
	maxCompDrawn     = 10000
	maxResFiles      = 64
	maxSignatures    = 256
	maxCustomTags    = 64
	maxOutlines      = 4096
	maxMetadataLines = 4096
)

// Extract reads an OFD file (GB/T 33190-2016): the text of every page in
// reading order, templates, annotations, attachments (handed back in
// Document.Embedded), custom tags and document metadata. Every problem is
// an unreadable finding; a panic inside is recovered as
// unreadable.parser_panic with what was read kept. It stops between pages
// when ctx is done. The error is always nil.
func Extract(ctx context.Context, data []byte, lim doc.Limits) (d *doc.Document, err error) {
	d = &doc.Document{Format: "ofd"}
	defer func() {
		if r := recover(); r != nil {
			d.Unreadable("unreadable.parser_panic", report.Location{Part: doc.Page},
				"读取OFD文件时发生内部错误，未能完整读取，请人工审查")
		}
	}()
	extract(ctx, d, data, lim)
	return d, nil
}

// extractor holds what one Extract call shares.
type extractor struct {
	ctx      context.Context
	a        *zipguard.Archive
	lim      doc.Limits
	d        *doc.Document
	deadline time.Time
	glyphs   int               // glyphs still allowed to be parsed
	runes    int               // text runes written to parts
	page     int               // pages numbered so far, over every document
	stop     bool              // read no further: a limit was reached
	cut      bool              // text was cut at MaxTextRunes, and that was reported
	cache    map[string]loaded // parsed contents by member
	units    map[string]map[string]*content
	meta     []string // metadata lines
}

// loaded is a member read by load.
type loaded struct {
	c   *content
	err error
}

// extract does Extract's work without the recover, so that fuzzing sees
// panics.
func extract(ctx context.Context, d *doc.Document, data []byte, lim doc.Limits) {
	lim = zipguard.FillDefaults(lim)
	a, err := zipguard.Open(data, lim)
	if err != nil {
		rule, msg := zipguard.Describe(err, "", lim)
		d.Unreadable(rule, report.Location{Part: doc.Page}, msg)
		return
	}
	if ctx == nil {
		ctx = context.Background()
	}
	x := &extractor{ctx: ctx, a: a, lim: lim, d: d, deadline: time.Now().Add(lim.PerFileTimeout),
		glyphs: lim.MaxTextRunes, cache: map[string]loaded{}, units: map[string]map[string]*content{}}
	if a.Has("Encryptions.xml") {
		d.Unreadable(RuleEncrypted, report.Location{Part: doc.Page, File: "Encryptions.xml"},
			"OFD文件已加密（含有Encryptions.xml），无法读取内容，请解除加密后重新提交")
		return
	}
	if !a.Has("OFD.xml") {
		d.Unreadable(RuleCorrupt, report.Location{Part: doc.Page},
			"文件中没有OFD.xml（版式文档的入口），不是有效的OFD文件，请重新导出后提交或人工审查")
		return
	}
	bodies, err := x.readEntry()
	if err != nil {
		x.fail(err, report.Location{Part: doc.MetadataPart, File: "OFD.xml"}, "入口文件 OFD.xml")
	}
	if x.encrypted(bodies) {
		return
	}
	if len(bodies) == 0 && err == nil {
		d.Unreadable(RuleCorrupt, report.Location{Part: doc.Page, File: "OFD.xml"},
			"OFD.xml中没有文档（DocBody），文件不完整，请重新导出后提交或人工审查")
	}
	for _, b := range bodies {
		if x.stop {
			break
		}
		x.readDocument(b)
	}
	for _, b := range bodies {
		x.signatures(b)
	}
	if len(x.meta) > 0 {
		x.addPart(doc.Part{Kind: doc.MetadataPart, File: "OFD.xml", Text: strings.Join(x.meta, "\n")}, report.Location{Part: doc.MetadataPart, File: "OFD.xml"})
	}
	if x.stop {
		return
	}
	// The members not read (fonts, images, seals) carry no text, but damage
	// to them means the file is not what its author saved.
	for _, err := range a.CheckAll() {
		if name := zipguard.Member(err); !reported(d, name) {
			x.fail(err, report.Location{Part: doc.Page, File: name}, name)
		}
	}
}

// encrypted reports an OFD whose entry declares encryption.
func (x *extractor) encrypted(bodies []docBody) bool {
	for _, b := range bodies {
		if b.encryptions != "" {
			x.d.Unreadable(RuleEncrypted, report.Location{Part: doc.Page, File: b.encryptions},
				"OFD文件已加密，无法读取内容，请解除加密后重新提交")
			return true
		}
	}
	return false
}

// reported says whether d already has a finding about the member name.
func reported(d *doc.Document, name string) bool {
	for _, f := range d.Findings {
		if f.Location.File == name {
			return true
		}
	}
	return false
}

// fail adds the unreadable finding for err at loc; what names the member
// in words.
func (x *extractor) fail(err error, loc report.Location, what string) {
	switch {
	case errors.Is(err, errTooMuchText):
		x.cut = true
		x.d.Unreadable(RuleTooLarge, loc, fmt.Sprintf("OFD文件文字超过%d字的上限，%s及其后的内容未读取，需人工审查", x.lim.MaxTextRunes, what))
		x.stop = true
	default:
		rule, msg := zipguard.Describe(err, what, x.lim)
		x.d.Unreadable(rule, loc, msg)
		if errors.Is(err, zipguard.ErrZipBomb) {
			x.stop = true
		}
	}
}

// resolve turns a location written in the member dir into a member name.
// OFD locations are relative to the folder of the file that writes them,
// or absolute from the package root (leading "/"); some producers write
// root-relative paths without the slash, which are tried when the first
// reading names no member.
func (x *extractor) resolve(dir, loc string) string {
	loc = strings.TrimSpace(strings.ReplaceAll(loc, `\`, "/"))
	if loc == "" {
		return ""
	}
	root := strings.TrimPrefix(path.Clean("/"+loc), "/")
	if strings.HasPrefix(loc, "/") {
		return root
	}
	p := strings.TrimPrefix(path.Clean("/"+dir+"/"+loc), "/")
	if !x.a.Has(p) && x.a.Has(root) {
		return root
	}
	return p
}

// docBody is one document of the package, as OFD.xml lists it.
type docBody struct {
	root        string // Document.xml
	signatures  string // Signatures.xml
	encryptions string
}

// docInfo labels the DocInfo fields worth scanning, in the order a
// viewer's document properties show them.
var docInfo = []struct{ local, label string }{
	{"Title", "标题"}, {"Author", "作者"}, {"Subject", "主题"}, {"Abstract", "摘要"},
	{"Keyword", "关键词"}, {"Creator", "创建程序"},
}

// readEntry reads OFD.xml: the documents, and their DocInfo as metadata
// lines.
func (x *extractor) readEntry() ([]docBody, error) {
	rc, err := x.a.Open("OFD.xml")
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	var bodies []docBody
	values := map[string][]string{}
	var custom []string
	flush := func() {
		for _, f := range docInfo {
			if v := values[f.local]; len(v) > 0 {
				x.addMeta(f.label + ": " + strings.Join(v, "、"))
			}
		}
		x.addMeta(custom...)
		values, custom = map[string][]string{}, nil
	}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			flush()
			return bodies, nil
		}
		if err != nil {
			flush()
			return bodies, err
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch name := se.Name.Local; {
		case name == "DocBody":
			if len(bodies) > 0 {
				flush()
			}
			bodies = append(bodies, docBody{})
		case len(bodies) == 0:
		case name == "DocRoot" || name == "Signatures" || name == "Encryptions":
			v, err := dec.Text()
			loc := x.resolve("", v)
			b := &bodies[len(bodies)-1]
			switch name {
			case "DocRoot":
				b.root = loc
			case "Signatures":
				b.signatures = loc
			default:
				b.encryptions = loc
				if loc == "" {
					b.encryptions = "OFD.xml"
				}
			}
			if err != nil {
				return bodies, err
			}
		case name == "CustomData":
			v, err := dec.Text()
			if k, v := oneLine(zipguard.Attr(se, "Name")), oneLine(v); v != "" {
				if k == "" {
					k = "自定义属性"
				}
				custom = append(custom, k+": "+v)
			}
			if err != nil {
				return bodies, err
			}
		case name == "Title" || name == "Author" || name == "Subject" || name == "Abstract" || name == "Keyword" || name == "Creator":
			v, err := dec.Text()
			// DocInfo's children (depth 4), and Keywords' Keyword (5).
			if v = oneLine(v); v != "" && (dec.Depth() == 3 || name == "Keyword" && dec.Depth() == 4) {
				values[name] = append(values[name], v)
			}
			if err != nil {
				return bodies, err
			}
		}
	}
}

// addMeta appends metadata lines within their bound.
func (x *extractor) addMeta(lines ...string) {
	for _, l := range lines {
		if len(x.meta) < maxMetadataLines && l != "" {
			x.meta = append(x.meta, l)
		}
	}
}

// oneLine trims v and folds its line breaks into spaces.
func oneLine(v string) string { return strings.Join(strings.Fields(v), " ") }

// document is what Document.xml says about one document.
type document struct {
	file        string // Document.xml's member name
	dir         string
	pages       []pageRef
	more        bool              // pages past MaxPages
	templates   map[string]string // TemplatePage ID -> member
	res         []string          // PublicRes, DocumentRes members
	annotations string
	attachments string
	customTags  string
	box         [4]float64 // CommonData PageArea
	outlines    []string
	uris        []string
}

type pageRef struct{ id, loc string }

// readDocument reads one document: its pages, templates and annotations,
// then its attachments and custom tags.
func (x *extractor) readDocument(b docBody) {
	if b.root == "" {
		x.d.Unreadable(RuleCorrupt, report.Location{Part: doc.Page, File: "OFD.xml"},
			"OFD.xml没有指明文档根节点（DocRoot），文件不完整，请重新导出后提交或人工审查")
		return
	}
	dm, err := x.readDocumentXML(b.root)
	if err != nil {
		x.fail(err, report.Location{Part: doc.Page, File: b.root}, "文档描述 "+b.root)
		if dm == nil || len(dm.pages) == 0 {
			return
		}
	}
	units := x.resUnits(dm.res)
	annots := x.readAnnotations(dm)
	emitted := map[string]bool{}
	for _, p := range dm.pages {
		if x.stop {
			return
		}
		n := x.page + 1
		if err := x.ctx.Err(); err != nil || time.Now().After(x.deadline) {
			x.d.Unreadable(RuleTimeout, report.Location{Part: doc.Page, Page: n},
				fmt.Sprintf("读取OFD文件超时（超过%s），第%d页起未读取，需人工审查", x.lim.PerFileTimeout, n))
			x.stop = true
			return
		}
		x.page = n
		x.readPage(n, p, dm, units, annots[p.id], emitted)
		delete(annots, p.id)
	}
	if dm.more {
		x.d.Unreadable(RuleTooMany, report.Location{Part: doc.Page},
			fmt.Sprintf("OFD文件超过%d页的上限，第%d页起未读取，需人工审查", x.lim.MaxPages, x.page+1))
	}
	// Annotations of pages the document does not list: their notes are
	// still read.
	ids := make([]string, 0, len(annots))
	for id := range annots {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		x.notes(0, annots[id])
	}
	if len(dm.uris) > 0 {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: KindLink, File: dm.file, Text: strings.Join(dm.uris, "\n")})
	}
	for _, o := range dm.outlines {
		x.addMeta("书签: " + o)
	}
	x.attachments(dm)
	x.customTags(dm)
}

// readDocumentXML reads Document.xml.
func (x *extractor) readDocumentXML(name string) (*document, error) {
	dm := &document{file: name, dir: path.Dir(name), templates: map[string]string{}}
	rc, err := x.a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return dm, nil
		}
		if err != nil {
			return dm, err
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Page":
			if dec.Depth() != 3 { // Document > Pages > Page
				continue
			}
			if len(dm.pages) >= x.lim.MaxPages {
				dm.more = true
				continue
			}
			dm.pages = append(dm.pages, pageRef{id: zipguard.Attr(se, "ID"), loc: x.resolve(dm.dir, zipguard.Attr(se, "BaseLoc"))})
		case "TemplatePage":
			if len(dm.templates) < maxResFiles*16 {
				dm.templates[zipguard.Attr(se, "ID")] = x.resolve(dm.dir, zipguard.Attr(se, "BaseLoc"))
			}
		case "OutlineElem":
			if t := oneLine(zipguard.Attr(se, "Title")); t != "" && len(dm.outlines) < maxOutlines {
				dm.outlines = append(dm.outlines, t)
			}
		case "URI":
			if u := strings.TrimSpace(zipguard.Attr(se, "URI")); u != "" && len(dm.uris) < maxURIs {
				dm.uris = append(dm.uris, u)
			}
		case "PublicRes", "DocumentRes", "Annotations", "Attachments", "CustomTags", "PhysicalBox":
			if dec.Depth() > 4 || (se.Name.Local != "PhysicalBox" && dec.Depth() > 3) {
				continue
			}
			v, err := dec.Text()
			loc := x.resolve(dm.dir, v)
			switch se.Name.Local {
			case "PublicRes", "DocumentRes":
				if loc != "" && len(dm.res) < maxResFiles {
					dm.res = append(dm.res, loc)
				}
			case "Annotations":
				dm.annotations = loc
			case "Attachments":
				dm.attachments = loc
			case "CustomTags":
				dm.customTags = loc
			case "PhysicalBox":
				copy(dm.box[:], numbers(v, 4))
			}
			if err != nil {
				return dm, err
			}
		}
	}
}

// load reads and caches the graphic units of a page or template member.
func (x *extractor) load(name string) (*content, error) {
	if l, ok := x.cache[name]; ok {
		return l.c, l.err
	}
	c, err := func() (*content, error) {
		rc, err := x.a.Open(name)
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return readContent(zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth), 0, &x.glyphs)
	}()
	x.cache[name] = loaded{c, err}
	return c, err
}

// resUnits reads the composite graphic units of resource files, by ID. A
// missing or damaged resource file is reported once.
func (x *extractor) resUnits(files []string) map[string]*content {
	units := map[string]*content{}
	for _, name := range files {
		us, ok := x.units[name]
		if !ok {
			var err error
			us, err = x.readRes(name)
			x.units[name] = us
			if err != nil {
				x.fail(err, report.Location{Part: doc.Page, File: name}, "资源文件 "+name)
			}
		}
		for id, c := range us {
			units[id] = c
		}
	}
	return units
}

// readRes reads the CompositeGraphicUnits of one resource file.
func (x *extractor) readRes(name string) (map[string]*content, error) {
	units := map[string]*content{}
	rc, err := x.a.Open(name)
	if err != nil {
		return units, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	id := ""
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return units, nil
		}
		if err != nil {
			return units, err
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "CompositeGraphicUnit":
			id = zipguard.Attr(se, "ID")
		case "Content":
			c, err := readContent(dec, dec.Depth(), &x.glyphs)
			if id != "" && len(units) < maxComposites {
				units[id] = c
			}
			if err != nil {
				return units, err
			}
		}
	}
}

// canvas collects what one page draws, over its contents, templates
// excluded, and its visible annotations.
type canvas struct {
	gs, hidden []glyph
	images     int
	imageArea  float64
	paths      int
	uris       []string
	bad        int
	drawn      int  // composite objects expanded
	cut        bool // composite objects left out (too many or too deep)
	left       int  // glyphs still allowed on this page
}

// draw adds c, drawn through m, to the canvas, expanding its composite
// objects from units.
func (cv *canvas) draw(c *content, m matrix, units map[string]*content, depth int) {
	if c == nil {
		return
	}
	for _, r := range c.runs {
		if cv.left <= 0 {
			cv.cut = true
			return
		}
		cv.left -= utf8.RuneCountInString(r.text)
		if r.visible {
			cv.gs = place(cv.gs, r, m)
		} else {
			cv.hidden = place(cv.hidden, r, m)
		}
	}
	for _, im := range c.images {
		cv.images++
		cv.imageArea += im.w * im.h * m.scale() * m.scale()
	}
	cv.bad += c.bad
	cv.paths += c.paths
	for _, u := range c.uris {
		if len(cv.uris) < maxURIs {
			cv.uris = append(cv.uris, u)
		}
	}
	for _, ref := range c.comps {
		u := units[ref.id]
		if u == nil {
			continue
		}
		if depth >= maxCompDepth || cv.drawn >= maxCompDrawn {
			cv.cut = true
			return
		}
		cv.drawn++
		cv.draw(u, ref.obj.then(m), units, depth+1)
	}
}

// readPage reads page n: its content, its templates (a header part each,
// the first time one is used) and its annotations.
func (x *extractor) readPage(n int, p pageRef, dm *document, units map[string]*content, annots []annotFile, emitted map[string]bool) {
	loc := report.Location{Part: doc.Page, Page: n, File: p.loc}
	if p.loc == "" {
		x.d.Unreadable(RuleCorrupt, loc, fmt.Sprintf("第%d页没有指明内容文件（BaseLoc），文件不完整，无法读取，需人工审查", n))
		return
	}
	c, err := x.load(p.loc)
	if err != nil {
		what := fmt.Sprintf("第%d页的内容 %s", n, p.loc)
		if errors.Is(err, zipguard.ErrNotFound) {
			x.d.Unreadable(RuleCorrupt, loc, fmt.Sprintf("第%d页的内容文件（%s）缺失，文件不完整，该页无法读取，请重新导出后提交或人工审查", n, p.loc))
		} else {
			x.fail(err, loc, what)
		}
		if x.stop {
			return
		}
	}
	if c != nil && len(c.pageRes) > 0 {
		var files []string
		for _, r := range c.pageRes {
			files = append(files, x.resolve(path.Dir(p.loc), r))
		}
		own := x.resUnits(files)
		merged := make(map[string]*content, len(units)+len(own))
		for k, v := range units {
			merged[k] = v
		}
		for k, v := range own {
			merged[k] = v
		}
		units = merged
	}
	if c != nil {
		x.templates(n, c, dm, units, emitted)
	}
	cv := &canvas{left: x.lim.MaxTextRunes - x.runes + 1}
	cv.draw(c, identity, units, 0)
	// The pictures of the templates the page uses (tplImages, tplArea).
	tplImages, tplArea := 0, 0.0
	if c != nil {
		for _, id := range c.templates {
			name := dm.templates[id]
			if name == "" {
				continue
			}
			if tc, err := x.load(name); err == nil && tc != nil && (len(tc.images) > 0 || len(tc.comps) > 0) {
				tcv := &canvas{left: x.lim.MaxTextRunes}
				tcv.draw(tc, identity, units, 0)
				tplImages += tcv.images
				tplArea += tcv.imageArea
			}
		}
	}
	for _, af := range annots {
		for _, an := range af.annots {
			if an.visible && an.appearance != nil {
				cv.draw(an.appearance, an.m, units, 0)
			}
		}
	}
	text := lines(cv.gs)
	letters := countLetters(text)
	hidden := lines(cv.hidden)
	if hidden != "" && (cv.images > 0 || cv.paths > 0) && letters < scanMinRunes {
		// Undrawn text on a page that shows pictures or paths but
		// almost no text of its own is the page's text layer: the OCR
		// of a scan, or the text of glyphs a converter drew as paths.
		text = strings.TrimSpace(text + "\n" + hidden)
		letters = countLetters(text)
		hidden = ""
	}
	x.addPart(doc.Part{Kind: doc.Page, Page: n, File: p.loc, Text: text}, loc)
	x.addPart(doc.Part{Kind: doc.HiddenText, Page: n, File: p.loc, Text: hidden, Hidden: HiddenText}, loc)
	if len(cv.uris) > 0 {
		x.addPart(doc.Part{Kind: KindLink, Page: n, File: p.loc, Text: strings.Join(cv.uris, "\n")}, loc)
	}
	x.notes(n, annots)
	if cv.cut {
		x.d.Unreadable(RuleTooLarge, loc, fmt.Sprintf("第%d页的复合对象嵌套过深或数量过多，超出部分未读取，需人工审查", n))
	}
	if err != nil {
		return
	}
	box := c.box
	if box[2] == 0 || box[3] == 0 {
		box = dm.box
	}
	area := box[2] * box[3]
	if tplImages > 0 && area > 0 && tplArea >= scanCoverage*area {
		// A template that lays a picture over most of the page (a scan
		// under a page holding only its number) is the page's picture;
		// an emblem or logo in a template is not.
		cv.images += tplImages
		cv.imageArea += tplArea
	}
	switch {
	case cv.images > 0 && letters == 0:
		x.d.Unreadable(RuleImageOnly, report.Location{Part: doc.Page, Page: n}, fmt.Sprintf("第%d页为扫描图像，无法读取文字，需人工审查", n))
	case cv.images > 0 && area > 0 && cv.imageArea >= scanCoverage*area && letters < scanMinRunes:
		x.d.Unreadable(RuleImageOnly, report.Location{Part: doc.Page, Page: n}, fmt.Sprintf("第%d页主要为图像，图像中的文字无法读取，需人工审查", n))
	}
	if cv.bad > 0 {
		x.d.Unreadable(RuleFont, loc, fmt.Sprintf("第%d页有%d段文字未以Unicode编码（字形编码），无法识别，需人工审查", n, cv.bad))
	}
}

// templates writes, as a header part, the text of each template page n
// uses that no earlier page used.
func (x *extractor) templates(n int, c *content, dm *document, units map[string]*content, emitted map[string]bool) {
	for _, id := range c.templates {
		name, ok := dm.templates[id]
		loc := report.Location{Part: doc.Header, Page: n, File: name}
		if !ok || name == "" {
			if !emitted["?"+id] {
				emitted["?"+id] = true
				x.d.Unreadable(RuleCorrupt, loc, fmt.Sprintf("第%d页引用的模板页（ID %s）在文档中不存在，文件不完整，需人工审查", n, oneLine(id)))
			}
			continue
		}
		if emitted[name] {
			continue
		}
		emitted[name] = true
		tc, err := x.load(name)
		if err != nil {
			if errors.Is(err, zipguard.ErrNotFound) {
				x.d.Unreadable(RuleCorrupt, loc, fmt.Sprintf("第%d页的模板页文件（%s）缺失，文件不完整，其中的版头、标识等内容无法读取，请重新导出后提交或人工审查", n, name))
			} else {
				x.fail(err, loc, "模板页 "+name)
			}
		}
		cv := &canvas{left: x.lim.MaxTextRunes - x.runes + 1}
		cv.draw(tc, identity, units, 0)
		x.addPart(doc.Part{Kind: doc.Header, Page: n, File: name, Text: lines(cv.gs)}, loc)
		x.addPart(doc.Part{Kind: doc.HiddenText, Page: n, File: name, Text: lines(cv.hidden), Hidden: HiddenText}, loc)
		if len(cv.uris) > 0 {
			x.addPart(doc.Part{Kind: KindLink, Page: n, File: name, Text: strings.Join(cv.uris, "\n")}, loc)
		}
	}
}

// addPart appends p unless it is empty, cutting it at MaxTextRunes (the
// first cut is reported, at loc).
func (x *extractor) addPart(p doc.Part, loc report.Location) {
	if p.Text == "" {
		return
	}
	n := utf8.RuneCountInString(p.Text)
	if x.runes+n > x.lim.MaxTextRunes {
		keep := max(x.lim.MaxTextRunes-x.runes, 0)
		p.Text = string([]rune(p.Text)[:keep])
		n = keep
		if !x.cut {
			x.cut = true
			x.fail(errTooMuchText, loc, "此处")
		}
		x.stop = true
	}
	x.runes += n
	if p.Text != "" {
		x.d.Parts = append(x.d.Parts, p)
	}
}

// countLetters counts the runes of s that are letters or digits.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
