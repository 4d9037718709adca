package cli

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/store"
)

const auditUsage = `Usage:
  mishen audit verify [--data DIR | --server URL]
  mishen audit export [--format jsonl|csv] [--data DIR | --server URL]

verify 重新计算整条审计链的哈希，列出每一处断裂（被改动、删除、调换的事件），
不只是第一处；完整时退出码为 0，有断裂时为 1。
export 把全部审计事件写到标准输出（jsonl 每行一个 JSON；csv 带表头）。
verify re-hashes the whole chain and lists every broken event (edited,
deleted, reordered), exiting 0 when intact and 1 when broken. export writes
every event to stdout as JSON Lines or CSV.

不带 --server 时只读打开数据目录，需先停止服务；服务运行时请用 --server 并在
MISHEN_TOKEN 中提供审计人员令牌。
Without --server the data folder is opened read-only, which needs the server
stopped; while it runs, use --server with an auditor token in MISHEN_TOKEN.

Examples:
  mishen audit verify --data /srv/mishen
  mishen audit export --format csv --data /srv/mishen > audit.csv
  MISHEN_TOKEN=$AUDITOR mishen audit verify --server http://127.0.0.1:8080

Environment: MISHEN_DATA (--data), MISHEN_SERVER (--server), MISHEN_TOKEN
(the auditor token for --server; environment only).

Flags:
`

// runAudit verifies or exports the audit trail.
func runAudit(env Env, args []string) int {
	cfg, ok := envConfig(env, "audit")
	if !ok {
		return ExitUsage
	}
	fs := newFlagSet("audit", env.Stderr, auditUsage)
	cfg.DataFlags(fs)
	cfg.ClientFlags(fs)
	format := fs.String("format", audit.FormatJSONL, "export: jsonl 或 csv / jsonl or csv")
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if err != nil {
		return ExitUsage
	}
	usageErr := func(msg string) int {
		fmt.Fprintf(env.Stderr, "mishen audit: %s (see mishen audit --help)\n", msg)
		return ExitUsage
	}
	if len(pos) != 1 || (pos[0] != "verify" && pos[0] != "export") {
		return usageErr("want one action: verify or export")
	}
	if *format != audit.FormatJSONL && *format != audit.FormatCSV {
		return usageErr(fmt.Sprintf("unknown format %q (want jsonl or csv)", *format))
	}
	if err := cfg.Validate(); err != nil {
		return usageErr(err.Error())
	}
	if cfg.Server != "" {
		if cfg.Token == "" {
			return usageErr("--server needs an auditor token in MISHEN_TOKEN")
		}
		c := &server.Client{Base: cfg.Server, Token: cfg.Token}
		if pos[0] == "verify" {
			return verifyRemote(env, c)
		}
		out := bufio.NewWriter(env.Stdout)
		if err := c.Export(context.Background(), *format, out); err != nil {
			fmt.Fprintln(env.Stderr, "mishen audit:", describe(err))
			return ExitFailed
		}
		if err := out.Flush(); err != nil {
			fmt.Fprintln(env.Stderr, "mishen audit:", err)
			return ExitFailed
		}
		return ExitOK
	}

	db, err := store.Open(cfg.DataDir, store.Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		if errors.Is(err, store.ErrLocked) {
			fmt.Fprintf(env.Stderr, "提示 / hint: MISHEN_TOKEN=<审计人员令牌 / auditor token> mishen audit %s --server http://127.0.0.1:8080\n", pos[0])
		}
		if errors.Is(err, store.ErrNoData) {
			return ExitUsage
		}
		return ExitFailed
	}
	defer db.Close()
	if pos[0] == "export" {
		out := bufio.NewWriter(env.Stdout)
		err := db.View(func(tx *bolt.Tx) error { return audit.Export(audit.Bolt(tx), *format, out) })
		if err == nil {
			err = out.Flush()
		}
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen audit:", err)
			return ExitFailed
		}
		return ExitOK
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	var sum audit.Summary
	err = db.View(func(tx *bolt.Tx) error {
		var err error
		sum, err = review.VerifyTx(tx, func(b audit.Break) { printBreak(out, b) })
		return err
	})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	return verdict(out, sum.OK, sum.Events, sum.HeadSeq, sum.Head.String(), sum.Breaks)
}

func printBreak(w *bufio.Writer, b audit.Break) {
	fmt.Fprintf(w, "BROKEN event %d [%s]: %s\n", b.Seq, b.Kind, b.Message)
}

func verdict(w *bufio.Writer, ok bool, events, headSeq uint64, head string, breaks int) int {
	if ok {
		fmt.Fprintf(w, "审计日志完整 / audit trail intact: %d events, head #%d %s\n", events, headSeq, head)
		return ExitOK
	}
	fmt.Fprintf(w, "审计日志被破坏 / audit trail BROKEN: %d break(s) in %d events, recorded head #%d %s\n", breaks, events, headSeq, head)
	return ExitFound
}

func verifyRemote(env Env, c *server.Client) int {
	vr, err := c.Verify(context.Background())
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", describe(err))
		return ExitFailed
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	for _, b := range vr.Breaks {
		printBreak(out, b)
	}
	if len(vr.Breaks) < vr.BreaksTotal {
		fmt.Fprintf(out, "… %d more break(s) not listed by the server; run mishen audit verify --data on the stopped server to list all\n",
			vr.BreaksTotal-len(vr.Breaks))
	}
	return verdict(out, vr.OK, vr.Events, vr.HeadSeq, vr.Head, vr.BreaksTotal)
}
