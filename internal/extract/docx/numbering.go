package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// placeholders are the level numbers of a list label (%1, %2 …).
var placeholders = regexp.MustCompile(`%[1-9]`)

// numberingText reads the list labels of a numbering part that print
// words with each item's number ((内部资料)%1., 第%1条), the numbers read as
// 1, a line each and each once: a label is printed on the page before
// every item of its list, where the body's text does not hold it. Labels
// of digits, punctuation and bullets alone print nothing to read.
func numberingText(a *zipguard.Archive, name string, lim doc.Limits) (string, error) {
	b, err := a.ReadXML(name)
	if err != nil {
		return "", err
	}
	dec := zipguard.NewXMLDecoder(bytes.NewReader(b), lim.MaxXMLDepth)
	var lines []string
	seen := map[string]bool{}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return strings.Join(lines, ""), nil
		}
		if err != nil {
			return strings.Join(lines, ""), err
		}
		se, ok := t.(xml.StartElement)
		if !ok || se.Name.Local != "lvlText" {
			continue
		}
		v := strings.TrimSpace(placeholders.ReplaceAllString(zipguard.Attr(se, "val"), "1"))
		if v == "" || seen[v] || !strings.ContainsFunc(v, isHan) {
			continue
		}
		seen[v] = true
		lines = append(lines, v+"\n")
	}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
