package audit

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/transparency-dev/merkle/compact"
	bolt "go.etcd.io/bbolt"
)

// TestTreeRFC6962 checks the tree against RFC 6962's definition, computed
// here the slow way (MTH of the RFC, section 2.1), and checks every
// inclusion and consistency proof the stored nodes give with the
// library's verifier.
func TestTreeRFC6962(t *testing.T) {
	for _, su := range []*Suite{SHA256, SM} {
		t.Run(su.Name, func(t *testing.T) { testTree(t, su) })
	}
}

func testTree(t *testing.T, su *Suite) {
	m := Mem{Crypto: su}
	evs := fill(t, &m, 21)
	leaves := make([][]byte, len(evs))
	for i := range evs {
		b, _ := evs[i].MarshalBinary()
		leaves[i] = b
	}
	var mth func(d [][]byte) Hash
	mth = func(d [][]byte) Hash {
		switch len(d) {
		case 0:
			return su.Sum(nil)
		case 1:
			return su.Sum(append([]byte{0}, d[0]...))
		}
		k := 1
		for k*2 < len(d) {
			k *= 2
		}
		l, r := mth(d[:k]), mth(d[k:])
		return su.Sum(append(append([]byte{1}, l[:]...), r[:]...))
	}
	for size := uint64(0); size <= uint64(len(leaves)); size++ {
		root, err := RootAt(&m, size)
		if err != nil {
			t.Fatal(err)
		}
		if want := mth(leaves[:size]); root != want {
			t.Fatalf("root at %d = %s, RFC 6962 says %s", size, root, want)
		}
		for seq := uint64(1); seq <= size; seq++ {
			p, err := InclusionProof(&m, seq, size)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyInclusion(m.suite(), seq-1, size, LeafHash(m.suite(), leaves[seq-1]), p, root); err != nil {
				t.Fatalf("inclusion of %d in %d: %v", seq, size, err)
			}
			if seq > 1 && VerifyInclusion(m.suite(), seq-2, size, LeafHash(m.suite(), leaves[seq-1]), p, root) == nil {
				t.Fatalf("inclusion of %d in %d verifies at the wrong index", seq, size)
			}
		}
		for old := uint64(1); old <= size; old++ {
			p, err := ConsistencyProof(&m, old, size)
			if err != nil {
				t.Fatal(err)
			}
			oldRoot, _ := RootAt(&m, old)
			if err := VerifyConsistency(m.suite(), old, size, p, oldRoot, root); err != nil {
				t.Fatalf("consistency %d -> %d: %v", old, size, err)
			}
		}
	}
	if sum, breaks := verifyAll(t, &m); !sum.OK || sum.Root != mth(leaves) {
		t.Fatalf("verify: %+v %v", sum, breaks)
	}
}

// TestMigration imports a trail written before the tree: its chain is
// verified, the tree built, and the import recorded; a broken old chain
// is refused rather than blessed with a tree.
func TestMigration(t *testing.T) {
	for _, broken := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "old.db")
		db := openBolt(t, path)
		if err := db.Update(func(tx *bolt.Tx) error {
			if err := Init(tx); err != nil {
				return err
			}
			for i := 1; i <= 9; i++ {
				if _, err := Append(Bolt(tx), sampleEvent(i)); err != nil {
					return err
				}
			}
			// Make it a trail of the old format: no tree, no index.
			if err := tx.DeleteBucket(treeBucket); err != nil {
				return err
			}
			if err := tx.DeleteBucket(reviewBucket); err != nil {
				return err
			}
			if broken {
				rec := append([]byte(nil), tx.Bucket(eventsBucket).Get(seqKey(4))...)
				rec[20] ^= 1
				if err := tx.Bucket(eventsBucket).Put(seqKey(4), rec); err != nil {
					return err
				}
			}
			return tx.Bucket(metaBucket).Delete(treeKeyMeta)
		}); err != nil {
			t.Fatal(err)
		}
		err := db.Update(Init)
		if broken {
			if err == nil || !strings.Contains(err.Error(), "break") {
				t.Fatalf("a broken old trail was migrated: %v", err)
			}
			db.Close()
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := db.View(func(tx *bolt.Tx) error {
			s := Bolt(tx)
			sum, err := Verify(s, nil)
			if err != nil || !sum.OK || sum.Events != 10 {
				t.Fatalf("after migration: %+v %v", sum, err)
			}
			e, err := Get(s, 10)
			if err != nil || e.Action != ActionLogMigrated || e.Details["events"] != "9" || e.Details["chain_verified"] != "true" {
				t.Fatalf("migration event: %+v %v", e, err)
			}
			evs, err := ReviewEvents(s, "R00000003")
			if err != nil || len(evs) != 1 {
				t.Fatalf("index after migration: %v %v", evs, err)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}

// TestTreeNodeEdited changes one stored tree node: proofs from it would
// lie, so Verify reports it even though every event is intact.
func TestTreeNodeEdited(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	db := openBolt(t, path)
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error {
		if err := Init(tx); err != nil {
			return err
		}
		for i := 1; i <= 8; i++ {
			if _, err := Append(Bolt(tx), sampleEvent(i)); err != nil {
				return err
			}
		}
		h := make([]byte, 32)
		return tx.Bucket(treeBucket).Put(treeKey(compact.NewNodeID(1, 2)), h)
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		sum, breaks := verifyAll(t, Bolt(tx))
		if sum.OK || len(breaks) != 1 || breaks[0].Kind != BreakTree {
			t.Fatalf("edited node: %+v %v", sum, breaks)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
