package sandbox

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/legacy"
)

// TestConvertedInChild: a .doc is converted by LibreOffice in the parent
// (a child may not write files) and the DOCX it becomes is read in a
// child: the marking in its header is found, and a child that fails
// shows that the child did the reading.
func TestConvertedInChild(t *testing.T) {
	if err := legacy.Default().Available(); err != nil {
		t.Skipf("LibreOffice not usable here: %v", err)
	}
	data, err := os.ReadFile("../extract/legacy/testdata/document.doc")
	if err != nil {
		t.Fatal(err)
	}
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Minute
	d := New(Options{}).Extract(context.Background(), "通知.doc", data, lim)
	var header string
	for _, p := range d.Parts {
		if p.Kind == doc.Header {
			header += p.Text
		}
	}
	if d.Format != "doc" || len(d.Findings) != 0 || !strings.Contains(header, "秘密★1年") {
		t.Fatalf("format %q, findings %+v, header %q", d.Format, d.Findings, header)
	}
	d = New(Options{Env: []string{envTest + "=exit"}}).Extract(context.Background(), "通知.doc", data, lim)
	if f := onlyFinding(t, d, "unreadable.crashed"); d.Format != "doc" {
		t.Fatalf("format %q, finding %+v", d.Format, f)
	}
}

// TestDeferredInArchive: a .doc inside a zip cannot be converted in the
// child that reads the zip; the child hands it back, and the parent
// converts it and reads it in a child of its own.
func TestDeferredInArchive(t *testing.T) {
	if err := legacy.Default().Available(); err != nil {
		t.Skipf("LibreOffice not usable here: %v", err)
	}
	data, err := os.ReadFile("../extract/legacy/testdata/document.doc")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range map[string][]byte{"附件/通知.doc": data, "说明.txt": []byte("附件一份。")} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Minute
	d := New(Options{}).Extract(context.Background(), "附件.zip", buf.Bytes(), lim)
	var header string
	for _, p := range d.Parts {
		if p.Kind == doc.Header && p.File == "附件/通知.doc!word/header1.xml" {
			header += p.Text
		}
	}
	if d.Format != "zip" || len(d.Findings) != 0 || len(d.Deferred) != 0 || !strings.Contains(header, "秘密★1年") {
		t.Fatalf("format %q, findings %+v, deferred %d, parts %+v", d.Format, d.Findings, len(d.Deferred), d.Parts)
	}
}
