package htmlx

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	asmutf8 "github.com/segmentio/asm/utf8"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// KindScript is the kind of the part that holds text found only in the
// page source: the text of <script> elements and the fallback text of
// <noembed>, <noframes> and <iframe>. It is scanned but not reported as
// hidden content, so that a page with ordinary JavaScript is not flagged.
const KindScript = "html_script"

// The hidden reasons of the parts this package writes.
const (
	HiddenElement   = "隐藏元素"
	HiddenComment   = "HTML注释"
	HiddenFormField = "隐藏表单字段"
	// HiddenOfficeComment is the reason of the comments of a Word or WPS
	// document saved as a web page.
	HiddenOfficeComment = "网页中保留的Word/WPS批注"
)

var (
	errTooMuchText = errors.New("htmlx: text over limit")
	errTimeout     = errors.New("htmlx: time limit reached")
)

// Extract reads the HTML page in data. Every problem with the input is an
// unreadable finding in the returned Document, never an error; a panic
// inside is recovered as unreadable.parser_panic.
func Extract(data []byte, lim doc.Limits) (d *doc.Document, err error) {
	return ExtractArchived(data, nil, lim)
}

// ExtractArchived is Extract for a page of a web archive (MHT, MHTML):
// sheets are the stylesheets the archive carries, by the addresses its
// pages link them with (cid:…, a Content-Location). They are the page's
// own, as a <style> block is: a browser opening the archive applies
// them (Chromium moves every stylesheet of a page it saves into such a
// part).
func ExtractArchived(data []byte, sheets map[string]string, lim doc.Limits) (d *doc.Document, err error) {
	d = &doc.Document{Format: "html"}
	defer func() {
		if r := recover(); r != nil {
			d.Unreadable("unreadable.parser_panic", report.Location{Part: doc.Body},
				"读取网页时发生内部错误，未能完整读取，请人工审查")
		}
	}()
	extract(d, data, sheets, lim)
	return d, nil
}

// fillDefaults replaces the limits this package uses, when zero, with
// their defaults.
func fillDefaults(l doc.Limits) doc.Limits {
	d := doc.DefaultLimits()
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxXMLDepth <= 0 {
		l.MaxXMLDepth = d.MaxXMLDepth
	}
	if l.MaxTextRunes <= 0 {
		l.MaxTextRunes = d.MaxTextRunes
	}
	if l.PerFileTimeout <= 0 {
		l.PerFileTimeout = d.PerFileTimeout
	}
	return l
}

// extract does Extract's work without the recover, so that fuzzing sees
// panics.
func extract(d *doc.Document, data []byte, sheets map[string]string, lim doc.Limits) {
	lim = fillDefaults(lim)
	if int64(len(data)) > lim.MaxFileBytes {
		d.Unreadable("unreadable.too_large", report.Location{Part: doc.Body},
			fmt.Sprintf("网页大小超过上限（%dMB），未读取，请拆分后提交或人工审查", lim.MaxFileBytes>>20))
		return
	}
	text := Decode(data)
	x := &extractor{lim: lim, left: lim.MaxTextRunes, deadline: time.Now().Add(lim.PerFileTimeout)}
	for _, s := range []*sink{&x.body, &x.hidden, &x.comments, &x.script, &x.attrs, &x.meta, &x.form, &x.links, &x.metas, &x.officeComments} {
		s.x = x
	}
	// The body's text is at most about the page's length: one buffer
	// instead of a doubling copy after every few paragraphs.
	x.body.b.Grow(min(len(text), 8<<20))
	root, err := html.ParseWithOptions(strings.NewReader(text), html.ParseOptionEnableScripting(false))
	if err != nil {
		// x/net/html refuses pages nested deeper than 512 elements. Read
		// them flat so that their text is still scanned.
		d.Unreadable("unreadable.too_deep", report.Location{Part: doc.Body},
			"网页的元素嵌套层级超过上限（512层），无法判断哪些内容被隐藏，已按全部可见读取，请人工审查")
		err = x.flat(text)
	} else {
		x.css = collectHiddenRules(root, sheets)
		if !x.css.external && !x.css.unsure {
			// Nothing the page does not show paints it or moves text
			// over a picture: what no element paints is drawn on the
			// browser's white canvas.
			x.bg = canvas
		}
		err = x.walk(root, 0, &x.body)
		for _, c := range x.css.contents {
			if err == nil {
				err = x.attrs.line("content: " + c)
			}
		}
	}
	switch {
	case errors.Is(err, errTooMuchText):
		d.Unreadable("unreadable.too_much_text", report.Location{Part: doc.Body},
			fmt.Sprintf("网页文字超过上限（%d字），超出部分未检查，请拆分后提交或人工审查", lim.MaxTextRunes))
	case errors.Is(err, errTimeout):
		d.Unreadable("unreadable.timeout", report.Location{Part: doc.Body},
			fmt.Sprintf("读取网页超时（超过%s），未能完整读取，请人工审查", lim.PerFileTimeout))
	}
	d.Embedded = x.embedded
	if x.inlineOver > 0 {
		d.Unreadable("unreadable.too_many_inline", report.Location{Part: doc.Body},
			fmt.Sprintf("网页内嵌了%d个以上的数据文件（data: URI），只读取了前%d个，其余%d个需人工审查", maxInline, maxInline, x.inlineOver))
	}
	if x.inlineBad > 0 {
		d.Unreadable("unreadable.inline_data", report.Location{Part: doc.Body},
			fmt.Sprintf("网页中有%d个内嵌数据（data: URI）无法解码，其内容未检查，请人工审查", x.inlineBad))
	}
	if x.tooDeep {
		d.Unreadable("unreadable.too_deep", report.Location{Part: doc.Body},
			fmt.Sprintf("网页的元素嵌套层级超过上限（%d层），更深的内容未读取，请人工审查", lim.MaxXMLDepth))
	}
	d.Parts = append(d.Parts, doc.Part{Kind: doc.Body, Text: x.body.String(), Cells: x.body.cells, Places: x.body.places})
	for _, p := range []struct {
		s      *sink
		kind   string
		hidden string
	}{
		{&x.hidden, doc.HTMLHidden, HiddenElement},
		{&x.comments, doc.HTMLComment, HiddenComment},
		{&x.officeComments, doc.Comment, HiddenOfficeComment},
		{&x.script, KindScript, ""},
		{&x.form, doc.FormField, HiddenFormField},
		{&x.attrs, doc.HTMLAttribute, ""},
		{&x.links, doc.LinkTarget, ""},
		{&x.metas, doc.HTMLMeta, ""},
		{&x.meta, doc.MetadataPart, ""},
	} {
		if t := p.s.String(); strings.TrimSpace(t) != "" {
			d.Parts = append(d.Parts, doc.Part{Kind: p.kind, Text: t, Hidden: p.hidden, Places: p.s.places})
		}
	}
}

