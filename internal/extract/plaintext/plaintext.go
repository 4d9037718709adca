package plaintext

import (
	"bytes"
	"cmp"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	asmutf8 "github.com/segmentio/asm/utf8"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Decode returns data as UTF-8 and the name of the encoding it was in. A
// byte-order mark decides; otherwise valid UTF-8 without NUL bytes is
// UTF-8; otherwise GB18030 (or Big5 where its bytes are Big5's:
// big5Likelier) and, for an even length, UTF-16 (either byte order, as
// Windows writes it without a mark) are tried and the one whose
// text looks most like text wins. A few undecodable bytes (under 1%) are
// tolerated as U+FFFD; Extract reports them.
func Decode(data []byte) (string, string, error) {
	s, c, err := decode(data, false)
	return s, c.name, err
}

// DecodeEncoding is Decode giving the encoding itself (nil for UTF-8),
// so that a text without a byte-order mark can be written back in the
// encoding it was read in (the cleaned copy). For a text with a UTF-16
// mark it is a decoder that reads either byte order.
func DecodeEncoding(data []byte) (string, encoding.Encoding, error) {
	s, c, err := decode(data, false)
	return s, c.enc, err
}

// candidate is an encoding decode tries, by its name.
type candidate struct {
	name string
	enc  encoding.Encoding
}

var utf8Text = candidate{name: "utf-8"}

// decode is Decode; with share, a text that is UTF-8 already shares data's
// bytes instead of copying them (see Extract).
func decode(data []byte, share bool) (string, candidate, error) {
	str := func(b []byte) string {
		if share && len(b) > 0 {
			return unsafe.String(&b[0], len(b))
		}
		return string(b)
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !asmutf8.Valid(data) {
			return "", utf8Text, fmt.Errorf("plaintext: invalid UTF-8 after a UTF-8 byte-order mark")
		}
		return str(data), utf8Text, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		c := candidate{"utf-16", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)}
		s, err := decodeWith(c.enc, data)
		return s, c, err
	case asmutf8.Valid(data) && bytes.IndexByte(data, 0) < 0:
		return str(data), utf8Text, nil
	}
	// GB18030, or Big5 where its bytes are Big5's (big5Likelier); the
	// other only where the first does not give readable text.
	cands := []candidate{{"gb18030", simplifiedchinese.GB18030}, {"big5", traditionalchinese.Big5}}
	if big5Likelier(data) {
		cands[0], cands[1] = cands[1], cands[0]
	}
	if len(data)%2 == 0 {
		cands = append(cands,
			candidate{"utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
			candidate{"utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)})
	}
	best, bestScore := "", -1.0
	var bestCand candidate
	var firstErr error
	for k, c := range cands {
		if k == 1 && bestScore >= minTextLike {
			continue // the second of GB18030 and Big5 is a fallback
		}
		s, err := decodeWith(c.enc, data)
		if err != nil {
			firstErr = cmp.Or(firstErr, err)
			continue
		}
		if sc := textLike(s); sc > bestScore {
			best, bestCand, bestScore = s, c, sc
		}
	}
	if bestScore < minTextLike {
		if firstErr == nil {
			firstErr = fmt.Errorf("plaintext: no encoding gives readable text")
		}
		return "", candidate{}, firstErr
	}
	return best, bestCand, nil
}

// big5Likelier reports whether data reads as Big5 rather than GB18030.
// Most Big5 text also decodes as GB18030, into ideographs that make no
// sense (身分證 as 闽祇蔼…), and a GBK text's rarer characters and symbols
// (赟, ㎡, –) are Big5 pairs too, so the decision rests on where each
// encoding puts what texts are made of:
//   - AA–AF with a second byte A1–FE is GBK's user-defined area, which no
//     GB text holds, and Big5's commonest characters (的 AABA, 我 A7DA's
//     neighbours);
//   - C7–D7 with a second byte A1–FE is GB 2312's first level (作 D7F7,
//     王 CDF5), where Big5 has reserved codes and rare characters;
//   - four in ten Big5 characters have a second byte 40–7E (密 B14B), which
//     only GBK's rarer characters and symbols have.
//
// Big5 is likelier when every pair is a Big5 pair and either the
// user-defined area is used, not outweighed by GB 2312's first level, or
// a third of the pairs have a low second byte and none is of the first
// level. ICU's statistics of common characters (github.com/saintfish/
// chardet) were tried first and rated short GBK lists without their
// common characters (地块, 单位) Big5.
func big5Likelier(data []byte) bool {
	pairs, low, user, first := 0, 0, 0, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c < 0x80 {
			continue
		}
		if i+1 == len(data) {
			return false
		}
		t := data[i+1]
		i++
		if c < 0xA1 || c > 0xF9 || !(t >= 0x40 && t <= 0x7E || t >= 0xA1 && t <= 0xFE) {
			return false // no Big5 pair
		}
		pairs++
		switch {
		case t <= 0x7E:
			low++
		case c >= 0xAA && c <= 0xAF:
			user++
		case c >= 0xC7 && c <= 0xD7:
			first++
		}
	}
	return user > 0 && user*4 >= first || pairs > 0 && first == 0 && low*3 >= pairs
}

// minTextLike is the share of text-like characters a decoding needs.
const minTextLike = 0.9

// textLike is the share of s's characters that ordinary Chinese text is
// made of: CJK ideographs and punctuation, full-width forms, printable
// ASCII and spacing. A wrong decoding gives control characters,
// surrogates' replacements and scattered symbols.
func textLike(s string) float64 {
	n, good := 0, 0
	for _, r := range s {
		n++
		switch {
		case r == '\n' || r == '\r' || r == '\t',
			r >= 0x20 && r < 0x7F,
			r >= 0x3000 && r <= 0x303F,
			r >= 0x3400 && r <= 0x9FFF,
			r >= 0xFF00 && r <= 0xFFEF,
			// What GB 2312's rows of symbols hold, which lists and
			// tables use: Latin letters with tones (pinyin), Greek and
			// Cyrillic, punctuation, ℃ №, Ⅰ-Ⅻ, arrows, ≤ ≥ √, ①-⑩
			// ⑴ ⒈, box drawing, ■ ▲ ★, ㈠-㈩, ㎡ ㎏, kana and bopomofo.
			r >= 0x00A0 && r <= 0x024F,
			r >= 0x0370 && r <= 0x04FF,
			r >= 0x2000 && r <= 0x27BF,
			r >= 0x3040 && r <= 0x312F,
			r >= 0x3200 && r <= 0x33FF:
			good++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(good) / float64(n)
}

func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("plaintext: %w", err)
	}
	// Decoders replace bytes they cannot map with U+FFFD: more than a few
	// mean the guess was wrong.
	bad := bytes.Count(out, []byte("\uFFFD"))
	if bad > 0 && bad*100 > utf8.RuneCount(out) {
		return "", fmt.Errorf("plaintext: %d undecodable characters", bad)
	}
	return string(out), nil
}

// Extract reads a text file as one body part. A UTF-8 text is data's own
// bytes, not a copy (20 MB of text were 50 ms of page faults and 20 MB of
// memory to copy): the caller must not modify data while it uses the
// document. The CLI, the server and archives hand over bytes they never
// write again.
func Extract(data []byte, lim doc.Limits) (*doc.Document, error) {
	d := &doc.Document{Format: "text"}
	// The dispatcher caps the text at lim.MaxTextRunes for every format.
	s, c, err := decode(data, true)
	if err != nil {
		d.Unreadable("unreadable.encoding", report.Location{Part: doc.Body},
			"无法识别文本编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5 的可读文字），未能读取，请另存为 UTF-8 后重新提交，或由人工审查")
		return d, nil
	}
	// Decode returns utf-8 only for valid UTF-8 (a big text is not
	// validated twice).
	if c.name != "utf-8" {
		if n := strings.Count(s, "\uFFFD") - bytes.Count(data, []byte("\uFFFD")); n > 0 {
			d.Unreadable("unreadable.encoding", report.Location{Part: doc.Body}, fmt.Sprintf(
				"文本中有 %d 处字节无法按 %s 解码，这些位置的内容未能读取，请检查文件编码后重新提交，或由人工审查", n, strings.ToUpper(c.name)))
		}
	}
	d.Parts = []doc.Part{{Kind: doc.Body, Text: s, Cells: tableCells(s)}}
	if e := escaped(s); e != "" {
		d.Parts = append(d.Parts, doc.Part{Kind: doc.SourceText, File: "转义后的文字", Text: e})
	}
	f, all := tableFormulas(s, d.Parts[0].Cells)
	if f != "" {
		d.Parts = append(d.Parts, doc.Part{Kind: doc.SourceText, File: "公式的计算结果", Text: f})
	}
	if !all {
		d.Unreadable("unreadable.too_much_text", report.Location{Part: doc.SourceText},
			"表格中的公式过多，只计算了其中一部分公式的结果，其余未检查，请人工审查")
	}
	return d, nil
}

// maxTableCells bounds the cells recorded for a delimited text.
const maxTableCells = 1 << 20

// tableCells returns the cells of a CSV or tab-separated text, with A1
// references, when every non-empty line has the same number (two or more)
// of fields; otherwise those of the Markdown pipe tables in it (see
// markdownCells); otherwise nil. Double-quoted fields may hold the
// delimiter. The cells give findings a cell reference and let the scanner
// read a column's heading. A text with a Markdown table is hardly ever a
// delimited text as well (its delimiter row has no comma, and a tab only
// as spacing): the delimited forms are tried first so that their cells
// stay as they were.
func tableCells(text string) []doc.Cell {
	for _, delim := range []rune{',', '\t'} {
		if cells := splitTable(text, delim); cells != nil {
			return cells
		}
	}
	return markdownCells(text)
}

// splitTable returns the cells of text as a table of fields separated by
// delim, or nil. Up to maxBesideLines lines of one field above the table
// (a title, a unit: 单位：人) and below it (a note, who made it) are text
// beside the table, not rows of it; its rows keep the numbers of their
// lines, as a spreadsheet opening the file shows them.
func splitTable(text string, delim rune) []doc.Cell {
	a, b, skipped := tableBlock(text, delim)
	return splitRows(text[a:b], delim, utf8.RuneCountInString(text[:a]), skipped)
}

// maxBesideLines bounds the lines of one field above and below a table.
const maxBesideLines = 3

// tableBlock returns the bytes [a, b) of text without its lines of one
// field (no delim, no quote) at either end, at most maxBesideLines each,
// and how many lines lie before a.
func tableBlock(text string, delim rune) (a, b, skipped int) {
	single := func(line string) bool {
		return strings.TrimSpace(line) != "" && !strings.ContainsRune(line, delim) && !strings.ContainsRune(line, '"')
	}
	b = len(text)
	for n := 0; n < maxBesideLines && a < b; {
		line, _, _ := strings.Cut(text[a:], "\n")
		if strings.TrimSpace(line) != "" {
			if !single(line) {
				break
			}
			n++
		}
		a += min(len(line)+1, b-a)
		skipped++
	}
	for n := 0; n < maxBesideLines && b > a; {
		end := strings.TrimRight(text[a:b], "\r\n")
		k := strings.LastIndexByte(end, '\n')
		line := end[k+1:]
		if !single(line) {
			if strings.TrimSpace(line) == "" {
				b = a + k + 1
				continue
			}
			break
		}
		b = a + k + 1
		n++
	}
	if strings.TrimSpace(text[a:b]) == "" {
		return 0, len(text), 0 // no table: what the whole text is says so
	}
	return a, b, skipped
}

func splitRows(text string, delim rune, runeBase, rowBase int) []doc.Cell {
	var cells []doc.Cell
	fields := -1
	row, col, start, pos := 1+rowBase, 0, 0, 0
	quoted := false
	lineHasText := false
	endLine := func() bool {
		if !lineHasText {
			// An empty line: drop the cell that opened it.
			if len(cells) > 0 && cells[len(cells)-1].Ref == cellRef(col, row) {
				cells = cells[:len(cells)-1]
			}
			return true
		}
		if fields < 0 {
			fields = col + 1
		}
		if col+1 != fields || fields < 2 {
			return false
		}
		row++
		return true
	}
	for _, r := range text {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == delim || r == '\n':
			cells = append(cells, doc.Cell{Ref: cellRef(col, row), Start: runeBase + start, End: runeBase + pos, Row: row, Col: col + 1})
			if len(cells) > maxTableCells {
				return nil
			}
			if r == '\n' {
				if !endLine() {
					return nil
				}
				col, lineHasText = 0, false
			} else {
				col++
				lineHasText = true
			}
			start = pos + 1
		default:
			if r != '\r' && r != ' ' {
				lineHasText = true
			}
		}
		pos++
	}
	if start < pos {
		cells = append(cells, doc.Cell{Ref: cellRef(col, row), Start: runeBase + start, End: runeBase + pos, Row: row, Col: col + 1})
		if !endLine() {
			return nil
		}
	}
	if fields < 2 || row-rowBase < 3 { // a header and at least one row
		return nil
	}
	return cells
}

// cellRef is the A1 reference of 0-based column col in 1-based row.
func cellRef(col, row int) string {
	name := ""
	for col >= 0 {
		name = string(rune('A'+col%26)) + name
		col = col/26 - 1
	}
	return fmt.Sprintf("%s%d", name, row)
}
