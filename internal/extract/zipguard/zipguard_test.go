package zipguard_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

func small() doc.Limits {
	l := doc.DefaultLimits()
	l.MaxUnzipBytes = 8 << 20
	l.MaxZipEntries = 100
	l.MaxXMLDepth = 32
	return l
}

func TestOpenReadsMembers(t *testing.T) {
	data := ziptest.Zip(ziptest.Entry{Name: "word/document.xml", Body: "<a>正文</a>"},
		ziptest.Entry{Name: "word/header2.xml", Body: "h2"},
		ziptest.Entry{Name: "word/header10.xml", Body: "h10"},
		ziptest.Entry{Name: "word/header1.xml", Body: "h1"})
	a, err := zipguard.Open(data, small())
	if err != nil {
		t.Fatal(err)
	}
	b, err := a.ReadFile("WORD/Document.xml") // part names are case-insensitive
	if err != nil || string(b) != "<a>正文</a>" {
		t.Fatalf("ReadFile = %q, %v", b, err)
	}
	if got, want := strings.Join(a.Match("word/header", ".xml"), ","), "word/header1.xml,word/header2.xml,word/header10.xml"; got != want {
		t.Errorf("Match = %s, want %s", got, want)
	}
	if a.Inflated() != int64(len("<a>正文</a>")) {
		t.Errorf("Inflated = %d", a.Inflated())
	}
	if _, err := a.Open("missing.xml"); !errors.Is(err, zipguard.ErrNotFound) {
		t.Errorf("Open(missing) = %v, want ErrNotFound", err)
	}
}

