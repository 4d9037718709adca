package patrol

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

// Audit actions of the patrol, recorded through Manager.Record.
const (
	ActionStarted   = "patrol_started"           // a patrol began: who, how many seeds, the hosts
	ActionFinished  = "patrol_finished"          // counts, pages/s, why it stopped early
	ActionRaised    = "patrol_finding_raised"    // a live URL blocks or needs review: id, content hash, counts
	ActionConfirmed = "patrol_finding_confirmed" // a reviewer confirmed it and asked for the take-down
	ActionDismissed = "patrol_finding_dismissed" // a reviewer dismissed it, with a reason
)

// Recorder appends one patrol event to the audit trail; actor and role
// name who did it ("system" for the schedule). An error refuses the
// step it records.
type Recorder func(actor, role, action string, details map[string]string) error

// ErrRunning is returned by Manager.Start while a patrol runs.
var ErrRunning = errors.New("patrol: a patrol is already running")

// Manager runs patrols inside the server, one at a time: started by hand
// or on a schedule, readable while it runs, with its results turned into
// patrol findings for the reviewers. It is safe for concurrent use.
type Manager struct {
	st     *State
	sc     *scan.Scanner
	base   Config
	record Recorder
	now    func() time.Time

	mu      sync.Mutex
	running bool
	cancel  context.CancelFunc
	done    chan struct{}
	status  Status
	closed  bool
}

// Status is what the patrol page shows: the run going on or the last one.
type Status struct {
	Running   bool      `json:"running"`
	Seeds     []string  `json:"seeds"`
	By        string    `json:"by"`
	Started   time.Time `json:"started"`
	Finished  time.Time `json:"finished,omitempty"`
	Stats     Stats     `json:"stats"`
	PagesPerS float64   `json:"pages_per_second"`
	Error     string    `json:"error,omitempty"`
	Raised    int       `json:"raised"` // new patrol findings in this run
}

// NewManager returns a manager over the state file st. base holds the
// politeness and limits of every patrol it starts (its Seeds are
// ignored); record, if not nil, receives every step for the audit trail.
func NewManager(st *State, sc *scan.Scanner, base Config, record Recorder) *Manager {
	if record == nil {
		record = func(string, string, string, map[string]string) error { return nil }
	}
	return &Manager{st: st, sc: sc, base: base, record: record, now: time.Now}
}

// State is the manager's state file.
func (m *Manager) State() *State { return m.st }

