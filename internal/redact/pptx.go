package redact

import (
	"encoding/xml"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
)

var pptxRules = xmlRules{
	paras:  set("a:p"),
	texts:  set("a:t", "c:v"),
	seps:   set("a:br"),
	shapes: set("p:sp", "p:pic", "p:graphicFrame", "p:grpSp", "p:cxnSp"),
	cells:  set("a:tc"),
}

// cleanPPTX cleans a presentation: text masked in its runs, hidden
// slides and shapes removed, comments removed.
func cleanPPTX(m *masker, data []byte, lim doc.Limits) ([]byte, []string, error) {
	p, err := openPkg(data, lim, m)
	if err != nil {
		return nil, nil, err
	}
	if err := p.hiddenSlides(); err != nil {
		return nil, nil, err
	}
	comments := 0
	for _, n := range p.match("ppt/", ".xml") {
		c := canon(n)
		switch {
		case strings.HasPrefix(c, "ppt/comments/"):
			comments += countElements(p.get(n), "p:cm", p.lim.MaxXMLDepth) + countElements(p.get(n), "p188:cm", p.lim.MaxXMLDepth)
			p.remove(n)
		case c == "ppt/commentauthors.xml", c == "ppt/authors.xml":
			p.remove(n)
		}
	}
	p.count("删除批注", comments)
	for _, name := range p.match("ppt/", ".xml") {
		c := canon(name)
		if strings.HasPrefix(c, "ppt/theme/") || c == "ppt/presentation.xml" || c == "ppt/presprops.xml" || c == "ppt/viewprops.xml" || c == "ppt/tablestyles.xml" {
			continue
		}
		if err := p.cleanXML(name, &pptxRules); err != nil {
			return nil, nil, err
		}
	}
	if err := p.cleanProps(); err != nil {
		return nil, nil, err
	}
	out, err := p.finish()
	return out, p.removed(), err
}

// hiddenSlides removes slides marked show="0" with their notes, and
// their entries in the presentation.
func (p *pkg) hiddenSlides() error {
	pres := "ppt/presentation.xml"
	toks, err := tokens(p.get(pres), p.lim.MaxXMLDepth)
	if err != nil {
		return err
	}
	rels := p.rels(pres)
	s := &splicer{data: p.get(pres)}
	n, total := 0, 0
	for i, t := range toks {
		if _, ok := t.tok.(xml.StartElement); !ok || t.name != "p:sldId" {
			continue
		}
		total++
		id, _ := attr(t.tok, "r:id")
		slide, ok := rels[id]
		if !ok || !slideHidden(p.get(slide), p.lim.MaxXMLDepth) {
			continue
		}
		for _, tg := range p.rels(slide) {
			if strings.HasPrefix(tg, "ppt/notesslides/") {
				p.remove(tg)
			}
		}
		p.remove(slide)
		s.drop(t.from, toks[end(toks, i)].to)
		n++
	}
	if n == 0 {
		return nil
	}
	if n == total {
		return &Refusal{Rule: "redact.residue", Reason: "演示文稿的所有幻灯片都是隐藏的，删除后不剩内容，不生成脱敏稿；请人工处理"}
	}
	out, _, err := s.bytes()
	if err != nil {
		return err
	}
	p.set(pres, out)
	// The slide count and titles in the application properties would
	// still count and name the removed slides.
	p.remove("docProps/app.xml")
	p.count("删除隐藏幻灯片", n)
	return nil
}

// slideHidden reports whether a slide's root says show="0".
func slideHidden(data []byte, depth int) bool {
	toks, err := tokens(data, depth)
	if err != nil {
		return false
	}
	for _, t := range toks {
		if _, ok := t.tok.(xml.StartElement); ok {
			v, _ := attr(t.tok, "show")
			return v == "0" || v == "false"
		}
	}
	return false
}
