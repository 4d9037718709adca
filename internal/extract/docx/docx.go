package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// The hidden reasons of the parts this package writes.
const (
	HiddenComment   = "批注"
	HiddenDeletion  = "修订删除的内容"
	HiddenInsertion = "未接受的修订插入内容"
	HiddenText      = "隐藏文字"
)

var (
	errTooMuchText = errors.New("docx: text over limit")
	errTimeout     = errors.New("docx: time limit reached")
)

// Extract reads the Word document in data. Every problem with the input is
// an unreadable finding in the returned Document, never an error; a panic
// inside is recovered as the finding unreadable.parser_panic, with the
// parts read until then kept.
func Extract(data []byte, lim doc.Limits) (d *doc.Document, err error) {
	d = &doc.Document{Format: "docx"}
	defer func() {
		if r := recover(); r != nil {
			d.Unreadable("unreadable.parser_panic", report.Location{Part: doc.Body},
				"读取Word文档时发生内部错误，未能完整读取，请人工审查")
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
	styles   styles
	images   int                 // pictures met in the members read
	chunks   map[string][]string // the r:id of each w:altChunk, per member
	// rendered says the body has rendered page breaks (place.go);
	// sections maps a header's or footer's member to its first section.
	rendered bool
	sections map[string]int
}

// member is one WordprocessingML member to read.
type member struct {
	name string
	kind string // doc.Body, doc.Header, …
	what string // the member in words, for messages
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
	x := &extractor{a: a, lim: lim, d: d, left: lim.MaxTextRunes, deadline: time.Now().Add(lim.PerFileTimeout)}
	main := mainDocument(a, lim)
	if !a.Has(main) {
		d.Unreadable("unreadable.corrupt", report.Location{Part: doc.Body},
			"文件中没有Word正文（"+main+"），不是有效的Word文档，请重新导出后提交或人工审查")
		AddProperties(d, a, lim)
		return
	}
	dir := path.Dir(main) + "/"
	if dir == "./" {
		dir = "" // a main part at the package's root
	}
	if name := dir + "styles.xml"; a.Has(name) {
		if err := x.styles.read(a, name, lim); err != nil {
			// Without styles, text hidden by a style would pass as
			// visible: say so, and read on.
			x.fail(err, report.Location{Part: doc.Body, File: name}, "样式表 "+name)
		}
	}
	members := []member{{main, doc.Body, "正文 " + main}}
	for _, m := range []struct{ prefix, kind, what string }{
		{"header", doc.Header, "页眉"},
		{"footer", doc.Footer, "页脚"},
		{"footnotes", doc.Footnote, "脚注"},
		{"endnotes", doc.Endnote, "尾注"},
		{"comments", doc.Comment, "批注"},
		{"glossary/document", doc.Glossary, "文档部件库"},
	} {
		for _, name := range a.Match(strings.ToLower(dir+m.prefix), ".xml") {
			base := strings.TrimSuffix(strings.ToLower(path.Base(name)), ".xml")
			if m.kind != doc.Header && m.kind != doc.Footer && base != path.Base(m.prefix) {
				continue // commentsExtended.xml and the like carry no text
			}
			members = append(members, member{name, m.kind, m.what + " " + name})
		}
	}
	// The parts the main part's relationships name, whatever they are
	// called: a producer may name a header hdr_a.xml or put it in
	// another folder, and a part found by neither way would be a part
	// nobody read.
	have := map[string]bool{}
	for _, m := range members {
		have[strings.ToLower(m.name)] = true
	}
	for _, r := range relatedParts(a, main, lim) {
		k, ok := relatedKinds[r.kind]
		if !ok || have[strings.ToLower(r.target)] || !a.Has(r.target) {
			continue
		}
		have[strings.ToLower(r.target)] = true
		members = append(members, member{r.target, k.kind, k.what + " " + r.target})
	}
	for _, m := range members {
		err := x.readMember(m)
		if err == nil {
			continue
		}
		x.fail(err, report.Location{Part: m.kind, File: m.name}, m.what)
		if errors.Is(err, errTooMuchText) || errors.Is(err, errTimeout) || errors.Is(err, zipguard.ErrZipBomb) {
			return
		}
	}
	numbering := []string{}
	if a.Has(dir + "numbering.xml") {
		numbering = append(numbering, dir+"numbering.xml")
	}
	for _, r := range relatedParts(a, main, lim) {
		if r.kind == "numbering" && a.Has(r.target) && !slices.Contains(numbering, r.target) {
			numbering = append(numbering, r.target)
		}
	}
	for _, name := range numbering {
		text, err := numberingText(a, name, lim)
		if err != nil {
			x.fail(err, report.Location{Part: doc.Body, File: name}, "编号定义 "+name)
		}
		if text != "" {
			d.Parts = append(d.Parts, doc.Part{Kind: doc.Body, File: name, Text: text})
			x.left -= utf8.RuneCountInString(text)
		}
	}
	x.imageOnly(main, dir)
	x.altChunks(members)
	AddEmbedded(d, a, doc.Body)
	var stopped bool
	if x.left, stopped = AddDrawings(d, a, lim, x.left, WordDrawings); stopped {
		return
	}
	if x.left, stopped = AddCustomXML(d, a, lim, x.left); stopped {
		return
	}
	if x.left, stopped = AddLinkTargets(d, a, lim, x.left); stopped {
		return
	}
	AddProperties(d, a, lim)
	settings := []string{}
	if a.Has(dir + "settings.xml") {
		settings = append(settings, dir+"settings.xml")
	}
	for _, r := range relatedParts(a, main, lim) {
		if r.kind == "settings" && a.Has(r.target) && !slices.Contains(settings, r.target) {
			settings = append(settings, r.target)
		}
	}
	addDocVars(d, a, lim, settings)
	x.unreadText(have)
	// The members not read (settings, fonts, images) carry no text, but
	// damage to them means the file is not what its author saved.
	for _, err := range a.CheckAll() {
		if name := zipguard.Member(err); !Reported(d, name) {
			x.fail(err, report.Location{Part: doc.Body, File: name}, name)
		}
	}
}

// wordNS are the namespaces of WordprocessingML (transitional, strict).
var wordNS = []string{"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"}

// unreadText reports each member that holds runs of WordprocessingML
// text (w:t) yet was read neither by its name nor through the main
// part's relationships: a second document, a header no relationship
// names. Such a part is something nobody read, never a silent pass.
func (x *extractor) unreadText(read map[string]bool) {
	names := x.a.Match("", ".xml")
	slices.Sort(names)
	for _, name := range names {
		key := strings.ToLower(name)
		if read[key] || strings.HasPrefix(key, "customxml/") || strings.Contains(key, "_rels/") {
			continue
		}
		if x.hasWordText(name) {
			x.d.Unreadable("unreadable.unsupported", report.Location{Part: doc.Body, File: name},
				"文件中的部分 "+name+" 含有Word文字，但不属于正文、页眉页脚、脚注尾注、批注或文档部件库，未被读取，需人工审查")
		}
	}
}

// hasWordText reports whether member name binds a WordprocessingML
// namespace and holds a text element (w:t) of it, within its first
// 16 MB.
func (x *extractor) hasWordText(name string) bool {
	rc, err := x.a.Open(name)
	if err != nil {
		return false // damage is reported with the archive's check
	}
	defer rc.Close()
	u, _, err := zipguard.UTF8(rc)
	if err != nil {
		return false // reported with the archive's check
	}
	b, _ := io.ReadAll(io.LimitReader(u, 16<<20))
	for _, ns := range wordNS {
		rest := b
		for {
			i := bytes.Index(rest, []byte(`="`+ns+`"`))
			if i < 0 {
				break
			}
			// The attribute before it: xmlns (the default) or xmlns:p.
			decl := rest[:i]
			j := bytes.LastIndex(decl, []byte("xmlns"))
			rest = rest[i+1:]
			if j < 0 {
				continue
			}
			prefix := ""
			if p, ok := bytes.CutPrefix(decl[j:], []byte("xmlns:")); ok {
				prefix = string(p) + ":"
			} else if len(decl[j:]) != len("xmlns") {
				continue
			}
			for _, end := range []string{">", " ", "/"} {
				if bytes.Contains(b, []byte("<"+prefix+"t"+end)) {
					return true
				}
			}
		}
	}
	return false
}

// imageOnly adds unreadable.image_only when the document shows pictures
// stored in the package (dir/media/) and its body, text boxes included,
// has too little text of its own for them to be mere illustrations.
func (x *extractor) imageOnly(main, dir string) {
	if x.images == 0 || len(x.a.Match(strings.ToLower(dir)+"media/", "")) == 0 {
		return
	}
	text := 0
	for _, p := range x.d.Parts {
		if p.File == main && (p.Kind == doc.Body || p.Kind == doc.TextBox) {
			text += NonSpace(p.Text)
		}
	}
	if ImageOnly(x.images, text) {
		x.d.Unreadable(RuleImageOnly, report.Location{Part: doc.Body, File: main},
			fmt.Sprintf("文档正文为图片，无法读取文字，需人工审查（%d张图片，正文仅%d字）", x.images, text))
	}
}

// altChunks hands the content each member imports with w:altChunk
// (another document, an HTML page, RTF or plain text that Word shows in
// place) to the dispatcher as an embedded file, which reads it with its
// own extractor. A chunk whose relationship or part is missing, or of a
// kind no extractor reads, is an unreadable.embedded finding of the
// member.
func (x *extractor) altChunks(members []member) {
	for _, m := range members {
		ids := x.chunks[m.name]
		if len(ids) == 0 {
			continue
		}
		targets := map[string]string{}
		for _, r := range relatedParts(x.a, m.name, x.lim) {
			targets[r.id] = r.target
		}
		unread := 0
		for _, id := range ids {
			target, ok := targets[id]
			switch {
			case !ok || !chunkReadable(target):
				unread++
			case embeddedAlready(x.d, target):
				// The same part imported twice is read once.
			default:
				data, err := x.a.ReadFile(target)
				if err != nil {
					unread++
					continue
				}
				x.d.Embedded = append(x.d.Embedded, doc.Embedded{Name: target, Data: data})
			}
		}
		if unread > 0 {
			x.d.Unreadable(RuleEmbedded, report.Location{Part: m.kind, File: m.name}, fmt.Sprintf(
				"文档通过altChunk导入了其他格式的内容（%s中%d处），未能自动审查其内容，请在Word中打开并另存为新文档后重新提交，或由人工审查", m.what, unread))
		}
	}
}

// chunkReadable reports the parts imported with w:altChunk that an
// extractor reads, by their extension: documents, HTML, web archives
// (MHT), RTF and text.
func chunkReadable(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".docx", ".docm", ".htm", ".html", ".xhtml", ".mht", ".mhtml", ".rtf", ".txt":
		return true
	}
	return false
}

// embeddedAlready says whether d already carries the embedded file name
// (a chunk imported twice is read once).
func embeddedAlready(d *doc.Document, name string) bool {
	for _, e := range d.Embedded {
		if e.Name == name {
			return true
		}
	}
	return false
}

// Reported says whether d already has a finding about the member name.
func Reported(d *doc.Document, name string) bool {
	for _, f := range d.Findings {
		if f.Location.File == name {
			return true
		}
	}
	return false
}

// fail adds the unreadable finding for err at loc.
func (x *extractor) fail(err error, loc report.Location, what string) {
	switch {
	case errors.Is(err, errTooMuchText):
		x.d.Unreadable("unreadable.too_much_text", loc, "文件文字超过上限（"+strconv.Itoa(x.lim.MaxTextRunes)+
			"字），"+what+"及其后的内容未检查，请拆分后提交或人工审查")
	case errors.Is(err, errTimeout):
		x.d.Unreadable("unreadable.timeout", loc, "读取文件超时（超过"+x.lim.PerFileTimeout.String()+
			"），"+what+"及其后的内容未检查，请人工审查")
	default:
		rule, msg := zipguard.Describe(err, what, x.lim)
		x.d.Unreadable(rule, loc, msg)
	}
}

// mainDocument is the target of the package's officeDocument relationship,
// or word/document.xml.
// relatedKinds are the relationship types (the last element of the type
// URI) of the parts of a Word document that hold text, with their kind.
var relatedKinds = map[string]struct{ kind, what string }{
	"header":           {doc.Header, "页眉"},
	"footer":           {doc.Footer, "页脚"},
	"footnotes":        {doc.Footnote, "脚注"},
	"endnotes":         {doc.Endnote, "尾注"},
	"comments":         {doc.Comment, "批注"},
	"glossaryDocument": {doc.Glossary, "文档部件库"},
}

// relatedPart is one internal relationship of a part: its id, its type's
// last element and its target, resolved to a member name.
type relatedPart struct{ id, kind, target string }

// relatedParts reads the relationships of part (none when it has no
// relationships member or it cannot be read: the parts found by name
// are still read).
func relatedParts(a *zipguard.Archive, part string, lim doc.Limits) []relatedPart {
	rc, err := a.Open(RelsOf(part))
	if err != nil {
		return nil
	}
	defer rc.Close()
	var out []relatedPart
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	for {
		t, err := dec.Token()
		if err != nil {
			return out
		}
		se, ok := t.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" || zipguard.Attr(se, "TargetMode") == "External" {
			continue
		}
		target := zipguard.Attr(se, "Target")
		if strings.HasPrefix(target, "/") {
			target = strings.TrimPrefix(path.Clean(target), "/")
		} else {
			target = path.Join(path.Dir(part), target)
		}
		typ := zipguard.Attr(se, "Type")
		out = append(out, relatedPart{zipguard.Attr(se, "Id"), typ[strings.LastIndexByte(typ, '/')+1:], target})
	}
}

