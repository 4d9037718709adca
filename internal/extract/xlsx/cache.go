package xlsx

import (
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// Kinds and hidden reasons of the parts that hold copies of data a
// workbook keeps out of its sheets.
const (
	// KindSheetName is a sheet's name, shown on its tab.
	KindSheetName = "sheet_name"
	// KindPivotCache is the data a pivot table was built from: its
	// fields and their distinct values (pivotCacheDefinition) and its
	// records (pivotCacheRecords), kept even when the source sheet was
	// deleted.
	KindPivotCache   = "pivot_cache"
	HiddenPivotCache = "数据透视表缓存的数据"
	// KindExternalLink is what a workbook keeps of another workbook its
	// formulas refer to: the path, the sheet names and the values last
	// read.
	KindExternalLink   = "external_link"
	HiddenExternalLink = "外部链接缓存的数据"
)

// addSheetNames appends a sheet_name part per sheet, its name on a line,
// so that a marking or a number in a name is scanned. budget is the
// number of runes still allowed; it returns what is left, or stops with
// an unreadable.too_much_text finding.
func addSheetNames(d *doc.Document, sheets []sheetInfo, book string, budget int) (left int, stopped bool) {
	for _, s := range sheets {
		if strings.TrimSpace(s.name) == "" {
			continue
		}
		text := oneLine(s.name) + "\n"
		if n := len([]rune(text)); n > budget {
			d.Unreadable("unreadable.too_much_text", report.Location{Part: KindSheetName, File: book},
				"文件文字超过上限，工作表名称及其后的内容未检查，请拆分后提交或人工审查")
			return budget, true
		} else {
			budget -= n
		}
		d.Parts = append(d.Parts, doc.Part{Kind: KindSheetName, File: book, Sheet: s.name, Text: text})
	}
	return budget, false
}

// oneLine folds the line breaks of s into spaces.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }), " ")
}

// caches reads the pivot caches and the external links of the workbook,
// each member into a hidden part of its own. Number values that look like
// ID numbers stored as numbers are reported as in cells.
func (x *extractor) caches() error {
	for _, c := range []struct {
		prefix, kind, hidden, what string
	}{
		{"xl/pivotcache/pivotcachedefinition", KindPivotCache, HiddenPivotCache, "数据透视表缓存"},
		{"xl/pivotcache/pivotcacherecords", KindPivotCache, HiddenPivotCache, "数据透视表缓存"},
		{"xl/externallinks/externallink", KindExternalLink, HiddenExternalLink, "外部链接"},
	} {
		for _, name := range x.a.Match(c.prefix, ".xml") {
			p := &part{x: x, line: 1}
			err := x.cache(name, c.kind, p)
			if p.b.Len() > 0 {
				x.d.Parts = append(x.d.Parts, doc.Part{Kind: c.kind, File: name, Text: p.b.String(), Hidden: c.hidden})
			}
			if err == errTooMuchText || err == errTimeout {
				return err
			}
			if err != nil {
				rule, msg := zipguard.Describe(err, c.what+" "+name, x.lim)
				x.d.Unreadable(rule, report.Location{Part: c.kind, File: name}, msg)
			}
		}
	}
	return nil
}

// cache streams one cache member into p: for an external link first the
// path of the workbook it links to; then every value the member holds,
// a line per record, row or field, values separated by "\t". Shared item
// indexes (<x v="0"/>) point at values of the definition and are left
// out.
func (x *extractor) cache(name, kind string, p *part) error {
	if kind == KindExternalLink {
		dir, base := path.Split(name)
		if targets, err := externalTargets(x.a, dir+"_rels/"+base+".rels", x.lim); err != nil {
			return err
		} else {
			for _, t := range targets {
				if err := p.write("链接到: " + oneLine(t) + "\n"); err != nil {
					return err
				}
			}
		}
	}
	rc, err := x.a.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	values := 0 // on the current line
	endLine := func() error {
		if values == 0 {
			return nil
		}
		values = 0
		return p.write("\n")
	}
	value := func(v string) error {
		if v = oneLine(strings.TrimSpace(v)); v == "" {
			return nil
		}
		if values > 0 {
			if err := p.write("\t"); err != nil {
				return err
			}
		}
		values++
		return p.write(v)
	}
	for tokens := 0; ; tokens++ {
		if tokens%4096 == 4095 && time.Now().After(x.deadline) {
			return errTimeout
		}
		t, err := dec.Token()
		if err == io.EOF {
			return endLine()
		}
		if err != nil {
			if e := endLine(); e != nil {
				return e
			}
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "worksheetSource":
				for _, k := range []string{"sheet", "name"} {
					if err := value(zipguard.Attr(t, k)); err != nil {
						return err
					}
				}
				if err := endLine(); err != nil {
					return err
				}
			case "cacheField", "sheetName":
				if err := endLine(); err != nil {
					return err
				}
				if err := value(zipguard.Attr(t, map[string]string{"cacheField": "name", "sheetName": "val"}[t.Name.Local])); err != nil {
					return err
				}
			case "r", "row":
				if err := endLine(); err != nil {
					return err
				}
			case "s", "n", "d":
				v := zipguard.Attr(t, "v")
				if t.Name.Local == "n" && looksLikeIDNumber(v) {
					x.d.Findings = append(x.d.Findings, report.Finding{Category: report.IDCard, Severity: report.Block,
						Rule: "id_card.stored_as_number", Location: report.Location{Part: kind, File: name, Line: p.line}, Message: msgStoredAsNumber})
				}
				if err := value(v); err != nil {
					return err
				}
			case "v": // an external link's cached cell value
				v, err := dec.Text()
				if e := value(v); e != nil {
					return e
				}
				if err != nil {
					return err
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "cacheField", "sheetNames", "r", "row":
				if err := endLine(); err != nil {
					return err
				}
			}
		}
	}
}

// externalTargets are the targets of the relationships member name, or
// none when there is no such member.
func externalTargets(a *zipguard.Archive, name string, lim doc.Limits) ([]string, error) {
	if !a.Has(name) {
		return nil, nil
	}
	var out []string
	err := a.Starts(name, lim.MaxXMLDepth, func(se xml.StartElement) {
		if v := strings.TrimSpace(zipguard.Attr(se, "Target")); se.Name.Local == "Relationship" && v != "" {
			out = append(out, v)
		}
	})
	return out, err
}

// imageOnly adds unreadable.image_only when the workbook stores pictures
// (xl/media/) and no sheet, text box or chart has any text.
func (x *extractor) imageOnly() {
	if len(x.a.Match("xl/media/", "")) == 0 {
		return
	}
	for _, p := range x.d.Parts {
		switch p.Kind {
		case doc.Sheet, doc.HiddenSheet, doc.TextBox, doc.CellComment, doc.Header, doc.Footer:
			if strings.TrimSpace(p.Text) != "" {
				return
			}
		}
	}
	x.d.Unreadable(docx.RuleImageOnly, report.Location{Part: doc.Sheet},
		fmt.Sprintf("工作簿只有图片，没有单元格文字，无法读取图片中的文字，需人工审查（%d张图片）", len(x.a.Match("xl/media/", ""))))
}
