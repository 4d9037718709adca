package odf

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// The hidden reasons of the parts Hidden returns.
const (
	HiddenSection   = "ODF隐藏的节"
	HiddenParagraph = "ODF隐藏段落"
	HiddenField     = "ODF隐藏文字字段"
)

var errTooMuchText = errors.New("odf: text over limit")

// Hidden reads the hidden content of the OpenDocument text in data.
// Every problem with the input is an unreadable finding in the returned
// Document, never an error: the visible text is read by conversion, so a
// package this cannot open is reported for its hidden content only.
func Hidden(data []byte, lim doc.Limits) (*doc.Document, error) {
	d := &doc.Document{Format: "odt"}
	lim = zipguard.FillDefaults(lim)
	a, err := zipguard.Open(data, lim)
	if err != nil {
		d.Unreadable("unreadable.corrupt", report.Location{Part: doc.HiddenText},
			"OpenDocument 文件结构异常，未能检查其中的隐藏内容，需人工审查")
		return d, nil
	}
	rc, err := a.Open("content.xml")
	if err != nil {
		d.Unreadable("unreadable.corrupt", report.Location{Part: doc.HiddenText, File: "content.xml"},
			"OpenDocument 文件缺少或无法读取 content.xml，未能检查其中的隐藏内容，需人工审查")
		return d, nil
	}
	defer rc.Close()
	h := &hidden{left: lim.MaxTextRunes}
	err = h.walk(zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth))
	for _, p := range []struct {
		b    *strings.Builder
		why  string
		kind string
	}{{&h.sections, HiddenSection, doc.HiddenText}, {&h.paras, HiddenParagraph, doc.HiddenText}, {&h.fields, HiddenField, doc.HiddenText}} {
		if t := strings.TrimSpace(p.b.String()); t != "" {
			d.Parts = append(d.Parts, doc.Part{Kind: p.kind, File: "content.xml", Text: t, Hidden: p.why})
		}
	}
	switch {
	case errors.Is(err, errTooMuchText):
		d.Unreadable("unreadable.too_much_text", report.Location{Part: doc.HiddenText, File: "content.xml"},
			fmt.Sprintf("OpenDocument 文件的隐藏内容超过上限（%d字），其余未检查，请人工审查", lim.MaxTextRunes))
	case err != nil:
		rule, msg := zipguard.Describe(err, "OpenDocument 正文 content.xml", lim)
		d.Unreadable(rule, report.Location{Part: doc.HiddenText, File: "content.xml"}, msg)
	}
	return d, nil
}

// hidden walks content.xml.
type hidden struct {
	left int // runes still allowed

	depth     int // elements open
	inSection int // depth of the outermost hidden section open, or 0
	// para collects the open paragraph's text; paraHidden says it holds
	// a hidden-paragraph field; paraDepth is its depth.
	para       strings.Builder
	paraDepth  int
	paraHidden bool

	sections, paras, fields strings.Builder
}

func (h *hidden) walk(dec *zipguard.XMLDecoder) error {
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
			h.depth++
			// Raw tokens: text:section is known by its local name, as
			// no other ODF namespace uses these names.
			switch t.Name.Local {
			case "section":
				if h.inSection == 0 && sectionHidden(t) {
					h.inSection = h.depth
				}
			case "p", "h":
				if h.paraDepth == 0 {
					h.paraDepth, h.paraHidden = h.depth, false
					h.para.Reset()
				}
			case "hidden-paragraph":
				h.paraHidden = true
			case "hidden-text":
				if err := h.add(&h.fields, zipguard.Attr(t, "string-value")+"\n"); err != nil {
					return err
				}
			case "s", "tab", "line-break":
				h.para.WriteByte(' ')
			}
		case xml.EndElement:
			if h.depth == h.paraDepth {
				text := h.para.String() + "\n"
				switch {
				case h.inSection != 0:
					err = h.add(&h.sections, text)
				case h.paraHidden:
					err = h.add(&h.paras, text)
				}
				if err != nil {
					return err
				}
				h.paraDepth = 0
			}
			if h.depth == h.inSection {
				h.inSection = 0
			}
			h.depth--
		case xml.CharData:
			if h.paraDepth != 0 {
				h.para.Write(t)
			}
		}
	}
}

// add writes s to b within the text limit.
func (h *hidden) add(b *strings.Builder, s string) error {
	n := utf8.RuneCountInString(s)
	if n > h.left {
		return errTooMuchText
	}
	h.left -= n
	b.WriteString(s)
	return nil
}

// sectionHidden says whether a text:section is shown nowhere: display
// none, or shown by a condition (hidden when the condition holds, which
// this does not evaluate).
func sectionHidden(se xml.StartElement) bool {
	switch zipguard.Attr(se, "display") {
	case "none", "condition":
		return true
	}
	return zipguard.Attr(se, "condition") != ""
}
