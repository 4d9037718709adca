package pdf

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Text a PDF keeps outside its pages' content, which readers show in
// their panels or use when asked, and producers fill: the names of page
// labels, named destinations and article threads, document-level
// JavaScript (a script that shows or sends a value), the /Alt and /E of
// the structure tree (a tagged PDF's alternative text,
// Chromium's <img alt>), and an XFA form's template and data. Each is
// read as a part of its own; a structure too big is read up to its bound
// and reported.

// Bounds on the structures walked.
const (
	maxNameTree    = 4096    // names read of a name or number tree
	maxStructNodes = 1 << 18 // structure elements walked
	maxStructDepth = 64
	maxXFABytes    = 8 << 20
	maxScriptText  = 1 << 20
)

// structures reads the document-level text beside the pages.
func (x *extractor) structures(root lpdf.Value) {
	var nav, scripts []string
	loc := report.Location{Part: doc.SourceText}
	x.guard(loc, RulePageError, "PDF 的页码标签、命名目标或文章线索无法读取，其中的文字未能审查，需人工审查", func() {
		// Page labels: /Nums [0 << /P (prefix) >> …].
		over := numTree(root.Key("PageLabels"), func(v lpdf.Value) {
			nav = append(nav, textString(v.Key("P")))
		})
		// Named destinations: the names of /Names /Dests and of the
		// older /Dests dictionary.
		over = nameTree(root.Key("Names").Key("Dests"), func(name string, _ lpdf.Value) {
			nav = append(nav, name)
		}) || over
		if over {
			x.whole(RuleTooLarge, fmt.Sprintf("PDF 的页码标签或命名目标超过 %d 项的上限，其余未读取，需人工审查", maxNameTree))
		}
		for i, k := range root.Key("Dests").Keys() {
			if i >= maxNameTree {
				break
			}
			nav = append(nav, nameString(k))
		}
		// Article threads: each thread's information dictionary.
		threads := root.Key("Threads")
		for i := 0; i < threads.Len() && i < maxNameTree; i++ {
			info := threads.Index(i).Key("I")
			for _, k := range info.Keys() {
				if v := info.Key(k); v.Kind() == lpdf.String {
					nav = append(nav, textString(v))
				}
			}
		}
	})
	x.guard(loc, RulePageError, "PDF 的文档脚本无法读取，其中的文字未能审查，需人工审查", func() {
		if nameTree(root.Key("Names").Key("JavaScript"), func(_ string, v lpdf.Value) {
			scripts = append(scripts, scriptText(v.Key("JS")))
		}) {
			x.whole(RuleTooLarge, fmt.Sprintf("PDF 的文档脚本超过 %d 项的上限，其余未读取，需人工审查", maxNameTree))
		}
		if oa := root.Key("OpenAction"); oa.Key("S").Name() == "JavaScript" {
			scripts = append(scripts, scriptText(oa.Key("JS")))
		}
	})
	if text := lines(nav); text != "" {
		x.addText(doc.Part{Kind: doc.SourceText, File: "导航（页码标签、命名目标、文章线索）", Text: text})
	}
	if text := lines(scripts); text != "" {
		x.addText(doc.Part{Kind: doc.SourceText, File: "文档脚本（JavaScript）", Text: text})
	}
	var alt []string
	x.guard(report.Location{Part: doc.AltText}, RulePageError, "PDF 的结构树（替代文字）无法读取，其中的文字未能审查，需人工审查", func() {
		walked := 0 // every node counts: a tree whose kids are itself ends
		var walk func(v lpdf.Value, depth int)
		walk = func(v lpdf.Value, depth int) {
			if walked >= maxStructNodes || depth > maxStructDepth {
				return
			}
			walked++
			switch v.Kind() {
			case lpdf.Array:
				for i := 0; i < v.Len() && walked < maxStructNodes; i++ {
					walk(v.Index(i), depth+1)
				}
			case lpdf.Dict:
				// Not /ActualText: the page's content carries it too.
				for _, k := range []string{"Alt", "E"} {
					if s := v.Key(k); s.Kind() == lpdf.String {
						alt = append(alt, textString(s))
					}
				}
				walk(v.Key("K"), depth+1)
			}
		}
		walk(root.Key("StructTreeRoot").Key("K"), 0)
		if walked >= maxStructNodes {
			x.whole(RuleTooLarge, fmt.Sprintf("PDF 的结构树超过 %d 个节点的上限，其余替代文字未读取，需人工审查", maxStructNodes))
		}
	})
	if text := lines(alt); text != "" {
		x.addText(doc.Part{Kind: doc.AltText, File: "结构树", Text: text})
	}
	x.guard(report.Location{Part: doc.FormField}, RuleEmbedded, "PDF 的 XFA 表单无法读取，其中的文字未能审查，需人工审查", func() {
		x.xfa(root.Key("AcroForm").Key("XFA"))
	})
}

