// Package dict loads dictionaries of sensitive terms and allow-list phrases
// and compiles them into one automaton that reports where every term occurs.
//
// A dictionary file is UTF-8 text, one entry per line:
//
//	# comment; blank lines are ignored
//	内部资料                                  (a plain term: sensitive_term, review)
//	内部资料 | sensitive_term | review | 标注为内部资料的材料不得公开
//	秘密★ | classified_marking | block | GB/T 9704 密级标志
//	保守国家秘密法 | allow | | 法律名称，不是密级标志
//
// Fields are separated by "|" and trimmed: term, category, severity, note.
// Category is one of the categories of DESIGN.md, or "allow" for a phrase
// that suppresses every term hit it overlaps. An empty category means
// sensitive_term; an empty severity means the category's default (review
// for sensitive_term). Terms are normalised like the texts they match
// (width, case, traditional characters, spacing), so 機密 matches 机密.
//
// Matching uses github.com/coregx/ahocorasick, a compiled DFA with byte
// classes that reports positions and stays small (about 175 MB of heap at
// 50,000 terms). github.com/cloudflare/ahocorasick reports only which terms
// occur and costs about 4 KB per trie node (2.4 GB at 50,000 terms), so it
// is used by package detect for what it does well: a small keyword
// prefilter that decides which detectors run.
package dict
