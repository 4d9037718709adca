package redact

// seg is one piece of a unit's text as it stands in the file: the text of
// one run, or a fixed separator (a tab, a line break) that edits never
// change.
type seg struct {
	text  string
	fixed bool
}

// unitText joins the segments.
func unitText(segs []seg) string {
	n := 0
	for _, s := range segs {
		n += len(s.text)
	}
	b := make([]byte, 0, n)
	for _, s := range segs {
		b = append(b, s.text...)
	}
	return string(b)
}

// applySegs makes edits (in order, not overlapping, rune offsets of the
// joined text) inside the segments and returns each segment's new text.
// A mask changes each rune inside the run it stands in, so a value split
// over runs keeps every run's formatting; a label goes into the run where
// the value starts and the value's other runes are deleted; fixed
// segments are kept.
func applySegs(segs []seg, edits []edit) []string {
	out := make([]string, len(segs))
	if len(edits) == 0 {
		for i, s := range segs {
			out[i] = s.text
		}
		return out
	}
	pos := 0 // rune offset of the joined text
	e := 0
	for i, s := range segs {
		var b []rune
		for _, r := range s.text {
			for e < len(edits) && pos >= edits[e].end {
				e++
			}
			switch {
			case s.fixed || e >= len(edits) || pos < edits[e].start:
				b = append(b, r)
			case edits[e].sameLen:
				b = append(b, edits[e].repl[pos-edits[e].start])
			case pos == edits[e].start:
				b = append(b, edits[e].repl...)
			}
			pos++
		}
		out[i] = string(b)
	}
	return out
}
