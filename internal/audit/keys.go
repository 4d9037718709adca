package audit

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/emmansun/gmsm/sm2"
	"github.com/emmansun/gmsm/sm3"
	"golang.org/x/mod/sumdb/note"
)

// Keys are written the way golang.org/x/mod/sumdb/note writes them:
//
//	verifier key: <name>+<key hash, 8 hex>+<base64 of algorithm byte || public key>
//	signer key:   PRIVATE+KEY+<name>+<key hash>+<base64 of algorithm byte || private key>
//
// Ed25519 (algorithm 1) keys are note's own and are handled by it. SM2
// keys use algorithm byte algSM2 (not assigned by C2SP; private to
// mishen), the public key as the uncompressed point of GB/T 32918.1
// (0x04 || x || y) and the private key as its 32-byte scalar; their key
// hash is the first 4 bytes of SM3(name || "\n" || algorithm || key), and
// signatures are SM2 (GB/T 32918.2, the default user id
// 1234567812345678) in ASN.1 DER over the note text.
const algSM2 = 0xF2

// sm2UID is the default user id of GB/T 32918.2 / GM/T 0009.
var sm2UID = []byte("1234567812345678")

// GenerateKey returns a new signer and verifier key of suite su.
func GenerateKey(su *Suite, name string) (skey, vkey string, err error) {
	if su != SM {
		return note.GenerateKey(rand.Reader, name)
	}
	priv, err := sm2.GenerateKey(rand.Reader)
	if err != nil {
		return "", "", err
	}
	pub := append([]byte{algSM2}, elliptic.Marshal(sm2.P256(), priv.X, priv.Y)...) //nolint:staticcheck // the point encoding GB/T 32918.1 names
	d := append([]byte{algSM2}, priv.D.FillBytes(make([]byte, 32))...)
	h := sm2KeyHash(name, pub)
	skey = fmt.Sprintf("PRIVATE+KEY+%s+%08x+%s", name, h, base64.StdEncoding.EncodeToString(d))
	vkey = fmt.Sprintf("%s+%08x+%s", name, h, base64.StdEncoding.EncodeToString(pub))
	return skey, vkey, nil
}

func sm2KeyHash(name string, key []byte) uint32 {
	d := sm3.New()
	d.Write([]byte(name))
	d.Write([]byte("\n"))
	d.Write(key)
	return binary.BigEndian.Uint32(d.Sum(nil))
}

// splitKey reads name+hash+base64 (after any PRIVATE+KEY+ prefix).
func splitKey(k string) (name string, hash uint32, key []byte, err error) {
	name, rest, ok1 := strings.Cut(k, "+")
	h, b64, ok2 := strings.Cut(rest, "+")
	n, err1 := strconv.ParseUint(h, 16, 32)
	key, err2 := base64.StdEncoding.DecodeString(b64)
	if !ok1 || !ok2 || err1 != nil || err2 != nil || len(h) != 8 || len(key) == 0 {
		return "", 0, nil, errors.New("audit: malformed key")
	}
	return name, uint32(n), key, nil
}

// NewSigner reads a signer key of either suite.
func NewSigner(skey string) (note.Signer, *Suite, error) {
	skey = strings.TrimSpace(skey)
	rest, ok := strings.CutPrefix(skey, "PRIVATE+KEY+")
	if !ok {
		return nil, nil, errors.New("audit: malformed signer key")
	}
	name, h, key, err := splitKey(rest)
	if err != nil {
		return nil, nil, err
	}
	if key[0] != algSM2 {
		s, err := note.NewSigner(skey)
		return s, SHA256, err
	}
	if len(key) != 33 {
		return nil, nil, errors.New("audit: malformed SM2 signer key")
	}
	c := sm2.P256()
	priv := &sm2.PrivateKey{}
	priv.D = new(big.Int).SetBytes(key[1:])
	priv.Curve = c
	priv.X, priv.Y = c.ScalarBaseMult(key[1:])                            //nolint:staticcheck // deriving the public point
	pub := append([]byte{algSM2}, elliptic.Marshal(c, priv.X, priv.Y)...) //nolint:staticcheck
	if sm2KeyHash(name, pub) != h {
		return nil, nil, errors.New("audit: SM2 signer key hash does not match its key")
	}
	return &sm2Signer{name: name, hash: h, priv: priv}, SM, nil
}

// NewVerifier reads a verifier key of either suite.
func NewVerifier(vkey string) (note.Verifier, *Suite, error) {
	vkey = strings.TrimSpace(vkey)
	name, h, key, err := splitKey(vkey)
	if err != nil {
		return nil, nil, err
	}
	if key[0] != algSM2 {
		v, err := note.NewVerifier(vkey)
		return v, SHA256, err
	}
	x, y := elliptic.Unmarshal(sm2.P256(), key[1:]) //nolint:staticcheck // the point encoding GB/T 32918.1 names
	if x == nil || sm2KeyHash(name, key) != h {
		return nil, nil, errors.New("audit: malformed SM2 verifier key")
	}
	return &sm2Verifier{name: name, hash: h, pub: &ecdsa.PublicKey{Curve: sm2.P256(), X: x, Y: y}}, SM, nil
}

type sm2Signer struct {
	name string
	hash uint32
	priv *sm2.PrivateKey
}

func (s *sm2Signer) Name() string    { return s.name }
func (s *sm2Signer) KeyHash() uint32 { return s.hash }
func (s *sm2Signer) Sign(msg []byte) ([]byte, error) {
	return sm2.SignASN1(rand.Reader, s.priv, msg, sm2.NewSM2SignerOption(true, sm2UID))
}

type sm2Verifier struct {
	name string
	hash uint32
	pub  *ecdsa.PublicKey
}

func (v *sm2Verifier) Name() string    { return v.name }
func (v *sm2Verifier) KeyHash() uint32 { return v.hash }
func (v *sm2Verifier) Verify(msg, sig []byte) bool {
	return sm2.VerifyASN1WithSM2(v.pub, sm2UID, msg, sig)
}