// RelsOf is the name of the relationships member of package part part:
// word/document.xml -> word/_rels/document.xml.rels, and for a part at
// the package's root book.xml -> _rels/book.xml.rels.
func RelsOf(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

func mainDocument(a *zipguard.Archive, lim doc.Limits) string {
	const fallback = "word/document.xml"
	rc, err := a.Open("_rels/.rels")
	if err != nil {
		return fallback
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	for {
		t, err := dec.Token()
		if err != nil {
			return fallback
		}
		se, ok := t.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" || !strings.HasSuffix(zipguard.Attr(se, "Type"), "/officeDocument") {
			continue
		}
		target := strings.TrimPrefix(path.Clean("/"+zipguard.Attr(se, "Target")), "/")
		if strings.HasSuffix(strings.ToLower(target), ".xml") {
			return target
		}
		return fallback
	}
}

// readMember reads one WordprocessingML member into parts. What was read
// before an error is kept.
func (x *extractor) readMember(m member) error {
	rc, err := x.a.Open(m.name)
	if err != nil {
		return err
	}
	defer rc.Close()
	w := &walker{x: x, kind: m.kind, member: m.name}
	err = w.walk(zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth))
	ps := w.parts(m.name)
	for i := range ps {
		ps[i].Section = x.sections[m.name]
	}
	x.d.Parts = append(x.d.Parts, ps...)
	if m.kind == doc.Body && len(w.pos.refs) > 0 {
		x.sections = sectionsOf(x.a, m.name, w.pos.refs, x.lim)
	}
	return err
}

// tri is an on/off property that may be unset.
type tri uint8

const (
	unset tri = iota
	on
	off
)

// onOff reads a WordprocessingML toggle property: <w:vanish/> is on,
// <w:vanish w:val="0"/> is off.
func onOff(se xml.StartElement) tri {
	switch zipguard.Attr(se, "val") {
	case "0", "false", "off":
		return off
	}
	return on
}
