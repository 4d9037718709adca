package pdf

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
)

// The layer the shown_*.pdf fixtures draw over marked.png (shown.py).
const layerStart = "关于暂停供水的通知"

// variant returns data with old replaced by repl padded with spaces to
// the same length, so that the cross-reference offsets still hold.
func variant(t *testing.T, data []byte, old, repl string) []byte {
	t.Helper()
	if len(repl) > len(old) || bytes.Count(data, []byte(old)) != 1 {
		t.Fatalf("cannot put %q for %q (found %d times)", repl, old, bytes.Count(data, []byte(old)))
	}
	return bytes.Replace(data, []byte(old), []byte(repl+strings.Repeat(" ", len(old)-len(repl))), 1)
}

// wantUnshown checks that d's page 1 is a scan whose text layer shows
// nothing, for the reason why, and that the layer is still its text.
func wantUnshown(t *testing.T, name string, d *doc.Document, why string) {
	t.Helper()
	if r := strings.Join(rules(d), ","); r != "unreadable.image_only@1" {
		t.Fatalf("%s: findings = %v, want unreadable.image_only@1\n%+v", name, r, d.Findings)
	}
	if m := d.Findings[0].Message; !strings.Contains(m, "第1页为扫描图像，其文字层"+why) {
		t.Errorf("%s: message %q, want the layer %s", name, m, why)
	}
	if p := pageTexts(d)[1]; !strings.HasPrefix(p, layerStart) {
		t.Errorf("%s: page 1 = %q", name, p)
	}
}

// A scan cut into strips (none covering half the page) under an
// invisible layer is covered as one picture would be.
func TestUnshownLayerOverStrips(t *testing.T) {
	data := fixture(t, "testdata", "shown_strips.pdf")
	wantUnshown(t, "strips", extract(t, data), "不可见")
	// The same layer drawn visibly over the strips is the page's text.
	wantRules(t, extract(t, variant(t, data, " 3 Tr", " 0 Tr")))
}

// A layer drawn in the paper's colour over a scan shows nothing, however
// the white is written; in any other colour it is the page's text.
func TestWhiteLayerOverScan(t *testing.T) {
	data := fixture(t, "testdata", "shown_white.pdf")
	wantUnshown(t, "1 1 1 rg", extract(t, data), "为白色或透明")
	// The layer's first operators; the font and leading are set again
	// after them.
	const set = "0 Tr 1 1 1 rg /F2 14 Tf 16.8 TL"
	for _, white := range []string{"1 g", "0 0 0 0 k", ".99 .99 1 rg", "/DeviceGray cs 1 sc", "/DeviceRGB cs 1 1 1 sc", "/DeviceCMYK cs 0 0 0 0 sc", "1 1 1 RG 1 Tr", "1 g 1 1 1 RG 2 Tr"} {
		wantUnshown(t, white, extract(t, variant(t, data, set, white)), "为白色或透明")
	}
	for _, ink := range []string{"0 g", ".2 .2 .2 rg", "0 0 0 1 k", "1 0 0 rg", "/DeviceRGB cs 1 1 .5 sc", "1 g 0 G 2 Tr", "1 g 0 G 1 Tr"} {
		d := extract(t, variant(t, data, set, ink))
		if len(d.Findings) != 0 {
			t.Errorf("%s: findings %v, want the visible layer trusted", ink, rules(d))
		}
	}
}

// A layer drawn visibly and then covered by the scan shows nothing; the
// same scan drawn first, under the layer, leaves it the page's text.
func TestLayerUnderLaterScan(t *testing.T) {
	data := fixture(t, "testdata", "shown_over.pdf")
	wantUnshown(t, "over", extract(t, data), "被随后绘制的图像遮住")
	// Drawn the other way round (shown_white.pdf in black): trusted.
	white := fixture(t, "testdata", "shown_white.pdf")
	wantRules(t, extract(t, variant(t, white, " 1 1 1 rg", " 0 0 0 rg")))
}

// Near misses, whose text is what the page shows: a Chromium page with a
// CSS background picture drawn first under its text, a LibreOffice page
// whose background picture is drawn as 28 tiles under its text, and a
// white title on a dark banner picture across the head of a page of
// black text.
func TestShownTextOverPictures(t *testing.T) {
	for _, name := range []string{"shown_background.pdf", "shown_background_lo.pdf", "shown_banner.pdf"} {
		d := extract(t, fixture(t, "testdata", name))
		if len(d.Findings) != 0 {
			t.Errorf("%s: findings %v", name, rules(d))
		}
		if p := pageTexts(d)[1]; !strings.Contains(p, "暂停供水") {
			t.Errorf("%s: page 1 = %q", name, p)
		}
	}
}

