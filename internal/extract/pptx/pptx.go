package pptx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// The part kinds this package writes besides those of package doc
// (body, chart, textbox, alt_text, link_target, comment, metadata,
// custom_xml).
const (
	KindNotes       = "notes"        // speaker notes
	KindHiddenSlide = "hidden_slide" // a slide left out of the show
	KindHiddenShape = "hidden_shape" // a shape hidden on its slide
	KindMaster      = "slide_master" // text of a slide master or layout
)

// The hidden reasons of the parts this package writes.
const (
	HiddenNotes        = "演讲者备注"
	HiddenSlide        = "隐藏的幻灯片"
	HiddenOrphanSlide  = "未列入放映顺序的幻灯片"
	HiddenShape        = "隐藏的形状"
	HiddenComment      = "批注"
	HiddenUnusedMaster = "未被幻灯片使用的母版或版式"
	HiddenHandout      = "讲义母版"
)

var (
	errTooMuchText = errors.New("pptx: text over limit")
	errTimeout     = errors.New("pptx: time limit reached")
)

// Extract reads the presentation in data. Every problem with the input is
// an unreadable finding in the returned Document, never an error; a panic
// inside is recovered as the finding unreadable.parser_panic, with the
// parts read until then kept.
func Extract(data []byte, lim doc.Limits) (d *doc.Document, err error) {
	d = &doc.Document{Format: "pptx"}
	defer func() {
		if r := recover(); r != nil {
			d.Unreadable("unreadable.parser_panic", report.Location{Part: doc.Body},
				"读取PowerPoint演示文稿时发生内部错误，未能完整读取，请人工审查")
		}
	}()
	extract(d, data, lim)
	return d, nil
}

// extractor holds what one Extract call shares across members.
type extractor struct {
	a        *zipguard.Archive
	lim      doc.Limits
	d        *doc.Document
	left     int // runes of text still allowed
	deadline time.Time
	stop     bool            // a limit was met: read no further
	done     map[string]bool // members read, canonical names
	linked   map[string]bool // relationships members whose targets were read
	used     []string        // layouts and masters shown on a slide, in order of first use
	pictures int             // pictures on the slides shown
	authors  map[string]string
	// unusedMaster is set while a master or layout no slide uses is
	// read: its footer placeholders' text goes to a part of its own.
	unusedMaster bool
}

// extract does Extract's work without the recover, so that fuzzing sees
// panics.
func extract(d *doc.Document, data []byte, lim doc.Limits) {
	lim = zipguard.FillDefaults(lim)
	a, err := zipguard.Open(data, lim)
	if err != nil {
		rule, msg := zipguard.Describe(err, "", lim)
		d.Unreadable(rule, report.Location{Part: doc.Body}, msg)
		return
	}
	x := &extractor{a: a, lim: lim, d: d, left: lim.MaxTextRunes, deadline: time.Now().Add(lim.PerFileTimeout),
		done: map[string]bool{}, linked: map[string]bool{}}
	main := mainPart(a, lim)
	if !a.Has(main) {
		d.Unreadable("unreadable.corrupt", report.Location{Part: doc.Body},
			"文件中没有演示文稿目录（"+main+"），不是有效的PowerPoint演示文稿，请重新导出后提交或人工审查")
		docx.AddProperties(d, a, lim)
		return
	}
	slides, sections, err := x.slideList(main)
	if err != nil {
		x.fail(err, report.Location{Part: doc.Body, File: main}, "演示文稿目录 "+main)
	}
	if len(sections) > 0 {
		// The sections' names head the slide pane and the sorter.
		text := strings.Join(sections, "\n") + "\n"
		d.Parts = append(d.Parts, doc.Part{Kind: doc.Outline, File: main, Text: text})
		x.left -= utf8.RuneCountInString(text)
	}
	for i, s := range slides {
		if x.stop {
			break
		}
		x.slide(i+1, s)
	}
	if !x.stop {
		x.masters()
	}
	if !x.stop {
		x.orphans()
	}
	if x.stop {
		return
	}
	x.imageOnly()
	x.embedded()
	if x.left, x.stop = docx.AddCustomXML(d, a, lim, x.left); x.stop {
		return
	}
	// What SmartArt's drawing cache shows besides its data model.
	if x.left, x.stop = docx.AddDrawings(d, a, lim, x.left, []docx.Drawing{{Prefix: "ppt/diagrams/drawing", What: "SmartArt图形", CopyOf: "ppt/diagrams/data"}}); x.stop {
		return
	}
	docx.AddProperties(d, a, lim)
	// The members not read (themes, pictures, settings) carry no text,
	// but damage to them means the file is not what its author saved.
	for _, err := range a.CheckAll() {
		if name := zipguard.Member(err); !docx.Reported(d, name) {
			x.fail(err, report.Location{Part: doc.Body, File: name}, name)
		}
	}
}

