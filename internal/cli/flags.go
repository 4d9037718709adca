package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/mishen-gov/mishen/internal/config"
)

// multiFlag collects a flag given several times (--dict A --dict B).
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// newFlagSet returns a flag set that reports errors instead of exiting and
// prints usage to w.
func newFlagSet(name string, w io.Writer, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		io.WriteString(w, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments ("mishen scan a.txt --json"); "--" ends flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// envConfig is the configuration of the defaults and the MISHEN_*
// variables, shared by every subcommand; a bad variable is reported for
// command name and ok is false.
func envConfig(env Env, name string) (cfg config.Config, ok bool) {
	cfg = config.Default()
	if err := cfg.FromEnv(env.Getenv); err != nil {
		fmt.Fprintf(env.Stderr, "mishen %s: %v\n", name, err)
		return cfg, false
	}
	return cfg, true
}
