package pptx

import (
	"path/filepath"
	"testing"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// TestPartsInUTF16 checks that a deck whose every part (slides, master,
// notes, comments, relationships, content types, properties) is in
// UTF-16, with a byte-order mark or without, or in GB18030, reads as the
// UTF-8 deck it was made from (testdata/encodings/recode.py).
func TestPartsInUTF16(t *testing.T) {
	ziptest.SameAsOriginal(t, []ziptest.Recoded{
		{File: "../../../testdata/encodings/review_utf16.pptx", From: filepath.Join("testdata", "review.pptx"),
			Find: []string{"内部资料", "330102198506120036", "15957182046"},
			Wide: []string{"ppt/slides/slide1.xml", "ppt/slideMasters/slideMaster1.xml", "ppt/notesSlides/notesSlide1.xml",
				"ppt/comments/comment1.xml", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels", "[Content_Types].xml"}},
	}, Extract)
}
