package detect

import (
	"net/netip"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// hit is a detector's match: a byte range of the normal form.
type hit struct {
	start, end int
	severity   report.Severity // empty: the detector's
	rule       string          // empty: the detector's
	// unverified says that nothing in the value itself vouches for it
	// (no checksum, a Luhn number that is not UnionPay, a mobile): the
	// context model then needs clues to be confident.
	unverified bool
}

// input is what a detector sees.
type input struct {
	norm string
	now  time.Time
	part string // location part, e.g. header
	// lineOf tells the original line text and whether it is at the head
	// of the part (first non-empty lines), for markings.
	lineAt func(normByte int) (line string, head bool)
	// topLine reports whether every line before the one of norm byte b
	// is blank, a 份号 or an urgency: the place GB/T 9704 gives a
	// marking, the first line of the document.
	topLine func(normByte int) bool
	// nearLines are the normal forms of the non-empty lines just before
	// and just after the line of norm byte b ("" at an end).
	nearLines func(normByte int) (prev, next string)
	nums      *numberList // see numbers()
	shortRun  [][2]int    // see shortRuns()
	letters   []int32     // see wordLetters()
	// origLine maps a norm byte offset to its line in the original text;
	// lineStart, when set, maps it to the first norm byte of that line.
	origLine  func(normByte int) int
	lineStart func(normByte int) int
	// fullLine reports whether the original line of norm byte b is as
	// long as the part's longest (in characters or in width): a line
	// that the text's layout wrapped, not one its writer ended.
	fullLine func(normByte int) bool
	// head returns the normal form of the first lines of the original
	// text (a sheet's headings).
	head func() string
	// origPrev is the original rune just before the one that norm byte
	// offset i came from (0 at the start); spacing next to CJK is gone
	// from the normal form, so table cells are told apart here in text
	// whose cells are not known.
	origPrev func(normByte int) rune
	// origBefore is up to n runes of the original text before the one
	// that norm byte offset i came from.
	origBefore func(normByte, n int) string
	// cells are the part's table cells on the normal form, in order;
	// heads and rowLabels index their headings (see heading).
	cells     []ncell
	cellRefs  []doc.Cell
	heads     map[colKey]*column
	rowLabels map[rowKey]string
	// digitLens has bit n set for each column that holds a cell of n
	// digits alone (see rosterNumber); besides holds each table's title
	// (see besideTable).
	digitLens map[colKey]uint64
	besides   map[int]string
	// levelCells holds, per table, which levels (1 绝密, 2 机密, 4 秘密)
	// are the whole text of one of its cells (levelTable).
	levelCells map[int]int
	// headed caches tableHeaded per list of words: it depends on the
	// text alone, and a list of 20,000 people asked it for every value.
	headed map[wordList]bool
}

// wordList identifies a list of words by its elements' place in memory.
type wordList struct {
	first *string
	n     int
}

// maxHeadBytes bounds the head of a text that tableHeaded reads.
const maxHeadBytes = 8 << 10

// tableHeaded reports whether the text is a table (a spreadsheet, or a CSV
// or tab-separated export) whose first rows, its column headings, hold one
// of words: a legacy ID in row 40 of a column headed 身份证号 has no keyword
// next to it.
func (in *input) tableHeaded(words []string) bool {
	if in.head == nil || len(words) == 0 {
		return false
	}
	key := wordList{&words[0], len(words)}
	if v, ok := in.headed[key]; ok {
		return v
	}
	v := in.tableHeadedNow(words)
	if in.headed == nil {
		in.headed = map[wordList]bool{}
	}
	in.headed[key] = v
	return v
}

func (in *input) tableHeadedNow(words []string) bool {
	h := in.head()
	// A header row is short; a text of one long line must not be
	// searched whole for every candidate value.
	if len(h) > maxHeadBytes {
		h = h[:maxHeadBytes]
	}
	if in.part != "sheet" && in.part != "hidden_sheet" {
		// A CSV or tab-separated export: its first line is a header row.
		first, _, _ := strings.Cut(h, "\n")
		if strings.Count(first, ",")+strings.Count(first, "\t") < 2 {
			return false
		}
	}
	return containsAny(h, words)
}

// startsCell reports whether the value at norm byte i starts a table cell
// or a line in the original text (a tab or line break right before it), in
// text whose cells are not known.
func (in *input) startsCell(i int) bool {
	if k := in.cellOf(i); k >= 0 {
		return in.cells[k].start == i
	}
	if in.origPrev == nil {
		return false
	}
	switch in.origPrev(i) {
	case 0, '\t', '\n', '\r':
		return true
	}
	return false
}

// wrapOK reports whether a number broken over a line end may be joined:
// its first half must follow a label on its own line (身份证号：… at the end
// of a line), never stand alone as a whole line or table cell, and a word
// of context must precede it; two numbers on two lines (two landlines, two
// rows of a table) stay two numbers.
func (in *input) wrapOK(c *numberCandidate, context []string) bool {
	return in.wrapOKWithin(c, context, 30)
}

// cellWrapOK is wrapOK for a table whose cells are not known (a scan's
// OCR text): the value starts its line and its last piece is alone on the
// next, as a narrow cell wraps it, and its column's heading (context) is
// in the lines just above.
func (in *input) cellWrapOK(c *numberCandidate, context []string) bool {
	s := in.norm
	if in.lineStart == nil || in.origLine == nil || in.lineStart(c.start) != c.start ||
		c.end < len(s) && s[c.end] != '\n' && in.origLine(c.end) == in.origLine(c.end-1) {
		return false
	}
	return containsAny(before(s, c.start, 60), context)
}

// wrapOKWithin is wrapOK with the context read n bytes back.
func (in *input) wrapOKWithin(c *numberCandidate, context []string, n int) bool {
	pre := in.lineBefore(c.start, n)
	if strings.TrimSpace(strings.TrimRight(pre, ":")) == "" || in.startsCell(c.start) {
		return false
	}
	return containsAny(pre, context) || containsAny(before(in.norm, c.start, n), context)
}

// lineBefore is like before but stops at the start of the original line
// that holds byte i, so that a table row's context is not taken from the
// row above it (line breaks next to CJK are gone from the normal form).
func (in *input) lineBefore(i, n int) string {
	ctx := before(in.norm, i, n)
	if in.origLine == nil || ctx == "" {
		return ctx
	}
	if in.lineStart != nil {
		// The line's bytes of the normal form are one range: cut the
		// context where it starts.
		if ls := in.lineStart(i); ls > i-len(ctx) {
			return ctx[min(ls-(i-len(ctx)), len(ctx)):]
		}
		return ctx
	}
	l := in.origLine(i)
	j := len(ctx)
	for j > 0 {
		_, w := utf8.DecodeLastRuneInString(ctx[:j])
		if in.origLine(i-len(ctx)+j-w) != l {
			break
		}
		j -= w
	}
	return ctx[j:]
}

// Detector finds one kind of personal data or marking.
type Detector struct {
	Rule     string
	Category report.Category
	Severity report.Severity
	// Keywords enable the detector when any occurs in the normal form
	// (lower case); none means it always runs.
	Keywords []string
	// Context is the detector's clues for and against its values, which
	// the one context model (context.go) weighs for every candidate.
	Context Context
	find    func(in *input) []hit
	// Must and MustNot are the detector's own vectors: texts it must
	// find something in, and texts it must leave alone.
	Must, MustNot []string
}

var (
	idContext     = []string{"身份证", "身份号码", "证件号", "公民身份"}
	creditContext = []string{"信用代码", "注册号", "组织机构代码", "税号", "纳税人识别号"}
	cardContext   = []string{"卡号", "账号", "帐号", "银行", "开户", "账户", "帐户", "银联", "信用卡", "储蓄卡", "借记卡", "收款", "社保卡"}
	// personalCards label a person's card, which no organisation holds:
	// nearer to a value than an organisation's word, they say it is a
	// card.
	personalCards = []string{"卡号", "银行卡", "工资卡", "信用卡", "储蓄卡", "借记卡", "社保卡"}
	// orgContext marks an organisation's account (tender deposits, fiscal
	// accounts), which public notices publish by design.
	orgContext = []string{"有限公司", "财政局", "国库", "保证金", "对公", "基本户", "专户", "单位名称", "收款单位"}
	// holderLabels name an account's holder: an organisation's account
	// when the name after them is an organisation's (see Clue.Holder).
	holderLabels = []string{"账户名称:", "户名:"}
	// fieldIDWords name a form field or attribute that holds an
	// identifier, in the Latin names web pages give them.
	fieldIDWords  = []string{"id:", "id=", "code:", "seq:", "token:", "uuid:", "key:", "no:"}
	serialContext = []string{"订单", "流水号", "编号", "项目号", "合同号", "序列号", "批次", "发票", "单号", "条码", "备案号", "合同号", "登记号", "文号", "证书号"}
)

// cellsVector starts a vector that is a table, scanned with its cells
// known as the extractors report them: rows end with a line break, cells
// are separated by a tab, and ⏎ is a line break inside a cell.
const cellsVector = "\x00cells\x00"

// Detectors is the table of personal-data and marking detectors.
func Detectors() []Detector {
	return []Detector{
		{
			Rule: "id_card.gb11643", Category: report.IDCard, Severity: report.Block,
			Context: Context{
				Support: []Clue{{Words: idContext, Place: Before, Window: 20}, {Words: idContext, Place: Heading}},
				Against: []Clue{{Words: creditContext, Place: Before, Window: 16}},
				Need:    Medium,
			},
			find: findIDCards,
			Must: []string{
				"申请人张某，身份证号码110101199003074514，住址…",
				"公民身份号码：11010519491231002X。",
				"号码 110101 19900307 4514 已核实",
				"身份证：１１０１０１１９９００３０７４５１４",
				"申请人身份证号码为1101011990\n03074514，住址…",
				// A scan's table read by OCR: a narrow cell wrapped the
				// ID under its column's heading.
				"姓名\n身份证号\n补助金额（元）\n某某\n11010119900307451\n4\n48,000",
				// One narrow table cell (R2C2) wraps an ID over four lines.
				cellsVector + "序号\t身份证号\n1\t110101⏎199003⏎0745⏎14\n",
				// A Markdown table's cell broken with <br>, shown as a
				// line break.
				cellsVector + "姓名\t身份证号\n邵某某\t110101199<br>003074514\n",
				"全国学籍号：G110101199003074514",
				"残疾人证号：11010119900307451443",
				cellsVector + "姓名\t残疾人证号\n张某\t11010519491231002X21\n",
				"注销残疾人证：11010519491231002X43（视力残疾四级）",
				// A 医师资格证书编码: year, province, level and
				// category, then the holder's ID.
				"医师资格证书编码：201333121110101199003074514",
				cellsVector + "姓名\t资格证书编码\n王某某\t20193212111010519491231002X\n",
			},
			MustNot: []string{
				"身份证号码：110101********4514",
				"号码110101199003074515（校验位错误）",
				"统一社会信用代码：110101199003074514",
				"编号 110101203003074512",
				"金额1101011990030745146元",
				"交易流水号11010119900307451443",
				"残疾人证号：11010119900307451499",
				"编号AB110101199003074514",
				"项目编号：E330106202311050108",
				"残疾人两项补贴发放 交易流水号：33010620240105010131",
				"户名：某某市残疾人联合会 账号：33010620240105010131",
				// 27 digits that are no such code: no year, a level
				// of 0, a serial named, a bad check digit.
				"证书编码：188833121110101199003074514",
				"证书编码：201333021110101199003074514",
				"交易流水号：201333121110101199003074514",
				"证书编码：201333121110101199003074515",
				"https://www.example.gov.cn/xxgk/d330106202311050108.html",
				// Four neighbouring cells of a spreadsheet row (A2:D2).
				cellsVector + "区划\t年度\t月日\t序号\n330106\t2023\t1105\t1901\n",
				cellsVector + "区划\t编号\n330106<br>2023\t1105<br>1901\n",
				"姓名\n身份证号\n某某\n11010119900307451\n4 户\n",
				"统计\n11010119900307451\n4\n",
				// The same row exported with tabs, its cells not known.
				"330106\t2023\t1105\t1901",
			},
		},
		{
			Rule: "id_card.legacy15", Category: report.IDCard, Severity: report.Block,
			Context: Context{
				Support: []Clue{{Words: idContext, Place: Before, Window: 20}, {Words: idContext, Place: Heading}},
				Against: []Clue{{Words: serialContext, Place: Before, Window: 16}},
				Need:    Medium,
			},
			find: findLegacyIDs,
			Must: []string{
				"身份证号 110105491231002（旧版15位）",
				cellsVector + "姓名\t公民身份号码\n某某\t110105491231002\n",
				// A form: the label in the cell beside the value.
				cellsVector + "身份证号\t110105491231002\n姓名\t某某\n",
			},
			MustNot: []string{
				"订单号110105491231002",
				"编码110105491231002",
				// The heading of the next column is not this column's.
				cellsVector + "工号\t身份证号\n110105491231002\t无\n",
			},
		},
		{
			Rule: "bank_card.luhn", Category: report.BankCard, Severity: report.Block,
			Context: Context{
				Support: []Clue{{Words: cardContext, Place: Before, Window: 30}, {Words: cardContext, Place: Heading},
					{Words: personalCards, Place: OnLine, Window: 30, Near: true}},
				Against: []Clue{
					{Words: orgContext, Place: OnLine, Window: 50},
					{Words: holderLabels, Place: OnLine, Window: 50, Holder: true},
					{Words: serialContext, Place: Before, Window: 12, Weak: true},
					// A column of serial numbers (交易流水号) whose
					// heading names no card or account, in a row that
					// names no person.
					{Words: serialContext, Place: CellHeading, Weak: true, Column: true, NoPerson: true, Title: personalCards},
				},
				Need: Medium,
			},
			find: findBankCards,
			Must: []string{
				"补贴发放至6222021234567890128",
				"银行卡号：4111 1111 1111 1111",
				"开户账号 6228480402564890018",
				"补贴发放至银行卡62220212345\n67890128",
				// A card's own label nearer than the fiscal account's.
				"资金拨付：某市财政局零余额账户 代发工资卡号 6222021234567890128",
				cellsVector + "姓名\t银行卡号\n某某\t6222 0212⏎3456 7890 128\n",
				// A person's account: the holder is a name, not an organisation.
				"退费账户 户名：张某某 开户行：某银行 账号：6222021234567890128",
				"户名：欧阳明\n开户银行：某银行某支行\n账号：6222021234567890128",
				"补助发放 户名：欧阳明华 开户行：某银行 账号：6222021234567890128",
				"户名：阿依古丽·买买提 开户行：某银行 账号：6222021234567890128",
				// The nearest holder above is a person; a line of prose
				// ends a block of fields.
				"户名：某某有限公司\n账号：1202021234567890000\n户名：张某某\n开户行：某银行\n账号：6222021234567890128",
				"户名：某某有限公司\n以下为个人退费，请核对。\n退费至6222021234567890128",
				cellsVector + "收款户名\t账号\n张某某\t6222021234567890128\n",
				cellsVector + "户名\t张某某\t账号\t6222021234567890128\n",
				// An organisation's block above a person's card, or a
				// line between them that is not the bank's.
				"户名：某某市财政局\n账号：1202021234567890000\n姓名：张伟\n银行卡号：6222021234567890128",
				"户名：某某市人力资源和社会保障局\n收款人：李娜\n卡号：6222021234567890128",
				"户名：某某社会保险事业管理中心\n收款说明：退还个人垫付费用\n账号：6222021234567890128",
				"户名：某某镇人民政府\n开户银行：某银行\n账号：1202021234567890000\n张伟：6222021234567890128",
				// Holders that may be persons' names (李文科, a Tibetan name).
				"户名：李文科\n开户银行：某银行\n账号：6222021234567890128",
				"户名：次仁卓玛\n开户银行：某银行\n账号：6222021234567890128",
				// A row that names a person beside an organisation.
				cellsVector + "户名\t姓名\t银行卡号\n某某人力资源服务有限公司\t张伟\t6222021234567890128\n",
				cellsVector + "序号\t户名\t一卡通账号\n1\t李文科\t6222021234567890128\n",
				// A serial column beside a person, or grouped as a card.
				cellsVector + "序号\t姓名\t流水号\t金额\n1\t张三\t6222021234567890128\t500\n",
				cellsVector + "持卡人\t流水号\n某某\t6222021234567890128\n",
				cellsVector + "日期\t流水号\t对方单位\n2025-01-02\t6222 0212 3456 7890 128\t某某市财政局\n",
				// No range: a card after a serial.
				"合同编号：202501010001-6222021234567890128",
				// Written in groups and cut inside a group by a wrap
				// after its label, half-width or full-width.
				"补贴将于月底前发放至本人银行卡号：6217 0\n012 3456 7890 122，请注意查收。",
				"补贴将于月底前发放至本人银行卡号：６２２\n８ ４８００ １１２２ ３３４１）。",
				// Or by full stops.
				"补贴发放至银行卡 6228.4800.1122.3341",
			},
			MustNot: []string{
				"卡号：622202******0128",
				"序列号4111111111111111",
				"统计编号1234567890123456789",
				"户名：某某建设有限公司\n开户行：某银行\n账号：1202021234567890000",
				"卡号\t62220212345\n67890128",
				// Grouped numbers on two lines with no label before.
				"附表编号\n6217 0\n012 3456 7890 122",
				// Full stops that are not the card's only separator.
				"补贴发放至银行卡 6228.4800 1122 3341",
				"投标保证金账户 户名：某某建设有限公司 开户银行：某银行 账号：6222021234567890128",
				// The organisation's word is nearer than the card's.
				"代发工资卡号见附件 某某有限公司账号6222021234567890128",
				"补贴发放至6222021234567890127",
				cellsVector + "户名\t开户行\n6222\t021234567890128\n",
				// A tender notice's account block: the holder is on the
				// field lines above, or in the account's row.
				"户名：某某工程咨询有限公司\n开户银行：某银行某支行\n账号：6222021234567890128",
				"户名：某某建设集团\n开户银行：某银行\n行号：102331000123\n账号：6222021234567890128",
				cellsVector + "收款户名\t账号\n某某建设有限公司\t6222021234567890128\n",
				cellsVector + "户名\t某某建设有限公司\t账号\t6222021234567890128\n",
				// A unit's account named by its kind (结算户, 零余额户).
				cellsVector + "收款户名\t开户银行\t账号\n某某区财政局非税收入结算户\t某银行\t6222021234567890128\n",
				"户名：某某县财政局零余额户\n开户银行：某银行\n账号：6222021234567890128",
				// A column of transaction numbers.
				cellsVector + "日期\t交易流水号\t对方单位\n2025-01-02\t6222021234567890128\t某某市财政局\n",
			},
		},
		{
			Rule: "mobile_phone.cn", Category: report.MobilePhone, Severity: report.Review,
			Context: Context{
				Support: []Clue{{Words: phoneWords, Place: Before, Window: 12, Near: true}, {Words: phoneWords, Place: CellHeading}},
				Against: []Clue{
					{Words: serialContext, Place: OnLine, Window: 12},
					// A column of serial numbers (项目编号) holds 11-digit
					// values that start like mobiles.
					{Words: serialContext, Place: CellHeading, Column: true, Title: phoneWords},
					// A column of a roster's numbers (准考证号), each
					// alone in its cell and as long as the others.
					{Words: rosterWords, Place: CellHeading, OtherNumber: true, Weak: true, Column: true, Title: phoneWords},
					// A roster's number by its label (准考证号：…).
					{Words: rosterWords, Place: OnLine, Window: 8, Weak: true},
					// A form field or attribute named as an identifier
					// (pageId: 13579246810, data-code).
					{Words: fieldIDWords, Place: Before, Window: 10},
					// An 11-digit total in a column of amounts starts like
					// a mobile.
					{Words: amountWords, Place: CellHeading, Weak: true},
				},
				Need: Low,
			},
			find: findMobiles,
			Must: []string{
				"联系人手机13812345678",
				"电话：+86 138 1234 5678",
				"手机 166-1234-5678",
				"手机１９９１２３４５６７８",
				"+8617712345678",
				cellsVector + "姓名\t联系电话\t补助金额\n某某\t13812345678\t1200\n",
				// A messenger's or a login's account is often the mobile.
				cellsVector + "姓名\t微信号\n某某\t13812345678\n",
				cellsVector + "姓名\t登录账号\n某某\t13812345678\n",
				cellsVector + "姓名\t准考证号\t手机号\n某某\t20260101\t13812345678\n",
				// A phone's label right before the number outweighs a
				// serial's farther away.
				"证书编号 100001 至 手机13812345678",
				"编号：A-100 联系电话 13812345678",
				// A column named as a phone is (家长号), a value written
				// as a phone, beside a label, or unlike the column's
				// other numbers.
				cellsVector + "姓名\t家长号\n某某\t13912345671\n",
				cellsVector + "姓名\t准考证号\n某某\t138 1234 5678\n",
				cellsVector + "姓名\t准考证号\n某某\t13912345671（手机）\n",
				cellsVector + "姓名\t准考证号\n张某\t2025010101\n李某\t13812345678\n",
				// No range: a mobile after a serial of another length or
				// unlike it.
				"证书编号 2025000001 至 13812345678",
				"订单编号：202501010001-13812345678",
				"编号 100001-100002-13812345678",
				"证书编号 12345678901 至 13812345678",
				// Grouped as a phone under a serial heading.
				cellsVector + "姓名\t编号\n某某\t138 1234 5678\n",
				// A note in the amounts' column (a total's number format
				// with its literal text) names who handles the matter.
				cellsVector + "单位\t补助金额（元）\n\t合计（经办人某某 15911438315）：21,000\n",
				// Prose wrapped by a PDF between two groups, after
				// the label on the same line.
				"各校招生咨询联系人：吴老师，手机150 1905\n4919。",
				// Groups set apart by full stops, as some write them.
				"失主本人手机 186.1234.5678，请到服务台认领。",
				// Vertical text with upright digits: one to a line.
				"联\n系\n手\n机\n1\n3\n8\n1\n2\n3\n4\n5\n6\n7\n8\n",
				// A personal table with amounts: its phone column keeps
				// the mobiles.
				"补助发放表（单位：元）\n序号 姓名 联系电话 补助金额\n1 某某 13812345678 1200\n2 某某 13912345678 800\n",
				"联系人手机13812345678，补助1200元",
				// Family names, places and words that a unit only
				// starts; a 元 or an amount before the mobile.
				"联系人：13812345678 元老师",
				"咨询电话13812345678万先生",
				"姓名\t联系电话\t家庭住址\n张三\t13812345678\t元氏县槐阳镇某村\n",
				"咨询电话：13812345678\n元旦假期期间暂停受理。",
				"联系人：张三 13812345678\n亩产量达到600公斤",
				"联系人：王志元 13812345678",
				"姓名\t住址\t联系电话\n张三\t幸福小区3幢2单元\t13812345678\n",
				"序号 姓名 补助金额 联系电话\n1 张三 1200元 13812345678\n",
				"报名费200元 13812345678 张老师",
				"联系电话：13812345678 元",
				"序号 姓名 补助金额 单位 联系电话\n1 张三 1200 元 13812345678\n",
				// A personal table under a unit: its columns name persons.
				"救助金发放表（单位：元）\n序号\t姓名\t通讯方式\t救助金额\t发放日期\n1\t张三\t13812345678\t1200\t20250105\n",
				"一、补助标准（元）：一类1200，二类800。\n二、各村负责人：\n张三 13812345678 李四 13912345678\n",
				// Anywhere in a line that the layout filled (a PDF
				// wrapped by count or width).
				"报名方式：现场报名或电话报名，报名联系人：培训学校 郑老师 177580266\n41。\n详见附件。",
			},
			MustNot: []string{
				// The end of a range of certificate numbers.
				"荣誉证书编号 15312340234 至 15312340241。",
				"准考证号 13512340001～13512340200",
				cellsVector + "批次\t证书编号\n1\t13800000001至13800000100\n",
				// A column of numbers of another kind: admission tickets.
				cellsVector + "姓名\t准考证号\n某某\t13312345678\n某某\t13312345679\n",
				"服务热线12345，举报电话12369",
				"联系电话：0571-87654321",
				"手机：138****5678",
				"编号12012345678901",
				"金额13812345678.50元",
				"号码12812345678",
				"项目编号：13812345678",
				cellsVector + "项目编号\t中标金额（元）\n13202406018\t1386520.5\n",
				"pageId: 13579246810",
				"电话138\n12345678",
				// Full stops in an address, a version, a decimal, or
				// not between every group.
				"服务器地址 192.168.100.200 与 10.130.145.172",
				"手机客户端版本 186.1234.5678.2",
				"手机 1.186.1234.5678",
				"手机 186.1234 5678",
				"手机 150.00000000",
				// Ten single digits a line each: not a mobile's worth.
				"手机\n1\n3\n8\n1\n2\n3\n4\n5\n6\n7\n",
				"手机信号基站 东经131.23456789",
				// The same where the writer ended the line short of the
				// longest one: two numbers.
				"为提升家政服务水平，区人社局将于12月中旬举办家政服务员免费培训班。\n报名联系人：郑老师 177580266\n41",
				"62709727\n63670536",
				"138 1234\n5678",
				cellsVector + "项目\t预算金额（元）\n道路工程\t13812345678\n",
				// Amounts in words or with their unit under 金额.
				cellsVector + "项目\t预算金额\n道路工程\t13912345678元\n桥梁工程\t约13812345678\n",
				cellsVector + "区号\t号码\n138\t12345678\n",
				// Amounts: a unit after the figure, a unit cell before
				// it, a row of figures under a table's unit.
				"全年一般公共预算收入13512344300元，同比增长5.1%",
				"政府性基金预算支出158 1234 0100\n元",
				"合同金额15812347600元分三年支付",
				"规模以上工业总产值 元 15712348100 6.8",
				"2026年区级部门预算汇总表（单位：元）\n部门编码 部门名称 预算数（元） 财政拨款（元）\n103001 区财政局 13562874300 13512345600\n",
			},
		},
		{
			Rule: "passport.cn", Category: report.Passport, Severity: report.Review,
			// No keywords: a value is accepted only with a passport word
			// before it or over its column (Need), so the gate would
			// change nothing, and a gate that a text with personal data
			// but no passport never opens kept the prefilter reading
			// every such text to its end (engine.called).
			Context: Context{
				Support: []Clue{{Words: passportKeywords, Place: Before, Window: 24}, {Words: passportKeywords, Place: Heading}},
				Need:    Medium,
			},
			find: findPassports,
			Must: []string{
				"护照号码：E12345678",
				"往来港澳通行证 C12345678",
				"passport no. EA1234567",
				"护照号码：E 1234 5678",
				"护照号 EA-123-4567",
				"护照号码E72816305 2024-03-02",
				"姓名 证件类型 证件号码 入境日期\n李华 护照 E72816305 2024-03-02\n",
				"往来港澳通行证C63812704 2024-05-01",
				"台湾居民来往大陆通行证号码07382619",
				"台胞证号：07382619",
				"台胞证编号 07382619",
				"台胞证（07382619）",
				"台胞证号码：0738261901",
				cellsVector + "姓名\t证件类型\t证件号码\n陈某\t台胞证\t07382619\n",
				cellsVector + "姓名\t台胞证号码\n陈某\t07382619\n林某\t08273645\n",
				cellsVector + "姓名\t护照号\n杨某\tEA2938⏎174\n",
				cellsVector + "姓名\t护照号码\n张某\tE72816305⏎2030-01-01\n",
			},
			MustNot: []string{
				"护照号码：E1234****",
				"文件编号E12345678",
				"请携带护照办理",
				"护照办理 E 12 34 56 78 窗口",
				"护照 E1234 5678 9012",
				"护照 E 1234 5678 9",
				"台胞证办理点电话 12345678",
				"台胞证号码073826199",
				"台胞证 20240301 起启用新版式",
				"出入境业务咨询电话\n护照：0571-87281234\n台胞证：87285678",
				"各业务窗口咨询电话：港澳通行证 87281234，台胞证 87285678。",
				"办理台胞证 12000000 余人次",
				cellsVector + "业务\t咨询电话\n台胞证\t87285678\n",
			},
		},
		{
			Rule: "license_plate.cn", Category: report.LicensePlate, Severity: report.Review,
			find: findPlates,
			Must: []string{
				"车牌号浙A12345的车辆",
				"新能源车浙AD12345",
				"粤B·D12345",
				"苏E 12345",
				"湘A12345F号",
				"教练车鲁A3827学",
				"警车京A0123警",
				"挂车冀B7281挂",
				"领馆车辆沪A0231领",
				"跨境车辆粤Z·F028港",
				"号牌粤Z 7A31澳",
				"粤Z·F028港",
				"京A·0123警",
				"车牌号：使224578",
				"某国驻华使馆车辆（号牌使224578）来访",
				cellsVector + "姓名\t车牌号\n杨某\t蒙B·52K⏎83\n",
				cellsVector + "姓名\t车辆\n张某\t京A12345⏎2019款\n",
				cellsVector + "车主\t车牌号\n张某\t浙AD12345⏎1号车位\n",
				"2024年3月5日，当事人驾驶号牌为闽D\n8J237的小型汽车在本市某路段违法停车。",
			},
			MustNot: []string{
				"浙A***45",
				"致使224578元资金无法拨付",
				"即使224578人次参与",
				"京A1234号",
				"粤Z·F02港",
				"粤A1234港口作业区",
				"请下载最新V2024试行版",
				"该型号为全新A6000超薄机型",
				"创新A2024学年度课程改革方案",
				"请持回执单号新A0012领取证书",
				"通过该项目，使100000名农民实现增收",
				"改造完成后，使200000余户群众受益",
				"新建渠道120公里，使500000亩耕地得到有效灌溉",
				"使2245789",
				cellsVector + "车牌号\t车牌号\n蒙B·52K\t83\n",
				"车牌蒙B·52K\n83辆，另有一段更长的说明文字写在这一行里。",
				"车牌闽D\n8J237\n",
				"京A级景区",
				"沪A股上市",
				"浙AB",
				"京IO1234",
			},
		},
		{
			Rule: "internal_address.private", Category: report.InternalAddress, Severity: report.Review,
			Keywords: []string{"10.", "172.", "192.168.", "127.", "169.254.", "http", ".local", ".lan", ".intranet", ".internal", ".corp", "localhost", "\\\\", "fe8", "fe9", "fea", "feb", "fc", "fd", "::1"},
			find:     findInternal,
			Must: []string{
				"系统地址 http://192.168.1.20:8080/login",
				"服务器10.12.3.4",
				"访问 http://oa.xxx.local/news",
				"内网 https://intranet/portal",
				"127.0.0.1",
				"共享盘\\\\fileserver\\share",
				"巡检记录：网关 fe80::1c2b:3dff:fe4a:5b6c 响应超时",
				"管理地址 fd12:3456:789a::10",
				"访问 http://[fd00::8]:8080/admin",
				"主机\t地址\n网关\t10.1.2.3\n",
				cellsVector + "设备\tIP地址\n核心交换机\t10.1.2.3\n",
				"内网段 10.23.5.0/24",
				"管理地址：fd12:3456:789a::10",
				"网关：fe80::1c2b:3dff:fe4a:5b6c%eth0",
				"内网地址：::1",
				"测试时请访问本机 ::1 上的服务端口。",
				"本单位 ULA 网段 fd12:3456:789a::/48",
				"https://www.gov.cn/jump?to=10.1.2.3",
				cellsVector + "序号\t主机IP\t漏洞名称\t整改建议\n1\t10.12.3.45\tApache Struts\t升级至最新版本\n",
				cellsVector + "系统名称\t旧版本地址\t新版本地址\nOA\thttp://10.1.1.1/oa\thttp://10.1.1.2/oa\n",
				cellsVector + "设备名称\tIP地址\n版本发布服务器\t10.1.2.3\n",
				cellsVector + "序号\t检查条目\tIP地址\n1\t身份鉴别条目\t10.1.5.21\n",
			},
			MustNot: []string{
				"访问 https://www.gov.cn/zhengce",
				"公网8.8.8.8",
				"版本号10.1.2.3.4",
				"见第10.1.2.3条",
				"2023.10.12",
				"172.32.0.1",
				"私有地址有三段：10.0.0.0/8、172.16.0.0/12、192.168.0.0/16",
				"链路本地地址 fe80::/10 与唯一本地地址 fc00::/7",
				cellsVector + "条款号\t内容\n10.1.2.3\t访问控制\n",
				"会议时间10:30:00",
				"比分 fe:12",
				"公网 2001:db8::1",
				"以 fe80:: 开头的是链路本地地址",
				"IPv6 链路本地地址前缀为 fe80::/64。",
				"第三组::1号样本",
				"私有地址范围：10.0.0.0～10.255.255.255",
				"<style>.a{background:url(https://cdn.example.com/lib/10.2.3.4/a.png)}</style>",
				cellsVector + "条款号\t内容\n10.1.2.3\t访问控制\n10.1.3.2\t安全审计\n",
				cellsVector + "软件\t版本号\n浏览器\t10.0.3.1\n",
			},
		},
		{
			Rule: "email.address", Category: report.Email, Severity: report.Info,
			Keywords: []string{"@"},
			find:     findEmails,
			Must:     []string{"邮箱：zhangsan@example.com", "xxgk@hz.gov.cn"},
			MustNot:  []string{"@某人", "a@b", "用户名@"},
		},
		{
			Rule: "classified_marking.gbt9704", Category: report.ClassifiedMarking, Severity: report.Block,
			Keywords: []string{"密"},
			find:     findMarkings,
			Must: []string{
				"秘密★2年\n关于…的通知",
				"机密★\n1\n年",
				"绝\u200b密\u200b★",
				"秘 密 ★ 1 年",
				"機密★壹個月",
				"密级：秘密\n",
				"秘密*10年",
				"绝密☆长期",
				"机密\n关于做好有关工作的通知\n",
				// A ★ the font has no glyph for (pdfkit writes U+0000).
				"机密\x00\n关于做好有关工作的通知\n",
				"秘密级\n保密期限：6个月",
				"000087\n机\n密★\n2年\n\n关于…的会议纪要",
			},
			MustNot: []string{
				"依照保守国家秘密法",
				"保护商业秘密",
				"国家秘密的密级分为绝密、机密、秘密三级",
				"请机要科密切配合",
				"本单位不存在机密级以上涉密载体的违规情况",
				"杜绝密集人群",
				// A decoration under a word that ends in 秘密.
				"依法保护商业秘密\n★★★\n",
				"泄露国家秘密\n★★★ 典型案例 ★★★",
				"国家秘密★★★",
				"秘密启用前须经审批\n关于…的通知",
			},
		},
	}
}

// findIDCards accepts 18-digit IDs with a real birth date and check digit,
// laid out as IDs are, wrapped inside one table cell, or wrapped at a line
// end after a label.
func findIDCards(in *input) []hit {
	var out []hit
	for c := range in.numbers() {
		if len(c.digits) != 18 || !(idLayout(c.layout) || c.wrapped && (in.wrapOK(c, idContext) || in.cellWrapOK(c, idContext))) ||
			!validID18(c.digits, in.now) {
			continue
		}
		out = append(out, hit{start: c.start, end: c.end})
	}
	// An ID inside a longer code, whole and readable: a 学籍号 of a
	// letter and the pupil's ID (G110101…4514), a 残疾人证号 of the
	// holder's ID, the kind (1-7) and the grade (1-4) of disability, under
	// a word naming that certificate.
	s := in.norm
	for _, p := range in.wordLetters() {
		a := int(p) + 1
		if a+18 <= len(s) && digitsAt(s[a:]) >= 17 && (isDigit(s[a+17]) || s[a+17] == 'x') && rightOK(s, a+18) &&
			(p == 0 || !strings.ContainsRune("/.=_-#?&%", rune(s[p-1]))) && validID18(s[a:a+18], in.now) && !in.codeNotID(a) {
			out = append(out, hit{start: a, end: a + 18})
		}
	}
	for _, r := range in.shortRuns() {
		a, b := r[0], r[1]
		if a, ok := physicianCode(s, a, b, in.now); ok && !in.codeNotID(a) {
			out = append(out, hit{start: a, end: a + 18})
			continue
		}
		end := b
		if b-a == 17 && b+3 <= len(s) && s[b] == 'x' && isDigit(s[b+1]) && isDigit(s[b+2]) {
			end = b + 3
		}
		if end-a != 20 || !rightOK(s, end) || s[end-2] < '1' || s[end-2] > '7' || s[end-1] < '1' || s[end-1] > '4' ||
			!validID18(s[a:a+18], in.now) || !in.disabilityNear(a) || in.codeNotID(a) {
			continue
		}
		out = append(out, hit{start: a, end: a + 18})
	}
	slices.SortFunc(out, func(a, b hit) int { return a.start - b.start })
	return out
}

// physicianCode reads the run of digits [a, b) of s as a 医师资格证书编码:
// the year the qualification was granted, the province's code, the level
// (1-3) and the category (two digits), then the holder's ID whole, 27
// characters. It returns where the ID starts.
func physicianCode(s string, a, b int, now time.Time) (int, bool) {
	end := b
	if b-a == 26 && b < len(s) && s[b] == 'x' {
		end = b + 1
	}
	if end-a != 27 || !rightOK(s, end) {
		return 0, false
	}
	year := atoi(s[a : a+4])
	if year < 1999 || year > now.Year() || !provinces[s[a+4:a+6]] || s[a+6] < '1' || s[a+6] > '3' {
		return 0, false
	}
	return a + 9, validID18(s[a+9:end], now)
}

// disabilityNear reports whether a word naming a disability certificate
// (残疾人证, 残疾证) stands in the 40 runes before norm byte a, over the
// column of a's cell or in its table's title.
func (in *input) disabilityNear(a int) bool {
	if in.namedNear(a, 40, disabilityWords) {
		return true
	}
	k := in.cellOf(a)
	return k >= 0 && containsAny(in.besideTable(in.cells[k].table), disabilityWords)
}

var disabilityWords = []string{"残疾"}

// codeNotID reports whether the code around an ID at norm byte a is
// named as a serial or an account (项目编号, 交易流水号, 账号): an ID
// inside a longer code has no layout of its own to prove it, and a
// serial of region, date and sequence is valid as an ID once in eleven.
func (in *input) codeNotID(a int) bool { return in.namedNear(a, 16, codeWords) }

// codeWords name a code as a serial's or an account's.
var codeWords = append(serialContext[:len(serialContext):len(serialContext)], "账号", "帐号", "账户", "户名")

// namedNear reports whether one of words stands in the n runes before
// norm byte a or in the heading of the column of a's cell: the context
// of the values these detectors find in a second pass, outside the
// context model's clues.
func (in *input) namedNear(a, n int, words []string) bool {
	if containsAny(before(in.norm, a, n), words) {
		return true
	}
	k := in.cellOf(a)
	return k >= 0 && containsAny(in.columnHead(in.cells[k]), words)
}

// findLegacyIDs accepts 15-digit legacy IDs with a real birth date and a
// keyword nearby or a column heading above.
func findLegacyIDs(in *input) []hit {
	var out []hit
	for c := range in.numbers() {
		if len(c.layout) != 1 || len(c.digits) != 15 || !validID15(c.digits, in.now) {
			continue
		}
		out = append(out, hit{start: c.start, end: c.end, unverified: true})
	}
	return out
}

// findBankCards accepts Luhn-valid 16-19 digit numbers that are UnionPay
// (62…) numbers or stand next to a word such as 卡号 or 账号.
func findBankCards(in *input) []hit {
	var out []hit
	for c := range in.numbers() {
		d := c.digits
		if !(cardLayout(c.layout) || c.wrapped && len(d) >= 16 && len(d) <= 19 && in.wrapOK(c, cardContext)) || strings.HasSuffix(d, "x") || !luhn(d) {
			continue
		}
		if len(d) == 18 && validID18(d, in.now) {
			continue // an ID number, reported as such
		}
		if !cardPrefix(d) {
			continue // company settlement accounts (1202…, 3301…) are no cards
		}
		// Luhn holds for one number in ten: only a UnionPay number counts
		// as verified without a word of context.
		out = append(out, hit{start: c.start, end: c.end, unverified: !strings.HasPrefix(d, "62")})
	}
	return out
}

// cardPrefix reports whether a number starts like a payment card: UnionPay
// 62, Visa 4, Mastercard 5, JCB 35, or the legacy domestic 9 prefixes.
// Chinese companies' settlement accounts, which tender notices publish, start
// otherwise (ICBC 1202…, CCB 3301…).
func cardPrefix(d string) bool {
	switch d[0] {
	case '4', '5', '9':
		return true
	case '6':
		return d[1] == '2'
	case '3':
		return d[1] == '5'
	}
	return false
}

// findMobiles accepts 11-digit numbers in a mobile 号段, whole or grouped
// 3-4-4, with or without +86.
func findMobiles(in *input) []hit {
	var out []hit
	s := in.norm
	for c := range in.numbers() {
		d := c.digits
		wrappedWhole := false
		if c.wrapped {
			// No checksum: two numbers on two lines stay two, unless a
			// mobile runs on from its label's line and the layout
			// wrapped it: between two groups (手机150 1905⏎4919), or
			// anywhere when its line is full, as a PDF's or a
			// fixed-width text's lines are (联系人 郑老师 177580266⏎41).
			switch {
			case layoutIs(c.layout, 3, 4, 4) && in.wrapOK(c, phoneWords):
			case len(c.layout) == 2 && len(d) == 11 && strings.IndexByte(s[c.start:c.end], '\n') >= 0 &&
				in.fullLine != nil && in.fullLine(c.start) &&
				in.wrapOKWithin(c, phoneWords, 60):
				wrappedWhole = true
			default:
				continue
			}
		}
		if n, ok := stripCountry(c); ok {
			d = n
		} else if !wrappedWhole && !mobileLayout(c.layout) {
			continue
		}
		if !mobilePrefix(d) || in.amount(c) {
			continue
		}
		start := c.start
		if start > 0 && s[start-1] == '+' {
			start--
		}
		out = append(out, hit{start: start, end: c.end, unverified: true})
	}
	return out
}

// amount reports whether number c is a quantity, which no phone number
// is: its unit follows it as a word of its own (13512344300元,
// 158 1234 0100⏎元; not 元氏县 or 元旦 after a mobile), a unit cell of its
// own stands just before it (产值 元 15712348100), or it is one of three
// figures in a row under a table's unit (单位：元, 预算数（元）) with no
// phone or person column above.
func (in *input) amount(c *numberCandidate) bool {
	if !in.amountShape(c) {
		return false
	}
	// Its label says what it is (联系电话：13812345678 元).
	return !containsAny(in.norm[max(c.start-8*3, 0):c.start], phoneWords)
}

// amountShape is amount without the phone label: the cheap tests first,
// since every mobile candidate of a text goes through them.
func (in *input) amountShape(c *numberCandidate) bool {
	s := in.norm
	at := c.end
	if at < len(s) && (s[at] == ' ' || s[at] == '\n') {
		at++
	}
	for _, u := range amountUnits {
		if strings.HasPrefix(s[at:], u) && in.unitEnds(c, at+len(u)) {
			return true
		}
	}
	// The lines above name no phone or person column (a personal table
	// keeps its mobiles whatever unit its title gives).
	above := s[max(c.start-aboveBytes, 0):c.start]
	noPersonAbove := func() bool { return !phoneOrPerson.in(above) }
	if in.unitCellBefore(c) {
		return noPersonAbove()
	}
	// Under a table's unit (单位:…元, (元), (万元) …): then count the
	// other figures of the row.
	if !endsBefore(above, ')', "元") && !endsBefore(above, ':', "单位") || !tableUnitSet.in(above) || !noPersonAbove() {
		return false
	}
	// The row: its line, at most rowBytes either side (a text of one
	// long line costs no more).
	lo, hi := max(c.start-rowBytes, 0), min(c.end+rowBytes, len(s))
	if in.lineStart != nil {
		lo = max(lo, in.lineStart(c.start))
	}
	if k := strings.IndexByte(s[c.end:hi], '\n'); k >= 0 {
		hi = c.end + k
	}
	others := 0
	for i := lo; i < hi; {
		j := i
		for j < hi && isDigit(s[j]) {
			j++
		}
		if j-i >= 6 && (j <= c.start || i >= c.end) {
			others++
		}
		i = j + 1
	}
	return others >= 2
}

// unitCellBefore reports whether a unit cell of its own stands just before
// number c (工业总产值 元 15712348100): a 元 with spacing on both sides in
// the original, not one that ends a word (王志元, 2单元) or an amount
// (1200元). The normal form, which drops the spacing, is asked first.
func (in *input) unitCellBefore(c *numberCandidate) bool {
	if in.origBefore == nil || !strings.HasSuffix(strings.TrimRight(in.norm[:c.start], " "), "元") {
		return false
	}
	u, ok := strings.CutSuffix(strings.TrimRight(in.origBefore(c.start, 4), " \t"), "元")
	return ok && (strings.HasSuffix(u, " ") || strings.HasSuffix(u, "\t"))
}

// endsBefore reports whether s holds the ASCII byte b right after word:
// found from b, which is rare in Chinese text, and not from the word's
// first byte, which most ideographs share.
func endsBefore(s string, b byte, word string) bool {
	for i := strings.IndexByte(s, b); i >= 0; {
		if strings.HasSuffix(s[:i], word) {
			return true
		}
		j := strings.IndexByte(s[i+1:], b)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// unitEnds reports whether the unit that ends at byte i of the normal form
// is a word of its own: at the end, before punctuation, a digit or a line
// break, or after an amount's own label (合同金额…元分三年支付). 元氏县,
// 元旦, 亩产 and 元书记 after a mobile are words the unit only starts.
func (in *input) unitEnds(c *numberCandidate, i int) bool {
	s := in.norm
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r < 0x3400 || r > 0x9FFF || in.origLine != nil && in.origLine(i) != in.origLine(i-1) {
		return true
	}
	return containsAny(s[max(c.start-6*3, 0):c.start], amountLabels)
}

// rowBytes bounds how far amount looks for the other figures of a row,
// aboveBytes how far back for a table's unit and its columns' headings
// (about 160 ideographs). The windows are bytes of the normal form, read
// as they are: a word cut at a window's edge is not looked for, and no
// rune is decoded.
const (
	rowBytes   = 200
	aboveBytes = 480
)

// amountUnits are the units that make the number before them a quantity;
// amountLabels the labels of an amount; tableUnits the ways a table states
// that its figures are amounts; personColumns the headings of a table of
// persons, whose numbers may be phones whatever unit its title gives.
var (
	amountUnits   = []string{"元", "万元", "亿元", "千元", "美元", "港元", "欧元", "吨", "千克", "公斤", "亩", "平方米", "立方米", "公里", "千瓦", "%", "‰"}
	amountLabels  = []string{"金额", "收入", "支出", "产值", "总值", "总额", "资金", "预算", "决算", "投资", "价款", "费用"}
	tableUnits    = []string{"单位:元", "单位:万元", "单位:千元", "单位:亿元", "(元)", "(万元)", "(千元)", "(亿元)"}
	personColumns = []string{"通讯", "联络", "负责人", "姓名", "户主", "申请人", "收款人", "户名", "家庭住址"}
	// The same, looked for in the lines above a number.
	tableUnitSet  = newWordSet(tableUnits...)
	phoneOrPerson = newWordSet(append(slices.Clip(phoneWords), personColumns...)...)
)

// Words that make a table column or row one of phone numbers, and words
// that make it one of amounts or counts.
var (
	// The person who handles a matter (经办人 某某 1xxxxxxxxxx) is named
	// with the number to reach them by.
	phoneWords = []string{"电话", "手机", "联系", "号码", "通讯录", "经办人", "承办人", "tel", "phone", "mobile"}
	// rosterWords name the numbers a roster gives a person: an
	// admission ticket's, an examinee's, a student's, an employee's.
	rosterWords = []string{"准考证", "考生号", "考号", "学号", "学籍号", "工号", "报名号", "座位号"}
	amountWords = []string{"金额", "预算", "决算", "元", "万元", "合计", "总计", "小计", "收入", "支出", "数量", "件", "人次", "户数", "总额", "资金", "产值", "余额"}
)

var passportKeywords = []string{"护照", "通行证", "passport", "旅行证", "回乡证", "台胞证"}

// taiwanPermitLabels name the permit of Taiwan's residents (台胞证), whose
// number is eight digits (ten before 2015) without a letter.
var taiwanPermitLabels = []string{"台胞证", "大陆通行证"}

// findPassports accepts one or two letters and 7-9 digits after a
// passport keyword.
func findPassports(in *input) []hit {
	var out []hit
	s := in.norm
	next := 0
	for _, p := range in.wordLetters() {
		i := int(p)
		if i < next {
			continue
		}
		j := i + 1
		if j < len(s) && isLower(s[j]) {
			j++
		}
		// The digits, whole or in groups of three or more that one
		// space or hyphen apart (E 1234 5678, EA-123-4567), after the
		// letters or one separator. Digits enough for a passport in one
		// run are the number whatever follows: the next cell of a row
		// (E72816305 2024-03-02) is not a group of it.
		letters := j - i
		if j+1 < len(s) && (s[j] == ' ' || s[j] == '-') && isDigit(s[j+1]) {
			j++
		}
		k, n := j, 0
		for ; k < len(s) && (isDigit(s[k]) || n < 7 && in.cellWrap(k) && k+1 < len(s) && isDigit(s[k+1])); k++ {
			if isDigit(s[k]) {
				n++
			}
		}
		if n < 7 {
			k, n = j, 0
			for {
				g := k
				for k < len(s) && isDigit(s[k]) {
					k++
				}
				if g > j && k-g < 3 {
					n = 0 // the number runs on in a group no passport has
					break
				}
				n += k - g
				if n >= 9 || k+1 >= len(s) || (s[k] != ' ' && s[k] != '-') || !isDigit(s[k+1]) {
					break
				}
				k++
			}
		}
		next = k + 1
		if n < 7 || n > 9 || letters+n < 8 || letters+n > 10 || !rightOK(s, k) {
			continue
		}
		switch s[i] {
		case 'e', 'g', 'p', 's', 'd', 'c', 'h', 'm', 't', 'k', 'l':
		default:
			continue
		}
		out = append(out, hit{start: i, end: k, unverified: true})
	}
	// Eight digits (ten on the permits before 2015) right after a label
	// of Taiwan residents' permit (台胞证号码：07382619).
	for _, r := range in.shortRuns() {
		a, b := r[0], r[1]
		if b-a != 8 && b-a != 10 || !rightOK(s, b) || unitAfter(s[b:]) || b-a == 8 && dateDigits(s[a:b]) {
			continue
		}
		if in.taiwanPermit(a, b) {
			// Its label right before it or over it is its proof.
			out = append(out, hit{start: a, end: b})
		}
	}
	slices.SortFunc(out, func(a, b hit) int { return a.start - b.start })
	return out
}

// taiwanPermit reports whether the digits [a, b) are a Taiwan
// resident's permit number: right after its label (台胞证号码：, 台胞证（),
// alone in a cell after a cell naming the permit or under a heading
// naming it; not where the line or the column names a phone (咨询电话).
func (in *input) taiwanPermit(a, b int) bool {
	s := in.norm
	named := func(l string) bool {
		for _, w := range []string{"号码", "编号", "号"} {
			if t, ok := strings.CutSuffix(l, w); ok {
				l = t
				break
			}
		}
		return slices.ContainsFunc(taiwanPermitLabels, func(w string) bool { return strings.HasSuffix(l, w) })
	}
	line := s[max(a-120, 0):a]
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	if containsAny(line, servicePhoneWords) {
		return false
	}
	if named(strings.TrimRight(line, ":( ")) {
		return true
	}
	k := in.cellOf(a)
	if k < 0 || strings.TrimSpace(s[in.cells[k].start:in.cells[k].end]) != s[a:b] {
		return false
	}
	head := in.columnHead(in.cells[k])
	if containsAny(head, servicePhoneWords) {
		return false
	}
	first, _ := in.rowOf(k)
	return containsAny(head, taiwanPermitLabels) || k > first && named(strings.TrimSpace(s[in.cells[k-1].start:in.cells[k-1].end]))
}

// servicePhoneWords name the phone of an office or a service.
var servicePhoneWords = []string{"电话", "手机", "联系", "咨询", "热线", "传真", "tel", "phone"}

// dateDigits reports whether eight digits read as a date, YYYYMMDD
// (20240301): what follows a label is then its date, not its number.
func dateDigits(d string) bool {
	y, m, day := atoi(d[:4]), atoi(d[4:6]), atoi(d[6:8])
	return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && day >= 1 && day <= 31
}

// plateProvinces are the one-character abbreviations that start a plate.
const plateProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

func plateLetter(c byte) bool { return isLower(c) && c != 'i' && c != 'o' }

// findPlates accepts 省 + letter + 5 characters (or 6 for new-energy
// plates: D/F and 4 digits, or 5 digits and D/F), with an optional · or
// space after the letter.
func findPlates(in *input) []hit {
	var out []hit
	s := in.norm
	next := 3
	for _, p := range in.wordLetters() {
		i := int(p)
		if i < next || !plateLetter(s[i]) {
			continue
		}
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if w != 3 || !strings.ContainsRune(plateProvinces, r) {
			continue
		}
		j := i + 1
		if j < len(s) && (s[j] == ' ' || s[j] == '-') || in.wrapAt(j) && j+1 < len(s) && isAlnum(s[j+1]) {
			j++
		} else if strings.HasPrefix(s[j:], "·") || strings.HasPrefix(s[j:], "•") {
			j += len("·")
		}
		// The serial, which a narrow cell may wrap (蒙B·52K⏎83).
		k := j
		var buf [8]byte
		body := buf[:0]
		for k < len(s) && len(body) < 7 {
			if isAlnum(s[k]) {
				body = append(body, s[k])
			} else if len(body) >= 5 || !in.wrapAt(k) || k+1 == len(s) || !isAlnum(s[k+1]) {
				break // a whole serial ends at the break (京A12345⏎2019款)
			}
			k++
		}
		ok := false
		switch len(body) {
		case 5:
			digits, letters := 0, 0
			for x := 0; x < 5; x++ {
				switch {
				case isDigit(body[x]):
					digits++
				case plateLetter(body[x]):
					letters++
				default:
					letters = 9
				}
			}
			ok = digits >= 3 && letters <= 2
		case 6:
			ok = (body[0] == 'd' || body[0] == 'f') && isAlnum(body[1]) && allDigits(body[2:]) ||
				allDigits(body[:5]) && (body[5] == 'd' || body[5] == 'f')
		case 4:
			// GA 36's plates of four characters and a use: 学 (a
			// driving school's), 警, 挂 (a trailer), 领 (a consulate's),
			// 港 and 澳 (cross-border), 试, 超.
			digits := 0
			for x := 0; x < 4; x++ {
				if isDigit(body[x]) {
					digits++
				}
			}
			// Less distinct than a plain plate (粤A1234港口, 新A0012领取):
			// written as plates are, with a · or space after the letter,
			// or a vehicle word near.
			ok = digits >= 3 && plateTail(s[k:]) != "" && (j > i+1 || in.vehicleNear(i-3, k+3))
		}
		if !ok || !rightOK(s, k) {
			continue
		}
		if t := plateTail(s[k:]); len(body) == 4 || t == "挂" || t == "学" || t == "警" {
			k += len(t)
		}
		out = append(out, hit{start: i - 3, end: k})
		next = k
	}
	// An embassy's plate: 使 and six digits (its code and number).
	for _, r := range in.shortRuns() {
		if a, b := r[0], r[1]; b-a == 6 && strings.HasSuffix(s[:a], "使") && (a == 3 || !isAlnum(s[a-4])) && rightOK(s, b) && !unitAfter(s[b:]) && in.vehicleNear(a-3, b) {
			out = append(out, hit{start: a - 3, end: b})
		}
	}
	slices.SortFunc(out, func(a, b hit) int { return a.start - b.start })
	return out
}

// wordLetters is the offsets of the lower-case ASCII letters that start
// a word (no letter or digit before them), where plates' letters and
// passports begin: one pass for both detectors.
func (in *input) wordLetters() []int32 {
	if in.letters == nil {
		in.letters = []int32{}
		s := in.norm
		for i := nextInRange(s, 0, 'a', 'z'); i < len(s); i = nextInRange(s, i+1, 'a', 'z') {
			if i == 0 || !isAlnum(s[i-1]) {
				in.letters = append(in.letters, int32(i))
			}
			for i+1 < len(s) && isAlnum(s[i+1]) {
				i++
			}
		}
	}
	return in.letters
}

// shortRuns is the bounds of the runs of six, eight or ten ASCII digits
// that no letter or digit touches (an embassy's plate, a Taiwan
// resident's permit), and of seventeen and twenty that none touches on
// the left (an ID inside a 残疾人证号): the passes that find the number
// candidates (numbers) keep them on their way, one pass for every
// detector.
func (in *input) shortRuns() [][2]int {
	in.numbers()
	return in.shortRun
}

// keepShortRun keeps the run of digits [a, b) for shortRuns.
func (in *input) keepShortRun(a, b int) {
	s := in.norm
	if a > 0 && isAlnum(s[a-1]) {
		return
	}
	switch b - a {
	case 6, 8, 10:
		if b < len(s) && isLower(s[b]) {
			return
		}
	case 17, 20, 26, 27:
	default:
		return
	}
	in.shortRun = append(in.shortRun, [2]int{a, b})
}

// plateTails are the characters after four that make GA 36's plates of
// a use.
var plateTails = []string{"学", "警", "挂", "领", "港", "澳", "试", "超"}

// plateTail is the plate's use at the start of s, or "".
func plateTail(s string) string {
	for _, t := range plateTails {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}

// unitAfter reports whether s starts with a unit that makes the number
// before it a count or an amount (致使224578元): not a plate's.
func unitAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return strings.ContainsRune("元万亿人次件个份户台辆名条项笔余亩", r)
}

// vehicleWords name a vehicle or its plate.
var vehicleWords = []string{"车", "号牌", "牌照", "驾驶"}

// vehicleNear reports whether a vehicle word stands in the 16 runes
// before norm byte a, in the 2 after b, or over the column of a's cell:
// a plate of a use or an embassy's, less distinct than a plain plate
// (使100000名, 创新A2024学年), needs one.
func (in *input) vehicleNear(a, b int) bool {
	return in.namedNear(a, 16, vehicleWords) || containsAny(after(in.norm, min(b, len(in.norm)), 2), vehicleWords)
}

// digitsAt is the number of ASCII digits at the start of s.
func digitsAt(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// cellWrap reports whether norm byte k is a line break inside one table
// cell, which a narrow cell's layout makes: a value goes on across it.
func (in *input) cellWrap(k int) bool {
	if k == 0 || k >= len(in.norm) || in.norm[k] != '\n' || len(in.cells) == 0 {
		return false
	}
	c, ok := in.oneCell(k-1, k+2)
	return ok && c >= 0
}

// wrapAt reports whether norm byte k is a line break that a layout made
// inside a value: in one table cell, or outside tables at the end of a
// line as long as the text's longest (fullLine).
func (in *input) wrapAt(k int) bool {
	if in.cellWrap(k) {
		return true
	}
	if k == 0 || k >= len(in.norm) || in.norm[k] != '\n' || in.fullLine == nil {
		return false
	}
	c, ok := in.oneCell(k-1, k+2)
	return ok && c < 0 && in.fullLine(k-1)
}

func allDigits[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

var intranetSuffixes = []string{".local", ".lan", ".intranet", ".internal", ".corp", ".localdomain", ".intra", ".home.arpa"}

// findInternal accepts private, loopback and link-local IPv4 addresses,
// URLs to them or to single-label or intranet-suffixed hosts, and UNC paths.
func findInternal(in *input) []hit {
	var out []hit
	s := in.norm
	covered := -1
	var public [][2]int // public URLs' hosts and paths, in order
	// URLs first, so that the IP inside one is not reported twice.
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], "://")
		if k < 0 {
			break
		}
		k += i
		a := k
		for a > 0 && isLower(s[a-1]) {
			a--
		}
		scheme := s[a:k]
		h := k + 3
		e := h
		for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == '_') {
			e++
		}
		host := s[h:e]
		if e == h && e < len(s) && s[e] == '[' {
			// An IPv6 host: http://[fd00::8]:8080/
			if b := strings.IndexByte(s[e:], ']'); b > 0 {
				if _, n := internalIPv6(s[e+1 : e+b]); n == b-1 {
					host, e = "localhost", e+b+1
				}
			}
		}
		end := e
		for end < len(s) && urlChar(s[end]) {
			end++
		}
		i = end
		web := scheme == "http" || scheme == "https" || scheme == "ftp"
		switch {
		case web && internalHost(host):
			out = append(out, hit{start: a, end: end, rule: "internal_address.url"})
			covered = end
		case web && e > h:
			// A public site's host and path: a dotted quad there is a
			// version (cdn.example.com/lib/10.2.3.4/), not an address;
			// one in the query may be a parameter naming a host.
			pe := end
			if q := strings.IndexAny(s[e:end], "?#"); q >= 0 {
				pe = e + q
			}
			public = append(public, [2]int{h, pe})
		}
	}
	pub := 0
	for i := 0; i < len(s); i++ {
		// Every case below starts at an ASCII byte: step over
		// Chinese text eight bytes at a time.
		if i = nextASCII(s, i); i == len(s) {
			break
		}
		if i < covered && i >= 0 {
			// Skip ranges already reported as URLs.
			inURL := false
			for _, h := range out {
				if i >= h.start && i < h.end {
					inURL = true
					i = h.end - 1
					break
				}
			}
			if inURL {
				continue
			}
		}
		c := s[i]
		for pub < len(public) && public[pub][1] <= i {
			pub++
		}
		inPublic := pub < len(public) && public[pub][0] <= i
		switch {
		case isDigit(c) && !inPublic && (i == 0 || !(isAlnum(s[i-1]) || s[i-1] == '.')):
			if ip, n := dottedQuad(s[i:]); n > 0 && privateIP(ip) && !sectionNumber(s, i, i+n) && !in.clauseCell(i, i+n) {
				if m := privateBlock(s[i:], n); m > 0 {
					i += m - 1 // the range, and its last address with it
				} else {
					out = append(out, hit{start: i, end: i + n})
					i += n - 1
				}
			}
		case (c == 'f' && i+2 < len(s) && (s[i+1] == 'c' || s[i+1] == 'd' || s[i+1] == 'e') || c == ':' && i+1 < len(s) && s[i+1] == ':') && in.ipv6Edge(i):
			// fc…, fd…, fe8…–feb… and ::…: where the internal ranges
			// begin.
			if n, end := internalIPv6(s[i:]); n > 0 {
				out = append(out, hit{start: i, end: i + end})
				i += end - 1
			}
		case c == '\\' && i+1 < len(s) && s[i+1] == '\\' && i+2 < len(s) && isAlnum(s[i+2]):
			e := i + 2
			for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == '\\' || s[e] == '$' || s[e] == '_') {
				e++
			}
			if strings.Count(s[i+2:e], "\\") >= 1 {
				out = append(out, hit{start: i, end: e, rule: "internal_address.unc"})
			}
			i = e
		case c == '.':
			for _, suf := range intranetSuffixes {
				if strings.HasPrefix(s[i:], suf) && (i+len(suf) == len(s) || !isAlnum(s[i+len(suf)]) && s[i+len(suf)] != '.') && i > 0 && isAlnum(s[i-1]) {
					a := i
					for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == '-') {
						a--
					}
					if a > 0 && s[a-1] == '@' {
						break // an e-mail domain, reported as email
					}
					out = append(out, hit{start: a, end: i + len(suf), rule: "internal_address.host"})
					i += len(suf) - 1
					break
				}
			}
		}
	}
	return out
}