// Decode returns the page in data as UTF-8. Bytes that are valid UTF-8
// and hold non-ASCII text are UTF-8 whatever the page declares: old
// templates keep <meta charset="gb2312"> after the page is saved as
// UTF-8, and reading such a page as declared garbles every Chinese word
// (a marking among them) beyond matching. Otherwise the page is read by
// its byte order mark, else its <meta charset> in the first 1024 bytes,
// else as UTF-8 if it is valid UTF-8, else as GB18030. A page that
// declares UTF-8 but is not, and decodes cleanly as GB18030, is read as
// GB18030. Bytes that do not decode become U+FFFD.
func Decode(data []byte) string {
	if v := asmutf8.Validate(data); v.IsUTF8() && !v.IsASCII() {
		return strings.TrimPrefix(string(data), "\uFEFF")
	}
	e, name, certain := charset.DetermineEncoding(data, "")
	if !certain && name == "windows-1252" {
		// No declaration: x/net guesses windows-1252; a Chinese page that
		// declares nothing is UTF-8 or GB18030.
		if asmutf8.Valid(data) {
			return string(data)
		}
		e = simplifiedchinese.GB18030
	} else if name == "utf-8" {
		if !asmutf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
			// Declared UTF-8 but not: a GBK page saved by a tool that
			// kept the template's declaration.
			if out, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), data); err == nil && !bytes.ContainsRune(out, utf8.RuneError) {
				return string(out)
			}
		}
		return strings.ToValidUTF8(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), "\uFFFD")
	}
	out, _, err := transform.Bytes(e.NewDecoder(), data)
	if err != nil {
		out = data
	}
	return strings.TrimPrefix(strings.ToValidUTF8(string(out), "\uFFFD"), "\uFEFF")
}

// extractor walks one page.
type extractor struct {
	lim      doc.Limits
	left     int // runes of text still allowed
	deadline time.Time
	nodes    int
	pre      int // open <pre>, <textarea>, <listing>, <xmp>, <plaintext>: whitespace kept
	tooDeep  bool
	nested   int             // srcdoc documents open
	linked   map[string]bool // link targets written

	// Files carried in data: URIs (inlineFile): taken, those over
	// maxInline, and those that did not decode.
	inline                map[string]bool
	embedded              []doc.Embedded
	inlineOver, inlineBad int

	css *hiddenRules // rules of the page's own <style> blocks
	bg  string       // the background text is drawn on here (background)
	// fontZero is set where the font size is 0: by the element's own
	// style or a rule of the page's, or by its parent's where it sets
	// none.
	fontZero bool
	// invisible is set where visibility is hidden, in the same way.
	invisible bool
	// ink is the colour text is drawn in here (inkColor of the nearest
	// element that sets one), or "" where none does.
	ink string
	// hiddenRun is set while the hidden part's last line is text hidden
	// by an inherited style that the next such text node goes on.
	hiddenRun bool

	body, hidden, comments, script, attrs, meta sink
	form, links, metas                          sink // hidden inputs, link targets, <meta>
	officeComments                              sink // the comments of a Word or WPS document saved as HTML

	tables     []table // the body's open tables, innermost last (table.go)
	tableCount int
	steps      []step // the elements open around the text (place.go)
	pathNow    string // the path of steps, when pathOK
	pathOK     bool
}

