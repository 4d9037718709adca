package cli

import (
	"fmt"
	"io"
)

// Exit codes of every subcommand (docs/cli.md lists them per command).
const (
	ExitOK     = 0 // done; for scan: nothing reached --fail-on
	ExitFound  = 1 // scan: a finding reached --fail-on; healthcheck: unhealthy; rules test: an example failed; audit verify: a break
	ExitUsage  = 2 // usage error, bad input file or configuration, a file that cannot be opened
	ExitFailed = 3 // the work could not be done: the database, the network, writing the output
)

// Env is what a subcommand may touch; tests pass buffers.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

type command struct {
	name, summary string
	run           func(env Env, args []string) int
}

func commands() []command {
	return []command{
		{"scan", "扫描文件或标准输入，报告密级标志、敏感词和个人信息", runScan},
		{"patrol", "巡查已发布的网站：抓取页面和附件并逐个扫描", runPatrol},
		{"serve", "启动审查服务（HTTP API 与网页界面）", runServe},
		{"token", "创建、列出、吊销访问令牌", runToken},
		{"webhook", "登记、列出、删除 webhook，查看投递记录", runWebhook},
		{"audit", "校验或导出审计日志", runAudit},
		{"stats", "统计审查工作数据（政务公开年度报告用），导出 CSV", runStats},
		{"form", "生成一段时间内的保密审查单（HTML/PDF），供归档", runForm},
		{"rules", "检查自定义检测规则文件并运行其示例", runRules},
		{"healthcheck", "检查运行中的服务是否健康（用于 Docker HEALTHCHECK）", runHealthcheck},
		{"version", "显示版本与提交", runVersion},
		{"redact", "生成脱敏稿（区分处理）：个人信息脱敏，清除修订、批注和隐藏内容", runRedact},
	}
}

// Main runs mishen with args (without the program name) and returns the
// exit status.
func Main(env Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stdout)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	if args[0] == "--version" || args[0] == "-version" {
		return runVersion(env, nil)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(env, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "mishen: unknown command %q\n\n", args[0])
	usage(env.Stderr)
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "mishen (密审) — 政务公开信息发布前保密审查\n\nUsage: mishen COMMAND [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'mishen COMMAND --help' for a command's flags. 'mishen --version' prints the version.")
}
