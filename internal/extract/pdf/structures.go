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
	maxStructNodes = 1 << 15 // structure elements walked
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
		numTree(root.Key("PageLabels"), func(v lpdf.Value) {
			nav = append(nav, textString(v.Key("P")))
		})
		// Named destinations: the names of /Names /Dests and of the
		// older /Dests dictionary.
		nameTree(root.Key("Names").Key("Dests"), func(name string, _ lpdf.Value) {
			nav = append(nav, name)
		})
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
		nameTree(root.Key("Names").Key("JavaScript"), func(_ string, v lpdf.Value) {
			scripts = append(scripts, scriptText(v.Key("JS")))
		})
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
		walked := 0
		var walk func(v lpdf.Value, depth int)
		walk = func(v lpdf.Value, depth int) {
			if walked >= maxStructNodes || depth > maxStructDepth {
				return
			}
			switch v.Kind() {
			case lpdf.Array:
				for i := 0; i < v.Len(); i++ {
					walk(v.Index(i), depth+1)
				}
			case lpdf.Dict:
				walked++
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
// pairs in the leaves, /Kids above them), at most maxNameTree of them.
func nameTree(v lpdf.Value, fn func(name string, value lpdf.Value)) {
	n := 0
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		if v.Kind() != lpdf.Dict || depth > maxStructDepth {
			return
		}
		names := v.Key("Names")
		for i := 0; i+1 < names.Len() && n < maxNameTree; i += 2 {
			n++
			fn(textString(names.Index(i)), names.Index(i+1))
		}
		kids := v.Key("Kids")
		for i := 0; i < kids.Len() && n < maxNameTree; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(v, 0)
}

// numTree calls fn with each value of a number tree (/Nums pairs, /Kids).
func numTree(v lpdf.Value, fn func(value lpdf.Value)) {
	n := 0
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		if v.Kind() != lpdf.Dict || depth > maxStructDepth {
			return
		}
		nums := v.Key("Nums")
		for i := 0; i+1 < nums.Len() && n < maxNameTree; i += 2 {
			n++
			fn(nums.Index(i + 1))
		}
		kids := v.Key("Kids")
		for i := 0; i < kids.Len() && n < maxNameTree; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(v, 0)
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
