package form

import "regexp"

// docNumber matches a 发文字号 as GB/T 9704-2012 7.2.4 writes it: the
// issuing organ's abbreviation, the year in 六角括号 〔〕, and the serial
// number with 号 (国办发〔2026〕12号). Brackets people type instead of 〔〕
// ([], 【】, （）, full-width ［］) are accepted, since a draft is not
// always typeset yet.
var docNumber = regexp.MustCompile(`[\p{Han}A-Za-z]{1,16}\s*[〔\[［【（(]\s*(19|20)\d{2}\s*[〕\]］】）)]\s*[0-9０-９]{1,5}\s*号`)

// FindDocNumber returns the first 文号 in s, or "".
func FindDocNumber(s string) string { return docNumber.FindString(s) }
