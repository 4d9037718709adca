package docx

import (
	"bytes"
	"encoding/xml"
	"io"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// styles is what word/styles.xml says about hidden text: which styles set
// w:vanish, directly or through the styles they are based on.
type styles struct {
	byID        map[string]style
	defaultPara string // the paragraph style of paragraphs that name none
	docDefault  tri    // w:docDefaults/w:rPrDefault
}

type style struct {
	basedOn string
	vanish  tri
}

// maxBasedOn bounds the basedOn chain, which a hostile file could make
// circular or long.
const maxBasedOn = 32

// vanish is the w:vanish that the style id sets, following basedOn.
func (s *styles) vanish(id string) tri {
	for i := 0; id != "" && i < maxBasedOn; i++ {
		st, ok := s.byID[id]
		if !ok {
			return unset
		}
		if st.vanish != unset {
			return st.vanish
		}
		id = st.basedOn
	}
	return unset
}

// read reads the styles member name. Most documents hide nothing by
// style, and their styles are the largest member after the body, so the
// XML is parsed only when it mentions vanish at all.
func (s *styles) read(a *zipguard.Archive, name string, lim doc.Limits) error {
	b, err := a.ReadXML(name)
	if err != nil {
		return err
	}
	if !bytes.Contains(b, []byte("vanish")) {
		return nil
	}
	s.byID = make(map[string]style)
	dec := zipguard.NewXMLDecoder(bytes.NewReader(b), lim.MaxXMLDepth)
	var (
		stack []string
		id    string // the open style's id
		cur   style
	)
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			n := len(stack)
			switch t.Name.Local {
			case "style":
				id, cur = zipguard.Attr(t, "styleId"), style{}
				if v := zipguard.Attr(t, "default"); zipguard.Attr(t, "type") == "paragraph" && (v == "1" || v == "true" || v == "on") {
					s.defaultPara = id
				}
			case "basedOn":
				if n >= 2 && stack[n-2] == "style" {
					cur.basedOn = zipguard.Attr(t, "val")
				}
			case "vanish":
				if n >= 3 && stack[n-2] == "rPr" && stack[n-3] == "style" {
					cur.vanish = onOff(t)
				}
				if n >= 4 && stack[n-2] == "rPr" && stack[n-3] == "rPrDefault" {
					s.docDefault = onOff(t)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "style" && id != "" {
				s.byID[id] = cur
				id = ""
			}
			stack = stack[:len(stack)-1]
		}
	}
}
