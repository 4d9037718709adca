// Command mishen is a confidentiality pre-publication review gateway.
package main

import (
	"os"

	"github.com/mishen-gov/mishen/internal/cli"
	"github.com/mishen-gov/mishen/internal/sandbox"
)

func main() {
	if os.Getenv(sandbox.EnvChild) == "1" {
		// A sandboxed parser: read one file from stdin, answer on stdout.
		os.Exit(sandbox.ChildMain())
	}
	os.Exit(cli.Main(cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}, os.Args[1:]))
}
