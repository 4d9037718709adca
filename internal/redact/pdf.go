package redact

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// PDF redaction. qpdf writes the file in its QDF form (every object on
// its own, streams decoded, object streams undone); each page's content
// streams are read with their fonts' ToUnicode maps, the personal values
// are found in the page's text, and every glyph of a value that is to go
// is taken out of its show-text operator and replaced by the same
// advance (a TJ adjustment from the font's widths), so the text is gone
// from the file and nothing else on the page moves. fix-qdf and qpdf then
// write an ordinary compressed PDF. The rescan of Clean checks the
// result with mishen's own reader; a value the page shows in any other
// way (a picture, a form, an annotation) is left and refuses the copy.

// pdfObject is one object of a QDF file.
type pdfObject struct {
	val        any // the object; dict when it is a dictionary
	dict       pdfDict
	streamFrom int // the stream's data in the file; 0 when there is none
	streamTo   int
}

type qdf struct {
	data []byte
	objs map[int]*pdfObject
}

var objStart = regexp.MustCompile(`(?m)^(\d+) 0 obj\n`)

func parseQDF(data []byte) (*qdf, error) {
	q := &qdf{data: data, objs: map[int]*pdfObject{}}
	ms := objStart.FindAllSubmatchIndex(data, -1)
	for i, m := range ms {
		n, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		end := len(data)
		if i+1 < len(ms) {
			end = ms[i+1][0]
		}
		l := &pdfLexer{data: data[:end], pos: m[1]}
		v, err := l.value(0)
		if err != nil {
			continue
		}
		o := &pdfObject{val: v}
		if d, ok := v.(pdfDict); ok {
			o.dict = d
			l.skipSpace()
			if bytes.HasPrefix(data[l.pos:end], []byte("stream\n")) {
				from := l.pos + len("stream\n")
				to := bytes.LastIndex(data[from:end], []byte("endstream"))
				if to < 0 {
					return nil, errPDFSyntax
				}
				to += from
				if to > from && data[to-1] == '\n' {
					to--
				}
				o.streamFrom, o.streamTo = from, to
			}
		}
		q.objs[n] = o
	}
	return q, nil
}

// get follows references.
func (q *qdf) get(v any) any {
	for k := 0; k < 8; k++ {
		r, ok := v.(pdfRef)
		if !ok {
			return v
		}
		o := q.objs[int(r)]
		if o == nil {
			return nil
		}
		v = o.val
	}
	return nil
}

func (q *qdf) dict(v any) pdfDict {
	d, _ := q.get(v).(pdfDict)
	return d
}

func (q *qdf) stream(v any) []byte {
	r, ok := v.(pdfRef)
	if !ok {
		return nil
	}
	o := q.objs[int(r)]
	if o == nil || o.streamFrom == 0 {
		return nil
	}
	return q.data[o.streamFrom:o.streamTo]
}

func num(v any) float64 {
	f, _ := v.(float64)
	return f
}

// pages lists the page dictionaries' object numbers in order.
func (q *qdf) pages() []int {
	var root pdfDict
	if i := bytes.LastIndex(q.data, []byte("trailer")); i >= 0 {
		l := &pdfLexer{data: q.data, pos: i + len("trailer")}
		if v, err := l.value(0); err == nil {
			if t, ok := v.(pdfDict); ok {
				root = q.dict(t["Root"])
			}
		}
	}
	var out []int
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		r, ok := v.(pdfRef)
		d := q.dict(v)
		if !ok || d == nil || depth > 32 || len(out) > 10000 {
			return
		}
		switch d["Type"] {
		case pdfName("Page"):
			out = append(out, int(r))
		case pdfName("Pages"):
			kids, _ := q.get(d["Kids"]).([]any)
			for _, k := range kids {
				walk(k, depth+1)
			}
		}
	}
	if root != nil {
		walk(root["Pages"], 0)
	}
	return out
}

// pdfFont is what redaction needs of a font: how to cut a string into
// codes, what each code reads as, and how far each advances.
type pdfFont struct {
	codeLen int
	uni     map[string]string
	width   func(code []byte) float64 // in text space units; below 0 when not known
	ok      bool                      // the font is understood well enough to edit
	uniCode bool                      // codes are UCS-2 characters (UniGB-UCS2-H)
}

