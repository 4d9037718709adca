package detect

import (
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/report"
)

// isPersonal reports whether a category is personal data that excerpts,
// messages, logs and the audit trail must mask.
func isPersonal(c report.Category) bool {
	switch c {
	case report.IDCard, report.BankCard, report.MobilePhone, report.Passport, report.LicensePlate, report.Email:
		return true
	}
	return false
}

func alnumRune(r rune) bool {
	return r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') ||
		r >= 0xFF10 && r <= 0xFF19 || r >= 0xFF21 && r <= 0xFF3A || r >= 0xFF41 && r <= 0xFF5A
}

func digitRune(r rune) bool { return r >= '0' && r <= '9' || r >= 0xFF10 && r <= 0xFF19 }

// maskValue masks the runes of one value in place by its category's rule:
// an ID keeps its first 6 and last 4 (never the birth date), a card its
// first 6 and last 4, a mobile its first 3 and last 4, a passport its
// first 2 and last 2, a plate its letter and last 2, an e-mail the first
// character of its local part.
func maskValue(c report.Category, v []rune) {
	if c == report.Email {
		at := -1
		for i, r := range v {
			if r == '@' {
				at = i
			}
		}
		for i := 1; i < at; i++ {
			v[i] = '*'
		}
		return
	}
	var buf [32]int // a value's characters: no allocation for any real one
	idx := buf[:0]
	for i := 0; i < len(v); i++ {
		if v[i] == '<' {
			if n := brTag(v[i:]); n > 0 {
				i += n - 1 // a line break written as HTML stays as written
				continue
			}
		}
		if alnumRune(v[i]) {
			idx = append(idx, i)
		}
	}
	n := len(idx)
	lo, hi := 0, n // mask idx[lo:hi]
	switch c {
	case report.IDCard:
		lo, hi = 6, n-4
		if n == 15 {
			hi = n - 3
		}
	case report.BankCard:
		lo, hi = 6, n-4
	case report.MobilePhone:
		lo, hi = n-8, n-4
	case report.Passport:
		lo, hi = 2, n-2
	case report.LicensePlate:
		lo, hi = 1, n-2
	default:
		lo, hi = genericKeep(n)
	}
	if lo < 0 {
		lo = 0
	}
	for k := lo; k < hi && k < n; k++ {
		v[idx[k]] = '*'
	}
}

// genericKeep is how much of an unclassified long number an excerpt shows.
func genericKeep(n int) (lo, hi int) {
	switch {
	case n >= 15:
		return 6, n - 4
	case n >= 11:
		return 3, n - 4
	default:
		return 2, n - 2
	}
}

// maskDigitRuns masks, in place, every run of seven or more digits that
// is not already masked, so that numbers no detector claimed (a 15-digit
// ID without context, a card that failed a check) never show whole.
func maskDigitRuns(v []rune) {
	for i := 0; i < len(v); {
		if !digitRune(v[i]) {
			i++
			continue
		}
		j := i
		for j < len(v) && (digitRune(v[j]) || v[j] == 'x' || v[j] == 'X') {
			j++
		}
		if n := j - i; n >= 7 {
			lo, hi := genericKeep(n)
			for k := i + lo; k < i+hi; k++ {
				v[k] = '*'
			}
		}
		i = j
	}
}

// flatten replaces line breaks and tabs with spaces, one for one, so an
// excerpt is one line and offsets into it are unchanged.
func flatten(v []rune) {
	for i, r := range v {
		if r == '\n' || r == '\r' || r == '\t' || r == 0x2028 || r == 0x2029 || unicode.IsControl(r) {
			v[i] = ' '
		}
	}
}

// brTag is the length in runes of the <br>, <br/> or <br /> (in any case)
// that v starts with, or 0.
func brTag(v []rune) int {
	var b [len("<br />")]byte
	n := 0
	for n < len(b) && n < len(v) && v[n] < utf8.RuneSelf {
		b[n] = byte(unicode.ToLower(v[n]))
		n++
	}
	return brTagLen(string(b[:n]))
}
