package pptx

import (
	"bytes"
	"fmt"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// unreadKind is one kind of content no extractor reads, with how to say
// it: a fmt verb for the members ("ppt/media/media1.mp4 等2个").
type unreadKind struct {
	match func(name string) bool // name is canonical (lower case)
	msg   string
}

// unreadKinds are in the order of their findings. A member counts for the
// first kind it matches; embedded files that an extractor reads are taken
// out before (see embedded).
var unreadKinds = []unreadKind{
	{func(n string) bool { return strings.Contains("/"+n, "/embeddings/") },
		"演示文稿内嵌了其他文件（%s），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查"},
	{func(n string) bool {
		b := path.Base(n)
		return strings.HasPrefix(b, "oleobject") && strings.HasSuffix(b, ".bin")
	},
		"演示文稿含有OLE对象（%s），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查"},
	{func(n string) bool { return strings.Contains("/"+n, "/activex/") },
		"演示文稿含有ActiveX控件（%s），其中的数据未能自动审查，请删除控件后重新提交，或由人工审查"},
	{func(n string) bool { b := path.Base(n); return b == "vbaproject.bin" || b == "vbadata.xml" },
		"演示文稿含有宏代码（%s），未能自动审查其内容，请另存为不含宏的演示文稿（.pptx）后重新提交，或由人工审查"},
	{func(n string) bool { return mediaExt[ext(n)] },
		"演示文稿含有音频或视频（%s），其中的声音和画面未能自动审查，需人工审查"},
}

// mediaExt are the extensions of sound and video members.
var mediaExt = map[string]bool{
	".mp4": true, ".m4v": true, ".mov": true, ".avi": true, ".wmv": true, ".mpg": true, ".mpeg": true, ".mkv": true,
	".webm": true, ".flv": true, ".asf": true, ".3gp": true,
	".mp3": true, ".wav": true, ".wma": true, ".m4a": true, ".aac": true, ".mid": true, ".midi": true, ".aiff": true,
	".aif": true, ".ogg": true, ".flac": true, ".au": true,
}

// legacyExt are the extensions of the office formats of the 97-2003
// (and WPS) era and Excel's binary workbook, which the dispatcher
// converts or reports itself.
var legacyExt = map[string]bool{".doc": true, ".xls": true, ".ppt": true, ".wps": true, ".et": true, ".dps": true, ".rtf": true, ".xlsb": true}

// readableExt are the embedded files that have an extractor of their
// own: office files and PDFs, handed to the dispatcher in Embedded.
var readableExt = map[string]bool{
	".xlsx": true, ".xlsm": true, ".docx": true, ".docm": true, ".pptx": true, ".pptm": true, ".pdf": true,
}

// officeStreams are the names, in UTF-16LE as a compound file's
// directory holds them, of the streams of Word, Excel and PowerPoint
// 97-2003 files and of encrypted OOXML packages.
var officeStreams = [][]byte{utf16le("WordDocument"), utf16le("Workbook"), utf16le("Book"),
	utf16le("PowerPoint Document"), utf16le("EncryptedPackage")}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// handOn adds the embedded file or OLE object name (canonical key) to
// Embedded when an extractor reads it: an office file or PDF by its
// extension, or an OLE object that is a Word, Excel or PowerPoint
// 97-2003 file (the dispatcher converts or reports those itself). It
// reports whether it did.
func (x *extractor) handOn(name, key string) bool {
	byExt := readableExt[ext(key)] || legacyExt[ext(key)]
	if !byExt && ext(key) != ".bin" {
		return false
	}
	data, err := x.a.ReadFile(name)
	if err != nil {
		return false // damage is reported by the archive check
	}
	if !byExt {
		office := false
		for _, s := range officeStreams {
			office = office || bytes.Contains(data, s)
		}
		if !zipguard.IsOLE2(data) || !office {
			return false
		}
	}
	x.d.Embedded = append(x.d.Embedded, doc.Embedded{Name: name, Data: data})
	return true
}

// embedded hands the embedded office files and PDFs, and OLE objects
// that are office files, to the dispatcher, which reads them one level
// deep, and reports one unreadable.embedded
// finding for each kind of content that is not read: other embedded
// files and OLE objects, ActiveX controls, macros, sound and video.
func (x *extractor) embedded() {
	found := make([][]string, len(unreadKinds))
	for _, name := range x.a.Names() {
		key := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, `\`, "/"), "/"))
		if strings.HasSuffix(key, "/") || strings.Contains("/"+key, "/_rels/") {
			continue
		}
		for i, k := range unreadKinds {
			if !k.match(key) {
				continue
			}
			if i <= 1 && x.handOn(name, key) {
				break
			}
			found[i] = append(found[i], name)
			break
		}
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
		x.d.Unreadable(docx.RuleEmbedded, report.Location{Part: doc.Body, File: names[0]}, fmt.Sprintf(unreadKinds[i].msg, what))
	}
}

// deadlinePassed says whether the time for the file is up.
func deadlinePassed(x *extractor) bool { return time.Now().After(x.deadline) }
