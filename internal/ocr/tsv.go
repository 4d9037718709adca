package ocr

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Box is a rectangle on a page: X0, Y0 its top-left corner, X1, Y1 its
// bottom-right, in pixels of the image (or in the units a caller scaled it
// to).
type Box struct{ X0, Y0, X1, Y1 float64 }

// union is the smallest box holding b and c; an empty box is ignored.
func (b Box) union(c Box) Box {
	if b == (Box{}) {
		return c
	}
	return Box{math.Min(b.X0, c.X0), math.Min(b.Y0, c.Y0), math.Max(b.X1, c.X1), math.Max(b.Y1, c.Y1)}
}

// Scale returns b with every coordinate multiplied by f.
func (b Box) Scale(f float64) Box { return Box{b.X0 * f, b.Y0 * f, b.X1 * f, b.Y1 * f} }

// Word is one word (for Chinese, usually one character) as Tesseract read it.
type Word struct {
	Text string
	Box  Box
	// Conf is Tesseract's confidence in the word, 0 to 100.
	Conf float64
}

// Line is one line of words, in reading order.
type Line struct {
	Words []Word
	Box   Box
	// Page is the 1-based page of the image the line is on: a TIFF
	// can hold several.
	Page int
}

// Page is what Tesseract read on one image.
type Page struct {
	// Width and Height are the image's size in pixels.
	Width, Height int
	Lines         []Line
}

// ErrTSV is returned for output that is not Tesseract's TSV.
var ErrTSV = errors.New("ocr: not tesseract tsv output")

// tsvColumns is the header line of Tesseract's TSV output.
const tsvColumns = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

// ParseTSV reads Tesseract's TSV output (tesseract … tsv). Rows of level 1
// give the page size; rows of level 5 are words, grouped into lines by
// their block, paragraph and line numbers; words of blank text are
// dropped. At most maxWords words are kept (0: no bound); past that the
// error says so and the page read so far is returned with it. It does not
// trust any number in the input: boxes are clamped to the page, and
// confidences to 0–100.
func ParseTSV(data []byte, maxWords int) (*Page, error) {
	p := &Page{}
	first := true
	type key struct{ page, block, par, line int }
	var cur key
	words := 0
	for len(data) > 0 {
		var row []byte
		row, data, _ = bytes.Cut(data, []byte{'\n'})
		row = bytes.TrimSuffix(row, []byte{'\r'})
		if first {
			first = false
			if string(row) != tsvColumns {
				return nil, ErrTSV
			}
			continue
		}
		if len(row) == 0 {
			continue
		}
		f := strings.SplitN(string(row), "\t", 12)
		if len(f) < 11 {
			return p, fmt.Errorf("%w: a row of %d columns", ErrTSV, len(f))
		}
		var n [10]int
		for i := range n {
			v, err := strconv.Atoi(f[i])
			if err != nil || v < -1 || v > 1<<24 {
				return p, fmt.Errorf("%w: column %d is not a number", ErrTSV, i+1)
			}
			n[i] = v
		}
		level := n[0]
		left, top, width, height := n[6], n[7], n[8], n[9]
		switch level {
		case 1:
			p.Width, p.Height = max(width, 0), max(height, 0)
			continue
		case 5:
		default:
			continue
		}
		if len(f) < 12 {
			continue
		}
		text := strings.TrimSpace(f[11])
		if text == "" || !utf8.ValidString(text) {
			continue
		}
		if maxWords > 0 && words >= maxWords {
			return p, fmt.Errorf("ocr: more than %d words on one page", maxWords)
		}
		words++
		conf, err := strconv.ParseFloat(f[10], 64)
		if err != nil || math.IsNaN(conf) {
			conf = 0
		}
		conf = math.Max(0, math.Min(100, conf))
		b := p.clamp(Box{float64(left), float64(top), float64(left + width), float64(top + height)})
		k := key{n[1], n[2], n[3], n[4]}
		if len(p.Lines) == 0 || k != cur {
			p.Lines = append(p.Lines, Line{Page: max(n[1], 1)})
			cur = k
		}
		l := &p.Lines[len(p.Lines)-1]
		l.Words = append(l.Words, Word{Text: text, Box: b, Conf: conf})
		l.Box = l.Box.union(b)
	}
	if first {
		return nil, ErrTSV
	}
	return p, nil
}

