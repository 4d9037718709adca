package plaintext

import (
	"encoding/json"
	"encoding/xml"
	"strings"
)

// maxEscapedStrings bounds the strings read from a JSON or XML text.
const maxEscapedStrings = 1 << 20

// escaped returns, a line each, the lines of the strings a JSON text
// (or JSON Lines) holds, or of the text and attribute values an XML text
// (a feed, a catalogue export) holds, that the text itself does not hold
// as they stand: what \u escapes, \/ and character references (&#48;,
// &#x6A5F;, CDATA) write is what the file's reader shows, and a value so
// written is not in the raw text for a detector to find
// (33010619\u0038703152411, \u79d8\u5bc6\u2605). Texts of neither kind, and
// lines that read the same, give nothing.
func escaped(s string) string {
	t := strings.TrimLeft(s, " \t\r\n\ufeff")
	var values []string
	switch {
	case strings.HasPrefix(t, "{") || strings.HasPrefix(t, "["):
		values = jsonStrings(t)
	case strings.HasPrefix(t, "<"):
		values = xmlStrings(t)
	default:
		return ""
	}
	raw := map[string]bool{}
	for l := range strings.SplitSeq(s, "\n") {
		raw[strings.TrimSpace(l)] = true
	}
	var b strings.Builder
	for _, v := range values {
		for l := range strings.SplitSeq(v, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || raw[l] {
				continue
			}
			raw[l] = true
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// jsonStrings returns the keys and string values of the JSON values in
// s, one after another (JSON Lines too), up to the first error, that are
// written with an escape: the others stand in the text as they read.
func jsonStrings(s string) []string {
	dec := json.NewDecoder(strings.NewReader(s))
	var out []string
	for at := int64(0); len(out) < maxEscapedStrings; {
		t, err := dec.Token()
		if err != nil {
			return out
		}
		end := dec.InputOffset()
		if v, ok := t.(string); ok && strings.Contains(s[at:end], `\`) {
			out = append(out, v)
		}
		at = end
	}
	return out
}

// xmlStrings returns the character data and attribute values of the XML
// in s, read leniently (HTML's entities known, elements closed as
// needed), up to the first error, that are written with a reference.
func xmlStrings(s string) []string {
	dec := xml.NewDecoder(strings.NewReader(s))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var out []string
	for at := int64(0); len(out) < maxEscapedStrings; {
		t, err := dec.RawToken()
		if err != nil { // io.EOF too
			return out
		}
		end := dec.InputOffset()
		if !strings.Contains(s[at:end], "&") {
			at = end
			continue // written as it reads
		}
		at = end
		switch t := t.(type) {
		case xml.CharData:
			out = append(out, string(t))
		case xml.StartElement:
			for _, a := range t.Attr {
				out = append(out, a.Value)
			}
		}
	}
	return out
}
