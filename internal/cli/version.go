package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"

	"github.com/mishen-gov/mishen/internal/buildinfo"
)

// buildInfo is the running binary's build (package buildinfo).
func buildInfo() buildinfo.Info { return buildinfo.Read() }

// version is the module version of the binary, for /healthz, SARIF and
// the trail.
func version() string { return buildinfo.Version() }

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
