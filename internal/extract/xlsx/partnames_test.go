package xlsx

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// renamedBook is a workbook whose parts are where only the relationships
// say: the workbook at the package's root, the sheet and the shared
// strings in a folder of their own, none of them where Excel puts them.
func renamedBook(sheetID, sheetTarget string) []byte {
	const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/data/list.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
		`<Override PartName="/data/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	return ziptest.Zip(
		ziptest.Entry{Name: "[Content_Types].xml", Body: ct},
		ziptest.Entry{Name: "_rels/.rels", Body: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="` + rel + `officeDocument" Target="book.xml"/></Relationships>`},
		ziptest.Entry{Name: "_rels/book.xml.rels", Body: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="` + sheetID + `" Type="` + rel + `worksheet" Target="` + sheetTarget + `"/><Relationship Id="s2" Type="` + rel + `sharedStrings" Target="data/strings.xml"/></Relationships>`},
		ziptest.Entry{Name: "book.xml", Body: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="s1"/></sheets></workbook>`},
		ziptest.Entry{Name: "data/list.xml", Body: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>`},
		ziptest.Entry{Name: "data/strings.xml", Body: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><si><t>姓名</t></si><si><t>身份证号</t></si><si><t>张三</t></si><si><r><t>1101011990</t></r><r><t>03074514</t></r></si></sst>`},
	)
}

// TestPartsWhereRelationshipsSay: a workbook is read wherever its
// relationships put its parts (a rich-text ID in a shared string table
// whose count is wrong, at the package's root); a sheet the relationships
// do not lead to is reported, never skipped.
func TestPartsWhereRelationshipsSay(t *testing.T) {
	d, err := Extract(renamedBook("s1", "data/list.xml"), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, p := range d.Parts {
		text.WriteString(p.Text)
	}
	if !strings.Contains(text.String(), "110101199003074514") || len(d.Findings) != 0 {
		t.Fatalf("the sheet was not read: %q %+v", text.String(), d.Findings)
	}
	// The sheet's relationship points nowhere, or the workbook names a
	// relationship that is not there.
	for _, b := range [][]byte{renamedBook("s1", "data/missing.xml"), renamedBook("s9", "data/list.xml")} {
		d, err = Extract(b, doc.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range d.Findings {
			found = found || f.Rule == "unreadable.corrupt" && f.Location.Sheet == "名单"
		}
		if !found {
			t.Fatalf("a sheet the relationships do not lead to was not reported: %+v", d.Findings)
		}
	}
}