// xfa reads an XFA form (one stream, or an array of names and streams:
// the template with its captions, the datasets with the values entered)
// as a form_field part, the text of its elements and attribute values a
// line each.
func (x *extractor) xfa(v lpdf.Value) {
	var streams []lpdf.Value
	switch v.Kind() {
	case lpdf.Null:
		return
	case lpdf.Stream:
		streams = append(streams, v)
	case lpdf.Array:
		for i := 1; i < v.Len(); i += 2 {
			if s := v.Index(i); s.Kind() == lpdf.Stream {
				streams = append(streams, s)
			}
		}
	}
	// The streams of an array are pieces of one XML document (a
	// preamble <xdp:xdp>, the packets, a postamble </xdp:xdp>).
	readers := make([]io.Reader, len(streams))
	for i, s := range streams {
		readers[i] = streamReader(s)
	}
	cr := &countReader{r: io.LimitReader(io.MultiReader(readers...), maxXFABytes+1)}
	dec := xml.NewDecoder(cr)
	dec.Strict = false
	var out []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil || cr.n > maxXFABytes {
			x.whole(RuleEmbedded, fmt.Sprintf("PDF 的 XFA 表单已损坏或超过 %d MB 的上限，未能完整读取，需人工审查", maxXFABytes>>20))
			break
		}
		switch t := tok.(type) {
		case xml.CharData:
			out = append(out, string(t))
		case xml.StartElement:
			for _, a := range t.Attr {
				// Names and values a form shows or sends: not
				// identifiers of layout (x, y, w, h, id, layout…).
				switch a.Name.Local {
				case "name", "value", "caption", "toolTip", "speak", "assist":
					out = append(out, a.Value)
				}
			}
		}
	}
	if text := lines(out); text != "" {
		x.addText(doc.Part{Kind: doc.FormField, File: "XFA 表单", Text: text})
	}
}

// scriptText is the text of a /JS entry: a string or a stream.
func scriptText(v lpdf.Value) string {
	switch v.Kind() {
	case lpdf.String:
		return textString(v)
	case lpdf.Stream:
		b, _ := io.ReadAll(io.LimitReader(streamReader(v), maxScriptText))
		return decodeTextString(string(b))
	}
	return ""
}

// nameTree calls fn with each name and value of a name tree (/Names
// pairs in the leaves, /Kids above them), and reports whether it stopped
// at the bound: maxNameTree entries and nodes together (a node whose kids
// are itself counts each time).
func nameTree(v lpdf.Value, fn func(name string, value lpdf.Value)) (over bool) {
	return walkTree(v, "Names", func(k, val lpdf.Value) { fn(textString(k), val) })
}

// numTree calls fn with each value of a number tree (/Nums pairs, /Kids),
// as nameTree does.
func numTree(v lpdf.Value, fn func(value lpdf.Value)) (over bool) {
	return walkTree(v, "Nums", func(_, val lpdf.Value) { fn(val) })
}

// walkTree walks a name or number tree whose leaves hold pairs under key.
func walkTree(v lpdf.Value, key string, fn func(k, val lpdf.Value)) (over bool) {
	n := 0
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		if v.Kind() != lpdf.Dict || depth > maxStructDepth {
			return
		}
		if n++; n > maxNameTree {
			over = true
			return
		}
		pairs := v.Key(key)
		for i := 0; i+1 < pairs.Len(); i += 2 {
			if n++; n > maxNameTree {
				over = true
				return
			}
			fn(pairs.Index(i), pairs.Index(i+1))
		}
		kids := v.Key("Kids")
		for i := 0; i < kids.Len() && !over; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(v, 0)
	return over
}

// lines joins the non-empty strings, their spacing collapsed, a line
// each, each once.
func lines(ss []string) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, s := range ss {
		s = strings.Join(strings.Fields(strings.Map(dropControl, s)), " ")
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		b.WriteString(s + "\n")
	}
	return b.String()
}
