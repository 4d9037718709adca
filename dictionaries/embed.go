// Package dictionaries holds mishen's default dictionaries as data files and
// exports them embedded, because //go:embed cannot reach a parent folder.
// The file format is documented in package internal/dict and the README.
package dictionaries

import "embed"

// FS holds every *.txt dictionary file of this folder.
//
//go:embed *.txt
var FS embed.FS
