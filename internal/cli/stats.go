package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/stats"
	"github.com/mishen-gov/mishen/internal/store"
)

const statsUsage = `Usage: mishen stats [--from DATE] [--to DATE] [--format csv|json] [-o FILE] [--data DIR | --server URL]

统计一段时间的审查工作数据（政府信息公开工作年度报告用）：审查数、机器
审查通过、需人工审查、阻断、各类问题数、批准、退回、发布、平均人工审查
用时，合计、按单位、按月份。数据逐条取自审计日志。CSV 为带 BOM 的
UTF-8、中文表头，Excel 可直接打开。

Counts the annual figures of a period from the audit trail: reviews,
passes, blocks, findings by category, decisions, releases and the
average review time, in all, per unit and per month. Dates are days in
--tz (default Asia/Shanghai); the last day is included. Default period:
this year to today.

  mishen stats --from 2026-01-01 --to 2026-12-31 --data /srv/mishen -o 2026.csv
  MISHEN_TOKEN=$AUDITOR mishen stats --from 2026-01-01 --to 2026-12-31 --server http://127.0.0.1:8080

Flags:
`

// runStats prints the annual figures of a period.
func runStats(env Env, args []string) int {
	cfg, ok := envConfig(env, "stats")
	if !ok {
		return ExitUsage
	}
	fs := ownFlagSet("stats", env, statsUsage)
	cfg.DataFlags(fs)
	cfg.ClientFlags(fs)
	cfg.ZoneFlags(fs)
	period := addPeriodFlags(fs)
	format := fs.String("format", "csv", "csv 或 json / csv or json")
	out := fs.String("o", "", "写入文件，默认标准输出 / write to this file instead of stdout")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	usageErr := usageError(env, "stats")
	if fs.NArg() > 0 {
		return usageErr("unexpected argument " + fs.Arg(0))
	}
	if *format != "csv" && *format != "json" {
		return usageErr(fmt.Sprintf("unknown format %q (want csv or json)", *format))
	}
	p, loc, err := period.parse(cfg)
	if err != nil {
		return usageErr(err.Error())
	}
	var f *stats.Figures
	if cfg.Server != "" {
		if cfg.Token == "" {
			return usageErr("--server needs an auditor token in MISHEN_TOKEN")
		}
		c := &server.Client{Base: cfg.Server, Token: cfg.Token}
		first, last := p.Days()
		f, err = c.Stats(context.Background(), first, last)
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen stats:", describe(err))
			return ExitFailed
		}
	} else {
		var code int
		f, code = offlineStats(env, cfg, p, loc)
		if f == nil {
			return code
		}
	}
	return writeOut(env, "stats", *out, func(w io.Writer) error {
		if *format == "json" {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(f)
		}
		return f.WriteCSV(w)
	})
}

// offlineStats counts from the data folder, opened read-only.
func offlineStats(env Env, cfg config.Config, p stats.Period, loc *time.Location) (*stats.Figures, int) {
	db, code := openReadOnly(env, "stats", cfg.DataDir)
	if db == nil {
		return nil, code
	}
	defer db.Close()
	var f *stats.Figures
	err := db.View(func(tx *bolt.Tx) error {
		var err error
		f, err = stats.Count(audit.Bolt(tx), p, loc)
		return err
	})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen stats:", err)
		return nil, ExitFailed
	}
	return f, ExitOK
}

// openReadOnly opens the data folder for reading, saying what to do when
// the server holds it.
func openReadOnly(env Env, cmd, dir string) (*store.DB, int) {
	db, err := store.Open(dir, store.Options{ReadOnly: true})
	if err == nil {
		return db, ExitOK
	}
	fmt.Fprintf(env.Stderr, "mishen %s: %v\n", cmd, err)
	if errors.Is(err, store.ErrLocked) {
		fmt.Fprintf(env.Stderr, "提示 / hint: MISHEN_TOKEN=<审计人员令牌 / auditor token> mishen %s --server http://127.0.0.1:8080 …\n", cmd)
	}
	if errors.Is(err, store.ErrNoData) {
		return nil, ExitUsage
	}
	return nil, ExitFailed
}

// writeOut writes through fn to the file path, or to stdout when path is
// empty; a file is written whole or not at all.
func writeOut(env Env, cmd, path string, fn func(io.Writer) error) int {
	if path == "" {
		w := bufio.NewWriter(env.Stdout)
		err := fn(w)
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen %s: %v\n", cmd, err)
			return ExitFailed
		}
		return ExitOK
	}
	tmp := path + ".tmp"
	fh, err := os.Create(tmp)
	if err == nil {
		w := bufio.NewWriter(fh)
		err = fn(w)
		if err == nil {
			err = w.Flush()
		}
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, path)
		}
		if err != nil {
			os.Remove(tmp)
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen %s: %v\n", cmd, err)
		return ExitFailed
	}
	return ExitOK
}

// ownFlagSet is a flag set of the stats and form commands: errors are
// reported, not fatal; -h prints the usage to stdout.
func ownFlagSet(name string, env Env, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		io.WriteString(env.Stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// periodFlags are --from and --to of a command that reports on a period.
type periodFlags struct{ from, to *string }

func addPeriodFlags(fs *flag.FlagSet) periodFlags {
	return periodFlags{
		from: fs.String("from", "", "起始日期 / first day, 2026-01-01 (default: 1 January of --to's year)"),
		to:   fs.String("to", "", "截止日期（含当天）/ last day, included (default: today)"),
	}
}

// parse reads the period as days in cfg's --tz.
func (f periodFlags) parse(cfg config.Config) (stats.Period, *time.Location, error) {
	loc, err := cfg.Location()
	if err != nil {
		return stats.Period{}, nil, err
	}
	p, err := stats.ParsePeriod(*f.from, *f.to, loc, time.Now())
	return p, loc, err
}