// Tiles and strips drawn by content operators: what they cover together,
// overlaps counted once; a stencil mask drawn over text hides nothing.
func TestPictureTiles(t *testing.T) {
	// The layer: 72 letters in rendering mode 3.
	layer := "BT 3 Tr /F1 12 Tf 72 700 Td" + strings.Repeat(" «关于暂停供水的通知» Tj 0 -14 Td", 8) + " ET\n"
	tiles := func(cms ...string) string {
		var b strings.Builder
		for _, cm := range cms {
			fmt.Fprintf(&b, "q %s cm /Im1 Do Q\n", cm)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, raw string
		want      []string
	}{
		{"four bands", tiles("595 0 0 211 0 0", "595 0 0 211 0 211", "595 0 0 211 0 421", "595 0 0 211 0 632") + layer, []string{"unreadable.image_only@1"}},
		{"2x2 tiles", tiles("298 0 0 421 0 0", "298 0 0 421 297 0", "298 0 0 421 0 421", "298 0 0 421 297 421") + layer, []string{"unreadable.image_only@1"}},
		{"rotated band pair", tiles("0 421 -595 0 595 0", "0 421 -595 0 595 421") + layer, []string{"unreadable.image_only@1"}},
		// Five tiles over the same third of the page cover a third.
		{"overlapping tiles", tiles("595 0 0 280 0 0", "595 0 0 280 0 0", "595 0 0 280 0 10", "595 0 0 280 0 20", "595 0 0 280 0 30") + layer, nil},
		// Tiles past the page box do not cover it.
		{"tiles off the page", tiles("595 0 0 200 0 842", "595 0 0 200 0 1042", "595 0 0 200 0 -200") + layer, nil},
		// The visible layer under a stencil mask (/IM true) that covers the page.
		{"stencil mask over text", strings.Replace(layer, "3 Tr", "0 Tr", 1) + "q 595 0 0 842 0 0 cm BI /W 1 /H 1 /IM true ID \x00 EI Q\n", nil},
		// A visible layer over the scan that nobody can read: half a
		// point high, squeezed to 1%, or off the page box.
		{"tiny layer over a scan", tiles("595 0 0 842 0 0") + strings.Replace(strings.Replace(layer, "3 Tr", "0 Tr", 1), "/F1 12 Tf", "/F1 0.5 Tf", 1), []string{"unreadable.image_only@1"}},
		{"squeezed layer over a scan", tiles("595 0 0 842 0 0") + strings.Replace(layer, "3 Tr", "0 Tr 1 Tz", 1), []string{"unreadable.image_only@1"}},
		{"layer off the page over a scan", tiles("595 0 0 842 0 0") + strings.Replace(strings.Replace(layer, "3 Tr", "0 Tr", 1), "72 700 Td", "72 1700 Td", 1), []string{"unreadable.image_only@1"}},
		// The same layer readable over the scan: the page's text.
		{"readable layer over a scan", tiles("595 0 0 842 0 0") + strings.Replace(layer, "3 Tr", "0 Tr", 1), nil},
		// ... under a page-sized picture with a soft mask (a watermark).
		{"watermark over text", strings.Replace(layer, "3 Tr", "0 Tr", 1) + "q 595 0 0 842 0 0 cm /Im2 Do Q\n", nil},
		// ... under a picture multiplied onto the page, or drawn under a soft mask.
		{"multiplied over text", strings.Replace(layer, "3 Tr", "0 Tr", 1) + "q /Mul gs 595 0 0 842 0 0 cm /Im1 Do Q\n", nil},
		{"soft-masked over text", strings.Replace(layer, "3 Tr", "0 Tr", 1) + "q /Soft gs 595 0 0 842 0 0 cm /Im1 Do Q\n", nil},
		// ... under an opaque inline picture.
		{"inline picture over text", strings.Replace(layer, "3 Tr", "0 Tr", 1) + "q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI Q\n", []string{"unreadable.image_only@1"}},
		// ... under a page-sized picture clipped to a quarter of it.
		{"clipped picture over text", strings.Replace(layer, "3 Tr", "0 Tr", 1) + "q 0 0 300 421 re W n 595 0 0 842 0 0 cm /Im1 Do Q\n", nil},
		// ... under a picture over a quarter of the page only.
		{"small picture over text", strings.Replace(layer, "3 Tr", "0 Tr", 1) + tiles("300 0 0 421 0 421"), nil},
	} {
		d := extract(t, pdftest.Doc{Pages: []pdftest.Page{{Raw: c.raw}}}.Build())
		if got := rules(d); strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: findings %v, want %v", c.name, got, c.want)
		}
	}
}

