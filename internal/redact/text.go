package redact

import (
	"bytes"
	"fmt"

	asmutf8 "github.com/segmentio/asm/utf8"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/extract/plaintext"
)

// cleanText masks a plain text file, kept in its own encoding (UTF-8
// with or without a byte-order mark, UTF-16 with one or without, GB 18030,
// Big5).
func cleanText(m *masker, data []byte) ([]byte, error) {
	text, enc, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	m.where = func(start int) string { return fmt.Sprintf("第 %d 行", lineOf(text, start)) }
	out := apply(text, m.unit(text, "text"))
	return encodeText(out, enc)
}

// decodeText returns data as UTF-8 and the encoding to write it back in
// (nil for UTF-8). An encoding that does not give the same bytes back is
// refused: the cleaned copy must differ from the original only where
// values were changed.
func decodeText(data []byte) (string, encoding.Encoding, error) {
	var (
		text string
		enc  encoding.Encoding
		err  error
	)
	switch {
	case asmutf8.Valid(data):
		return string(data), nil, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		order := unicode.Endianness(unicode.LittleEndian)
		if data[0] == 0xFE {
			order = unicode.BigEndian
		}
		enc = unicode.UTF16(order, unicode.ExpectBOM)
		text, err = enc.NewDecoder().String(string(data))
	default:
		// The encoding the review read the text in: Big5 and UTF-16
		// without a mark also decode as GB 18030, into other
		// characters, and the copy would be cleaned of what they seem
		// to say.
		text, enc, err = plaintext.DecodeEncoding(data)
	}
	if err != nil || enc == nil {
		return "", nil, refuseEncoding
	}
	if back, err := enc.NewEncoder().String(text); err != nil || back != string(data) {
		return "", nil, refuseEncoding
	}
	return text, enc, nil
}

var refuseEncoding = &Refusal{Rule: "redact.encoding", Reason: "文件的字符编码无法原样读写（不是 UTF-8、UTF-16、GB 18030 或 Big5），不生成脱敏稿；请另存为 UTF-8 后重新提交"}

func encodeText(text string, enc encoding.Encoding) ([]byte, error) {
	if enc == nil {
		return []byte(text), nil
	}
	return enc.NewEncoder().Bytes([]byte(text))
}

// lineOf is the 1-based line of rune offset start in text.
func lineOf(text string, start int) int {
	line, i := 1, 0
	for _, r := range text {
		if i >= start {
			break
		}
		if r == '\n' {
			line++
		}
		i++
	}
	return line
}

var errEncoding = &Refusal{Rule: "redact.encoding"}
