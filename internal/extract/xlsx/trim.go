package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// stubSheet and stubStrings stand for a worksheet and the shared string
// table in the copy of the workbook excelize opens.
const (
	stubSheet   = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`
	stubStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`
)

// withoutSheets returns a copy of the zip in data whose members named in
// heavy (worksheets, the shared string table; compared without case) are
// stubs: excelize inflates and keeps every member when it opens a file,
// and is only asked here for what the worksheets do not hold (styles,
// comments, a scratch cell to format in), so a sheet of a million cells
// would cost its XML twice in memory for nothing. The other members are
// copied still compressed. On any error it returns data.
func withoutSheets(data []byte, heavy []string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return data
	}
	var buf bytes.Buffer
	buf.Grow(len(data) / 4)
	w := zip.NewWriter(&buf)
	copyBuf := make([]byte, 32<<10)
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
			continue
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
	if w.Close() != nil {
		return data
	}
	return buf.Bytes()
}

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
	x.whole, x.wholeErr = excelize.OpenReader(bytes.NewReader(x.data), excelize.Options{
		UnzipSizeLimit: x.lim.MaxUnzipBytes, UnzipXMLSizeLimit: x.lim.MaxUnzipBytes})
	return x.whole, x.wholeErr
}