// mainPart is the target of the package's officeDocument relationship, or
// ppt/presentation.xml.
func mainPart(a *zipguard.Archive, lim doc.Limits) string {
	const fallback = "ppt/presentation.xml"
	rels, _ := readRels(a, "", lim.MaxXMLDepth)
	for _, r := range rels {
		if r.kind() == "officeDocument" && !r.extern && strings.HasSuffix(strings.ToLower(r.target), ".xml") {
			return r.target
		}
	}
	return fallback
}

// slideList returns the slides of the presentation main in the order of
// its slide list (p:sldIdLst), which is the order of the show, whatever
// the members are called, and the names of its sections (p14:section),
// each once.
func (x *extractor) slideList(main string) (out, sections []string, err error) {
	rels, err := readRels(x.a, main, x.lim.MaxXMLDepth)
	if err != nil {
		return nil, nil, err
	}
	byID := map[string]string{}
	for _, r := range rels {
		if r.kind() == "slide" && !r.extern && r.target != "" {
			byID[r.id] = r.target
		}
	}
	rc, err := x.a.Open(main)
	if err != nil {
		return nil, nil, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	seen := map[string]bool{}
	root := false
	for {
		t, err := dec.Token()
		if err == io.EOF && !root {
			return nil, nil, errNoRoot
		}
		if err == io.EOF {
			return out, sections, nil
		}
		if err != nil {
			return out, sections, err
		}
		se, ok := t.(xml.StartElement)
		root = root || ok
		if ok && se.Name.Local == "section" {
			if name := strings.TrimSpace(zipguard.Attr(se, "name")); name != "" && !slices.Contains(sections, name) {
				sections = append(sections, name)
			}
		}
		if !ok || se.Name.Local != "sldId" {
			continue
		}
		if s := byID[relID(se)]; s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
}

// slide reads slide n (1-based) and what hangs off it: its tables,
// charts, SmartArt, external links, speaker notes and comments.
func (x *extractor) slide(n int, name string) {
	w, err := x.walk(name, slideMode)
	kind, hidden := doc.Body, ""
	if w.hiddenSlide {
		kind, hidden = KindHiddenSlide, HiddenSlide
	} else {
		x.pictures += w.pictures
	}
	x.emit(name, w, kind, hidden, n)
	if err != nil {
		x.fail(err, report.Location{Part: kind, File: name, Page: n}, fmt.Sprintf("第%d张幻灯片 %s", n, name))
		return
	}
	rels := x.rels(name, kind, n)
	// Charts and SmartArt are drawn on the slide: on a hidden slide,
	// they are hidden with it.
	chartKind, artKind := doc.Chart, doc.TextBox
	if hidden != "" {
		chartKind, artKind = kind, kind
	}
	for _, r := range rels {
		if x.stop {
			return
		}
		switch r.kind() {
		case "chart", "chartEx":
			x.member(r.target, dataMode, chartKind, hidden, n, fmt.Sprintf("第%d张幻灯片的图表 %s", n, r.target))
		case "diagramData":
			x.member(r.target, dataMode, artKind, hidden, n, fmt.Sprintf("第%d张幻灯片的SmartArt图形 %s", n, r.target))
		case "slideLayout":
			if hidden == "" {
				x.use(r.target)
			}
		}
	}
	x.links(name, rels, n)
	for _, r := range rels {
		if x.stop {
			return
		}
		switch r.kind() {
		case "notesSlide":
			// A slide's notes show in PowerPoint's normal view, under
			// the slide: read and scanned like the slide, not reported
			// as hidden (an innocuous note is no reason to review).
			x.member(r.target, notesMode, KindNotes, "", n, fmt.Sprintf("第%d张幻灯片的演讲者备注 %s", n, r.target))
			if !x.stop {
				x.links(r.target, x.rels(r.target, KindNotes, n), n)
			}
		case "comments":
			x.comments(r.target, n)
		}
	}
}

// relID is the relationship id (r:id) of se, not its own id attribute.
func relID(se xml.StartElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "id" && a.Name.Space != "" {
			return a.Value
		}
	}
	return ""
}

// use records that a slide shows layout, and so the layout's master.
func (x *extractor) use(layout string) {
	key := strings.ToLower(layout)
	for _, u := range x.used {
		if strings.ToLower(u) == key {
			return
		}
	}
	x.used = append(x.used, layout)
	rels, _ := readRels(x.a, layout, x.lim.MaxXMLDepth) // damage is reported when the layout is read
	for _, r := range rels {
		if r.kind() == "slideMaster" && !r.extern && r.target != "" {
			x.use(r.target)
		}
	}
}

// masters reads the layouts and masters the slides show, then the others
// (a template's unused layouts, handout masters), whose text no slide
// shows: only text of their own, not the prompts of placeholders.
func (x *extractor) masters() {
	for _, name := range x.used {
		if x.stop {
			return
		}
		if x.a.Has(name) {
			x.member(name, masterMode, KindMaster, "", 0, "母版或版式 "+name)
			x.links(name, x.rels(name, KindMaster, 0), 0)
		}
	}
	for _, m := range []struct{ prefix, hidden string }{
		{"ppt/slidemasters/", HiddenUnusedMaster},
		{"ppt/slidelayouts/", HiddenUnusedMaster},
		{"ppt/handoutmasters/", HiddenHandout},
	} {
		for _, name := range x.unread(m.prefix) {
			if x.stop {
				return
			}
			x.unusedMaster = true
			x.member(name, masterMode, KindMaster, m.hidden, 0, "母版或版式 "+name)
			x.unusedMaster = false
		}
	}
}

// orphans reads the members of the kinds that slides point to but that no
// slide of the show reached: slides left out of the slide list, notes
// pages and comments of such slides, charts and SmartArt drawn elsewhere
// (on a layout), and the notes master. Nothing that could carry text is
// passed over because nothing points to it.
func (x *extractor) orphans() {
	for _, name := range x.unread("ppt/slides/") {
		if x.stop {
			return
		}
		x.member(name, slideMode, KindHiddenSlide, HiddenOrphanSlide, 0, "幻灯片 "+name)
	}
	for _, name := range x.unread("ppt/notesslides/") {
		if x.stop {
			return
		}
		x.member(name, notesMode, KindNotes, HiddenNotes, 0, "演讲者备注 "+name)
	}
	for _, name := range x.unread("ppt/notesmasters/") {
		if x.stop {
			return
		}
		x.member(name, masterMode, KindNotes, HiddenNotes, 0, "备注母版 "+name)
	}
	for _, name := range x.unread("ppt/comments/") {
		if x.stop {
			return
		}
		x.comments(name, 0)
	}
	for _, p := range []struct{ prefix, kind, what string }{{"ppt/charts/chart", doc.Chart, "图表"}, {"ppt/diagrams/data", doc.TextBox, "SmartArt图形"}} {
		for _, name := range x.unread(p.prefix) {
			if x.stop {
				return
			}
			x.member(name, dataMode, p.kind, "", 0, p.what+" "+name)
		}
	}
	// External targets of every other part: a chart's linked workbook
	// (a path on someone's disk), a linked picture or video.
	for _, name := range x.a.Match("", ".rels") {
		if x.stop {
			return
		}
		if part, ok := partOf(name); ok && !x.linked[strings.ToLower(name)] {
			x.links(part, x.rels(part, doc.LinkTarget, 0), 0)
		}
	}
}

// unread lists the XML members under prefix (lower case) not read yet.
func (x *extractor) unread(prefix string) []string {
	var out []string
	for _, name := range x.a.Match(prefix, ".xml") {
		if rest := strings.TrimPrefix(strings.ToLower(name), prefix); !strings.Contains(rest, "/") && !x.done[strings.ToLower(name)] {
			out = append(out, name)
		}
	}
	return out
}

// walk reads member name in mode m, within the limits; it reads nothing
// twice (a chart two slides show is read for the first).
func (x *extractor) walk(name string, m mode) (*walker, error) {
	w := &walker{x: x, mode: m}
	key := strings.ToLower(name)
	if x.done[key] {
		return w, nil
	}
	x.done[key] = true
	if time.Now().After(x.deadline) {
		return w, errTimeout
	}
	rc, err := x.a.Open(name)
	if err != nil {
		return w, err
	}
	defer rc.Close()
	return w, w.walk(zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth))
}

