package odf

import (
	"encoding/xml"
	"errors"
	"fmt"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/flow"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// The hidden reasons of the parts Hidden returns.
const (
	HiddenSection   = "ODF隐藏的节"
	HiddenParagraph = "ODF隐藏段落"
	HiddenField     = "ODF隐藏文字字段"
)

// Hidden reads the hidden content of the OpenDocument text in data: the
// parts of its content.xml that Flat would give with these reasons.
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
	w := newWalker(false, "content.xml", lim)
	err = w.walk(zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth))
	d.Parts, _ = w.result()
	for i := range d.Parts {
		d.Parts[i].Text = strings.TrimSpace(d.Parts[i].Text)
	}
	switch {
	case errors.Is(err, flow.ErrTooMuchText):
		d.Unreadable("unreadable.too_much_text", report.Location{Part: doc.HiddenText, File: "content.xml"},
			fmt.Sprintf("OpenDocument 文件的隐藏内容超过上限（%d字），其余未检查，请人工审查", lim.MaxTextRunes))
	case err != nil:
		rule, msg := zipguard.Describe(err, "OpenDocument 正文 content.xml", lim)
		d.Unreadable(rule, report.Location{Part: doc.HiddenText, File: "content.xml"}, msg)
	}
	return d, nil
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
