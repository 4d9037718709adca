package server

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// stdSubmit is what readJSON's encoding/json path makes of raw: the
// request, or ok false when it refuses it.
func stdSubmit(raw []byte) (SubmitRequest, bool) {
	var r SubmitRequest
	if !utf8.Valid(raw) {
		return r, false
	}
	return r, decodeJSON(raw, &r) == nil
}

var submitSeeds = []string{
	`{"title":"关于公开事项的通知","content":"为进一步做好政务公开工作。\n各单位要高度重视。","format":"text"}`,
	`{"content":"x"}`,
	` { "format" : "html" , "content" : "<p>a</p>" } ` + "\n",
	`{}`,
	`{"content":"\u4e2d\u6587 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t"}`,
	`{"content":"path C:\\ud800"}`,
	`{"content":"a\ud800b"}`,
	`{"content":"\udc00"}`,
	`{"content":"\ud83d"}`,
	`{"Content":"case"}`,
	`{"content":"a","content":"b"}`,
	`{"content":null}`,
	`{"content":1}`,
	`{"content":"x","strict":true}`,
	`{"content":"x"} {"content":"y"}`,
	`{"content":"x"}]`,
	`{"content":"x",}`,
	`{"content":"tab	in"}`,
	`{"content":"\x"}`,
	`["content"]`,
	`{"title":"\u00e9\u0000","content":"é"}`,
}

// TestDecodeSubmit: the hand decoder gives what encoding/json gives for
// every body it takes, and takes the bodies CMSs send.
func TestDecodeSubmit(t *testing.T) {
	for _, s := range submitSeeds {
		checkDecodeSubmit(t, []byte(s))
	}
	for _, s := range submitSeeds[:6] {
		if _, ok := decodeSubmit([]byte(s)); !ok {
			t.Errorf("%s: left to encoding/json", s)
		}
	}
	for _, s := range []string{`{"content":"a\ud800b"}`, `{"Content":"case"}`, `{"content":"a","content":"b"}`, `{"content":null}`} {
		if _, ok := decodeSubmit([]byte(s)); ok {
			t.Errorf("%s: decoded by hand, want encoding/json's judgement", s)
		}
	}
	// A draft as the load generator sends it: escapes every few hundred
	// bytes, content a slice of the body when there are none.
	body, _ := json.Marshal(SubmitRequest{Title: "负载", Content: strings.Repeat("各单位要高度重视，明确责任分工。\n", 600), Format: "text"})
	checkDecodeSubmit(t, body)
	plain := []byte(`{"content":"` + strings.Repeat("公开", 1000) + `"}`)
	f, ok := decodeSubmit(plain)
	if !ok || &f.Content[0] != &plain[len(`{"content":"`)] {
		t.Errorf("content without escapes was copied")
	}
}

func checkDecodeSubmit(t *testing.T, raw []byte) {
	t.Helper()
	if !utf8.Valid(raw) {
		return // readJSONBody refuses it before decoding
	}
	orig := bytes.Clone(raw)
	got, ok := decodeSubmit(raw)
	want, wantOK := stdSubmit(orig)
	if !ok {
		if !bytes.Equal(raw, orig) {
			t.Fatalf("%q: left to encoding/json but overwritten: %q", orig, raw)
		}
		return // encoding/json decides
	}
	if !wantOK {
		t.Fatalf("%q: decoded by hand, refused by encoding/json", orig)
	}
	if got.Title != want.Title || string(got.Content) != want.Content || got.Format != want.Format {
		t.Fatalf("%q: by hand %q %q %q, encoding/json %q %q %q", orig, got.Title, got.Content, got.Format, want.Title, want.Content, want.Format)
	}
}

// FuzzDecodeSubmit: no panic, and whatever the hand decoder takes,
// encoding/json takes and decodes the same.
func FuzzDecodeSubmit(f *testing.F) {
	for _, s := range submitSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkDecodeSubmit(t, raw)
	})
}

// BenchmarkDecodeSubmit compares the hand decoder with encoding/json on a
// 20 KB draft as the load generator sends it.
func BenchmarkDecodeSubmit(b *testing.B) {
	body, _ := json.Marshal(SubmitRequest{Title: "负载测试", Content: strings.Repeat("为进一步做好政务公开工作，提高政府工作透明度。\n", 300)[:20480], Format: "text"})
	b.Run("hand", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		buf := make([]byte, len(body))
		for b.Loop() {
			copy(buf, body) // decoded in place, as a request body
			f, ok := decodeSubmit(buf)
			if !ok || len(f.Content) < 20000 {
				b.Fatal("not decoded")
			}
		}
	})
	page, _ := json.Marshal(SubmitRequest{Content: strings.Repeat("<p>为进一步做好政务公开工作，提高政府工作透明度。</p>\n", 300)[:20480], Format: "html"})
	b.Run("hand-html", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		buf := make([]byte, len(page))
		for b.Loop() {
			copy(buf, page)
			f, ok := decodeSubmit(buf)
			if !ok || len(f.Content) < 20000 {
				b.Fatal("not decoded")
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var r SubmitRequest
			if err := decodeJSON(body, &r); err != nil || len(r.Content) < 20000 {
				b.Fatal(err)
			}
		}
	})
}
