package report

import "fmt"

// Severity says what a finding does to a release.
type Severity string

// The three severities, strongest first.
const (
	Block  Severity = "block"
	Review Severity = "review"
	Info   Severity = "info"
)

// Rank orders severities: Block > Review > Info > unknown.
func (s Severity) Rank() int {
	switch s {
	case Block:
		return 3
	case Review:
		return 2
	case Info:
		return 1
	}
	return 0
}

// ParseSeverity accepts block, review or info.
func ParseSeverity(s string) (Severity, error) {
	switch Severity(s) {
	case Block, Review, Info:
		return Severity(s), nil
	}
	return "", fmt.Errorf("report: unknown severity %q (want block, review or info)", s)
}

// Category is what kind of problem a finding is.
type Category string

// The categories of DESIGN.md.
const (
	ClassifiedMarking Category = "classified_marking"
	SensitiveTerm     Category = "sensitive_term"
	IDCard            Category = "id_card"
	BankCard          Category = "bank_card"
	MobilePhone       Category = "mobile_phone"
	Passport          Category = "passport"
	LicensePlate      Category = "license_plate"
	InternalAddress   Category = "internal_address"
	Email             Category = "email"
	HiddenContent     Category = "hidden_content"
	Metadata          Category = "metadata"
	Unreadable        Category = "unreadable"
)

// Categories lists every category in a stable order.
var Categories = []Category{ClassifiedMarking, SensitiveTerm, IDCard, BankCard, MobilePhone,
	Passport, LicensePlate, InternalAddress, Email, HiddenContent, Metadata, Unreadable}

// DefaultSeverity is the severity a category has unless a rule says otherwise.
func (c Category) DefaultSeverity() Severity {
	switch c {
	case ClassifiedMarking, IDCard, BankCard:
		return Block
	case Email, Metadata:
		return Info
	}
	return Review
}

// Basis is the article of 《政府信息公开条例》 that applies to a category.
func (c Category) Basis() string {
	switch c {
	case ClassifiedMarking:
		return BasisSecrets
	case SensitiveTerm, InternalAddress, HiddenContent, Metadata, Unreadable:
		return BasisInternal
	}
	return BasisPrivacy
}

// Label is the category's name for people, in Chinese.
func (c Category) Label() string {
	switch c {
	case ClassifiedMarking:
		return "密级标志"
	case SensitiveTerm:
		return "敏感词"
	case IDCard:
		return "居民身份证号"
	case BankCard:
		return "银行卡号"
	case MobilePhone:
		return "手机号码"
	case Passport:
		return "护照/通行证号码"
	case LicensePlate:
		return "车牌号码"
	case InternalAddress:
		return "内网地址"
	case Email:
		return "电子邮箱"
	case HiddenContent:
		return "隐藏内容"
	case Metadata:
		return "文档属性"
	case Unreadable:
		return "无法完整读取"
	}
	return string(c)
}

// The legal bases, articles of 《政府信息公开条例》 (2019).
const (
	BasisSecrets  = "《政府信息公开条例》第十四条（国家秘密）"
	BasisPrivacy  = "《政府信息公开条例》第十五条（个人隐私、商业秘密）"
	BasisInternal = "《政府信息公开条例》第十六条（内部事务信息、过程性信息）"
)

// Location says where a finding is. Start and End are rune offsets into the
// original text of the part; Line is 1-based within that part.
type Location struct {
	Part  string `json:"part"`
	File  string `json:"file,omitempty"`
	Page  int    `json:"page,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	Cell  string `json:"cell,omitempty"`
	Line  int    `json:"line,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// BBox is where the finding stands on the page, for text read by
	// OCR and for a PDF's text layer: x0, y0, x1, y1 from the top-left
	// corner, in PDF points for a PDF page and in pixels for a picture.
	BBox *[4]float64 `json:"bbox,omitempty"`
	// Para is the 1-based paragraph of a Word document's member the
	// finding is in (the body's paragraphs count with table cells').
	Para int `json:"para,omitempty"`
	// Table, Row and Col are the 1-based table of the part and the row
	// and column in it of a finding in a document's table.
	Table int `json:"table,omitempty"`
	Row   int `json:"row,omitempty"`
	Col   int `json:"col,omitempty"`
	// Section is the 1-based section of a Word document whose header or
	// footer holds the finding.
	Section int `json:"section,omitempty"`
	// Path is the element path of a finding in a web page
	// ("body > div.main > table > tr[3] > td[2]").
	Path string `json:"path,omitempty"`
}

// Finding is one problem found in a document.
type Finding struct {
	ID       string   `json:"id"`
	Category Category `json:"category"`
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	Location Location `json:"location"`
	// Excerpt is a short context around the hit with personal data masked.
	// The hit itself sits between HitStart and HitEnd (rune offsets into
	// Excerpt) so that a terminal or page can mark it.
	Excerpt  string `json:"excerpt"`
	HitStart int    `json:"hit_start"`
	HitEnd   int    `json:"hit_end"`
	Basis    string `json:"basis"`
	// Message says, in Chinese, what was found and what to do about it.
	Message string `json:"message,omitempty"`
	// Fingerprint identifies the finding for a baseline of accepted
	// findings (package baseline); it is set only when a scan is given a
	// baseline key, and is a keyed hash that reveals nothing of the value.
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Report is the result of scanning one file.
type Report struct {
	File     string    `json:"file"`
	Format   string    `json:"format"`
	Verdict  Severity  `json:"verdict"`
	SHA256   string    `json:"sha256,omitempty"`
	Size     int64     `json:"size"`
	Findings []Finding `json:"findings"`
	// Versions of the dictionaries in force, for the audit trail.
	DictVersion string `json:"dict_version,omitempty"`
}

// Pass is the verdict when nothing needs a human.
const Pass Severity = "pass"

// Verdict is block if any finding blocks, else review if any needs review,
// else pass.
func Verdict(fs []Finding) Severity {
	v := Pass
	for _, f := range fs {
		switch f.Severity {
		case Block:
			return Block
		case Review:
			v = Review
		}
	}
	return v
}
