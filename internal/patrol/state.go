package patrol

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/report"
)

// Bucket names of the state file.
var (
	bucketMeta     = []byte("meta")
	bucketFrontier = []byte("frontier") // seq → entry, waiting to be fetched
	bucketInflight = []byte("inflight") // seq → entry, being fetched
	bucketSeen     = []byte("seen")     // URL → pass that queued it
	bucketItems    = []byte("items")    // URL → last Item
	bucketLinks    = []byte("links")    // page URL → its links, one a line
	bucketProblems = []byte("problems") // URL of an item that blocks or needs review → nothing
	keyPass        = []byte("pass")
	keyRunning     = []byte("running")
	keyStarted     = []byte("started")
)

// ErrStateBusy is returned by OpenState when another process holds the
// state file.
var ErrStateBusy = errors.New("patrol: state file is in use by another patrol")

// State is the bbolt file that makes a patrol resumable and incremental:
// the frontier, the URLs seen in the current pass, and the last result
// of every URL (its validators, content hash, dictionary version and
// findings). It is safe for concurrent use.
type State struct {
	db *bolt.DB
}

// entry is one URL waiting in the frontier.
type entry struct {
	URL      string `json:"u"`
	Referrer string `json:"r,omitempty"`
	Depth    int    `json:"d"`
	Sitemap  bool   `json:"s,omitempty"`
	seq      uint64
}

// OpenState opens (or creates) the state file at path.
func OpenState(path string) (*State, error) {
	// NoSync: a crawl state is a cache of what the site said; losing its
	// last seconds in a power cut costs a refetch, never a wrong report,
	// and syncing every URL would bound the crawl by the disk.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, NoSync: true, NoFreelistSync: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, ErrStateBusy
	}
	if err != nil {
		return nil, fmt.Errorf("patrol: open state: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketFrontier, bucketInflight, bucketSeen, bucketItems, bucketLinks, bucketProblems} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("patrol: open state: %w", err)
	}
	return &State{db: db}, nil
}

// Close syncs and closes the state file.
func (s *State) Close() error {
	s.db.Sync()
	return s.db.Close()
}

func u64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func b64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

// begin starts a new pass, or continues the one that was interrupted;
// resumed says which. On a new pass the seeds are queued.
func (s *State) begin(seeds []entry) (pass uint64, resumed bool, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		pass = u64(meta.Get(keyPass))
		if pass > 0 && string(meta.Get(keyRunning)) == "1" {
			resumed = true
			// What was being fetched when the run stopped goes back to
			// the head of the frontier.
			in, fr := tx.Bucket(bucketInflight), tx.Bucket(bucketFrontier)
			c := in.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if err := fr.Put(k, v); err != nil {
					return err
				}
			}
			if err := tx.DeleteBucket(bucketInflight); err != nil {
				return err
			}
			_, err := tx.CreateBucket(bucketInflight)
			return err
		}
		pass++
		for _, b := range [][]byte{bucketFrontier, bucketInflight} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		if err := meta.Put(keyPass, b64(pass)); err != nil {
			return err
		}
		if err := meta.Put(keyRunning, []byte("1")); err != nil {
			return err
		}
		if err := meta.Put(keyStarted, []byte(time.Now().UTC().Format(time.RFC3339))); err != nil {
			return err
		}
		_, err := addTx(tx, pass, seeds)
		return err
	})
	return pass, resumed, err
}

// add queues the entries not yet seen in this pass and returns how many.
func (s *State) add(pass uint64, es []entry) (n int, err error) {
	if len(es) == 0 {
		return 0, nil
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		n, err = addTx(tx, pass, es)
		return err
	})
	return n, err
}

func addTx(tx *bolt.Tx, pass uint64, es []entry) (int, error) {
	seen, fr := tx.Bucket(bucketSeen), tx.Bucket(bucketFrontier)
	n := 0
	for _, e := range es {
		k := []byte(e.URL)
		if u64(seen.Get(k)) == pass {
			continue
		}
		if err := seen.Put(k, b64(pass)); err != nil {
			return n, err
		}
		seq, err := fr.NextSequence()
		if err != nil {
			return n, err
		}
		v, _ := json.Marshal(e)
		if err := fr.Put(b64(seq), v); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// markSeen records that u was reached in this pass (the end of a
// redirect), so that a link to it is not queued again.
func (s *State) markSeen(pass uint64, u string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSeen).Put([]byte(u), b64(pass))
	})
}

