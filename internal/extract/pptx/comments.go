package pptx

import (
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// authorLists are the members that name comment authors: classic comments
// (p:cmAuthor) and modern, threaded ones (p188:author).
var authorLists = []string{"ppt/commentAuthors.xml", "ppt/authors.xml"}

// comments reads the comments member name of slide page (0 when no slide
// of the show has it) into a comment part, one comment or reply a line,
// each after its author's name: "李某某: 请核实". It reads both the classic
// comments (ppt/comments/comment1.xml, p:cm with p:text) and the modern
// ones (modernComment_*.xml, p188:cm and p188:reply with a text body).
func (x *extractor) comments(name string, page int) {
	key := strings.ToLower(name)
	if x.done[key] {
		return
	}
	x.done[key] = true
	text, err := x.readComments(name)
	if strings.TrimSpace(text) != "" {
		x.d.Parts = append(x.d.Parts, doc.Part{Kind: doc.Comment, File: name, Page: page, Text: text, Hidden: HiddenComment})
	}
	if err != nil {
		x.fail(err, report.Location{Part: doc.Comment, File: name, Page: page}, "批注 "+name)
	}
}

// readComments returns the text of comments member name; what was read
// before an error is returned with it.
func (x *extractor) readComments(name string) (string, error) {
	if x.authors == nil {
		x.authors = x.readAuthors()
	}
	rc, err := x.a.Open(name)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
	type open struct {
		author string
		text   strings.Builder
	}
	var (
		out   strings.Builder
		stack []*open
		in    bool // in p:text or a:t
	)
	for tokens := 1; ; tokens++ {
		if tokens%4096 == 0 && deadlinePassed(x) {
			return out.String(), errTimeout
		}
		t, err := dec.Token()
		if err == io.EOF {
			return out.String(), nil
		}
		if err != nil {
			return out.String(), err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "cm", "reply":
				stack = append(stack, &open{author: x.authors[zipguard.Attr(t, "authorId")]})
			case "text", "t":
				in = len(stack) > 0
			}
		case xml.CharData:
			if in {
				c := stack[len(stack)-1]
				n := utf8.RuneCount(t)
				if n > x.left {
					return out.String(), errTooMuchText
				}
				x.left -= n
				c.text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "text", "t":
				in = false
			case "p":
				if n := len(stack); n > 0 && stack[n-1].text.Len() > 0 {
					stack[n-1].text.WriteByte(' ')
				}
			case "cm", "reply":
				if n := len(stack); n > 0 {
					c := stack[n-1]
					stack = stack[:n-1]
					line := oneLine(c.text.String())
					if line == "" {
						continue
					}
					if c.author != "" {
						line = c.author + ": " + line
					}
					out.WriteString(line + "\n")
				}
			}
		}
	}
}

// readAuthors maps the ids of comment authors to their names. A damaged
// list costs the names, not the comments: the findings about it come
// from the archive check at the end.
func (x *extractor) readAuthors() map[string]string {
	names := map[string]string{}
	for _, list := range authorLists {
		if !x.a.Has(list) {
			continue
		}
		rc, err := x.a.Open(list)
		if err != nil {
			continue
		}
		dec := zipguard.NewXMLDecoder(rc, x.lim.MaxXMLDepth)
		for {
			t, err := dec.Token()
			if err != nil {
				break
			}
			if se, ok := t.(xml.StartElement); ok && (se.Name.Local == "cmAuthor" || se.Name.Local == "author") {
				if n := oneLine(zipguard.Attr(se, "name")); n != "" && len(names) < 10000 {
					names[zipguard.Attr(se, "id")] = n
				}
			}
		}
		rc.Close()
	}
	return names
}
