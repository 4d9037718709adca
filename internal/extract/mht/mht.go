package mht

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/htmlx"
	"github.com/mishen-gov/mishen/internal/extract/plaintext"
	"github.com/mishen-gov/mishen/internal/report"
)

// Rules of the findings this package makes; the readers of the parts add
// their own.
const (
	RuleCorrupt  = "unreadable.corrupt"
	RuleTooLarge = "unreadable.too_large"
	RuleTooMuch  = "unreadable.too_much_text"
	RuleTimeout  = "unreadable.timeout"
)

// maxParts bounds the parts of one file that are read. A saved page has a
// part per picture, style sheet and script: tens, rarely hundreds.
const maxParts = 2000

// maxNameLen bounds a part's name taken from its Content-Location.
const maxNameLen = 120

var errCorrupt = errors.New("mht: damaged MIME structure")

// Extract reads the web archive in data. Every problem with the input is
// an unreadable finding in the returned Document, never an error.
func Extract(data []byte, lim doc.Limits) (*doc.Document, error) {
	d := &doc.Document{Format: "mht"}
	read(d, data, fillDefaults(lim))
	return d, nil
}

// fillDefaults replaces the limits this package uses, when zero, with
// their defaults.
func fillDefaults(l doc.Limits) doc.Limits {
	def := doc.DefaultLimits()
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = def.MaxFileBytes
	}
	if l.MaxTextRunes <= 0 {
		l.MaxTextRunes = def.MaxTextRunes
	}
	if l.PerFileTimeout <= 0 {
		l.PerFileTimeout = def.PerFileTimeout
	}
	return l
}

// part is one decoded MIME part.
type part struct {
	name      string // file name from Content-Location, else Content-ID, else part<n>
	mediaType string // lower case, no parameters
	charset   string
	id        string // Content-ID without the angle brackets
	location  string // Content-Location as written
	body      []byte
}

// reader holds the state of one Extract.
type reader struct {
	d        *doc.Document
	lim      doc.Limits
	left     int // runes of text still allowed
	deadline time.Time
	names    map[string]int
	// sheets are the archive's stylesheets by the addresses its pages
	// link them with (cid:…, their Content-Location): the pages' own.
	sheets   map[string]string
	attached []string // the attachments' file names, as metadata lines
	outside  []part   // multiparts' preambles and epilogues
}

func read(d *doc.Document, data []byte, lim doc.Limits) {
	if int64(len(data)) > lim.MaxFileBytes {
		d.Unreadable(RuleTooLarge, report.Location{Part: doc.Body}, fmt.Sprintf(
			"单个网页文件大小超过上限（%dMB），未读取，请拆分后提交或人工审查", lim.MaxFileBytes>>20))
		return
	}
	r := &reader{d: d, lim: lim, left: lim.MaxTextRunes, deadline: time.Now().Add(lim.PerFileTimeout), names: map[string]int{}}
	parts, start, err := r.split(data)
	if errors.Is(err, errTooMany) {
		err = nil // reported where the parts were cut
	}
	if len(r.attached) > 0 {
		t := strings.Join(r.attached, "")
		r.over(&t, doc.MetadataPart, "")
		r.left -= utf8.RuneCountInString(t)
		r.d.Parts = append(r.d.Parts, doc.Part{Kind: doc.MetadataPart, Text: t})
	}
	switch {
	case errors.Is(err, errTimeout):
		r.d.Unreadable(RuleTimeout, report.Location{Part: doc.Body}, fmt.Sprintf(
			"读取单个网页文件超时（超过%s），未能完整读取，请人工审查", r.lim.PerFileTimeout))
	case err != nil && len(parts) == 0:
		r.corrupt("", "单个网页文件（MHT）的 MIME 结构已损坏，无法读取，需人工审查")
		return
	case err != nil:
		r.corrupt("", "单个网页文件（MHT）的 MIME 结构已损坏，损坏处之后的内容未读取，需人工审查")
	}
	root := -1
	for i, p := range parts {
		if start != "" && p.id == start {
			root = i
			break
		}
	}
	if root < 0 {
		// RFC 2557: without a start parameter the first part is the
		// root. A first part that is not a page (a file Word or a tool
		// wrote oddly) gives way to the first page.
		for i, p := range parts {
			if isHTML(p.mediaType) || p.mediaType == "text/plain" {
				root = i
				break
			}
		}
	}
	if root < 0 {
		r.corrupt("", "单个网页文件（MHT）中没有找到网页正文，无法读取，需人工审查")
	}
	for _, p := range parts {
		if p.mediaType == "text/css" {
			if r.sheets == nil {
				r.sheets = map[string]string{}
			}
			css := string(bytes.ToValidUTF8(toUTF8(p.body, p.charset), []byte("\uFFFD")))
			for _, k := range []string{"cid:" + p.id, p.location} {
				if k != "cid:" && k != "" {
					r.sheets[k] = css
				}
			}
		}
	}
	if root >= 0 {
		r.read(parts[root], true)
	}
	for i, p := range parts {
		if i == root {
			continue
		}
		if !r.read(p, false) {
			return
		}
	}
}

