package docx

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// sink collects the text of one kind of part.
type sink struct {
	b    strings.Builder
	open bool // text written since the last paragraph end
	// runes counts the runes written; cells are the table cells read
	// into this sink (table.go), lastNL says the last rune was a line
	// break.
	runes  int
	cells  []doc.Cell
	lastNL bool
	// places are the paragraphs written to this sink, and pstart is
	// where the open one began (place.go).
	places []place
	pstart int
}

// run is the state of an open <w:r>.
type run struct {
	style  string // w:rStyle
	vanish tri    // w:vanish on the run itself
}

// walker reads one member's token stream. Text boxes and runs can nest
// (a text box sits inside a run of an outer paragraph), so paragraph
// styles and runs are stacks.
type walker struct {
	x      *extractor
	kind   string
	member string

	main, box, del, ins, hid sink
	// Text beside the flow: watermarks, alternative text, field
	// instructions, content control and form field entries.
	wm, alt, fld, cc, ff sink
	// bm are the names of the bookmarks a reader sees (Insert →
	// Bookmark lists them; those starting with _ are Word's own).
	bm    sink
	said  map[string]bool // alternative texts written
	instr strings.Builder // the open field's instruction
	marks []bool          // per open drawing or VML shape: it is a watermark

	stack    []string // local names of the open elements
	paras    []string // paragraph style of each open <w:p>
	runs     []run
	delDepth int    // open w:del and w:moveFrom
	insDepth int    // open w:ins and w:moveTo
	boxDepth int    // open w:txbxContent
	alts     []bool // per open mc:AlternateContent: a Choice was read
	// fallback is the text of the mc:Fallback copies not read (the VML
	// of a text box Word writes beside its DrawingML), a line a
	// paragraph: what it holds besides the text read is read (parts).
	fallback   strings.Builder
	inFallback bool // the element being skipped is a Fallback
	tokens     int
	// tables are the open tables, innermost last (table.go).
	tables     []table
	tableCount int
	// Where the text stands (place.go): paragraphs ended, page breaks
	// seen, sections begun.
	pos position
}

// parent is the local name of the element enclosing the current one.
func (w *walker) parent() string {
	if len(w.stack) < 2 {
		return ""
	}
	return w.stack[len(w.stack)-2]
}

func (w *walker) walk(dec *zipguard.XMLDecoder) error {
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if w.tokens++; w.tokens%4096 == 0 && time.Now().After(w.x.deadline) {
			return errTimeout
		}
		switch t := t.(type) {
		case xml.StartElement:
			w.stack = append(w.stack, t.Name.Local)
			skip, err := w.start(t)
			if err != nil {
				return err
			}
			if skip {
				w.stack = w.stack[:len(w.stack)-1]
				if w.inFallback {
					w.inFallback = false
					if err := fallbackText(dec, &w.fallback); err != nil {
						return err
					}
				} else if err := dec.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if err := w.end(t.Name.Local); err != nil {
				return err
			}
			w.stack = w.stack[:len(w.stack)-1]
		case xml.CharData:
			n := len(w.stack)
			switch {
			case n > 0 && (w.stack[n-1] == "t" || w.stack[n-1] == "delText"):
				if err := w.emit(string(t)); err != nil {
					return err
				}
			case n > 0 && (w.stack[n-1] == "instrText" || w.stack[n-1] == "delInstrText"):
				w.instr.Write(t)
				if w.instr.Len() > maxInstr {
					if err := w.endField(); err != nil {
						return err
					}
				}
			}
		}
	}
}

