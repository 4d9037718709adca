package redact

import (
	"encoding/xml"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
)

const (
	acceptDeleted  = "接受修订：删去已删除的内容"
	acceptInserted = "接受修订：保留插入的内容"
	acceptFormat   = "接受格式修订"
)

var docxRules = xmlRules{
	paras: set("w:p", "a:p"),
	texts: set("w:t", "a:t", "w:instrText", "c:v"),
	seps:  set("w:tab", "w:br", "w:cr", "a:br", "w:ptab"),
	drops: map[string]string{
		"w:del": acceptDeleted, "w:moveFrom": acceptDeleted,
		"w:moveFromRangeStart": "", "w:moveFromRangeEnd": "", "w:moveToRangeStart": "", "w:moveToRangeEnd": "",
		"w:customXmlDelRangeStart": "", "w:customXmlDelRangeEnd": "", "w:customXmlInsRangeStart": "", "w:customXmlInsRangeEnd": "",
		"w:rPrChange": acceptFormat, "w:pPrChange": acceptFormat, "w:sectPrChange": acceptFormat, "w:tblPrChange": acceptFormat,
		"w:trPrChange": acceptFormat, "w:tcPrChange": acceptFormat, "w:tblGridChange": acceptFormat, "w:numberingChange": acceptFormat,
		"w:tblPrExChange": acceptFormat, "w:cellDel": acceptDeleted, "w:cellIns": "", "w:cellMerge": "",
		"w:commentRangeStart": "", "w:commentRangeEnd": "", "w:commentReference": "",
	},
	unwraps: map[string]string{"w:ins": acceptInserted, "w:moveTo": acceptInserted},
	docx:    true,
	cells:   set("w:tc", "a:tc"),
}

// cleanDOCX cleans a Word document part by part.
func cleanDOCX(m *masker, data []byte, lim doc.Limits) ([]byte, []string, error) {
	p, err := openPkg(data, lim, m)
	if err != nil {
		return nil, nil, err
	}
	// Comments: the parts go; their anchors go with the text walk.
	comments := 0
	for _, n := range p.match("word/comments", ".xml") {
		if canon(n) == "word/comments.xml" {
			comments = countElements(p.get(n), "w:comment", p.lim.MaxXMLDepth)
		}
		p.remove(n)
	}
	p.count("删除批注", comments)
	p.remove("word/people.xml")
	// Custom XML holds data bound to content controls, which keep their
	// text; what it holds besides is read by nobody.
	n := 0
	for _, c := range p.match("customxml/", "") {
		p.remove(c)
		n++
	}
	p.count("删除自定义 XML 数据", n/3) // item, its properties and its rels
	rules := docxRules
	rules.hidden = hiddenStyles(p.get("word/styles.xml"), p.lim.MaxXMLDepth)
	for _, name := range p.match("word/", ".xml") {
		switch c := canon(name); {
		case strings.HasSuffix(c, "/styles.xml"), strings.HasSuffix(c, "/settings.xml"), strings.HasSuffix(c, "/fonttable.xml"),
			strings.HasSuffix(c, "/websettings.xml"), strings.HasPrefix(c, "word/theme/"), strings.HasSuffix(c, "/numbering.xml"):
			continue
		}
		if err := p.cleanXML(name, &rules); err != nil {
			return nil, nil, err
		}
	}
	if err := p.cleanProps(); err != nil {
		return nil, nil, err
	}
	out, err := p.finish()
	return out, p.removed(), err
}

// countElements counts the elements named name (as written) in an XML part.
func countElements(data []byte, name string, depth int) int {
	toks, err := tokens(data, depth)
	if err != nil {
		return 0
	}
	n := 0
	for _, t := range toks {
		if _, ok := t.tok.(xml.StartElement); ok && t.name == name {
			n++
		}
	}
	return n
}

// hiddenStyles are the character styles of styles.xml that hide their
// text (w:vanish in the style or a style it is based on).
func hiddenStyles(data []byte, depth int) map[string]bool {
	out := map[string]bool{}
	toks, err := tokens(data, depth)
	if err != nil {
		return out
	}
	vanish := map[string]bool{}
	based := map[string]string{}
	cur := ""
	for _, t := range toks {
		if _, ok := t.tok.(xml.StartElement); !ok {
			continue
		}
		switch t.name {
		case "w:style":
			cur, _ = attr(t.tok, "w:styleId")
		case "w:basedOn":
			based[cur], _ = attr(t.tok, "w:val")
		case "w:vanish":
			if cur != "" {
				vanish[cur] = on(t.tok)
			}
		}
	}
	for id := range based {
		for k, s := 0, id; s != "" && k < 16; k, s = k+1, based[s] {
			if v, ok := vanish[s]; ok {
				if v {
					out[id] = true
				}
				break
			}
		}
	}
	for id, v := range vanish {
		if v {
			out[id] = true
		}
	}
	return out
}
