// Package normalize turns a text into the form that dictionaries and
// detectors match against, and keeps a map from every rune of that form back
// to the rune of the original text it came from, so that findings report
// offsets in the original.
//
// The normal form folds widths (NFKC: full-width digits, letters, colons and
// spaces become ASCII), folds ASCII letters to lower case, maps traditional
// characters to simplified ones (OpenCC's one-to-one character table),
// drops zero-width and other format characters, and drops whitespace and
// line breaks next to CJK characters (秘 密 ★ 1 年, a marking broken over two
// lines, PDF text that breaks at every font change). Whitespace between two
// digits or Latin letters is kept as one space, or one newline when the run
// held a line break, so adjacent numbers are never glued into one.
//
// Caveats: NFKC is applied rune by rune, so compositions across runes (a
// letter followed by a combining mark) are not composed; Chinese text does
// not need them. Dropping line breaks between CJK characters can join the
// last word of one line to the first of the next; dictionaries and
// detectors are written with that in mind.
package normalize
