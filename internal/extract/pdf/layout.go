package pdf

import (
	"bytes"
	"math"
	"unicode"
	"unicode/utf8"
)

// layout joins shown strings into lines. The library starts a new line at
// every text object, so a marking set in two fonts ("机密★" then "1" then
// "年") came out as three lines; here strings on the same baseline that
// touch are joined, strings apart on a line are separated by a space, and
// a change of baseline starts a new line. Two numbers in adjacent table
// cells are therefore never glued into one.
type layout struct {
	buf     []byte
	scratch []byte
	runes   int

	has            bool
	lastX, lastY   float64 // end of the last string
	startX, startY float64 // start of the last string
	dirX, dirY     float64
	size           float64
	lastText       []byte
	lastRune       rune
}

// Thresholds as fractions of the font size.
const (
	sameLineTol = 0.5  // baseline shift still on the same line (superscripts)
	spaceGap    = 0.15 // a gap wider than this is a word space
	cjkGap      = 1.2  // between CJK characters, only a wider gap is a space
	overlapTol  = 0.3  // a repeat closer than this is fake bold
)

func (l *layout) add(s []byte, x0, y0, x1, y1, dx, dy, size float64) {
	if len(s) == 0 {
		return
	}
	if size <= 0 {
		size = 1
	}
	if !l.has {
		l.write(s)
		l.set(s, x0, y0, x1, y1, dx, dy, size)
		return
	}
	sz := math.Max(size, l.size)
	ex, ey := x0-l.lastX, y0-l.lastY
	along := ex*l.dirX + ey*l.dirY
	perp := -ex*l.dirY + ey*l.dirX
	switch {
	case math.Abs(perp) < sameLineTol*sz && along > -sameLineTol*sz:
		first, _ := utf8.DecodeRune(s)
		if along > spaceGap*sz && !isSpaceRune(l.lastRune) && !isSpaceRune(first) &&
			!(isCJK(l.lastRune) && isCJK(first) && along < cjkGap*sz) {
			l.write([]byte{' '})
		}
	case math.Abs(x0-l.startX) < overlapTol*sz && math.Abs(y0-l.startY) < overlapTol*sz && bytes.Equal(s, l.lastText):
		// The same string drawn again over itself (fake bold, shadow).
		return
	default:
		l.write([]byte{'\n'})
	}
	l.write(s)
	l.set(s, x0, y0, x1, y1, dx, dy, size)
}

func (l *layout) set(s []byte, x0, y0, x1, y1, dx, dy, size float64) {
	l.has = true
	l.startX, l.startY, l.lastX, l.lastY = x0, y0, x1, y1
	l.dirX, l.dirY, l.size = dx, dy, size
	l.lastText = append(l.lastText[:0], s...)
	l.lastRune, _ = utf8.DecodeLastRune(s)
}

func (l *layout) write(s []byte) {
	l.buf = append(l.buf, s...)
	l.runes += utf8.RuneCount(s)
}

// newline ends the current line: what follows (annotation appearances)
// starts afresh.
func (l *layout) newline() {
	if l.has {
		l.write([]byte{'\n'})
	}
	l.has = false
}

func isSpaceRune(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == 0x3000 || r == 0xa0 }

// isCJK reports whether r is a Han character or CJK punctuation, between
// which Chinese puts no spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef ||
		r == 0x2605 || r == 0x2606 // ★☆ of a classification marking
}
