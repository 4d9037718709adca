package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os/user"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/sandbox"
	"github.com/mishen-gov/mishen/internal/store"
)

// Scanner is what the workflow needs of the scanning engine. *scan.Scanner
// implements it; tests use a fake.
type Scanner interface {
	Scan(ctx context.Context, name string, data []byte) report.Report
	Reload(dirs []string) error
	DictVersion() string
	// Mask returns text with every personal value and long number
	// masked, on one line. Free text that people type (titles, comments,
	// dismissal reasons, file names) is stored and audited only masked.
	Mask(text string) string
}

// Hooks are called after a write commits, for metrics. Any may be nil.
type Hooks struct {
	// Scanned is called for every file scanned (not for the title), with
	// the scan's time.
	Scanned func(r *report.Report, d time.Duration)
	// Submitted is called for every recorded review.
	Submitted func(r *Review)
	// Appended is called for every committed audit event.
	Appended func(e *audit.Event)
}

// Service is the workflow. It is safe for concurrent use.
type Service struct {
	db        *store.DB
	scanner   Scanner
	policy    Policy
	dictDirs  []string
	retention time.Duration
	// markedRetention caps retention for drafts with a marking.
	markedRetention time.Duration
	maxFiles        int
	hooks           Hooks
	now             func() time.Time

	tokMu  sync.RWMutex
	tokens []tokenRecord

	anon anonLimit // denied events of requests without a valid token

	pub *audit.Publisher // signs checkpoints for receipts; nil: receipts carry no proof

	macKey  []byte     // the server's content key (privacy.go)
	keys    *draftKeys // per-draft keys; shredded at deletion
	archive *draftKeys // keys of content kept for rescans (archive.go); nil when off

	rescanRetention time.Duration
	draftCipher     byte // cipherAESGCM, or cipherSM4GCM for an SM log

	heavy   chan struct{} // large submissions being scanned (heavyBytes)
	health  healthState   // whether writes are failing (health.go)
	signins signinGuard   // failed sign-ins: throttle and compact record (signin.go)
	scans   scanTally     // scans without a review, counted for the trail (scanonly.go)
}

// anonDeniedPerMinute bounds the denied events recorded for requests
// without a valid token.
const anonDeniedPerMinute = 60

// anonLimit counts anonymous denied events in one-minute windows.
type anonLimit struct {
	mu      sync.Mutex
	window  time.Time
	n       int
	skipped int
}

// allow reports whether one more event may be recorded now, and how many
// were skipped since the last one that was.
func (l *anonLimit) allow(now time.Time) (skipped int, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.window) >= time.Minute {
		l.window, l.n = now, 0
	}
	if l.n >= anonDeniedPerMinute {
		l.skipped++
		return 0, false
	}
	l.n++
	skipped, l.skipped = l.skipped, 0
	return skipped, true
}

// New returns the workflow over db, configured by cfg (policy, retention,
// limits, dictionary folders). scanner may be nil for commands that only
// manage tokens or read the trail; Submit then fails. db must have been
// opened with Init.
func New(cfg config.Config, db *store.DB, scanner Scanner, hooks Hooks) (*Service, error) {
	s := &Service{
		db:              db,
		scanner:         scanner,
		policy:          Policy{ReviewApprovals: cfg.ReviewApprovals, BlockApprovals: cfg.BlockApprovals},
		dictDirs:        cfg.DictDirs,
		retention:       cfg.DraftRetention,
		markedRetention: cfg.MarkedDraftRetention,
		rescanRetention: cfg.RescanRetention,
		maxFiles:        cfg.MaxFiles,
		heavy:           make(chan struct{}, max(1, runtime.GOMAXPROCS(0)/2)),
		hooks:           hooks,
		now:             time.Now,
	}
	if s.policy.ReviewApprovals < 1 || s.policy.BlockApprovals < 1 {
		return nil, fmt.Errorf("review: approvals must be at least 1 (review %d, block %d)", s.policy.ReviewApprovals, s.policy.BlockApprovals)
	}
	if s.maxFiles < 1 {
		s.maxFiles = 1
	}
	if err := s.loadTokens(); err != nil {
		return nil, err
	}
	dir := filepath.Dir(db.Path())
	var err error
	if s.macKey, err = loadOrCreateKey(filepath.Join(dir, ContentKeyFile)); err != nil {
		return nil, err
	}
	if s.keys, err = openDraftKeys(filepath.Join(dir, DraftKeysFile)); err != nil {
		return nil, err
	}
	if err := s.openArchive(dir); err != nil {
		s.keys.close()
		return nil, err
	}
	s.draftCipher = cipherAESGCM
	if su, err := LogSuite(db); err == nil && su.Flag == "sm" {
		s.draftCipher = cipherSM4GCM
	}
	if err := s.shredOrphanKeys(); err != nil {
		s.keys.close()
		return nil, err
	}
	return s, nil
}

