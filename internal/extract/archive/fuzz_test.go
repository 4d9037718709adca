package archive_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/archive"
)

// FuzzArchive reads any bytes as each archive format under small limits.
// Property: no panic, no error for a known format, and what is kept stays
// within the limits. Seeds are the small fixtures (the bombs would make
// every call and every minimisation slow); the limits are scaled down so
// that a call costs well under a millisecond.
func FuzzArchive(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil && len(b) < 2<<10 {
			f.Add(b)
		}
	}
	f.Add(storedRAR(map[string]string{"a.txt": "秘密★1年\n"}, "a.txt"))
	lim := doc.Limits{
		MaxFileBytes: 16 << 10, MaxUnzipBytes: 64 << 10, MaxZipRatio: 200, MaxZipEntries: 32,
		MaxXMLDepth: 64, MaxPages: 10, MaxTextRunes: 1 << 16, PerFileTimeout: time.Second,
	}
	formats := []string{archive.Zip, archive.SevenZip, archive.Rar, archive.Gzip, archive.Tar}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range formats {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			d, err := archive.Extract(ctx, format, data, lim)
			cancel()
			if err != nil || d == nil {
				t.Fatalf("%s: %v", format, err)
			}
			var total int64
			for _, e := range d.Embedded {
				total += int64(len(e.Data))
				if int64(len(e.Data)) > lim.MaxFileBytes {
					t.Fatalf("%s: member of %d bytes", format, len(e.Data))
				}
			}
			if total > lim.MaxUnzipBytes || len(d.Embedded) > lim.MaxZipEntries {
				t.Fatalf("%s: %d members, %d bytes", format, len(d.Embedded), total)
			}
		}
	})
}
