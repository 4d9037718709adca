package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mishen-gov/mishen/internal/redact"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

const redactUsage = `用法: mishen redact FILE -o OUT [--operator mask|label|remove] [--label 文字] [--keep 类别,...]

生成脱敏稿（区分处理稿）：与原文件同一格式，个人信息就地脱敏（身份证号保留前6位和后4位，
手机号保留前3位和后4位，银行卡号保留前6位和后4位），并清除读者看不到的残留内容：
接受修订（删除的内容删去，插入的内容保留）、删除批注、隐藏文字、隐藏的工作表、行、列和
幻灯片，清除文档属性（作者、最后修改人、单位、自定义属性），删除网页注释和带内容的隐藏
元素与隐藏字段。文字在原有的文字块内修改，字体、字号等格式不变。

支持 DOCX、XLSX、PPTX、HTML、纯文本、OFD（只能逐字遮盖，即 --operator mask）和 PDF。
PDF 是真正的删除：要隐去的字形从内容流中删去，原位留白，其余文字位置不变（不是盖黑框，
复制、搜索都得不到原值）；需要 qpdf。
脱敏稿生成后会重新扫描：只有复查通过（或只剩您选择保留的内容和须由审查员判断的敏感词、
内网地址）才写出文件。

以下情况不生成脱敏稿，并说明原因（退出码 1）：
  - 文件有密级标志：标有密级的文件不能靠删去标志来公开；
  - 文件有须阻断的敏感词：敏感内容不由机器删改；
  - 文件有未能完整读取的内容（加密、损坏、无法识别的嵌入对象、扫描件等）；
  - PDF 中要删的文字字宽未知、内容流无法解码，或值在图片、表单、注释中；
  - 带电子签章的 OFD、含图片的 OFD 页面（可能是扫描件）、字形编号绘制的 OFD 文字；
  - 复查仍发现个人信息或隐藏内容。

退出码: 0 已写出脱敏稿；1 拒绝生成（原因见标准错误）；2 用法错误或文件无法打开。

示例:
  mishen redact 通知.docx -o 通知-脱敏.docx
  mishen redact 名单.xlsx -o 名单-脱敏.xlsx --operator label            # 整体替换为【已删除】
  mishen redact 名单.xlsx -o 名单-脱敏.xlsx --operator label --label "（略）"
  mishen redact 公告.html -o 公告-脱敏.html --operator remove           # 直接删去
  mishen redact 通知.docx -o 通知-脱敏.docx --keep mobile_phone        # 保留单位公开的联系手机
  mishen redact 通知.txt -o - > 通知-脱敏.txt                            # 写到标准输出
  mishen redact 通知.docx -o 通知-脱敏.docx --json | jq .changes        # 改了什么（只含脱敏后的值）

Flags:
`

