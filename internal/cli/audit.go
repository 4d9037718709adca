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
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/store"
)

const auditUsage = `Usage:
  mishen audit verify [--checkpoint FILE [--pubkey KEY]] [--data DIR | --server URL]
    (with --server, --checkpoint needs --pubkey: consistency is proven from the
    server's signed checkpoint and proof, checked here)
  mishen audit export [--format jsonl|csv] [--data DIR | --server URL]
  mishen audit pubkey [--history] [--data DIR]
  mishen audit rotate-key [--data DIR]
  mishen audit verify-receipt [--pubkey KEY | --data DIR] RECEIPT

verify 重新计算整条审计链的哈希和默克尔树，并逐一核对每个审查的存储记录与
其审计事件（状态、批准、排除、发布），列出每一处断裂，不只是第一处；完整时
退出码为 0，有断裂时为 1。带 --checkpoint 时还证明现在的日志是审计人员保存
的那个签名检查点的一致延续：检查点之后的截断、改写或换回旧副本都会报出。
export 把全部审计事件写到标准输出（jsonl 每行一个 JSON；csv 带表头）。
pubkey 打印检查点和发布回执的验证公钥，交给审计人员保存；--history 按审计日志
中的密钥轮换事件（逐一核对旧密钥的交接签名）列出用过的全部公钥。
rotate-key 更换签名密钥（需先停止服务）：旧密钥签署交接声明，作为一个事件
记入日志，旧密钥文件保留为 .retired-<时间>。
verify-receipt 只用公钥离线核验一份发布回执（JSON 文件，- 为标准输入）。
verify re-hashes the chain and the Merkle tree and checks every review's
stored record against its events, listing every break; it exits 0 when
intact and 1 when broken. With --checkpoint it also proves that the log is
a consistent extension of a signed checkpoint an auditor kept: truncation,
rewriting or an older copy restored after it are reported. export writes
every event to stdout as JSON Lines or CSV. pubkey prints the public key
that checkpoints and receipts verify with (--history: every key the log
has used, each hand-over endorsement checked). rotate-key replaces the
signing key (server stopped): the old key endorses the new one in a
key_rotated event, and the old key files are kept as .retired-<time>. verify-receipt checks a release
receipt offline with the public key alone.

不带 --server 时只读打开数据目录，需先停止服务；服务运行时请用 --server 并在
MISHEN_TOKEN 中提供审计人员令牌。
Without --server the data folder is opened read-only, which needs the server
stopped; while it runs, use --server with an auditor token in MISHEN_TOKEN.

Examples:
  mishen audit verify --data /srv/mishen
  mishen audit verify --data /srv/mishen --checkpoint /mnt/worm/checkpoint-1234 --pubkey "$(cat mishen.pub)"
  mishen audit verify-receipt --pubkey "$(cat mishen.pub)" receipt.json
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
	fs := newFlagSet("audit", env, auditUsage)
	cfg.DataFlags(fs)
	cfg.ClientFlags(fs)
	format := fs.String("format", audit.FormatJSONL, "export: jsonl 或 csv / jsonl or csv")
	cpFile := fs.String("checkpoint", "", "verify: 审计人员保存的签名检查点文件 / a signed checkpoint an auditor kept")
	pubKey := fs.String("pubkey", "", "验证公钥或其文件（可含多行），默认取数据目录中的 / public key or its file (one a line); default: the data folder's")
	history := fs.Bool("history", false, "pubkey: 列出日志用过的全部公钥 / every key the log has used")
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if err != nil {
		return ExitUsage
	}
	usageErr := usageError(env, "audit")
	switch {
	case len(pos) == 2 && pos[0] == "verify-receipt":
		return verifyReceipt(env, cfg.DataDir, *pubKey, pos[1])
	case len(pos) == 1 && pos[0] == "pubkey":
		vk, err := audit.PublicKey(cfg.DataDir)
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen audit:", err)
			fmt.Fprintln(env.Stderr, "提示 / hint: 公钥在服务第一次启动时生成 / the key is created when mishen serve first starts")
			return ExitFailed
		}
		if *history {
			return keyHistory(env, cfg.DataDir, vk)
		}
		fmt.Fprintln(env.Stdout, vk)
		return ExitOK
	case len(pos) == 1 && pos[0] == "rotate-key":
		return rotateKey(env, cfg.DataDir)
	case len(pos) != 1 || (pos[0] != "verify" && pos[0] != "export"):
		return usageErr("want one action: verify, export, pubkey, rotate-key or verify-receipt RECEIPT")
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
		if *cpFile != "" && *pubKey == "" {
			return usageErr("--checkpoint with --server needs --pubkey (the key you were given, never the server's word)")
		}
		c := &server.Client{Base: cfg.Server, Token: cfg.Token}
		if pos[0] == "verify" {
			code := verifyRemote(env, c)
			if *cpFile != "" {
				if cc := consistencyRemote(env, c, *pubKey, *cpFile); cc != ExitOK {
					return cc
				}
			}
			return code
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
	var cp *audit.Checkpoint
	if *cpFile != "" {
		c, err := openCheckpointFile(cfg.DataDir, *pubKey, *cpFile)
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen audit:", err)
			return ExitFailed
		}
		cp = &c
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	var sum audit.Summary
	err = db.View(func(tx *bolt.Tx) error {
		var err error
		sum, err = review.VerifyTx(tx, cp, func(b audit.Break) { printBreak(out, b) })
		return err
	})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	code := verdict(out, sum.OK, sum.Events, sum.HeadSeq, sum.Head.String(), sum.Breaks)
	if cp != nil && code == ExitOK {
		fmt.Fprintf(out, "与检查点一致 / consistent with the checkpoint of %s: %d events then, root %s\n", cp.Time.Format(time.RFC3339), cp.Size, cp.Root)
	}
	return code
}

// consistencyRemote proves, with the public key alone, that the running
// server's log extends a checkpoint the auditor kept: it fetches the
// server's latest signed checkpoint and the consistency proof and checks
// both offline.
func consistencyRemote(env Env, c *server.Client, pubFlag, path string) int {
	kept, err := openCheckpointFile("", pubFlag, path)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	vk, _ := publicKey("", pubFlag)
	resp, err := c.Consistency(context.Background(), kept.Size)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", describe(err))
		return ExitFailed
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	cur, err := audit.OpenCheckpoint([]byte(resp.Checkpoint), vk)
	if err != nil {
		fmt.Fprintf(out, "BROKEN [checkpoint]: 服务器返回的检查点签名无效 / the server's checkpoint does not verify: %v\n", err)
		return ExitFound
	}
	su, err := audit.SuiteNamed(cur.Suite)
	if err == nil && cur.Suite != kept.Suite {
		err = fmt.Errorf("suite changed from %s to %s", kept.Suite, cur.Suite)
	}
	if err == nil && cur.Size < kept.Size {
		fmt.Fprintf(out, "BROKEN [checkpoint]: 保存的检查点（%s）证明日志当时已有 %d 个事件，服务器现在签出的只有 %d 个：日志被截去或回退 / the log was cut back or rolled back\n",
			kept.Time.Format(time.RFC3339), kept.Size, cur.Size)
		return ExitFound
	}
	if err == nil {
		err = audit.VerifyConsistency(su, kept.Size, cur.Size, resp.Proof, kept.Root, cur.Root)
	}
	if err != nil {
		fmt.Fprintf(out, "BROKEN [checkpoint]: 服务器的日志不是保存的检查点（%d 个事件，%s）的一致延续：其中有事件被改写 / the log does not extend the checkpoint: %v\n",
			kept.Size, kept.Time.Format(time.RFC3339), err)
		return ExitFound
	}
	fmt.Fprintf(out, "与检查点一致 / consistent with the checkpoint of %s: %d events then, %d now (signed %s), proven by %d hashes\n",
		kept.Time.Format(time.RFC3339), kept.Size, cur.Size, cur.Time.Format(time.RFC3339), len(resp.Proof))
	return ExitOK
}

// publicKey is --pubkey as given (a key, or a file holding one), or the
// data folder's public key.
func publicKey(dataDir, flagValue string) (string, error) {
	switch {
	case flagValue == "":
		return audit.PublicKeys(dataDir)
	case strings.HasPrefix(flagValue, audit.KeyName+"+"):
		return flagValue, nil
	}
	b, err := os.ReadFile(flagValue)
	if err != nil {
		return "", fmt.Errorf("reading the public key: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

func openCheckpointFile(dataDir, pubFlag, path string) (audit.Checkpoint, error) {
	vk, err := publicKey(dataDir, pubFlag)
	if err != nil {
		return audit.Checkpoint{}, err
	}
	msg, err := os.ReadFile(path)
	if err != nil {
		return audit.Checkpoint{}, err
	}
	return audit.OpenCheckpoint(msg, vk)
}

// verifyReceipt checks a release receipt offline.
func verifyReceipt(env Env, dataDir, pubFlag, path string) int {
	vk, err := publicKey(dataDir, pubFlag)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	var raw []byte
	if path == "-" {
		raw, err = io.ReadAll(io.LimitReader(env.Stdin, 1<<20))
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	var rc review.Receipt
	if err := json.Unmarshal(raw, &rc); err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit: the receipt is not JSON:", err)
		return ExitFailed
	}
	cp, err := review.VerifyReceipt(&rc, vk)
	if err != nil {
		fmt.Fprintf(env.Stdout, "回执无效 / receipt INVALID: %v\n", err)
		return ExitFound
	}
	fmt.Fprintf(env.Stdout, "回执有效 / receipt valid: review %s, content %s released by %s at %s, event #%d in the log of %d events signed at %s (root %s)\n",
		rc.ReviewID, rc.ContentSHA256, rc.ReleasedBy, rc.ReleasedAt.Format(time.RFC3339), rc.AuditSeq, cp.Size, cp.Time.Format(time.RFC3339), cp.Root)
	return ExitOK
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

// keyHistory prints every public key the log has used, oldest first.
func keyHistory(env Env, dataDir, current string) int {
	db, err := store.Open(dataDir, store.Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	defer db.Close()
	var keys []string
	err = db.View(func(tx *bolt.Tx) error {
		var err error
		keys, err = audit.KeyHistory(audit.Bolt(tx), current)
		return err
	})
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFound
	}
	if keys[len(keys)-1] != current {
		fmt.Fprintf(env.Stderr, "mishen audit: the data folder's key is not the last one the log hands over to\n")
		return ExitFound
	}
	for _, k := range keys {
		fmt.Fprintln(env.Stdout, k)
	}
	return ExitOK
}

// rotateKey replaces the signing key, recording the hand-over in the log.
func rotateKey(env Env, dataDir string) int {
	db, err := store.Open(dataDir, store.Options{}, review.Init)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		if errors.Is(err, store.ErrLocked) {
			fmt.Fprintln(env.Stderr, "提示 / hint: 请先停止 mishen serve / stop mishen serve first")
		}
		return ExitFailed
	}
	defer db.Close()
	su, err := review.LogSuite(db)
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	ev, commit, err := audit.PrepareRotation(dataDir, su, time.Now())
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	a := review.LocalActor()
	ev.Actor, ev.Role = a.Name, string(a.Role)
	var stored audit.Event
	err = db.UpdateNow(func(tx *bolt.Tx) error {
		var err error
		stored, err = audit.Append(audit.Bolt(tx), ev)
		return err
	})
	if err == nil {
		err = commit()
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "mishen audit:", err)
		return ExitFailed
	}
	fmt.Fprintf(env.Stdout, "签名密钥已更换 / signing key rotated at event #%d; new public key:\n%s\n", stored.Seq, ev.Details["new_key"])
	return ExitOK
}
