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
// Matching is an Aho-Corasick automaton of this package over the runes of
// the normal form (automaton.go): characters that occur in some term get a
// class, every other character leads back to the start; the states near
// the start are a dense DFA with failure links resolved at build time,
// deeper states keep sorted children and a failure link. A scan allocates
// only the matches it returns, and a text of a megabyte or more is cut
// into one piece per core. At 50,000 terms the automaton builds in about
// 0.05 s and takes about 20 MB. github.com/cloudflare/ahocorasick reports
// only which terms occur and costs about 4 KB per trie node, so it is used
// by package detect for what it does well: a small keyword prefilter that
// decides which detectors run. github.com/coregx/ahocorasick, used before,
// builds a byte DFA that took 0.6 s and 175 MB at 50,000 terms.
package dict
