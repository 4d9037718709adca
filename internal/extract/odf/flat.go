package odf

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/flow"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// Flat reads a flat OpenDocument file (.fodt, .fods, .fodp: the whole
// document in one XML file whose root is office:document): its metadata,
// styles, headers and footers (master pages), and body, by the rules Hidden
// applies to a package's content.xml, with everything else a reader sees
// or can open: footnotes and endnotes, annotations, tracked deletions,
// text boxes, tables as cells, sheets with their A1 cells, hidden sheets,
// rows and columns, slides, hidden slides and notes. Every problem with
// the input is an unreadable finding in the returned Document, with what
// was read before it kept; the error is always nil.
func Flat(data []byte, lim doc.Limits) (*doc.Document, error) {
	lim = zipguard.FillDefaults(lim)
	d := &doc.Document{}
	w := newWalker(true, "", lim)
	dec := zipguard.NewXMLDecoder(bytes.NewReader(data), lim.MaxXMLDepth)
	err := w.walk(dec)
	if err == nil && w.body == "" {
		err = errNoBody
	}
	if w.sheet != nil {
		w.addSheet(w.sheet) // what was read of a sheet an error cut short
	}
	d.Parts, d.Findings = w.result()
	if err != nil {
		loc := report.Location{Part: doc.Body}
		const what = "OpenDocument 单文件文档"
		switch {
		case errors.Is(err, errNoBody):
			d.Unreadable("unreadable.corrupt", loc, "文件不是有效的"+what+"（缺少 office:body 正文），无法读取，请重新导出后提交或人工审查")
		case errors.Is(err, flow.ErrTooMuchText):
			d.Unreadable("unreadable.too_much_text", loc, fmt.Sprintf(
				"文件文字超过上限（%d字），其余内容未检查，请拆分后提交或人工审查", lim.MaxTextRunes))
		case errors.Is(err, errTimeout):
			d.Unreadable("unreadable.timeout", loc, fmt.Sprintf(
				"读取文件超时（超过%s），其余内容未检查，请人工审查", lim.PerFileTimeout))
		default:
			rule, msg := zipguard.Describe(err, what, lim)
			d.Unreadable(rule, loc, msg)
		}
	}
	// What the structure above does not read (an attribute's value, an
	// element it does not know) is scanned all the same.
	if p, ok := flow.Leftover(data, lim, d.Parts); ok {
		d.Parts = append(d.Parts, p)
	}
	return d, nil
}

var errNoBody = errors.New("odf: no office:body")
