package redact

import (
	"strings"
	"testing"
)

// miniQDF is a one-page PDF in qpdf's QDF form, with content as its
// page's content stream and a Helvetica font (no /Widths: the standard
// metrics apply) as /F1.
func miniQDF(content string) string {
	return `%PDF-1.4
1 0 obj
<< /Type /Catalog /Pages 2 0 R >>
endobj
2 0 obj
<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>
endobj
3 0 obj
<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>
endobj
4 0 obj
<< /Length 0 >>
stream
` + content + `
endstream
endobj
5 0 obj
<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
endobj
6 0 obj
<< /Type /Font /Subtype /TrueType /FirstChar 1 /Widths [ 500 500 500 500 500 500 500 500 500 500 500 500 ] /ToUnicode 7 0 R >>
endobj
7 0 obj
<< /Length 0 >>
stream
/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <01> <0a> <0030> endbfrange
2 beginbfchar <0b> <624B> <0c> <673A> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end
endstream
endobj
trailer << /Root 1 0 R /Size 8 >>
`
}

func TestRedactQDF(t *testing.T) {
	m := newMasker(scanner().Engine(), Options{Operator: Mask}, nil)
	tests := []struct{ name, content, want string }{
		{"a Tj in Helvetica", `BT /F1 12 Tf 72 700 Td (Tel 13912345678 end) Tj ET`,
			`BT /F1 12 Tf 72 700 Td [<54656c20313339> -556 -556 -556 -556 <3536373820656e64>] TJ ET`},
		{"character spacing kept", `BT /F1 10 Tf 2 Tc 72 700 Td [(Tel 139) -100 (12345678)] TJ ET`,
			`BT /F1 10 Tf 2 Tc 72 700 Td [<54656c20313339> -100 -756 -756 -756 -756 <35363738>] TJ ET`},
		{"a subset font with a ToUnicode map, a mobile over two operators", `BT /F2 12 Tf 72 700 Td <0b0c02040a> Tj 20 0 Td <0203040506070809> Tj ET`,
			`BT /F2 12 Tf 72 700 Td <0b0c02040a> Tj 20 0 Td [-500 -500 -500 -500 <06070809>] TJ ET`},
		{"nothing to remove", `BT /F1 12 Tf (12345) Tj ET`, `BT /F1 12 Tf (12345) Tj ET`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := parseQDF([]byte(miniQDF(tt.content)))
			if err != nil {
				t.Fatal(err)
			}
			out, _, err := q.redact(m)
			if err != nil {
				t.Fatal(err)
			}
			if want := miniQDF(tt.want); string(out) != want {
				got := string(out)
				if i := strings.Index(got, "stream\n"); i >= 0 {
					got = got[i+7 : i+7+strings.Index(got[i+7:], "\nendstream")]
				}
				t.Errorf("content\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// FuzzRedactQDF runs the PDF reader and the content stream rewriting over
// arbitrary QDF text (what qpdf writes from an untrusted PDF): no panic.
func FuzzRedactQDF(f *testing.F) {
	f.Add([]byte(miniQDF(`BT /F1 12 Tf 72 700 Td (Tel 13912345678 end) Tj ET`)))
	f.Add([]byte(miniQDF(`BT /F2 12 Tf [<0b0c020a04> 20 <0203040506070809>] TJ BI /W 1 ID xx EI ET`)))
	f.Add([]byte(miniQDF(`q BT /F1 0 Tf (13912345678) ' ET Q`)))
	m := newMasker(scanner().Engine(), Options{Operator: Mask}, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 32<<10 {
			return
		}
		q, err := parseQDF(data)
		if err != nil {
			return
		}
		q.redact(m)
	})
}

func TestRedactQDFInfo(t *testing.T) {
	doc := strings.Replace(miniQDF(`BT ET`), "trailer << /Root 1 0 R /Size 8 >>", "8 0 obj\n<< /Title (T) /Author (Zhang 13912345678) /Keywords <4142> >>\nendobj\ntrailer << /Root 1 0 R /Info 8 0 R /Size 9 >>", 1)
	doc = strings.Replace(doc, "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Catalog /Pages 2 0 R /Metadata 9 0 R >>", 1)
	q, err := parseQDF([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := q.redact(newMasker(scanner().Engine(), Options{Operator: Mask}, nil))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<< /Title (T) /Author () /Keywords () >>", "<< /Type /Catalog /Pages 2 0 R  >>"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

func TestRedactQDFNotes(t *testing.T) {
	page := "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>"
	for _, tt := range []struct {
		name, annot string
		gone        bool
	}{
		{"a note goes, with the page's links", "<< /Type /Annot /Subtype /Text /Contents (13912345678) >>", true},
		{"links alone stay", "<< /Type /Annot /Subtype /Link /A << /URI (http://example.gov.cn/) >> >>", false},
		{"form fields stay for the rescan", "<< /Type /Annot /Subtype /Widget /V (x) >>", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := strings.Replace(miniQDF(`BT ET`), page, strings.Replace(page, "/Contents 4 0 R", "/Contents 4 0 R /Annots [ 10 0 R ]", 1), 1)
			doc = strings.Replace(doc, "trailer", "10 0 obj\n"+tt.annot+"\nendobj\ntrailer", 1)
			q, err := parseQDF([]byte(doc))
			if err != nil {
				t.Fatal(err)
			}
			out, _, err := q.redact(newMasker(scanner().Engine(), Options{Operator: Mask}, nil))
			if err != nil {
				t.Fatal(err)
			}
			if gone := !strings.Contains(string(out), "/Annots"); gone != tt.gone {
				t.Errorf("annotations gone: %v, want %v", gone, tt.gone)
			}
		})
	}
}
