package plaintext

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Decode returns data as UTF-8 and the name of the encoding it was in. A
// few undecodable bytes (under 1%) are tolerated as U+FFFD; Extract reports
// them.
func Decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "utf-8", fmt.Errorf("plaintext: invalid UTF-8 after a UTF-8 byte-order mark")
		}
		return string(data), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
		return s, "utf-16", err
	case utf8.Valid(data):
		return string(data), "utf-8", nil
	}
	s, err := decodeWith(simplifiedchinese.GB18030, data)
	return s, "gb18030", err
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

// Extract reads a text file as one body part.
func Extract(data []byte, lim doc.Limits) (*doc.Document, error) {
	d := &doc.Document{Format: "text"}
	// The dispatcher caps the text at lim.MaxTextRunes for every format.
	s, enc, err := Decode(data)
	if err != nil {
		d.Unreadable("unreadable.encoding", report.Location{Part: doc.Body},
			"无法识别文本编码（不是 UTF-8、UTF-16 或 GB18030/GBK），未能读取，请另存为 UTF-8 后重新提交，或由人工审查")
		return d, nil
	}
	if enc != "utf-8" || !utf8.Valid(data) {
		if n := strings.Count(s, "\uFFFD") - bytes.Count(data, []byte("\uFFFD")); n > 0 {
			d.Unreadable("unreadable.encoding", report.Location{Part: doc.Body}, fmt.Sprintf(
				"文本中有 %d 处字节无法按 %s 解码，这些位置的内容未能读取，请检查文件编码后重新提交，或由人工审查", n, strings.ToUpper(enc)))
		}
	}
	d.Parts = []doc.Part{{Kind: doc.Body, Text: s}}
	return d, nil
}
