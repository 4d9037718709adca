package pdftest

import "fmt"

// Book is a plain PDF of pages pages of lines lines of Chinese text each,
// for load and fairness tests: 1,500 × 45 is about 11 MB and takes
// seconds to parse.
func Book(pages, lines int) []byte {
	ps := make([]Page, 0, pages)
	for p := range pages {
		ls := make([]string, 0, lines)
		for l := range lines {
			ls = append(ls, fmt.Sprintf("第%d页第%d行 关于做好政务公开工作的通知要求各单位认真落实", p, l))
		}
		ps = append(ps, Lines(ls...))
	}
	return Doc{Pages: ps}.Build()
}

// Pamphlet is one page of lines lines of Chinese text listed as pages
// pages, each a page object of its own over the one content stream: a
// file of some 100 KB (a parser queue's small lane) that takes as long to
// read as a book.
func Pamphlet(pages, lines int) []byte {
	ls := make([]string, 0, lines)
	for l := range lines {
		ls = append(ls, fmt.Sprintf("第%d行 关于做好政务公开工作的通知要求各单位认真落实", l))
	}
	return Doc{Pages: []Page{Lines(ls...)}, Repeat: pages}.Build()
}