// sink collects the text of one part, collapsing whitespace as a browser
// does: runs of spaces become one, none at the start or end of a line or
// next to a tab.
type sink struct {
	x     *extractor
	b     strings.Builder
	space bool // whitespace is owed before the next word
	bare  bool // the line, or the cell after a tab, has no word yet
	used  bool // anything written at all
	runes int  // runes written
	cells []doc.Cell
	// places are the element paths of the text (place.go), for the
	// body and the hidden part.
	places []doc.Place
}

func (s *sink) String() string { return s.b.String() }

func (s *sink) raw(t string) error {
	n := runeCount(t)
	if n > s.x.left {
		return errTooMuchText
	}
	s.x.left -= n
	s.runes += n
	s.b.WriteString(t)
	s.used = true
	return nil
}

// runeCount is utf8.RuneCountInString(t): for valid UTF-8, which the
// page's text nearly always is, eight bytes a step (every byte that does
// not continue a rune starts one); otherwise as package utf8 counts.
func runeCount(t string) int {
	if len(t) < 16 || !asmutf8.Valid(unsafe.Slice(unsafe.StringData(t), len(t))) {
		return utf8.RuneCountInString(t)
	}
	const hi, lo = 0x8080808080808080, 0x4040404040404040
	n, i := 0, 0
	for ; i+8 <= len(t); i += 8 {
		w := binary.LittleEndian.Uint64([]byte(t[i : i+8]))
		// A continuation byte is 10xxxxxx: its top bit set, the next clear.
		n += 8 - bits.OnesCount64(w&hi&^(w<<1&hi))
	}
	for ; i < len(t); i++ {
		if t[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// word writes w, after the space owed unless the line or cell is bare.
func (s *sink) word(w string) error {
	if s.space && !s.bare && s.used {
		if err := s.raw(" "); err != nil {
			return err
		}
	}
	s.space, s.bare = false, false
	return s.raw(w)
}

// text writes t, collapsing its whitespace unless pre.
func (s *sink) text(t string, pre bool) error {
	if t == "" {
		return nil
	}
	if pre {
		s.space, s.bare = false, strings.HasSuffix(t, "\n")
		return s.raw(t)
	}
	// The words between runs of whitespace, found byte by byte: HTML's
	// whitespace is ASCII, which no byte of a multi-byte character is.
	if isSpaceByte(t[0]) {
		s.space = true
	}
	first := true
	for i := 0; i < len(t); {
		for i < len(t) && isSpaceByte(t[i]) {
			i++
		}
		j := i
		for j < len(t) && !isSpaceByte(t[j]) {
			j++
		}
		if j > i {
			if !first {
				s.space = true
			}
			first = false
			if err := s.word(t[i:j]); err != nil {
				return err
			}
		}
		i = j
	}
	if isSpaceByte(t[len(t)-1]) {
		s.space = true
	}
	return nil
}

// isSpaceByte is isSpace for one byte.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// isSpace is HTML's ASCII whitespace.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// newline ends the current line, if anything is on it.
func (s *sink) newline() error {
	s.space = false
	if !s.used || strings.HasSuffix(s.b.String(), "\n") {
		return nil
	}
	s.bare = true
	return s.raw("\n")
}

// tab separates table cells on one line.
func (s *sink) tab() error {
	s.space = false
	if !s.used || strings.HasSuffix(s.b.String(), "\n") {
		return nil
	}
	s.bare = true
	return s.raw("\t")
}

// block writes t as it stands, trimmed of blank lines around it, on lines
// of its own.
func (s *sink) block(t string) error {
	t = strings.TrimRightFunc(t, isSpace)
	if i := strings.LastIndexByte(t[:len(t)-len(strings.TrimLeftFunc(t, isSpace))], '\n'); i >= 0 {
		t = t[i+1:] // drop leading blank lines, keep the first line's indent
	}
	if t == "" {
		return nil
	}
	if err := s.newline(); err != nil {
		return err
	}
	if err := s.text(t, true); err != nil {
		return err
	}
	return s.newline()
}

// line writes t on a line of its own, its whitespace collapsed.
func (s *sink) line(t string) error {
	if strings.TrimFunc(t, isSpace) == "" {
		return nil
	}
	if err := s.newline(); err != nil {
		return err
	}
	if err := s.text(t, false); err != nil {
		return err
	}
	return s.newline()
}
