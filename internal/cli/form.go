package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
)

const formUsage = `Usage: mishen form --from DATE --to DATE -o DIR [--pdf] [--data DIR | --server URL]

为一段时间内提交的每个审查生成保密审查单（HTML，加 --pdf 时另由 Chromium
打印 PDF），并写一份审查单清单.csv，供归档。

Writes the 保密审查单 of every review submitted in the period into DIR:
保密审查单-R….html (print it from a browser), with --pdf also
保密审查单-R….pdf printed by Chromium (apt-get install chromium
fonts-noto-cjk), and 审查单清单.csv, an index Excel opens. Dates are days
in --tz (default Asia/Shanghai); the last day is included.

  mishen form --from 2026-01-01 --to 2026-03-31 -o 审查单/2026Q1 --pdf --data /srv/mishen
  MISHEN_TOKEN=$AUDITOR mishen form --from 2026-01-01 --to 2026-03-31 -o 2026Q1 --server http://127.0.0.1:8080

Flags:
`

// runForm writes the forms of a period into a folder.
func runForm(env Env, args []string) int {
	cfg, ok := envConfig(env, "form")
	if !ok {
		return ExitUsage
	}
	fs := ownFlagSet("form", env, formUsage)
	cfg.DataFlags(fs)
	cfg.ClientFlags(fs)
	cfg.ZoneFlags(fs)
	period := addPeriodFlags(fs)
	out := fs.String("o", "", "输出目录 / output folder (required)")
	withPDF := fs.Bool("pdf", false, "同时用 Chromium 打印 PDF / also print PDFs with Chromium")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	usageErr := usageError(env, "form")
	switch {
	case fs.NArg() > 0:
		return usageErr("unexpected argument " + fs.Arg(0))
	case *out == "":
		return usageErr("-o DIR is required")
	}
	p, loc, err := period.parse(cfg)
	if err != nil {
		return usageErr(err.Error())
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(env.Stderr, "mishen form:", err)
		return ExitFailed
	}
	put := func(name string, data []byte) error {
		return os.WriteFile(filepath.Join(*out, filepath.Base(name)), data, 0o644)
	}
	ctx := context.Background()
	if cfg.Server != "" {
		if cfg.Token == "" {
			return usageErr("--server needs an auditor token in MISHEN_TOKEN")
		}
		var buf bytes.Buffer
		c := &server.Client{Base: cfg.Server, Token: cfg.Token}
		first, last := p.Days()
		err := c.Forms(ctx, first, last, *withPDF, &buf)
		if err == nil {
			err = unzipForms(buf.Bytes(), put)
		}
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen form:", describe(err))
			return ExitFailed
		}
		fmt.Fprintf(env.Stdout, "已写入 %s / written to %s\n", *out, *out)
		return ExitOK
	}
	b := &form.Batch{Put: put, Options: form.Options{Org: cfg.Org, Location: loc}}
	if *withPDF {
		b.Printer = form.NewPrinter("", 1)
		if !b.Printer.Available() {
			fmt.Fprintln(env.Stderr, "mishen form: 未安装 Chromium，无法打印 PDF；请 apt-get install chromium fonts-noto-cjk，或去掉 --pdf 只生成 HTML / Chromium is not installed")
			return ExitFailed
		}
	}
	db, code := openReadOnly(env, "form", cfg.DataDir)
	if db == nil {
		return code
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		return review.RecordsTx(tx, p.From, p.To, func(r *review.Review, evs []audit.Event) error { return b.Add(ctx, r, evs) })
	})
	if err == nil {
		err = b.Close()
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen form:", err)
		return ExitFailed
	}
	fmt.Fprintf(env.Stdout, "%d 份审查单（PDF %d 份）已写入 %s / %d forms written\n", b.N, b.PDFs, *out, b.N)
	return ExitOK
}

// unzipForms stores the files of a forms.zip, by their base names only.
func unzipForms(b []byte, put func(string, []byte) error) error {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		name := filepath.Base(f.Name)
		if strings.HasPrefix(name, ".") || f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return err
		}
		if err := put(name, data); err != nil {
			return err
		}
	}
	return nil
}
