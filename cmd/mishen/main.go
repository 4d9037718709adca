// Command mishen is a confidentiality pre-publication review gateway.
package main

import (
	"os"

	"github.com/mishen-gov/mishen/internal/cli"
)

func main() {
	os.Exit(cli.Main(cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}, os.Args[1:]))
}
