package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestDrafts(t *testing.T) {
	for _, format := range []string{"text", "html"} {
		ds := drafts(20, 20480, 0.1, format)
		withTerm := 0
		for _, d := range ds {
			var v struct{ Title, Content, Format string }
			if err := json.Unmarshal(d, &v); err != nil {
				t.Fatal(err)
			}
			if len(v.Content) < 20480 || len(v.Content) > 20480+200 || v.Format != format {
				t.Fatalf("%s draft of %d bytes", format, len(v.Content))
			}
			if format == "html" && (!strings.HasPrefix(v.Content, "<!DOCTYPE html>") || !strings.HasSuffix(v.Content, "</html>\n")) {
				t.Fatalf("html draft %.40q … %.40q", v.Content, v.Content[len(v.Content)-40:])
			}
			if strings.Contains(v.Content, "工作秘密") {
				withTerm++
			}
		}
		if withTerm != 2 {
			t.Fatalf("%s: %d drafts with the term, want 2", format, withTerm)
		}
	}
}

func TestOnlyLoopback(t *testing.T) {
	env := func(k string) string { return map[string]string{"MISHEN_TOKEN": "t"}[k] }
	for _, u := range []string{"http://10.0.0.1:8080", "http://example.org", "ftp://127.0.0.1"} {
		var errb bytes.Buffer
		if code := run([]string{"-url", u}, io.Discard, &errb, env); code != 2 {
			t.Errorf("%s: exit %d", u, code)
		}
	}
	var errb bytes.Buffer
	if code := run(nil, io.Discard, &errb, func(string) string { return "" }); code != 2 || !strings.Contains(errb.String(), "MISHEN_TOKEN") {
		t.Errorf("no token: exit %d %s", code, errb.String())
	}
}

func TestRunAgainstFake(t *testing.T) {
	var n atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			return
		}
		if r.Header.Get("Authorization") != "Bearer tok" {
			w.WriteHeader(401)
			return
		}
		io.Copy(io.Discard, r.Body)
		if n.Add(1)%10 == 0 {
			w.WriteHeader(500)
			return
		}
		w.WriteHeader(201)
		w.Write([]byte(`{"verdict":"pass"}`))
	}))
	defer ts.Close()
	var out, errb bytes.Buffer
	code := run([]string{"-url", ts.URL, "-clients", "4", "-duration", "2s", "-max", "50", "-size", "1000"}, &out, &errb,
		func(k string) string { return map[string]string{"MISHEN_TOKEN": "tok"}[k] })
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out.String(), errb.String())
	}
	for _, want := range []string{"45 acknowledged (201), 5 failed", "p99", "verdicts: pass 45", "500×5"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if n.Load() != 50 {
		t.Errorf("%d requests, want 50 (-max)", n.Load())
	}
}
