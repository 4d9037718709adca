package detect

import "github.com/mishen-gov/mishen/internal/report"

// IsPersonal reports whether findings of category c are personal data,
// which excerpts, messages and logs show only masked.
func IsPersonal(c report.Category) bool { return isPersonal(c) }

// MaskValue returns value masked by the rule of its category, the same
// rule every excerpt uses: an ID keeps its first 6 and last 4, a card its
// first 6 and last 4, a mobile its first 3 and last 4. Separators inside
// the value (spaces, hyphens) stay where they are.
func MaskValue(c report.Category, value string) string {
	v := []rune(value)
	maskValue(c, v)
	return string(v)
}