// standardWidths are the widths of digits and X of the standard 14
// fonts (their AFM files), which a PDF may use without /Widths: what a
// mask removes from an ID, a mobile or a card. Other glyphs of these
// fonts are not known, and a value that needs them is refused.
func standardWidths(base string) map[byte]float64 {
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[7:]
	}
	b := strings.ToLower(base)
	var digit, upperX, lowerX float64
	switch {
	case strings.HasPrefix(b, "courier"):
		digit, upperX, lowerX = 600, 600, 600
	case strings.HasPrefix(b, "helvetica"), strings.HasPrefix(b, "arial"):
		digit, upperX, lowerX = 556, 667, 500
		if strings.Contains(b, "bold") {
			lowerX = 556
		}
	case strings.HasPrefix(b, "times"):
		digit, upperX, lowerX = 500, 722, 500
		switch {
		case strings.Contains(b, "bolditalic"):
			upperX = 667
		case strings.Contains(b, "italic"):
			upperX, lowerX = 611, 444
		}
	default:
		return nil
	}
	w := map[byte]float64{'X': upperX, 'x': lowerX, ' ': 250}
	if strings.HasPrefix(b, "helvetica") || strings.HasPrefix(b, "arial") {
		w[' '] = 278
	}
	if strings.HasPrefix(b, "courier") {
		w[' '] = 600
	}
	for c := byte('0'); c <= '9'; c++ {
		w[c] = digit
	}
	return w
}

func (q *qdf) font(v any) *pdfFont {
	d := q.dict(v)
	f := &pdfFont{codeLen: 1, uni: map[string]string{}, width: func([]byte) float64 { return -1 }}
	if d == nil {
		return f
	}
	sub, _ := d["Subtype"].(pdfName)
	switch sub {
	case "Type0":
		enc, _ := d["Encoding"].(pdfName)
		ucs2 := strings.HasSuffix(string(enc), "-UCS2-H")
		if enc != "Identity-H" && !ucs2 {
			return f
		}
		f.codeLen = 2
		desc, _ := q.get(d["DescendantFonts"]).([]any)
		if len(desc) == 0 {
			return f
		}
		dd := q.dict(desc[0])
		dw := 1000.0
		if w, ok := dd["DW"].(float64); ok {
			dw = w
		}
		widths := map[int]float64{}
		w, _ := q.get(dd["W"]).([]any)
		for i := 0; i < len(w); {
			first, ok := w[i].(float64)
			if !ok || i+1 >= len(w) {
				break
			}
			if arr, isArr := q.get(w[i+1]).([]any); isArr {
				for k, x := range arr {
					widths[int(first)+k] = num(x)
				}
				i += 2
				continue
			}
			if i+2 >= len(w) {
				break
			}
			last := int(num(w[i+1]))
			for c := int(first); c <= last && c-int(first) < 65536; c++ {
				widths[c] = num(w[i+2])
			}
			i += 3
		}
		f.width = func(code []byte) float64 {
			c := int(code[0])<<8 | int(code[1])
			if ucs2 {
				// The code is the character; the widths are by CID. In
				// every Adobe CJK collection CIDs 1–95 are ASCII.
				if c < 0x20 || c > 0x7e {
					return dw / 1000
				}
				c -= 0x1f
			}
			if x, ok := widths[c]; ok {
				return x / 1000
			}
			return dw / 1000
		}
		if ucs2 {
			f.uniCode = true
		}
		f.ok = true
	case "Type1", "TrueType", "MMType1", "Type3":
		first := int(num(d["FirstChar"]))
		ws, _ := q.get(d["Widths"]).([]any)
		scale := 0.001
		if sub == "Type3" {
			m, _ := q.get(d["FontMatrix"]).([]any)
			if len(m) < 1 {
				return f
			}
			scale = num(m[0])
		}
		base, _ := d["BaseFont"].(pdfName)
		std := standardWidths(string(base))
		f.width = func(code []byte) float64 {
			i := int(code[0]) - first
			if len(ws) == 0 {
				if w, ok := std[code[0]]; ok {
					return w / 1000
				}
				return -1
			}
			if i < 0 || i >= len(ws) {
				return 0
			}
			return num(q.get(ws[i])) * scale
		}
		f.ok = len(ws) > 0 || std != nil
		// Without a ToUnicode map, the standard encodings read ASCII as
		// ASCII.
		for c := 0x20; c < 0x7f; c++ {
			f.uni[string([]byte{byte(c)})] = string(rune(c))
		}
	default:
		return f
	}
	if cm := q.stream(d["ToUnicode"]); cm != nil {
		f.readCMap(cm)
	}
	return f
}

