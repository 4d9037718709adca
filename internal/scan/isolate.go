package scan

import "github.com/mishen-gov/mishen/internal/sandbox"

// isolated reads files in a child process with CPU and memory limits, so
// that a parser crash or runaway costs one unreadable finding, not the
// process (see package sandbox).
var isolated Extractor = sandbox.Extract
