package redact

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

// Operator says what becomes of a personal value.
type Operator string

// The operators.
const (
	// Mask keeps the ends of a value, as excerpts do (110101********4514,
	// 139****5678). It is the default.
	Mask Operator = "mask"
	// Label replaces the whole value with Options.Label (【已删除】).
	Label Operator = "label"
	// Remove deletes the value.
	Remove Operator = "remove"
)

// DefaultLabel is what Label writes when Options.Label is empty.
const DefaultLabel = "【已删除】"

// Options say how to clean. The zero value masks every personal value
// that needs a human (IDs, cards, mobiles, passports, plates) and leaves
// e-mail addresses, which agencies publish routinely.
type Options struct {
	Operator Operator
	// Label is the text Label writes; DefaultLabel when empty.
	Label string
	// Keep are categories the clerk chose to keep (a published contact
	// mobile): they are not changed and the rescan may report them.
	Keep []report.Category
	// Email masks e-mail addresses too.
	Email bool
}

// Change is one value that was changed. It never holds the raw value.
type Change struct {
	Category report.Category `json:"category"`
	// Part is the member of the package (word/document.xml) or the
	// place in the page (text, attribute) the value was in.
	Part string `json:"part"`
	// Where says it for a person: 正文第 3 段, 第 2 张幻灯片,
	// 工作表“名单”单元格 C4, 第 4 行.
	Where string `json:"where,omitempty"`
	// Masked is the value as every excerpt shows it.
	Masked string `json:"masked"`
	// Now is what the cleaned copy holds in its place.
	Now string `json:"now"`
}

// Refusal says why no cleaned copy is made.
type Refusal struct {
	// Rule names the reason for programs: redact.classified_marking,
	// redact.sensitive_term, redact.unreadable, redact.format,
	// redact.residue.
	Rule string `json:"rule"`
	// Reason says it in Chinese, with what to do.
	Reason string `json:"reason"`
}

func (r *Refusal) Error() string { return "redact: " + r.Reason }

// Result is a cleaned copy, or the reason there is none.
type Result struct {
	// Data is the cleaned file; nil when Refused.
	Data []byte `json:"-"`
	// Format is the format of the file (and of the cleaned copy).
	Format string `json:"format"`
	// Changes are the values changed, in document order, masked.
	Changes []Change `json:"changes"`
	// Removed says in Chinese what residue was removed ("接受修订 2 处").
	Removed []string `json:"removed"`
	// Refused is set when no cleaned copy is offered.
	Refused *Refusal `json:"refused,omitempty"`
	// Before is the scan of the original file.
	Before report.Report `json:"before"`
	// After is the scan of the cleaned copy: pass, or review only for
	// what is kept (Options.Keep, review-severity terms and possible
	// markings). Empty when Refused before the copy was made.
	After *report.Report `json:"after,omitempty"`
}

// ErrTooLarge is returned for a file over the scanner's size limit.
var ErrTooLarge = errors.New("redact: file over size limit")

