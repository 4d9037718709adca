package redact

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"

	"github.com/mishen-gov/mishen/internal/extract/htmlx"
)

// htmlTok is one token of a page with its bytes as written.
type htmlTok struct {
	typ  html.TokenType
	raw  []byte
	tok  html.Token
	drop bool // removed from the cleaned page
}

// inline elements do not end a unit of text: a value split by <b> or
// <span> is still one value.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true, atom.Code: true,
	atom.Em: true, atom.Font: true, atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true, atom.Sub: true, atom.Sup: true,
	atom.Time: true, atom.U: true, atom.Var: true, atom.Wbr: true, atom.Big: true, atom.Strike: true, atom.Tt: true,
}

// attrsRead are the attributes a reader can reach; data-* and aria-*
// too.
var attrsRead = map[string]bool{"title": true, "alt": true, "value": true, "content": true, "placeholder": true, "href": true, "label": true, "summary": true}

// cleanHTML masks a page and removes its comments and the hidden
// elements whose text the page does not show anyway (a hidden copy of the
// menu for small screens stays).
func cleanHTML(m *masker, data []byte) ([]byte, []string, error) {
	text, enc, err := decodeHTML(data)
	if err != nil {
		return nil, nil, err
	}
	toks, err := htmlTokens(text)
	if err != nil {
		return nil, nil, err
	}
	comments, hidden, fields := markHidden(toks, htmlx.NewHider(text))
	lines := make([]int, len(toks)) // the line each token starts on
	line := 1
	for i, t := range toks {
		lines[i] = line
		line += bytes.Count(t.raw, []byte("\n"))
	}
	// Text, grouped into units across inline elements.
	var segs []seg
	var idx []int
	cell := 0 // depth of table cells: a cell's lines are one unit
	flush := func() {
		if len(segs) == 0 {
			return
		}
		first := idx[0]
		for _, i := range idx {
			if i >= 0 {
				first = i
				break
			}
		}
		if first >= 0 {
			m.where = func(int) string { return fmt.Sprintf("第 %d 行", lines[first]) }
		}
		var edits []edit
		if cell > 0 {
			edits = m.cell(unitText(segs), "html")
		} else {
			edits = m.unit(unitText(segs), "html")
		}
		news := applySegs(segs, edits)
		for k, i := range idx {
			if i >= 0 && news[k] != segs[k].text {
				toks[i].raw = []byte(html.EscapeString(news[k]))
			}
		}
		segs, idx = nil, nil
	}
	var raw int // depth inside script/style, whose text is not text
	for i := range toks {
		t := &toks[i]
		if t.drop {
			continue
		}
		switch t.typ {
		case html.TextToken:
			if raw > 0 {
				// Script and style text is read as it stands, one token
				// a unit; it is written back unescaped.
				m.where = func(int) string { return fmt.Sprintf("第 %d 行（脚本）", lines[i]) }
				if e := m.unit(t.tok.Data, "html:script"); len(e) > 0 {
					t.raw = []byte(apply(t.tok.Data, e))
				}
				continue
			}
			segs = append(segs, seg{text: t.tok.Data})
			idx = append(idx, i)
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			a := t.tok.DataAtom
			if a == atom.Script || a == atom.Style {
				if t.typ == html.StartTagToken {
					raw++
				} else if t.typ == html.EndTagToken && raw > 0 {
					raw--
				}
			}
			switch {
			case a == atom.Td || a == atom.Th:
				flush()
				if t.typ == html.StartTagToken {
					cell++
				} else if t.typ == html.EndTagToken && cell > 0 {
					cell--
				}
			case a == atom.Tr || a == atom.Table:
				flush()
				if t.typ == html.EndTagToken {
					cell = 0
				}
			case inline[a]:
			case cell > 0:
				// A line break inside a cell: the cell stays one unit.
				segs = append(segs, seg{text: "\n", fixed: true})
				idx = append(idx, -1)
			default:
				flush()
			}
			if t.typ != html.EndTagToken {
				m.where = func(int) string { return fmt.Sprintf("第 %d 行 <%s> 的属性", lines[i], t.tok.Data) }
				cleanAttrs(m, t)
			}
		default:
			flush()
		}
	}
	flush()
	var b bytes.Buffer
	for _, t := range toks {
		if !t.drop {
			b.Write(t.raw)
		}
	}
	out, err := encodeText(b.String(), enc)
	if err != nil {
		return nil, nil, err
	}
	var removed []string
	if comments > 0 {
		removed = append(removed, fmt.Sprintf("删除 HTML 注释 %d 处", comments))
	}
	if hidden > 0 {
		removed = append(removed, fmt.Sprintf("删除带内容的隐藏元素 %d 处", hidden))
	}
	if fields > 0 {
		removed = append(removed, fmt.Sprintf("删除隐藏表单字段 %d 处", fields))
	}
	return out, removed, nil
}