// Close releases the key files.
func (s *Service) Close() error {
	err := s.keys.close()
	if s.archive != nil {
		err = errors.Join(err, s.archive.close())
	}
	return err
}

// shredOrphanKeys zeroes every draft key whose draft is gone: a key whose
// shredding was interrupted (a crash between the delete and the wipe) is
// wiped at the next start.
func (s *Service) shredOrphanKeys() error { return s.shredOrphans(s.keys, draftsBucket) }

// shredOrphans zeroes every key of keys whose sealed record in bucket is
// gone.
func (s *Service) shredOrphans(keys *draftKeys, bucket []byte) error {
	live, err := keys.live()
	if err != nil || len(live) == 0 {
		return err
	}
	var orphans []uint64
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		for _, seq := range live {
			if b.Get(key(seq)) == nil {
				orphans = append(orphans, seq)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return keys.shred(orphans...)
}

// change is what a transaction that changes a review leaves for after
// its commit: the review as it now is, the events it appended, a refusal
// (recorded, but the caller's answer), and the draft and kept-content
// keys to wipe.
type change struct {
	out              *Review
	appended         []audit.Event
	refusal          error
	shred, keptShred uint64
}

// change runs fn in a write transaction (fn may run again, each time
// from an empty change) and then does what every change of a review
// does after its commit: publish the events, answer the refusal, wipe
// the keys of what was dropped, and show the review as a may see it.
func (s *Service) change(a Actor, fn func(tx *bolt.Tx, c *change) error) (*Review, error) {
	var c change
	err := s.write(func(tx *bolt.Tx) error {
		c = change{}
		return fn(tx, &c)
	})
	if err != nil {
		return nil, err
	}
	s.appended(c.appended)
	if c.refusal != nil {
		return nil, c.refusal
	}
	s.wipe(c.shred, c.keptShred)
	return c.out.ShownTo(a), nil
}

// wipe shreds, after a commit, the key of a deleted draft and of deleted
// kept content (0: none). The pages they sealed are freed, not zeroed:
// wiping the keys makes what is left there unreadable. A failure marks
// the service degraded and is finished at the next start.
func (s *Service) wipe(draft, kept uint64) {
	if draft != 0 {
		if err := s.keys.shred(draft); err != nil {
			_ = s.track(err)
		}
	}
	s.shredKept(kept)
}

// Policy returns the policy in force.
func (s *Service) Policy() Policy { return s.policy }

// SystemActor is the service itself, for events it records on its own.
var SystemActor = Actor{Name: "mishen", Role: System}

// LocalActor is the operator running an offline command on the data
// folder: the login name, with role System.
func LocalActor() Actor {
	name := "local"
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = "local:" + u.Username
	}
	return Actor{Name: name, Role: System}
}

// Denied records a refusal decided outside the service (the web UI's
// page-by-role check) the same way the service records its own: a denied
// event with the op and reason. reviewID is recorded only when it has the
// shape of a review id, so that nothing a client typed reaches the trail.
func (s *Service) Denied(a Actor, op Op, reviewID, reason string) {
	if _, ok := parseID(reviewID); !ok {
		reviewID = ""
	}
	s.deny(a, op, reviewID, reason)
}

// allow checks the role table and records a refusal.
func (s *Service) allow(a Actor, op Op) error {
	if Allowed(a.Role, op) {
		return nil
	}
	s.deny(a, op, "", "role")
	return Errorf(KindForbidden, "forbidden", "角色“%s”无权执行此操作（%s）", a.Role.Label(), op)
}

// deny records a refused attempt. A failure to record is not returned:
// the refusal stands either way.
func (s *Service) deny(a Actor, op Op, reviewID, reason string) {
	ev := denial(a, op, reviewID, reason)
	if a.Role == "" {
		// Requests without a valid token cost nothing to send: record at
		// most anonDeniedPerMinute of them a minute, and say on the next
		// recorded one how many were left out, so that nobody can grow the
		// append-only trail (and force its fsyncs) without bound.
		skipped, ok := s.anon.allow(s.now())
		if !ok {
			return
		}
		if skipped > 0 {
			ev.Details["not_recorded_before"] = strconv.Itoa(skipped)
		}
	}
	var e audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		var err error
		e, err = audit.Append(audit.Bolt(tx), ev)
		return err
	})
	if err == nil {
		s.appended([]audit.Event{e})
	} else {
		s.lost()
	}
}