func urlChar(c byte) bool {
	return isAlnum(c) || strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%", c) >= 0
}

// internalHost reports whether a URL host is on an intranet.
func internalHost(host string) bool {
	host = strings.TrimSuffix(host, ".")
	if host == "" {
		return false
	}
	if h, _, ok := strings.Cut(host, ":"); ok {
		host = h
	}
	if host == "localhost" || !strings.Contains(host, ".") {
		return true
	}
	if ip, n := dottedQuad(host); n == len(host) {
		return privateIP(ip)
	}
	for _, suf := range intranetSuffixes {
		if strings.HasSuffix(host, suf) {
			return true
		}
	}
	return false
}

// dottedQuad parses a.b.c.d at the start of s with a clean right edge.
func dottedQuad(s string) ([4]int, int) {
	var ip [4]int
	i := 0
	for k := 0; k < 4; k++ {
		if k > 0 {
			if i >= len(s) || s[i] != '.' {
				return ip, 0
			}
			i++
		}
		a := i
		n := 0
		for i < len(s) && isDigit(s[i]) && i-a < 4 {
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i == a || i-a > 3 || n > 255 || (i-a > 1 && s[a] == '0') {
			return ip, 0
		}
		ip[k] = n
	}
	if i < len(s) && (isAlnum(s[i]) || s[i] == '.' && i+1 < len(s) && isDigit(s[i+1])) {
		return ip, 0
	}
	return ip, i
}

func privateIP(ip [4]int) bool {
	switch {
	case ip[0] == 10, ip[0] == 127:
		return true
	case ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31:
		return true
	case ip[0] == 192 && ip[1] == 168:
		return true
	case ip[0] == 169 && ip[1] == 254:
		return true
	}
	return false
}

// clauseHeads are the headings, and the ends of the headings, of the
// columns of clauses' and versions' numbers.
var clauseHeads = []string{"条款", "条款号", "条目", "条目号", "条文", "条号", "章节", "章节号", "节号", "版本", "版本号"}

// clauseCell reports whether the dotted quad [a, b) starts a table cell
// of a column of clauses' or versions' numbers (条款号 10.1.2.3 访问控制):
// its own column's heading is one of clauseHeads or ends with one
// (软件版本号), and names no address (IP, 地址, 主机, 服务器, 网关).
func (in *input) clauseCell(a, b int) bool {
	k := in.cellOf(a)
	if k < 0 || strings.TrimSpace(in.norm[in.cells[k].start:b]) != in.norm[a:b] {
		return false
	}
	head := strings.TrimSpace(in.columnHead(in.cells[k]))
	if head == "" || containsAny(head, []string{"ip", "地址", "主机", "服务器", "网关", "网段"}) {
		return false
	}
	return slices.ContainsFunc(clauseHeads, func(w string) bool { return strings.HasSuffix(head, w) })
}

// ipv6Edge reports whether an IPv6 address may start at norm byte i:
// not inside a word or a number, and "::" not right after a Chinese
// character (第三组::1 is no address; 本机 ::1 is, its space dropped by
// the normal form), but after a label's colon (地址：fd00::8, the
// full-width colon normalised).
func (in *input) ipv6Edge(i int) bool {
	s := in.norm
	if i == 0 {
		return true
	}
	p := s[i-1]
	switch {
	case isAlnum(p) || p == '.':
		return false
	case p == ':':
		return i >= 2 && !isAlnum(s[i-2]) && s[i-2] != ':' && s[i-2] != '.'
	case s[i] == ':' && p >= 0x80:
		return in.origPrev != nil && unicode.IsSpace(in.origPrev(i))
	}
	return true
}

// privateBlocks are the ranges that RFC 1918, 1122, 3927, 4193 and 4291
// set aside, as a textbook writes them, and privateSpans the same from
// first address to last.
var (
	privateBlocks = []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "fc00::/7", "fd00::/8", "fe80::/10", "::1/128"}
	privateSpans  = [][2]string{{"10.0.0.0", "10.255.255.255"}, {"172.16.0.0", "172.31.255.255"}, {"192.168.0.0", "192.168.255.255"}, {"127.0.0.0", "127.255.255.255"}, {"169.254.0.0", "169.254.255.255"}}
)

