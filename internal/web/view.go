package web

import (
	"fmt"
	"html/template"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

func (u *UI) funcs() template.FuncMap {
	return template.FuncMap{
		"asset":        u.assetURL,
		"time":         u.fmtTime,
		"timep":        func(t *time.Time) string { return u.fmtTimeP(t) },
		"iso":          func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"short":        shortHash,
		"verdict":      verdictLabel,
		"severity":     verdictLabel,
		"category":     func(c report.Category) string { return c.Label() },
		"status":       func(s review.Status) string { return s.Label() },
		"role":         func(r any) string { return review.Role(fmt.Sprint(r)).Label() },
		"action":       actionLabel,
		"detail":       detailLabel,
		"add":          func(a, b int) int { return a + b },
		"size":         humanSize,
		"findingWords": findingWords,
	}
}

func (u *UI) fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(u.loc).Format("2006-01-02 15:04:05")
}

func (u *UI) fmtTimeP(t *time.Time) string {
	if t == nil {
		return ""
	}
	return u.fmtTime(*t)
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12] + "…"
	}
	return h
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}

// verdictLabel names a verdict or severity for people.
func verdictLabel(s report.Severity) string {
	switch s {
	case report.Block:
		return "阻断"
	case report.Review:
		return "需人工审查"
	case report.Info:
		return "提示"
	case report.Pass:
		return "通过"
	}
	return string(s)
}

// actionLabels name the audit actions for people.
var actionLabels = map[string]string{
	audit.ActionSubmitted:        "提交稿件",
	audit.ActionScanned:          "机器审查",
	audit.ActionDismissed:        "排除问题",
	audit.ActionApproved:         "批准",
	audit.ActionRejected:         "退回",
	audit.ActionReleased:         "发布",
	audit.ActionDenied:           "拒绝访问",
	audit.ActionTokenCreated:     "签发令牌",
	audit.ActionTokenRevoked:     "吊销令牌",
	audit.ActionDictReloaded:     "重新加载词典",
	audit.ActionDraftDeleted:     "删除稿件原文",
	audit.ActionServerStarted:    "服务启动",
	audit.ActionLogMigrated:      "导入旧审计链",
	audit.ActionKeyRotated:       "更换签名密钥",
	audit.ActionReviewRead:       "查阅审查",
	audit.ActionDraftRead:        "查阅稿件原文",
	audit.ActionTrailExported:    "导出审计日志",
	audit.ActionTrailSearched:    "查询审计日志",
	audit.ActionSigninFailed:     "登录失败",
	audit.ActionStorageRecovered: "存储恢复",
	audit.ActionWithdrawn:        "撤回稿件",
	audit.ActionSuperseded:       "被新版本取代",
	audit.ActionRescanned:        "发布后复查",
	audit.ActionScannedUnstored:  "不留存扫描",
	audit.ActionWebhookAdded:     "登记 webhook",
	audit.ActionWebhookRemoved:   "删除 webhook",
}

// actions lists the actions in a stable order, for the search form.
var actions = []string{audit.ActionSubmitted, audit.ActionScanned, audit.ActionDismissed, audit.ActionApproved,
	audit.ActionRejected, audit.ActionReleased, audit.ActionDenied, audit.ActionTokenCreated,
	audit.ActionTokenRevoked, audit.ActionDictReloaded, audit.ActionDraftDeleted, audit.ActionServerStarted,
	audit.ActionReviewRead, audit.ActionDraftRead, audit.ActionTrailExported, audit.ActionLogMigrated, audit.ActionKeyRotated,
	audit.ActionTrailSearched, audit.ActionSigninFailed, audit.ActionStorageRecovered, audit.ActionWithdrawn,
	audit.ActionSuperseded, audit.ActionRescanned, audit.ActionScannedUnstored, audit.ActionWebhookAdded, audit.ActionWebhookRemoved}

func actionLabel(a string) string {
	if l, ok := actionLabels[a]; ok {
		return l
	}
	if l, ok := patrolActionLabels[a]; ok {
		return l
	}
	return a
}

