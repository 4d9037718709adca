package legacy_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha1"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/richardlehane/mscfb"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/extract/legacy"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// TestEncrypted reads how each fixture is protected: the password-saved
// files of mkencrypted.py and mkencrypted.js, and the unprotected ones
// they were made from, under every name they travel under.
func TestEncrypted(t *testing.T) {
	for _, c := range []struct {
		file string
		want legacy.Encryption
	}{
		{"encrypted.doc", legacy.WordFIB},
		{"encrypted.xls", legacy.ExcelFilePass},
		{"encrypted.ppt", legacy.PowerPointCrypt},
		{"encrypted.docx", legacy.OOXMLPackage},
		{"document.doc", legacy.None},
		{"document.wps", legacy.None},
		{"hidden.doc", legacy.None},
		{"clean.doc", legacy.None},
		{"workbook.xls", legacy.None},
		{"workbook.et", legacy.None},
		{"hidden.xls", legacy.None},
		{"slides.ppt", legacy.None},
	} {
		got, err := legacy.Encrypted(fixture(t, c.file))
		if err != nil || got != c.want {
			t.Errorf("%s: Encrypted = %q, %v; want %q", c.file, got, err, c.want)
		}
	}
	for _, data := range [][]byte{nil, []byte("not a compound file"), []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 cut short")} {
		if got, err := legacy.Encrypted(data); !errors.Is(err, legacy.ErrNotCFB) || got != legacy.None {
			t.Errorf("Encrypted(%q) = %q, %v; want ErrNotCFB", data, got, err)
		}
	}
}

// TestEncryptedReported: a password-protected legacy file is reported
// unreadable.encrypted under its own format's name, with what to do, and
// without starting LibreOffice (the answer comes at once, and the same
// with LibreOffice missing); inside a zip too.
func TestEncryptedReported(t *testing.T) {
	for _, c := range []struct{ name, file, label string }{
		{"通知.doc", "encrypted.doc", "旧版 Word (.doc)"},
		{"通知.wps", "encrypted.doc", "WPS 文字 (.wps)"},
		{"名单.xls", "encrypted.xls", "旧版 Excel (.xls)"},
		{"名单.et", "encrypted.xls", "WPS 表格 (.et)"},
		{"汇报.ppt", "encrypted.ppt", "旧版 PowerPoint (.ppt)"},
		{"汇报.dps", "encrypted.ppt", "WPS 演示 (.dps)"},
		{"通知.docx", "encrypted.docx", ""},
		{"通知.doc", "encrypted.docx", ""}, // an encrypted DOCX renamed
	} {
		start := time.Now()
		d := extract.Extract(context.Background(), c.name, fixture(t, c.file), doc.DefaultLimits())
		if el := time.Since(start); el > time.Second {
			t.Errorf("%s: took %v; LibreOffice ran?", c.name, el)
		}
		u := unreadable(d)
		if len(u) != 1 || u[0].Rule != extract.RuleEncrypted || len(d.Parts) != 0 {
			t.Errorf("%s: findings %+v, %d parts; want one unreadable.encrypted", c.name, d.Findings, len(d.Parts))
			continue
		}
		if !strings.Contains(u[0].Message, "加密") || !strings.Contains(u[0].Message, c.label) {
			t.Errorf("%s: message %q", c.name, u[0].Message)
		}
	}

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("附件/名单.xls")
	w.Write(fixture(t, "encrypted.xls"))
	zw.Close()
	d := extract.Extract(context.Background(), "附件.zip", buf.Bytes(), doc.DefaultLimits())
	if u := unreadable(d); len(u) != 1 || u[0].Rule != extract.RuleEncrypted || u[0].Location.File != "附件/名单.xls" {
		t.Errorf("in a zip: findings %+v", d.Findings)
	}
}

// FuzzEncrypted checks that no compound file makes Encrypted panic or
// hang, nor any FILEPASS record FilePassPassword. Seeds: this folder's
// compound files, a few cut short, and FILEPASS records.
func FuzzEncrypted(f *testing.F) {
	for _, name := range []string{"encrypted.doc", "encrypted.xls", "encrypted.docx", "clean.doc", "workbook.xls", "corrupt.doc"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add(velvet(false))
	f.Add(velvet(true))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		legacy.Encrypted(data)
		legacy.FilePassPassword(data, "VelvetSweatshop")
		if el := time.Since(start); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
	})
}

