package audit

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/note"
)

// Key rotation is an event in the log, so that the chain of keys is
// itself evidence: the key_rotated event names the old and the new public
// key and carries an endorsement, a signed note by the old key whose text
// names the new one. Verify checks every endorsement; an auditor who
// trusts the first key can follow the log to the current one.

// rotationText is what the old key signs when it hands over to newKey.
func rotationText(newKey string) string {
	return "mishen-audit key rotation\n" + newKey + "\n"
}

// PrepareRotation creates a new key pair in folder dir under temporary
// names, and returns the key_rotated event to append (endorsed by the
// current key) and a function that puts the new key in place. The caller
// appends the event first and then commits the files, so that the log
// never names a key the server does not have; the old key files are kept
// with a .retired-<time> suffix.
func PrepareRotation(dir string, su *Suite, now time.Time) (Event, func() error, error) {
	oldSigner, oldKey, err := LoadKey(dir, su)
	if err != nil {
		return Event{}, nil, err
	}
	sk, vk, err := GenerateKey(su, KeyName)
	if err != nil {
		return Event{}, nil, err
	}
	endorse, err := note.Sign(&note.Note{Text: rotationText(vk)}, oldSigner)
	if err != nil {
		return Event{}, nil, err
	}
	tmpKey, tmpPub := filepath.Join(dir, KeyFile+".new"), filepath.Join(dir, PubKeyFile+".new")
	if err := os.WriteFile(tmpKey, []byte(sk+"\n"), 0o600); err != nil {
		return Event{}, nil, err
	}
	if err := os.WriteFile(tmpPub, []byte(vk+"\n"), 0o644); err != nil {
		return Event{}, nil, err
	}
	ev := Event{Time: now, Action: ActionKeyRotated, Details: map[string]string{
		"old_key": oldKey, "new_key": vk, "endorsement": string(endorse)}}
	suffix := ".retired-" + now.UTC().Format("20060102T150405.000000000Z")
	commit := func() error {
		for _, f := range []string{KeyFile, PubKeyFile} {
			p := filepath.Join(dir, f)
			if _, err := os.Stat(p + suffix); err == nil {
				return fmt.Errorf("audit: %s exists; not overwriting a retired key", p+suffix)
			}
			if err := os.Rename(p, p+suffix); err != nil {
				return err
			}
			if err := os.Rename(p+".new", p); err != nil {
				return err
			}
		}
		return nil
	}
	return ev, commit, nil
}

// checkRotation checks a key_rotated event's endorsement: a note signed
// by old_key whose text hands over to new_key. It returns a Chinese
// reason when it does not hold.
func checkRotation(e *Event) string {
	oldKey, newKey := e.Details["old_key"], e.Details["new_key"]
	v, _, err := NewVerifier(oldKey)
	if err != nil {
		return "旧公钥无法解析"
	}
	n, err := note.Open([]byte(e.Details["endorsement"]), note.VerifierList(v))
	if err != nil {
		return "交接签名不是旧密钥签出的"
	}
	if n.Text != rotationText(newKey) || !strings.HasPrefix(newKey, KeyName+"+") {
		return "交接签名没有指向记录的新公钥"
	}
	return ""
}

// KeyHistory returns every public key the log has used, oldest first,
// read from its key_rotated events (each endorsement checked), ending
// with current. An auditor who trusts the first key can check
// checkpoints and receipts signed by any later one.
func KeyHistory(s Storage, current string) ([]string, error) {
	var keys []string
	err := Each(s, func(e Event) error {
		if e.Action != ActionKeyRotated {
			return nil
		}
		if why := checkRotation(&e); why != "" {
			return fmt.Errorf("audit: key rotation at event %d: %s", e.Seq, why)
		}
		if len(keys) == 0 {
			keys = append(keys, e.Details["old_key"])
		}
		keys = append(keys, e.Details["new_key"])
		return nil
	})
	if len(keys) == 0 {
		keys = []string{current}
	}
	return keys, err
}
