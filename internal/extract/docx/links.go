package docx

import (
	"encoding/xml"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// AddLinkTargets appends a link_target part for each relationships member
// (*.rels) of a that points outside the package (TargetMode="External"):
// hyperlinks, linked pictures, the template a document was made from,
// linked workbooks. Each target is a line of its own, as it stands, and
// again percent-decoded when that reads differently, so that an intranet
// address or a path with a user's name that exists only as a link target
// is scanned. budget is the number of runes still allowed; AddLinkTargets
// returns what is left, or stops with an unreadable.too_much_text finding
// when the text would pass it. It is shared by the DOCX and XLSX
// extractors.
func AddLinkTargets(d *doc.Document, a *zipguard.Archive, lim doc.Limits, budget int) (left int, stopped bool) {
	lim = zipguard.FillDefaults(lim)
	for _, name := range a.Match("", ".rels") {
		targets, err := externalTargets(a, name, lim)
		text := strings.Join(targets, "")
		if n := utf8.RuneCountInString(text); n > budget {
			d.Unreadable("unreadable.too_much_text", report.Location{Part: doc.LinkTarget, File: name},
				"文件文字超过上限，链接目标 "+name+"及其后的内容未检查，请拆分后提交或人工审查")
			return budget, true
		} else {
			budget -= n
		}
		if text != "" {
			d.Parts = append(d.Parts, doc.Part{Kind: doc.LinkTarget, File: name, Text: text})
		}
		if err != nil && !Reported(d, name) {
			rule, msg := zipguard.Describe(err, "链接目标 "+name, lim)
			d.Unreadable(rule, report.Location{Part: doc.LinkTarget, File: name}, msg)
		}
	}
	return budget, false
}

// externalTargets returns the external targets of the relationships
// member name, each once, each ending in "\n". What was read before an
// error is returned with it.
func externalTargets(a *zipguard.Archive, name string, lim doc.Limits) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s+"\n")
		}
	}
	err := a.Starts(name, lim.MaxXMLDepth, func(se xml.StartElement) {
		if se.Name.Local != "Relationship" || !strings.EqualFold(zipguard.Attr(se, "TargetMode"), "External") {
			return
		}
		target := strings.Join(strings.Fields(zipguard.Attr(se, "Target")), " ")
		add(target)
		if u, err := url.PathUnescape(target); err == nil && u != target && utf8.ValidString(u) {
			add(u)
		}
	})
	return out, err
}