// detailLabels name the keys of audit details for people.
var detailLabels = map[string]string{
	"files": "文件数", "bytes": "字节数", "file_sha256": "文件哈希", "verdict": "结论", "status": "状态",
	"findings": "问题数", "title_findings": "标题问题数", "title_sha256": "标题哈希", "dict_version": "词典版本", "policy_version": "策略版本", "approvals_required": "所需批准",
	"by_category": "分类统计", "blocking": "阻断项", "draft_kept_until": "原文保留至", "finding_id": "问题编号",
	"category": "类别", "severity": "级别", "rule": "规则", "reason": "理由", "comment": "意见", "approvals": "批准",
	"draft": "稿件原文", "offered_sha256": "提交的哈希", "op": "操作", "name": "名称", "role": "角色",
	"old_version": "原版本", "new_version": "新版本", "version": "版本", "release": "发布次数",
	"file_mac": "文件摘要（带密钥）", "offered_mac": "提交的摘要（带密钥）", "client": "客户端地址",
	"count": "次数", "reasons": "原因", "first": "首次", "last": "末次", "review": "审查编号", "actor": "操作人",
	"action": "事件", "from": "起", "to": "止", "after": "翻页起点", "unrecorded_refusals": "未能记录的拒绝次数",
	"failing_since": "写入失败起始", "first_unrecorded": "首次未记录", "format": "格式",
	"by": "新版本", "supersedes": "取代的版本", "was": "原词典版本", "new_findings": "新发现问题数", "versions": "查阅的版本",
}

func detailLabel(k string) string {
	if l, ok := detailLabels[k]; ok {
		return l
	}
	if l, ok := patrolDetailLabels[k]; ok {
		return l
	}
	return k
}

// partLabels name the parts of a document for people.
var partLabels = map[string]string{
	doc.Body: "正文", doc.Header: "页眉", doc.Footer: "页脚", doc.Footnote: "脚注", doc.Endnote: "尾注",
	doc.TextBox: "文本框", doc.Comment: "批注", doc.TrackedDeletion: "修订（已删除的内容）",
	doc.EarlierRevision: "PDF 早期版本（增量保存前的内容）",
	doc.TrackedInsert:   "修订（插入的内容）", doc.HiddenText: "隐藏文字", doc.MetadataPart: "文档属性",
	doc.HTMLComment: "网页注释", doc.HTMLHidden: "网页隐藏元素", doc.HTMLAttribute: "网页属性文字",
	doc.Sheet: "工作表", doc.HiddenSheet: "隐藏工作表", doc.CellComment: "单元格批注", doc.Page: "页面",
	review.TitlePart: "标题",
	doc.OCR:          "文字识别（扫描件、图片）", doc.Watermark: "水印", doc.AltText: "图片说明（替代文字）",
	doc.LinkTarget: "链接地址", doc.Field: "域代码", doc.ContentControl: "内容控件", doc.FormField: "表单字段",
	doc.Chart: "图表", doc.Glossary: "文档部件库", doc.DataValidation: "数据有效性列表", doc.DefinedName: "定义的名称",
	doc.HTMLMeta: "网页元信息", "notes": "演讲者备注", "hidden_slide": "隐藏的幻灯片", "hidden_shape": "隐藏的形状",
	"slide_master": "母版/版式", doc.Outline: "书签（文档大纲）", doc.SourceText: "文件源码中的其他文字",
}

func partLabel(p string) string {
	if p == "" {
		return "整个文件"
	}
	if l, ok := partLabels[p]; ok {
		return l
	}
	return p
}

// categoryAdvice says what a publisher does about each category, beside
// the finding's own message.
var categoryAdvice = map[report.Category]string{
	report.ClassifiedMarking: "涉密信息不得上网：请核实是否属于国家秘密；如是，停止公开并按保密规定处理；如系误标，请删除密级标志后重新提交",
	report.SensitiveTerm:     "请核实该表述是否属于内部事项或工作秘密，删除或改写后重新提交",
	report.IDCard:            "请删除身份证号，或脱敏为只保留前6位和后4位（如 330106********1231）后重新提交",
	report.BankCard:          "请删除银行卡号，或只保留后4位后重新提交",
	report.MobilePhone:       "个人手机号码不应公开：请删除，或改为单位办公电话后重新提交",
	report.Passport:          "请删除证件号码，或脱敏后重新提交",
	report.LicensePlate:      "请对车牌号码脱敏（如 浙A·***12）后重新提交",
	report.InternalAddress:   "请删除内网地址和内部系统链接后重新提交",
	report.Email:             "如为个人邮箱请删除；机关公开邮箱可以保留",
	report.HiddenContent:     "请删除隐藏内容后重新提交",
	report.Metadata:          "请在文件属性中清除作者、单位等信息后重新提交",
	report.Unreadable:        "无法自动审查的内容需人工审查；如可能，请提供未加密、带文字层的文件",
}

