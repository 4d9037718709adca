package pdf

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Where a PDF keeps text that is not drawn on a page: the targets of its
// links (a URI action, the file a Launch or GoToR action opens) and the
// titles of its bookmarks (the document outline a viewer shows beside the
// pages). An intranet address that exists only as a link's target, or a
// name in a bookmark, is read like the page.

// Bounds of what is followed.
const (
	maxActionChain = 8    // /Next actions followed from one action
	maxActions     = 1024 // actions followed per page, and for the document
	maxBookmarks   = 4096 // outline items read
	maxOutlineKids = 64   // outline levels followed
)

// targets collects link targets, each once, with its percent-decoded form
// when that reads differently.
type targets struct {
	lines []string
	seen  map[string]bool
	// acts counts the actions followed; over says maxActions stopped
	// the walk (a /Next array that names itself fans out without end).
	acts int
	over bool
}

func (t *targets) add(s string) {
	s = strings.Join(strings.Fields(strings.Map(dropControl, s)), " ")
	if s == "" || s[0] == '#' || t.seen[s] {
		return
	}
	if t.seen == nil {
		t.seen = map[string]bool{}
	}
	t.seen[s] = true
	t.lines = append(t.lines, s)
	if u, err := url.PathUnescape(s); err == nil && u != s && utf8.ValidString(u) && !t.seen[u] {
		t.seen[u] = true
		t.lines = append(t.lines, u)
	}
}

// action adds the external targets of action a and of the actions that
// follow it (/Next, a dictionary or an array of them).
func (t *targets) action(a lpdf.Value, depth int) {
	if a.Kind() != lpdf.Dict || depth > maxActionChain {
		return
	}
	if t.acts >= maxActions {
		t.over = true
		return
	}
	t.acts++
	switch a.Key("S").Name() {
	case "URI":
		t.add(a.Key("URI").RawString())
	case "Launch", "GoToR", "GoToE", "ImportData", "SubmitForm":
		t.file(a.Key("F"))
		t.file(a.Key("Win").Key("F"))
	}
	next := a.Key("Next")
	if next.Kind() == lpdf.Array {
		for i := 0; i < next.Len() && i < maxActionChain; i++ {
			t.action(next.Index(i), depth+1)
		}
	} else {
		t.action(next, depth+1)
	}
}

// file adds the path of a file specification: a string, or a dictionary
// whose /UF (Unicode) or /F names the file.
func (t *targets) file(f lpdf.Value) {
	switch f.Kind() {
	case lpdf.String:
		t.add(textString(f))
	case lpdf.Dict:
		t.add(textString(f.Key("UF")))
		t.add(textString(f.Key("F")))
		t.add(textString(f.Key("URL")))
	}
}

// annotation adds what annotation a points to: its action and its
// additional actions.
func (t *targets) annotation(a lpdf.Value) {
	t.action(a.Key("A"), 0)
	t.additional(a)
}

// additional adds the targets of v's additional actions (/AA: on
// entering, on a click, on opening, …).
func (t *targets) additional(v lpdf.Value) {
	aa := v.Key("AA")
	for _, k := range aa.Keys() {
		t.action(aa.Key(k), 0)
	}
}

// part returns the link_target part of what was collected, one target a
// line, or false when there is none.
func (t *targets) part(page int) (doc.Part, bool) {
	if len(t.lines) == 0 {
		return doc.Part{}, false
	}
	return doc.Part{Kind: doc.LinkTarget, Page: page, Text: strings.Join(t.lines, "\n")}, true
}

// bookmarks reads the document outline: the title of every item, a line
// each, indented by its level, into an outline part; and the targets of
// the items' actions and of the document's own (/OpenAction, /AA) into a
// link_target part. Items past maxBookmarks are reported unread.
func (x *extractor) bookmarks(root lpdf.Value) {
	var titles []string
	var links targets
	n, more := 0, false
	var walk func(item lpdf.Value, level int)
	walk = func(item lpdf.Value, level int) {
		for ; item.Kind() == lpdf.Dict && !more; item = item.Key("Next") {
			if n == maxBookmarks {
				more = true
				return
			}
			n++
			if t := strings.TrimSpace(strings.Map(dropControl, textString(item.Key("Title")))); t != "" {
				titles = append(titles, strings.Repeat("  ", min(level, 8))+t)
			}
			links.action(item.Key("A"), 0)
			if level < maxOutlineKids {
				walk(item.Key("First"), level+1)
			}
		}
	}
	walk(root.Key("Outlines").Key("First"), 0)
	links.action(root.Key("OpenAction"), 0)
	links.additional(root)
	if len(titles) > 0 {
		x.addText(doc.Part{Kind: doc.Outline, Text: strings.Join(titles, "\n")})
	}
	if p, ok := links.part(0); ok {
		x.addText(p)
	}
	if more {
		x.whole(RuleTooLarge, fmt.Sprintf("PDF 文件的书签超过 %d 个的上限，其余书签未读取，需人工审查", maxBookmarks))
	}
	if links.over {
		x.whole(RuleTooLarge, fmt.Sprintf("PDF 文件的书签和文档动作超过 %d 个的上限，其余链接地址未读取，需人工审查", maxActions))
	}
}

// addText appends p to the document within the text limit, reporting
// what the limit leaves out.
func (x *extractor) addText(p doc.Part) {
	n := utf8.RuneCountInString(p.Text)
	if x.overText(n) {
		x.d.Unreadable(RuleTooLarge, report.Location{Part: p.Kind, Page: p.Page},
			fmt.Sprintf("PDF 文件文字超过 %d 字的上限，%s未读取，需人工审查", x.lim.MaxTextRunes, partWords[p.Kind]))
		return
	}
	x.runes += n
	x.d.Parts = append(x.d.Parts, p)
}

// overText reports whether n more runes of text would pass the file's
// text limit.
func (x *extractor) overText(n int) bool {
	return x.lim.MaxTextRunes > 0 && x.runes+n > x.lim.MaxTextRunes
}

// partWords name the parts addText adds, for its message.
var partWords = map[string]string{doc.Outline: "书签", doc.LinkTarget: "链接地址"}
