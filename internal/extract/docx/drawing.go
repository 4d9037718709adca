package docx

import (
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// Drawing names DrawingML members by the start of their names, and says
// in words what they are.
type Drawing struct {
	Prefix, What string
	// Kind is the kind of the parts written, doc.TextBox when empty.
	Kind string
	// CopyOf, when set, says that these members are a cached copy of
	// the text of the members it names (SmartArt's drawing*.xml of its
	// data*.xml), read before them: only the lines the copy has and they
	// lack are kept, since a reader may show the copy (LibreOffice and
	// WPS draw SmartArt from it) and a file may make the two differ.
	CopyOf string
}

// WordDrawings are the DrawingML members whose text a reader sees in a
// Word document: charts (titles, axis and data labels, the cached
// categories and values) and SmartArt (its data model, and what its
// drawing cache shows besides).
var WordDrawings = []Drawing{
	{Prefix: "word/charts/chart", What: "图表", Kind: doc.Chart},
	{Prefix: "word/diagrams/data", What: "SmartArt图形"},
	{Prefix: "word/diagrams/drawing", What: "SmartArt图形", CopyOf: "word/diagrams/data"},
}

// linesOf is the set of the lines, without spacing, of the parts of d
// whose member starts with prefix.
func linesOf(d *doc.Document, prefix string) map[string]bool {
	seen := map[string]bool{}
	for _, p := range d.Parts {
		if strings.HasPrefix(strings.ToLower(p.File), prefix) {
			for _, l := range strings.Split(p.Text, "\n") {
				seen[unspaced(l)] = true
			}
		}
	}
	return seen
}

// newLines returns the lines of text not in seen (compared without
// spacing).
func newLines(seen map[string]bool, text string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if u := unspaced(l); u != "" && !seen[u] {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// AddDrawings appends a part of the drawing's kind (File = the member) for each member
// of a whose name starts with one of the prefixes and ends with .xml and
// that holds text, and an unreadable finding for each that is damaged.
// budget is the number of runes still allowed; AddDrawings returns what
// is left, or stops with an unreadable.too_much_text finding when the text
// would pass it. It is shared by the DOCX and XLSX extractors.
func AddDrawings(d *doc.Document, a *zipguard.Archive, lim doc.Limits, budget int, drawings []Drawing) (left int, stopped bool) {
	lim = zipguard.FillDefaults(lim)
	for _, dr := range drawings {
		kind := dr.Kind
		if kind == "" {
			kind = doc.TextBox
		}
		var seen map[string]bool // the lines of what this copies, read once
		for _, name := range a.Match(dr.Prefix, ".xml") {
			text, err := drawingText(a, name, lim)
			if dr.CopyOf != "" {
				if seen == nil {
					seen = linesOf(d, strings.ToLower(dr.CopyOf))
				}
				text = newLines(seen, text)
			}
			if n := utf8.RuneCountInString(text); n > budget {
				d.Unreadable("unreadable.too_much_text", report.Location{Part: kind, File: name},
					"文件文字超过上限，"+dr.What+" "+name+"及其后的内容未检查，请拆分后提交或人工审查")
				return budget, true
			} else {
				budget -= n
			}
			if strings.TrimSpace(text) != "" {
				d.Parts = append(d.Parts, doc.Part{Kind: kind, File: name, Text: text})
			}
			if err != nil {
				rule, msg := zipguard.Describe(err, dr.What+" "+name, lim)
				d.Unreadable(rule, report.Location{Part: kind, File: name}, msg)
			}
		}
	}
	return budget, false
}

// drawingText reads the text of a DrawingML member: a:t runs joined, a
// line per paragraph (a:p), each cached chart value (c:v) on its own line,
// and the alternative text (title, descr) of shapes and pictures. What was read before an error is returned with it.
func drawingText(a *zipguard.Archive, name string, lim doc.Limits) (string, error) {
	rc, err := a.Open(name)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	var (
		b    strings.Builder
		open bool // text on the current line
		in   string
	)
	endLine := func() {
		if open {
			b.WriteByte('\n')
			open = false
		}
	}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			endLine()
			return b.String(), nil
		}
		if err != nil {
			endLine()
			return b.String(), err
		}
		switch t := t.(type) {
		case xml.StartElement:
			in = t.Name.Local
			if in == "cNvPr" { // a shape's or picture's alternative text
				for _, k := range []string{"title", "descr"} {
					if v := strings.TrimSpace(zipguard.Attr(t, k)); v != "" {
						endLine()
						b.WriteString(v + "\n")
					}
				}
			}
		case xml.CharData:
			if in == "t" || in == "v" {
				b.Write(t)
				open = true
			}
		case xml.EndElement:
			in = ""
			switch t.Name.Local {
			case "p", "v", "txPr":
				endLine()
			}
		}
	}
}
