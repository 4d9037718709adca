package ofd

import (
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// annotFile is one Annotation.xml: the annotations of one page.
type annotFile struct {
	name   string
	annots []annot
}

// annot is one annotation: its notes (Remark, Parameters) and its
// appearance, drawn with m on the page.
type annot struct {
	visible bool
	// described: a stamp or a watermark, whose Remark describes what it
	// prints (印章) rather than noting something to its reader.
	described  bool
	notes      []string
	appearance *content
	m          matrix
}

// walk reads every token of member name, calling fn for each start
// element; fn may consume the element's content through dec.
func (x *extractor) walk(name string, fn func(dec *zipguard.XMLDecoder, se xml.StartElement) error) error {
	rc, err := x.a.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := t.(xml.StartElement); ok {
			if err := fn(dec, se); err != nil {
				return err
			}
		}
	}
}

// readAnnotations reads the document's annotation index and each page's
// Annotation.xml, by page ID.
func (x *extractor) readAnnotations(dm *document) map[string][]annotFile {
	out := map[string][]annotFile{}
	if dm.annotations == "" {
		return out
	}
	type ref struct{ page, loc string }
	var refs []ref
	page := ""
	dir := path.Dir(dm.annotations)
	err := x.walk(dm.annotations, func(dec *zipguard.XMLDecoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "Page":
			page = zipguard.Attr(se, "PageID")
		case "FileLoc":
			v, err := dec.Text()
			if loc := x.resolve(dir, v); loc != "" && len(refs) < maxAnnotFiles {
				refs = append(refs, ref{page, loc})
			}
			return err
		}
		return nil
	})
	if err != nil {
		x.fail(err, report.Location{Part: doc.Comment, File: dm.annotations}, "注释索引 "+dm.annotations)
	}
	for _, r := range refs {
		if x.stop {
			break
		}
		af := annotFile{name: r.loc}
		err := x.walk(r.loc, func(dec *zipguard.XMLDecoder, se xml.StartElement) error {
			switch se.Name.Local {
			case "Annot":
				if len(af.annots) < maxAnnots {
					typ := zipguard.Attr(se, "Type")
					af.annots = append(af.annots, annot{visible: zipguard.Attr(se, "Visible") != "false", m: identity,
						described: typ == "Stamp" || typ == "Watermark"})
				}
			case "Remark", "Parameter":
				v, err := dec.Text()
				if v = oneLine(v); v != "" && len(af.annots) > 0 {
					a := &af.annots[len(af.annots)-1]
					a.notes = append(a.notes, v)
				}
				return err
			case "Appearance":
				c, err := readContent(dec, dec.Depth(), &x.glyphs)
				if len(af.annots) > 0 {
					a := &af.annots[len(af.annots)-1]
					b := numbers(zipguard.Attr(se, "Boundary"), 2)
					a.appearance, a.m = c, translate(b[0], b[1])
				}
				return err
			}
			return nil
		})
		if err != nil {
			x.fail(err, report.Location{Part: doc.Comment, File: r.loc}, "注释 "+r.loc)
		}
		out[r.page] = append(out[r.page], af)
	}
	return out
}

// notes writes the notes of page n's annotations as a comment part, what
// visible stamps and watermarks say of themselves as alternative text,
// and everything hidden annotations hold (appearance included) as another
// comment part.
func (x *extractor) notes(n int, files []annotFile) {
	for _, af := range files {
		var shown, described, hidden []string
		for _, a := range af.annots {
			switch {
			case a.visible && a.described:
				described = append(described, a.notes...)
				continue
			case a.visible:
				shown = append(shown, a.notes...)
				continue
			}
			hidden = append(hidden, a.notes...)
			cv := &canvas{left: x.lim.MaxTextRunes - x.runes + 1}
			cv.draw(a.appearance, identity, nil, 0)
			if t := lines(cv.gs); t != "" {
				hidden = append(hidden, t)
			}
			if t := lines(cv.hidden); t != "" {
				hidden = append(hidden, t)
			}
			hidden = append(hidden, cv.uris...)
		}
		loc := report.Location{Part: doc.Comment, Page: n, File: af.name}
		x.addPart(doc.Part{Kind: doc.Comment, Page: n, File: af.name, Text: strings.Join(shown, "\n"), Hidden: HiddenAnnotation}, loc)
		x.addPart(doc.Part{Kind: doc.AltText, Page: n, File: af.name, Text: strings.Join(described, "\n")}, report.Location{Part: doc.AltText, Page: n, File: af.name})
		x.addPart(doc.Part{Kind: doc.Comment, Page: n, File: af.name, Text: strings.Join(hidden, "\n"), Hidden: HiddenInvisibleAnnotation}, loc)
	}
}