// split reads the message's header and its parts. start is the Content-ID
// the multipart's start parameter names. The parts read before an error
// are returned with it.
func (r *reader) split(data []byte) (parts []part, start string, err error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	data = bytes.TrimLeft(data, " \t\r\n")
	br := bufio.NewReader(bytes.NewReader(data))
	h, err := textproto.NewReader(br).ReadMIMEHeader()
	if err != nil {
		return nil, "", fmt.Errorf("%w: header: %v", errCorrupt, err)
	}
	r.header(h, "")
	_, params, _ := mime.ParseMediaType(h.Get("Content-Type"))
	start = strings.Trim(params["start"], "<> \t")
	parts, err = r.entity(h, br, 0, nil)
	return append(parts, r.outside...), start, err
}

// maxDepth bounds the nesting of multiparts and attached messages (an
// e-mail's multipart/mixed holds a multipart/alternative, a forwarded
// message holds its own).
const maxDepth = 4

// entity reads the body of a MIME entity whose header is h: the parts of
// a multipart, each nested multipart and attached message read in turn
// (their parts follow in order), else the one part it is. It appends to
// parts and returns them.
func (r *reader) entity(h textproto.MIMEHeader, body io.Reader, depth int, parts []part) ([]part, error) {
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		// A page saved as a single part (a web archive of one file), or
		// a message of one text.
		p, err := r.decode(h, body, len(parts))
		if err != nil {
			return parts, err
		}
		if mt == "message/rfc822" {
			return r.message(p, depth, parts)
		}
		return append(parts, p), nil
	}
	boundary := params["boundary"]
	if boundary == "" {
		return parts, fmt.Errorf("%w: no boundary", errCorrupt)
	}
	// The text before the first boundary and after the last (a
	// multipart's preamble and epilogue) is no part, but it is in the
	// file, and a reader of it as text sees it: it is read as text.
	all, err := io.ReadAll(io.LimitReader(body, r.lim.MaxFileBytes+1))
	if err != nil {
		return parts, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	pre, post := outside(all, boundary)
	for i, t := range [][]byte{pre, post} {
		if len(bytes.TrimSpace(t)) > 0 && !isBoilerplate(t) {
			// Read after the parts, so that the page stays the root.
			r.outside = append(r.outside, part{name: r.name([]string{"preamble", "epilogue"}[i], "", 0), mediaType: "text/plain", body: t})
		}
	}
	mr := multipart.NewReader(bytes.NewReader(all), boundary)
	for n := 0; ; n++ {
		if time.Now().After(r.deadline) {
			return parts, errTimeout
		}
		mp, err := mr.NextRawPart()
		if errors.Is(err, io.EOF) {
			return parts, nil
		}
		if err != nil {
			return parts, fmt.Errorf("%w: part %d: %v", errCorrupt, len(parts)+1, err)
		}
		if len(parts) >= maxParts {
			r.d.Unreadable(RuleTooLarge, report.Location{Part: doc.Body}, fmt.Sprintf(
				"单个网页文件中的部件超过 %d 个，其余部件未读取，需人工审查", maxParts))
			return parts, errTooMany
		}
		ph := textproto.MIMEHeader(mp.Header)
		sub, _, _ := mime.ParseMediaType(ph.Get("Content-Type"))
		if (strings.HasPrefix(sub, "multipart/") || sub == "message/rfc822") && depth < maxDepth {
			if parts, err = r.entity(ph, mp, depth+1, parts); err != nil {
				return parts, err
			}
			continue
		}
		p, err := r.decode(ph, mp, len(parts))
		if err != nil {
			return parts, err
		}
		parts = append(parts, p)
	}
}

