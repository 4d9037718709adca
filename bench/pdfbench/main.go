// Command pdfbench extracts PDF files the way mishen does, for
// bench/pdf.sh: -mode inproc runs the extractor in this process; -mode
// sandbox starts a child process per file, as the server does. It prints
// the wall time in seconds.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/sandbox"
)

func main() {
	if os.Getenv(sandbox.EnvChild) == "1" {
		os.Exit(sandbox.ChildMain())
	}
	n := flag.Int("n", 10, "passes over the files")
	mode := flag.String("mode", "inproc", "inproc or sandbox")
	flag.Parse()
	var files [][]byte
	for _, name := range flag.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "pdfbench:", err)
			os.Exit(2)
		}
		files = append(files, b)
	}
	lim := doc.DefaultLimits()
	ctx := context.Background()
	runner := sandbox.New(sandbox.Options{})
	start := time.Now()
	for i := 0; i < *n; i++ {
		for j, b := range files {
			var d *doc.Document
			if *mode == "sandbox" {
				d = runner.Extract(ctx, flag.Arg(j), b, lim)
			} else {
				d = extract.Extract(ctx, flag.Arg(j), b, lim)
			}
			for _, f := range d.Findings {
				if f.Rule == extract.RuleCrashed || f.Rule == extract.RuleTimeout {
					fmt.Fprintf(os.Stderr, "pdfbench: %s: %s\n", flag.Arg(j), f.Message)
					os.Exit(1)
				}
			}
		}
	}
	fmt.Printf("%.4f\n", time.Since(start).Seconds())
}