// Clean makes the cleaned copy of one file. Refusals are results, not
// errors: err is for a file that cannot be handled at all (over the size
// limit, a canceled ctx).
func Clean(ctx context.Context, sc *scan.Scanner, name string, data []byte, opts Options) (Result, error) {
	if opts.Operator == "" {
		opts.Operator = Mask
	}
	switch opts.Operator {
	case Mask, Label, Remove:
	default:
		return Result{}, fmt.Errorf("redact: unknown operator %q", opts.Operator)
	}
	if opts.Label == "" {
		opts.Label = DefaultLabel
	}
	lim := sc.Limits()
	if lim.MaxFileBytes > 0 && int64(len(data)) > lim.MaxFileBytes {
		return Result{}, ErrTooLarge
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	eng := sc.Engine()
	d := sc.Read(ctx, name, data)
	before := reportOf(eng, name, data, d)
	res := Result{Format: d.Format, Before: before, Changes: []Change{}, Removed: []string{}}
	if r := refuseBefore(d.Format, before.Findings); r != nil && (r.Rule == "redact.classified_marking" || supported(d.Format)) {
		res.Refused = r
		return res, nil
	}
	if !supported(d.Format) {
		res.Refused = refuseFormat(d.Format)
		return res, nil
	}
	vals, cells := documentValues(eng, d, opts)
	m := newMasker(eng, opts, vals)
	m.cells = cells
	var out []byte
	var removed []string
	var err error
	switch d.Format {
	case extract.FormatText:
		out, err = cleanText(m, data)
	case extract.FormatHTML:
		out, removed, err = cleanHTML(m, data)
	case extract.FormatDOCX:
		out, removed, err = cleanDOCX(m, data, lim)
	case extract.FormatXLSX:
		out, removed, err = cleanXLSX(m, data, lim)
	case extract.FormatPPTX:
		out, removed, err = cleanPPTX(m, data, lim)
	case extract.FormatOFD:
		out, removed, err = cleanOFD(m, data, lim)
	case extract.FormatPDF:
		out, removed, err = cleanPDF(ctx, m, data)
	default:
		res.Refused = refuseFormat(d.Format)
		return res, nil
	}
	if err != nil {
		var r *Refusal
		if errors.As(err, &r) {
			res.Refused = r
			return res, nil
		}
		res.Refused = &Refusal{Rule: "redact.damaged", Reason: "文件结构无法按原格式改写（" + err.Error() + "），未生成脱敏稿；请在办公软件中另存后重新提交，或人工处理"}
		return res, nil
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	res.Changes = m.changes
	res.Removed = append(res.Removed, removed...)
	after := sc.Scan(ctx, name, out)
	res.After = &after
	if r := refuseAfter(after.Findings, opts); r != nil {
		res.Refused = r
		return res, nil
	}
	res.Data = out
	return res, nil
}

// reportOf is the report Scanner.Scan gives, from a document already
// read: the original is extracted once (OCR of its pictures included).
func reportOf(eng *detect.Engine, name string, data []byte, d *doc.Document) report.Report {
	sum := sha256.Sum256(data)
	r := report.Report{File: name, Format: d.Format, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(data)), DictVersion: eng.Dict().Version()}
	r.Findings = scan.Document(eng, d)
	r.Verdict = report.Verdict(r.Findings)
	return r
}

// refuseBefore refuses a document the machine must not clean.
func refuseBefore(format string, fs []report.Finding) *Refusal {
	for _, f := range fs {
		if f.Category == report.ClassifiedMarking && f.Severity == report.Block {
			return &Refusal{Rule: "redact.classified_marking", Reason: fmt.Sprintf(
				"文件%s有密级标志“%s”：标有密级的文件不能通过删去标志来公开，不生成脱敏稿；请停止发布，按保密规定处理（如需公开，须经定密机关解密或依法审查后重新形成公开版本）",
				place(f.Location), hit(f))}
		}
	}
	for _, f := range fs {
		if f.Category == report.SensitiveTerm && f.Severity == report.Block {
			return &Refusal{Rule: "redact.sensitive_term", Reason: fmt.Sprintf(
				"文件%s有须阻断的敏感词“%s”：敏感内容不由机器删改，不生成脱敏稿；请由起草人修改原文并经保密审查后重新提交",
				place(f.Location), hit(f))}
		}
	}
	for _, f := range fs {
		if f.Category == report.Unreadable {
			return &Refusal{Rule: "redact.unreadable", Reason: fmt.Sprintf(
				"文件%s有未能完整读取的内容（%s），无法保证脱敏稿干净，不生成脱敏稿；请人工处理该部分后重新提交",
				place(f.Location), strings.TrimRight(f.Message, "。"))}
		}
	}
	return nil
}

// supported reports whether Clean makes cleaned copies of a format.
func supported(format string) bool {
	switch format {
	case extract.FormatText, extract.FormatHTML, extract.FormatDOCX, extract.FormatXLSX, extract.FormatPPTX, extract.FormatOFD, extract.FormatPDF:
		return true
	}
	return false
}

func refuseFormat(format string) *Refusal {
	switch format {
	case extract.FormatOOXMLEncrypted:
		return &Refusal{Rule: "redact.format", Reason: "文件设有打开密码，无法读取，不生成脱敏稿；请解除密码后重新提交"}
	}
	return &Refusal{Rule: "redact.format", Reason: fmt.Sprintf("%s 格式暂不支持自动生成脱敏稿（支持 DOCX、XLSX、PPTX、HTML、纯文本、OFD 和 PDF）；请转换为上述格式后重新提交，或人工处理", extract.Label(format))}
}

// refuseAfter refuses a cleaned copy whose rescan still finds something
// that cleaning should have removed: the copy is never offered dirty.
func refuseAfter(fs []report.Finding, opts Options) *Refusal {
	if r := refuseBefore("", fs); r != nil {
		r.Rule = "redact.rescan"
		return r
	}
	var left []report.Finding
	for _, f := range fs {
		switch {
		case slices.Contains(opts.Keep, f.Category):
		case f.Severity == report.Info:
		case f.Category == report.SensitiveTerm, f.Category == report.ClassifiedMarking, f.Category == report.InternalAddress:
			// Left for a reviewer: never removed by a machine.
		default:
			left = append(left, f)
		}
	}
	if len(left) == 0 {
		return nil
	}
	var ps []string
	for _, f := range left[:min(len(left), 5)] {
		what := f.Category.Label()
		switch f.Location.Part {
		case doc.OCR:
			what += "（在图片或扫描页上，文字识别读出）"
		case doc.FormField:
			what += "（在表单字段中）"
		}
		ps = append(ps, what+place(f.Location))
	}
	more := ""
	if len(left) > 5 {
		more = fmt.Sprintf("等 %d 处", len(left))
	}
	return &Refusal{Rule: "redact.rescan", Reason: fmt.Sprintf(
		"脱敏后复查仍发现未能自动处理的内容：%s%s；不提供脱敏稿，请在原文件中处理这些位置后重新提交", strings.Join(ps, "，"), more)}
}

// place says where a finding is, in words, with a leading space.
func place(l report.Location) string {
	var b strings.Builder
	if l.File != "" {
		fmt.Fprintf(&b, " %s", l.File)
	}
	if l.Page > 0 {
		fmt.Fprintf(&b, " 第 %d 页", l.Page)
	}
	if l.Sheet != "" {
		fmt.Fprintf(&b, " 工作表“%s”", l.Sheet)
	}
	if l.Cell != "" {
		fmt.Fprintf(&b, " 单元格 %s", l.Cell)
	}
	if l.Line > 0 {
		fmt.Fprintf(&b, " 第 %d 行", l.Line)
	}
	if b.Len() == 0 {
		return ""
	}
	return "（" + strings.TrimSpace(b.String()) + "）"
}

// hit is the masked value of a finding, from its excerpt.
func hit(f report.Finding) string {
	ex := []rune(f.Excerpt)
	if f.HitStart >= 0 && f.HitEnd <= len(ex) && f.HitStart < f.HitEnd {
		return string(ex[f.HitStart:f.HitEnd])
	}
	return f.Category.Label()
}

// documentValues are the personal values the scan finds anywhere in the
// document, with the context of the whole part (a column heading, a
// 身份证号 two cells away), so that a value found only in context is
// masked wherever it stands.
//
// cells are the values found in spreadsheet cells, by member and
// reference (xl/worksheets/sheet1.xml!C4): a number that lost its last
// digits (an ID stored as a number) is known only there.
func documentValues(eng *detect.Engine, d *doc.Document, opts Options) (map[string]report.Category, map[string]cellValue) {
	vals := map[string]report.Category{}
	cells := map[string]cellValue{}
	for _, p := range d.Parts {
		sp := eng.ScanCells(p.Text, p.Cells, report.Location{Part: p.Kind, File: p.File, Page: p.Page, Sheet: p.Sheet})
		rs := []rune(p.Text)
		for _, f := range sp.Findings {
			if !opts.masks(f) || f.Location.End > len(rs) || f.Location.Start >= f.Location.End {
				continue
			}
			if k := key(rs[f.Location.Start:f.Location.End]); len([]rune(k)) >= 5 {
				vals[k] = f.Category
			}
			if f.Location.Cell != "" && p.File != "" {
				cells[canon(p.File)+"!"+f.Location.Cell] = cellValue{f.Category, detect.MaskValue(f.Category, string(rs[f.Location.Start:f.Location.End]))}
			}
		}
	}
	// What the extractor itself found in a cell (an ID stored as a
	// number): the cell is known, its value is masked from the number.
	for _, f := range d.Findings {
		if opts.masks(f) && f.Location.Cell != "" && f.Location.File != "" {
			k := canon(f.Location.File) + "!" + f.Location.Cell
			if _, ok := cells[k]; !ok {
				cells[k] = cellValue{cat: f.Category}
			}
		}
	}
	return vals, cells
}

// cellValue is a personal value found in a spreadsheet cell, masked.
type cellValue struct {
	cat    report.Category
	masked string
}

// masks reports whether the options change finding f.
func (o Options) masks(f report.Finding) bool {
	if !detect.IsPersonal(f.Category) || slices.Contains(o.Keep, f.Category) {
		return false
	}
	if f.Category == report.Email {
		return o.Email
	}
	return f.Severity != report.Info
}