// readCMap reads a ToUnicode CMap's codespace, bfchar and bfrange.
func (f *pdfFont) readCMap(cm []byte) {
	l := &pdfLexer{data: cm}
	var stack []any
	for {
		t, ok, err := l.token()
		if err != nil || !ok {
			return
		}
		switch t {
		case pdfKeyword("endcodespacerange"):
			if len(stack) >= 1 {
				if s, isStr := stack[0].(pdfString); isStr && len(s.b) > 0 {
					f.codeLen = len(s.b)
				}
			}
			stack = nil
		case pdfKeyword("endbfchar"):
			for i := 0; i+1 < len(stack); i += 2 {
				src, ok1 := stack[i].(pdfString)
				dst, ok2 := stack[i+1].(pdfString)
				if ok1 && ok2 {
					f.uni[string(src.b)] = utf16be(dst.b)
				}
			}
			stack = nil
		case pdfKeyword("endbfrange"):
			for i := 0; i+2 < len(stack); i += 3 {
				lo, ok1 := stack[i].(pdfString)
				hi, ok2 := stack[i+1].(pdfString)
				if !ok1 || !ok2 || len(lo.b) != len(hi.b) || len(lo.b) == 0 || len(lo.b) > 4 {
					continue
				}
				a, b := beInt(lo.b), beInt(hi.b)
				if b < a || b-a > 65535 {
					continue
				}
				for c := a; c <= b; c++ {
					code := make([]byte, len(lo.b))
					for k, x := len(code)-1, c; k >= 0; k, x = k-1, x>>8 {
						code[k] = byte(x)
					}
					switch dst := stack[i+2].(type) {
					case pdfString:
						u := append([]byte{}, dst.b...)
						if len(u) >= 2 {
							v := beInt(u[len(u)-2:]) + (c - a)
							u[len(u)-2], u[len(u)-1] = byte(v>>8), byte(v)
						}
						f.uni[string(code)] = utf16be(u)
					case []any:
						if k := c - a; k < len(dst) {
							if s, isStr := dst[k].(pdfString); isStr {
								f.uni[string(code)] = utf16be(s.b)
							}
						}
					}
				}
			}
			stack = nil
		case "[":
			// An array in a bfrange: read it whole.
			l.pos--
			v, err := l.value(0)
			if err != nil {
				return
			}
			stack = append(stack, v)
		default:
			if _, isKw := t.(pdfKeyword); isKw {
				stack = nil
				continue
			}
			stack = append(stack, t)
		}
	}
}

func beInt(b []byte) int {
	v := 0
	for _, c := range b {
		v = v<<8 | int(c)
	}
	return v
}