// privateBlock is the length of the reserved range written whole at the
// start of s, whose first address is n bytes long, or 0: 10.0.0.0/8, or
// 10.0.0.0～10.255.255.255 (to, -, ~ or 至 between): the range itself,
// which every network course names, not an address in it (10.23.5.0/24
// names a real network).
func privateBlock(s string, n int) int {
	for _, b := range privateBlocks {
		if strings.HasPrefix(s, b) && len(b) > n && (len(s) == len(b) || !isAlnum(s[len(b)])) {
			return len(b)
		}
	}
	for _, sp := range privateSpans {
		if len(sp[0]) != n || !strings.HasPrefix(s, sp[0]) {
			continue
		}
		rest := strings.TrimLeft(s[n:], " ")
		for _, sep := range []string{"~", "-", "—", "至", "到", "to"} {
			if r, ok := strings.CutPrefix(rest, sep); ok {
				r = strings.TrimLeft(r, " ")
				if strings.HasPrefix(r, sp[1]) && (len(r) == len(sp[1]) || !isAlnum(r[len(sp[1])]) && r[len(sp[1])] != '.') {
					return len(s) - len(r) + len(sp[1])
				}
				return 0
			}
		}
	}
	return 0
}

// internalIPv6 is the length of the private (fc00::/7), link-local
// (fe80::/10) or loopback IPv6 address at the start of s, or 0, and where
// it ends with its zone (fe80::1%eth0): a run of hexadecimal digits and
// colons with two colons at least that net/netip reads as such an
// address, not followed by a letter or digit; not a range's prefix
// written alone (fe80::) or with its length.
func internalIPv6(s string) (n, end int) {
	for n < len(s) && n < 45 && (isDigit(s[n]) || 'a' <= s[n] && s[n] <= 'f' || s[n] == ':' || s[n] == '.') {
		n++
	}
	for n > 0 && (s[n-1] == '.' || s[n-1] == ':' && (n < 2 || s[n-2] != ':')) {
		n-- // a sentence's full stop or a label's colon after it
	}
	end = n
	if end+1 < len(s) && s[end] == '%' && isAlnum(s[end+1]) {
		for end++; end < len(s) && (isAlnum(s[end]) || s[end] == '.' || s[end] == '_'); end++ {
		}
	}
	if strings.Count(s[:n], ":") < 2 || end < len(s) && isAlnum(s[end]) || privateBlock(s, n) > 0 {
		return 0, 0
	}
	switch s[:n] {
	case "fc00::", "fd00::", "fe80::":
		return 0, 0 // a range's first address, as a course names it
	}
	if r := s[n:]; len(r) > 1 && r[0] == '/' && isDigit(r[1]) {
		if strings.HasPrefix(s, "fe80::/64") {
			return 0, 0 // every link's own prefix
		}
		// A network of the range (fd12:3456:789a::/48) names a real one.
		for end = n + 1; end < len(s) && isDigit(s[end]); end++ {
		}
	}
	a, err := netip.ParseAddr(s[:n])
	if err != nil || !a.Is6() || a.Is4In6() {
		return 0, 0
	}
	if a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLoopback() {
		return n, end
	}
	return 0, 0
}