// start handles an element's start; skip says to skip its content.
func (w *walker) start(se xml.StartElement) (skip bool, err error) {
	switch se.Name.Local {
	case "tbl":
		w.tableStart()
	case "tr":
		w.rowStart()
	case "tc":
		w.cellStart()
	case "gridSpan":
		if w.parent() == "tcPr" {
			w.gridSpan(zipguard.Attr(se, "val"))
		}
	case "p":
		w.paras = append(w.paras, "")
	case "lastRenderedPageBreak", "sectPr", "type", "headerReference", "footerReference", "pageBreakBefore":
		w.mark(se)
	case "pStyle":
		if w.parent() == "pPr" && len(w.paras) > 0 {
			w.paras[len(w.paras)-1] = zipguard.Attr(se, "val")
		}
	case "r":
		if w.parent() != "rPr" { // not a run property of that name
			w.runs = append(w.runs, run{})
		}
	case "rStyle":
		if w.inRunProps() {
			w.runs[len(w.runs)-1].style = zipguard.Attr(se, "val")
		}
	case "vanish":
		if w.inRunProps() {
			w.runs[len(w.runs)-1].vanish = onOff(se)
		}
	case "del", "moveFrom":
		w.delDepth++
	case "ins", "moveTo":
		w.insDepth++
	case "txbxContent":
		w.boxDepth++
	case "pic", "imagedata":
		// A picture is pic:pic in a:graphicData or in a group of shapes
		// (RawToken keeps only prefixes), or a VML v:imagedata.
		if p := w.parent(); se.Name.Local == "imagedata" || p == "graphicData" || p == "wgp" || p == "grpSp" {
			w.x.images++
		}
		if se.Name.Local == "imagedata" {
			return false, w.altText(se, "title") // o:title, a VML picture's title
		}
	case "anchor", "inline", "shape":
		// A DrawingML drawing (its wp:docPr, read next, may name it a
		// watermark) or a VML shape (Word and LibreOffice name theirs
		// PowerPlusWaterMarkObject…).
		w.marks = append(w.marks, se.Name.Local == "shape" && isWatermark(zipguard.Attr(se, "id")+" "+zipguard.Attr(se, "spid")))
		return false, w.altText(se, "alt")
	case "docPr", "cNvPr":
		if n := len(w.marks); n > 0 && isWatermark(zipguard.Attr(se, "name")) {
			w.marks[n-1] = true
		}
		return false, w.altText(se, "title", "descr")
	case "hyperlink":
		return false, w.altText(se, "tooltip")
	case "bookmarkStart":
		if name := zipguard.Attr(se, "name"); name != "" && !strings.HasPrefix(name, "_") {
			// A name holds no spaces: its words are joined by _.
			return false, w.line(&w.bm, strings.ReplaceAll(name, "_", " "))
		}
	case "textpath":
		// WordArt's text: in a header it is the watermark that Word
		// and LibreOffice write.
		k := &w.box
		if w.watermark() || w.kind == doc.Header || w.kind == doc.Footer {
			k = &w.wm
		}
		return false, w.line(k, zipguard.Attr(se, "string"))
	case "fldSimple":
		w.instr.WriteString(zipguard.Attr(se, "instr"))
		return false, w.endField()
	case "fldChar":
		return false, w.endField()
	case "helpText", "statusText", "listEntry":
		if w.inField() {
			return false, w.line(&w.ff, zipguard.Attr(se, "val"))
		}
	case "default":
		if w.parent() == "textInput" && w.inField() {
			return false, w.line(&w.ff, zipguard.Attr(se, "val"))
		}
	case "alias":
		if w.parent() == "sdtPr" {
			return false, w.line(&w.cc, zipguard.Attr(se, "val"))
		}
	case "listItem":
		shown, value := zipguard.Attr(se, "displayText"), zipguard.Attr(se, "value")
		if err := w.line(&w.cc, shown); err != nil || value == shown {
			return false, err
		}
		return false, w.line(&w.cc, value)
	case "altChunk":
		if w.x.chunks == nil {
			w.x.chunks = map[string][]string{}
		}
		w.x.chunks[w.member] = append(w.x.chunks[w.member], zipguard.Attr(se, "id"))
	case "AlternateContent":
		w.alts = append(w.alts, false)
	case "Choice":
		if n := len(w.alts); n > 0 {
			if w.alts[n-1] {
				return true, nil // read one choice only
			}
			w.alts[n-1] = true
		}
	case "Fallback":
		if n := len(w.alts); n > 0 && w.alts[n-1] {
			// The same content again, for older readers: only what
			// it holds besides is read.
			w.inFallback = true
			return true, nil
		}
	case "rPrChange", "pPrChange":
		return true, nil // old properties: no text, and no effect now
	case "footnote", "endnote":
		if typ := zipguard.Attr(se, "type"); typ != "" && typ != "normal" {
			return true, nil // separators
		}
	case "tab", "ptab":
		if w.parent() == "r" {
			return false, w.emit("\t")
		}
	case "br", "cr":
		if w.parent() == "r" {
			if zipguard.Attr(se, "type") == "page" {
				w.mark(se)
			}
			return false, w.emit("\n")
		}
	case "noBreakHyphen":
		if w.parent() == "r" {
			return false, w.emit("-")
		}
	case "sym":
		if w.parent() == "r" {
			if c, err := strconv.ParseUint(zipguard.Attr(se, "char"), 16, 32); err == nil && utf8.ValidRune(rune(c)) && c >= 0x20 {
				return false, w.emit(string(symbolRune(zipguard.Attr(se, "font"), rune(c))))
			}
		}
	}
	return false, nil
}

// inRunProps says whether the current element is a direct child of a
// run's <w:rPr> (not of a paragraph mark's or a style's).
func (w *walker) inRunProps() bool {
	n := len(w.stack)
	return n >= 3 && w.stack[n-2] == "rPr" && w.stack[n-3] == "r" && len(w.runs) > 0
}

