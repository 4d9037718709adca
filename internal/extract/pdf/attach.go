package pdf

import (
	"crypto/sha256"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Bounds on attached files. Their bytes together are bounded by
// Limits.MaxUnzipBytes, like the members of a DOCX.
const (
	maxAttachments  = 64
	maxNameNodes    = 4096 // nodes of the /EmbeddedFiles name tree visited
	maxAttachedName = 255  // runes of an attachment's name kept
)

// attachState is what the attached files taken so far have used of the
// bounds.
type attachState struct {
	count   int
	skipped int
	bytes   int64
	seen    map[[sha256.Size]byte]bool // the same file attached twice is read once
}

// attachedFiles hands the files of the /Names /EmbeddedFiles name tree to
// the dispatcher (doc.Document.Embedded), which reads each with its own
// extractor, one level deep.
func (x *extractor) attachedFiles(root lpdf.Value) {
	tree := root.Key("Names").Key("EmbeddedFiles")
	if tree.Kind() == lpdf.Null {
		return
	}
	visits, cut := 0, false
	var walk func(node lpdf.Value, depth int)
	walk = func(node lpdf.Value, depth int) {
		if depth > maxTreeDepth || visits >= maxNameNodes {
			cut = true
			return
		}
		visits++
		names := node.Key("Names")
		for i := 0; i+1 < names.Len(); i += 2 {
			x.attach(textString(names.Index(i)), names.Index(i+1), report.Location{})
		}
		kids := node.Key("Kids")
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(tree, 0)
	if cut {
		x.whole(RuleTooLarge, fmt.Sprintf("PDF 的附件目录超过 %d 层或 %d 个节点的上限，其余附件未读取，需人工审查", maxTreeDepth, maxNameNodes))
	}
}

// attachmentsSkipped reports the attachments past maxAttachments.
func (x *extractor) attachmentsSkipped() {
	if x.att.skipped > 0 {
		x.whole(RuleTooLarge, fmt.Sprintf("PDF 附件超过 %d 个的上限，其余 %d 个未读取，请删除多余附件后重新提交，或由人工审查", maxAttachments, x.att.skipped))
	}
}

// attach decodes the file that the file specification fs embeds and adds
// it to the document's embedded files, or reports why it cannot: a
// stream that does not decode, or past the bounds. key names the file
// when fs does not; loc is where it is attached (a page for an
// annotation). A specification that embeds nothing (a reference to a
// file outside the PDF) holds nothing to read.
func (x *extractor) attach(key string, fs lpdf.Value, loc report.Location) {
	name := attachmentName(fs, key)
	loc.File = name
	ef := fs.Key("EF")
	if ef.Kind() == lpdf.Null {
		return
	}
	var s lpdf.Value
	for _, k := range []string{"UF", "F", "Unix", "DOS", "Mac"} {
		if s = ef.Key(k); s.Kind() == lpdf.Stream {
			break
		}
	}
	if s.Kind() != lpdf.Stream {
		x.d.Unreadable(RuleEmbedded, loc, fmt.Sprintf("PDF 附件 %s 的内容无法读取，需人工审查", name))
		return
	}
	if x.att.count >= maxAttachments {
		x.att.skipped++
		return
	}
	x.att.count++
	budget := x.contentBudget() - x.att.bytes
	data, err := readAll(s, budget)
	x.att.bytes += int64(len(data))
	switch {
	case int64(len(data)) > budget:
		x.d.Unreadable(RuleTooLarge, loc, fmt.Sprintf("PDF 附件 %s 解压后超过大小上限，未能读取，需人工审查", name))
		return
	case err != nil:
		x.d.Unreadable(RuleEmbedded, loc, fmt.Sprintf("PDF 附件 %s 无法解码，未能自动审查其内容，需人工审查", name))
		return
	case len(data) == 0:
		return
	}
	sum := sha256.Sum256(data)
	if x.att.seen[sum] {
		return
	}
	if x.att.seen == nil {
		x.att.seen = map[[sha256.Size]byte]bool{}
	}
	x.att.seen[sum] = true
	x.d.Embedded = append(x.d.Embedded, doc.Embedded{Name: name, Data: data})
}

// readAll reads stream s, at most max+1 bytes, turning a panic of the
// library into an error.
func readAll(s lpdf.Value, max int64) (data []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf: attached file: %v", p)
		}
	}()
	if max < 0 {
		max = 0
	}
	return io.ReadAll(io.LimitReader(streamReader(s), max+1))
}

// attachmentName is the file name of an attachment without its folders:
// the specification's /UF or /F, else key, else 附件.
func attachmentName(fs lpdf.Value, key string) (name string) {
	defer func() {
		if recover() != nil {
			name = ""
		}
		name = strings.TrimSpace(strings.Map(dropControl, name))
		if name == "" {
			name = strings.TrimSpace(strings.Map(dropControl, key))
		}
		if name == "" {
			name = "附件"
		}
		if utf8.RuneCountInString(name) > maxAttachedName {
			name = cutRunes(name, maxAttachedName)
		}
	}()
	switch fs.Kind() {
	case lpdf.String:
		name = textString(fs)
	case lpdf.Dict:
		name = textString(fs.Key("UF"))
		if name == "" {
			name = textString(fs.Key("F"))
		}
	}
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	if name == "." || name == "/" {
		name = ""
	}
	return name
}