// filePass returns the body of the FILEPASS record of the workbook in
// the fixture name.
func filePass(t *testing.T, name string) []byte {
	t.Helper()
	r, err := mscfb.New(bytes.NewReader(fixture(t, name)))
	if err != nil {
		t.Fatal(err)
	}
	for f, err := r.Next(); err == nil; f, err = r.Next() {
		if f.Name != "Workbook" {
			continue
		}
		b := make([]byte, 1024)
		n, _ := io.ReadFull(f, b)
		b = b[:n]
		for off := 0; off+4 <= len(b); {
			typ, size := binary.LittleEndian.Uint16(b[off:]), int(binary.LittleEndian.Uint16(b[off+2:]))
			if typ == 0x002F {
				return b[off+4 : off+4+size]
			}
			off += 4 + size
		}
	}
	t.Fatalf("%s: no FILEPASS", name)
	return nil
}

// TestFilePassPassword: the verifier of the workbook LibreOffice saved
// with the password "mishen" (RC4) takes that password and no other;
// a record made here for Excel's default password, in RC4 and in RC4
// CryptoAPI, takes VelvetSweatshop, so that such a workbook (a password
// to modify only) is read, not reported encrypted.
func TestFilePassPassword(t *testing.T) {
	rec := filePass(t, "encrypted.xls")
	if !legacy.FilePassPassword(rec, "mishen") || legacy.FilePassPassword(rec, "VelvetSweatshop") || legacy.FilePassPassword(rec, "") {
		t.Error("the RC4 verifier of encrypted.xls")
	}
	for _, cryptoAPI := range []bool{false, true} {
		rec := velvet(cryptoAPI)
		if !legacy.FilePassPassword(rec, "VelvetSweatshop") || legacy.FilePassPassword(rec, "mishen") {
			t.Errorf("VelvetSweatshop, CryptoAPI %v", cryptoAPI)
		}
		for i := range rec {
			legacy.FilePassPassword(rec[:i], "VelvetSweatshop") // no panic when cut short
		}
	}
}

// velvet builds a FILEPASS body whose verifier takes VelvetSweatshop, as
// MS-OFFCRYPTO 2.3.6 (RC4) or 2.3.5 (RC4 CryptoAPI, 40-bit) says.
func velvet(cryptoAPI bool) []byte {
	var pw []byte
	for _, r := range "VelvetSweatshop" {
		pw = append(pw, byte(r), 0)
	}
	salt := []byte("0123456789abcdef")
	verifier := []byte("fedcba9876543210")
	le32 := func(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
	if !cryptoAPI {
		h0 := md5.Sum(pw)
		var buf []byte
		for range 16 {
			buf = append(append(buf, h0[:5]...), salt...)
		}
		h1 := md5.Sum(buf)
		key := md5.Sum(append(h1[:5:5], 0, 0, 0, 0))
		hash := md5.Sum(verifier)
		c, _ := rc4.NewCipher(key[:])
		enc := make([]byte, 32)
		c.XORKeyStream(enc, append(append([]byte{}, verifier...), hash[:]...))
		return append(append([]byte{1, 0, 1, 0, 1, 0}, salt...), enc...)
	}
	h0 := sha1.Sum(append(append([]byte{}, salt...), pw...))
	hf := sha1.Sum(append(h0[:], 0, 0, 0, 0))
	key := make([]byte, 16)
	copy(key, hf[:5])
	hash := sha1.Sum(verifier)
	c, _ := rc4.NewCipher(key)
	enc := make([]byte, 36)
	c.XORKeyStream(enc, append(append([]byte{}, verifier...), hash[:]...))
	header := append(le32(0x04), le32(0)...)                 // Flags, SizeExtra
	header = append(header, le32(0x6801)...)                 // AlgID: RC4
	header = append(header, le32(0x8004)...)                 // AlgIDHash: SHA-1
	header = append(header, le32(40)...)                     // KeySize
	header = append(header, le32(1)...)                      // ProviderType
	header = append(header, make([]byte, 8)...)              // Reserved
	header = append(header, []byte("M\x00S\x00\x00\x00")...) // CSPName
	rec := []byte{1, 0, 2, 0, 2, 0}
	rec = append(rec, le32(0x04)...)
	rec = append(rec, le32(uint32(len(header)))...)
	rec = append(rec, header...)
	rec = append(rec, le32(16)...)
	rec = append(rec, salt...)
	rec = append(rec, enc[:16]...)
	rec = append(rec, le32(20)...)
	return append(rec, enc[16:]...)
}

// BenchmarkEncrypted measures the check every legacy file goes through
// before its conversion.
func BenchmarkEncrypted(b *testing.B) {
	for _, c := range []struct {
		file string
		want legacy.Encryption
	}{{"document.doc", legacy.None}, {"encrypted.xls", legacy.ExcelFilePass}, {"workbook.xls", legacy.None}} {
		data, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.file, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if got, err := legacy.Encrypted(data); err != nil || got != c.want {
					b.Fatalf("Encrypted = %q, %v", got, err)
				}
			}
		})
	}
}
