package review

import (
	"crypto/rand"
	"encoding/json"
	"testing"

	"golang.org/x/mod/sumdb/note"
)

// FuzzVerifyReceipt feeds arbitrary JSON to the offline receipt checker,
// which reads files that anyone can hand an auditor. Property: no panic,
// and nothing verifies against a key that signed nothing.
func FuzzVerifyReceipt(f *testing.F) {
	_, vkey, err := note.GenerateKey(rand.Reader, "mishen-audit")
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(`{"review_id":"R00000001","audit_seq":1,"proof":{"index":0,"event":"AQ==","inclusion":[],"checkpoint":"mishen-audit\n1\nAAAA\n\n— mishen-audit AAAA\n"}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var rc Receipt
		if json.Unmarshal(b, &rc) != nil {
			return
		}
		if _, err := VerifyReceipt(&rc, vkey); err == nil {
			t.Fatal("a receipt verified against a key that signed nothing")
		}
	})
}
