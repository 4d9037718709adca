// Package pdftest builds small, valid PDF files for tests: pages of text
// in a CID font with a ToUnicode map (so Chinese round-trips without an
// embedded font program), image-only pages, document information and
// annotations. The files are written by hand, object by object, with a
// correct cross-reference table, so tests control every byte.
package pdftest

import (
	"bytes"
	"compress/lzw"
	"compress/zlib"
	"encoding/ascii85"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
)

// Run is a string drawn at a position, in points from the bottom left, at
// a size.
type Run struct {
	X, Y, Size float64
	Text       string
}

// Page is one page: runs of text, and optionally an image that covers the
// page (a scan) and annotations with comment text.
type Page struct {
	Runs     []Run
	Image    bool
	Comments []string
	// Raw is content-stream text added after the runs, with the test
	// font as /F1; text between « and » becomes the font's hex string
	// (<0001…>), so a test can write any operator sequence:
	// "BT /F1 12 Tf 72 700 Td [«秘密» -500 «★»] TJ ET".
	Raw string
	// Links are Link annotations: a URI action each, or, for a target
	// that starts with "launch:", a Launch action opening the file that
	// follows.
	Links []string
}

// Bookmark is an item of the document outline, with its children; URI,
// when set, is its URI action.
type Bookmark struct {
	Title string
	URI   string
	Kids  []Bookmark
}

// Doc is a PDF to build.
type Doc struct {
	Pages []Page
	Info  map[string]string // Title, Author, …
	// Bookmarks are the document outline.
	Bookmarks []Bookmark
	// Repeat, when above 1, lists the pages that many times, each copy
	// sharing its content stream with the first: a small file that is
	// slow to read.
	Repeat int
	// Filters, when set, are the filters every content stream and the
	// font's ToUnicode map are written with, in the order of /Filter
	// (the first is decoded first): FlateDecode, LZWDecode (EarlyChange
	// 0), ASCII85Decode, ASCIIHexDecode, RunLengthDecode, or their
	// abbreviations Fl, LZW, A85, AHx, RL.
	Filters []string
	// CutContent, with Filters, writes only the first half of each
	// content stream's encoded data (a stream cut short, its end-of-data
	// marker lost), with a /Length that says so.
	CutContent bool
}

// Lines is a page of lines of text, one run a line, 12 points, from the top.
func Lines(lines ...string) Page {
	var p Page
	for i, l := range lines {
		p.Runs = append(p.Runs, Run{X: 72, Y: 770 - float64(i)*18, Size: 12, Text: l})
	}
	return p
}

