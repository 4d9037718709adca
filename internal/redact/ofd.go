package redact

import (
	"bytes"
	"encoding/xml"
	"path"
	"strings"

	"golang.org/x/image/font/sfnt"

	"github.com/mishen-gov/mishen/internal/doc"
)

// ofdRules walk a page's content: its text is one unit, TextCodes a
// space apart, so a value that a producer wrote in several text objects
// (one line, placed glyph by glyph) is still found.
var ofdRules = xmlRules{
	paras:   set("Page", "Template"),
	texts:   set("TextCode"),
	byLocal: true,
	joinSep: " ",
}

// cleanOFD masks the text of an OFD file's pages and templates in place,
// one character for one (so every glyph keeps its DeltaX position), and
// clears its document properties. It refuses what it cannot change
// without a visible or invisible copy left: a signed file, text drawn
// from glyph indexes (CGTransform), a page with pictures (the text may be
// the OCR layer of a scan, whose picture still shows the value), and
// embedded fonts that have no asterisk to draw.
func cleanOFD(m *masker, data []byte, lim doc.Limits) ([]byte, []string, error) {
	if m.opts.Operator != Mask {
		return nil, nil, &Refusal{Rule: "redact.operator", Reason: "OFD 版式文件中每个字都有固定的位置，只能逐字遮盖（--operator mask），不能整体替换或删除；请改用 mask，或在源文件中处理后重新转换"}
	}
	p, err := openPkg(data, lim, m)
	if err != nil {
		return nil, nil, err
	}
	if hasElement(p.get("OFD.xml"), "Signature", p.lim.MaxXMLDepth) || len(p.match("", "signatures.xml")) > 0 {
		return nil, nil, &Refusal{Rule: "redact.signed", Reason: "OFD 文件带有电子签章，任何改动都会使签章失效，不生成脱敏稿；请由签章单位在源文件中脱敏后重新签章"}
	}
	changed := 0
	for _, name := range p.match("", "content.xml") {
		before := len(m.changes)
		data := p.get(name)
		rules := ofdRules
		images := bytes.Contains(data, []byte("ImageObject"))
		if !images {
			// Text not drawn on a page without pictures is hidden text;
			// on a page with pictures it is the text layer of a scan.
			rules.invisible = set("TextObject")
		}
		if err := p.cleanXML(name, &rules); err != nil {
			return nil, nil, err
		}
		if len(m.changes) == before {
			continue
		}
		changed++
		switch {
		case images:
			return nil, nil, &Refusal{Rule: "redact.ofd_image", Reason: "OFD 文件 " + name + " 的页面含图片，要脱敏的文字可能是扫描件的文字层，遮盖文字遮不住图片中的内容，不生成脱敏稿；请人工处理"}
		case bytes.Contains(data, []byte("CGTransform")):
			return nil, nil, &Refusal{Rule: "redact.ofd_glyphs", Reason: "OFD 文件 " + name + " 的文字按字形编号绘制（CGTransform），改写文字不能改变显示的字形，不生成脱敏稿；请在源文件中处理后重新转换"}
		}
	}
	if changed > 0 {
		if name, ok := p.fontWithoutAsterisk(); !ok {
			return nil, nil, &Refusal{Rule: "redact.ofd_font", Reason: "OFD 文件嵌入的字体 " + name + " 无法确认有“*”字形，遮盖后的文字可能无法显示，不生成脱敏稿；请在源文件中处理后重新转换"}
		}
	}
	if err := p.ofdAnnotations(); err != nil {
		return nil, nil, err
	}
	n := 0
	err = p.edit("OFD.xml", func(toks []token, s *splicer) {
		for i, t := range toks {
			if _, ok := t.tok.(xml.StartElement); !ok {
				continue
			}
			switch local(t.name) {
			case "Author", "Keywords", "Abstract", "Subject", "Keyword":
				j := end(toks, i)
				if toks[j].from > t.to {
					s.drop(t.to, toks[j].from)
					n++
				}
			case "CustomDatas":
				s.drop(t.from, toks[end(toks, i)].to)
				n++
			}
		}
	})
	if err != nil {
		return nil, nil, err
	}
	p.count("清除文档属性（作者、摘要、关键词、自定义数据）", n)
	out, err := p.finish()
	return out, p.removed(), err
}

// ofdAnnotations removes the annotations of every document (notes,
// links, hidden annotations): the index, each page's file, and the
// reference in Document.xml.
func (p *pkg) ofdAnnotations() error {
	n := 0
	for _, docXML := range p.match("", "document.xml") {
		err := p.edit(docXML, func(toks []token, s *splicer) {
			for i, t := range toks {
				if _, ok := t.tok.(xml.StartElement); !ok || local(t.name) != "Annotations" {
					continue
				}
				j := end(toks, i)
				index := ofdLoc(docXML, textOf(toks, i, j))
				itoks, err := tokens(p.get(index), p.lim.MaxXMLDepth)
				if err == nil {
					for k, it := range itoks {
						if _, ok := it.tok.(xml.StartElement); ok && local(it.name) == "FileLoc" {
							f := ofdLoc(index, textOf(itoks, k, end(itoks, k)))
							n += countLocal(p.get(f), "Annot", p.lim.MaxXMLDepth)
							p.remove(f)
						}
					}
				}
				p.remove(index)
				s.drop(t.from, toks[j].to)
			}
		})
		if err != nil {
			return err
		}
	}
	p.count("删除注释（含链接）", n)
	return nil
}

// ofdLoc resolves a location written in part from (relative to its
// folder, or from the package root with a leading slash).
func ofdLoc(from, loc string) string {
	loc = strings.TrimSpace(loc)
	if strings.HasPrefix(loc, "/") {
		return canon(loc)
	}
	return canon(path.Join(path.Dir(canon(from)), loc))
}

// textOf is the character data inside the element toks[i..j].
func textOf(toks []token, i, j int) string {
	var b strings.Builder
	for k := i + 1; k < j; k++ {
		if cd, ok := toks[k].tok.(xml.CharData); ok {
			b.Write(cd)
		}
	}
	return b.String()
}

// countLocal counts the elements of a local name in an XML part.
func countLocal(data []byte, name string, depth int) int {
	toks, err := tokens(data, depth)
	if err != nil {
		return 0
	}
	n := 0
	for _, t := range toks {
		if _, ok := t.tok.(xml.StartElement); ok && local(t.name) == name {
			n++
		}
	}
	return n
}

// hasElement reports whether an XML part has an element of that local name.
func hasElement(data []byte, name string, depth int) bool {
	toks, err := tokens(data, depth)
	if err != nil {
		return bytes.Contains(data, []byte(name))
	}
	for _, t := range toks {
		if _, ok := t.tok.(xml.StartElement); ok && local(t.name) == name {
			return true
		}
	}
	return false
}

// fontWithoutAsterisk checks every font file in the package for a glyph
// of '*'; it returns the first that has none (or cannot be read).
func (p *pkg) fontWithoutAsterisk() (string, bool) {
	var buf sfnt.Buffer
	for _, n := range p.names {
		switch strings.ToLower(path.Ext(n)) {
		case ".ttf", ".otf", ".ttc", ".otc":
		default:
			continue
		}
		f, err := sfnt.Parse(p.get(n))
		if err != nil {
			return path.Base(n), false
		}
		if g, err := f.GlyphIndex(&buf, '*'); err != nil || g == 0 {
			return path.Base(n), false
		}
	}
	return "", true
}