func utf16be(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

// pdfOp is one operator of a content stream with its operands.
type pdfOp struct {
	op       string
	args     []any
	from, to int
}

// contentOps reads a content stream into operators; inline images are
// skipped whole.
func contentOps(data []byte) ([]pdfOp, error) {
	l := &pdfLexer{data: data}
	var ops []pdfOp
	var args []any
	from := -1
	for {
		l.skipSpace()
		start := l.pos
		t, ok, err := l.token()
		if err != nil {
			return nil, err
		}
		if !ok {
			return ops, nil
		}
		if from < 0 {
			from = start
		}
		switch t {
		case "[", "<<":
			l.pos = start
			v, err := l.value(0)
			if err != nil {
				return nil, err
			}
			args = append(args, v)
			continue
		}
		kw, isKw := t.(pdfKeyword)
		if !isKw {
			args = append(args, t)
			continue
		}
		if kw == "ID" {
			// Inline image data runs to "EI" between white space.
			i := l.pos + 1
			for ; i+2 <= len(data); i++ {
				if data[i] == 'E' && data[i+1] == 'I' && isPDFSpace(data[i-1]) && (i+2 == len(data) || isPDFSpace(data[i+2])) {
					break
				}
			}
			l.pos = min(i+2, len(data))
			kw = "EI"
		}
		ops = append(ops, pdfOp{op: string(kw), args: args, from: from, to: l.pos})
		args, from = nil, -1
	}
}

// glyph is one glyph shown by a show-text operator.
type glyph struct {
	op, elem int // operator, and element of its TJ array (0 for Tj)
	code     []byte
	text     string
	advance  float64 // TJ units (thousandths of text space) that removing it must keep
	space    bool
}

// cleanPDF redacts a PDF; see the comment at the top of this file.
func cleanPDF(ctx context.Context, m *masker, data []byte) ([]byte, []string, error) {
	qpdf, err1 := exec.LookPath("qpdf")
	fixqdf, err2 := exec.LookPath("fix-qdf")
	if err1 != nil || err2 != nil {
		return nil, nil, &Refusal{Rule: "redact.pdf_tool", Reason: "生成 PDF 脱敏稿需要 qpdf（Debian 软件包 qpdf），本机未安装；请安装后重试，或在源文件中脱敏后重新导出 PDF"}
	}
	dir, err := os.MkdirTemp("", "mishen-redact-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	in, qd, fixed, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "q.pdf"), filepath.Join(dir, "fixed.pdf"), filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	run := func(stdout string, name string, args ...string) error {
		cmd := exec.CommandContext(ctx, name, args...)
		if stdout != "" {
			f, err := os.Create(stdout)
			if err != nil {
				return err
			}
			defer f.Close()
			cmd.Stdout = f
		}
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
			return nil // qpdf: warnings
		}
		return err
	}
	if err := run("", qpdf, "--qdf", "--object-streams=disable", "--decrypt", "--decode-level=generalized", in, qd); err != nil {
		return nil, nil, &Refusal{Rule: "redact.pdf_damaged", Reason: "PDF 文件无法按结构读取（qpdf 报错），不生成脱敏稿；请重新导出 PDF 后提交，或人工处理"}
	}
	qb, err := os.ReadFile(qd)
	if err != nil {
		return nil, nil, err
	}
	q, err := parseQDF(qb)
	if err != nil {
		return nil, nil, &Refusal{Rule: "redact.pdf_damaged", Reason: "PDF 文件结构无法读取，不生成脱敏稿；请重新导出 PDF 后提交，或人工处理"}
	}
	redacted, removedGlyphs, err := q.redact(m)
	if err != nil {
		return nil, nil, err
	}
	if bytes.Equal(redacted, qb) {
		return data, nil, nil
	}
	var removed []string
	if removedGlyphs > 0 {
		removed = append(removed, fmt.Sprintf("从内容流中删除字形 %d 个（版面不变）", removedGlyphs))
	}
	notes := 0
	for _, page := range q.pages() {
		if q.notes(q.dict(pdfRef(page))) {
			notes++
		}
	}
	if notes > 0 {
		removed = append(removed, fmt.Sprintf("删除带注释的页上的注释（含链接） %d 页", notes))
	}
	if n := len(q.cleanInfo()); n > 0 {
		removed = append(removed, fmt.Sprintf("清除文档属性（作者、主题、关键词、XMP 元数据） %d 项", n))
	}
	if err := os.WriteFile(qd, redacted, 0o600); err != nil {
		return nil, nil, err
	}
	if err := run(fixed, fixqdf, qd); err != nil {
		return nil, nil, fmt.Errorf("fix-qdf: %v", err)
	}
	if err := run("", qpdf, "--object-streams=generate", "--compress-streams=y", "--recompress-flate", fixed, out); err != nil {
		return nil, nil, fmt.Errorf("qpdf: %v", err)
	}
	res, err := os.ReadFile(out)
	if err != nil {
		return nil, nil, err
	}
	return res, removed, nil
}

