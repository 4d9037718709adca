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

// headMarked reports whether a line in the top fifth of the page reads as
// a marking: a level word and, within a few characters after it, a 期限
// (年, 月, 长期). It only saves the second reading; the detectors decide
// what is a marking.
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
			tail := string(s[i+2 : min(len(s), i+8)])
			if strings.ContainsAny(tail, "年月") || strings.Contains(tail, "长期") {
				return true
			}
		}
	}
	return false
}
