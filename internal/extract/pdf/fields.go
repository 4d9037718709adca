package pdf

import (
	"fmt"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/mishen-gov/mishen/internal/doc"
)

// HiddenField names the part of the form fields that no page shows.
const HiddenField = "未显示在任何页面上的 PDF 表单域"

// maxFields bounds the fields read from a form's field tree.
const maxFields = 4096

// fieldExtras are what a form field holds beside its value that a reader
// sees: its default value (/DV, what resetting the form shows) when it
// is not the value, its tooltip (/TU, shown on hover) and its mapping
// name (/TM, what an export writes), a line each.
func fieldExtras(a lpdf.Value, value string) string {
	var out []string
	if dv := valueText(inherited(a, "DV")); dv != "" && dv != value {
		out = append(out, dv)
	}
	for _, k := range []string{"TU", "TM"} {
		if v := inherited(a, k); v.Kind() == lpdf.String {
			if t := strings.TrimSpace(textString(v)); t != "" {
				out = append(out, t)
			}
		}
	}
	return strings.Join(out, "\n")
}

// fieldName is a field's full name: the partial names (/T) of it and its
// parents, joined with dots.
func fieldName(a lpdf.Value) string {
	var names []string
	for i := 0; a.Kind() == lpdf.Dict && i <= maxFieldParents; i++ {
		if t := a.Key("T"); t.Kind() == lpdf.String {
			names = append(names, textString(t))
		}
		a = a.Key("Parent")
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	return strings.Join(names, ".")
}

// fieldOnPage records that a page's annotations read the widget a.
func (x *extractor) fieldOnPage(a lpdf.Value) {
	if x.fieldsOnPages == nil {
		x.fieldsOnPages = map[string]bool{}
	}
	x.fieldsOnPages[fieldName(a)] = true
}

// unplacedFields reads the fields of the document's form (/AcroForm
// /Fields) that no page's annotations hold: a field kept in the form
// after its widget was taken off the pages, or never given one, is in
// the published file all the same. Their values, default values,
// tooltips and entries are a form_field part, hidden from the pages.
func (x *extractor) unplacedFields(root lpdf.Value) {
	var lines []string
	seen := 0
	var walk func(f lpdf.Value, depth int)
	walk = func(f lpdf.Value, depth int) {
		if f.Kind() != lpdf.Dict || depth > maxFieldParents || seen >= maxFields {
			return
		}
		seen++
		kids := f.Key("Kids")
		fields := false // kids that are fields (with names), not widgets
		for i := 0; i < kids.Len() && i < maxFields; i++ {
			if k := kids.Index(i); k.Key("T").Kind() != lpdf.Null {
				fields = true
				walk(k, depth+1)
			}
		}
		if fields || x.fieldsOnPages[fieldName(f)] {
			return
		}
		value := fieldValue(f)
		for _, t := range []string{value, fieldOptions(f), fieldExtras(f, value)} {
			if t != "" {
				lines = append(lines, t)
			}
		}
	}
	top := root.Key("AcroForm").Key("Fields")
	for i := 0; i < top.Len() && seen < maxFields; i++ {
		walk(top.Index(i), 0)
	}
	if seen >= maxFields {
		x.whole(RuleTooLarge, fmt.Sprintf("PDF 的表单域超过 %d 个的上限，其余未读取，需人工审查", maxFields))
	}
	if len(lines) > 0 {
		x.addText(doc.Part{Kind: doc.FormField, File: "表单域", Text: strings.Join(lines, "\n"), Hidden: HiddenField})
	}
}
