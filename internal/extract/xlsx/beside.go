package xlsx

import (
	"encoding/xml"
	"io"
	"path"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// listItems splits a data validation list (formula1 "甲,乙,丙") into its
// items; a list taken from cells (Sheet2!$A$1:$A$9) is those cells' text,
// read with the sheet, and kept as it stands.
func listItems(v string) []string {
	v = strings.TrimSpace(v)
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return []string{v}
	}
	return strings.Split(strings.ReplaceAll(v[1:len(v)-1], `""`, `"`), ",")
}

// lines writes each non-empty value of vs once, on a line of its own, into
// a part of kind for sheet s.
func (x *extractor) lines(s sheetInfo, file, kind string, vs []string) error {
	p := &part{x: x, line: 1}
	seen := map[string]bool{}
	for _, v := range vs {
		v = strings.Join(strings.Fields(v), " ")
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		if err := p.write(v + "\n"); err != nil {
			return err
		}
	}
	if p.b.Len() > 0 {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: kind, File: file, Sheet: s.name, Text: p.b.String()})
	}
	return nil
}

// sheetExtras adds the sheet's hyperlinks (where they lead within the
// workbook, their text and tooltips; the targets outside it are in the
// sheet's relationships, see docx.AddLinkTargets), its data validation
// lists and messages, and the strings its formulas join (source_text).
func (x *extractor) sheetExtras(s sheetInfo, sx *sheetXML) error {
	if err := x.lines(s, s.path, doc.LinkTarget, sx.links); err != nil {
		return err
	}
	if err := x.lines(s, s.path, doc.DataValidation, sx.valid); err != nil {
		return err
	}
	if err := x.lines(s, s.path, doc.Phonetic, sx.phonetic); err != nil {
		return err
	}
	return x.lines(s, s.path, doc.SourceText, sx.formulas)
}

// besideSheets adds what a workbook shows outside its cells: defined names
// and their values, threaded comments with their authors, and the text of
// legacy VML drawings (text boxes, form controls).
func (x *extractor) besideSheets(sheets []sheetInfo, book string) error {
	if err := x.member(book, "工作簿目录 "+book, doc.DefinedName, "", x.definedNames); err != nil {
		return err
	}
	people := x.persons()
	for _, s := range sheets {
		if s.path == "" {
			continue
		}
		dir, base := path.Split(s.path)
		relsName := dir + "_rels/" + base + ".rels"
		if !x.a.Has(relsName) {
			continue
		}
		targets, err := allTargets(x.a, relsName, strings.TrimSuffix(dir, "/"), x.lim)
		if err != nil {
			continue // reported by CheckAll
		}
		for _, t := range targets {
			switch {
			case strings.Contains(strings.ToLower(t), "threadedcomment"):
				err = x.member(t, "会话批注 "+t, doc.CellComment, HiddenComment, func(dec *zipguard.XMLDecoder, p *part) error {
					return threadedComments(dec, p, people)
				})
			case strings.HasSuffix(strings.ToLower(t), ".vml"):
				err = x.member(t, "旧式图形 "+t, doc.TextBox, "", vmlText)
			}
			if err != nil {
				return err
			}
		}
		for i := range x.d.Parts {
			if pt := &x.d.Parts[i]; pt.Sheet == "" && (pt.Kind == doc.CellComment || pt.Kind == doc.TextBox) && targetOf(targets, pt.File) {
				pt.Sheet = s.name
			}
		}
	}
	// Members no sheet points at are still in the file: read them too.
	for _, name := range x.a.Match("xl/threadedcomments/", ".xml") {
		err := x.member(name, "会话批注 "+name, doc.CellComment, HiddenComment, func(dec *zipguard.XMLDecoder, p *part) error {
			return threadedComments(dec, p, people)
		})
		if err != nil {
			return err
		}
	}
	for _, name := range x.a.Match("xl/drawings/", ".vml") {
		if err := x.member(name, "旧式图形 "+name, doc.TextBox, "", vmlText); err != nil {
			return err
		}
	}
	return nil
}

func targetOf(targets []string, name string) bool {
	for _, t := range targets {
		if t == name {
			return true
		}
	}
	return false
}

// allTargets returns the targets inside the package of a relationships
// member, resolved against dir.
func allTargets(a *zipguard.Archive, name, dir string, lim doc.Limits) ([]string, error) {
	m, _, err := rels(a, name, dir, "", lim)
	var out []string
	for _, t := range m {
		out = append(out, t)
	}
	return out, err
}

