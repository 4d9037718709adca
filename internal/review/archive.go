package review

import (
	"context"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
)

// Released items are scanned again when the dictionaries learn something
// new: a term added after a notice went online must find the notice. With
// --rescan-retention set, every review's content is kept for that long,
// sealed like a draft under a key of its own (ArchiveKeysFile, shredded
// at deletion): content that is never released (rejected, withdrawn,
// superseded before release) is deleted at once, the rest at the end of
// the retention. When the dictionary version changes, RescanReleased
// scans each released review's kept content with the new dictionaries and
// records what it finds that the first scan did not, with the version
// that found it. Off by default: passes are then never stored at all.

// ArchiveKeysFile holds the keys of the content kept for rescans.
const ArchiveKeysFile = "archive-keys"

func (s *Service) openArchive(dir string) error {
	if s.rescanRetention <= 0 {
		return nil
	}
	var err error
	if s.archive, err = openDraftKeys(filepath.Join(dir, ArchiveKeysFile)); err != nil {
		return err
	}
	// A key whose content is gone (a wipe interrupted by a crash) is
	// wiped now.
	return s.shredOrphans(s.archive, archiveBucket)
}

// keepForRescan seals files as review seq's kept content, in tx.
func (s *Service) keepForRescan(tx *bolt.Tx, seq uint64, now time.Time, files []DraftFile) error {
	if s.archive == nil {
		return nil
	}
	k, err := s.archive.create(seq)
	if err != nil {
		return err
	}
	v, err := sealDraft(s.draftCipher, k, seq, now.Add(s.rescanRetention), files)
	if err != nil {
		return err
	}
	return tx.Bucket(archiveBucket).Put(key(seq), v)
}

// dropKept deletes review r's kept content, if any, in tx and returns its
// seq for shredding after the commit (0 when none was kept).
func (s *Service) dropKept(tx *bolt.Tx, r *Review) (uint64, error) {
	if s.archive == nil {
		return 0, nil
	}
	seq, _ := parseID(r.ID)
	b := tx.Bucket(archiveBucket)
	if b.Get(key(seq)) == nil {
		return 0, nil
	}
	return seq, b.Delete(key(seq))
}

// shredKept wipes the keys of deleted kept content.
func (s *Service) shredKept(seqs ...uint64) {
	if s.archive == nil {
		return
	}
	var live []uint64
	for _, q := range seqs {
		if q != 0 {
			live = append(live, q)
		}
	}
	if err := s.archive.shred(live...); err != nil {
		_ = s.track(err)
	}
}

// PurgeKept deletes kept content whose retention ended by now.
func (s *Service) PurgeKept(now time.Time) (int, error) {
	if s.archive == nil {
		return 0, nil
	}
	var due [][]byte
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(archiveBucket).ForEach(func(k, v []byte) error {
			if exp, ok := storedDraftExpiry(v); !ok || !exp.After(now) {
				due = append(due, append([]byte(nil), k...))
			}
			return nil
		})
	})
	if err != nil || len(due) == 0 {
		return 0, err
	}
	var seqs []uint64
	err = s.writeNow(func(tx *bolt.Tx) error {
		seqs = nil
		b := tx.Bucket(archiveBucket)
		for _, k := range due {
			if b.Get(k) == nil {
				continue
			}
			if err := b.Delete(k); err != nil {
				return err
			}
			seqs = append(seqs, binary.BigEndian.Uint64(k))
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	s.shredKept(seqs...)
	return len(seqs), nil
}

// FindingKey identifies "the same finding" across scans and versions:
// what it is and its masked hit, not its place (a fixed paragraph moves
// the others).
func FindingKey(f report.Finding) string {
	return string(f.Category) + "\x00" + f.Rule + "\x00" + HitOf(f)
}

// HitOf is the masked hit of f's excerpt (HitStart and HitEnd count
// runes), or the whole excerpt when they do not fit it.
func HitOf(f report.Finding) string {
	r := []rune(f.Excerpt)
	if f.HitStart < 0 || f.HitEnd <= f.HitStart || f.HitEnd > len(r) {
		return f.Excerpt
	}
	return string(r[f.HitStart:f.HitEnd])
}

// RescanReleased scans the kept content of every released review that
// was not yet scanned with the dictionaries now in force, and records for
// each what the new dictionaries find that the earlier scans did not (a
// rescanned event with both versions; Review.Rescan). It returns how many
// reviews were rescanned and how many raised something.
func (s *Service) RescanReleased(ctx context.Context) (scanned, raised int, err error) {
	if s.archive == nil || s.scanner == nil {
		return 0, 0, nil
	}
	now := s.scanner.DictVersion()
	var todo []uint64
	err = s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(archiveBucket).ForEach(func(k, _ []byte) error {
			seq := binary.BigEndian.Uint64(k)
			r, err := getReview(tx, formatID(seq))
			if err != nil || r == nil {
				return err
			}
			last := r.RescannedWith
			if last == "" {
				last = r.DictVersion
			}
			if r.Status == Released && last != now {
				todo = append(todo, seq)
			}
			return nil
		})
	})
	if err != nil {
		return 0, 0, err
	}
	for _, seq := range todo {
		if ctx.Err() != nil {
			return scanned, raised, ctx.Err()
		}
		found, err := s.rescanOne(ctx, seq, now)
		if err != nil {
			return scanned, raised, err
		}
		scanned++
		if found {
			raised++
		}
	}
	return scanned, raised, nil
}

