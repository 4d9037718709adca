package doc

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

func sheet(n int) Document {
	cells := make(Cells, n)
	pos := 0
	for i := range cells {
		cells[i] = Cell{Ref: fmt.Sprintf("%c%d", 'A'+i%6, i/6+1), Start: pos, End: pos + 5}
		pos += 6
	}
	return Document{Format: "xlsx", Parts: []Part{{Kind: Sheet, Text: "x", Cells: cells},
		{Kind: Body, Cells: Cells{{Ref: "表1 R2C3", Start: 3, End: 9, Table: 1, Row: 2, Col: 3}}}, {Kind: Body}}}
}

func page(n int) Document {
	places := make(Places, n)
	pos := 0
	for i := range places {
		places[i] = Place{Start: pos, End: pos + 7, Page: i % 3, Para: i, Path: fmt.Sprintf("body > div.main > p[%d]", i+1)}
		pos += 9
	}
	return Document{Format: "html", Parts: []Part{{Kind: Body, Text: "x", Places: places},
		{Kind: HTMLHidden, Places: Places{{Start: 2, End: 5, Path: "body > div#隐藏"}, {Start: 5, End: 4}}}, {Kind: Body}}}
}

// TestPackedGob checks that cells and places come back from gob as they
// went, and that JSON still sees lists of them.
func TestPackedGob(t *testing.T) {
	for _, d := range []Document{sheet(1000), page(500)} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(&d); err != nil {
			t.Fatal(err)
		}
		var back Document
		if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d, back) {
			t.Errorf("%s: changed in gob", d.Format)
		}
	}
	if j, _ := json.Marshal(Cells{{Ref: "A1", End: 2}}); string(j) != `[{"Ref":"A1","Start":0,"End":2,"Table":0,"Row":0,"Col":0}]` {
		t.Errorf("cells JSON = %s", j)
	}
	if j, _ := json.Marshal(Places{{Path: "p", End: 2}}); string(j) != `[{"Start":0,"End":2,"Path":"p"}]` {
		t.Errorf("places JSON = %s", j)
	}
}

// FuzzPackedDecode checks that no bytes make either decoder panic or
// claim more records than the bytes can hold, and that what a decoder
// accepts encodes and decodes to the same records.
func FuzzPackedDecode(f *testing.F) {
	for _, cs := range []Cells{sheet(3).Parts[0].Cells, sheet(1).Parts[1].Cells, nil} {
		b, _ := cs.GobEncode()
		f.Add(b)
	}
	for _, ps := range []Places{page(3).Parts[0].Places, page(1).Parts[1].Places, nil} {
		b, _ := ps.GobEncode()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var cs Cells
		if cs.GobDecode(b) == nil {
			var again Cells
			re, _ := cs.GobEncode()
			if len(cs) > len(b) || again.GobDecode(re) != nil || !reflect.DeepEqual(cs, again) {
				t.Fatalf("%d cells from %d bytes, or changed on re-encoding", len(cs), len(b))
			}
		}
		var ps Places
		if ps.GobDecode(b) == nil {
			var again Places
			re, _ := ps.GobEncode()
			if len(ps) > len(b) || again.GobDecode(re) != nil || !reflect.DeepEqual(ps, again) {
				t.Fatalf("%d places from %d bytes, or changed on re-encoding", len(ps), len(b))
			}
		}
	})
}

// BenchmarkCellsGob sends a part of a million cells through gob, as a
// sandboxed child's answer travels.
func BenchmarkCellsGob(b *testing.B) {
	d := sheet(1_000_000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := gob.NewEncoder(&buf).Encode(&d); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
		var back Document
		if err := gob.NewDecoder(&buf).Decode(&back); err != nil || len(back.Parts[0].Cells) != 1_000_000 {
			b.Fatal(err)
		}
	}
}
