package audit

import (
	"crypto/rand"
	"testing"

	"golang.org/x/mod/sumdb/note"
)

// FuzzOpenCheckpoint feeds arbitrary bytes to the checkpoint reader, the
// parser of files an auditor keeps and a witness fetches. Property: no
// panic, and whatever opens was signed by the key.
func FuzzOpenCheckpoint(f *testing.F) {
	skey, vkey, err := note.GenerateKey(rand.Reader, KeyName)
	if err != nil {
		f.Fatal(err)
	}
	s, _ := note.NewSigner(skey)
	good, _ := SignCheckpoint(s, Checkpoint{Origin: KeyName, Size: 7})
	f.Add(good)
	f.Add([]byte("mishen-audit\n1\nAAAA\n\n— mishen-audit AAAA\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := OpenCheckpoint(b, vkey)
		if err == nil && c.Origin != KeyName {
			t.Fatalf("opened a checkpoint of origin %q", c.Origin)
		}
	})
}

// FuzzDecodeTree feeds arbitrary bytes to the reader of the stored tree
// state. Property: no panic; what decodes encodes back to the same bytes.
func FuzzDecodeTree(f *testing.F) {
	var m Mem
	for i := 1; i <= 5; i++ {
		if _, err := Append(&m, sampleEvent(i)); err != nil {
			f.Fatal(err)
		}
	}
	f.Add(encodeTree(m.tree))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := decodeTree(SHA256, b)
		if err != nil || b == nil {
			return
		}
		if got := encodeTree(r); string(got) != string(b) {
			t.Fatalf("decode/encode changed the tree state")
		}
	})
}