// outside returns the bytes of a multipart body before its first
// boundary line and after its closing one.
func outside(b []byte, boundary string) (pre, post []byte) {
	open := []byte("--" + boundary)
	i := bytes.Index(b, open)
	if i < 0 {
		return nil, nil
	}
	if i == 0 || b[i-1] == '\n' {
		pre = b[:i]
	}
	if j := bytes.LastIndex(b, append(open, '-', '-')); j >= 0 {
		post = b[j+len(open)+2:]
	}
	return pre, post
}

// isBoilerplate reports whether a preamble is the sentence mail programs
// write there for readers without MIME.
func isBoilerplate(t []byte) bool {
	s := strings.ToLower(string(bytes.TrimSpace(t)))
	return strings.HasPrefix(s, "this is a multi-part message in mime format") || strings.HasPrefix(s, "this is a multipart message in mime format")
}

// message reads an attached message (message/rfc822): its header, then
// its body as an entity. Messages nested deeper than maxDepth are
// damage: each level would copy the rest of the file again.
func (r *reader) message(p part, depth int, parts []part) ([]part, error) {
	if depth >= maxDepth {
		return parts, fmt.Errorf("%w: %s: messages nested deeper than %d", errCorrupt, p.name, maxDepth)
	}
	br := bufio.NewReader(bytes.NewReader(p.body))
	h, err := textproto.NewReader(br).ReadMIMEHeader()
	if err != nil {
		return parts, fmt.Errorf("%w: %s: header: %v", errCorrupt, p.name, err)
	}
	r.header(h, p.name)
	return r.entity(h, br, depth+1, parts)
}

// mailHeaders are the header fields of a message that a reader sees,
// with the label they are read under.
var mailHeaders = []struct{ key, label string }{
	{"Subject", "主题"}, {"From", "发件人"}, {"To", "收件人"}, {"Cc", "抄送"}, {"Bcc", "密送"}, {"Reply-To", "回复"},
	{"Keywords", "关键词"}, {"Comments", "备注"}, {"Organization", "单位"}, {"Content-Description", "说明"},
}

// header reads the fields of a message's header that a reader sees (the
// subject, the sender and recipients), their encoded words (=?UTF-8?B?…?=)
// decoded, as a metadata part located at file.
func (r *reader) header(h textproto.MIMEHeader, file string) {
	dec := mime.WordDecoder{CharsetReader: charsetReader}
	var b strings.Builder
	for _, f := range mailHeaders {
		for _, v := range h.Values(f.key) {
			if d, err := dec.DecodeHeader(v); err == nil {
				v = d
			}
			// A header of raw 8-bit bytes in no charset is read as
			// GB 18030 when it is not UTF-8, as its parts are.
			if !utf8.ValidString(v) {
				v = string(toUTF8([]byte(v), "gb18030"))
			}
			if v = strings.Join(strings.Fields(strings.ToValidUTF8(v, "\uFFFD")), " "); v != "" {
				b.WriteString(f.label + ": " + v + "\n")
			}
		}
	}
	if b.Len() > 0 {
		t := b.String()
		r.over(&t, doc.MetadataPart, file)
		r.left -= utf8.RuneCountInString(t)
		r.d.Parts = append(r.d.Parts, doc.Part{Kind: doc.MetadataPart, File: file, Text: t})
	}
}

// charsetReader converts the text of an encoded word to UTF-8.
func charsetReader(cs string, in io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(io.LimitReader(in, 1<<16))
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(toUTF8(b, strings.ToLower(cs))), nil
}

// errTooMany ends the reading of parts after maxParts.
var errTooMany = errors.New("mht: too many parts")

var errTimeout = errors.New("mht: time limit reached")

