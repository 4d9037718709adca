package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
)

// Set with -ldflags "-X github.com/mishen-gov/mishen/internal/cli.buildVersion=v1.2.3
// -X github.com/mishen-gov/mishen/internal/cli.buildCommit=abc123" where the
// build has no VCS information (a container build without .git); the
// module's own build information wins when it has them.
var buildVersion, buildCommit string

// Build is what the binary knows of how it was built.
type Build struct {
	// Version is the module version: a tag (v1.2.0), a pseudo-version
	// (v0.0.0-20261206050632-75b837ab9ad6+dirty) or "dev".
	Version string `json:"version"`
	// Commit is the VCS revision, empty when unknown.
	Commit string `json:"commit,omitempty"`
	// Time is the commit's time, empty when unknown.
	Time string `json:"time,omitempty"`
	// Modified says the build was made from a tree with uncommitted
	// changes.
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
}

// buildInfo reads the binary's build information (debug.ReadBuildInfo:
// the main module's version and the vcs.* settings).
func buildInfo() Build {
	b := Build{Version: "dev", Go: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
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
	if b.Version == "dev" && buildVersion != "" {
		b.Version = buildVersion
	}
	if b.Commit == "" {
		b.Commit = buildCommit
	}
	return b
}

// version is the module version of the binary, for /healthz, SARIF and
// the trail.
func version() string { return buildInfo().Version }

// String is the build on one line: version, short commit, Go version.
func (b Build) String() string {
	s := "mishen " + b.Version
	if b.Commit != "" {
		c := b.Commit
		if len(c) > 12 {
			c = c[:12]
		}
		s += " (commit " + c
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

const versionUsage = `用法: mishen version [--json]

显示版本：模块版本、提交和 Go 版本（来自构建信息 debug.ReadBuildInfo）。
mishen --version 相同。退出码 0。
Prints the module version, the commit and the Go version.

Flags:
`

func runVersion(env Env, args []string) int {
	fs := newFlagSet("version", env, versionUsage)
	asJSON := fs.Bool("json", false, "以 JSON 输出 / print JSON")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	b := buildInfo()
	if *asJSON {
		j, _ := json.Marshal(b)
		fmt.Fprintf(env.Stdout, "%s\n", j)
		return ExitOK
	}
	fmt.Fprintln(env.Stdout, b.String())
	return ExitOK
}