// sectionNumber reports a clause number such as 第10.1.2.3条.
func sectionNumber(s string, a, b int) bool {
	return strings.HasSuffix(before(s, a, 1), "第") ||
		containsAny(after(s, b, 1), []string{"条", "节", "款", "项", "章", "版", "号"})
}

// findEmails accepts local@domain.tld with ASCII parts.
func findEmails(in *input) []hit {
	var out []hit
	s := in.norm
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '@')
		if k < 0 {
			break
		}
		k += i
		a := k
		for a > 0 && (isAlnum(s[a-1]) || strings.IndexByte("._%+-", s[a-1]) >= 0) {
			a--
		}
		for a < k && s[a] == '.' {
			a++
		}
		e := k + 1
		lastDot := -1
		for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '-') {
			if s[e] == '.' {
				lastDot = e
			}
			e++
		}
		for e > k+1 && s[e-1] == '.' {
			e--
			if lastDot == e {
				lastDot = -1
				for x := k + 1; x < e; x++ {
					if s[x] == '.' {
						lastDot = x
					}
				}
			}
		}
		i = e
		if a == k || lastDot < 0 || lastDot <= k+1 || e-lastDot-1 < 2 {
			if i == k {
				i = k + 1
			}
			continue
		}
		out = append(out, hit{start: a, end: e})
	}
	return out
}