// notes reports whether a page has annotations that carry text a reader
// can open (notes, free text, pop-ups, markup with contents) and no form
// fields: its annotations are removed, links with them. Form fields stay
// (their values are drawn in appearance streams this code does not
// edit); the rescan refuses a copy whose fields still hold a value.
func (q *qdf) notes(page pdfDict) bool {
	annots, _ := q.get(page["Annots"]).([]any)
	text := false
	for _, a := range annots {
		d := q.dict(a)
		switch d["Subtype"] {
		case pdfName("Widget"):
			return false
		case pdfName("Link"):
		default:
			text = true
		}
	}
	return text
}

// qdfEdit replaces the bytes [from, to) of a QDF file.
type qdfEdit struct {
	from, to int
	with     []byte
}

// cleanInfo clears the author, subject and keywords of the document
// information and unhooks the XMP metadata stream, which repeats them.
func (q *qdf) cleanInfo() []qdfEdit {
	var out []qdfEdit
	i := bytes.LastIndex(q.data, []byte("trailer"))
	if i < 0 {
		return nil
	}
	l := &pdfLexer{data: q.data, pos: i + len("trailer")}
	v, err := l.value(0)
	trailer, ok := v.(pdfDict)
	if err != nil || !ok {
		return nil
	}
	if r, ok := trailer["Info"].(pdfRef); ok {
		out = append(out, q.blankKeys(int(r), map[pdfName]string{"Author": "()", "Subject": "()", "Keywords": "()"})...)
	}
	if r, ok := trailer["Root"].(pdfRef); ok {
		out = append(out, q.blankKeys(int(r), map[pdfName]string{"Metadata": ""})...)
	}
	return out
}

// blankKeys replaces the values of keys in object n's dictionary (with
// "" the key goes too).
func (q *qdf) blankKeys(n int, keys map[pdfName]string) []qdfEdit {
	ms := objStart.FindAllSubmatchIndex(q.data, -1)
	prefix := []byte(strconv.Itoa(n) + " 0 obj\n")
	for _, m := range ms {
		if !bytes.Equal(q.data[m[0]:m[1]], prefix) {
			continue
		}
		l := &pdfLexer{data: q.data, pos: m[1]}
		t, ok, err := l.token()
		if err != nil || !ok || t != "<<" {
			return nil
		}
		var out []qdfEdit
		for {
			l.skipSpace()
			keyAt := l.pos
			t, ok, err := l.token()
			if err != nil || !ok || t == ">>" {
				return out
			}
			k, isName := t.(pdfName)
			if !isName {
				return out
			}
			l.skipSpace()
			valAt := l.pos
			if _, err := l.value(1); err != nil {
				return out
			}
			if with, ok := keys[k]; ok && string(q.data[valAt:l.pos]) != with {
				if with == "" {
					out = append(out, qdfEdit{keyAt, l.pos, nil})
				} else {
					out = append(out, qdfEdit{valAt, l.pos, []byte(with)})
				}
			}
		}
	}
	return nil
}

// redact removes the values from every page's content streams and
// returns the QDF file changed, with how many glyphs went.
func (q *qdf) redact(m *masker) ([]byte, int, error) {
	qb := q.data
	type edit = qdfEdit
	edits := q.cleanInfo()
	removedGlyphs := 0
	done := map[pdfRef]bool{} // a stream several pages share is cleaned once
	for pi, page := range q.pages() {
		pd := q.dict(pdfRef(page))
		if q.notes(pd) {
			edits = append(edits, q.blankKeys(page, map[pdfName]string{"Annots": ""})...)
		}
		res := q.dict(pd["Resources"])
		for p, k := pd, 0; res == nil && p != nil && k < 32; k++ {
			p = q.dict(p["Parent"])
			if p != nil {
				res = q.dict(p["Resources"])
			}
		}
		fonts := q.dict(res["Font"])
		var contents []any
		switch c := pd["Contents"].(type) {
		case pdfRef:
			contents = []any{c}
			if arr, ok := q.get(c).([]any); ok {
				contents = arr
			}
		case []any:
			contents = c
		}
		for _, c := range contents {
			r, ok := c.(pdfRef)
			o := q.objs[int(r)]
			if !ok || o == nil || o.streamFrom == 0 || done[r] {
				continue
			}
			done[r] = true
			if _, filtered := o.dict["Filter"]; filtered {
				return nil, 0, &Refusal{Rule: "redact.pdf_stream", Reason: fmt.Sprintf("PDF 第 %d 页的内容流无法解码，不生成脱敏稿；请重新导出 PDF 后提交，或人工处理", pi+1)}
			}
			stream := qb[o.streamFrom:o.streamTo]
			m.where = func(int) string { return fmt.Sprintf("第 %d 页", pi+1) }
			before := len(m.changes)
			news, n, err := redactStream(m, q, fonts, stream)
			for k := before; k < len(m.changes); k++ {
				// The spaces between separately placed glyphs are the
				// reader's, not the value's.
				m.changes[k].Masked = strings.ReplaceAll(m.changes[k].Masked, " ", "")
				m.changes[k].Now = ""
			}
			if err != nil {
				return nil, 0, err
			}
			if n > 0 {
				edits = append(edits, edit{o.streamFrom, o.streamTo, news})
				removedGlyphs += n
			}
		}
	}
	if removedGlyphs == 0 && len(edits) == 0 {
		return qb, 0, nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].from < edits[j].from })
	var b bytes.Buffer
	at := 0
	for _, e := range edits {
		b.Write(qb[at:e.from])
		b.Write(e.with)
		at = e.to
	}
	b.Write(qb[at:])
	return b.Bytes(), removedGlyphs, nil
}