// decode reads one part's body, undoing its transfer encoding.
func (r *reader) decode(h textproto.MIMEHeader, body io.Reader, n int) (part, error) {
	p := part{mediaType: "text/plain"}
	var file string // an attachment's own name
	if ct := h.Get("Content-Type"); ct != "" {
		mt, params, err := mime.ParseMediaType(ct)
		if err != nil {
			// A type with a bad parameter is still its type.
			mt, _, _ = strings.Cut(ct, ";")
			mt = strings.ToLower(strings.TrimSpace(mt))
		}
		p.mediaType, p.charset = mt, strings.ToLower(strings.Trim(params["charset"], `"' `))
		file = params["name"]
	}
	if _, params, err := mime.ParseMediaType(h.Get("Content-Disposition")); err == nil && params["filename"] != "" {
		file = params["filename"]
	}
	if file != "" && (h.Get("Content-Disposition") != "" || h.Get("Content-Location") == "") {
		dec := mime.WordDecoder{CharsetReader: charsetReader}
		if d, err := dec.DecodeHeader(file); err == nil {
			file = d
		}
		// A name is text its sender wrote (机密★10年 名单.txt).
		if !utf8.ValidString(file) {
			file = string(toUTF8([]byte(file), "gb18030"))
		}
		file = strings.ToValidUTF8(file, "\uFFFD")
		r.attached = append(r.attached, "附件: "+strings.Join(strings.Fields(file), " ")+"\n")
	}
	p.id = strings.Trim(h.Get("Content-Id"), "<> \t")
	loc := h.Get("Content-Location")
	p.location = strings.TrimSpace(loc)
	if loc == "" {
		loc = file
	}
	p.name = r.name(loc, p.id, n)
	raw, err := io.ReadAll(io.LimitReader(body, r.lim.MaxFileBytes+1))
	if err != nil {
		return p, fmt.Errorf("%w: %s: %v", errCorrupt, p.name, err)
	}
	if int64(len(raw)) > r.lim.MaxFileBytes {
		return p, fmt.Errorf("%w: %s too large", errCorrupt, p.name)
	}
	var src io.Reader
	cte := strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding")))
	switch cte {
	case "base64":
		src = base64.NewDecoder(base64.StdEncoding, &spaceless{r: bytes.NewReader(raw)})
	case "quoted-printable":
		src = quotedprintable.NewReader(bytes.NewReader(raw))
	case "", "7bit", "8bit", "binary":
		p.body = raw
		return p, nil
	}
	var b []byte
	if src != nil {
		b, err = io.ReadAll(src)
	}
	if src == nil || err != nil {
		// An encoding it does not know, or bytes that are not in the
		// encoding declared (plain text said to be base64): the part is
		// damaged, and read as its bytes stand, as text, so that nothing
		// in it passes unread.
		r.corrupt(p.name, fmt.Sprintf("单个网页文件中的部件 %s 的传输编码（%s）与内容不符，已按原样读取，需人工审查", p.name, cte))
		p.mediaType, p.body = "text/plain", raw
		return p, nil
	}
	p.body = b
	return p, nil
}