// The grid counts what pictures cover together, each cell once, and
// within the page box only.
func TestCoverGrid(t *testing.T) {
	page := [4]float64{0, 0, 600, 800}
	for _, c := range []struct {
		name string
		pics []matrix
		want float64
	}{
		{"none", nil, 0},
		{"whole", []matrix{{600, 0, 0, 800, 0, 0}}, 1},
		{"twenty strips", strips(20, 600, 800), 1},
		{"one strip of twenty", strips(20, 600, 800)[:1], 0.05},
		{"same half twice", []matrix{{600, 0, 0, 400, 0, 0}, {600, 0, 0, 400, 0, 0}}, 0.5},
		{"larger than the page", []matrix{{6000, 0, 0, 8000, -3000, -4000}}, 1},
		{"flipped", []matrix{{600, 0, 0, -400, 0, 400}}, 0.5},
	} {
		st := pageStats{grid: newCoverGrid(page, nil)}
		for _, m := range c.pics {
			st.picture(m, rect{}, true)
		}
		if got := st.coverage(600 * 800); math.Abs(got-c.want) > 0.02 {
			t.Errorf("%s: coverage %.3f, want %.3f", c.name, got, c.want)
		}
	}
	if newCoverGrid([4]float64{0, 0, 0, 800}, nil) != nil {
		t.Error("a grid over an empty box")
	}
}

func strips(n int, w, h float64) []matrix {
	var out []matrix
	for i := range n {
		out = append(out, matrix{w, 0, 0, h / float64(n), 0, float64(i) * h / float64(n)})
	}
	return out
}

// The grid's work is bounded: past maxGridWrites pictures are no longer
// marked, and the largest one still counts.
func TestCoverGridBounded(t *testing.T) {
	st := pageStats{grid: newCoverGrid([4]float64{0, 0, 600, 800}, nil)}
	for range 10000 {
		st.picture(matrix{600, 0, 0, 800, 0, 0}, rect{}, true)
	}
	if !st.grid.cut || st.grid.writes > maxGridWrites {
		t.Fatalf("writes %d, cut %v", st.grid.writes, st.grid.cut)
	}
	if st.coverage(600*800) < 0.99 {
		t.Fatal("the largest picture no longer counts")
	}
}

// Colours that are the paper's, in each kind of colour space.
func TestPaperColours(t *testing.T) {
	indexed := &colourSpace{kind: csIndexed, base: csRGB, n: 3, lookup: "\x00\x00\x00\xff\xff\xff"}
	for _, c := range []struct {
		s     *colourSpace
		v     []float64
		paper bool
	}{
		{spaceGray, []float64{1}, true},
		{spaceGray, []float64{0.9}, false},
		{spaceRGB, []float64{1, 1, 0.98}, true},
		{spaceRGB, []float64{1, 1, 0}, false},
		{spaceCMYK, []float64{0, 0, 0, 0}, true},
		{spaceCMYK, []float64{0, 0, 0, 0.2}, false},
		{&colourSpace{kind: csLab}, []float64{100, 0, 0}, true},
		{&colourSpace{kind: csLab}, []float64{50, 0, 0}, false},
		{&colourSpace{kind: csTint}, []float64{0}, true},
		{&colourSpace{kind: csTint}, []float64{1}, false},
		{&colourSpace{kind: csNoInk}, []float64{1}, true},
		{indexed, []float64{1}, true},
		{indexed, []float64{0}, false},
		{indexed, []float64{7}, false}, // past the table
		{spaceOther, []float64{1}, false},
		{spaceGray, nil, false},
	} {
		if got := c.s.paper(c.v); got != c.paper {
			t.Errorf("space %d %v: paper %v, want %v", c.s.kind, c.v, got, c.paper)
		}
	}
}