// redactStream finds the values in one content stream and removes their
// glyphs; it returns the new stream and how many glyphs went.
func redactStream(m *masker, q *qdf, fonts pdfDict, stream []byte) ([]byte, int, error) {
	ops, err := contentOps(stream)
	if err != nil {
		return nil, 0, &Refusal{Rule: "redact.pdf_stream", Reason: "PDF 内容流无法解析，不生成脱敏稿；请重新导出 PDF 后提交，或人工处理"}
	}
	type tstate struct {
		font       *pdfFont
		size       float64
		tc, tw, tz float64
	}
	st := tstate{tz: 100}
	var stack []tstate
	cache := map[pdfName]*pdfFont{}
	var glyphs []glyph
	moved := map[int]bool{} // glyphs that start where the text position was set
	pending := false
	for i, op := range ops {
		switch op.op {
		case "BT", "Td", "TD", "Tm", "T*", "'", "\"":
			pending = true
		}
		switch op.op {
		case "q":
			stack = append(stack, st)
		case "Q":
			if len(stack) > 0 {
				st, stack = stack[len(stack)-1], stack[:len(stack)-1]
			}
		case "Tf":
			if len(op.args) == 2 {
				name, _ := op.args[0].(pdfName)
				f, ok := cache[name]
				if !ok {
					f = q.font(fonts[name])
					cache[name] = f
				}
				st.font, st.size = f, num(op.args[1])
			}
		case "Tc":
			if len(op.args) == 1 {
				st.tc = num(op.args[0])
			}
		case "Tw":
			if len(op.args) == 1 {
				st.tw = num(op.args[0])
			}
		case "Tz":
			if len(op.args) == 1 {
				st.tz = num(op.args[0])
			}
		case "Tj", "TJ", "'", "\"":
			if st.font == nil || len(op.args) == 0 {
				continue
			}
			if op.op == "\"" && len(op.args) == 3 {
				st.tw, st.tc = num(op.args[0]), num(op.args[1])
			}
			var elems []any
			if arr, ok := op.args[len(op.args)-1].([]any); ok && op.op == "TJ" {
				elems = arr
			} else {
				elems = []any{op.args[len(op.args)-1]}
			}
			for e, el := range elems {
				s, ok := el.(pdfString)
				if !ok {
					continue
				}
				n := st.font.codeLen
				for k := 0; k+n <= len(s.b); k += n {
					code := s.b[k : k+n]
					g := glyph{op: i, elem: e, code: code, text: st.font.uni[string(code)]}
					if g.text == "" && st.font.uniCode {
						g.text = utf16be(code)
					}
					if g.text == "" {
						g.text = "\ufffd"
					}
					g.space = n == 1 && code[0] == ' '
					if w := st.font.width(code); st.font.ok && st.size != 0 && w >= 0 {
						adv := w*1000 + st.tc*1000/st.size
						if g.space {
							adv += st.tw * 1000 / st.size
						}
						g.advance = adv
					} else {
						g.advance = -1 // cannot be removed in place
					}
					if pending {
						moved[len(glyphs)] = true
						pending = false
					}
					glyphs = append(glyphs, g)
				}
			}
		}
	}
	if len(glyphs) == 0 {
		return stream, 0, nil
	}
	// The stream's text, each glyph a segment; where the text position
	// was set (a new line, a table cell, a run LibreOffice placed on its
	// own) a space, so that two neighbouring numbers are not one.
	var segs []seg
	starts := make([]int, len(glyphs))
	pos := 0
	for i, g := range glyphs {
		if moved[i] && i > 0 {
			segs = append(segs, seg{text: " ", fixed: true})
			pos++
		}
		segs = append(segs, seg{text: g.text})
		starts[i] = pos
		pos += len([]rune(g.text))
	}
	text := unitText(segs)
	es := m.unit(text, "pdf")
	if len(es) == 0 {
		return stream, 0, nil
	}
	orig := []rune(text)
	gone := make([]bool, len(orig))
	for _, e := range es {
		for k := e.start; k < e.end; k++ {
			if !e.sameLen || e.repl[k-e.start] != orig[k] {
				gone[k] = true
			}
		}
	}
	drop := map[int]map[int]map[int]bool{} // op -> elem -> glyph index in elem
	count := 0
	index := map[[2]int]int{}
	for i, g := range glyphs {
		key := [2]int{g.op, g.elem}
		gi := index[key]
		index[key]++
		n := len([]rune(g.text))
		out := false
		for k := starts[i]; k < starts[i]+n; k++ {
			out = out || gone[k]
		}
		if !out {
			continue
		}
		if g.advance < 0 || ops[g.op].op == "'" || ops[g.op].op == "\"" {
			return nil, 0, &Refusal{Rule: "redact.pdf_font", Reason: "PDF 中要删除的文字所用字体或写法无法在原位删除（缺少字宽或用了 ' 与 \" 运算符），不生成脱敏稿；请在源文件中脱敏后重新导出 PDF"}
		}
		if drop[g.op] == nil {
			drop[g.op] = map[int]map[int]bool{}
		}
		if drop[g.op][g.elem] == nil {
			drop[g.op][g.elem] = map[int]bool{}
		}
		drop[g.op][g.elem][gi] = true
		count++
	}
	// Rewrite each operator that loses glyphs as a TJ.
	var b bytes.Buffer
	at := 0
	gi := 0
	for i, op := range ops {
		if drop[i] == nil {
			continue
		}
		b.Write(stream[at:op.from])
		var elems []any
		if arr, ok := op.args[len(op.args)-1].([]any); ok && op.op == "TJ" {
			elems = arr
		} else {
			elems = []any{op.args[len(op.args)-1]}
		}
		var parts []string
		for e, el := range elems {
			s, ok := el.(pdfString)
			if !ok {
				parts = append(parts, fmtNum(num(el)))
				continue
			}
			var keep []byte
			k := 0
			for gi < len(glyphs) && (glyphs[gi].op < i || glyphs[gi].op == i && glyphs[gi].elem < e) {
				gi++
			}
			for ; gi < len(glyphs) && glyphs[gi].op == i && glyphs[gi].elem == e; gi, k = gi+1, k+1 {
				g := glyphs[gi]
				if drop[i][e][k] {
					if len(keep) > 0 {
						parts = append(parts, fmt.Sprintf("<%x>", keep))
						keep = nil
					}
					parts = append(parts, fmtNum(-g.advance))
					continue
				}
				keep = append(keep, g.code...)
			}
			if len(keep) > 0 || len(s.b) == 0 {
				parts = append(parts, fmt.Sprintf("<%x>", keep))
			}
		}
		b.WriteString("[" + strings.Join(parts, " ") + "]")
		b.WriteString(" TJ")
		at = op.to
	}
	b.Write(stream[at:])
	return b.Bytes(), count, nil
}

func fmtNum(f float64) string {
	s := strconv.FormatFloat(f, 'f', 4, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "" || s == "-" {
		return "0"
	}
	return s
}
