package detect

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/pelletier/go-toml/v2"

	"github.com/mishen-gov/mishen/internal/dict"
	"github.com/mishen-gov/mishen/internal/normalize"
	"github.com/mishen-gov/mishen/internal/report"
)

// RulesVersion is the version of the rules file format LoadRules reads.
const RulesVersion = 1

// CustomPrefix starts the rule id of every finding of a custom detector.
const CustomPrefix = "custom."

// RulesFile is a rules file as written (TOML): an office's own regex
// detectors and its exclusions, read at start and at every reload, so
// that no rebuild is needed. docs/rules.md describes every field.
type RulesFile struct {
	Version    int             `toml:"version"`
	Rules      []RuleSpec      `toml:"rules"`
	Exclusions []ExclusionSpec `toml:"exclusions"`
}

// RuleSpec is one custom detector as written in a rules file.
type RuleSpec struct {
	// ID names the rule; findings carry the rule id custom.<ID>.
	ID          string `toml:"id"`
	Description string `toml:"description"`
	// Category is one of report.Categories; sensitive_term when empty.
	Category string `toml:"category"`
	// Severity is block, review or info; the category's when empty.
	Severity string `toml:"severity"`
	// Regex (RE2 syntax) is matched against the normal form of the text
	// (package normalize: half-width, lower case, simplified characters,
	// no spaces next to CJK), case-insensitively.
	Regex string `toml:"regex"`
	// Group is the capture group that holds the value (0: the whole
	// match).
	Group int `toml:"group"`
	// Boundary, true unless set false, requires the value not to start
	// or end inside a run of letters or digits.
	Boundary *bool `toml:"boundary"`
	// Keywords are the context that supports a value: words on its line
	// within KeywordWindow runes before it, or in its table column's
	// heading.
	Keywords      []string `toml:"keywords"`
	KeywordWindow int      `toml:"keyword_window"`
	// Against are words that, in the same places, say the value is
	// something else.
	Against []string `toml:"against"`
	// Validator is a checksum the value must pass: luhn, gb11643 or uscc.
	Validator string `toml:"validator"`
	// Confidence is the least confidence reported: low (the pattern
	// alone), medium (a keyword or the checksum; the default) or high
	// (both). A rule with neither keywords nor a validator trusts its
	// pattern and reports at medium. A value found with low confidence
	// is at most review.
	Confidence string `toml:"confidence"`
	// Mask is how excerpts and messages show the value: partial (keep
	// MaskFirst and MaskLast letters or digits; the default), full, or
	// none. For a personal-data category the default partial is that
	// category's rule (ID 6+4, mobile 3+4 …).
	Mask      string `toml:"mask"`
	MaskFirst *int   `toml:"mask_first"`
	MaskLast  *int   `toml:"mask_last"`
	// Message is shown to the publisher; {value} is the masked value.
	Message string `toml:"message"`
	// Allow are regexes that a value matching whole is left alone.
	Allow []string `toml:"allow"`
	// Must and MustNot are the rule's own vectors, run by
	// `mishen rules test`.
	Must    []string `toml:"must"`
	MustNot []string `toml:"must_not"`
}

// ExclusionSpec is a value, or values matching a regex, that no detector
// reports (the office's own public service mobile, a test card number).
// Exclusions never apply to classified markings or to unreadable
// content: those always reach a human.
type ExclusionSpec struct {
	Description string `toml:"description"`
	// Categories and Rules (rule ids, or prefixes ending in ".") limit
	// the exclusion; both empty means every category it may apply to.
	Categories []string `toml:"categories"`
	Rules      []string `toml:"rules"`
	// Values are matched whole, ignoring case, width and the spaces and
	// punctuation inside a value (138 0000 0000 is 13800000000).
	Values []string `toml:"values"`
	// Regexes must match the value whole (normal form).
	Regexes []string `toml:"regexes"`
}

// Rules is a compiled rules file: detectors and exclusions ready for
// NewWithRules. It is immutable.
type Rules struct {
	// Source is the file the rules came from.
	Source     string
	detectors  []Detector
	specs      map[string]*customRule // by rule id
	exclusions []exclusion
}

// customRule is what the engine needs of a custom detector beyond its
// Detector: how to mask it and what to say.
type customRule struct {
	mask           string // partial, full or none
	first, last    int
	categoryMasked bool // partial with no counts on a personal category
	message        string
}

type exclusion struct {
	cats   map[report.Category]bool
	rules  []string
	values map[string]bool
	res    []*regexp.Regexp
}

// Len is the number of custom detectors.
func (rs *Rules) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.detectors)
}

