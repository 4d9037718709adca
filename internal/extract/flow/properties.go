package flow

import (
	"encoding/xml"
	"strings"

	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// officeProperties are the document properties Office 2003 writes in
// <o:DocumentProperties> and shows on its property sheet (文件 > 属性),
// with its labels and in its order.
var officeProperties = []struct{ local, label string }{
	{"Title", "标题"}, {"Subject", "主题"}, {"Author", "作者"}, {"Manager", "经理"}, {"Company", "单位"},
	{"Category", "类别"}, {"Keywords", "关键词"}, {"Description", "备注"}, {"LastAuthor", "上次修改者"},
}

// OfficeProperties reads the Office 2003 XML properties element whose
// start dec returned last: <o:DocumentProperties> (custom false), or
// <o:CustomDocumentProperties>, whose children are named for the
// property (_x0020_ a space). It returns a "标签: 值" line each; the
// statistics (pages, words, dates) are left out.
func OfficeProperties(dec *zipguard.XMLDecoder, custom bool) ([]string, error) {
	values := map[string]string{}
	var lines []string
	depth := dec.Depth()
	for {
		t, err := dec.Token()
		if err != nil {
			return lines, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if dec.Depth() != depth+1 {
				continue
			}
			v, err := dec.Text()
			if v = OneLine(v); v != "" {
				if custom {
					lines = append(lines, strings.ReplaceAll(t.Name.Local, "_x0020_", " ")+": "+v)
				} else {
					values[t.Name.Local] = v
				}
			}
			if err != nil {
				return lines, err
			}
		case xml.EndElement:
			if dec.Depth() >= depth {
				continue
			}
			for _, p := range officeProperties {
				if v := values[p.local]; v != "" {
					lines = append(lines, p.label+": "+v)
				}
			}
			return lines, nil
		}
	}
}
