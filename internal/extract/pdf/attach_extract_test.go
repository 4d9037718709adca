package pdf_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
)

// The dispatcher reads each attached file with its own extractor, one
// level deep: a marking and an ID inside a text file, a PDF and a DOCX
// attached to a PDF are found, located at the attachment.
func TestAttachmentsReadByDispatcher(t *testing.T) {
	for _, f := range []string{"attach_files.pdf", "attach_aes_256.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		d := extract.Extract(context.Background(), f, data, doc.DefaultLimits())
		for _, fd := range d.Findings {
			t.Errorf("%s: finding %s %+v: %s", f, fd.Rule, fd.Location, fd.Message)
		}
		text := map[string]string{}
		for _, p := range d.Parts {
			file, _, _ := strings.Cut(p.File, "!") // memo.docx!word/document.xml
			text[file] += p.Text + "\n"
		}
		for file, want := range map[string][]string{
			"":          {"秘密★1年", "110101199003074514"},
			"note.txt":  {"内部资料", "320502197806150021"},
			"inner.pdf": {"机密★10年", "440304198812010037"},
			"memo.docx": {"绝密★长期", "110105198503071230"},
		} {
			for _, w := range want {
				if !strings.Contains(text[file], w) {
					t.Errorf("%s: %q not found in %q: %q", f, w, file, text[file])
				}
			}
		}
	}
}