// partAdvice says what to do when a finding sits in a part a reader does
// not see; it comes before the category's advice.
var partAdvice = map[string]string{
	doc.TrackedDeletion: "该内容在修订记录中：请删除修订记录（接受或拒绝全部修订）后重新提交",
	doc.TrackedInsert:   "该内容在修订记录中：请删除修订记录（接受或拒绝全部修订）后重新提交",
	doc.EarlierRevision: "该内容在 PDF 的早期版本中（增量保存后仍留在文件里）：请用“另存为”或“打印为 PDF”生成不含早期版本的新文件后重新提交",
	doc.Comment:         "该内容在批注中：请删除批注后重新提交",
	doc.CellComment:     "该内容在单元格批注中：请删除批注后重新提交",
	doc.HiddenText:      "该内容是隐藏文字：请删除隐藏文字后重新提交",
	doc.HiddenSheet:     "该内容在隐藏工作表中：请删除隐藏工作表后重新提交",
	doc.HTMLComment:     "该内容在网页源码注释中：请删除注释后重新提交",
	doc.HTMLHidden:      "该内容在网页隐藏元素中：请删除隐藏元素后重新提交",
	doc.HTMLAttribute:   "该内容在网页属性（如图片说明）中：请修改后重新提交",
	doc.MetadataPart:    "该内容在文档属性中：请清理文档属性后重新提交",
	doc.Watermark:       "该内容是文档水印：请删除或更换水印后重新提交",
	doc.LinkTarget:      "该内容是链接指向的地址（读者点击可见）：请删除或更换链接后重新提交",
	doc.AltText:         "该内容在图片说明（替代文字）中：请修改图片说明后重新提交",
	doc.FormField:       "该内容在表单字段中：请删除字段中的内容后重新提交",
	doc.Outline:         "该内容在PDF书签（文档大纲）中：请修改或删除书签后重新提交",
	doc.SourceText:      "该内容在文件源码中（属性值或未显示的元素）：请用办公软件检查并删除后重新提交",
	"notes":             "该内容在演讲者备注中：请删除或修改备注后重新提交",
	"hidden_slide":      "该内容在隐藏的幻灯片中：请删除隐藏的幻灯片后重新提交",
}

// advice is what to do about f beyond its own message: where the hit
// sits in a part a reader does not see (an ID in a tracked deletion), how
// to get rid of that part; else the category's advice when the engine
// gave no message. The engine's messages already say what to do about the
// hit itself, and hidden_content and metadata findings name their part.
func advice(f report.Finding) string {
	if f.Category != report.HiddenContent && f.Category != report.Metadata {
		if a, ok := partAdvice[f.Location.Part]; ok {
			return a
		}
	}
	if f.Message == "" {
		return categoryAdvice[f.Category]
	}
	return ""
}

// findingRow is one finding as a table row: the excerpt split around the
// hit so that the template can mark it.
type findingRow struct {
	review.Finding
	Before, Hit, After string
	Where              string
	Advice             string
	// Form values when a decision is re-shown after a refusal.
	Checked bool
	Reason  string
	// CanDecide offers the dismissal inputs.
	CanDecide bool
}

func newFindingRow(f review.Finding) findingRow {
	row := findingRow{Finding: f, Where: where(f.Location)}
	rs := []rune(f.Excerpt)
	s, e := max(0, min(f.HitStart, len(rs))), max(0, min(f.HitEnd, len(rs)))
	if e < s {
		e = s
	}
	row.Before, row.Hit, row.After = string(rs[:s]), string(rs[s:e]), string(rs[e:])
	row.Before, row.After = cutMarks(f.Finding, row.Before, row.After)
	row.Advice = advice(f.Finding)
	if strings.Contains(f.Message, row.Advice) {
		row.Advice = ""
	}
	return row
}

// findingGroup is the findings of one part (and page or sheet) of a file.
type findingGroup struct {
	Label string
	// Member is the container member the part came from
	// (word/comments.xml), for the curious.
	Member string
	Part   string
	Rows   []findingRow
}

// fileView is one file of a review with its findings grouped.
type fileView struct {
	review.File
	Index  int
	Groups []findingGroup
	Count  int
}

// titleView is the findings in a review's title, which the CMS publishes
// as the headline; nil when the title has none.
type titleView struct {
	Verdict report.Severity
	Rows    []findingRow
}

func titleFindings(r *review.Review) *titleView {
	var fs []report.Finding
	t := &titleView{}
	for _, f := range r.Findings {
		if f.File == review.TitleFile {
			t.Rows = append(t.Rows, newFindingRow(f))
			fs = append(fs, f.Finding)
		}
	}
	if len(t.Rows) == 0 {
		return nil
	}
	t.Verdict = report.Verdict(fs)
	return t
}