// Build writes the PDF.
func (d Doc) Build() []byte {
	// Glyph codes: every distinct rune gets a two-byte code from 1.
	codes := map[rune]int{}
	addCodes := func(s string) {
		for _, c := range s {
			if _, ok := codes[c]; !ok {
				codes[c] = len(codes) + 1
			}
		}
	}
	for _, p := range d.Pages {
		for _, r := range p.Runs {
			addCodes(r.Text)
		}
		for _, t := range rawTexts(p.Raw) {
			addCodes(t)
		}
	}
	var objs []string // objs[i] is object i+1
	add := func(s string) int {
		objs = append(objs, s)
		return len(objs)
	}
	catalog := add("") // filled in below
	pagesObj := add("")
	font := add("")
	cidFont := add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>")
	toUni := add(d.filtered(toUnicode(codes), false))
	objs[font-1] = fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", cidFont, toUni)
	helvetica := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	image := add(stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00\xff\xff\x00"))
	// Im2: the same picture with a soft mask (a PNG's alpha channel, as a
	// watermark has), drawn only by a page's Raw content.
	alpha := add(stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x20\x00\x00\x20"))
	masked := add(stream(fmt.Sprintf("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /SMask %d 0 R", alpha), "\x00\xff\xff\x00"))
	// The pages share their pictures and graphics states (Mul: a blend
	// mode; Soft: a soft mask), so that a page adds a few bytes.
	xobjects := add(fmt.Sprintf("<< /Im1 %d 0 R /Im2 %d 0 R >>", image, masked))
	gstates := add("<< /Mul << /BM /Multiply >> /Soft << /SMask << /S /Luminosity >> >> >>")
	var kids []string
	for _, p := range d.Pages {
		var c strings.Builder
		if p.Image {
			c.WriteString("q 595 0 0 842 0 0 cm /Im1 Do Q\n")
		}
		for _, r := range p.Runs {
			fmt.Fprintf(&c, "BT /F1 %g Tf %g %g Td <", r.Size, r.X, r.Y)
			for _, ch := range r.Text {
				fmt.Fprintf(&c, "%04X", codes[ch])
			}
			c.WriteString("> Tj ET\n")
		}
		c.WriteString(rawContent(p.Raw, codes))
		content := add(d.filtered(c.String(), d.CutContent))
		var annots []string
		for _, note := range p.Comments {
			annots = append(annots, fmt.Sprintf("%d 0 R", add(fmt.Sprintf("<< /Type /Annot /Subtype /Text /Rect [100 100 120 120] /Contents %s >>", textString(note)))))
		}
		for _, l := range p.Links {
			action := fmt.Sprintf("<< /S /URI /URI %s >>", textString(l))
			if f, ok := strings.CutPrefix(l, "launch:"); ok {
				action = fmt.Sprintf("<< /S /Launch /F << /Type /Filespec /F %s /UF %s >> >>", textString(f), textString(f))
			}
			annots = append(annots, fmt.Sprintf("%d 0 R", add(fmt.Sprintf("<< /Type /Annot /Subtype /Link /Rect [72 700 200 712] /Border [0 0 0] /A %s >>", action))))
		}
		page := fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject %d 0 R /ExtGState %d 0 R >>", pagesObj, content, font, helvetica, xobjects, gstates)
		if len(annots) > 0 {
			page += " /Annots [" + strings.Join(annots, " ") + "]"
		}
		kids = append(kids, fmt.Sprintf("%d 0 R", add(page+" >>")))
	}
	for n := len(kids); d.Repeat > 1 && len(kids) < n*d.Repeat; {
		// Another page object with the same dictionary, so the same
		// content stream and resources.
		first := kids[len(kids)%n]
		var id int
		fmt.Sscanf(first, "%d", &id)
		kids = append(kids, fmt.Sprintf("%d 0 R", add(objs[id-1])))
	}
	outline := ""
	if len(d.Bookmarks) > 0 {
		root := add("")
		set := func(id int, s string) { objs[id-1] = s }
		first, last := addBookmarks(add, set, root, d.Bookmarks)
		objs[root-1] = fmt.Sprintf("<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>", first, last, len(d.Bookmarks))
		outline = fmt.Sprintf(" /Outlines %d 0 R /PageMode /UseOutlines", root)
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R%s >>", pagesObj, outline)
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	info := 0
	if len(d.Info) > 0 {
		keys := make([]string, 0, len(d.Info))
		for k := range d.Info {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("<<")
		for _, k := range keys {
			fmt.Fprintf(&b, " /%s %s", k, textString(d.Info[k]))
		}
		b.WriteString(" >>")
		info = add(b.String())
	}

	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R", len(objs)+1, catalog)
	if info != 0 {
		fmt.Fprintf(&out, " /Info %d 0 R", info)
	}
	fmt.Fprintf(&out, " >>\nstartxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes()
}

// addBookmarks adds the outline items bs under parent and returns the
// first and last item's objects; each is set once its siblings and
// children have their numbers.
func addBookmarks(add func(string) int, set func(int, string), parent int, bs []Bookmark) (first, last int) {
	ids := make([]int, len(bs))
	for i := range bs {
		ids[i] = add("")
	}
	items := make([]string, len(bs))
	for i, b := range bs {
		item := fmt.Sprintf("<< /Title %s /Parent %d 0 R", textString(b.Title), parent)
		if i > 0 {
			item += fmt.Sprintf(" /Prev %d 0 R", ids[i-1])
		}
		if i+1 < len(bs) {
			item += fmt.Sprintf(" /Next %d 0 R", ids[i+1])
		}
		if b.URI != "" {
			item += fmt.Sprintf(" /A << /S /URI /URI %s >>", textString(b.URI))
		}
		if len(b.Kids) > 0 {
			f, l := addBookmarks(add, set, ids[i], b.Kids)
			item += fmt.Sprintf(" /First %d 0 R /Last %d 0 R /Count %d", f, l, len(b.Kids))
		}
		items[i] = item + " >>"
	}
	for i, id := range ids {
		set(id, items[i])
	}
	return ids[0], ids[len(ids)-1]
}

// filtered is a stream of data written with d.Filters, its encoded data
// cut to half when cut is set.
func (d Doc) filtered(data string, cut bool) string {
	if len(d.Filters) == 0 {
		return stream("", data)
	}
	var names, params []string
	for i := len(d.Filters) - 1; i >= 0; i-- {
		data = encode(d.Filters[i], data)
	}
	if cut {
		data = data[:len(data)/2]
	}
	for _, f := range d.Filters {
		names = append(names, "/"+f)
		if f == "LZWDecode" || f == "LZW" {
			params = append(params, "<< /EarlyChange 0 >>")
		} else {
			params = append(params, "null")
		}
	}
	return stream(fmt.Sprintf("/Filter [%s] /DecodeParms [%s]", strings.Join(names, " "), strings.Join(params, " ")), data)
}

// encode writes data with one filter.
func encode(filter, data string) string {
	var b bytes.Buffer
	switch filter {
	case "FlateDecode", "Fl":
		w := zlib.NewWriter(&b)
		w.Write([]byte(data))
		w.Close()
	case "LZWDecode", "LZW":
		w := lzw.NewWriter(&b, lzw.MSB, 8)
		w.Write([]byte(data))
		w.Close()
	case "ASCII85Decode", "A85":
		w := ascii85.NewEncoder(&b)
		w.Write([]byte(data))
		w.Close()
		b.WriteString("~>")
	case "ASCIIHexDecode", "AHx":
		// Lines of 64 digits, as mutool clean -a writes them.
		h := hex.EncodeToString([]byte(data))
		for len(h) > 64 {
			b.WriteString(h[:64] + "\n")
			h = h[64:]
		}
		b.WriteString(h + ">")
	case "RunLengthDecode", "RL":
		// A run of three or more equal bytes is repeated; other bytes
		// are copied, up to 128 a run.
		for i := 0; i < len(data); {
			j := i
			for j < len(data) && j-i < 128 && data[j] == data[i] {
				j++
			}
			if j-i >= 3 {
				b.WriteByte(byte(257 - (j - i)))
				b.WriteByte(data[i])
				i = j
				continue
			}
			j = i
			for j < len(data) && j-i < 128 && !(j+2 < len(data) && data[j] == data[j+1] && data[j] == data[j+2]) {
				j++
			}
			b.WriteByte(byte(j - i - 1))
			b.WriteString(data[i:j])
			i = j
		}
		b.WriteByte(128)
	default:
		panic("pdftest: no encoder for " + filter)
	}
	return b.String()
}

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// textString writes s as a UTF-16BE PDF text string.
func textString(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

func toUnicode(codes map[rune]int) string {
	type pair struct {
		code int
		r    rune
	}
	var ps []pair
	for r, c := range codes {
		ps = append(ps, pair{c, r})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].code < ps[j].code })
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for len(ps) > 0 {
		n := len(ps)
		if n > 100 {
			n = 100
		}
		fmt.Fprintf(&b, "%d beginbfchar\n", n)
		for _, p := range ps[:n] {
			b.WriteString(fmt.Sprintf("<%04X> <", p.code))
			for _, u := range utf16.Encode([]rune{p.r}) {
				fmt.Fprintf(&b, "%04X", u)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
		ps = ps[n:]
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.String()
}

// rawTexts returns the texts between « and » in raw.
func rawTexts(raw string) []string {
	var out []string
	for {
		i := strings.Index(raw, "«")
		if i < 0 {
			return out
		}
		raw = raw[i+len("«"):]
		j := strings.Index(raw, "»")
		if j < 0 {
			return out
		}
		out = append(out, raw[:j])
		raw = raw[j+len("»"):]
	}
}

// rawContent replaces each «text» of raw by its hex string.
func rawContent(raw string, codes map[rune]int) string {
	if raw == "" {
		return ""
	}
	var b strings.Builder
	for {
		i := strings.Index(raw, "«")
		j := strings.Index(raw, "»")
		if i < 0 || j < i {
			b.WriteString(raw)
			b.WriteString("\n")
			return b.String()
		}
		b.WriteString(raw[:i])
		b.WriteString("<")
		for _, ch := range raw[i+len("«") : j] {
			fmt.Fprintf(&b, "%04X", codes[ch])
		}
		b.WriteString(">")
		raw = raw[j+len("»"):]
	}
}
