package webhook

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/store"
)

// The event types.
const (
	Decided  = "review.decided"  // cleared (by the machine or the last approval) or rejected
	Released = "review.released" // a cleared review was released
	Expired  = "review.expired"  // a pending review's draft reached its retention and was deleted
	// Withdrawn: the submitter took a pending review back.
	Withdrawn = "review.withdrawn"
	// Superseded: a new version replaced the review; it can no longer
	// be released, and a CMS should publish the new one instead.
	Superseded = "review.superseded"
	// Rescanned: new dictionaries found more in a released review's kept
	// content; a CMS may have to take the page down.
	Rescanned = "review.rescanned"
)

// Types lists every event type.
var Types = []string{Decided, Released, Expired, Withdrawn, Superseded, Rescanned}

var (
	endpointsBucket = []byte("webhook_endpoints")
	outboxBucket    = []byte("webhook_outbox")
	// pendingBucket indexes the outbox's pending deliveries, so that the
	// hub's second-by-second look does not read the finished ones.
	pendingBucket = []byte("webhook_pending")
	metaBucket    = []byte("webhook_meta")
	cursorKey     = []byte("audit_cursor")
)

// Endpoint is a registered receiver.
type Endpoint struct {
	ID     string   `json:"id"`
	URL    string   `json:"url"`
	Events []string `json:"events"`
	// Secret signs deliveries; it is shown once, when the endpoint is
	// created, and never listed.
	Secret    string    `json:"secret,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by"`
	// AfterSeq is the audit log's size when the endpoint was created:
	// it receives only later events.
	AfterSeq uint64 `json:"after_seq"`
}

// Delivery states.
const (
	Pending   = "pending"
	Delivered = "delivered"
	Failed    = "failed" // gave up after MaxAttempts
)