// member reads member name in mode m into parts of kind and hidden; what
// names it in messages.
func (x *extractor) member(name string, m mode, kind, hidden string, page int, what string) {
	w, err := x.walk(name, m)
	x.emit(name, w, kind, hidden, page)
	if err != nil {
		x.fail(err, report.Location{Part: kind, File: name, Page: page}, what)
	}
}

// emit appends the parts w read from member name: its text, its tables
// (one part each, its cells A1, B1, … of the table's grid), the
// alternative text of its shapes and pictures, and the text of its hidden
// shapes.
func (x *extractor) emit(name string, w *walker, kind, hidden string, page int) {
	hidKind, hidWhy := KindHiddenShape, HiddenShape
	if hidden != "" {
		hidKind, hidWhy = kind, hidden
	}
	add := func(k, h, text string, cells []doc.Cell) {
		if strings.TrimSpace(text) != "" {
			x.d.Parts = append(x.d.Parts, doc.Part{Kind: k, File: name, Page: page, Text: text, Cells: cells, Hidden: h})
		}
	}
	add(kind, hidden, w.text.b.String(), nil)
	for _, t := range w.tables {
		if t.hidden {
			add(hidKind, hidWhy, t.buf.b.String(), t.cells)
		} else {
			add(kind, hidden, t.buf.b.String(), t.cells)
		}
	}
	altKind := doc.AltText
	if hidden != "" {
		altKind = kind
	}
	add(altKind, hidden, w.alt.b.String(), nil)
	add(hidKind, hidWhy, w.hid.b.String(), nil)
	// The footer placeholders of an unused master or layout are scanned
	// like the text slides show, not reported as hidden for being there:
	// every LibreOffice export carries a dozen unused layouts whose
	// footer says "Footer". What is found in them is still reported.
	add(kind, "", w.unusedFooter.b.String(), nil)
}

