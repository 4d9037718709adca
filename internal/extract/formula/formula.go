// Package formula reads what a spreadsheet formula shows when it only
// joins strings: the pieces a value was built from ("110101"&"19900307"
// &"4514", CONCATENATE(B3,C3), TEXT("13812345678","000 0000 0000")),
// which a spreadsheet program computes when it opens a file that carries
// no computed value (openpyxl, a CSV opened in Excel). It evaluates
// nothing else: a formula of sums, lookups or other sheets is read for
// its strings only.
package formula

import (
	"strings"
	"unicode/utf8"
)

// Term is one piece of a join: a string or number literal, or a
// reference to a cell of the formula's own sheet (A1, $B$3).
type Term struct {
	Lit string
	Ref string // upper case, without $; "" for a literal
}

// Read reads formula f (with or without its leading =) and returns its
// string literals as the formula joins them — literals joined by & or
// as arguments of CONCATENATE or CONCAT are one piece, any other on a
// line of its own (TEXT's format is no part of its value) — and, when f
// is nothing but such a join of literals, numbers and cells of its own
// sheet (TEXT of one counted as that one), its terms in order (pure).
func Read(f string) (lits string, terms []Term, pure bool) {
	f = strings.TrimSpace(f)
	f = strings.TrimPrefix(f, "=")
	if len(f) > MaxLen {
		// Longer than a spreadsheet program takes: its strings only.
		f = f[:MaxLen]
	}
	var (
		b     strings.Builder
		calls []string  // the functions open around the scanner, upper case
		args  []int     // the argument of each open function being read
		prev  = -1      // the end of the last literal, -1 before any
		joins = f != "" // whether what is read so far is a join
	)
	joining := func(between string) bool {
		between = strings.TrimSpace(between)
		if between == "&" {
			return true
		}
		if between == "," && len(calls) > 0 {
			switch calls[len(calls)-1] {
			case "CONCATENATE", "CONCAT":
				return true
			}
		}
		return false
	}
	for i := 0; i < len(f); {
		c := f[i]
		switch {
		case c == '"':
			start := i
			var lit strings.Builder
			for i++; i < len(f); i++ {
				if f[i] == '"' {
					if i+1 < len(f) && f[i+1] == '"' {
						lit.WriteByte('"')
						i++
						continue
					}
					break
				}
				lit.WriteByte(f[i])
			}
			i++
			if prev >= 0 && !joining(f[prev:start]) {
				b.WriteByte('\n')
			}
			b.WriteString(lit.String())
			prev = i
			if joins && inValue(calls, args) {
				terms = append(terms, Term{Lit: lit.String()})
			} else if joins && !inFormat(calls, args) {
				joins = false
			}
		case c == '(':
			// Brackets that group (B2&(C2&D2)) join as they stand.
			calls = append(calls, "")
			args = append(args, 0)
			if len(calls) > maxDepth {
				joins = false
			}
			i++
		case c == ')':
			if len(calls) > 0 {
				calls, args = calls[:len(calls)-1], args[:len(args)-1]
			}
			i++
		case c == ',':
			if len(args) > 0 && calls[len(calls)-1] != "" {
				args[len(args)-1]++
			} else {
				joins = false // a union of ranges, or no call
			}
			i++
		case c == '&' || c == ' ':
			i++
		case isLetter(c) || c == '$' || c == '_':
			j := i
			for j < len(f) && (isLetter(f[j]) || isDigit(f[j]) || f[j] == '$' || f[j] == '_' || f[j] == '.') {
				j++
			}
			word := strings.ToUpper(f[i:j])
			k := j
			for k < len(f) && f[k] == ' ' {
				k++
			}
			switch {
			case k < len(f) && f[k] == '(':
				switch word {
				case "CONCATENATE", "CONCAT", "TEXT", "_XLFN.CONCAT":
				default:
					joins = false
				}
				calls = append(calls, strings.TrimPrefix(word, "_XLFN."))
				args = append(args, 0)
				if len(calls) > maxDepth {
					joins = false
				}
				i = k + 1
				continue
			case j < len(f) && (f[j] == '!' || f[j] == ':'):
				joins = false // another sheet, a range
			case isRef(word) && joins && inValue(calls, args):
				terms = append(terms, Term{Ref: strings.ReplaceAll(word, "$", "")})
			default:
				joins = false
			}
			i = j
		case isDigit(c):
			j := i
			for j < len(f) && (isDigit(f[j]) || f[j] == '.') {
				j++
			}
			if joins && inValue(calls, args) {
				terms = append(terms, Term{Lit: f[i:j]})
			} else if !inFormat(calls, args) {
				joins = false
			}
			i = j
		default:
			joins = false
			_, w := utf8.DecodeRuneInString(f[i:])
			i += w
		}
	}
	lits = b.String()
	if utf8.RuneCountInString(strings.ReplaceAll(lits, "\n", "")) < 2 {
		lits = ""
	}
	if !joins || len(terms) == 0 {
		terms = nil
	}
	return lits, terms, joins && len(terms) > 0
}

// MaxLen is the longest formula read whole, a spreadsheet program's own
// limit (Excel takes 8,192 characters); maxDepth the deepest nesting of
// calls and brackets a join may have (Excel's 64).
const (
	MaxLen   = 8192
	maxDepth = 64
)

// MaxValue bounds a join's value: formulas that join what others joined
// (B2=A2&A2, C2=B2&B2 …) double it at each step.
const MaxValue = 1024

// inValue says whether the scanner stands where a join's value is read:
// outside any function, in brackets, in CONCATENATE's or CONCAT's
// arguments, or in TEXT's first. At most maxDepth calls are open when it
// is asked (deeper joins are not pure).
func inValue(calls []string, args []int) bool {
	if len(calls) > maxDepth {
		return false
	}
	for k, fn := range calls {
		switch fn {
		case "CONCATENATE", "CONCAT", "":
		case "TEXT":
			if args[k] != 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// inFormat says whether the scanner stands in TEXT's format, which joins
// nothing.
func inFormat(calls []string, args []int) bool {
	return len(calls) > 0 && calls[len(calls)-1] == "TEXT" && args[len(args)-1] == 1
}

// Join evaluates a pure formula's terms, cell giving the text a reference
// shows; ok is false when a cell is not known. The value is cut at
// MaxValue bytes (on a character's edge).
func Join(terms []Term, cell func(ref string) (string, bool)) (string, bool) {
	var b strings.Builder
	for _, t := range terms {
		v := t.Lit
		if t.Ref != "" {
			var ok bool
			if v, ok = cell(t.Ref); !ok {
				return "", false
			}
		}
		if b.Len()+len(v) > MaxValue {
			v = v[:MaxValue-b.Len()]
			for len(v) > 0 && !utf8.ValidString(v) {
				v = v[:len(v)-1]
			}
			b.WriteString(v)
			break
		}
		b.WriteString(v)
	}
	return b.String(), true
}

// isRef says whether w (upper case) is a cell reference: one to three
// letters, then digits, either perhaps after a $.
func isRef(w string) bool {
	w = strings.TrimPrefix(w, "$")
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	rest := strings.TrimPrefix(w[i:], "$")
	if rest == "" {
		return false
	}
	for j := 0; j < len(rest); j++ {
		if !isDigit(rest[j]) {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
