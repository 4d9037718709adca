package review

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/emmansun/gmsm/sm4"
)

// What mishen shows of submitted text to anyone but its submitter must
// not let them recover it. An ID number shown as its first 6 and last 4
// digits hides only a birth date, about 36,500 values: an unkeyed SHA-256
// of a short draft that contains it is inverted in a second. So every
// digest of submitted bytes that reaches a reviewer, an auditor or the
// trail is an HMAC under a key of its review, derived from the server's
// content key (ContentKeyFile, kept beside the database and never shown);
// the plain SHA-256 that a CMS compares with what it publishes is shown
// to the submitter only, and given with the review's key in the release
// receipt, so that the receipt can still be checked offline. No hash of
// the title is kept at all.

// ContentKeyFile is the server's content key inside the data folder.
const ContentKeyFile = "content-mac.key"

// DraftKeysFile holds the per-draft encryption keys, one fixed slot per
// review, overwritten with zeros when the draft is deleted.
const DraftKeysFile = "draft-keys"

// loadOrCreateKey reads a 32-byte key from path, creating it (mode 0600)
// when missing.
func loadOrCreateKey(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		if len(b) != 32 {
			return nil, fmt.Errorf("review: %s should hold 32 bytes, has %d; restore it from backup", path, len(b))
		}
		return b, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("review: reading %s: %w", path, err)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("review: creating %s: %w", path, err)
	}
	if _, err := f.Write(key); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, err
	}
	return key, f.Close()
}

// reviewKey is review id's content key: HMAC-SHA256 of the id under the
// server's key. Giving it to the submitter (in a receipt) reveals nothing
// of other reviews.
func (s *Service) reviewKey(id string) []byte {
	m := hmac.New(sha256.New, s.macKey)
	m.Write([]byte("mishen review content key v1\x00"))
	m.Write([]byte(id))
	return m.Sum(nil)
}

// ContentMAC is the keyed digest that stands for a SHA-256 (in hex) of
// submitted bytes wherever people other than the submitter can see it:
// HMAC-SHA256 under the review's key of the lowercase hex digest.
func ContentMAC(reviewKey []byte, sha256Hex string) string {
	m := hmac.New(sha256.New, reviewKey)
	m.Write([]byte(sha256Hex))
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Service) mac(id, sha256Hex string) string { return ContentMAC(s.reviewKey(id), sha256Hex) }

// digest is what the trail records as the review's content hash: the
// keyed digest, or for reviews recorded before keyed digests the plain
// SHA-256 they were recorded with.
func (r *Review) digest() string {
	if r.ContentMAC != "" {
		return r.ContentMAC
	}
	return r.ContentSHA256
}

// ShownTo returns r as actor a may see it: only its submitter sees the
// plain SHA-256 digests of the bytes; everyone else sees the keyed ones.
func (r *Review) ShownTo(a Actor) *Review {
	if a.Name == r.Submitter && a.Role == Publisher {
		return r
	}
	c := *r
	c.ContentSHA256, c.TitleSHA256 = "", ""
	c.Files = make([]File, len(r.Files))
	for i, f := range r.Files {
		f.SHA256 = ""
		c.Files[i] = f
	}
	return &c
}

// shownTo is Summary's ShownTo.
func (m Summary) shownTo(a Actor) Summary {
	if a.Name != m.Submitter || a.Role != Publisher {
		m.ContentSHA256 = ""
	}
	return m
}

// draftKeys is the file of per-draft keys: slot seq holds review seq's
// 32-byte key at offset 32×seq. Deleting a draft overwrites its slot with
// zeros and syncs, so that the ciphertext left in bbolt's freed pages can
// no longer be read: crypto-shredding. bbolt never overwrites a page in
// place, which is why the keys are not kept in it.
//
// A key is created inside the transaction that stores its draft, and
// made durable by flush after that transaction commits and before the
// draft is acknowledged: an fsync inside the transaction would hold the
// database's one writer (and every review of its group commit) for each
// kept draft. A crash between the commit and the flush can lose the key
// of a draft that was never acknowledged; that draft then reads as
// shredded.
type draftKeys struct {
	mu sync.Mutex
	f  *os.File
	// written counts the keys written; synced is what written was when
	// the last fsync that finished began. syncMu lets one fsync serve
	// every key written before it.
	written, synced uint64
	syncMu          sync.Mutex
}

const draftKeySize = 32

func openDraftKeys(path string) (*draftKeys, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("review: opening %s: %w", path, err)
	}
	return &draftKeys{f: f}, nil
}

func (k *draftKeys) close() error {
	if k == nil {
		return nil
	}
	return k.f.Close()
}

// create makes a fresh key in slot seq. It is written, not yet durable:
// call flush before acknowledging what it seals.
func (k *draftKeys) create(seq uint64) ([]byte, error) {
	key := make([]byte, draftKeySize)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if _, err := k.f.WriteAt(key, int64(seq)*draftKeySize); err != nil {
		return nil, fmt.Errorf("review: writing a draft key: %w", err)
	}
	k.written++
	return key, nil
}