// rels reads the relationships of member name, reporting damage.
func (x *extractor) rels(name, kind string, page int) []rel {
	rels, err := readRels(x.a, name, x.lim.MaxXMLDepth)
	if err != nil {
		x.fail(err, report.Location{Part: kind, File: relsName(name), Page: page}, "关系表 "+relsName(name))
	}
	return rels
}

// links appends a link_target part with the external targets of member
// name (web links, linked files), one a line, and again percent-decoded
// when that reads differently: an intranet address may be nowhere else
// than in a link behind a word.
func (x *extractor) links(name string, rels []rel, page int) {
	x.linked[strings.ToLower(relsName(name))] = true
	var b strings.Builder
	seen := map[string]bool{}
	add := func(t string) {
		if t = oneLine(t); t != "" && !seen[t] {
			seen[t] = true
			b.WriteString(t + "\n")
		}
	}
	for _, r := range rels {
		if !r.extern {
			continue
		}
		add(r.target)
		if u, err := url.PathUnescape(r.target); err == nil && utf8.ValidString(u) {
			add(u)
		}
	}
	if b.Len() == 0 {
		return
	}
	n := len([]rune(b.String()))
	if n > x.left {
		x.fail(errTooMuchText, report.Location{Part: doc.LinkTarget, File: relsName(name), Page: page}, "链接目标 "+relsName(name))
		return
	}
	x.left -= n
	x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.LinkTarget, File: relsName(name), Page: page, Text: b.String()})
}

// imageOnly adds unreadable.image_only when the slides shown hold
// pictures and too little text of their own for the pictures to be mere
// illustrations: scanned pages or screenshots of tables pasted as slides.
func (x *extractor) imageOnly() {
	if x.pictures == 0 {
		return
	}
	text := 0
	for _, p := range x.d.Parts {
		if p.Page > 0 && (p.Kind == doc.Body || p.Kind == doc.TextBox || p.Kind == doc.Chart) {
			text += docx.NonSpace(p.Text)
		}
	}
	// As for Word documents: fewer than 20 characters of slide text for
	// each picture the slides show.
	if docx.ImageOnly(x.pictures, text) {
		x.d.Unreadable(docx.RuleImageOnly, report.Location{Part: doc.Body}, fmt.Sprintf(
			"演示文稿的内容主要是图片，图片中的文字无法自动识别，需人工审查（%d张图片，幻灯片文字仅%d字）", x.pictures, text))
	}
}

// fail adds the unreadable finding for err at loc, and stops the reading
// at a limit that no later member could pass.
func (x *extractor) fail(err error, loc report.Location, what string) {
	switch {
	case errors.Is(err, errTooMuchText):
		x.stop = true
		x.d.Unreadable("unreadable.too_much_text", loc, "文件文字超过上限（"+strconv.Itoa(x.lim.MaxTextRunes)+
			"字），"+what+"及其后的内容未检查，请拆分后提交或人工审查")
	case errors.Is(err, errTimeout):
		x.stop = true
		x.d.Unreadable("unreadable.timeout", loc, "读取文件超时（超过"+x.lim.PerFileTimeout.String()+
			"），"+what+"及其后的内容未检查，请人工审查")
	default:
		x.stop = x.stop || errors.Is(err, zipguard.ErrZipBomb)
		rule, msg := zipguard.Describe(err, what, x.lim)
		x.d.Unreadable(rule, loc, msg)
	}
}

// oneLine folds the white space of s, line breaks included, into single
// spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ext is the lower-case extension of name.
func ext(name string) string { return strings.ToLower(path.Ext(name)) }