// groupFindings groups findings by file, then by part and page (or
// sheet), in the order the scanner reported them. Title findings are
// not in any file (see titleFindings).
func groupFindings(r *review.Review) []fileView {
	files := make([]fileView, len(r.Files))
	for i, f := range r.Files {
		files[i] = fileView{File: f, Index: i}
	}
	for _, f := range r.Findings {
		if f.File < 0 || f.File >= len(files) {
			continue
		}
		fv := &files[f.File]
		label, member := groupLabel(f.Location)
		gi := slices.IndexFunc(fv.Groups, func(g findingGroup) bool { return g.Label == label && g.Member == member })
		if gi < 0 {
			fv.Groups = append(fv.Groups, findingGroup{Label: label, Member: member, Part: f.Location.Part})
			gi = len(fv.Groups) - 1
		}
		fv.Groups[gi].Rows = append(fv.Groups[gi].Rows, newFindingRow(f))
		fv.Count++
	}
	return files
}

// groupLabel names the part and page (or sheet) of a location for people,
// and the container member it came from.
func groupLabel(l report.Location) (label, member string) {
	label = partLabel(l.Part)
	switch {
	case l.Page > 0:
		label = fmt.Sprintf("第 %d 页", l.Page)
		if l.Part != doc.Page && l.Part != "" {
			label += " · " + partLabel(l.Part)
		}
	case l.Sheet != "":
		label += " · " + l.Sheet
	}
	if l.Part != doc.MetadataPart {
		member = l.File
	}
	return label, member
}

// severityCount is how many findings have each severity.
type severityCount struct {
	Block, Review, Info int
}

func countSeverities(fs []review.Finding) severityCount {
	var c severityCount
	for _, f := range fs {
		switch f.Severity {
		case report.Block:
			c.Block++
		case report.Review:
			c.Review++
		case report.Info:
			c.Info++
		}
	}
	return c
}

// policyNeeds says what the policy still needs before review r may be
// released, in words.
func policyNeeds(r *review.Review) string {
	switch r.Status {
	case review.Cleared:
		if r.ApprovalsRequired == 0 {
			return "机器审查未发现需要处理的问题，已自动通过，可以发布。"
		}
		return "已满足发布条件，可以发布。"
	case review.Released:
		return "已发布。只能发布审查时的原样内容；修改后须重新提交审查。"
	case review.Rejected:
		return "已退回，不能发布。请按审查意见修改后重新提交。"
	}
	var needs []string
	if b := len(r.Blocking()); b > 0 {
		needs = append(needs, fmt.Sprintf("%d 个阻断项须由审查员逐项说明理由后排除", b))
	}
	if n := r.ApprovalsRequired - len(r.Approvals()); n > 0 {
		who := "审查员"
		if r.ApprovalsRequired > 1 {
			who = "不同审查员"
		}
		needs = append(needs, fmt.Sprintf("还需 %d 位%s批准（提交人本人不能审查）", n, who))
	}
	if len(needs) == 0 {
		return "等待审查员决定。"
	}
	return "发布前：" + strings.Join(needs, "；") + "。"
}

// detailPair is one audit detail for display.
type detailPair struct{ Key, Label, Value string }

// detailValue names the coded values of some audit details for people;
// other values are shown as recorded.
func detailValue(k, v string) string {
	if w, ok := detailWords(k, v); ok {
		return w
	}
	switch k {
	case "role":
		return review.Role(v).Label()
	case "status":
		return review.Status(v).Label()
	case "verdict", "severity":
		return verdictLabel(report.Severity(v))
	case "category":
		return report.Category(v).Label()
	case "draft":
		if v == "deleted" {
			return "已删除"
		}
	case "reason":
		if l, ok := denialReasons[v]; ok {
			return l
		}
	}
	return v
}

// denialReasons name the reasons of denied events.
var denialReasons = map[string]string{
	"no_token": "缺少令牌", "bad_token": "令牌无效", "revoked_token": "令牌已吊销", "role": "角色无权",
	"not_owner": "非本人稿件", "own_review": "审查自己的稿件", "hash_mismatch": "内容哈希不符",
	"not_cleared": "尚未通过", "rejected": "已退回", "draft": "无权查看原稿", "retention": "保留期满",
}

func details(e audit.Event) []detailPair {
	keys := make([]string, 0, len(e.Details))
	for k := range e.Details {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]detailPair, len(keys))
	for i, k := range keys {
		out[i] = detailPair{Key: k, Label: detailLabel(k), Value: detailValue(k, e.Details[k])}
	}
	return out
}

// eventView is an audit event as a table row or a timeline entry.
type eventView struct {
	audit.Event
	Details []detailPair
}

func eventViews(evs []audit.Event) []eventView {
	out := make([]eventView, len(evs))
	for i, e := range evs {
		out[i] = eventView{Event: e, Details: details(e)}
	}
	return out
}
