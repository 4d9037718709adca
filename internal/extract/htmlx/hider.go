package htmlx

import (
	"strings"

	"golang.org/x/net/html"
)

// Hider tells which elements of a page are hidden from its reader, by the
// rules the extractor reads hidden content with: the hidden attribute, a
// hiding style, <template>, a closed <dialog>, and the page's own <style>
// rules. The cleaned copy (internal/redact) uses it so that what it
// removes is what the scan reports.
type Hider struct {
	rules *hiddenRules
}

// NewHider reads the <style> blocks of page.
func NewHider(page string) *Hider {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return &Hider{}
	}
	return &Hider{rules: collectHiddenRules(root, nil)}
}

// Hides reports whether the element that start tag t opens is hidden,
// with what it holds.
func (h *Hider) Hides(t html.Token) bool {
	n := &html.Node{Type: html.ElementNode, Data: t.Data, DataAtom: t.DataAtom, Attr: t.Attr}
	return h.rules.hidesAll(n)
}
