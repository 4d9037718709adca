package docx

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// property is a document property worth scanning, with the label Office
// shows for it (文件 > 属性 > 摘要).
type property struct{ member, local, label string }

// properties are listed in the order of Office's property sheet.
var properties = []property{
	{"docProps/core.xml", "title", "标题"},
	{"docProps/core.xml", "subject", "主题"},
	{"docProps/core.xml", "creator", "作者"},
	{"docProps/app.xml", "Manager", "经理"},
	{"docProps/app.xml", "Company", "单位"},
	{"docProps/core.xml", "category", "类别"},
	{"docProps/core.xml", "keywords", "关键词"},
	{"docProps/core.xml", "description", "备注"},
	{"docProps/core.xml", "lastModifiedBy", "上次修改者"},
}

const customProps = "docProps/custom.xml"

// AddProperties appends to d one metadata part with the OOXML document
// properties of a (docProps/core.xml, app.xml and the custom properties of
// custom.xml), one "标签: 值" line each, and an unreadable finding for
// each of those members that is damaged. It is shared by the DOCX and XLSX
// extractors; a package without properties adds nothing.
func AddProperties(d *doc.Document, a *zipguard.Archive, lim doc.Limits) {
	lim = zipguard.FillDefaults(lim)
	values := map[string]string{} // member + "|" + local -> value
	var lines []string
	for _, name := range []string{"docProps/core.xml", "docProps/app.xml", customProps} {
		if !a.Has(name) {
			continue
		}
		custom, err := readProperties(a, name, lim, values)
		if name == customProps {
			lines = append(lines, custom...)
		}
		if err != nil {
			rule, msg := zipguard.Describe(err, "文档属性 "+name, lim)
			d.Unreadable(rule, report.Location{Part: doc.MetadataPart, File: name}, msg)
		}
	}
	var text strings.Builder
	for _, p := range properties {
		if v := values[p.member+"|"+p.local]; v != "" {
			text.WriteString(p.label + ": " + v + "\n")
		}
	}
	for _, l := range lines {
		text.WriteString(l + "\n")
	}
	if text.Len() > 0 {
		d.Parts = append(d.Parts, doc.Part{Kind: doc.MetadataPart, Text: text.String()})
	}
}

// readProperties reads the top-level properties of member into values,
// and returns the custom properties (custom.xml) as "name: value" lines.
func readProperties(a *zipguard.Archive, member string, lim doc.Limits, values map[string]string) ([]string, error) {
	rc, err := a.Open(member)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	var custom []string
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return custom, nil
		}
		if err != nil {
			return custom, err
		}
		se, ok := t.(xml.StartElement)
		if !ok || dec.Depth() != 2 {
			continue
		}
		if member == customProps && se.Name.Local == "property" {
			name := oneLine(zipguard.Attr(se, "name"))
			v, err := dec.Text()
			if v = oneLine(v); name != "" && v != "" {
				custom = append(custom, name+": "+v)
			}
			if err != nil {
				return custom, err
			}
			continue
		}
		v, err := dec.Text()
		if v = oneLine(v); v != "" {
			values[member+"|"+se.Name.Local] = v
		}
		if err != nil {
			return custom, err
		}
	}
}

// oneLine trims v and folds its line breaks into spaces, so that each
// property stays on its own line.
func oneLine(v string) string {
	return strings.Join(strings.Fields(v), " ")
}

// addDocVars appends to d a metadata part with the document variables
// (w:docVar, "文档变量 name: value" lines) of the settings parts names:
// data a template or an OA system stores in the document, which Word
// shows nowhere (an office's 拟稿人, 密级 or a form's ID number), so text
// nobody sees unless it is read here. A damaged part is unreadable.
func addDocVars(d *doc.Document, a *zipguard.Archive, lim doc.Limits, names []string) {
	for _, name := range names {
		vars, err := docVars(a, name, lim)
		if len(vars) > 0 {
			d.Parts = append(d.Parts, doc.Part{Kind: doc.MetadataPart, File: name, Text: strings.Join(vars, "")})
		}
		if err != nil && !Reported(d, name) {
			rule, msg := zipguard.Describe(err, "文档设置 "+name, lim)
			d.Unreadable(rule, report.Location{Part: doc.MetadataPart, File: name}, msg)
		}
	}
}

// docVars returns the w:docVar elements of settings part name as lines.
func docVars(a *zipguard.Archive, name string, lim doc.Limits) ([]string, error) {
	var out []string
	err := a.Starts(name, lim.MaxXMLDepth, func(se xml.StartElement) {
		if v := oneLine(zipguard.Attr(se, "val")); se.Name.Local == "docVar" && v != "" {
			out = append(out, "文档变量 "+oneLine(zipguard.Attr(se, "name"))+": "+v+"\n")
		}
	})
	return out, err
}