func (w *walker) end(local string) error {
	switch local {
	case "tbl":
		w.tableEnd()
	case "tc":
		w.cellEnd()
	case "p":
		if len(w.paras) > 0 {
			w.paras = w.paras[:len(w.paras)-1]
		}
		return w.paragraphEnd()
	case "r":
		if w.parent() != "rPr" && len(w.runs) > 0 {
			w.runs = w.runs[:len(w.runs)-1]
		}
	case "del", "moveFrom":
		w.delDepth--
	case "ins", "moveTo":
		w.insDepth--
	case "txbxContent":
		w.boxDepth--
	case "anchor", "inline", "shape":
		if len(w.marks) > 0 {
			w.marks = w.marks[:len(w.marks)-1]
		}
	case "AlternateContent":
		if len(w.alts) > 0 {
			w.alts = w.alts[:len(w.alts)-1]
		}
	}
	return nil
}

// hidden says whether text of the current run is hidden: by the run's own
// w:vanish, else its character style, else its paragraph's style, else the
// document defaults.
func (w *walker) hidden() bool {
	s := &w.x.styles
	if n := len(w.runs); n > 0 {
		r := w.runs[n-1]
		if r.vanish != unset {
			return r.vanish == on
		}
		if v := s.vanish(r.style); v != unset {
			return v == on
		}
	}
	pstyle := s.defaultPara
	if n := len(w.paras); n > 0 && w.paras[n-1] != "" {
		pstyle = w.paras[n-1]
	}
	if v := s.vanish(pstyle); v != unset {
		return v == on
	}
	return s.docDefault == on
}

// emit writes text of the current run where a reader would meet it.
func (w *walker) emit(s string) error {
	w.begin()
	if w.delDepth > 0 {
		return w.write(&w.del, s)
	}
	var err error
	switch {
	case w.boxDepth > 0 && w.watermark():
		err = w.write(&w.wm, s)
	case w.hidden():
		err = w.write(&w.hid, s)
	case w.boxDepth > 0:
		err = w.write(&w.box, s)
	default:
		err = w.write(&w.main, s)
	}
	if err == nil && w.insDepth > 0 {
		err = w.write(&w.ins, s)
	}
	return err
}

func (w *walker) write(k *sink, s string) error {
	n := utf8.RuneCountInString(s)
	if n > w.x.left {
		return errTooMuchText
	}
	w.x.left -= n
	k.b.WriteString(s)
	k.open = true
	k.runes += n
	if s != "" {
		k.lastNL = s[len(s)-1] == '\n'
	}
	return nil
}

// paragraphEnd ends the line of the visible text, and of each hidden kind
// that got text in this paragraph.
func (w *walker) paragraphEnd() error {
	visible := w.visible()
	if err := w.write(visible, "\n"); err != nil {
		return err
	}
	visible.open = false
	w.placed(visible)
	for _, k := range []*sink{&w.del, &w.ins, &w.hid} {
		if k.open {
			if err := w.write(k, "\n"); err != nil {
				return err
			}
			k.open = false
			w.placed(k)
		}
	}
	w.paraEnd()
	return nil
}

// visible is the sink that the visible text of the current place goes to.
func (w *walker) visible() *sink {
	switch {
	case w.boxDepth > 0 && w.watermark():
		return &w.wm
	case w.boxDepth > 0:
		return &w.box
	}
	return &w.main
}

// parts returns the parts read from the member called file. The main part
// of the body is returned even when empty; other parts only with text.
func (w *walker) parts(file string) []doc.Part {
	_ = w.endField() // an instruction cut short by an error
	var ps []doc.Part
	add := func(k *sink, kind, hidden string, always bool) {
		text := k.b.String()
		if k.open && !strings.HasSuffix(text, "\n") {
			text += "\n" // a paragraph cut short by an error
		}
		if always || strings.TrimSpace(text) != "" {
			ps = append(ps, doc.Part{Kind: kind, File: file, Text: text, Hidden: hidden, Cells: k.cells, Places: w.places(k)})
		}
	}
	mainHidden := ""
	if w.kind == doc.Comment {
		mainHidden = HiddenComment
	}
	add(&w.main, w.kind, mainHidden, w.kind == doc.Body)
	add(&w.box, doc.TextBox, "", false)
	add(&w.del, doc.TrackedDeletion, HiddenDeletion, false)
	add(&w.ins, doc.TrackedInsert, HiddenInsertion, false)
	add(&w.hid, doc.HiddenText, HiddenText, false)
	add(&w.wm, doc.Watermark, "", false)
	add(&w.alt, doc.AltText, "", false)
	add(&w.fld, doc.Field, "", false)
	add(&w.cc, doc.ContentControl, "", false)
	add(&w.ff, doc.FormField, "", false)
	add(&w.bm, doc.Outline, "", false)
	if w.fallback.Len() > 0 {
		if text := besides(w.fallback.String(), ps); text != "" {
			ps = append(ps, doc.Part{Kind: doc.TextBox, File: file, Text: text})
		}
	}
	return ps
}

