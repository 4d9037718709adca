package pptx_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

// TestDispatch reads the fixtures through extract.Extract, as the scanner
// does: the format is sniffed as pptx, and the workbook PptxGenJS embeds
// behind the chart is read one level deep.
func TestDispatch(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "marking.pptx"))
	if err != nil {
		t.Fatal(err)
	}
	d := extract.Extract(context.Background(), "marking.pptx", data, docLimits())
	if d.Format != "pptx" || len(d.Embedded) != 0 {
		t.Fatalf("format %q, %d embedded left", d.Format, len(d.Embedded))
	}
	var inner bool
	for _, p := range d.Parts {
		if strings.HasPrefix(p.File, "ppt/embeddings/") && strings.Contains(p.File, ".xlsx!") && strings.Contains(p.Text, "一季度") {
			inner = true
		}
	}
	if !inner {
		t.Errorf("the workbook behind the chart was not read: %+v", d.Parts)
	}
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			t.Errorf("unexpected %s: %s", f.Rule, f.Message)
		}
	}
}

// TestEncrypted checks that a password-protected deck (an OLE2 file that
// officecrypto-tool wrote as Office does) is reported encrypted by the
// dispatcher, whatever its name says.
func TestEncrypted(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "encrypted.pptx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"encrypted.pptx", "未命名"} {
		d := extract.Extract(context.Background(), name, data, docLimits())
		if len(d.Findings) != 1 || d.Findings[0].Rule != extract.RuleEncrypted || len(d.Parts) != 0 {
			t.Errorf("%s: format %s, findings %+v, %d parts; want one %s", name, d.Format, d.Findings, len(d.Parts), extract.RuleEncrypted)
		}
	}
}

// TestScan scans each fixture and checks the categories found, where, and
// that the clean deck raises nothing but its document properties.
func TestScan(t *testing.T) {
	sc, err := scan.New(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	type hit struct {
		cat  report.Category
		part string
		page int
	}
	cases := []struct {
		file string
		want []hit // each must be found
		none []report.Category
	}{
		{"marking.pptx", []hit{
			{report.ClassifiedMarking, "slide_master", 0},
			{report.IDCard, "body", 2},
			{report.MobilePhone, "notes", 2},
			{report.HiddenContent, "hidden_slide", 3},
			{report.InternalAddress, "link_target", 4},
		}, nil},
		{"marking_lo.pptx", []hit{
			{report.ClassifiedMarking, "slide_master", 0},
			{report.IDCard, "body", 2},
			{report.MobilePhone, "notes", 2},
			{report.HiddenContent, "hidden_slide", 3},
			{report.InternalAddress, "link_target", 4},
		}, nil},
		{"review.pptx", []hit{
			{report.SensitiveTerm, "slide_master", 0},
			{report.IDCard, "body", 1},
			{report.InternalAddress, "link_target", 1},
			{report.HiddenContent, "comment", 1},
			{report.MobilePhone, "notes", 1},
			{report.HiddenContent, "hidden_slide", 2},
		}, nil},
		{"clean.pptx", nil, []report.Category{report.ClassifiedMarking, report.IDCard, report.MobilePhone,
			report.InternalAddress, report.HiddenContent, report.SensitiveTerm, report.Unreadable, report.BankCard}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			r := sc.Scan(context.Background(), c.file, data)
			var got []hit
			for _, f := range r.Findings {
				got = append(got, hit{f.Category, f.Location.Part, f.Location.Page})
				if slices.Contains(c.none, f.Category) {
					t.Errorf("unexpected %s in %s page %d: %s", f.Rule, f.Location.Part, f.Location.Page, f.Message)
				}
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("no %s in %s on page %d; got %v", w.cat, w.part, w.page, got)
				}
			}
		})
	}
}

func docLimits() doc.Limits { return doc.DefaultLimits() }

// TestPictureOCR checks that the dispatcher reads the pictures of a deck
// (ppt/media) with OCR, as it does a Word document's: a scanned notice
// pasted as a slide is read, not only counted. The picture is the OCR
// package's scanned-notice fixture.
func TestPictureOCR(t *testing.T) {
	if err := extract.OCRCheck(); err != nil {
		t.Skip(err)
	}
	png, err := os.ReadFile(filepath.Join("..", "..", "ocr", "testdata", "marked.png"))
	if err != nil {
		t.Fatal(err)
	}
	slide := `<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:cSld><p:spTree>` +
		`<p:pic><p:nvPicPr><p:cNvPr id="2" name="p"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId1"/></p:blipFill></p:pic></p:spTree></p:cSld></p:sld>`
	rel := func(typ, target string) string {
		return `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` +
			typ + `" Target="` + target + `"/></Relationships>`
	}
	data := ziptest.Zip(
		ziptest.Entry{Name: "_rels/.rels", Body: rel("officeDocument", "ppt/presentation.xml")},
		ziptest.Entry{Name: "ppt/presentation.xml", Body: `<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:sldIdLst><p:sldId id="256" r:id="rId1"/></p:sldIdLst></p:presentation>`},
		ziptest.Entry{Name: "ppt/_rels/presentation.xml.rels", Body: rel("slide", "slides/slide1.xml")},
		ziptest.Entry{Name: "ppt/slides/slide1.xml", Body: slide},
		ziptest.Entry{Name: "ppt/slides/_rels/slide1.xml.rels", Body: rel("image", "../media/image1.png")},
		ziptest.Entry{Name: "ppt/media/image1.png", Body: string(png)},
	)
	d := extract.Extract(context.Background(), "scan.pptx", data, docLimits())
	var read bool
	for _, p := range d.Parts {
		read = read || (p.File == "ppt/media/image1.png" && strings.Contains(p.Text, "机密"))
	}
	if !read {
		t.Errorf("the picture was not read: parts %+v, findings %+v", d.Parts, d.Findings)
	}
	for _, f := range d.Findings {
		if f.Rule == "unreadable.image_only" {
			t.Errorf("image_only kept after the picture was read: %s", f.Message)
		}
	}
}
