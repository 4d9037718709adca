package buildinfo

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// Set with -ldflags -X where the build has no VCS information; the
// binary's own build information wins when it has them.
var version, commit string

// Info is what the binary knows of how it was built.
type Info struct {
	// Version is the module version: a tag (v1.2.0), a pseudo-version
	// (v0.0.0-20261206050632-75b837ab9ad6+dirty) or "dev".
	Version string `json:"version"`
	// Commit is the VCS revision, empty when unknown.
	Commit string `json:"commit,omitempty"`
	// Time is the commit's time (RFC 3339), empty when unknown.
	Time string `json:"time,omitempty"`
	// Modified says the tree had uncommitted changes.
	Modified bool `json:"modified,omitempty"`
	// Go is the Go version the binary was built with.
	Go string `json:"go"`
}

// Read returns the build information, read once.
var Read = sync.OnceValue(func() Info { return parse(debug.ReadBuildInfo()) })

func parse(bi *debug.BuildInfo, ok bool) Info {
	b := Info{Version: "dev", Go: runtime.Version()}
	if ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			b.Version = v
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Commit = s.Value
			case "vcs.time":
				b.Time = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
	}
	if b.Version == "dev" && version != "" {
		b.Version = version
	}
	if b.Commit == "" {
		b.Commit = commit
	}
	return b
}

// Version is the module version of the running binary.
func Version() string { return Read().Version }

// ShortCommit is the first 12 characters of the commit, or "".
func (b Info) ShortCommit() string {
	if len(b.Commit) > 12 {
		return b.Commit[:12]
	}
	return b.Commit
}

// String is the build on one line: version, short commit, Go version.
func (b Info) String() string {
	s := "mishen " + b.Version
	if b.Commit != "" {
		s += " (commit " + b.ShortCommit()
		if b.Modified {
			s += ", modified"
		}
		if b.Time != "" {
			s += ", " + b.Time
		}
		s += ")"
	}
	return s + " " + b.Go
}
