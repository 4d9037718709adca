package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/store"
)

const tokenUsage = `Usage:
  mishen token create --role ROLE --name NAME [--data DIR | --server URL]
  mishen token list   [--json] [--data DIR | --server URL]
  mishen token revoke NAME [--data DIR | --server URL]

创建、列出、吊销访问令牌。角色：publisher（信息发布人员/CMS）、reviewer（保密审查员）、
auditor（审计人员）、admin（管理员）。create 只在标准输出打印令牌本身，且只打印这一次；
数据库只保存它的 SHA-256。
Create, list and revoke access tokens. create prints the token alone on
stdout, once; only its SHA-256 is stored.

服务未运行时，命令直接打开数据目录；服务运行时数据文件被它占用（bbolt 同一时间只允许
一个进程），请用 --server 并在 MISHEN_TOKEN 中提供管理员令牌，命令经由服务执行。
Without --server the command opens the data folder, which only works while
the server is stopped; while it runs, use --server with an admin token in
MISHEN_TOKEN.

Examples:
  T=$(mishen token create --role publisher --name cms --data /srv/mishen)
  mishen token list --data /srv/mishen
  MISHEN_TOKEN=$ADMIN mishen token revoke cms --server http://127.0.0.1:8080

Environment: MISHEN_DATA (--data), MISHEN_SERVER (--server), MISHEN_TOKEN
(the admin token for --server; environment only).

Flags:
`

// runToken creates, lists and revokes tokens, offline or via the server.
func runToken(env Env, args []string) int {
	var role, name *string
	var asJSON *bool
	cfg, pos, code := parseActions(env, "token", tokenUsage, "create, list or revoke", args, func(fs *flag.FlagSet) {
		role = fs.String("role", "", "create: publisher, reviewer, auditor or admin")
		name = fs.String("name", "", "create: 令牌名称，即审计日志中的操作人 / the name, which is the actor in the trail")
		asJSON = fs.Bool("json", false, "list: JSON 输出 / print JSON")
	})
	if pos == nil {
		return code
	}
	usageErr := usageError(env, "token")
	verb := pos[0]
	switch {
	case verb == "create" && (len(pos) != 1 || *role == "" || *name == ""):
		return usageErr("create needs --role and --name")
	case verb == "list" && len(pos) != 1:
		return usageErr("list takes no arguments")
	case verb == "revoke" && len(pos) != 2:
		return usageErr("revoke needs the token's NAME")
	case verb != "create" && verb != "list" && verb != "revoke":
		return usageErr(fmt.Sprintf("unknown action %q", verb))
	}
	var ops tokenOps
	if cfg.Server != "" {
		if cfg.Token == "" {
			return usageErr("--server needs an admin token in MISHEN_TOKEN")
		}
		ops = remoteTokens{&server.Client{Base: cfg.Server, Token: cfg.Token}}
	} else {
		_, svc, closeAll, code := openLocal(env, "token", cfg, pos)
		if code != ExitOK {
			return code
		}
		defer closeAll()
		ops = localTokens{svc}
	}
	fail := func(err error) int {
		fmt.Fprintln(env.Stderr, "mishen token:", describe(err))
		return ExitFailed
	}
	switch verb {
	case "create":
		r, err := review.ParseRole(*role)
		if err != nil {
			return usageErr(describe(err))
		}
		secret, t, err := ops.create(r, *name)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintln(env.Stdout, secret)
		fmt.Fprintf(env.Stderr, "mishen token: 已为 %s（%s）创建令牌；它只显示这一次，请妥善保存。/ token created for %s (%s); it is shown only once.\n",
			t.Name, t.Role.Label(), t.Name, t.Role)
	case "list":
		ts, err := ops.list()
		if err != nil {
			return fail(err)
		}
		if *asJSON {
			if ts == nil {
				ts = []review.Token{}
			}
			enc := json.NewEncoder(env.Stdout)
			enc.SetIndent("", "  ")
			enc.Encode(ts)
			return ExitOK
		}
		printTokens(env.Stdout, ts)
	case "revoke":
		t, err := ops.revoke(pos[1])
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stderr, "mishen token: 已吊销 %s 的令牌 / revoked the token of %s\n", t.Name, t.Name)
	}
	return ExitOK
}

func printTokens(w io.Writer, ts []review.Token) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tCREATED\tCREATED BY\tSTATUS")
	for _, t := range ts {
		status := "active"
		if t.RevokedAt != nil {
			status = "revoked " + t.RevokedAt.Local().Format(time.DateTime)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", t.Name, t.Role, t.CreatedAt.Local().Format(time.DateTime), t.CreatedBy, status)
	}
	tw.Flush()
}

// describe gives the message of a workflow or API error without prefixes.
func describe(err error) string {
	var re *review.Error
	if errors.As(err, &re) {
		return re.Message
	}
	var ae *server.APIError
	if errors.As(err, &ae) {
		return fmt.Sprintf("%s (HTTP %d %s)", ae.Message, ae.Status, ae.Code)
	}
	return err.Error()
}

// tokenOps is where token commands act: the data folder or the server.
type tokenOps interface {
	create(review.Role, string) (string, review.Token, error)
	list() ([]review.Token, error)
	revoke(string) (review.Token, error)
}

type localTokens struct{ svc *review.Service }

func (l localTokens) create(r review.Role, name string) (string, review.Token, error) {
	return l.svc.CreateToken(review.LocalActor(), r, name)
}
func (l localTokens) list() ([]review.Token, error) { return l.svc.ListTokens(review.LocalActor()) }
func (l localTokens) revoke(name string) (review.Token, error) {
	return l.svc.RevokeToken(review.LocalActor(), name)
}

type remoteTokens struct{ c *server.Client }

func (r remoteTokens) create(role review.Role, name string) (string, review.Token, error) {
	t, err := r.c.CreateToken(context.Background(), role, name)
	return t.Secret, t.Token, err
}
func (r remoteTokens) list() ([]review.Token, error) { return r.c.ListTokens(context.Background()) }
func (r remoteTokens) revoke(name string) (review.Token, error) {
	return r.c.RevokeToken(context.Background(), name)
}

// openLocal opens the data folder for an offline admin command (token,
// webhook): the database and a workflow over it, and a func that closes
// both. When a running server holds the file it says how to go through
// the server instead.
func openLocal(env Env, cmd string, cfg config.Config, pos []string) (*store.DB, *review.Service, func(), int) {
	db, err := store.Open(cfg.DataDir, store.Options{}, review.InitWith(cfg.Crypto))
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen %s: %v\n", cmd, err)
		if errors.Is(err, store.ErrLocked) {
			fmt.Fprintf(env.Stderr, "提示 / hint: MISHEN_TOKEN=<管理员令牌 / admin token> mishen %s %s --server http://127.0.0.1:8080\n",
				cmd, strings.Join(pos, " "))
		}
		return nil, nil, nil, ExitFailed
	}
	svc, err := review.New(cfg, db, nil, review.Hooks{})
	if err != nil {
		db.Close()
		fmt.Fprintf(env.Stderr, "mishen %s: %v\n", cmd, err)
		return nil, nil, nil, ExitFailed
	}
	return db, svc, func() {
		svc.Close()
		db.Close()
	}, ExitOK
}
