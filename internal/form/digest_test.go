package form

import "testing"

// TestDigestOf: the form shows the plain SHA-256 where the reader is
// given it, else the keyed digest, as the review's JSON exposes them.
func TestDigestOf(t *testing.T) {
	type file struct {
		SHA256 string `json:"sha256,omitempty"`
		MAC    string `json:"mac,omitempty"`
	}
	for _, c := range []struct {
		in         any
		kind, want string
	}{
		{file{SHA256: "aa", MAC: "bb"}, "SHA-256", "aa"},
		{file{MAC: "bb"}, "HMAC", "bb"},
		{map[string]string{"content_mac": "cc"}, "HMAC", "cc"},
		{map[string]string{"content_sha256": "dd"}, "SHA-256", "dd"},
		{file{}, "", ""},
	} {
		if kind, got := digestOf(c.in); kind != c.kind || got != c.want {
			t.Errorf("digestOf(%+v) = %s %q, want %s %q", c.in, kind, got, c.kind, c.want)
		}
	}
}