// name is a part's file name: the last element of its Content-Location
// (file:///C:/D2A3F1E0/file_files/image001.png gives image001.png), else
// its Content-ID, else part<n>; made unique within the file.
func (r *reader) name(loc, id string, n int) string {
	name := ""
	if loc = strings.TrimSpace(loc); loc != "" {
		if u, err := url.Parse(loc); err == nil && u.Path != "" {
			name = path.Base(strings.ReplaceAll(u.Path, `\`, "/"))
		} else {
			name = path.Base(strings.ReplaceAll(loc, `\`, "/"))
		}
	}
	if name == "" || name == "." || name == "/" {
		name = id
	}
	name = strings.Map(func(c rune) rune {
		if c < 0x20 || c == '/' || c == '\\' || c == '!' || c == utf8.RuneError {
			return '_'
		}
		return c
	}, name)
	if len(name) > maxNameLen {
		name = strings.ToValidUTF8(name[:maxNameLen], "")
	}
	if name == "" {
		name = fmt.Sprintf("part%d", n+1)
	}
	if k := r.names[name]; k > 0 {
		r.names[name] = k + 1
		name = fmt.Sprintf("%s(%d)", name, k+1)
	} else {
		r.names[name] = 1
	}
	return name
}

// spaceless drops the white space base64 bodies are wrapped with (the
// decoder skips only CR and LF).
type spaceless struct{ r io.Reader }

func (s *spaceless) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		k := 0
		for _, c := range p[:n] {
			if c != ' ' && c != '\t' {
				p[k] = c
				k++
			}
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}

// read reads one part into the document; root says it is the page
// itself. It returns false when the text limit or the time is used up.
func (r *reader) read(p part, root bool) bool {
	if r.left <= 0 {
		r.d.Unreadable(RuleTooMuch, report.Location{Part: doc.Body, File: p.name}, fmt.Sprintf(
			"单个网页文件文字超过上限（%d字），%s 及其后的部件未检查，请拆分后提交或人工审查", r.lim.MaxTextRunes, p.name))
		return false
	}
	if time.Now().After(r.deadline) {
		r.d.Unreadable(RuleTimeout, report.Location{Part: doc.Body, File: p.name}, fmt.Sprintf(
			"读取单个网页文件超时（超过%s），%s 及其后的部件未检查，请人工审查", r.lim.PerFileTimeout, p.name))
		return false
	}
	file := p.name
	if root {
		file = ""
	}
	lim := r.lim
	lim.MaxTextRunes = r.left
	lim.PerFileTimeout = max(time.Until(r.deadline), time.Millisecond)
	switch mt := p.mediaType; {
	case isHTML(mt):
		sub, _ := htmlx.ExtractArchived(toUTF8(p.body, p.charset), r.sheets, lim)
		r.add(sub, file)
	case mt == "text/plain":
		sub, _ := plaintext.Extract(toUTF8(p.body, p.charset), lim)
		r.add(sub, file)
	case isXML(mt):
		r.text(doc.Body, file, xmlText(toUTF8(p.body, p.charset)))
	case isScript(mt):
		r.text(htmlx.KindScript, file, string(bytes.ToValidUTF8(toUTF8(p.body, p.charset), []byte("\uFFFD"))))
	case mt == "text/css":
		// Read as a page's stylesheet is: its text is scanned, and a
		// part declared a stylesheet may be anything.
		r.text(htmlx.KindScript, file, string(bytes.ToValidUTF8(toUTF8(p.body, p.charset), []byte("\uFFFD"))))
	case skipped(mt) && looksLike(mt, p.body):
	case strings.HasPrefix(mt, "multipart/") || mt == "message/rfc822":
		r.corrupt(p.name, fmt.Sprintf("单个网页文件中的部件 %s 又是一个 MIME 消息，未读取，需人工审查", p.name))
	default:
		// Pictures and everything else: the dispatcher reads them.
		r.d.Embedded = append(r.d.Embedded, doc.Embedded{Name: p.name, Data: p.body})
	}
	return true
}

// add adds the parts and findings a reader made of one part, located at
// file, and counts their text against the limit.
func (r *reader) add(sub *doc.Document, file string) {
	if sub == nil {
		return
	}
	for _, pt := range sub.Parts {
		if pt.File == "" {
			pt.File = file
		}
		if r.over(&pt.Text, pt.Kind, file) {
			pt.Cells, pt.Places = nil, nil // they may point past the cut
		}
		r.left -= utf8.RuneCountInString(pt.Text)
		r.d.Parts = append(r.d.Parts, pt)
	}
	for _, f := range sub.Findings {
		if f.Location.File == "" {
			f.Location.File = file
		}
		r.d.Findings = append(r.d.Findings, f)
	}
}

// text adds a part of kind with text t, cut at the limit.
func (r *reader) text(kind, file, t string) {
	if strings.TrimSpace(t) == "" {
		return
	}
	r.over(&t, kind, file)
	r.left -= utf8.RuneCountInString(t)
	r.d.Parts = append(r.d.Parts, doc.Part{Kind: kind, File: file, Text: t})
}

// over cuts *t to the runes still allowed and reports the cut; it says
// whether it cut.
func (r *reader) over(t *string, kind, file string) bool {
	if len(*t) <= r.left || utf8.RuneCountInString(*t) <= r.left {
		return false
	}
	cut := 0
	for i := 0; i < r.left && cut < len(*t); i++ {
		_, size := utf8.DecodeRuneInString((*t)[cut:])
		cut += size
	}
	*t = (*t)[:cut]
	what := file
	if what == "" {
		what = "网页正文"
	}
	r.d.Unreadable(RuleTooMuch, report.Location{Part: kind, File: file}, fmt.Sprintf(
		"单个网页文件文字超过上限（%d字），%s 超出部分未检查，请拆分后提交或人工审查", r.lim.MaxTextRunes, what))
	return true
}

func (r *reader) corrupt(file, msg string) {
	r.d.Unreadable(RuleCorrupt, report.Location{Part: doc.Body, File: file}, msg)
}

func isHTML(mt string) bool { return mt == "text/html" || mt == "application/xhtml+xml" }

func isXML(mt string) bool {
	return mt == "text/xml" || mt == "application/xml" || mt == "image/svg+xml" || strings.HasSuffix(mt, "+xml")
}

func isScript(mt string) bool {
	switch mt {
	case "text/javascript", "application/javascript", "application/x-javascript", "text/ecmascript", "application/ecmascript", "text/vbscript":
		return true
	}
	return false
}

// skipped reports the parts that hold no text a reader sees: Office
// themes, fonts and vector drawings that Word writes beside a picture of
// the same drawing.
func skipped(mt string) bool {
	switch mt {
	case "application/vnd.ms-officetheme",
		"image/x-wmf", "image/x-emf", "image/x-wmz", "image/x-emz", "image/wmf", "image/emf", "application/x-msmetafile":
		return true
	}
	return strings.HasPrefix(mt, "font/") || strings.HasPrefix(mt, "application/font-") || strings.HasPrefix(mt, "application/x-font")
}

// looksLike reports whether a part that skipped says holds nothing to
// read is what its type says, by its first bytes: a declared type is the
// sender's word, and a document declared a drawing would pass unread.
func looksLike(mt string, b []byte) bool {
	switch {
	case mt == "application/vnd.ms-officetheme":
		// A theme is a zip of theme/ parts.
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return false
		}
		for _, f := range zr.File {
			if n := strings.ToLower(f.Name); !strings.HasPrefix(n, "theme/") && !strings.HasPrefix(n, "_rels/") && n != "[content_types].xml" {
				return false
			}
		}
		return true
	case strings.HasSuffix(mt, "emf") || strings.HasSuffix(mt, "emz") || strings.HasSuffix(mt, "wmf") || strings.HasSuffix(mt, "wmz") || mt == "application/x-msmetafile":
		return len(b) >= 44 && string(b[40:44]) == " EMF" || // EMF
			bytes.HasPrefix(b, []byte{0xd7, 0xcd, 0xc6, 0x9a}) || bytes.HasPrefix(b, []byte{1, 0, 9, 0}) || bytes.HasPrefix(b, []byte{2, 0, 9, 0}) || // WMF
			bytes.HasPrefix(b, []byte{0x1f, 0x8b}) // .emz, .wmz: gzip
	default: // fonts
		for _, m := range []string{"\x00\x01\x00\x00", "OTTO", "true", "wOFF", "wOF2", "ttcf"} {
			if bytes.HasPrefix(b, []byte(m)) {
				return true
			}
		}
		return false
	}
}

// toUTF8 converts b from charset cs to UTF-8. Without a charset, or with
// one this package does not know, b is returned as it is, and the reader
// of the part guesses (htmlx from <meta charset>, plaintext from the
// bytes). GB2312 and GBK are read as GB18030, their superset.
func toUTF8(b []byte, cs string) []byte {
	var e encoding.Encoding
	switch cs {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
		return b
	case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn", "hz-gb-2312":
		if cs == "hz-gb-2312" {
			e = simplifiedchinese.HZGB2312
		} else {
			e = simplifiedchinese.GB18030
		}
	default:
		var err error
		if e, err = htmlindex.Get(cs); err != nil {
			return b
		}
	}
	out, _, err := transform.Bytes(e.NewDecoder(), b)
	if err != nil {
		return b
	}
	return out
}

// xmlText returns the character data of an XML part, a line per element
// that holds text. A part that is not well-formed is read up to the
// damage and the rest as it stands, so no text is lost.
func xmlText(b []byte) string {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var out strings.Builder
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			if !errors.Is(err, io.EOF) && off < int64(len(b)) {
				out.WriteString(strings.ToValidUTF8(string(b[off:]), "\uFFFD"))
			}
			break
		}
		if cd, ok := tok.(xml.CharData); ok {
			if t := strings.TrimSpace(string(cd)); t != "" {
				out.WriteString(strings.ToValidUTF8(t, "\uFFFD"))
				out.WriteByte('\n')
			}
		}
	}
	return out.String()
}
