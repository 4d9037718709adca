package audit

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emmansun/gmsm/smx509"
	bolt "go.etcd.io/bbolt"
	"golang.org/x/mod/sumdb/note"
)

// TestSM3Vectors checks the SM suite's hash against the examples of
// GB/T 32905-2016, appendix A.
func TestSM3Vectors(t *testing.T) {
	for msg, want := range map[string]string{
		"abc":                      "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
		strings.Repeat("abcd", 16): "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
	} {
		if got := SM.Sum([]byte(msg)); hex.EncodeToString(got[:]) != want {
			t.Errorf("SM3(%q) = %s, GB/T 32905 says %s", msg, got, want)
		}
	}
}

// TestSM2OpenSSL checks mishen's SM2 verifier against a signature made by
// OpenSSL, an independent implementation (testdata/sm2/make-sm2.sh),
// with the default user id of GB/T 32918.2.
func TestSM2OpenSSL(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/sm2/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	pemText := string(read("pub.pem"))
	der := pemBody(t, pemText)
	k, err := smx509.ParsePKIXPublicKey(der)
	if err != nil {
		t.Fatal(err)
	}
	pub, ok := k.(*ecdsa.PublicKey)
	if !ok {
		t.Fatalf("key is %T", k)
	}
	v := &sm2Verifier{pub: pub}
	msg, sig := read("msg.txt"), read("msg.sig")
	if !v.Verify(msg, sig) {
		t.Fatal("an OpenSSL SM2 signature does not verify")
	}
	msg[0] ^= 1
	if v.Verify(msg, sig) {
		t.Fatal("a changed message verifies")
	}
}

func pemBody(t *testing.T, s string) []byte {
	t.Helper()
	var b64 strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "-----") {
			b64.WriteString(l)
		}
	}
	der, err := decodeB64(b64.String())
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// TestSMCheckpoint signs and opens a checkpoint with an SM2 key; an
// Ed25519 key does not open it, and a checkpoint whose suite line
// disagrees with its key is refused.
func TestSMCheckpoint(t *testing.T) {
	sk, vk, err := GenerateKey(SM, KeyName)
	if err != nil {
		t.Fatal(err)
	}
	s, su, err := NewSigner(sk)
	if err != nil || su != SM {
		t.Fatalf("signer: %v %v", su, err)
	}
	cp := Checkpoint{Origin: KeyName, Size: 9, Root: SM.Sum([]byte("x")), Time: time.Now().UTC().Truncate(time.Second), Suite: SM.Name}
	msg, err := SignCheckpoint(s, cp)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpenCheckpoint(msg, vk)
	if err != nil || got != cp {
		t.Fatalf("open: %+v %v", got, err)
	}
	_, edKey, _ := note.GenerateKey(rand.Reader, KeyName)
	if _, err := OpenCheckpoint(msg, edKey); err == nil {
		t.Fatal("an SM2 checkpoint opened with an Ed25519 key")
	}
	cp.Suite = SHA256.Name
	msg, _ = SignCheckpoint(s, cp)
	if _, err := OpenCheckpoint(msg, vk); err == nil {
		t.Fatal("a checkpoint claiming sha256 opened with an SM2 key")
	}
	if _, _, err := LoadKey(t.TempDir(), SM); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, _, err := LoadKey(dir, SHA256); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadKey(dir, SM); err == nil {
		t.Fatal("an Ed25519 key was loaded for an SM log")
	}
}

func decodeB64(s string) ([]byte, error) { return base64.StdEncoding.DecodeString(s) }

// TestInitSuite checks that a log's suite is chosen at creation, recorded
// in its header, kept by later opens, and never changed.
func TestInitSuite(t *testing.T) {
	db := openBolt(t, t.TempDir()+"/s.db")
	defer db.Close()
	if err := db.Update(InitSuite("sm")); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := Append(Bolt(tx), sampleEvent(1))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"", "sm"} {
		if err := db.Update(InitSuite(flag)); err != nil {
			t.Fatalf("reopening with %q: %v", flag, err)
		}
	}
	if err := db.Update(InitSuite("sha256")); err == nil || !strings.Contains(err.Error(), "sm3-sm2") {
		t.Fatalf("an SM log became sha256: %v", err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		su, err := Bolt(tx).Suite()
		if err != nil || su != SM {
			t.Fatalf("suite: %v %v", su, err)
		}
		e, err := Get(Bolt(tx), 1)
		if err != nil {
			return err
		}
		if h, _ := e.ComputeHashWith(SM); h != e.Hash {
			t.Fatal("the event is not hashed with SM3")
		}
		sum, err := Verify(Bolt(tx), nil)
		if err != nil || !sum.OK {
			t.Fatalf("verify: %+v %v", sum, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
