package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/server"
	"github.com/mishen-gov/mishen/internal/webhook"
)

const webhookUsage = `Usage:
  mishen webhook add URL [--events review.decided,review.released,review.expired] [--data DIR | --server URL]
  mishen webhook list [--json] [--data DIR | --server URL]
  mishen webhook remove ID [--data DIR | --server URL]
  mishen webhook deliveries ID [--limit N] [--json] [--data DIR | --server URL]

登记接收审查事件的 webhook 地址（CMS），列出、删除，并查看投递记录。add 在标准输出
只打印签名密钥（whsec_…），且只打印这一次；接收方用它校验 Mishen-Signature 头。
Register the endpoints that receive review events, list and remove them, and
see their deliveries. add prints the signing secret alone on stdout, once.

事件 / events: review.decided（通过或退回）、review.released（已发布）、
review.expired（待审稿件超过保存期被删除）。内容只有编号、状态、结论、带密钥摘要和计数。

服务运行时请用 --server 并在 MISHEN_TOKEN 中提供管理员令牌。
While the server runs, use --server with an admin token in MISHEN_TOKEN.

Examples:
  SECRET=$(MISHEN_TOKEN=$ADMIN mishen webhook add https://cms.example.gov.cn/mishen-hook --server http://127.0.0.1:8080)
  MISHEN_TOKEN=$ADMIN mishen webhook deliveries wh_abc --server http://127.0.0.1:8080

Flags:
`

// webhookOps is where webhook commands act: the data folder or the server.
type webhookOps interface {
	add(url string, events []string) (webhook.Endpoint, error)
	list() ([]webhook.Endpoint, error)
	remove(id string) (webhook.Endpoint, error)
	deliveries(id string, limit int) ([]webhook.Delivery, error)
}

type localWebhooks struct{ h *webhook.Hub }

func (l localWebhooks) add(u string, ev []string) (webhook.Endpoint, error) {
	return l.h.Add(review.LocalActor(), u, ev)
}
func (l localWebhooks) list() ([]webhook.Endpoint, error) { return l.h.List() }
func (l localWebhooks) remove(id string) (webhook.Endpoint, error) {
	return l.h.Remove(review.LocalActor(), id)
}
func (l localWebhooks) deliveries(id string, n int) ([]webhook.Delivery, error) {
	return l.h.Deliveries(id, n)
}

type remoteWebhooks struct{ c *server.Client }

func (r remoteWebhooks) add(u string, ev []string) (webhook.Endpoint, error) {
	return r.c.AddWebhook(context.Background(), u, ev)
}
func (r remoteWebhooks) list() ([]webhook.Endpoint, error) {
	return r.c.ListWebhooks(context.Background())
}
func (r remoteWebhooks) remove(id string) (webhook.Endpoint, error) {
	return r.c.RemoveWebhook(context.Background(), id)
}
func (r remoteWebhooks) deliveries(id string, n int) ([]webhook.Delivery, error) {
	return r.c.WebhookDeliveries(context.Background(), id, n)
}

// runWebhook registers, lists and removes webhook endpoints and shows
// their deliveries, offline or via the server.
func runWebhook(env Env, args []string) int {
	var events *string
	var limit *int
	var asJSON *bool
	cfg, pos, code := parseActions(env, "webhook", webhookUsage, "add, list, remove or deliveries", args, func(fs *flag.FlagSet) {
		events = fs.String("events", "", "add: 逗号分隔的事件类型，默认全部 / comma-separated event types, all by default")
		limit = fs.Int("limit", 50, "deliveries: 最多显示几条 / how many to show")
		asJSON = fs.Bool("json", false, "list, deliveries: JSON 输出 / print JSON")
	})
	if pos == nil {
		return code
	}
	usageErr := usageError(env, "webhook")
	verb := pos[0]
	switch {
	case verb == "add" && len(pos) != 2:
		return usageErr("add needs the URL")
	case verb == "list" && len(pos) != 1:
		return usageErr("list takes no arguments")
	case (verb == "remove" || verb == "deliveries") && len(pos) != 2:
		return usageErr(verb + " needs the webhook's ID (see mishen webhook list)")
	case verb != "add" && verb != "list" && verb != "remove" && verb != "deliveries":
		return usageErr(fmt.Sprintf("unknown action %q", verb))
	}
	var ops webhookOps
	if cfg.Server != "" {
		if cfg.Token == "" {
			return usageErr("--server needs an admin token in MISHEN_TOKEN")
		}
		ops = remoteWebhooks{&server.Client{Base: cfg.Server, Token: cfg.Token}}
	} else {
		db, svc, closeAll, code := openLocal(env, "webhook", cfg, pos)
		if code != ExitOK {
			return code
		}
		defer closeAll()
		h, err := webhook.New(db, webhook.Options{Record: webhook.Audited(svc)})
		if err != nil {
			fmt.Fprintln(env.Stderr, "mishen webhook:", err)
			return ExitFailed
		}
		ops = localWebhooks{h}
	}
	fail := func(err error) int {
		fmt.Fprintln(env.Stderr, "mishen webhook:", describe(err))
		return ExitFailed
	}
	printJSON := func(v any) {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(v)
	}
	switch verb {
	case "add":
		var ev []string
		if *events != "" {
			ev = strings.Split(*events, ",")
		}
		ep, err := ops.add(pos[1], ev)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintln(env.Stdout, ep.Secret)
		fmt.Fprintf(env.Stderr, "mishen webhook: 已登记 %s（%s）；签名密钥只显示这一次。/ registered %s; the signing secret is shown only once.\n",
			ep.ID, strings.Join(ep.Events, ","), ep.ID)
	case "list":
		eps, err := ops.list()
		if err != nil {
			return fail(err)
		}
		if *asJSON {
			printJSON(eps)
			return ExitOK
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tURL\tEVENTS\tCREATED\tCREATED BY")
		for _, ep := range eps {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", ep.ID, ep.URL, strings.Join(ep.Events, ","), ep.CreatedAt.Local().Format(time.DateTime), ep.CreatedBy)
		}
		tw.Flush()
	case "remove":
		ep, err := ops.remove(pos[1])
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stderr, "mishen webhook: 已删除 %s / removed %s\n", ep.ID, ep.ID)
	case "deliveries":
		ds, err := ops.deliveries(pos[1], *limit)
		if err != nil {
			return fail(err)
		}
		if *asJSON {
			printJSON(ds)
			return ExitOK
		}
		printDeliveries(env.Stdout, ds)
	}
	return ExitOK
}

func printDeliveries(w io.Writer, ds []webhook.Delivery) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DELIVERY\tEVENT\tTYPE\tREVIEW\tSTATE\tATTEMPTS\tLAST\tNEXT")
	for _, d := range ds {
		last := d.LastError
		if last == "" && d.LastStatus != 0 {
			last = fmt.Sprintf("HTTP %d", d.LastStatus)
		}
		next := ""
		if !d.NextAt.IsZero() {
			next = d.NextAt.Local().Format(time.DateTime)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", d.ID, d.EventID, d.Type, d.ReviewID, d.State, d.Attempts, last, next)
	}
	tw.Flush()
}
