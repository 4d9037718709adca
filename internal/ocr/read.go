package ocr

import (
	"context"
	"image"
	"strings"
	"unicode"
)

// Read is what ReadPage read on one page.
type Read struct {
	// Page is the whole page read with Options.Lang.
	Page *Page
	// Head holds the lines of the second reading of the page's head
	// that the first reading did not produce, or nil.
	Head *Page
}

// ReadPage reads a page: the whole of it (Recognize) and then, unless the
// first reading already shows a marking at its head, the head again
// (Head), keeping only the head lines the first reading did not have.
func ReadPage(ctx context.Context, g *image.Gray, o Options) (*Read, error) {
	p, err := Recognize(ctx, g, o)
	if err != nil {
		return nil, err
	}
	r := &Read{Page: p}
	if headMarked(p) {
		return r, nil
	}
	h, err := Head(ctx, g, o)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, l := range p.Lines {
		seen[squash(l)] = true
	}
	var keep []Line
	for _, l := range h.Lines {
		if k := squash(l); k != "" && !seen[k] {
			keep = append(keep, l)
		}
	}
	if len(keep) > 0 {
		h.Lines = keep
		r.Head = h
	}
	return r, nil
}

// squash is a line's text without spaces, for comparing readings.
func squash(l Line) string {
	var b strings.Builder
	for _, w := range l.Words {
		for _, r := range w.Text {
			if !unicode.IsSpace(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// headMarked reports whether a line in the top fifth of the page reads
// plainly as a marking: a level word, at most one stray glyph, digits (or
// Chinese numerals) and 年 or 月, or 长期, and nothing after. Only then is
// the second reading of the head skipped; the detectors decide what is a
// marking, on a wider shape.
func headMarked(p *Page) bool {
	limit := float64(p.Height) * headShare
	for _, l := range p.Lines {
		if p.Height > 0 && l.Box.Y0 > limit {
			break
		}
		s := []rune(squash(l))
		for i := 0; i+1 < len(s); i++ {
			if s[i+1] != '密' || (s[i] != '绝' && s[i] != '机' && s[i] != '秘') {
				continue
			}
			if plainPeriod(s[i+2:]) || len(s) > i+3 && plainPeriod(s[i+3:]) {
				return true
			}
		}
	}
	return false
}

// plainPeriod reports whether s is a 保密期限 and nothing else: digits or
// Chinese numerals then 年, 月 or 个月; or 长期.
func plainPeriod(s []rune) bool {
	t := string(s)
	if t == "长期" {
		return true
	}
	j := 0
	for j < len(s) && strings.ContainsRune("0123456789一二三四五六七八九十", s[j]) {
		j++
	}
	if j == 0 {
		return false
	}
	u := string(s[j:])
	return u == "年" || u == "月" || u == "个月"
}