// cleanAttrs masks the attributes of a tag a reader can reach; a tag
// that changes is written again from its parts.
func cleanAttrs(m *masker, t *htmlTok) {
	changed := false
	for k, a := range t.tok.Attr {
		if !attrsRead[a.Key] && !strings.HasPrefix(a.Key, "data-") && !strings.HasPrefix(a.Key, "aria-") {
			continue
		}
		if e := m.unit(a.Val, "html:"+t.tok.Data+"@"+a.Key); len(e) > 0 {
			t.tok.Attr[k].Val = apply(a.Val, e)
			changed = true
		}
	}
	if changed {
		t.raw = []byte(t.tok.String())
	}
}

func htmlTokens(text string) ([]htmlTok, error) {
	z := html.NewTokenizer(strings.NewReader(text))
	var out []htmlTok
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if err := z.Err(); err != nil && err.Error() != "EOF" {
				return nil, err
			}
			return out, nil
		}
		raw := append([]byte(nil), z.Raw()...)
		out = append(out, htmlTok{typ: tt, raw: raw, tok: z.Token()})
	}
}

// markHidden marks for removal the comments (but not IE's conditional
// comments, which hold markup), hidden form fields with a value, and the
// hidden elements that carry text the page does not show elsewhere.
func markHidden(toks []htmlTok, hider *htmlx.Hider) (comments, hidden, fields int) {
	type open struct {
		a      atom.Atom
		name   string
		i      int
		hidden bool
	}
	var stack []open
	var spans [][2]int // hidden elements, outermost only
	var visible strings.Builder
	inHidden := 0
	for i := range toks {
		t := &toks[i]
		switch t.typ {
		case html.CommentToken:
			if conditionalMarkup(t.tok.Data) {
				continue
			}
			t.drop = true
			comments++
		case html.TextToken:
			if inHidden == 0 {
				visible.WriteString(t.tok.Data)
				visible.WriteByte(' ')
			}
		case html.SelfClosingTagToken, html.StartTagToken:
			if t.tok.DataAtom == atom.Input {
				if typ, v := attrOf(t.tok, "type"), attrOf(t.tok, "value"); strings.EqualFold(typ, "hidden") && strings.TrimSpace(v) != "" {
					t.drop = true
					fields++
				}
				continue
			}
			if t.typ == html.SelfClosingTagToken || void[t.tok.DataAtom] {
				continue
			}
			h := hider.Hides(t.tok)
			if h {
				inHidden++
			}
			stack = append(stack, open{t.tok.DataAtom, t.tok.Data, i, h})
		case html.EndTagToken:
			// Close up to the matching element (HTML forgives missing ends).
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].name != t.tok.Data {
					continue
				}
				for q := len(stack) - 1; q >= k; q-- {
					if stack[q].hidden {
						inHidden--
						if inHidden == 0 {
							spans = append(spans, [2]int{stack[q].i, i})
						}
					}
				}
				stack = stack[:k]
				break
			}
		}
	}
	shown := collapse(visible.String())
	for _, sp := range spans {
		var b strings.Builder
		for k := sp[0]; k <= sp[1]; k++ {
			if toks[k].typ == html.TextToken {
				b.WriteString(toks[k].tok.Data)
				b.WriteByte(' ')
			}
		}
		txt := collapse(b.String())
		if txt == "" || strings.Contains(shown, txt) {
			continue
		}
		for k := sp[0]; k <= sp[1]; k++ {
			toks[k].drop = true
		}
		hidden++
	}
	return comments, hidden, fields
}

var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
}

func attrOf(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// conditionalMarkup reports whether a comment is an IE conditional
// comment that holds only markup (a script or stylesheet link): it is
// kept; one that holds text is removed like any comment.
func conditionalMarkup(c string) bool {
	d := strings.TrimSpace(c)
	if !strings.HasPrefix(d, "[if") {
		return false
	}
	if k := strings.Index(d, "]>"); k >= 0 {
		d = d[k+2:]
	}
	d = strings.TrimSuffix(d, "<![endif]")
	z := html.NewTokenizer(strings.NewReader(d))
	raw := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return true
		case html.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				raw++
			}
		case html.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && raw > 0 {
				raw--
			}
		case html.TextToken:
			if raw == 0 && strings.TrimSpace(string(z.Text())) != "" {
				return false
			}
		}
	}
}

// collapse joins whitespace runs into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// decodeHTML returns the page as UTF-8 and the encoding to write it back
// in (nil for UTF-8), as the page declares it or as its bytes say.
func decodeHTML(data []byte) (string, encoding.Encoding, error) {
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" || name == "windows-1252" && isASCII(data) {
		return decodeText(data) // UTF-8, or a byte-order mark
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err == nil {
		var back []byte
		if back, err = enc.NewEncoder().Bytes(text); err == nil && !bytes.Equal(back, data) {
			err = errEncoding
		}
	}
	if err != nil {
		return "", nil, &Refusal{Rule: "redact.encoding", Reason: fmt.Sprintf("网页的字符编码（%s）无法原样读写，不生成脱敏稿；请另存为 UTF-8 后重新提交", name)}
	}
	return string(text), enc, nil
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
