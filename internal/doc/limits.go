package doc

import "time"

// Limits bound the work an extractor does on one file. Every extractor
// checks them and reports an unreadable finding (never a panic or a hang)
// when one is reached.
type Limits struct {
	MaxFileBytes   int64         // whole input
	MaxUnzipBytes  int64         // sum of decompressed zip members read
	MaxZipRatio    int64         // decompressed/compressed per member
	MaxZipEntries  int           // members in a zip container
	MaxXMLDepth    int           // element nesting
	MaxPages       int           // PDF pages read
	MaxTextRunes   int           // text kept per document
	PerFileTimeout time.Duration // wall time for one file's extraction
}

// DefaultLimits are sane for government documents: a 100-page report with
// images is far below every one of them.
func DefaultLimits() Limits {
	return Limits{
		MaxFileBytes:   64 << 20,
		MaxUnzipBytes:  256 << 20,
		MaxZipRatio:    200,
		MaxZipEntries:  10000,
		MaxXMLDepth:    256,
		MaxPages:       2000,
		MaxTextRunes:   32 << 20,
		PerFileTimeout: 30 * time.Second,
	}
}