func TestOpenRejects(t *testing.T) {
	good := ziptest.Zip(ziptest.Entry{Name: "a.xml", Body: strings.Repeat("<a>x</a>", 100)})
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)
	encrypted := append(bytes.Clone(ole), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	tests := []struct {
		name string
		data []byte
		lim  func(*doc.Limits)
		want error
	}{
		{"empty", nil, nil, zipguard.ErrNotZip},
		{"text", []byte("hello, this is not a zip file at all"), nil, zipguard.ErrNotZip},
		{"truncated", ziptest.Truncate(good, len(good)/2), nil, zipguard.ErrNotZip},
		{"legacy doc", ole, nil, zipguard.ErrNotZip},
		{"encrypted ooxml", encrypted, nil, zipguard.ErrEncrypted},
		{"too large", good, func(l *doc.Limits) { l.MaxFileBytes = 10 }, zipguard.ErrTooLarge},
		{"too many entries", ziptest.Many(101), nil, zipguard.ErrTooManyEntries},
		{"duplicate", ziptest.Zip(ziptest.Entry{Name: "word/document.xml"}, ziptest.Entry{Name: "Word/Document.xml"}), nil, zipguard.ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := small()
			if tt.lim != nil {
				tt.lim(&lim)
			}
			_, err := zipguard.Open(tt.data, lim)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Open = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := zipguard.Open(ziptest.Many(100), small()); err != nil {
		t.Errorf("Open(100 entries) with limit 100 = %v, want ok", err)
	}
}

// TestCountEntriesIsCheap shows that an archive of many entries is refused
// before archive/zip builds a File for each.
func TestCountEntriesIsCheap(t *testing.T) {
	data := ziptest.Many(20000)
	lim := small()
	if n := testing.AllocsPerRun(1, func() { zipguard.Open(data, lim) }); n > 100 {
		t.Errorf("Open of 20000 entries allocated %v times, want a refusal before parsing", n)
	}
	if _, err := zipguard.Open(data, lim); !errors.Is(err, zipguard.ErrTooManyEntries) {
		t.Errorf("Open = %v, want ErrTooManyEntries", err)
	}
}

func TestZipBomb(t *testing.T) {
	const n = 20 << 20 // 20 MiB of spaces: ~20 KiB compressed
	for _, lie := range []bool{false, true} {
		data := ziptest.ZipRaw(nil, ziptest.Bomb("word/document.xml", n, lie))
		a, err := zipguard.Open(data, small())
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		_, err = a.ReadFile("word/document.xml")
		if !errors.Is(err, zipguard.ErrZipBomb) && !(lie && errors.Is(err, zipguard.ErrCorrupt)) {
			t.Errorf("lie=%v: ReadFile = %v, want ErrZipBomb", lie, err)
		}
		if got := zipguard.Member(err); got != "word/document.xml" {
			t.Errorf("lie=%v: Member = %q", lie, got)
		}
		if a.Inflated() > small().MaxUnzipBytes+1 {
			t.Errorf("lie=%v: inflated %d bytes, over the limit", lie, a.Inflated())
		}
		if d := time.Since(start); d > ziptest.HangAfter {
			t.Errorf("lie=%v: took %v", lie, d)
		}
	}
}

// TestRatioWithoutDeclaring: a member that declares a huge size passes
// the early check only when it is honest; a member that lies is cut off
// by the bytes it actually inflates, by the ratio limit, well before the
// archive's total.
func TestRatioCountsInflatedBytes(t *testing.T) {
	lim := small()
	lim.MaxUnzipBytes = 1 << 30
	body := bytes.Repeat([]byte(" "), 8<<20)
	raw := ziptest.Raw{Name: "x.xml", Method: zip.Deflate, Compressed: ziptest.Deflate(body), UncompressedSize: 1 << 40}
	a, err := zipguard.Open(ziptest.ZipRaw(nil, raw), lim)
	if err != nil {
		t.Fatal(err)
	}
	// Declared 1 TiB: refused before inflating a byte.
	if _, err := a.Open("x.xml"); !errors.Is(err, zipguard.ErrZipBomb) {
		t.Fatalf("Open = %v, want ErrZipBomb", err)
	}
	if a.Inflated() != 0 {
		t.Errorf("inflated %d bytes", a.Inflated())
	}
	raw.UncompressedSize = 1000 // a lie the other way
	a, _ = zipguard.Open(ziptest.ZipRaw(nil, raw), lim)
	_, err = a.ReadFile("x.xml")
	if err == nil {
		t.Fatal("ReadFile of a lying member succeeded")
	}
	if a.Inflated() > 2*zipguard.RatioGrace {
		t.Errorf("inflated %d bytes from a member declaring 1000", a.Inflated())
	}
}

func TestCheckAll(t *testing.T) {
	good := ziptest.Zip(ziptest.Entry{Name: "a.xml", Body: "<a/>"}, ziptest.Entry{Name: "b.xml", Body: strings.Repeat("<b>文字</b>", 1000)})
	a, err := zipguard.Open(good, small())
	if err != nil {
		t.Fatal(err)
	}
	if errs := a.CheckAll(); len(errs) != 0 {
		t.Fatalf("CheckAll = %v", errs)
	}
	// Flip a byte inside b.xml's compressed data: CRC or deflate error.
	off := bytes.Index(good, []byte("b.xml")) + len("b.xml") + 10
	a, err = zipguard.Open(ziptest.Flip(good, off), small())
	if err != nil {
		t.Fatal(err)
	}
	errs := a.CheckAll()
	if len(errs) != 1 || !errors.Is(errs[0], zipguard.ErrCorrupt) || zipguard.Member(errs[0]) != "b.xml" {
		t.Fatalf("CheckAll of flipped = %v, want one ErrCorrupt for b.xml", errs)
	}
	bomb := ziptest.ZipRaw([]ziptest.Entry{{Name: "a.xml", Body: "<a/>"}}, ziptest.Bomb("c.xml", 12<<20, false), ziptest.Bomb("d.xml", 12<<20, false))
	a, _ = zipguard.Open(bomb, small())
	if errs := a.CheckAll(); len(errs) != 1 || !errors.Is(errs[0], zipguard.ErrZipBomb) {
		t.Fatalf("CheckAll of bomb = %v, want one ErrZipBomb", errs)
	}
}

func TestEncryptedMember(t *testing.T) {
	data := ziptest.ZipRaw(nil, ziptest.Raw{Name: "word/document.xml", Method: zip.Deflate, Flags: 1, Compressed: []byte("xxxxxxxxxxxx"), UncompressedSize: 10})
	a, err := zipguard.Open(data, small())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Open("word/document.xml"); !errors.Is(err, zipguard.ErrEncrypted) {
		t.Errorf("Open = %v, want ErrEncrypted", err)
	}
}

func TestXMLDecoderDepth(t *testing.T) {
	read := func(s string, max int) error {
		d := zipguard.NewXMLDecoder(strings.NewReader(s), max)
		for {
			_, err := d.Token()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
		}
	}
	if err := read(ziptest.Nested(30), 32); err != nil {
		t.Errorf("depth 32 of 32: %v", err)
	}
	start := time.Now()
	if err := read(ziptest.Nested(1000000), 32); !errors.Is(err, zipguard.ErrTooDeep) {
		t.Errorf("depth 1e6: %v, want ErrTooDeep", err)
	}
	if d := time.Since(start); d > ziptest.HangAfter {
		t.Errorf("refusing deep XML took %v", d)
	}
	// A GBK-declared member is decoded, not matched as raw bytes.
	gbk := "<?xml version=\"1.0\" encoding=\"GBK\"?><a>\xbb\xfa\xc3\xdc</a>"
	d := zipguard.NewXMLDecoder(strings.NewReader(gbk), 8)
	for {
		tok, err := d.Token()
		if err != nil {
			t.Fatalf("GBK: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "a" {
			s, err := d.Text()
			if err != nil || s != "机密" {
				t.Fatalf("GBK text = %q, %v", s, err)
			}
			break
		}
	}
}

func TestXMLDecoderPassesReadErrors(t *testing.T) {
	data := ziptest.ZipRaw(nil, ziptest.Bomb("word/document.xml", 12<<20, true))
	a, _ := zipguard.Open(data, small())
	rc, err := a.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	d := zipguard.NewXMLDecoder(rc, 32)
	for {
		_, err = d.Token()
		if err != nil {
			break
		}
	}
	if zipguard.Member(err) != "word/document.xml" {
		t.Errorf("decoder error = %v, want the member's read error", err)
	}
}

func TestDescribe(t *testing.T) {
	lim := doc.DefaultLimits()
	for _, tt := range []struct {
		err      error
		what     string
		rule     string
		contains string
	}{
		{zipguard.ErrNotZip, "", "unreadable.corrupt", "ZIP结构无效"},
		{zipguard.ErrEncrypted, "", "unreadable.encrypted", "解除密码保护"},
		{&zipguard.MemberError{Name: "word/header1.xml", Err: zipguard.ErrZipBomb}, "页眉 word/header1.xml", "unreadable.zip_bomb", "文件中的页眉 word/header1.xml解压后体积异常（超过256MB或压缩比超过200:1"},
		{zipguard.ErrTooManyEntries, "", "unreadable.too_many_entries", "10000个"},
		{zipguard.ErrTooDeep, "正文", "unreadable.too_deep", "256层"},
		{&xml.SyntaxError{Msg: "x", Line: 3}, "正文", "unreadable.corrupt", "XML第3行"},
		{errors.New("other"), "", "unreadable.corrupt", "请重新导出"},
	} {
		rule, msg := zipguard.Describe(tt.err, tt.what, lim)
		if rule != tt.rule || !strings.Contains(msg, tt.contains) {
			t.Errorf("Describe(%v) = %s %q, want %s containing %q", tt.err, rule, msg, tt.rule, tt.contains)
		}
	}
}

// FuzzOpen checks that Open never panics, and that the directory walk
// that guards archive/zip counts the entries archive/zip then finds, so
// that the entry limit cannot be passed by a directory the walk misreads.
func FuzzOpen(f *testing.F) {
	f.Add(ziptest.Zip(ziptest.Entry{Name: "a.xml", Body: "<a/>"}, ziptest.Entry{Name: "b/c.xml", Body: "文字"}))
	f.Add(ziptest.Many(20))
	f.Add(append([]byte("prefix data "), ziptest.Zip(ziptest.Entry{Name: "a", Body: "x"})...))
	for _, pattern := range []string{"../../../testdata/docs/*.docx", "../../../testdata/docs/*.xlsx", "../../../testdata/malformed/*.docx"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			// Small seeds only: minimising a mutation of the 100 KB
			// nested.docx outlasted a whole fuzz run.
			if b, err := os.ReadFile(name); err == nil && len(b) < 32<<10 {
				f.Add(b)
			}
		}
	}
	f.Add(ziptest.Zip(ziptest.Entry{Name: "word/document.xml", Body: strings.Repeat("<a>", 300) + strings.Repeat("</a>", 300)}))
	lim := small()
	f.Fuzz(func(t *testing.T, data []byte) {
		// Whenever archive/zip reads a directory, the walk must have
		// found and counted it (or Open would rely on archive/zip alone).
		if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			if got := zipguard.CountEntries(data, 1<<30); got < len(zr.File) {
				t.Fatalf("directory walk counted %d entries, archive/zip %d", got, len(zr.File))
			}
		}
		a, err := zipguard.Open(data, lim)
		if err != nil {
			return
		}
		if n := len(a.Names()); n > lim.MaxZipEntries {
			t.Fatalf("opened %d entries, over the limit", n)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("Open succeeded where archive/zip fails: %v", err)
		}
		if got, want := zipguard.CountEntries(data, lim.MaxZipEntries), len(zr.File); got < want {
			t.Fatalf("directory walk counted %d entries, archive/zip %d", got, want)
		}
		a.CheckAll()
	})
}

// TestStarts: every start element of a member, in order; damage ends the
// reading with an error after what was read; a missing member is an
// error.
func TestStarts(t *testing.T) {
	data := ziptest.Zip(ziptest.Entry{Name: "a.xml", Body: `<r><x v="1"/><y><x v="2"/></y></r>`},
		ziptest.Entry{Name: "bad.xml", Body: `<r><x v="1"/><x v="2"></r>`})
	a, err := zipguard.Open(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := a.Starts("a.xml", 16, func(se xml.StartElement) { got = append(got, se.Name.Local+zipguard.Attr(se, "v")) }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, " ") != "r x1 y x2" {
		t.Errorf("got %q", got)
	}
	got = nil
	if err := a.Starts("bad.xml", 16, func(se xml.StartElement) { got = append(got, se.Name.Local+zipguard.Attr(se, "v")) }); err == nil || len(got) != 3 {
		t.Errorf("damaged: %q, %v", got, err)
	}
	if err := a.Starts("none.xml", 16, func(xml.StartElement) {}); err == nil {
		t.Error("a missing member read")
	}
}