// maxBesideLines bounds the lines of a copy compared with the text read.
const maxBesideLines = 4096

// besides returns the lines of a copy (a Fallback's text) that the text
// of ps does not hold, compared without spacing (a copy breaks lines,
// tabs and hyphens otherwise, and holds hidden runs the parts read as
// hidden text), a line each. Past maxBesideLines lines the rest of the
// copy is kept whole.
func besides(copyText string, ps []doc.Part) string {
	var all strings.Builder
	for _, p := range ps {
		all.WriteString(unspaced(p.Text))
	}
	read := all.String()
	var b strings.Builder
	for i, l := range strings.Split(copyText, "\n") {
		u := unspaced(l)
		if u == "" {
			continue
		}
		if i >= maxBesideLines || !strings.Contains(read, u) {
			b.WriteString(strings.Join(strings.Fields(l), " ") + "\n")
		}
	}
	return b.String()
}

// unspaced is s without its spacing.
func unspaced(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// maxFallback bounds the text kept of the Fallback copies of one member.
const maxFallback = 1 << 20

// fallbackText reads the rest of an mc:Fallback element (its start read)
// to its end, writing the text of its w:t elements to b, a line a
// paragraph, up to maxFallback bytes.
func fallbackText(dec *zipguard.XMLDecoder, b *strings.Builder) error {
	depth, inText := 1, false
	for depth > 0 {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			depth++
			inText = t.Name.Local == "t"
			switch t.Name.Local {
			case "br", "cr":
				b.WriteByte('\n')
			case "tab":
				b.WriteByte(' ')
			case "noBreakHyphen":
				b.WriteByte('-')
			}
		case xml.EndElement:
			depth--
			inText = false
			if t.Name.Local == "p" && b.Len() < maxFallback {
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText && b.Len() < maxFallback {
				b.Write(t)
			}
		}
	}
	return nil
}

// maxInstr is the longest field instruction kept whole; a longer one is
// written out in pieces.
const maxInstr = 4096

// line writes s, its whitespace collapsed, on a line of its own in k.
func (w *walker) line(k *sink, s string) error {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return nil
	}
	if k.open {
		if err := w.write(k, "\n"); err != nil {
			return err
		}
	}
	if err := w.write(k, s+"\n"); err != nil {
		return err
	}
	k.open = false
	return nil
}

// altText writes the values of se's attributes called keys to the
// alternative text, each once per member: a picture carries the same
// description in wp:docPr and in pic:cNvPr.
func (w *walker) altText(se xml.StartElement, keys ...string) error {
	for _, k := range keys {
		v := strings.Join(strings.Fields(zipguard.Attr(se, k)), " ")
		if v == "" || w.said[v] {
			continue
		}
		if w.said == nil {
			w.said = map[string]bool{}
		}
		w.said[v] = true
		if err := w.line(&w.alt, v); err != nil {
			return err
		}
	}
	return nil
}

// endField writes the instruction read since the last field character
// (w:instrText may be split over many runs) as a line of its own.
func (w *walker) endField() error {
	// Paths in field codes double their backslashes.
	s := strings.ReplaceAll(w.instr.String(), `\\`, `\`)
	w.instr.Reset()
	return w.line(&w.fld, s)
}

// inField says whether the current element is inside a legacy form
// field's data (w:ffData).
func (w *walker) inField() bool {
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i] == "ffData" {
			return true
		}
	}
	return false
}

// watermark says whether the current drawing or shape, or one that holds
// it, is a watermark.
func (w *walker) watermark() bool {
	for _, m := range w.marks {
		if m {
			return true
		}
	}
	return false
}

// isWatermark says whether a drawing's or shape's name or id names a
// watermark, as Word (PowerPlusWaterMarkObject) and LibreOffice do.
func isWatermark(name string) bool {
	return strings.Contains(strings.ToLower(name), "watermark")
}

// symbolRune is the character a symbol w:sym inserts from font: Word's
// Insert Symbol writes a symbol font's glyph as its code in the private
// use area (F000 + its byte). Wingdings's star (AB) is ★, the star of a
// classification marking; any other symbol stays a private-use character
// that stands for one symbol in the text (dropping it made 秘密★1年 read
// 秘密1年, and the marking pass).
func symbolRune(font string, c rune) rune {
	if c < 0x100 {
		c += 0xF000
	}
	if strings.EqualFold(font, "Wingdings") && c == 0xF0AB {
		return '★'
	}
	return c
}
