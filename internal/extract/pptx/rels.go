package pptx

import (
	"encoding/xml"
	"path"
	"strings"

	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// rel is one relationship of a part.
type rel struct {
	id, typ string
	target  string // the member, resolved; for an external one, the target as written
	extern  bool
}

// kind is the last segment of the relationship's type
// (…/relationships/slideLayout → slideLayout).
func (r rel) kind() string { return path.Base(r.typ) }

// relsName is the relationships member of part:
// ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels.
func relsName(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

// partOf is the part whose relationships member is rels, the inverse of
// relsName: ppt/slides/_rels/slide1.xml.rels → ppt/slides/slide1.xml,
// _rels/.rels → "" (the package). ok is false for a name of another shape.
func partOf(rels string) (part string, ok bool) {
	dir, base := path.Split(rels)
	if !strings.HasSuffix(strings.ToLower(dir), "_rels/") || !strings.HasSuffix(strings.ToLower(base), ".rels") {
		return "", false
	}
	dir = strings.TrimSuffix(dir[:len(dir)-len("_rels/")], "/")
	return path.Join(dir, base[:len(base)-len(".rels")]), true
}

// resolve returns the member a relationship of part targets: relative to
// part's folder, or to the package root when it starts with "/". It is ""
// when the target leaves the package.
func resolve(part, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target = target[:i]
	}
	if target == "" {
		return ""
	}
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	p := path.Join(path.Dir(part), target)
	if p == ".." || strings.HasPrefix(p, "../") {
		return ""
	}
	return p
}

// readRels reads the relationships of part, in the order written. A part
// without relationships has none; what was read before an error is
// returned with it.
func readRels(a *zipguard.Archive, part string, maxDepth int) ([]rel, error) {
	name := relsName(part)
	if !a.Has(name) {
		return nil, nil
	}
	var out []rel
	err := a.Starts(name, maxDepth, func(se xml.StartElement) {
		if se.Name.Local != "Relationship" {
			return
		}
		r := rel{id: zipguard.Attr(se, "Id"), typ: zipguard.Attr(se, "Type"), target: zipguard.Attr(se, "Target"),
			extern: strings.EqualFold(zipguard.Attr(se, "TargetMode"), "External")}
		if !r.extern {
			r.target = resolve(part, r.target)
		}
		out = append(out, r)
	})
	return out, err
}