// member streams member name through read into a part of kind, once: a
// member that two sheets share is read for the first. A damaged member is
// an unreadable finding; errors of the limits are returned.
func (x *extractor) member(name, what, kind, hidden string, read func(*zipguard.XMLDecoder, *part) error) error {
	key := strings.ToLower(name)
	if !x.a.Has(name) || x.done[key] {
		return nil
	}
	if x.done == nil {
		x.done = map[string]bool{}
	}
	x.done[key] = true
	rc, err := x.a.Open(name)
	p := &part{x: x, line: 1}
	if err == nil {
		err = read(zipguard.NewXMLDecoder(&deadlineReader{rc, x.deadline}, x.lim.MaxXMLDepth), p)
		rc.Close()
	}
	if strings.TrimSpace(p.b.String()) != "" {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: kind, File: name, Text: p.b.String(), Cells: p.cells, Hidden: hidden})
	}
	switch {
	case err == nil:
		return nil
	case err == errTooMuchText || err == errTimeout:
		return err
	}
	if !docReported(x.d, name) {
		rule, msg := zipguard.Describe(err, what, x.lim)
		x.d.Unreadable(rule, report.Location{Part: kind, File: name}, msg)
	}
	return nil
}

func docReported(d *doc.Document, name string) bool {
	for _, f := range d.Findings {
		if f.Location.File == name {
			return true
		}
	}
	return false
}

// deadlineReader fails with errTimeout once the deadline has passed.
type deadlineReader struct {
	r        io.Reader
	deadline time.Time
}

func (r *deadlineReader) Read(p []byte) (int, error) {
	if time.Now().After(r.deadline) {
		return 0, errTimeout
	}
	return r.r.Read(p)
}

// definedNames writes "name: value" for each name the workbook defines,
// but for Excel's own (_xlnm.Print_Area and the like).
func (x *extractor) definedNames(dec *zipguard.XMLDecoder, p *part) error {
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := t.(xml.StartElement)
		if !ok || se.Name.Local != "definedName" {
			continue
		}
		name := zipguard.Attr(se, "name")
		v, err := dec.Text()
		if err != nil {
			return err
		}
		if strings.HasPrefix(name, "_xlnm.") {
			continue
		}
		if line := oneLine(name + ": " + v); line != "" {
			if err := p.write(line + "\n"); err != nil {
				return err
			}
		}
	}
}

// persons maps the ids of the people who wrote threaded comments
// (xl/persons/person.xml) to their names.
func (x *extractor) persons() map[string]string {
	m := map[string]string{}
	for _, name := range x.a.Match("xl/persons/", ".xml") {
		rc, err := x.a.Open(name)
		if err != nil {
			continue // reported by CheckAll
		}
		dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
		for len(m) < 10000 {
			t, err := dec.Token()
			if err != nil {
				break
			}
			if se, ok := t.(xml.StartElement); ok && se.Name.Local == "person" {
				m[zipguard.Attr(se, "id")] = oneLine(zipguard.Attr(se, "displayName"))
			}
		}
		rc.Close()
	}
	return m
}

// threadedComments writes each threaded comment (Excel 365's
// conversations) as "author: text" on a line, mapped to its cell.
func threadedComments(dec *zipguard.XMLDecoder, p *part, people map[string]string) error {
	var ref, who string
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "threadedComment":
			ref, who = zipguard.Attr(se, "ref"), people[zipguard.Attr(se, "personId")]
		case "text":
			v, err := dec.Text()
			if err != nil {
				return err
			}
			if v = strings.TrimSpace(v); v == "" {
				continue
			}
			if who != "" {
				if err := p.write(who + ": "); err != nil {
					return err
				}
			}
			if ref == "" {
				err = p.write(oneLine(v))
			} else {
				_, err = p.cell(ref, v)
			}
			if err != nil {
				return err
			}
			if err := p.write("\n"); err != nil {
				return err
			}
		}
	}
}

// vmlText writes the text of a legacy VML drawing's shapes (text boxes,
// buttons, labels), a line per block; comments' shapes
// (x:ClientData ObjectType="Note") are left out, read as comments.
func vmlText(dec *zipguard.XMLDecoder, p *part) error {
	var (
		shape strings.Builder
		note  bool
		box   int // open v:textbox
	)
	line := func() error {
		s := strings.Join(strings.Fields(shape.String()), " ")
		shape.Reset()
		if s == "" {
			return nil
		}
		return p.write(s + "\n")
	}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return line()
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "shape":
				note = false
			case "textbox":
				box++
			case "ClientData":
				note = note || zipguard.Attr(t, "ObjectType") == "Note"
			case "div", "p", "br":
				shape.WriteByte(' ')
			}
		case xml.CharData:
			if box > 0 {
				shape.Write(t)
				if shape.Len() > 1<<16 {
					if err := line(); err != nil {
						return err
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "textbox":
				box = max(box-1, 0)
			case "shape":
				if note {
					shape.Reset()
				} else if err := line(); err != nil {
					return err
				}
			}
		}
	}
}