// runRedact writes the cleaned copy of one file.
func runRedact(env Env, args []string) int {
	fset := flag.NewFlagSet("redact", flag.ContinueOnError)
	fset.SetOutput(env.Stderr)
	fset.Usage = func() {
		io.WriteString(env.Stderr, redactUsage)
		fset.PrintDefaults()
	}
	out := fset.String("o", "", "脱敏稿写到此文件（- 为标准输出）；不能与原文件相同")
	op := fset.String("operator", "mask", "个人信息的处理方式：mask 部分遮盖（默认），label 整体替换为标签，remove 删除")
	label := fset.String("label", redact.DefaultLabel, "--operator label 时替换成的文字")
	keep := fset.String("keep", "", "保留不改的类别，逗号分隔（如 mobile_phone,email）")
	email := fset.Bool("email", false, "电子邮箱也脱敏（默认保留，单位公开邮箱通常可以发布）")
	jsonOut := fset.Bool("json", false, "把结果（改动、清除的残留、复查结论）以 JSON 输出")
	var dicts multiFlag
	fset.Var(&dicts, "dict", "额外词典目录或文件，可多次给出（默认只用内置词典）")
	isolate := fset.Bool("isolate", true, "在子进程中读取文件，限制其 CPU 和内存")
	cfg, ok := envConfig(env, "redact")
	if !ok {
		return ExitUsage
	}
	cfg.LimitFlags(fset)
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			// Asked for, the usage is the answer: stdout, so that
			// `mishen redact --help | less` works.
			io.WriteString(env.Stdout, redactUsage)
			fset.SetOutput(env.Stdout)
			fset.PrintDefaults()
			return ExitOK
		}
	}
	files, err := parseInterspersed(fset, args)
	if err != nil {
		return ExitUsage // the flag package said why, with the usage
	}
	usageErr := func(msg string) int {
		fmt.Fprintf(env.Stderr, "mishen redact: %s\n\n", msg)
		fset.Usage()
		return ExitUsage
	}
	switch {
	case len(files) != 1:
		return usageErr("请给出一个要脱敏的文件")
	case *out == "":
		return usageErr("请用 -o 给出脱敏稿的文件名")
	}
	opts := redact.Options{Operator: redact.Operator(*op), Label: *label, Email: *email}
	switch opts.Operator {
	case redact.Mask, redact.Label, redact.Remove:
	default:
		return usageErr(fmt.Sprintf("--operator 只能是 mask、label 或 remove，不是 %q", *op))
	}
	for _, k := range strings.Split(*keep, ",") {
		if k = strings.TrimSpace(k); k == "" {
			continue
		}
		if !knownCategory(report.Category(k)) {
			return usageErr(fmt.Sprintf("--keep 中的 %q 不是发现类别", k))
		}
		opts.Keep = append(opts.Keep, report.Category(k))
	}
	in := files[0]
	if *out != "-" && sameFile(in, *out) {
		return usageErr("脱敏稿不能覆盖原文件，请换一个文件名")
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(env.Stderr, "mishen redact:", err)
		return ExitUsage
	}
	data, err := os.ReadFile(in)
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen redact: %s: 无法打开: %v\n", in, pathErr(err))
		return ExitUsage
	}
	sc, err := scan.New(scan.Config{DictDirs: dicts, Isolate: *isolate, Limits: cfg.ScanLimits()})
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen redact: 词典加载失败: %v\n", err)
		return ExitUsage
	}
	defer sc.Close()
	res, err := redact.Clean(context.Background(), sc, in, data, opts)
	if errors.Is(err, redact.ErrTooLarge) {
		fmt.Fprintf(env.Stderr, "mishen redact: %s: 文件超过大小上限 %d 字节\n", in, sc.Limits().MaxFileBytes)
		return ExitUsage
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "mishen redact: %s: %v\n", in, err)
		return ExitFailed
	}
	info := env.Stdout
	if *out == "-" {
		info = env.Stderr
	}
	if *jsonOut {
		b, _ := json.Marshal(res)
		info.Write(append(b, '\n'))
	}
	if res.Refused != nil {
		fmt.Fprintf(env.Stderr, "mishen redact: %s: 未生成脱敏稿：%s\n", in, res.Refused.Reason)
		return ExitFound
	}
	if *out == "-" {
		if _, err := env.Stdout.Write(res.Data); err != nil {
			fmt.Fprintf(env.Stderr, "mishen redact: 写出失败: %v\n", err)
			return ExitFailed
		}
	} else if err := writeFile(*out, res.Data); err != nil {
		fmt.Fprintf(env.Stderr, "mishen redact: %s: 写出失败: %v\n", *out, pathErr(err))
		return ExitUsage
	}
	if !*jsonOut {
		printRedact(info, in, *out, &res)
	}
	return ExitOK
}

// printRedact says what the cleaned copy changed, with masked values only.
func printRedact(w io.Writer, in, out string, res *redact.Result) {
	name := out
	if out == "-" {
		name = "标准输出"
	}
	fmt.Fprintf(w, "%s → %s：脱敏 %d 处", in, name, len(res.Changes))
	if len(res.Removed) > 0 {
		fmt.Fprintf(w, "，%s", strings.Join(res.Removed, "，"))
	}
	fmt.Fprintln(w, "。")
	for _, c := range res.Changes {
		where := c.Where
		if where == "" {
			where = c.Part
		}
		if c.Now == c.Masked {
			fmt.Fprintf(w, "  %s  %s  %s\n", where, c.Category.Label(), c.Masked)
		} else {
			fmt.Fprintf(w, "  %s  %s  %s → %q\n", where, c.Category.Label(), c.Masked, c.Now)
		}
	}
	if res.After != nil {
		fmt.Fprintf(w, "复查：%s", verdictLabel[res.After.Verdict])
		if res.After.Verdict != report.Pass {
			var left []string
			for _, f := range res.After.Findings {
				if f.Severity != report.Info {
					left = append(left, f.Category.Label()+" "+hitOf(f))
				}
			}
			fmt.Fprintf(w, "（保留待审查：%s）", strings.Join(left, "，"))
		}
		fmt.Fprintln(w)
	}
}

func hitOf(f report.Finding) string {
	ex := []rune(f.Excerpt)
	if f.HitStart >= 0 && f.HitEnd <= len(ex) && f.HitStart < f.HitEnd {
		return "“" + string(ex[f.HitStart:f.HitEnd]) + "”"
	}
	return ""
}

func knownCategory(c report.Category) bool {
	for _, k := range report.Categories {
		if k == c {
			return true
		}
	}
	return false
}

// sameFile reports whether two names are one file (or the output is the
// input under another name).
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(sa, sb)
	}
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return aa == bb
}

// writeFile writes data to name through a temporary file in the same
// folder, so that a failed write never leaves half a cleaned copy.
func writeFile(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), ".mishen-redact-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, name)
}
