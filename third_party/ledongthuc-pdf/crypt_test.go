package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"io"
	"testing"
)

// pkcs7 pads data to whole AES blocks.
func pkcs7(data []byte) []byte {
	k := aes.BlockSize - len(data)%aes.BlockSize
	return append(append([]byte{}, data...), bytes.Repeat([]byte{byte(k)}, k)...)
}

func TestCBCReaderRemovesPadding(t *testing.T) {
	key := bytes.Repeat([]byte{0x33}, 16)
	block, _ := aes.NewCipher(key)
	iv := bytes.Repeat([]byte{0x01}, 16)
	for _, n := range []int{0, 1, 15, 16, 17, cbcChunk - 1, cbcChunk, cbcChunk + 16, 3*cbcChunk + 5} {
		plain := bytes.Repeat([]byte("abcdefg"), n/7+1)[:n]
		ct := pkcs7(plain)
		cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, ct)
		r := &cbcReader{cbc: cipher.NewCBCDecrypter(block, iv), rd: bytes.NewReader(ct)}
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%d bytes: ReadAll: %v", n, err)
		}
		if !bytes.Equal(got, plain) {
			t.Fatalf("%d bytes: decrypted %d bytes, want %d", n, len(got), len(plain))
		}
	}
}

func TestObjectKeyLength(t *testing.T) {
	// Algorithm 1 step d: n+5 bytes, at most 16.
	for _, tc := range []struct{ keyLen, want int }{{5, 10}, {7, 12}, {11, 16}, {16, 16}} {
		s := &security{key: make([]byte, tc.keyLen)}
		if got := len(s.objectKey(cryptRC4, objptr{id: 1})); got != tc.want {
			t.Errorf("%d-byte file key: object key of %d bytes, want %d", tc.keyLen, got, tc.want)
		}
	}
	s := &security{key: make([]byte, 32)}
	if got := s.objectKey(cryptAESV3, objptr{id: 1}); len(got) != 32 {
		t.Errorf("AES-256 object key of %d bytes, want the 32-byte file key", len(got))
	}
}

func TestDecryptString(t *testing.T) {
	ptr := objptr{id: 7, gen: 2}
	for _, m := range []cryptMethod{cryptRC4, cryptAESV2, cryptAESV3} {
		key := bytes.Repeat([]byte{0x42}, 16)
		if m == cryptAESV3 {
			key = bytes.Repeat([]byte{0x42}, 32)
		}
		s := &security{key: key, str: m}
		plain := "秘密★1年"
		var sealed string
		if m == cryptRC4 {
			sealed = s.decryptString(ptr, plain) // RC4 is its own inverse
		} else {
			block, _ := aes.NewCipher(s.objectKey(m, ptr))
			iv := bytes.Repeat([]byte{0x01}, 16)
			ct := pkcs7([]byte(plain))
			cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, ct)
			sealed = string(iv) + string(ct)
		}
		if got := s.decryptString(ptr, sealed); got != plain {
			t.Errorf("method %d: got %q, want %q", m, got, plain)
		}
		if m != cryptRC4 {
			if got := s.decryptString(ptr, "short"); got != "" {
				t.Errorf("method %d: a string shorter than two blocks gave %q", m, got)
			}
		}
	}
	s := &security{key: make([]byte, 16), str: cryptRC4, encrypt: ptr}
	if got := s.decryptString(ptr, "O entry"); got != "O entry" {
		t.Errorf("a string of the encryption dictionary was decrypted: %q", got)
	}
}

func TestCryptFilters(t *testing.T) {
	enc := dict{
		"CF": dict{
			"StdCF": dict{"CFM": name("AESV2"), "Length": int64(16)},
			"Plain": dict{"CFM": name("None")},
		},
		"StmF": name("StdCF"),
		"StrF": name("Identity"),
	}
	s := &security{encryptMetadata: true}
	if err := s.cryptFilters(enc, false); err != nil {
		t.Fatal(err)
	}
	if s.stm != cryptAESV2 || s.str != cryptIdentity || s.eff != cryptAESV2 {
		t.Fatalf("stm %d str %d eff %d", s.stm, s.str, s.eff)
	}
	for _, tc := range []struct {
		hdr  dict
		want cryptMethod
	}{
		{dict{}, cryptAESV2},
		{dict{"Type": name("XRef")}, cryptIdentity},
		{dict{"Filter": name("Crypt")}, cryptIdentity},
		{dict{"Filter": array{name("Crypt"), name("FlateDecode")}, "DecodeParms": array{dict{"Name": name("Plain")}, nil}}, cryptIdentity},
		{dict{"Filter": name("Crypt"), "DecodeParms": dict{"Name": name("StdCF")}}, cryptAESV2},
	} {
		if got := s.streamMethod(tc.hdr); got != tc.want {
			t.Errorf("%v: method %d, want %d", tc.hdr, got, tc.want)
		}
	}
	s.encryptMetadata = false
	if got := s.streamMethod(dict{"Type": name("Metadata")}); got != cryptIdentity {
		t.Errorf("metadata with EncryptMetadata false: method %d", got)
	}
	if err := s.cryptFilters(dict{"CF": dict{"X": dict{"CFM": name("AESV3")}}, "StmF": name("X")}, false); err == nil {
		t.Error("AESV3 accepted with V 4")
	}
	if err := s.cryptFilters(dict{"StmF": name("Missing")}, false); err == nil {
		t.Error("an unknown StmF accepted")
	}
}
