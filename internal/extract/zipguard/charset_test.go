package zipguard_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// encode returns s in the encoding e names: utf-16le, utf-16be (no
// byte-order mark; add one by hand), utf-32le, utf-32be, gb18030.
func encode(t testing.TB, e, s string) string {
	t.Helper()
	var (
		out []byte
		err error
	)
	switch e {
	case "utf-16le":
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	case "utf-16be":
		out, err = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	case "utf-32le":
		out, err = utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	case "utf-32be":
		out, err = utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	case "gb18030":
		out, err = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	case "latin1":
		out, err = charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func readUTF8(t testing.TB, src string) (string, bool, error) {
	t.Helper()
	u, recoded, err := zipguard.UTF8(strings.NewReader(src))
	if err != nil {
		return "", recoded, err
	}
	b, err := io.ReadAll(u)
	return string(b), recoded, err
}

const body = `<w:p><w:t>机密★1年 110101199003074514</w:t></w:p>`

func TestUTF8(t *testing.T) {
	decl := func(enc string) string { return `<?xml version="1.0" encoding="` + enc + `" standalone="yes"?>` }
	utf8Doc := decl("UTF-8") + body
	long := `<?xml version="1.0" encoding="UTF-16"?><a>` + strings.Repeat("审查文字，", 3000) + `</a>`
	for _, c := range []struct {
		name, in, want string
		recoded        bool
	}{
		{"utf-8", utf8Doc, utf8Doc, false},
		{"utf-8 no declaration", body, body, false},
		{"utf-8 bom", "\xef\xbb\xbf" + utf8Doc, "\xef\xbb\xbf" + utf8Doc, false},
		{"utf-16le bom", "\xff\xfe" + encode(t, "utf-16le", decl("UTF-16")+body), utf8Doc, true},
		{"utf-16be bom", "\xfe\xff" + encode(t, "utf-16be", decl("UTF-16")+body), utf8Doc, true},
		{"utf-16le", encode(t, "utf-16le", decl("UTF-16LE")+body), utf8Doc, true},
		{"utf-16be", encode(t, "utf-16be", decl("utf-16be")+body), utf8Doc, true},
		{"utf-16be no declaration", encode(t, "utf-16be", body), body, true},
		{"utf-16 declared otherwise", "\xff\xfe" + encode(t, "utf-16le", decl("GBK")+body), utf8Doc, true},
		{"utf-16 long", "\xff\xfe" + encode(t, "utf-16le", long), strings.Replace(long, "UTF-16", "UTF-8", 1), true},
		{"utf-32le bom", "\xff\xfe\x00\x00" + encode(t, "utf-32le", decl("UTF-32")+body), utf8Doc, true},
		{"utf-32be", encode(t, "utf-32be", decl("UTF-32BE")+body), utf8Doc, true},
		{"gb18030", decl("GB18030") + encode(t, "gb18030", body), utf8Doc, true},
		{"gb2312 single quotes", `<?xml version='1.0' encoding='gb2312'?>` + encode(t, "gb18030", body), `<?xml version='1.0' encoding="UTF-8"?>` + body, true},
		{"latin-1", decl("ISO-8859-1") + encode(t, "latin1", "<a>café</a>"), decl("UTF-8") + "<a>café</a>", true},
		// .NET's StringWriter declares UTF-16 on text then saved as UTF-8.
		{"utf-16 declared on 8-bit bytes", decl("utf-16") + body, utf8Doc, true},
		{"utf-8 bom wins over declaration", "\xef\xbb\xbf" + decl("GBK") + body, "\xef\xbb\xbf" + utf8Doc, true},
		{"empty", "", "", false},
		{"one byte", "<", "<", false},
	} {
		got, recoded, err := readUTF8(t, c.in)
		if err != nil || got != c.want || recoded != c.recoded {
			t.Errorf("%s: UTF8 = %q, %v, %v; want %q, %v", c.name, got, recoded, err, c.want, c.recoded)
		}
	}
}

func TestUTF8Refuses(t *testing.T) {
	le := func(units ...uint16) string {
		var b []byte
		for _, u := range units {
			b = append(b, byte(u), byte(u>>8))
		}
		return string(b)
	}
	doc16 := func(mid string) string {
		return "\xff\xfe" + encode(t, "utf-16le", `<?xml version="1.0" encoding="UTF-16"?><a>`+strings.Repeat("文", 2040)) + mid + encode(t, "utf-16le", "</a>")
	}
	for _, c := range []struct {
		name, in string
		want     error
	}{
		{"unknown encoding", `<?xml version="1.0" encoding="x-no-such-thing"?><a/>`, zipguard.ErrCharset},
		{"replacement encoding", `<?xml version="1.0" encoding="iso-2022-kr"?><a/>`, zipguard.ErrCharset},
		{"unpaired surrogate", doc16(le(0xd800)), zipguard.ErrBadText},
		{"unpaired low surrogate", doc16(le(0xdc00, 'x')), zipguard.ErrBadText},
		{"odd byte at the end", doc16("\x3c"), zipguard.ErrBadText},
		{"bad gb18030", `<?xml version="1.0" encoding="GB18030"?><a>` + "\x81\x20" + `</a>`, zipguard.ErrBadText},
	} {
		_, _, err := readUTF8(t, c.in)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}

// TestUTF8KeepsNearReplacement checks that text whose UTF-8 starts like
// U+FFFD (U+FFFC is EF BF BC) is not taken for it, wherever the
// decoder's buffers cut it.
func TestUTF8KeepsNearReplacement(t *testing.T) {
	for n := 4090; n < 4100; n++ {
		text := "<a>" + strings.Repeat("x", n) + strings.Repeat("\uFFFC\uFFEE", 3000) + "</a>"
		got, _, err := readUTF8(t, "\xff\xfe"+encode(t, "utf-16le", text))
		if err != nil || got != text {
			t.Fatalf("%d: UTF8 = %d bytes, %v; want the %d bytes back", n, len(got), err, len(text))
		}
		bad := "\xff\xfe" + encode(t, "utf-16le", text[:n]) + "\x00\xd8" + encode(t, "utf-16le", text[n:])
		if _, _, err := readUTF8(t, bad); !errors.Is(err, zipguard.ErrBadText) {
			t.Fatalf("%d: a surrogate there gives %v", n, err)
		}
	}
}

func TestXMLDecoderReadsUTF16(t *testing.T) {
	src := "\xfe\xff" + encode(t, "utf-16be", `<?xml version="1.0" encoding="UTF-16"?>`+body)
	dec := zipguard.NewXMLDecoder(strings.NewReader(src), 8)
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
		}
	}
	if got := text.String(); got != "机密★1年 110101199003074514" {
		t.Errorf("text = %q", got)
	}
	dec = zipguard.NewXMLDecoder(strings.NewReader(`<?xml version="1.0" encoding="x-nothing"?><a/>`), 8)
	if _, err := dec.Token(); !errors.Is(err, zipguard.ErrCharset) {
		t.Errorf("unknown encoding: Token err = %v", err)
	}
}

// TestCheckAllDecodes checks that CheckAll reads XML members as the
// readers do: one that cannot be decoded is reported, one in UTF-16 is
// not, and a member that is not XML is never decoded.
func TestCheckAllDecodes(t *testing.T) {
	good := "\xff\xfe" + encode(t, "utf-16le", `<?xml version="1.0" encoding="UTF-16"?><a>`+strings.Repeat("<b>文</b>", 20)+`</a>`)
	data := ziptest.Zip(
		ziptest.Entry{Name: "word/document.xml", Body: good},
		ziptest.Entry{Name: "word/header1.xml", Body: good[:len(good)-1]},
		ziptest.Entry{Name: "word/footer1.xml", Body: `<?xml version="1.0" encoding="x-nothing"?><a/>`},
		ziptest.Entry{Name: "word/media/image1.bin", Body: "\xff\xfe\x00\xd8 not text"},
	)
	a, err := zipguard.Open(data, small())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]error{}
	for _, err := range a.CheckAll() {
		got[zipguard.Member(err)] = err
	}
	if len(got) != 2 || !errors.Is(got["word/header1.xml"], zipguard.ErrBadText) || !errors.Is(got["word/footer1.xml"], zipguard.ErrCharset) {
		t.Errorf("CheckAll = %v", got)
	}
	b, err := a.ReadXML("word/document.xml")
	if err != nil || !bytes.HasPrefix(b, []byte(`<?xml version="1.0" encoding="UTF-8"?><a><b>文</b>`)) {
		t.Errorf("ReadXML = %q, %v", b, err)
	}
}

