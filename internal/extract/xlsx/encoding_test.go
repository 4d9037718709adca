package xlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

// encodings holds workbooks whose XML parts are in UTF-16 or another
// encoding (testdata/encodings/recode.py, from LibreOffice's roster).
const encodings = "../../../testdata/encodings"

// TestPartsInUTF16 checks that a workbook whose every part (sheets,
// shared strings, workbook, comments, styles, relationships, content
// types, properties) is in UTF-16, with a byte-order mark or without, or
// in GB18030, reads as the UTF-8 workbook it was made from, through the
// fast sheet reader and excelize alike.
func TestPartsInUTF16(t *testing.T) {
	ziptest.SameAsOriginal(t, []ziptest.Recoded{
		{File: filepath.Join(encodings, "roster_utf16.xlsx"), From: filepath.Join(fixtures, "roster.xlsx"),
			Find: []string{"330183199201073112", "6217001234567890122", "仅供内部参考", "钱某某"},
			Wide: []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
				"xl/comments1.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"}},
	}, Extract)
}

// TestUnknownCharset checks that a sheet whose declaration names an
// encoding nobody knows is reported unreadable as unsupported, without
// calling the file damaged, and that the other sheets are still read.
func TestUnknownCharset(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(encodings, "unknown_charset.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	d, _ := Extract(data, doc.DefaultLimits())
	var got []report.Finding
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Rule != "unreadable.unsupported" || got[0].Location.Sheet != "名单" ||
		strings.Contains(got[0].Message, "损坏") || !strings.Contains(got[0].Message, "字符编码") {
		t.Errorf("unreadable findings %+v, want one unreadable.unsupported about sheet 名单's encoding", got)
	}
	for _, p := range d.Parts {
		if p.Sheet == "名单" && p.Kind == doc.Sheet {
			t.Errorf("sheet 名单 read as %q", p.Text)
		}
	}
	if !strings.Contains(partsText(d), "15867123456") {
		t.Error("the hidden sheet 联系方式, in UTF-8, is not read")
	}
}

func partsText(d *doc.Document) string {
	var b strings.Builder
	for _, p := range d.Parts {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
