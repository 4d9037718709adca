package docx

import (
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// RuleEmbedded is the rule of the finding for content in a package that
// no extractor reads: embedded files, OLE objects, ActiveX controls,
// macros and imported chunks.
const RuleEmbedded = "unreadable.embedded"

// RuleImageOnly is the rule of the finding for a document whose text is
// in pictures.
const RuleImageOnly = "unreadable.image_only"

// KindCustomXML is the kind of the part that holds the text of a custom
// XML data item (customXml/item1.xml), and HiddenCustomXML its hidden
// reason: Word shows it only where a content control is bound to it.
const (
	KindCustomXML   = "custom_xml"
	HiddenCustomXML = "自定义XML数据"
)

// embeddedKind is one kind of content that is not read, with how to say
// it: fmt verbs for the members ("word/embeddings/a.xlsx 等2个").
type embeddedKind struct {
	match func(name string) bool // name is canonical (lower case)
	msg   string
}

// embeddedKinds are in the order of their findings. A member counts for
// the first kind it matches.
var embeddedKinds = []embeddedKind{
	{func(n string) bool { return strings.HasPrefix(n, "embeddings/") || strings.Contains(n, "/embeddings/") },
		"文档内嵌了其他文件（%s），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查"},
	{func(n string) bool {
		b := path.Base(n)
		return strings.HasPrefix(b, "oleobject") && strings.HasSuffix(b, ".bin")
	},
		"文档含有OLE对象（%s），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查"},
	{func(n string) bool { return strings.HasPrefix(n, "activex/") || strings.Contains(n, "/activex/") },
		"文档含有ActiveX控件（%s），其中的数据未能自动审查，请删除控件后重新提交，或由人工审查"},
	{func(n string) bool { b := path.Base(n); return b == "vbaproject.bin" || b == "vbadata.xml" },
		"文档含有宏代码（%s），未能自动审查其内容，请另存为不含宏的文档后重新提交，或由人工审查"},
}

// AddEmbedded appends to d one unreadable.embedded finding for each kind
// of content of a that no extractor reads: files embedded in the package
// (an xlsx in a docx, the workbook behind a chart), OLE objects, ActiveX
// controls and macros. Each finding names the first member of its kind
// and how many there are; part is the Location.Part to give them. It is
// shared by the DOCX and XLSX extractors.
func AddEmbedded(d *doc.Document, a *zipguard.Archive, part string) {
	found := make([][]string, len(embeddedKinds))
	for _, name := range a.Names() {
		key := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, `\`, "/"), "/"))
		if strings.HasSuffix(key, "/") || strings.Contains("/"+key, "/_rels/") {
			continue
		}
		for i, k := range embeddedKinds {
			if k.match(key) {
				found[i] = append(found[i], name)
				break
			}
		}
	}
	// Embedded files that mishen reads itself go back to the dispatcher
	// (package extract reads them with their own extractor); only the
	// others are reported unreadable here.
	if len(found[0]) > 0 {
		var rest []string
		for _, name := range found[0] {
			if embeddedAlready(d, name) {
				continue // an altChunk's part, read already
			}
			if readableEmbedded(name) {
				if data, err := a.ReadFile(name); err == nil {
					d.Embedded = append(d.Embedded, doc.Embedded{Name: name, Data: data})
					continue
				}
			}
			if packaged(d, a, name) {
				continue
			}
			rest = append(rest, name)
		}
		found[0] = rest
	}
	// OLE objects that package a file (an attachment shown as an icon):
	// the file goes to the dispatcher, read as any embedded file is.
	if len(found[1]) > 0 {
		var rest []string
		for _, name := range found[1] {
			if !packaged(d, a, name) {
				rest = append(rest, name)
			}
		}
		found[1] = rest
	}
	for i, names := range found {
		if len(names) == 0 {
			continue
		}
		sort.Strings(names)
		what := names[0]
		if len(names) > 1 {
			what = fmt.Sprintf("%s 等%d个", names[0], len(names))
		}
		d.Unreadable(RuleEmbedded, report.Location{Part: part, File: names[0]}, fmt.Sprintf(embeddedKinds[i].msg, what))
	}
}

// packaged hands the file an OLE object member packages (olePackage) to
// the dispatcher, named member!file, and reports whether there was one.
func packaged(d *doc.Document, a *zipguard.Archive, member string) bool {
	if !strings.HasSuffix(strings.ToLower(member), ".bin") {
		return false
	}
	data, err := a.ReadFile(member)
	if err != nil {
		return false
	}
	name, body, err := olePackage(data, int64(len(data)))
	if err != nil {
		return false
	}
	d.Embedded = append(d.Embedded, doc.Embedded{Name: member + "!" + name, Data: body})
	return true
}

// readableEmbedded reports the embedded files that have an extractor of
// their own: office files and PDFs (not OLE .bin containers).
func readableEmbedded(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".xlsx", ".xlsm", ".docx", ".docm", ".pdf":
		return true
	}
	return false
}

// AddCustomXML appends a custom_xml part (Hidden HiddenCustomXML) for each
// custom XML data item of a (customXml/item1.xml; not their properties)
// that holds text, one text node a line, and an unreadable finding for
// each that is damaged. budget is the number of runes still allowed; it
// returns what is left, or stops with an unreadable.too_much_text finding.
// It is shared by the DOCX and XLSX extractors.
func AddCustomXML(d *doc.Document, a *zipguard.Archive, lim doc.Limits, budget int) (left int, stopped bool) {
	lim = zipguard.FillDefaults(lim)
	for _, name := range a.Match("customxml/item", ".xml") {
		if strings.HasPrefix(strings.ToLower(path.Base(name)), "itemprops") {
			continue
		}
		text, err := xmlText(a, name, lim)
		if n := utf8.RuneCountInString(text); n > budget {
			d.Unreadable("unreadable.too_much_text", report.Location{Part: KindCustomXML, File: name},
				"文件文字超过上限，自定义XML数据 "+name+"及其后的内容未检查，请拆分后提交或人工审查")
			return budget, true
		} else {
			budget -= n
		}
		if text != "" {
			d.Parts = append(d.Parts, doc.Part{Kind: KindCustomXML, File: name, Text: text, Hidden: HiddenCustomXML})
		}
		if err != nil {
			rule, msg := zipguard.Describe(err, "自定义XML数据 "+name, lim)
			d.Unreadable(rule, report.Location{Part: KindCustomXML, File: name}, msg)
		}
	}
	return budget, false
}

// xmlText is every text node of member name that is not only whitespace,
// trimmed, one a line. What was read before an error is returned with it.
func xmlText(a *zipguard.Archive, name string, lim doc.Limits) (string, error) {
	rc, err := a.Open(name)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := zipguard.NewXMLDecoder(rc, lim.MaxXMLDepth)
	var b strings.Builder
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return b.String(), err
		}
		if cd, ok := t.(xml.CharData); ok {
			if s := strings.TrimSpace(string(cd)); s != "" {
				b.WriteString(s)
				b.WriteByte('\n')
			}
		}
	}
}

// minRunesPerImage is how many characters of text, not counting spaces,
// a document must have for each picture it shows for its pictures not to
// be taken for its text: scanned pages pasted into Word have none, or a
// title.
const minRunesPerImage = 20

// ImageOnly says whether a document with images pictures, and text
// characters of its own outside them (NonSpace), holds its text in
// pictures. The PPTX reader and the dispatcher (web pages, MHT, flat ODF)
// ask it too.
func ImageOnly(images, text int) bool {
	return images > 0 && text < minRunesPerImage*images
}

// NonSpace counts the runes of s that are not white space.
func NonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
