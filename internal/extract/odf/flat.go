package odf

import (
	"bytes"
	"errors"

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
		flow.Fail(d, err, report.Location{Part: doc.Body}, "OpenDocument 单文件文档", lim, errNoBody, "缺少 office:body 正文")
	}
	// What the structure above does not read (an attribute's value, an
	// element it does not know) is scanned all the same.
	flow.Leftover(d, data, lim, flow.Rest{Pictures: []string{"binary-data"}})
	return d, nil
}

var errNoBody = errors.New("odf: no office:body")
