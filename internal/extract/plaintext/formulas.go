package plaintext

import (
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/formula"
)

// maxFormulas bounds the formulas of one table worked out.
const maxFormulas = 100000

// tableFormulas returns, a line each, what the formulas of a delimited
// text's fields show when a spreadsheet program opens it: a field
// ="420106"&"19880505"&"1728" (written so to keep the digits whole) is
// computed on opening and shows the ID whole, where the text itself has
// it in pieces. Only joins of strings and of the table's own cells are
// worked out (formula.Read); "" when there are none; all is false when
// maxFormulaText cut the work short.
func tableFormulas(text string, cells []doc.Cell) (values string, all bool) {
	if len(cells) == 0 || !strings.Contains(text, "=") {
		return "", true
	}
	// The fields' text by reference, unquoted, one pass over the text.
	field := doc.CellTexts(text, cells, func(string) bool { return true })
	var joins []struct {
		ref   string
		terms []formula.Term
	}
	for _, c := range cells {
		v := unquoteField(strings.TrimSpace(field[c.Ref]))
		field[c.Ref] = v
		if strings.HasPrefix(v, "=") && len(joins) < maxFormulas {
			if _, terms, pure := formula.Read(v); pure {
				joins = append(joins, struct {
					ref   string
					terms []formula.Term
				}{c.Ref, terms})
			}
		}
	}
	var b strings.Builder
	for _, j := range joins {
		v, _ := formula.Join(j.terms, func(ref string) (string, bool) { return field[ref], true })
		field[j.ref] = v
		if utf8.RuneCountInString(v) >= 2 {
			if b.Len()+len(v) > maxFormulaText {
				return b.String(), false
			}
			b.WriteString(v)
			b.WriteByte('\n')
		}
	}
	return b.String(), true
}

// maxFormulaText bounds the values of a table's formulas worked out.
const maxFormulaText = 8 << 20

// unquoteField is a CSV field without its quotes ("a""b" is a"b).
func unquoteField(f string) string {
	if len(f) < 2 || f[0] != '"' || f[len(f)-1] != '"' {
		return f
	}
	return strings.ReplaceAll(f[1:len(f)-1], `""`, `"`)
}
