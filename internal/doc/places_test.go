package doc

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

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

// TestPlacesGob checks that places come back from gob as they went, and
// that JSON still sees a list of places.
func TestPlacesGob(t *testing.T) {
	d := page(500)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&d); err != nil {
		t.Fatal(err)
	}
	var back Document
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, back) {
		t.Errorf("places changed in gob")
	}
	j, _ := json.Marshal(Places{{Path: "p", End: 2}})
	if string(j) != `[{"Start":0,"End":2,"Path":"p"}]` {
		t.Errorf("JSON = %s", j)
	}
}

// FuzzPlacesDecode checks that no bytes make the decoder panic or claim
// more places than the bytes can hold, and that what it accepts encodes
// to the same bytes.
func FuzzPlacesDecode(f *testing.F) {
	for _, ps := range []Places{page(3).Parts[0].Places, page(1).Parts[1].Places, nil} {
		b, _ := ps.GobEncode()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var ps Places
		if ps.GobDecode(b) != nil {
			return
		}
		if len(ps) > len(b) {
			t.Fatalf("%d places from %d bytes", len(ps), len(b))
		}
		var again Places
		re, _ := ps.GobEncode()
		if err := again.GobDecode(re); err != nil || !reflect.DeepEqual(ps, again) {
			t.Fatalf("re-encoding changed %+v: %v", ps, err)
		}
	})
}
