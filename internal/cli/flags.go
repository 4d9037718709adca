package cli

import (
	"errors"
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

// usageError returns the function a command answers a usage mistake
// with: the mistake, where help is, and ExitUsage.
func usageError(env Env, cmd string) func(msg string) int {
	return func(msg string) int {
		fmt.Fprintf(env.Stderr, "mishen %s: %s (see mishen %s --help)\n", cmd, msg, cmd)
		return ExitUsage
	}
}

// parseActions parses a command made of actions (token, webhook): the
// data folder's and the server's flags, the command's own (added by
// flags), then the action and its arguments, which may stand among the
// flags. pos is nil when the command is to stop, with code: after --help,
// a flag it does not know, no action, or a configuration that does not
// hold.
func parseActions(env Env, cmd, usage, actions string, args []string, flags func(*flag.FlagSet)) (cfg config.Config, pos []string, code int) {
	cfg, ok := envConfig(env, cmd)
	if !ok {
		return cfg, nil, ExitUsage
	}
	fs := newFlagSet(cmd, env, usage)
	cfg.DataFlags(fs)
	cfg.ClientFlags(fs)
	flags(fs)
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return cfg, nil, ExitOK
	}
	if err != nil {
		return cfg, nil, ExitUsage
	}
	usageErr := usageError(env, cmd)
	if len(pos) == 0 {
		return cfg, nil, usageErr("missing action: " + actions)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, nil, usageErr(err.Error())
	}
	return cfg, pos, ExitOK
}