// flush makes every key created before the call durable. Concurrent
// callers share fsyncs: a caller whose keys an fsync that began after
// them already covered returns at once.
func (k *draftKeys) flush() error {
	k.mu.Lock()
	want := k.written
	k.mu.Unlock()
	k.syncMu.Lock()
	defer k.syncMu.Unlock()
	k.mu.Lock()
	upto, done := k.written, k.synced >= want
	k.mu.Unlock()
	if done {
		return nil
	}
	if err := k.f.Sync(); err != nil {
		return fmt.Errorf("review: writing a draft key: %w", err)
	}
	k.mu.Lock()
	k.synced = max(k.synced, upto)
	k.mu.Unlock()
	return nil
}

// get returns slot seq's key; nil when it was shredded or never made.
func (k *draftKeys) get(seq uint64) ([]byte, error) {
	key := make([]byte, draftKeySize)
	k.mu.Lock()
	defer k.mu.Unlock()
	n, err := k.f.ReadAt(key, int64(seq)*draftKeySize)
	if n < draftKeySize {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	for _, b := range key {
		if b != 0 {
			return key, nil
		}
	}
	return nil, nil
}

// shred overwrites the keys of seqs with zeros and syncs once.
func (k *draftKeys) shred(seqs ...uint64) error {
	if len(seqs) == 0 {
		return nil
	}
	var zero [draftKeySize]byte
	k.mu.Lock()
	defer k.mu.Unlock()
	st, err := k.f.Stat()
	if err != nil {
		return err
	}
	for _, seq := range seqs {
		off := int64(seq) * draftKeySize
		if off >= st.Size() {
			continue
		}
		if _, err := k.f.WriteAt(zero[:], off); err != nil {
			return fmt.Errorf("review: shredding a draft key: %w", err)
		}
	}
	if err := k.f.Sync(); err != nil {
		return err
	}
	k.synced = k.written // under mu: every key written so far is on disk
	return nil
}

// live returns the slots that hold a key.
func (k *draftKeys) live() ([]uint64, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	b, err := os.ReadFile(k.f.Name())
	if err != nil {
		return nil, err
	}
	var out []uint64
	for i := 0; i+draftKeySize <= len(b); i += draftKeySize {
		for _, c := range b[i : i+draftKeySize] {
			if c != 0 {
				out = append(out, uint64(i/draftKeySize))
				break
			}
		}
	}
	return out, nil
}

// Stored draft records: the magic, the cipher, the expiry (8-byte
// big-endian Unix nanoseconds, readable without the key so that expired
// drafts can be purged), a 12-byte nonce and the sealed encodeDraft.
const (
	draftMagic     = "MSD1"
	cipherAESGCM   = 'A'
	cipherSM4GCM   = 'S'
	draftHeaderLen = len(draftMagic) + 1 + 8 + 12
)

func draftAEAD(kind byte, key []byte) (cipher.AEAD, error) {
	var b cipher.Block
	var err error
	switch kind {
	case cipherAESGCM:
		b, err = aes.NewCipher(key)
	case cipherSM4GCM:
		b, err = sm4.NewCipher(key[:16])
	default:
		return nil, errors.New("review: stored draft has an unknown cipher")
	}
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}

// sealDraft encrypts a draft record under key, bound to review seq.
func sealDraft(kind byte, key []byte, seq uint64, expires time.Time, files []DraftFile) ([]byte, error) {
	aead, err := draftAEAD(kind, key)
	if err != nil {
		return nil, err
	}
	head := make([]byte, 0, draftHeaderLen)
	head = append(head, draftMagic...)
	head = append(head, kind)
	head = binary.BigEndian.AppendUint64(head, uint64(expires.UnixNano()))
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	head = append(head, nonce...)
	plain := encodeDraft(expires, files)
	out := aead.Seal(head, nonce, plain, draftAAD(seq, head[:draftHeaderLen-12]))
	clear(plain)
	return out, nil
}

func draftAAD(seq uint64, head []byte) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), head...), seq)
}

// openDraft decrypts a stored draft record; a record of the unencrypted
// layout (written before drafts were encrypted) is decoded as it is.
func openDraft(v []byte, seq uint64, key []byte) ([]DraftFile, error) {
	if len(v) < draftHeaderLen || string(v[:len(draftMagic)]) != draftMagic {
		return decodeDraft(v)
	}
	if key == nil {
		return nil, nil // shredded: as good as deleted
	}
	aead, err := draftAEAD(v[len(draftMagic)], key)
	if err != nil {
		return nil, err
	}
	nonce := v[draftHeaderLen-12 : draftHeaderLen]
	plain, err := aead.Open(nil, nonce, v[draftHeaderLen:], draftAAD(seq, v[:draftHeaderLen-12]))
	if err != nil {
		return nil, errors.New("review: stored draft does not decrypt with its key")
	}
	return decodeDraft(plain)
}

// storedDraftExpiry reads the expiry of either record layout.
func storedDraftExpiry(v []byte) (time.Time, bool) {
	if len(v) >= draftHeaderLen && string(v[:len(draftMagic)]) == draftMagic {
		return time.Unix(0, int64(binary.BigEndian.Uint64(v[len(draftMagic)+1:]))), true
	}
	return draftExpiry(v)
}