func denial(a Actor, op Op, reviewID, reason string) audit.Event {
	return a.event(audit.Event{Action: audit.ActionDenied, ReviewID: reviewID,
		Details: map[string]string{"op": string(op), "reason": reason}})
}

// Marked reports whether the review has a classification marking: its
// draft is kept at most --marked-draft-retention and never downloaded raw.
func (r *Review) Marked() bool {
	for _, f := range r.Findings {
		if f.Category == report.ClassifiedMarking {
			return true
		}
	}
	return false
}

func (s *Service) appended(evs []audit.Event) {
	if s.hooks.Appended == nil {
		return
	}
	for i := range evs {
		s.hooks.Appended(&evs[i])
	}
}

// Started records that the service started, with the versions in force.
func (s *Service) Started(version string) error {
	d := map[string]string{"policy_version": s.policy.Version(), "version": version}
	if s.scanner != nil {
		d["dict_version"] = s.scanner.DictVersion()
	}
	var e audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		var err error
		e, err = audit.Append(audit.Bolt(tx), audit.Event{Actor: SystemActor.Name, Role: string(System),
			Action: audit.ActionServerStarted, Details: d})
		return err
	})
	if err == nil {
		s.appended([]audit.Event{e})
	}
	return err
}

// DraftFile is one file of a submission, as received.
type DraftFile struct {
	Name string
	Data []byte
}

// Submission is a draft to review.
type Submission struct {
	// Title names the draft for people; defaults to the first file name.
	Title string
	Files []DraftFile
	// Strict makes an unreadable finding an error (KindUnreadable) after
	// the review is recorded.
	Strict bool
	// Supersedes, when set, makes this a new version of that review,
	// which its submitter sends (a corrected or cleaned draft): the old
	// one becomes superseded and can no longer be released.
	Supersedes string
}

// heavyBytes is the size from which a submission counts as large and
// waits for a turn among the large ones before it is scanned.
const heavyBytes = 1 << 20

// Limits on submitted text fields.
const (
	maxTitleRunes   = 300
	maxCommentRunes = 2000
	maxNameBytes    = 255
)

// cleanText trims s, removes control characters (newlines too, unless
// multiline) and reports whether it fits in max runes.
func cleanText(s string, max int, multiline bool) (string, bool) {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\n' && multiline {
			return r
		}
		if unicode.IsControl(r) {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	return s, utf8.RuneCountInString(s) <= max
}

