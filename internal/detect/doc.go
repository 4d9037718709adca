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
// Precision lives in one context model (context.go), in the shape of
// Microsoft Purview's: each detector declares its clues (keywords in a
// window before the value, on its line or in its cell, in the heading of
// its table column) for and against its values; the model weighs them
// with the value's pattern and checksum into a confidence and a severity.
// Table cells (doc.Part.Cells) travel with the text: a value wrapped
// inside one cell is one value, two neighbouring cells are never one, and
// a column's heading is the context of the values below it. Spacing
// heuristics remain only for text whose cells are not known.
//
// Markings are judged by what they are, not by lists of phrases: a GB/T
// 9704 level starts a word and carries one ★ (a row of stars is a
// decoration), or stands alone on a line at the head of a document or in
// a page header; an internal-marking term is a label when it stands alone
// or is declared of the text, and prose about secrecy in a numbered
// heading, after 关于, in a question or as the subject of a definition.
// Part.Whole judges a part as a whole (hidden content, document
// properties that name people) by its kind.
//
// Caveats: detectors are tuned for precision in public notices. Already
// masked values (330106********0018, 138****1234) are not findings; nor are
// hotlines, landlines or a company's 统一社会信用代码. A 15-digit legacy ID
// needs a keyword such as 身份证 nearby, and a bank card that is not a
// UnionPay (62…) number needs one such as 卡号 or 账号.
package detect