// Detectors returns the custom detectors, with their vectors.
func (rs *Rules) Detectors() []Detector {
	if rs == nil {
		return nil
	}
	return append([]Detector(nil), rs.detectors...)
}

// LoadRules reads and compiles a rules file.
func LoadRules(path string) (*Rules, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("detect: rules: %w", err)
	}
	return ParseRules(path, data)
}

// ParseRules compiles the rules file data; name is its path, for errors,
// which say which rule and what is wrong. Unknown fields are errors, so a
// misspelt key never silently turns a check off.
func ParseRules(name string, data []byte) (*Rules, error) {
	var f RulesFile
	dec := toml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return nil, fmt.Errorf("detect: rules %s:%d:%d: %s", name, row, col, de.Error())
		}
		var se *toml.StrictMissingError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("detect: rules %s: unknown field\n%s", name, se.String())
		}
		return nil, fmt.Errorf("detect: rules %s: %w", name, err)
	}
	if f.Version != RulesVersion {
		return nil, fmt.Errorf("detect: rules %s: version = %d, want version = %d", name, f.Version, RulesVersion)
	}
	rs := &Rules{Source: name, specs: map[string]*customRule{}}
	for i := range f.Rules {
		d, c, err := compileRule(&f.Rules[i])
		if err != nil {
			return nil, fmt.Errorf("detect: rules %s: rule %d (%s): %w", name, i+1, f.Rules[i].ID, err)
		}
		if _, dup := rs.specs[d.Rule]; dup {
			return nil, fmt.Errorf("detect: rules %s: rule %d: id %q used twice", name, i+1, f.Rules[i].ID)
		}
		rs.specs[d.Rule] = c
		rs.detectors = append(rs.detectors, d)
	}
	for i := range f.Exclusions {
		x, err := compileExclusion(&f.Exclusions[i])
		if err != nil {
			return nil, fmt.Errorf("detect: rules %s: exclusion %d: %w", name, i+1, err)
		}
		rs.exclusions = append(rs.exclusions, x)
	}
	return rs, nil
}

