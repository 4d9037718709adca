package extract_test

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/ocr"
	"github.com/mishen-gov/mishen/internal/report"
)

// mhtFixtures are made by mht/testdata/mkfixtures.py.
const mhtFixtures = "mht/testdata"

func readMHT(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(mhtFixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSniffMHT: a web archive is known by its MIME header whatever its
// name, in Word's shape (MIME-Version first) and in the browsers' (From:,
// Subject:, Date: first); an e-mail is an e-mail (its parts are base64
// too), and text that only looks like headers is text.
func TestSniffMHT(t *testing.T) {
	word, blink := string(readMHT(t, "word.mht")), string(readMHT(t, "blink.mhtml"))
	for _, c := range []struct{ name, data, want string }{
		{"通知.doc", word, extract.FormatMHT},
		{"通知.mht", word, extract.FormatMHT},
		{"page.mhtml", blink, extract.FormatMHT},
		{"page.doc", blink, extract.FormatMHT},
		{"page", blink, extract.FormatMHT},
		{"word/afchunk.mht", "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>", extract.FormatMHT},
		{"a.mht", "From: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p>x</p>", extract.FormatMHT},
		{"a.txt", "From: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p>x</p>", extract.FormatText},
		{"mail.eml", "From: a@example.com\r\nSubject: hi\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b--", extract.FormatEML},
		{"mail.txt", "From: a@example.com\r\nTo: b@example.com\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n5YaF", extract.FormatEML},
		{"a.txt", "From: 办公室\r\nSubject: 通知\r\n\r\n请于周五前报送。", extract.FormatText},
		{"a.txt", "Content-Type: multipart/related; boundary=b\r\n\r\n--b--", extract.FormatText},
	} {
		if got := extract.Sniff(c.name, []byte(c.data)); got != c.want {
			t.Errorf("Sniff(%s, %.30q) = %s, want %s", c.name, c.data, got, c.want)
		}
	}
}

// TestExtractMHT: Word's web archive saved as .doc is read as a page:
// its body and page header, nothing unread; its picture is read with
// OCR where OCR is installed (its marking found in an OCR part named by
// the picture) and left as a DOCX's would be where it is not.
func TestExtractMHT(t *testing.T) {
	d := extract.Extract(context.Background(), "通知.doc", readMHT(t, "word_as.doc"), doc.DefaultLimits())
	if d.Format != extract.FormatMHT {
		t.Fatalf("format %s", d.Format)
	}
	var body, header, pic string
	for _, p := range d.Parts {
		switch {
		case p.Kind == doc.Body && p.File == "":
			body += p.Text
		case p.File == "header.htm":
			header += p.Text
		case p.Kind == doc.OCR && p.File == "image001.png":
			pic += p.Text
		}
	}
	if !strings.Contains(body, "机密★1年") || !strings.Contains(body, "110101199003074514") || !strings.Contains(header, "秘密★6个月") {
		t.Errorf("body %q, header %q", body, header)
	}
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			t.Errorf("unreadable: %s %s", f.Rule, f.Message)
		}
	}
	if ocr.Available() && !strings.Contains(strings.ReplaceAll(pic, " ", ""), "秘密") {
		t.Errorf("picture read by OCR: %q", pic)
	}
	if len(d.Embedded) != 0 {
		t.Errorf("embedded left: %d", len(d.Embedded))
	}
}

// TestExtractEML: an e-mail saved as .eml is read through its MIME
// structure, its base64 body decoded, not read as text.
func TestExtractEML(t *testing.T) {
	body := "5YWz5LqO5Lqk6YCa6L+d5rOV55qE6YCa55+l77ya6IGU57O75Lq66Lqr5Lu96K+B5Y+3MTEwMTAxMTk5MDAzMDc0NTE0" // 关于交通违法的通知：联系人身份证号110101199003074514
	mail := "From: a@example.cn\r\nTo: b@example.cn\r\nSubject: =?UTF-8?B?5YaF6YOo6LWE5paZ?=\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n"
	d := extract.Extract(context.Background(), "来信.eml", []byte(mail), doc.DefaultLimits())
	if d.Format != extract.FormatEML {
		t.Fatalf("format %s", d.Format)
	}
	var text string
	for _, p := range d.Parts {
		text += p.Text
	}
	if !strings.Contains(text, "110101199003074514") || !strings.Contains(text, "主题: 内部资料") {
		t.Errorf("read %q", text)
	}
}

// TestInlinePictures: a picture a flat ODF or a Word 2003 XML document
// carries inline is read with OCR where OCR is installed, its marking
// found in an OCR part named by the picture.
func TestInlinePictures(t *testing.T) {
	needOCR(t)
	png, err := os.ReadFile(filepath.Join(ocrFixtures, "marked.png"))
	if err != nil {
		t.Fatal(err)
	}
	b64 := base64.StdEncoding.EncodeToString(png)
	for _, c := range []struct{ name, data string }{
		{"a.fodt", `<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>通知</text:p><text:p><draw:frame><draw:image><office:binary-data>` + b64 + `</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>`},
		{"a.xml", `<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>通知</w:t></w:r><w:r><w:pict><w:binData w:name="wordml://03000001.png">` + b64 + `</w:binData></w:pict></w:r></w:p></w:body></w:wordDocument>`},
	} {
		d := extract.Extract(context.Background(), c.name, []byte(c.data), doc.DefaultLimits())
		var ocrText string
		for _, p := range d.Parts {
			if p.Kind == doc.OCR {
				ocrText += p.Text
			}
		}
		if !strings.Contains(ocrText, "110101199003074514") {
			t.Errorf("%s (%s): picture not read: %q", c.name, d.Format, ocrText)
		}
	}
}
