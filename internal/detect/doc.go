// Package detect finds classification markings, dictionary terms and
// personal data in a text and turns them into findings with masked
// excerpts.
//
// Every personal-data detector is a value in one table (detectors.go) with
// its own vectors of what it must find and what it must leave alone; one
// table test runs them all. Detectors work on the normal form of package
// normalize and report byte ranges of it; the engine maps them back to rune
// offsets and lines of the original text.
//
// Like gitleaks, the engine first runs a small Aho-Corasick keyword
// prefilter (github.com/cloudflare/ahocorasick, which answers "which
// keywords occur" quickly for a few dozen keywords) and runs a detector that
// needs context only when one of its keywords occurs.
//
// Caveats: detectors are tuned for precision in public notices. Already
// masked values (330106********0018, 138****1234) are not findings; nor are
// hotlines, landlines or a company's 统一社会信用代码. A 15-digit legacy ID
// needs a keyword such as 身份证 nearby, and a bank card that is not a
// UnionPay (62…) number needs one such as 卡号 or 账号.
package detect