func TestDescribeEncoding(t *testing.T) {
	rule, msg := zipguard.Describe(&zipguard.MemberError{Name: "xl/worksheets/sheet1.xml", Err: zipguard.ErrCharset}, "工作表「名单」", doc.Limits{})
	if rule != "unreadable.unsupported" || strings.Contains(msg, "损坏") || !strings.Contains(msg, "字符编码") || !strings.Contains(msg, "名单") {
		t.Errorf("ErrCharset: %s %s", rule, msg)
	}
	rule, msg = zipguard.Describe(zipguard.ErrBadText, "正文", doc.Limits{})
	if rule != "unreadable.corrupt" || !strings.Contains(msg, "字符编码") {
		t.Errorf("ErrBadText: %s %s", rule, msg)
	}
}

// FuzzUTF8 checks that UTF8 never panics, never grows a document more
// than decoding can (three bytes of UTF-8 for each byte in), and passes a
// document that names no encoding and is not UTF-16 or UTF-32 through
// unchanged.
func FuzzUTF8(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="UTF-8"?>` + body))
	f.Add([]byte("\xff\xfe" + encode(f, "utf-16le", `<?xml version="1.0" encoding="UTF-16"?>`+body)))
	f.Add([]byte(encode(f, "utf-16be", `<?xml version="1.0"?>`+body)))
	f.Add([]byte("\x00\x00\xfe\xff" + encode(f, "utf-32be", body)))
	f.Add([]byte(`<?xml version='1.0' encoding='GB18030'?>` + encode(f, "gb18030", body)))
	f.Add([]byte(`<?xml version="1.0" encoding="utf-16"?>` + body))
	f.Add([]byte("\xff\xfe<\x00\x00\xd8"))
	f.Fuzz(func(t *testing.T, data []byte) {
		u, _, err := zipguard.UTF8(bytes.NewReader(data))
		if err != nil {
			return
		}
		out, _ := io.ReadAll(io.LimitReader(u, int64(3*len(data)+64)))
		if len(out) > 3*len(data)+32 {
			t.Fatalf("%d bytes in, %d out", len(data), len(out))
		}
		plain := len(data) < 2 || (data[0] != 0 && data[1] != 0 && data[0] != 0xfe && data[0] != 0xff &&
			!bytes.HasPrefix(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), []byte("<?xml")))
		if plain && !bytes.Equal(out, data) {
			t.Fatalf("%q changed to %q", data, out)
		}
	})
}
