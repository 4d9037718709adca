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

// TestCellsGob checks that cells come back from gob as they went, and
// that JSON still sees a list of cells.
func TestCellsGob(t *testing.T) {
	d := sheet(1000)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&d); err != nil {
		t.Fatal(err)
	}
	var back Document
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, back) {
		t.Errorf("cells changed in gob")
	}
	j, _ := json.Marshal(Cells{{Ref: "A1", End: 2}})
	if string(j) != `[{"Ref":"A1","Start":0,"End":2,"Table":0,"Row":0,"Col":0}]` {
		t.Errorf("JSON = %s", j)
	}
}

// FuzzCellsDecode checks that no bytes make the decoder panic or claim
// more cells than the bytes can hold.
func FuzzCellsDecode(f *testing.F) {
	for _, cs := range []Cells{sheet(3).Parts[0].Cells, sheet(1).Parts[1].Cells, nil} {
		b, _ := cs.GobEncode()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var cs Cells
		if cs.GobDecode(b) == nil && len(cs) > len(b) {
			t.Fatalf("%d cells from %d bytes", len(cs), len(b))
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
