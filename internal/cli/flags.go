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

// newFlagSet returns a flag set that reports errors instead of exiting.
// Usage asked for with -h or --help goes to stdout (it is the answer, and
// `mishen scan --help | less` must work); after a parse error it goes to
// stderr with the error.
func newFlagSet(name string, env Env, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	spy := &errWriter{w: env.Stderr}
	fs.SetOutput(spy)
	fs.Usage = func() {
		out := env.Stdout
		if spy.wrote {
			out = env.Stderr
		}
		io.WriteString(out, usage)
		fs.SetOutput(out)
		fs.PrintDefaults()
		fs.SetOutput(spy)
	}
	return fs
}

// errWriter is a flag set's output: the flag package writes to it only to
// report an error, so a write tells Usage that it is not answering -h.
type errWriter struct {
	w     io.Writer
	wrote bool
}

func (e *errWriter) Write(p []byte) (int, error) {
	e.wrote = true
	return e.w.Write(p)
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
