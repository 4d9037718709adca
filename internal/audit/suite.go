package audit

import (
	"crypto/sha256"
	"fmt"
	"hash"

	"github.com/emmansun/gmsm/sm3"
	"github.com/transparency-dev/merkle"
	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/rfc6962"
)

// Suite is the cryptography of one log: the hash of its chain and tree
// and the signature of its checkpoints. A log is created with a suite and
// keeps it; its name is in the log's header (the meta bucket) and on
// every checkpoint, so that verification never guesses.
//
// Two suites exist. SHA256 (the default) hashes with SHA-256 and signs
// with Ed25519. SM, for buyers whose 商用密码应用安全性评估 (GB/T 39786-2021)
// asks for Chinese commercial cryptography, hashes with SM3 (GB/T 32905)
// and signs with SM2 (GB/T 32918), both from github.com/emmansun/gmsm.
// The tree has RFC 6962's shape in both: leaf = H(0x00 || data), node =
// H(0x01 || left || right), the empty tree H("").
type Suite struct {
	// Name is how the suite is recorded: sha256-ed25519 or sm3-sm2.
	Name string
	// Flag is its value for --crypto: sha256 or sm.
	Flag string
	h    func() hash.Hash
	tree merkle.LogHasher
	rf   *compact.RangeFactory
}

// The suites.
var (
	SHA256 = newSuite("sha256-ed25519", "sha256", sha256.New, rfc6962.DefaultHasher)
	SM     = newSuite("sm3-sm2", "sm", sm3.New, treeHasher{sm3.New})
)

func newSuite(name, flag string, h func() hash.Hash, tree merkle.LogHasher) *Suite {
	return &Suite{Name: name, Flag: flag, h: h, tree: tree, rf: &compact.RangeFactory{Hash: tree.HashChildren}}
}

// Sum hashes b with the suite's hash.
func (s *Suite) Sum(b []byte) Hash {
	d := s.h()
	d.Write(b)
	var out Hash
	copy(out[:], d.Sum(nil))
	return out
}

// SuiteNamed returns the suite recorded as name, or named by its --crypto
// flag value.
func SuiteNamed(name string) (*Suite, error) {
	for _, s := range []*Suite{SHA256, SM} {
		if name == s.Name || name == s.Flag {
			return s, nil
		}
	}
	return nil, fmt.Errorf("audit: unknown crypto suite %q (want sha256 or sm)", name)
}

// treeHasher is RFC 6962's tree hashing over another hash (SM3): the
// library's rfc6962 hasher takes only hashes registered in package crypto.
type treeHasher struct{ h func() hash.Hash }

func (t treeHasher) EmptyRoot() []byte { return t.h().Sum(nil) }

func (t treeHasher) HashLeaf(leaf []byte) []byte {
	d := t.h()
	d.Write([]byte{rfc6962.RFC6962LeafHashPrefix})
	d.Write(leaf)
	return d.Sum(nil)
}

func (t treeHasher) HashChildren(l, r []byte) []byte {
	d := t.h()
	d.Write([]byte{rfc6962.RFC6962NodeHashPrefix})
	d.Write(l)
	d.Write(r)
	return d.Sum(nil)
}

func (t treeHasher) Size() int { return t.h().Size() }
