package extract

import (
	"os"
	"testing"
)

// TestSniffContentTypesInUTF16 checks that a package whose main part is
// only where its relationships say (xl/book.xml) is told by its content
// types even when [Content_Types].xml is in UTF-16, as OPC allows.
func TestSniffContentTypesInUTF16(t *testing.T) {
	data, err := os.ReadFile("../../testdata/encodings/book_partname_utf16.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if got := Sniff("book.xlsx", data); got != FormatXLSX {
		t.Errorf("Sniff = %q, want %q", got, FormatXLSX)
	}
}