// attachments hands the document's attached files to the dispatcher
// (Document.Embedded), which reads them one level deep.
func (x *extractor) attachments(dm *document) {
	if dm.attachments == "" || x.stop {
		return
	}
	type att struct{ name, format, loc string }
	var atts []att
	more := 0
	dir := path.Dir(dm.attachments)
	err := x.walk(dm.attachments, func(dec *zipguard.XMLDecoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "Attachment":
			if len(atts) >= maxAttachments {
				more++
				return dec.Skip()
			}
			atts = append(atts, att{name: oneLine(zipguard.Attr(se, "Name")), format: oneLine(zipguard.Attr(se, "Format"))})
		case "FileLoc":
			v, err := dec.Text()
			if len(atts) > 0 {
				atts[len(atts)-1].loc = x.resolve(dir, v)
			}
			return err
		}
		return nil
	})
	if err != nil {
		x.fail(err, report.Location{Part: doc.Page, File: dm.attachments}, "附件列表 "+dm.attachments)
	}
	if more > 0 {
		x.d.Unreadable("unreadable.embedded", report.Location{Part: doc.Page, File: dm.attachments},
			fmt.Sprintf("OFD文件的附件超过%d个，其余%d个未能自动审查，请删除附件后重新提交，或由人工审查", maxAttachments, more))
	}
	for _, a := range atts {
		if a.name != "" {
			x.addMeta("附件: " + a.name)
		}
		loc := report.Location{Part: doc.Page, File: a.loc}
		if a.loc == "" {
			x.d.Unreadable(RuleCorrupt, report.Location{Part: doc.Page, File: dm.attachments},
				fmt.Sprintf("附件（%s）没有指明文件位置，文件不完整，需人工审查", a.name))
			continue
		}
		data, err := x.a.ReadFile(a.loc)
		if err != nil {
			if x.fail(err, loc, "附件 "+a.loc); x.stop {
				return
			}
			continue
		}
		name := a.loc
		if path.Ext(name) == "" {
			if ext := path.Ext(a.name); ext != "" {
				name += ext
			} else if a.format != "" {
				name += "." + strings.ToLower(a.format)
			}
		}
		x.d.Embedded = append(x.d.Embedded, doc.Embedded{Name: name, Data: data})
	}
}

// customTags reads the document's custom tags (the semantic tags of an
// official document: 发文机关, 密级和保密期限, 签发人, …) into metadata
// parts, one "tag: text" line for each element with text of its own.
// References to page objects (ObjectRef) are object IDs, not text.
func (x *extractor) customTags(dm *document) {
	if dm.customTags == "" || x.stop {
		return
	}
	var files []string
	dir := path.Dir(dm.customTags)
	err := x.walk(dm.customTags, func(dec *zipguard.XMLDecoder, se xml.StartElement) error {
		if se.Name.Local == "FileLoc" {
			v, err := dec.Text()
			if loc := x.resolve(dir, v); loc != "" && len(files) < maxCustomTags {
				files = append(files, loc)
			}
			return err
		}
		return nil
	})
	if err != nil {
		x.fail(err, report.Location{Part: doc.MetadataPart, File: dm.customTags}, "自定义标引 "+dm.customTags)
	}
	for _, name := range files {
		out, err := x.leafText(name)
		loc := report.Location{Part: doc.MetadataPart, File: name}
		if err != nil {
			x.fail(err, loc, "自定义标引 "+name)
		}
		x.addPart(doc.Part{Kind: doc.MetadataPart, File: name, Text: strings.Join(out, "\n")}, loc)
	}
}

// leafText returns "element: text" for each element of member name that
// has text of its own, ObjectRef elements excepted.
func (x *extractor) leafText(name string) ([]string, error) {
	rc, err := x.a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	var out []string
	var stack []string
	var text strings.Builder
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			text.Reset()
		case xml.CharData:
			if text.Len() < 1<<16 {
				text.Write(t)
			}
		case xml.EndElement:
			if v := oneLine(text.String()); v != "" && len(stack) > 0 && stack[len(stack)-1] != "ObjectRef" && len(out) < maxMetadataLines {
				out = append(out, stack[len(stack)-1]+": "+v)
			}
			text.Reset()
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// signatures checks that the signature files a document lists are there
// and well-formed. Signatures are not verified, and that is not a
// finding: a reviewer checks seals on the rendered page.
func (x *extractor) signatures(b docBody) {
	if b.signatures == "" || x.stop {
		return
	}
	var files []string
	dir := path.Dir(b.signatures)
	err := x.walk(b.signatures, func(dec *zipguard.XMLDecoder, se xml.StartElement) error {
		if se.Name.Local == "Signature" && len(files) < maxSignatures {
			if loc := x.resolve(dir, zipguard.Attr(se, "BaseLoc")); loc != "" {
				files = append(files, loc)
			}
		}
		return nil
	})
	if err != nil {
		x.fail(err, report.Location{Part: doc.Page, File: b.signatures}, "签名列表 "+b.signatures)
	}
	for _, name := range files {
		if err := x.walk(name, func(*zipguard.XMLDecoder, xml.StartElement) error { return nil }); err != nil {
			x.fail(err, report.Location{Part: doc.Page, File: name}, "签名 "+name)
		}
	}
}