// pop moves the first entry of the frontier to the in-flight set; ok is
// false when the frontier is empty.
func (s *State) pop() (e entry, ok bool, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		fr := tx.Bucket(bucketFrontier)
		k, v := fr.Cursor().First()
		if k == nil {
			return nil
		}
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("patrol: state: frontier entry: %w", err)
		}
		e.seq = u64(k)
		key := append([]byte(nil), k...)
		val := append([]byte(nil), v...)
		if err := fr.Delete(key); err != nil {
			return err
		}
		ok = true
		return tx.Bucket(bucketInflight).Put(key, val)
	})
	return e, ok, err
}

// done records the result of an in-flight entry (it may be nil for a
// sitemap, which has no item), the page's links and the URL that
// redirected to it; dup says the item was stored in this pass already
// and was not stored again.
func (s *State) done(e entry, it *Item, links []string, redirect *Item) (dup bool, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketInflight).Delete(b64(e.seq)); err != nil {
			return err
		}
		if redirect != nil {
			if err := putItem(tx, redirect); err != nil {
				return err
			}
		}
		if it == nil {
			return nil
		}
		if old := tx.Bucket(bucketItems).Get([]byte(it.URL)); old != nil {
			var o struct {
				Pass uint64 `json:"pass"`
			}
			if json.Unmarshal(old, &o) == nil && o.Pass == it.Pass {
				dup = true
				return nil
			}
		}
		if err := putItem(tx, it); err != nil {
			return err
		}
		if links != nil {
			return tx.Bucket(bucketLinks).Put([]byte(it.URL), []byte(strings.Join(links, "\n")))
		}
		return nil
	})
	return dup, err
}

// putItem stores it and keeps the index of problems, so that the patrol
// page reads the problems of a large site without decoding every item.
func putItem(tx *bolt.Tx, it *Item) error {
	v, err := json.Marshal(it)
	if err != nil {
		return err
	}
	k := []byte(it.URL)
	if err := tx.Bucket(bucketItems).Put(k, v); err != nil {
		return err
	}
	if it.Verdict == report.Block || it.Verdict == report.Review {
		return tx.Bucket(bucketProblems).Put(k, nil)
	}
	return tx.Bucket(bucketProblems).Delete(k)
}

// Problems calls fn with every stored item that blocks or needs review,
// in URL order, until fn returns false; fn must not call other State
// methods.
func (s *State) Problems(fn func(*Item) bool) error {
	return s.db.View(func(tx *bolt.Tx) error {
		items := tx.Bucket(bucketItems)
		c := tx.Bucket(bucketProblems).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			v := items.Get(k)
			if v == nil {
				continue
			}
			var it Item
			if err := json.Unmarshal(v, &it); err != nil {
				return fmt.Errorf("patrol: state: item %s: %w", k, err)
			}
			if !fn(&it) {
				return nil
			}
		}
		return nil
	})
}

// finish marks the pass complete: the next run starts a new one.
func (s *State) finish() error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyRunning, []byte("0"))
	})
}

// item returns the last result stored for u.
func (s *State) item(u string) (it *Item, links []string, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketItems).Get([]byte(u))
		if v == nil {
			return nil
		}
		it = new(Item)
		if err := json.Unmarshal(v, it); err != nil {
			return fmt.Errorf("patrol: state: item %s: %w", u, err)
		}
		if l := tx.Bucket(bucketLinks).Get([]byte(u)); len(l) > 0 {
			links = strings.Split(string(l), "\n")
		}
		return nil
	})
	return it, links, err
}

// Items calls fn with every stored item of the last pass that reached it,
// in URL order, until fn returns false. It reads in one transaction; fn
// must not call other State methods.
func (s *State) Items(fn func(*Item) bool) error {
	return s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketItems).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var it Item
			if err := json.Unmarshal(v, &it); err != nil {
				return fmt.Errorf("patrol: state: item %s: %w", k, err)
			}
			if !fn(&it) {
				return nil
			}
		}
		return nil
	})
}

// Progress says where the state file stands: the current pass, whether
// it was left unfinished, and how many URLs wait in the frontier.
type Progress struct {
	Pass    uint64 `json:"pass"`
	Running bool   `json:"running"`
	Queued  int    `json:"queued"`
	Items   int    `json:"items"`
	Started string `json:"started,omitempty"`
}

// Progress reads the state's counters.
func (s *State) Progress() (p Progress, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		p.Pass = u64(meta.Get(keyPass))
		p.Running = string(meta.Get(keyRunning)) == "1"
		p.Started = string(meta.Get(keyStarted))
		p.Queued = tx.Bucket(bucketFrontier).Stats().KeyN + tx.Bucket(bucketInflight).Stats().KeyN
		p.Items = tx.Bucket(bucketItems).Stats().KeyN
		return nil
	})
	return p, err
}