// cleanFileName keeps the last element of a path, without control
// characters, at most maxNameBytes bytes.
func cleanFileName(name string, i int) string {
	name = strings.ReplaceAll(name, `\`, "/")
	name = path.Base(name)
	name, _ = cleanText(name, maxNameBytes, false)
	for len(name) > maxNameBytes {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	if name == "" || name == "." || name == "/" {
		name = fmt.Sprintf("file-%d", i+1)
	}
	return name
}

// size is the bytes of all the submission's files.
func (sub Submission) size() int64 {
	var n int64
	for _, f := range sub.Files {
		n += int64(len(f.Data))
	}
	return n
}

// admit checks what Submit and ScanOnly have in common before a scan:
// the actor may do op, a scanner is there, the files are between one and
// the limit, the title is short enough. It returns the cleaned title, the
// context the scan runs in (its files the submitter's in the parser
// queue, which takes turns between submitters) and done, which gives back
// the heavy turn a large submission waits for: large submissions are
// scanned a few at a time (half the cores), so that a stack of them
// cannot take the processors from the small drafts that make up the
// service's work.
func (s *Service) admit(ctx context.Context, a Actor, op Op, sub Submission) (context.Context, string, func(), error) {
	if err := s.allow(a, op); err != nil {
		return ctx, "", nil, err
	}
	if s.scanner == nil {
		return ctx, "", nil, fmt.Errorf("review: no scanner configured")
	}
	switch {
	case len(sub.Files) == 0:
		return ctx, "", nil, Errorf(KindInvalid, "no_content", "没有收到稿件内容：请提供 content 或至少一个 file")
	case len(sub.Files) > s.maxFiles:
		return ctx, "", nil, Errorf(KindInvalid, "too_many_files", "一次最多提交 %d 个文件，收到 %d 个", s.maxFiles, len(sub.Files))
	}
	title, ok := cleanText(sub.Title, maxTitleRunes, false)
	if !ok {
		return ctx, "", nil, Errorf(KindInvalid, "title_too_long", "标题不能超过 %d 个字", maxTitleRunes)
	}
	done := func() {}
	if sub.size() > heavyBytes {
		select {
		case s.heavy <- struct{}{}:
			done = func() { <-s.heavy }
		case <-ctx.Done():
			e := Errorf(KindUnavailable, "busy", "正在审查的大文件过多，请稍后重试")
			e.RetryAfter = 10
			return ctx, "", nil, e
		}
	}
	return sandbox.WithOwner(ctx, a.Name), title, done, nil
}

// Submit scans every file of sub and records the review with its
// submitted and scanned events in one transaction. It returns once that
// transaction is on disk. A pass is cleared at once.
func (s *Service) Submit(ctx context.Context, a Actor, sub Submission) (*Review, error) {
	ctx, title, done, err := s.admit(ctx, a, OpSubmit, sub)
	if err != nil {
		return nil, err
	}
	defer done()
	now := s.now().UTC()
	r := Review{
		Submitter:     a.Name,
		SubmittedAt:   now,
		PolicyVersion: s.policy.Version(),
		Decisions:     []Decision{},
	}
	verdict := report.Pass
	seen := map[string]bool{}
	if title != "" {
		// The CMS publishes the title as the headline: it is scanned like
		// the content, and only its masked form is kept.
		r.Title = s.scanner.Mask(title)
		tv, fs := s.scanTitle(ctx, title)
		verdict = tv
		for _, f := range fs {
			seen[f.ID] = true
		}
		r.Findings = append(r.Findings, fs...)
	}
	hexes := make([]string, len(sub.Files))
	files := make([]DraftFile, len(sub.Files))
	for i, f := range sub.Files {
		name := cleanFileName(f.Name, i)
		files[i] = DraftFile{Name: name, Data: f.Data} // the stored draft keeps the unmasked name, like its bytes
		start := time.Now()
		rep := s.scanner.Scan(ctx, name, f.Data)
		if s.hooks.Scanned != nil {
			s.hooks.Scanned(&rep, time.Since(start))
		}
		hexes[i] = fileSHA256(&rep, f.Data)
		fv := report.Verdict(rep.Findings)
		if rep.Verdict.Rank() > fv.Rank() {
			fv = rep.Verdict // never weaker than the engine said
		}
		if fv.Rank() > verdict.Rank() {
			verdict = fv
		}
		shown := s.scanner.Mask(name) // a file name can carry an ID number as well as a title can
		r.Files = append(r.Files, File{Name: shown, Format: rep.Format, Size: int64(len(f.Data)), SHA256: hexes[i], Verdict: fv})
		for j, fd := range rep.Findings {
			id := fd.ID
			if id == "" {
				id = fmt.Sprintf("F%d", j+1)
			}
			if len(sub.Files) > 1 {
				id = fmt.Sprintf("%d-%s", i+1, id)
			}
			base := id
			for n := 2; seen[id]; n++ { // the engine should not repeat ids; never merge two findings
				id = fmt.Sprintf("%s~%d", base, n)
			}
			seen[id] = true
			fd.ID = id
			r.Findings = append(r.Findings, Finding{Finding: fd, File: i})
		}
		if i == 0 && title == "" {
			r.Title = shown
		}
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	r.Verdict = verdict
	r.DictVersion = s.scanner.DictVersion()
	r.ContentSHA256 = combineHashes(hexes)
	r.ApprovalsRequired = s.policy.Required(verdict)
	if r.ApprovalsRequired == 0 {
		r.Status = Cleared
		r.ClearedAt = &now
	} else {
		r.Status = Pending
	}
	keep := s.retention
	if r.Marked() && s.markedRetention < keep {
		keep = s.markedRetention
	}
	keepDraft := r.Status == Pending && keep > 0
	if keepDraft {
		exp := now.Add(keep)
		r.DraftExpires = &exp
	}

	var out Review
	var appended []audit.Event
	var refusal error
	var shred, keptShred uint64
	err = s.write(func(tx *bolt.Tx) error {
		out, appended, refusal, shred, keptShred = r, nil, nil, 0, 0
		var prev *Review
		if sub.Supersedes != "" {
			// Checked before anything is written, so that a refusal
			// leaves the file as it was.
			var err error
			if prev, refusal, err = s.supersedable(tx, a, sub.Supersedes); err != nil || refusal != nil {
				return err
			}
			out.Version, out.Supersedes = max(prev.Version, 1)+1, prev.ID
		}
		seq, err := tx.Bucket(reviewsBucket).NextSequence()
		if err != nil {
			return err
		}
		out.ID = formatID(seq)
		rk := s.reviewKey(out.ID)
		out.ContentMAC = ContentMAC(rk, out.ContentSHA256)
		out.Files = slices.Clone(r.Files)
		for i := range out.Files {
			out.Files[i].MAC = ContentMAC(rk, out.Files[i].SHA256)
		}
		st := audit.Bolt(tx)
		ev1, err := audit.Append(st, a.event(audit.Event{Time: now, Action: audit.ActionSubmitted,
			ReviewID: out.ID, ContentSHA256: out.digest(), Details: submittedDetails(&out)}))
		if err != nil {
			return err
		}
		ev2, err := audit.Append(st, audit.Event{Time: now, Actor: SystemActor.Name, Role: string(System), Action: audit.ActionScanned,
			ReviewID: out.ID, ContentSHA256: out.digest(), Details: scannedDetails(&out)})
		if err != nil {
			return err
		}
		appended = []audit.Event{ev1, ev2}
		out.AuditEvents = []uint64{ev1.Seq, ev2.Seq}
		if err := putReview(tx, &out, ""); err != nil {
			return err
		}
		if prev != nil {
			ev, old, err := s.supersede(tx, a, prev, out.ID, now)
			if err != nil {
				return err
			}
			appended, shred = append(appended, ev), old
			if len(prev.Releases) == 0 {
				if keptShred, err = s.dropKept(tx, prev); err != nil {
					return err
				}
			}
		}
		if err := s.keepForRescan(tx, seq, now, files); err != nil {
			return err
		}
		if keepDraft {
			k, err := s.keys.create(seq)
			if err != nil {
				return err
			}
			v, err := sealDraft(s.draftCipher, k, seq, *out.DraftExpires, files)
			if err != nil {
				return err
			}
			return tx.Bucket(draftsBucket).Put(key(seq), v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if refusal != nil {
		return nil, refusal
	}
	if err := s.flushKeys(keepDraft); err != nil {
		return nil, err
	}
	s.appended(appended)
	s.wipe(shred, keptShred)
	if s.hooks.Submitted != nil {
		s.hooks.Submitted(&out)
	}
	if sub.Strict {
		for _, f := range out.Findings {
			if f.Category == report.Unreadable {
				e := Errorf(KindUnreadable, "unreadable", "稿件有无法完整读取的内容（已记录为审查 %s）；严格模式下不予受理，请提供可读的文件", out.ID)
				e.ReviewID = out.ID
				return &out, e
			}
		}
	}
	return &out, nil
}

// flushKeys makes the keys Submit created durable (the draft's when it
// kept one, the kept content's when content is kept for rescans), after
// the commit and before the review is acknowledged. A failure marks the
// service degraded.
func (s *Service) flushKeys(draft bool) error {
	var err error
	if draft {
		err = s.keys.flush()
	}
	if s.archive != nil {
		err = errors.Join(err, s.archive.flush())
	}
	return s.track(err)
}

// fileSHA256 is the SHA-256 (lowercase hex) of data, the bytes that rep
// reports on: the engine hashed them already (report.Report.SHA256),
// and a 20 KB draft is not hashed twice. A report without a well-formed
// digest (a test's scanner) has data hashed here.
func fileSHA256(rep *report.Report, data []byte) string {
	if len(rep.SHA256) == 2*sha256.Size && int64(len(data)) == rep.Size &&
		strings.Trim(rep.SHA256, "0123456789abcdef") == "" {
		return rep.SHA256
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// TitleFile is Finding.File for a finding in the review's title, which
// belongs to no file. TitlePart is such a finding's location part; its
// Start and End are rune offsets into the title as scanned (trimmed, with
// control characters removed) and its id is T1, T2, … in the scanner's
// order. Title findings come first in Review.Findings and count towards
// the verdict like any other.
const (
	TitleFile = -1
	TitlePart = "title"
)

// scanTitle scans a review's title as a part of its own and returns its
// verdict and findings.
func (s *Service) scanTitle(ctx context.Context, title string) (report.Severity, []Finding) {
	// The name only hints the format; a title is plain text.
	rep := s.scanner.Scan(ctx, "title.txt", []byte(title))
	v := report.Verdict(rep.Findings)
	if rep.Verdict.Rank() > v.Rank() {
		v = rep.Verdict
	}
	out := make([]Finding, 0, len(rep.Findings))
	for j, fd := range rep.Findings {
		fd.ID = fmt.Sprintf("T%d", j+1)
		fd.Location.Part = TitlePart
		fd.Location.File, fd.Location.Page, fd.Location.Sheet, fd.Location.Cell = "", 0, "", ""
		out = append(out, Finding{Finding: fd, File: TitleFile})
	}
	return v, out
}

func submittedDetails(r *Review) map[string]string {
	var size int64
	hashes := make([]string, len(r.Files))
	for i, f := range r.Files {
		size += f.Size
		hashes[i] = f.MAC
	}
	// Only keyed digests reach the trail (privacy.go): auditors read it.
	d := map[string]string{
		"files":    fmt.Sprint(len(r.Files)),
		"bytes":    fmt.Sprint(size),
		"file_mac": strings.Join(hashes, ","),
	}
	if r.Supersedes != "" {
		d["supersedes"], d["version"] = r.Supersedes, strconv.Itoa(r.Version)
	}
	return d
}

func scannedDetails(r *Review) map[string]string {
	counts := map[report.Category]int{}
	for _, f := range r.Findings {
		counts[f.Category]++
	}
	var parts []string
	for _, c := range report.Categories {
		if counts[c] > 0 {
			parts = append(parts, fmt.Sprintf("%s=%d", c, counts[c]))
		}
	}
	d := map[string]string{
		"verdict":            string(r.Verdict),
		"status":             string(r.Status),
		"findings":           fmt.Sprint(len(r.Findings)),
		"dict_version":       r.DictVersion,
		"policy_version":     r.PolicyVersion,
		"approvals_required": fmt.Sprint(r.ApprovalsRequired),
	}
	if len(parts) > 0 {
		d["by_category"] = strings.Join(parts, ",")
	}
	if n := r.titleFindings(); n > 0 {
		d["title_findings"] = fmt.Sprint(n)
	}
	if b := r.Blocking(); len(b) > 0 {
		d["blocking"] = strings.Join(b, ",")
	}
	if r.DraftExpires != nil {
		d["draft_kept_until"] = r.DraftExpires.Format(time.RFC3339)
	}
	return d
}

// Get returns review id. A publisher may read only their own reviews.
// A read by anyone but the submitter (a reviewer, an auditor) is an
// audit event of that review; when it cannot be recorded the read is
// refused, so that no access to personal data goes unrecorded.
func (s *Service) Get(a Actor, id string) (*Review, error) {
	r, err := s.get(a, id)
	if err != nil {
		return nil, err
	}
	if r.Submitter != a.Name {
		if err := s.access(a, audit.ActionReviewRead, r, nil); err != nil {
			return nil, err
		}
	}
	return r.ShownTo(a), nil
}

// access records that a read personal data of review r (nil for the
// trail as a whole).
func (s *Service) access(a Actor, action string, r *Review, details map[string]string) error {
	ev := a.event(audit.Event{Action: action, Details: details})
	if r != nil {
		ev.ReviewID, ev.ContentSHA256 = r.ID, r.digest()
	}
	var e audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		var err error
		e, err = audit.Append(audit.Bolt(tx), ev)
		return err
	})
	if err != nil {
		return Errorf(KindUnavailable, "audit_unavailable", "无法记录本次查阅（审计日志不可写），为保护个人信息已拒绝访问，请稍后重试或联系管理员")
	}
	s.appended([]audit.Event{e})
	return nil
}

// get is Get without recording the read.
func (s *Service) get(a Actor, id string) (*Review, error) {
	if err := s.allow(a, OpRead); err != nil {
		return nil, err
	}
	var r *Review
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		r, err = getReview(tx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, notFound(id)
	}
	if a.Role == Publisher && r.Submitter != a.Name {
		s.deny(a, OpRead, id, "not_owner")
		return nil, Errorf(KindForbidden, "not_owner", "只能查看自己提交的稿件")
	}
	return r, nil
}

// notFound names the id only when it has the shape of a review id, so
// that whatever a caller typed (an ID number in the path) is never echoed.
func notFound(id string) *Error {
	if _, ok := parseID(id); ok {
		return Errorf(KindNotFound, "not_found", "审查记录 %s 不存在", id)
	}
	return Errorf(KindNotFound, "not_found", "审查记录不存在")
}

// ListQuery selects reviews. Publishers always get only their own.
type ListQuery struct {
	Status    Status // empty: any
	Submitter string // empty: anyone
	After     string // the last id of the previous page
	Limit     int    // 0: 50; at most 500
}

// List returns reviews in submission order (oldest first, so that a
// queue is worked from its head), and the After of the next page ("" at
// the end).
func (s *Service) List(a Actor, q ListQuery) ([]Summary, string, error) {
	if err := s.allow(a, OpList); err != nil {
		return nil, "", err
	}
	if a.Role == Publisher {
		q.Submitter = a.Name
	}
	if q.Status != "" {
		if _, err := ParseStatus(string(q.Status)); err != nil {
			return nil, "", err
		}
	}
	limit := q.Limit
	switch {
	case limit <= 0:
		limit = 50
	case limit > 500:
		limit = 500
	}
	var from []byte
	if q.After != "" {
		seq, ok := parseID(q.After)
		if !ok {
			return nil, "", Errorf(KindInvalid, "bad_after", "after 参数应为审查编号（如 R00000001）")
		}
		from = key(seq + 1)
	}
	out := []Summary{}
	next := ""
	err := s.db.View(func(tx *bolt.Tx) error {
		reviews := tx.Bucket(reviewsBucket)
		// Walk the smallest index that answers the query.
		var idx *bolt.Bucket
		switch {
		case q.Submitter != "":
			idx = tx.Bucket(submitterBucket).Bucket([]byte(q.Submitter))
		case q.Status != "":
			idx = tx.Bucket(statusBucket).Bucket([]byte(q.Status))
		default:
			idx = reviews
		}
		if idx == nil {
			return nil
		}
		c := idx.Cursor()
		k, _ := c.First()
		if from != nil {
			k, _ = c.Seek(from)
		}
		for ; k != nil; k, _ = c.Next() {
			r, err := decodeReview(reviews.Get(k))
			if err != nil {
				return err
			}
			if r == nil || (q.Status != "" && r.Status != q.Status) || (q.Submitter != "" && r.Submitter != q.Submitter) {
				continue
			}
			if len(out) == limit {
				next = out[len(out)-1].ID
				return nil
			}
			out = append(out, r.Summary().shownTo(a))
		}
		return nil
	})
	return out, next, err
}

// Draft returns the stored files of review id, for its reviewers and its
// submitter, while the retention policy keeps them.
func (s *Service) Draft(a Actor, id string) ([]DraftFile, error) {
	r, err := s.get(a, id)
	if err != nil {
		return nil, err
	}
	if a.Role != Reviewer && a.Role != Publisher {
		s.deny(a, OpRead, id, "draft")
		return nil, Errorf(KindForbidden, "forbidden", "只有审查员和提交人可以查看稿件原文")
	}
	seq, _ := parseID(r.ID)
	var files []DraftFile
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(draftsBucket).Get(key(seq))
		if v == nil {
			return nil
		}
		k, err := s.keys.get(seq)
		if err != nil {
			return err
		}
		files, err = openDraft(v, seq, k)
		return err
	})
	if err != nil {
		return nil, err
	}
	if files == nil {
		return nil, Errorf(KindNotFound, "draft_not_kept", "审查 %s 的稿件原文未保存或已按保留期限删除", id)
	}
	if err := s.access(a, audit.ActionDraftRead, r, map[string]string{"files": strconv.Itoa(len(files))}); err != nil {
		return nil, err
	}
	return files, nil
}

// DraftDownload is Draft for a download that leaves the server: refused
// for a draft with a classification marking, which its reviewers read
// only through the audited document view.
func (s *Service) DraftDownload(a Actor, id string) ([]DraftFile, error) {
	r, err := s.get(a, id)
	if err != nil {
		return nil, err
	}
	if r.Marked() {
		s.deny(a, OpRead, id, "marked_draft")
		return nil, Errorf(KindForbidden, "marked_draft", "带密级标志的稿件不提供原文下载：请在“在文档中查看问题”中查阅（每次查阅均记入审计日志）")
	}
	return s.Draft(a, id)
}