func (s *Service) rescanOne(ctx context.Context, seq uint64, version string) (bool, error) {
	var files []DraftFile
	var r *Review
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		if r, err = getReview(tx, formatID(seq)); err != nil || r == nil {
			return err
		}
		v := tx.Bucket(archiveBucket).Get(key(seq))
		if v == nil {
			return nil
		}
		k, err := s.archive.get(seq)
		if err != nil {
			return err
		}
		files, err = openDraft(v, seq, k)
		return err
	})
	if err != nil || r == nil || files == nil {
		return false, err
	}
	known := map[string]bool{}
	for _, f := range r.Findings {
		known[FindingKey(f.Finding)] = true
	}
	if r.Rescan != nil {
		for _, f := range r.Rescan.Findings {
			known[FindingKey(f.Finding)] = true
		}
	}
	var fresh []Finding
	for i, f := range files {
		rep := s.scanner.Scan(ctx, f.Name, f.Data)
		for j, fd := range rep.Findings {
			if known[FindingKey(fd)] {
				continue
			}
			known[FindingKey(fd)] = true
			fd.ID = fmt.Sprintf("N%d", len(fresh)+1)
			if len(files) > 1 {
				fd.ID = fmt.Sprintf("%d-%s", i+1, fd.ID)
			}
			_ = j
			fresh = append(fresh, Finding{Finding: fd, File: i})
		}
	}
	at := s.now().UTC()
	var appended []audit.Event
	err = s.write(func(tx *bolt.Tx) error {
		appended = nil
		cur, err := getReview(tx, r.ID)
		if err != nil || cur == nil {
			return err
		}
		cur.RescannedWith = version
		if len(fresh) > 0 {
			counts := map[report.Category]int{}
			for _, f := range fresh {
				counts[f.Category]++
			}
			var parts []string
			for _, c := range report.Categories {
				if counts[c] > 0 {
					parts = append(parts, fmt.Sprintf("%s=%d", c, counts[c]))
				}
			}
			was := cur.DictVersion
			if cur.Rescan != nil {
				was = cur.Rescan.DictVersion
			}
			ev, err := audit.Append(audit.Bolt(tx), audit.Event{Time: at, Actor: SystemActor.Name, Role: string(System),
				Action: audit.ActionRescanned, ReviewID: cur.ID, ContentSHA256: cur.digest(), Details: map[string]string{
					"was": was, "dict_version": version, "new_findings": strconv.Itoa(len(fresh)),
					"by_category": strings.Join(parts, ","), "verdict": string(report.Verdict(reportFindings(fresh)))}})
			if err != nil {
				return err
			}
			appended = append(appended, ev)
			all := fresh
			if cur.Rescan != nil {
				all = append(append([]Finding{}, cur.Rescan.Findings...), fresh...)
			}
			cur.Rescan = &Rescan{DictVersion: version, Was: was, At: at, Findings: all, AuditSeq: ev.Seq}
			cur.AuditEvents = append(cur.AuditEvents, ev.Seq)
		}
		return putReview(tx, cur, cur.Status)
	})
	if err != nil {
		return false, err
	}
	s.appended(appended)
	return len(fresh) > 0, nil
}

func reportFindings(fs []Finding) []report.Finding {
	out := make([]report.Finding, len(fs))
	for i, f := range fs {
		out[i] = f.Finding
	}
	return out
}
