package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// stubSheet and stubStrings stand for a worksheet and the shared string
// table in the copy of the workbook excelize opens.
const (
	stubSheet   = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`
	stubStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`
)

// forExcelize returns a copy of the zip in data for excelize to open,
// or data itself when it needs no change.
//
// Its members named in heavy (worksheets, the shared string table;
// compared without case) are stubs: excelize inflates and keeps every
// member when it opens a file, and is only asked here for what the
// worksheets do not hold (styles, comments, a scratch cell to format in),
// so a sheet of a million cells would cost its XML twice in memory for
// nothing.
//
// Its XML members in UTF-16 or another encoding are in UTF-8, as
// zipguard.UTF8 decodes them for this package's own readers: excelize
// (encoding/xml) reads nothing else, and the two readers must see the
// same text. The archive's CheckAll has already read every member
// within the limits, and reported one that cannot be decoded; such a
// member is left as it is.
//
// The other members are copied still compressed. On any error it returns
// data.
func forExcelize(data []byte, heavy []string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return data
	}
	var buf bytes.Buffer
	buf.Grow(len(data) / 4)
	w := zip.NewWriter(&buf)
	w.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	copyBuf := make([]byte, 32<<10)
	changed := false
	for _, f := range zr.File {
		stub := false
		for _, h := range heavy {
			stub = stub || strings.EqualFold(f.Name, h)
		}
		if stub {
			body := stubSheet
			if strings.Contains(strings.ToLower(f.Name), "sharedstrings") {
				body = stubStrings
			}
			fw, err := w.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store})
			if err == nil {
				_, err = io.WriteString(fw, body)
			}
			if err != nil {
				return data
			}
			changed = true
			continue
		}
		if zipguard.IsXML(f.Name) && f.Flags&0x1 == 0 {
			recoded, err := recode(w, f, copyBuf)
			if err != nil {
				return data
			}
			if recoded {
				changed = true
				continue
			}
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return data
		}
		fh := f.FileHeader
		fw, err := w.CreateRaw(&fh)
		if err == nil {
			_, err = io.CopyBuffer(fw, raw, copyBuf)
		}
		if err != nil {
			return data
		}
	}
	if !changed || w.Close() != nil {
		return data
	}
	return buf.Bytes()
}

// recode writes member f into w in UTF-8 when zipguard.UTF8 changes it,
// and reports whether it did; a member it cannot decode is not written.
func recode(w *zip.Writer, f *zip.File, copyBuf []byte) (bool, error) {
	rc, err := f.Open()
	if err != nil {
		return false, err
	}
	defer rc.Close()
	u, recoded, err := zipguard.UTF8(rc)
	if err != nil || !recoded {
		return false, nil
	}
	fw, err := w.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err == nil {
		_, err = io.CopyBuffer(fw, onlyReader{u}, copyBuf)
	}
	return true, err
}

// onlyReader hides WriterTo so that io.CopyBuffer uses its buffer.
type onlyReader struct{ io.Reader }

// full is the workbook opened whole by excelize, for the sheets its row
// iterator reads (readSheetSlow); opened on first use.
func (x *extractor) full() (*excelize.File, error) {
	if x.whole != nil || x.wholeErr != nil {
		return x.whole, x.wholeErr
	}
	if !x.trimmed {
		x.whole = x.f
		return x.whole, nil
	}
	x.whole, x.wholeErr = excelize.OpenReader(bytes.NewReader(forExcelize(x.data, nil)), excelize.Options{
		UnzipSizeLimit: x.lim.MaxUnzipBytes, UnzipXMLSizeLimit: x.lim.MaxUnzipBytes})
	return x.whole, x.wholeErr
}