// clamp keeps b within the page (when the page size is known) and ordered.
func (p *Page) clamp(b Box) Box {
	if b.X1 < b.X0 {
		b.X1 = b.X0
	}
	if b.Y1 < b.Y0 {
		b.Y1 = b.Y0
	}
	if p.Width > 0 && p.Height > 0 {
		w, h := float64(p.Width), float64(p.Height)
		b = Box{math.Max(0, math.Min(w, b.X0)), math.Max(0, math.Min(h, b.Y0)), math.Max(0, math.Min(w, b.X1)), math.Max(0, math.Min(h, b.Y1))}
	}
	return b
}

// Pages splits a reading of an image of several pages (a TIFF) into one
// Page per page, in order; a single page is returned as it is.
func (p *Page) Pages() []*Page {
	if len(p.Lines) == 0 || p.Lines[0].Page == p.Lines[len(p.Lines)-1].Page {
		return []*Page{p}
	}
	var out []*Page
	for _, l := range p.Lines {
		if len(out) == 0 || out[len(out)-1].Lines[0].Page != l.Page {
			out = append(out, &Page{Width: p.Width, Height: p.Height})
		}
		q := out[len(out)-1]
		q.Lines = append(q.Lines, l)
	}
	return out
}

// Span is where one word's text sits in Page.Text, in runes, and its box.
type Span struct {
	Start, End int
	Box        Box
}

// Text returns the page's text, one line per line, and where each word
// sits in it. Two words are joined by a space unless one of them ends or
// starts with a Chinese character or full-width punctuation: Tesseract
// puts spaces between CJK characters that the page does not have.
func (p *Page) Text() (string, []Span) {
	var b strings.Builder
	var spans []Span
	pos := 0
	for i, l := range p.Lines {
		if i > 0 {
			b.WriteByte('\n')
			pos++
		}
		var prev string
		for j, w := range l.Words {
			if j > 0 && !joinsTight(prev, w.Text) {
				b.WriteByte(' ')
				pos++
			}
			n := utf8.RuneCountInString(w.Text)
			b.WriteString(w.Text)
			spans = append(spans, Span{Start: pos, End: pos + n, Box: w.Box})
			pos += n
			prev = w.Text
		}
	}
	return b.String(), spans
}

// joinsTight reports whether words a and b are written without a space
// between them: either side is CJK.
func joinsTight(a, b string) bool {
	r, _ := utf8.DecodeLastRuneInString(a)
	s, _ := utf8.DecodeRuneInString(b)
	return isCJK(r) || isCJK(s)
}

// isCJK reports Han characters and the full-width punctuation and forms
// that Chinese text sets without spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) ||
		r >= 0x3000 && r <= 0x303F || // CJK symbols and punctuation
		r >= 0xFF00 && r <= 0xFFEF || // full-width forms
		r >= 0x2E80 && r <= 0x2FDF // radicals
}

// Stats are the figures that say whether a page's OCR can be trusted.
type Stats struct {
	// Words is the number of words read; Chars their runes.
	Words, Chars int
	// Conf is the mean confidence of the words, each weighted by its
	// runes; 0 when nothing was read.
	Conf float64
}

// Stats returns the page's figures.
func (p *Page) Stats() Stats {
	var s Stats
	var sum float64
	for _, l := range p.Lines {
		for _, w := range l.Words {
			n := utf8.RuneCountInString(w.Text)
			s.Words++
			s.Chars += n
			sum += w.Conf * float64(n)
		}
	}
	if s.Chars > 0 {
		s.Conf = sum / float64(s.Chars)
	}
	return s
}