// Delivery is one event for one endpoint, with its attempts so far.
type Delivery struct {
	ID          string     `json:"id"`
	Endpoint    string     `json:"endpoint"`
	EventID     string     `json:"event_id"`
	Type        string     `json:"type"`
	ReviewID    string     `json:"review_id"`
	State       string     `json:"state"`
	Attempts    int        `json:"attempts"`
	NextAt      time.Time  `json:"next_at,omitzero"`
	LastStatus  int        `json:"last_status,omitempty"`
	LastError   string     `json:"last_error,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
	DeliveredAt *time.Time `json:"delivered_at,omitempty"`
	// History lists the attempts, the latest maxHistory of them.
	History []Attempt       `json:"history,omitempty"`
	Body    json.RawMessage `json:"body"`
}

// Attempt is one try of a delivery.
type Attempt struct {
	At time.Time `json:"at"`
	// Status is the receiver's HTTP status; 0 when there was no answer.
	Status int    `json:"status,omitempty"`
	Error  string `json:"error,omitempty"`
	// Millis is how long the attempt took.
	Millis int64 `json:"ms"`
}

// maxHistory bounds the attempts kept with a delivery.
const maxHistory = 20

// Event is the body of a delivery.
type Event struct {
	// ID is evt_ and the audit event's sequence number: the same for
	// every delivery of one event, for deduplication.
	ID        string    `json:"id"`
	Type      string    `json:"type"`
	CreatedAt time.Time `json:"created_at"`
	Data      EventData `json:"data"`
}

// EventData says what happened to which review: ids, status, verdict,
// the keyed digest and counts, nothing a draft said.
type EventData struct {
	ReviewID          string `json:"review_id"`
	Status            string `json:"status"`
	Verdict           string `json:"verdict,omitempty"`
	ContentMAC        string `json:"content_mac,omitempty"`
	DecidedBy         string `json:"decided_by,omitempty"` // machine or reviewers
	Findings          int    `json:"findings"`
	Approvals         int    `json:"approvals"`
	ApprovalsRequired int    `json:"approvals_required"`
	AuditSeq          uint64 `json:"audit_seq"`
}

// Options configure a Hub. The zero value works.
type Options struct {
	Logger *slog.Logger
	// Client sends the deliveries; the default has a 10 s timeout and
	// follows no redirect.
	Client *http.Client
	// BaseDelay is the first retry's delay (5 s); each next doubles, up
	// to MaxDelay (1 h), with up to a fifth added at random.
	BaseDelay, MaxDelay time.Duration
	// MaxAttempts before a delivery is failed for good (16, about a day).
	MaxAttempts int
	// Keep is how long finished deliveries stay visible (7 days).
	Keep time.Duration
	// OnAttempt is told every attempt's outcome: delivered, retry or
	// failed (given up), for metrics.
	OnAttempt func(outcome string)
	// UserAgent names the sender.
	UserAgent string
	// Record makes registering and removing an endpoint an audit event
	// of the same transaction (Audited); nil changes them unrecorded,
	// for tests.
	Record Recorder
}

// Recorder runs fn, a change by actor a, and records it as action with
// details in the audit trail, in one transaction.
type Recorder func(a review.Actor, action string, details map[string]string, fn func(*bolt.Tx) error) error

// Audited records through svc, which also checks that a may manage
// webhooks.
func Audited(svc *review.Service) Recorder {
	return func(a review.Actor, action string, details map[string]string, fn func(*bolt.Tx) error) error {
		return svc.Administer(a, review.OpWebhooks, action, details, fn)
	}
}

// Audit makes the hub record through svc (Audited), for a hub created
// before the service it records with. Call it before Run.
func (h *Hub) Audit(svc *review.Service) { h.opt.Record = Audited(svc) }

// change runs fn through Record, or alone without one.
func (h *Hub) change(a review.Actor, action string, details map[string]string, fn func(*bolt.Tx) error) error {
	if h.opt.Record == nil {
		return h.db.Update(fn)
	}
	return h.opt.Record(a, action, details, fn)
}

// Hub registers endpoints and delivers events. Run it in one goroutine.
type Hub struct {
	db   *store.DB
	opt  Options
	wake chan struct{}
	now  func() time.Time
	// pruned is when finished deliveries were last pruned (Run's
	// goroutine only).
	pruned time.Time
}

// New returns a hub over db, creating its buckets. On the first start the
// cursor is put at the end of the audit log: history is not replayed.
func New(db *store.DB, opt Options) (*Hub, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Client == nil {
		opt.Client = &http.Client{Timeout: 10 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	if opt.BaseDelay <= 0 {
		opt.BaseDelay = 5 * time.Second
	}
	if opt.MaxDelay <= 0 {
		opt.MaxDelay = time.Hour
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 16
	}
	if opt.Keep <= 0 {
		opt.Keep = 7 * 24 * time.Hour
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "mishen-webhook"
	}
	h := &Hub{db: db, opt: opt, wake: make(chan struct{}, 1), now: time.Now}
	err := db.UpdateNow(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{endpointsBucket, outboxBucket, pendingBucket, metaBucket} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(metaBucket)
		if meta.Get(cursorKey) == nil {
			head, _, err := audit.Bolt(tx).Head()
			if err != nil {
				return err
			}
			return meta.Put(cursorKey, seqKey(head))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("webhook: %w", err)
	}
	return h, nil
}

func seqKey(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

// Notify tells the hub that audit events were committed. It never blocks.
func (h *Hub) Notify() {
	select {
	case h.wake <- struct{}{}:
	default:
	}
}

// Add registers url for events (all when empty), created by actor a, and
// returns the endpoint with its secret, shown this once.
func (h *Hub) Add(a review.Actor, rawURL string, events []string) (Endpoint, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || len(rawURL) > 2048 {
		return Endpoint{}, review.Errorf(review.KindInvalid, "bad_url", "url 应为 http:// 或 https:// 开头的完整地址，不含用户名和密码")
	}
	if len(events) == 0 {
		events = slices.Clone(Types)
	}
	for _, e := range events {
		if !slices.Contains(Types, e) {
			return Endpoint{}, review.Errorf(review.KindInvalid, "bad_event", "事件类型 %q 无效，应为 review.decided、review.released 或 review.expired", e)
		}
	}
	id, secret := random(9), "whsec_"+random(24)
	ep := Endpoint{ID: "wh_" + id, URL: u.String(), Events: events, Secret: secret, CreatedAt: h.now().UTC(), CreatedBy: a.Name}
	// The URL is not recorded: its query may carry the CMS's own token.
	details := map[string]string{"webhook": ep.ID, "host": u.Host, "events": strings.Join(events, ",")}
	err = h.change(a, audit.ActionWebhookAdded, details, func(tx *bolt.Tx) error {
		head, _, err := audit.Bolt(tx).Head()
		if err != nil {
			return err
		}
		ep.AfterSeq = head
		v, err := json.Marshal(ep)
		if err != nil {
			return err
		}
		return tx.Bucket(endpointsBucket).Put([]byte(ep.ID), v)
	})
	return ep, err
}

func random(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// List returns the endpoints, without their secrets.
func (h *Hub) List() ([]Endpoint, error) {
	out := []Endpoint{}
	err := h.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(endpointsBucket).ForEach(func(_, v []byte) error {
			var ep Endpoint
			if err := json.Unmarshal(v, &ep); err != nil {
				return err
			}
			ep.Secret = ""
			out = append(out, ep)
			return nil
		})
	})
	return out, err
}

// Remove deletes endpoint id and its pending deliveries, by actor a; the
// finished ones stay visible until they age out.
func (h *Hub) Remove(a review.Actor, id string) (Endpoint, error) {
	var ep Endpoint
	err := h.change(a, audit.ActionWebhookRemoved, map[string]string{"webhook": id}, func(tx *bolt.Tx) error {
		b := tx.Bucket(endpointsBucket)
		v := b.Get([]byte(id))
		if v == nil {
			return review.Errorf(review.KindNotFound, "not_found", "没有这个 webhook")
		}
		if err := json.Unmarshal(v, &ep); err != nil {
			return err
		}
		if err := b.Delete([]byte(id)); err != nil {
			return err
		}
		out, pending := tx.Bucket(outboxBucket), tx.Bucket(pendingBucket)
		var drop [][]byte
		if err := pending.ForEach(func(k, _ []byte) error {
			var d Delivery
			if json.Unmarshal(out.Get(k), &d) == nil && d.Endpoint == id {
				drop = append(drop, append([]byte(nil), k...))
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range drop {
			if err := out.Delete(k); err != nil {
				return err
			}
			if err := pending.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	ep.Secret = ""
	return ep, err
}

// Deliveries returns the latest deliveries, newest first, of endpoint id
// (all endpoints when empty), at most limit (100 when 0).
func (h *Hub) Deliveries(id string, limit int) ([]Delivery, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	out := []Delivery{}
	err := h.db.View(func(tx *bolt.Tx) error {
		if id != "" && tx.Bucket(endpointsBucket).Get([]byte(id)) == nil {
			return review.Errorf(review.KindNotFound, "not_found", "没有这个 webhook")
		}
		c := tx.Bucket(outboxBucket).Cursor()
		for k, v := c.Last(); k != nil && len(out) < limit; k, v = c.Prev() {
			var d Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return err
			}
			if id == "" || d.Endpoint == id {
				out = append(out, d)
			}
		}
		return nil
	})
	return out, err
}

// Run turns committed audit events into deliveries and sends them, until
// ctx ends.
func (h *Hub) Run(ctx context.Context) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		if err := h.enqueue(); err != nil {
			h.opt.Logger.Warn("webhook outbox", "error", err.Error())
		}
		next := h.deliverDue(ctx)
		wait := time.Until(next)
		if next.IsZero() || wait > time.Second {
			wait = time.Second
		}
		t.Reset(max(wait, 0))
		select {
		case <-ctx.Done():
			return
		case <-h.wake:
		case <-t.C:
		}
	}
}

// enqueue reads the audit log after the cursor and writes a delivery per
// event and subscribed endpoint, moving the cursor in the same
// transaction.
func (h *Hub) enqueue() error {
	// Most wake-ups find nothing new: look before taking a write
	// transaction (each commit is an fsync).
	behind := false
	if err := h.db.View(func(tx *bolt.Tx) error {
		head, _, err := audit.Bolt(tx).Head()
		behind = head > binary.BigEndian.Uint64(tx.Bucket(metaBucket).Get(cursorKey))
		return err
	}); err != nil || !behind {
		return err
	}
	return h.db.Update(func(tx *bolt.Tx) error {
		meta, out := tx.Bucket(metaBucket), tx.Bucket(outboxBucket)
		cursor := binary.BigEndian.Uint64(meta.Get(cursorKey))
		var eps []Endpoint
		if err := tx.Bucket(endpointsBucket).ForEach(func(_, v []byte) error {
			var ep Endpoint
			if err := json.Unmarshal(v, &ep); err != nil {
				return err
			}
			eps = append(eps, ep)
			return nil
		}); err != nil {
			return err
		}
		last, n := cursor, 0
		err := audit.Bolt(tx).Scan(cursor+1, func(seq uint64, rec []byte) (bool, error) {
			if seq == 0 {
				return true, nil // not a sequence key; Verify reports it
			}
			last, n = seq, n+1
			if len(eps) == 0 {
				return n < 10_000, nil
			}
			e, err := audit.DecodeRecord(rec)
			if err != nil {
				return false, err
			}
			e.Seq = seq
			ev, ok, err := eventOf(tx, &e)
			if err != nil || !ok {
				return n < 1000, err
			}
			body, err := json.Marshal(ev)
			if err != nil {
				return false, err
			}
			for _, ep := range eps {
				if seq <= ep.AfterSeq || !slices.Contains(ep.Events, ev.Type) {
					continue
				}
				k, err := out.NextSequence()
				if err != nil {
					return false, err
				}
				d := Delivery{ID: fmt.Sprintf("dl_%012d", k), Endpoint: ep.ID, EventID: ev.ID, Type: ev.Type, ReviewID: ev.Data.ReviewID,
					State: Pending, NextAt: ev.CreatedAt, CreatedAt: ev.CreatedAt, Body: body}
				v, err := json.Marshal(d)
				if err != nil {
					return false, err
				}
				if err := out.Put(seqKey(k), v); err != nil {
					return false, err
				}
				if err := tx.Bucket(pendingBucket).Put(seqKey(k), nil); err != nil {
					return false, err
				}
			}
			return n < 1000, nil
		})
		if err != nil || last == cursor {
			return err
		}
		return meta.Put(cursorKey, seqKey(last))
	})
}

// eventOf maps an audit event to a webhook event, if it is one.
func eventOf(tx *bolt.Tx, e *audit.Event) (Event, bool, error) {
	var typ, status, by string
	switch {
	case e.Action == audit.ActionScanned && e.Details["status"] == string(review.Cleared):
		typ, status, by = Decided, string(review.Cleared), "machine"
	case e.Action == audit.ActionApproved && e.Details["status"] == string(review.Cleared):
		typ, status, by = Decided, string(review.Cleared), "reviewers"
	case e.Action == audit.ActionRejected:
		typ, status, by = Decided, string(review.Rejected), "reviewers"
	case e.Action == audit.ActionReleased:
		typ, status = Released, string(review.Released)
	case e.Action == audit.ActionDraftDeleted && e.Details["reason"] == "retention":
		typ, status = Expired, string(review.Pending)
	case e.Action == audit.ActionWithdrawn:
		typ, status = Withdrawn, string(review.Withdrawn)
	case e.Action == audit.ActionSuperseded:
		typ, status = Superseded, string(review.Superseded)
	case e.Action == audit.ActionRescanned:
		typ, status, by = Rescanned, string(review.Released), "dictionaries"
	default:
		return Event{}, false, nil
	}
	ev := Event{ID: "evt_" + strconv.FormatUint(e.Seq, 10), Type: typ, CreatedAt: e.Time.UTC(),
		Data: EventData{ReviewID: e.ReviewID, Status: status, DecidedBy: by, AuditSeq: e.Seq}}
	sum, err := review.SummaryIn(tx, e.ReviewID)
	if err != nil {
		return ev, false, err
	}
	if sum != nil {
		ev.Data.Verdict = string(sum.Verdict)
		ev.Data.ContentMAC = sum.ContentMAC
		ev.Data.Findings = sum.Findings
		ev.Data.Approvals = sum.Approvals
		ev.Data.ApprovalsRequired = sum.Required
	}
	return ev, true, nil
}

// deliverDue sends every pending delivery that is due, oldest first, and
// returns when the next one is due (zero: none pending).
func (h *Hub) deliverDue(ctx context.Context) time.Time {
	type due struct {
		key []byte
		d   Delivery
	}
	var todo []due
	var next time.Time
	now := h.now()
	h.prune(now)
	_ = h.db.View(func(tx *bolt.Tx) error {
		eps, out := tx.Bucket(endpointsBucket), tx.Bucket(outboxBucket)
		return tx.Bucket(pendingBucket).ForEach(func(k, _ []byte) error {
			var d Delivery
			if json.Unmarshal(out.Get(k), &d) != nil {
				return nil
			}
			switch {
			case eps.Get([]byte(d.Endpoint)) == nil:
			case !d.NextAt.After(now) && len(todo) < 100:
				todo = append(todo, due{append([]byte(nil), k...), d})
			case next.IsZero() || d.NextAt.Before(next):
				next = d.NextAt
			}
			return nil
		})
	})
	for _, t := range todo {
		if ctx.Err() != nil {
			return time.Time{}
		}
		d := h.attempt(ctx, t.d)
		v, err := json.Marshal(d)
		if err == nil {
			err = h.db.Update(func(tx *bolt.Tx) error {
				out, pending := tx.Bucket(outboxBucket), tx.Bucket(pendingBucket)
				if tx.Bucket(endpointsBucket).Get([]byte(d.Endpoint)) == nil && d.State == Pending {
					// Removed while it was being sent.
					if err := out.Delete(t.key); err != nil {
						return err
					}
					return pending.Delete(t.key)
				}
				if d.State != Pending {
					if err := pending.Delete(t.key); err != nil {
						return err
					}
				}
				return out.Put(t.key, v)
			})
		}
		if err != nil {
			h.opt.Logger.Warn("webhook delivery not recorded", "delivery", d.ID, "error", err.Error())
		}
		if d.State == Pending && (next.IsZero() || d.NextAt.Before(next)) {
			next = d.NextAt
		}
	}
	if len(todo) == 100 {
		return now // more are due
	}
	return next
}

// prune deletes the finished deliveries older than Keep, at most once an
// hour.
func (h *Hub) prune(now time.Time) {
	if now.Sub(h.pruned) < time.Hour {
		return
	}
	h.pruned = now
	var old [][]byte
	_ = h.db.View(func(tx *bolt.Tx) error {
		pending := tx.Bucket(pendingBucket)
		return tx.Bucket(outboxBucket).ForEach(func(k, v []byte) error {
			var d Delivery
			if pending.Get(k) == nil && json.Unmarshal(v, &d) == nil && now.Sub(d.CreatedAt) > h.opt.Keep {
				old = append(old, append([]byte(nil), k...))
			}
			return nil
		})
	})
	if len(old) == 0 {
		return
	}
	_ = h.db.Update(func(tx *bolt.Tx) error {
		for _, k := range old {
			if err := tx.Bucket(outboxBucket).Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}

// attempt sends d once and returns it with the outcome recorded.
func (h *Hub) attempt(ctx context.Context, d Delivery) Delivery {
	var ep Endpoint
	_ = h.db.View(func(tx *bolt.Tx) error {
		return json.Unmarshal(tx.Bucket(endpointsBucket).Get([]byte(d.Endpoint)), &ep)
	})
	d.Attempts++
	now := h.now()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(d.Body))
	if err == nil {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", h.opt.UserAgent)
		req.Header.Set("Mishen-Event-Id", d.EventID)
		req.Header.Set("Mishen-Event-Type", d.Type)
		req.Header.Set("Mishen-Delivery-Id", d.ID)
		req.Header.Set(SignatureHeader, Sign(ep.Secret, now, d.Body))
		var resp *http.Response
		resp, err = h.opt.Client.Do(req)
		if err == nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
			d.LastStatus = resp.StatusCode
			if resp.StatusCode < 200 || resp.StatusCode > 299 {
				err = fmt.Errorf("HTTP %d", resp.StatusCode)
			}
		} else {
			d.LastStatus = 0
		}
	}
	at := h.now().UTC()
	try := Attempt{At: now.UTC(), Status: d.LastStatus, Millis: at.Sub(now).Milliseconds()}
	if err != nil {
		try.Error = errText(err)
	}
	d.History = append(d.History, try)
	if len(d.History) > maxHistory {
		d.History = d.History[len(d.History)-maxHistory:]
	}
	if err == nil {
		d.State, d.DeliveredAt, d.LastError, d.NextAt = Delivered, &at, "", time.Time{}
		h.outcome("delivered")
		return d
	}
	d.LastError = errText(err)
	if d.Attempts >= h.opt.MaxAttempts {
		d.State, d.NextAt = Failed, time.Time{}
		h.outcome("failed")
		return d
	}
	delay := h.opt.BaseDelay << min(d.Attempts-1, 30)
	if delay > h.opt.MaxDelay || delay <= 0 {
		delay = h.opt.MaxDelay
	}
	var j [2]byte
	rand.Read(j[:])
	delay += time.Duration(float64(delay) * 0.2 * float64(binary.BigEndian.Uint16(j[:])) / 65535)
	d.NextAt = now.Add(delay).UTC()
	h.outcome("retry")
	return d
}

func (h *Hub) outcome(o string) {
	if h.opt.OnAttempt != nil {
		h.opt.OnAttempt(o)
	}
}

// errText is an attempt's error for admins, without the URL (which may
// carry a token in its query).
func errText(err error) string {
	if ue, ok := err.(*url.Error); ok {
		err = ue.Err
		if ue.Timeout() {
			return "timeout"
		}
	}
	s := err.Error()
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
