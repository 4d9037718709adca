package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// Files encrypted by qpdf with an empty user password open in any viewer,
// so every standard security handler is read: the page, the metadata and
// the note (strings are encrypted separately from streams). With a user
// password they stay unreadable.encrypted. testdata/make.sh makes them
// from testdata/source.pdf.
func TestEncryptedEmptyUserPassword(t *testing.T) {
	for _, c := range []struct {
		file    string
		handler string
	}{
		{"enc_rc4_40.pdf", "RC4 40-bit, V1 R2"},
		{"enc_rc4_128.pdf", "RC4 128-bit, V2 R3"},
		{"enc_aes_128.pdf", "AES-128, V4 R4 AESV2"},
		{"enc_aes_128_clearmeta.pdf", "AES-128, /EncryptMetadata false"},
		{"enc_aes_256_r5.pdf", "AES-256, V5 R5"},
		{"enc_aes_256_r6.pdf", "AES-256, V5 R6"},
		{"enc_aes_256_objstm.pdf", "AES-256 R6, objects in object streams"},
	} {
		t.Run(c.file, func(t *testing.T) {
			d := extract(t, readTestdata(t, c.file))
			wantRules(t, d)
			page := pageTexts(d)[1]
			for _, want := range []string{"秘密★1年", "110101199003074514", "关于核查人员信息的通知"} {
				if !strings.Contains(page, want) {
					t.Errorf("%s: page 1 lacks %q: %q", c.handler, want, page)
				}
			}
			if meta, _ := part(d, doc.MetadataPart); !strings.Contains(meta.Text, "作者: 赵某某\n") {
				t.Errorf("%s: metadata = %q", c.handler, meta.Text)
			}
			if note, _ := part(d, doc.Comment); note.Text != "批注：请核对当事人信息" {
				t.Errorf("%s: note = %q", c.handler, note.Text)
			}
		})
	}
}

func TestEncryptedUserPassword(t *testing.T) {
	for _, f := range []string{"enc_user_rc4_40.pdf", "enc_user_rc4_128.pdf", "enc_user_aes_128.pdf",
		"enc_user_aes_256_r5.pdf", "enc_user_aes_256_r6.pdf"} {
		d := extract(t, readTestdata(t, f))
		wantRules(t, d, "unreadable.encrypted@0")
		if len(d.Parts) != 0 {
			t.Errorf("%s: parts %+v", f, d.Parts)
		}
	}
}

// A security handler that is not supported, or whose parameters are
// damaged, is reported as encrypted, never read as garbage.
func TestEncryptedUnsupported(t *testing.T) {
	src := string(readTestdata(t, "enc_aes_256_r6.pdf"))
	for _, c := range []struct{ old, new string }{
		{"/AESV3", "/AESV9"},       // an unknown crypt filter method
		{"/R 6", "/R 7"},           // a revision that does not exist
		{"/V 5", "/V 3"},           // an unpublished algorithm
		{"/Standard", "/Standarx"}, // a handler other than the standard one
	} {
		if !strings.Contains(src, c.old) {
			t.Fatalf("fixture lacks %q", c.old)
		}
		d := extract(t, []byte(strings.Replace(src, c.old, c.new, 1)))
		wantRules(t, d, "unreadable.encrypted@0")
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