var ruleID = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]{0,63}$`)

func compileRule(s *RuleSpec) (Detector, *customRule, error) {
	var d Detector
	if !ruleID.MatchString(s.ID) {
		return d, nil, errors.New("id must be 1–64 of a-z 0-9 _ . - (lower case)")
	}
	cat := report.SensitiveTerm
	if s.Category != "" {
		cat = report.Category(s.Category)
		if !knownCategory(cat) || cat == report.Unreadable {
			return d, nil, fmt.Errorf("category %q is not one of %s", s.Category, categoryList())
		}
	}
	sev := cat.DefaultSeverity()
	if s.Severity != "" {
		var err error
		if sev, err = report.ParseSeverity(s.Severity); err != nil {
			return d, nil, errors.New(strings.TrimPrefix(err.Error(), "report: "))
		}
	}
	if s.Regex == "" {
		return d, nil, errors.New("regex is missing")
	}
	re, err := regexp.Compile("(?i)" + s.Regex)
	if err != nil {
		return d, nil, fmt.Errorf("regex: %w", err)
	}
	if s.Group < 0 || s.Group > re.NumSubexp() {
		return d, nil, fmt.Errorf("group %d: the regex has %d groups", s.Group, re.NumSubexp())
	}
	if re.MatchString("") {
		return d, nil, errors.New("regex matches the empty text")
	}
	var validate func(string, time.Time) bool
	if s.Validator != "" {
		validate = validators[s.Validator]
		if validate == nil {
			return d, nil, fmt.Errorf("validator %q is not luhn, gb11643 or uscc", s.Validator)
		}
	}
	var allow []*regexp.Regexp
	for _, a := range s.Allow {
		re, err := regexp.Compile(`(?i)^(?:` + a + `)$`)
		if err != nil {
			return d, nil, fmt.Errorf("allow %q: %w", a, err)
		}
		allow = append(allow, re)
	}
	kws := normWords(s.Keywords)
	against := normWords(s.Against)
	need := Medium
	switch s.Confidence {
	case "":
	case "low":
		need = Low
	case "medium":
		need = Medium
	case "high":
		need = High
	default:
		return d, nil, fmt.Errorf("confidence %q is not low, medium or high", s.Confidence)
	}
	if need == High && (len(kws) == 0 || validate == nil) {
		return d, nil, errors.New("confidence high needs both keywords and a validator")
	}
	window := s.KeywordWindow
	if window == 0 {
		window = 20
	}
	if window < 0 || window > 200 {
		return d, nil, fmt.Errorf("keyword_window %d is not within 1–200", window)
	}
	c := &customRule{mask: s.Mask, message: s.Message}
	switch c.mask {
	case "", "partial":
		c.mask = "partial"
		switch {
		case s.MaskFirst == nil && s.MaskLast == nil && isPersonal(cat):
			c.categoryMasked = true
		default:
			c.first, c.last = 2, 2
			if s.MaskFirst != nil {
				c.first = *s.MaskFirst
			}
			if s.MaskLast != nil {
				c.last = *s.MaskLast
			}
			if c.first < 0 || c.last < 0 {
				return d, nil, errors.New("mask_first and mask_last cannot be negative")
			}
		}
	case "full", "none":
		if s.MaskFirst != nil || s.MaskLast != nil {
			return d, nil, fmt.Errorf("mask_first and mask_last go with mask = \"partial\", not %q", c.mask)
		}
		if c.mask == "none" && isPersonal(cat) {
			return d, nil, fmt.Errorf("category %s is personal data and is always masked", cat)
		}
	default:
		return d, nil, fmt.Errorf("mask %q is not partial, full or none", s.Mask)
	}
	if len(s.Must) == 0 || len(s.MustNot) == 0 {
		return d, nil, errors.New("every rule needs must and must_not examples")
	}
	boundary := s.Boundary == nil || *s.Boundary
	group := s.Group
	d = Detector{
		Rule:     CustomPrefix + s.ID,
		Category: cat,
		Severity: sev,
		Context:  Context{Need: need},
		Must:     s.Must,
		MustNot:  s.MustNot,
	}
	if len(kws) > 0 {
		d.Context.Support = []Clue{{Words: kws, Place: OnLine, Window: window}, {Words: kws, Place: Heading}}
		if validate == nil && need >= Medium || need == High {
			// The detector cannot report a value without one of its
			// keywords: let the prefilter skip texts that have none.
			d.Keywords = kws
		}
	}
	if len(against) > 0 {
		d.Context.Against = []Clue{{Words: against, Place: OnLine, Window: window}, {Words: against, Place: Heading}}
	}
	d.find = func(in *input) []hit {
		var hs []hit
		for _, m := range re.FindAllStringSubmatchIndex(in.norm, -1) {
			a, b := m[2*group], m[2*group+1]
			if a < 0 || a >= b {
				continue
			}
			if boundary && (!wordEdge(in.norm, a, true) || !wordEdge(in.norm, b, false)) {
				continue
			}
			v := in.norm[a:b]
			if allowed(allow, v) {
				continue
			}
			if validate != nil && !validate(alnumOnly(v), in.now) {
				continue
			}
			// Without a validator, keywords are the evidence; a rule
			// with neither trusts its pattern, like a marking's shape.
			hs = append(hs, hit{start: a, end: b, unverified: validate == nil && len(kws) > 0})
		}
		return hs
	}
	return d, c, nil
}

func compileExclusion(s *ExclusionSpec) (exclusion, error) {
	x := exclusion{cats: map[report.Category]bool{}, values: map[string]bool{}}
	for _, c := range s.Categories {
		cat := report.Category(c)
		if !knownCategory(cat) {
			return x, fmt.Errorf("category %q is not one of %s", c, categoryList())
		}
		if cat == report.ClassifiedMarking || cat == report.Unreadable {
			return x, fmt.Errorf("category %s cannot be excluded: it always goes to a human", c)
		}
		x.cats[cat] = true
	}
	x.rules = s.Rules
	for _, v := range s.Values {
		k := alnumOnly(normalize.String(v))
		if k == "" {
			return x, fmt.Errorf("value %q has no letters or digits", v)
		}
		x.values[k] = true
	}
	for _, r := range s.Regexes {
		re, err := regexp.Compile(`(?i)^(?:` + r + `)$`)
		if err != nil {
			return x, fmt.Errorf("regex %q: %w", r, err)
		}
		x.res = append(x.res, re)
	}
	if len(x.values) == 0 && len(x.res) == 0 {
		return x, errors.New("an exclusion needs values or regexes")
	}
	return x, nil
}

// applies reports whether the exclusion covers a finding of cat by rule
// whose value (normal form) is v.
func (x *exclusion) applies(cat report.Category, rule, v string) bool {
	if cat == report.ClassifiedMarking || cat == report.Unreadable {
		return false
	}
	if len(x.cats) > 0 && !x.cats[cat] {
		return false
	}
	if len(x.rules) > 0 {
		ok := false
		for _, r := range x.rules {
			if r == rule || strings.HasSuffix(r, ".") && strings.HasPrefix(rule, r) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return x.values[alnumOnly(v)] || allowed(x.res, v)
}

// exclude drops the raw findings that an exclusion covers.
func (rs *Rules) exclude(norm string, raws []raw) []raw {
	if rs == nil || len(rs.exclusions) == 0 {
		return raws
	}
	out := raws[:0]
	for _, r := range raws {
		drop := false
		for i := range rs.exclusions {
			if rs.exclusions[i].applies(r.cat, r.rule, norm[r.start:r.end]) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, r)
		}
	}
	return out
}

// masked masks the runes of a custom rule's value in place, by the
// rule's mask or, when it names none, by its category's rule.
func (c *customRule) masked(cat report.Category, v []rune) {
	switch {
	case c.mask == "none":
		return
	case c.categoryMasked:
		maskValue(cat, v)
		return
	}
	var idx []int
	for i, r := range v {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			idx = append(idx, i)
		}
	}
	lo, hi := 0, len(idx)
	if c.mask == "partial" {
		lo, hi = c.first, len(idx)-c.last
		if lo+c.last >= len(idx) {
			// Too short to show any of it.
			lo, hi = 0, len(idx)
		}
	}
	for k := lo; k < hi; k++ {
		v[idx[k]] = '*'
	}
}

// customMessage is the message of a custom rule that has its own, with
// the masked value in place of {value}.
func (rs *Rules) customMessage(rule, shown string) (string, bool) {
	if rs == nil {
		return "", false
	}
	c := rs.specs[rule]
	if c == nil || c.message == "" {
		return "", false
	}
	return strings.ReplaceAll(c.message, "{value}", shown), true
}

// masker returns the custom rule of a finding's rule, if any.
func (rs *Rules) masker(rule string) *customRule {
	if rs == nil || !strings.HasPrefix(rule, CustomPrefix) {
		return nil
	}
	return rs.specs[rule]
}

// NewWithRules builds an engine over a compiled dictionary set with the
// built-in detectors and, when rs is not nil, the custom detectors and
// exclusions of a rules file.
func NewWithRules(set *dict.Set, rs *Rules) *Engine {
	// Custom detectors come first: where one claims the same value as a
	// built-in one, equally strong, the office's own rule is reported.
	e := newEngine(set, append(append(rs.Detectors(), Detectors()...), ocrDetectors()...))
	e.rules = rs
	return e
}

var validators = map[string]func(string, time.Time) bool{
	"luhn": func(v string, _ time.Time) bool {
		if len(v) < 12 || len(v) > 19 {
			return false
		}
		for i := 0; i < len(v); i++ {
			if !isDigit(v[i]) {
				return false
			}
		}
		return luhn(v)
	},
	"gb11643": func(v string, now time.Time) bool {
		return validID18(v, now) || validID15(v, now)
	},
	"uscc": func(v string, _ time.Time) bool { return validUSCC(v) },
}

// usccChars are the characters of a 统一社会信用代码 (GB 32100-2015): digits
// and upper-case letters without I, O, Z, S and V.
const usccChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// validUSCC reports whether an 18-character 统一社会信用代码 has the right
// check character (GB 32100-2015, MOD 31).
func validUSCC(v string) bool {
	if len(v) != 18 {
		return false
	}
	v = strings.ToUpper(v)
	sum := 0
	for i := 0; i < 17; i++ {
		k := strings.IndexByte(usccChars, v[i])
		if k < 0 {
			return false
		}
		sum += k * usccWeights[i]
	}
	c := (31 - sum%31) % 31
	return v[17] == usccChars[c]
}

func knownCategory(c report.Category) bool {
	for _, k := range report.Categories {
		if k == c {
			return true
		}
	}
	return false
}

func categoryList() string {
	var b []string
	for _, c := range report.Categories {
		b = append(b, string(c))
	}
	return strings.Join(b, ", ")
}

func normWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if n := strings.TrimSpace(normalize.String(w)); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// alnumOnly keeps the letters and digits of s: the value without its
// spacing and punctuation.
func alnumOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

func allowed(res []*regexp.Regexp, v string) bool {
	for _, re := range res {
		if re.MatchString(v) {
			return true
		}
	}
	return false
}

// wordEdge reports whether a value may start (start true) or end at byte
// i of s: not next to an ASCII letter or digit on that side.
func wordEdge(s string, i int, start bool) bool {
	if start {
		return i == 0 || !isAlnum(s[i-1]) && s[i-1] != '_'
	}
	return i >= len(s) || !isAlnum(s[i]) && s[i] != '_'
}
