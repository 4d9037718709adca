package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

const rulesUsage = `用法: mishen rules test FILE...
      mishen rules check FILE...

自定义检测规则文件（TOML，格式见 docs/rules.md）:
  test   检查文件格式，并运行每条规则自带的示例：must 中的每段文字都必须被该规则发现，
         must_not 中的每段文字都不得被该规则报告（与 gitleaks 规则的正反例相同）。
         示例经过完整的扫描流程（规范化、内置词典与检测器、排除项），与 mishen scan 一致。
  check  只检查文件格式（正则表达式、类别、级别、校验算法……），不运行示例。

退出码: 0 全部通过；1 有示例未通过；2 用法错误或规则文件有误。

Validates a rules file and runs every rule's must / must_not examples
through the whole scan (exit 0 all pass, 1 an example failed, 2 a usage
error or an invalid file).

Flags:
`

func runRules(env Env, args []string) int {
	fs := newFlagSet("rules", env, rulesUsage)
	var dicts multiFlag
	fs.Var(&dicts, "dict", "额外词典目录，与 mishen scan 相同 / extra dictionary folder, as for scan")
	rest, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if err != nil {
		return ExitUsage
	}
	if len(rest) < 2 || (rest[0] != "test" && rest[0] != "check") {
		fmt.Fprintln(env.Stderr, "mishen rules: 用法 mishen rules test|check FILE...（mishen rules --help 查看说明）")
		return ExitUsage
	}
	status := ExitOK
	for _, file := range rest[1:] {
		rs, err := detect.LoadRules(file)
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen rules: %v\n", err)
			status = ExitUsage
			continue
		}
		if rest[0] == "check" {
			fmt.Fprintf(env.Stdout, "%s: %d 条规则，格式正确\n", file, rs.Len())
			continue
		}
		sc, err := scan.New(scan.Config{DictDirs: dicts, RulesFile: file})
		if err != nil {
			fmt.Fprintf(env.Stderr, "mishen rules: %v\n", err)
			status = ExitUsage
			continue
		}
		if failed := testRules(env, sc, file, rs); failed > 0 && status == ExitOK {
			status = ExitFound
		}
	}
	return status
}

// testRules runs every rule's examples through sc and reports each rule;
// it returns the number of examples that failed.
func testRules(env Env, sc *scan.Scanner, file string, rs *detect.Rules) int {
	failed, total := 0, 0
	for _, d := range rs.Detectors() {
		bad := 0
		for i, v := range d.Must {
			total++
			if fs := ruleFindings(sc, v, d.Rule); len(fs) == 0 {
				bad++
				fmt.Fprintf(env.Stdout, "FAIL %s must[%d]: 没有发现 / not found in %q\n", d.Rule, i, v)
			}
		}
		for i, v := range d.MustNot {
			total++
			if fs := ruleFindings(sc, v, d.Rule); len(fs) > 0 {
				bad++
				fmt.Fprintf(env.Stdout, "FAIL %s must_not[%d]: 误报 / reported in %q: %s\n", d.Rule, i, v, fs[0].Excerpt)
			}
		}
		if bad == 0 {
			fmt.Fprintf(env.Stdout, "ok   %s（%d 个正例，%d 个反例）\n", d.Rule, len(d.Must), len(d.MustNot))
		}
		failed += bad
	}
	fmt.Fprintf(env.Stdout, "%s: %d 条规则，%d 个示例，%d passed, %d failed\n", file, rs.Len(), total, total-failed, failed)
	return failed
}

// ruleFindings scans one example as a plain-text file and returns the
// findings of rule.
func ruleFindings(sc *scan.Scanner, text, rule string) []report.Finding {
	r := sc.Scan(context.Background(), "example.txt", []byte(text))
	var out []report.Finding
	for _, f := range r.Findings {
		if f.Rule == rule || strings.HasPrefix(f.Rule, rule+".") {
			out = append(out, f)
		}
	}
	return out
}