// Start begins a patrol of seeds in the background, on behalf of actor
// (with role); extra hosts and maxPages narrow or widen this run.
func (m *Manager) Start(actor, role string, seeds, extraHosts []string, maxPages int) error {
	cfg := m.base
	cfg.Seeds = seeds
	cfg.ExtraHosts = append(append([]string(nil), m.base.ExtraHosts...), extraHosts...)
	if maxPages > 0 {
		cfg.MaxPages = maxPages
	}
	r, err := newRun(cfg, m.sc, m.st)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return errors.New("patrol: manager closed")
	}
	if m.running {
		return ErrRunning
	}
	hosts := make([]string, 0, len(r.hosts))
	for h := range r.hosts {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	if err := m.record(actor, role, ActionStarted, map[string]string{
		"seeds": strconv.Itoa(len(seeds)), "hosts": strings.Join(hosts, " "), "dict_version": m.sc.DictVersion(),
	}); err != nil {
		return fmt.Errorf("patrol: the start could not be recorded: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.running, m.cancel, m.done = true, cancel, make(chan struct{})
	m.status = Status{Running: true, Seeds: append([]string(nil), seeds...), By: actor, Started: m.now()}
	go m.run(ctx, r, m.done)
	return nil
}

func (m *Manager) run(ctx context.Context, r *run, done chan struct{}) {
	defer close(done)
	raised := 0
	emit := func(it *Item) error {
		f, isNew, err := m.st.raise(it, m.now())
		if err != nil || !isNew {
			return err
		}
		raised++
		counts := map[report.Category]int{}
		for _, x := range f.Findings {
			counts[x.Category]++
		}
		var cs []string
		for _, c := range report.Categories {
			if n := counts[c]; n > 0 {
				cs = append(cs, fmt.Sprintf("%s:%d", c, n))
			}
		}
		host := ""
		if u, err := url.Parse(f.URL); err == nil {
			host = u.Host
		}
		// Hashes, counts and ids only: the URL's path may carry a name.
		return m.record("system", "system", ActionRaised, map[string]string{
			"finding": f.ID, "host": host, "content_sha256": f.SHA256, "verdict": string(f.Verdict),
			"categories": strings.Join(cs, " "), "dict_version": f.DictVersion,
		})
	}
	progress := func(s Stats) {
		m.mu.Lock()
		m.status.Stats, m.status.PagesPerS, m.status.Raised = s, s.PagesPerSecond(), raised
		m.mu.Unlock()
	}
	stats, err := r.run(ctx, emit, progress)
	d := map[string]string{
		"fetched": strconv.FormatInt(stats.Fetched, 10), "not_modified": strconv.FormatInt(stats.Unchanged, 10),
		"failed": strconv.FormatInt(stats.Failed, 10), "block": strconv.FormatInt(stats.Block, 10),
		"review": strconv.FormatInt(stats.Review, 10), "raised": strconv.Itoa(raised),
		"pages_per_second": strconv.FormatFloat(stats.PagesPerSecond(), 'f', 1, 64),
	}
	if stats.Stopped != "" {
		d["stopped"] = stats.Stopped
	}
	rerr := m.record("system", "system", ActionFinished, d)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.running = false
	m.status.Running, m.status.Finished, m.status.Stats = false, m.now(), stats
	m.status.PagesPerS, m.status.Raised = stats.PagesPerSecond(), raised
	if err == nil {
		err = rerr
	}
	if err != nil {
		m.status.Error = err.Error()
	}
}

// Status returns the run going on, or the last one.
func (m *Manager) Status() Status {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.status
	s.Seeds = append([]string(nil), s.Seeds...)
	return s
}

// Stop cancels the running patrol and waits for it; the next Start
// continues it.
func (m *Manager) Stop() {
	m.mu.Lock()
	cancel, done := m.cancel, m.done
	m.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

// Close stops a running patrol; no patrol starts after it.
func (m *Manager) Close() {
	m.mu.Lock()
	m.closed = true
	m.mu.Unlock()
	m.Stop()
}

// Decide confirms (and asks for the take-down of) or dismisses the patrol
// finding id. The step is recorded in the audit trail first: if it
// cannot be, the finding stays open.
func (m *Manager) Decide(actor, role, id, decision, reason string) (*Finding, error) {
	action := ActionConfirmed
	if decision == FindingDismissed {
		action = ActionDismissed
	}
	// A reason is free text: personal values in it are masked before it
	// is stored or audited.
	reason = strings.TrimSpace(m.sc.Mask(reason))
	return m.st.decide(id, decision, actor, reason, m.now(), func(f *Finding) error {
		d := map[string]string{"finding": f.ID, "content_sha256": f.SHA256, "verdict": string(f.Verdict)}
		if reason != "" {
			d["reason"] = reason
		}
		return m.record(actor, role, action, d)
	})
}

// Results returns the problems of the latest pass, most severe first
// (then by URL): pages and attachments that block or need review and
// URLs that could not be read. At most limit items are kept in memory.
func (m *Manager) Results(limit int) ([]*Item, error) {
	p, err := m.st.Progress()
	if err != nil {
		return nil, err
	}
	var out []*Item
	err = m.st.Problems(func(it *Item) bool {
		// This pass and the one before it: a URL no patrol has reached
		// since is gone from the site.
		if it.Verdict != report.Block && it.Verdict != report.Review || it.Pass+1 < p.Pass {
			return true
		}
		cp := *it
		out = append(out, &cp)
		if limit > 0 && len(out) > 4*limit {
			sortItems(out)
			out = out[:limit]
		}
		return true
	})
	sortItems(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

func sortItems(its []*Item) {
	sort.SliceStable(its, func(i, j int) bool {
		a, b := its[i], its[j]
		if a.Verdict.Rank() != b.Verdict.Rank() {
			return a.Verdict.Rank() > b.Verdict.Rank()
		}
		if a.Pass != b.Pass {
			return a.Pass > b.Pass
		}
		return a.URL < b.URL
	})
}

// Schedule starts a patrol of seeds every interval until ctx ends, the
// first one after the first interval (or at the next clock time at, if
// at is "HH:MM", and every interval after it). A patrol still running
// when the next is due is left to finish.
func (m *Manager) Schedule(ctx context.Context, seeds []string, every time.Duration, at string, onErr func(error)) error {
	if every <= 0 {
		every = 24 * time.Hour
	}
	next := m.now().Add(every)
	if at != "" {
		t, err := time.Parse("15:04", at)
		if err != nil {
			return fmt.Errorf("patrol: schedule time %q is not HH:MM", at)
		}
		now := m.now()
		next = time.Date(now.Year(), now.Month(), now.Day(), t.Hour(), t.Minute(), 0, 0, now.Location())
		if !next.After(now) {
			next = next.Add(24 * time.Hour)
		}
	}
	go func() {
		for {
			timer := time.NewTimer(time.Until(next))
			select {
			case <-ctx.Done():
				timer.Stop()
				return
			case <-timer.C:
			}
			if err := m.Start("schedule", "system", seeds, nil, 0); err != nil && !errors.Is(err, ErrRunning) && onErr != nil {
				onErr(err)
			}
			next = next.Add(every)
			for !next.After(m.now()) {
				next = next.Add(every)
			}
		}
	}()
	return nil
}
