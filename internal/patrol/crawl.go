package patrol

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/temoto/robotstxt"

	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

// DefaultUserAgent names mishen to the site's operators.
const DefaultUserAgent = "mishen-patrol/1.0 (密审网站巡查; +https://github.com/mishen-gov/mishen)"

// robotsAgent is the token looked up in robots.txt.
const robotsAgent = "mishen"

// Config is one patrol's scope, politeness and limits.
type Config struct {
	// Seeds are the start URLs; their hosts (host and port) are the
	// hosts the patrol may fetch from.
	Seeds []string
	// ExtraHosts are further hosts (host or host:port) that belong to
	// the site, such as a separate file server.
	ExtraHosts []string
	// UserAgent is sent with every request; DefaultUserAgent if empty.
	UserAgent string
	// Concurrency is the number of requests in flight to one host (4).
	Concurrency int
	// Delay is the pause after each request to a host.
	Delay time.Duration
	// Timeout bounds one request, body included (30 s).
	Timeout time.Duration
	// MaxPages stops the run after that many fetches (0: no limit); the
	// next run continues.
	MaxPages int
	// MaxDepth is the number of links followed from a seed (0: no limit).
	MaxDepth int
	// MaxTotalBytes stops the run after that many bytes downloaded (0: no
	// limit); the next run continues.
	MaxTotalBytes int64
	// MaxDuration stops the run after that long (0: no limit); the next
	// run continues.
	MaxDuration time.Duration
	// MaxRetryAfter caps how long a Retry-After answer is waited for (2 min).
	MaxRetryAfter time.Duration
	// ScanWorkers scan fetched bodies in parallel (GOMAXPROCS).
	ScanWorkers int
	// Transport makes the requests; nil uses a clone of http.DefaultTransport.
	Transport http.RoundTripper
}

// Stats counts what a run did. Its counters are read while the run goes
// on (Run's progress callback).
type Stats struct {
	Pass      uint64        `json:"pass"`
	Resumed   bool          `json:"resumed"`
	Fetched   int64         `json:"fetched"`      // 200 answers
	Unchanged int64         `json:"not_modified"` // 304 answers
	Failed    int64         `json:"failed"`       // errors, 4xx, 5xx
	Skipped   int64         `json:"skipped"`      // refused by robots.txt
	Scanned   int64         `json:"scanned"`
	Bytes     int64         `json:"bytes"`
	Block     int64         `json:"block"`
	Review    int64         `json:"review"`
	Passed    int64         `json:"pass_count"`
	New       int64         `json:"new_findings"`
	Queued    int64         `json:"queued"` // added to the frontier in this run
	Elapsed   time.Duration `json:"elapsed_ns"`
	// Stopped says why the run ended before the site was done (a limit,
	// or cancellation); the next run continues from there.
	Stopped string `json:"stopped,omitempty"`
}

// PagesPerSecond is the rate of URLs answered (200 and 304) per second.
func (s Stats) PagesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Fetched+s.Unchanged) / s.Elapsed.Seconds()
}

type counters struct {
	fetched, unchanged, failed, skipped, scanned, bytes, block, review, pass, new, queued atomic.Int64
}

func (c *counters) snapshot() Stats {
	return Stats{Fetched: c.fetched.Load(), Unchanged: c.unchanged.Load(), Failed: c.failed.Load(),
		Skipped: c.skipped.Load(), Scanned: c.scanned.Load(), Bytes: c.bytes.Load(), Block: c.block.Load(),
		Review: c.review.Load(), Passed: c.pass.Load(), New: c.new.Load(), Queued: c.queued.Load()}
}

// ErrNoSeeds is returned by Run when it is given no usable start URL.
var ErrNoSeeds = errors.New("patrol: no start URL")

// Run crawls the site from cfg.Seeds, scans what it fetches with sc,
// stores every result in st and hands it to emit (called from one
// goroutine, in completion order). progress, if not nil, is called about
// twice a second with the counters so far. Run returns when the site is
// done, a limit is reached or ctx is cancelled; in the last two cases
// Stats.Stopped says why and the next Run on st continues.
func Run(ctx context.Context, cfg Config, sc *scan.Scanner, st *State, emit func(*Item) error, progress func(Stats)) (Stats, error) {
	r, err := newRun(cfg, sc, st)
	if err != nil {
		return Stats{}, err
	}
	return r.run(ctx, emit, progress)
}

type run struct {
	cfg    Config
	sc     *scan.Scanner
	st     *State
	hosts  map[string]bool
	robots map[string]*robotstxt.Group
	client *http.Client
	pass   uint64
	dictV  string
	c      counters
	start  time.Time
}

func newRun(cfg Config, sc *scan.Scanner, st *State) (*run, error) {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 4
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxRetryAfter <= 0 {
		cfg.MaxRetryAfter = 2 * time.Minute
	}
	if cfg.ScanWorkers <= 0 {
		cfg.ScanWorkers = runtime.GOMAXPROCS(0)
	}
	if cfg.Transport == nil {
		cfg.Transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	r := &run{cfg: cfg, sc: sc, st: st, hosts: map[string]bool{}, robots: map[string]*robotstxt.Group{}}
	for _, s := range cfg.Seeds {
		u, ok := normalize(nil, s)
		if !ok {
			return nil, fmt.Errorf("patrol: %q is not an http or https URL", s)
		}
		pu, _ := url.Parse(u)
		r.hosts[pu.Host] = true
	}
	if len(r.hosts) == 0 {
		return nil, ErrNoSeeds
	}
	for _, h := range cfg.ExtraHosts {
		h = strings.ToLower(strings.TrimSpace(h))
		if h != "" {
			r.hosts[h] = true
		}
	}
	r.client = &http.Client{Transport: rawBytes{cfg.Transport}, Timeout: cfg.Timeout}
	return r, nil
}

// rawBytes keeps the bytes as the site publishes them: colly must not
// gunzip a .gz attachment (the scanner reads archives itself, within its
// limits) nor recode a page whose Content-Type names a charset (the HTML
// reader follows the page's own declaration). The header as sent is kept
// in X-Mishen-Content-Type.
type rawBytes struct{ rt http.RoundTripper }

func (t rawBytes) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := t.rt.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	res.Uncompressed = true
	if ct := res.Header.Get("Content-Type"); ct != "" {
		res.Header.Set("X-Mishen-Content-Type", ct)
		if mt, _, err := mime.ParseMediaType(ct); err == nil {
			res.Header.Set("Content-Type", mt)
		} else {
			res.Header.Del("Content-Type")
		}
	}
	return res, nil
}

// normalize resolves ref against base (nil: ref must be absolute) and
// returns the URL in the one form the frontier keys on: http or https,
// lower-case host without the default port, no fragment, a path.
func normalize(base *url.URL, ref string) (string, bool) {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return "", false
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" || u.User != nil {
		return "", false
	}
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = escapeQuery(u.RawQuery)
	return u.String(), true
}

// escapeQuery percent-encodes the bytes of a raw query that a browser
// would (spaces, other controls, non-ASCII), so that a link written with
// a space in its query (a?b c) is the same page as its escaped form, and
// a normal form parsed again is itself.
func escapeQuery(q string) string {
	plain := func(c byte) bool { return c > ' ' && c < 0x7f }
	i := 0
	for i < len(q) && plain(q[i]) {
		i++
	}
	if i == len(q) {
		return q
	}
	const hex = "0123456789ABCDEF"
	b := []byte(q[:i])
	for ; i < len(q); i++ {
		if c := q[i]; plain(c) {
			b = append(b, c)
		} else {
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}

// allowed says whether u is on the site and robots.txt lets mishen fetch it.
func (r *run) allowed(u *url.URL) (onSite, robotsOK bool) {
	if !r.hosts[u.Host] {
		return false, false
	}
	g := r.robots[u.Host]
	if g == nil {
		return true, true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return true, g.Test(p)
}

// fetchRobots reads robots.txt of every host and returns the sitemaps
// it names, plus /sitemap.xml of each seed host.
func (r *run) fetchRobots(ctx context.Context) []string {
	var maps []string
	for h := range r.hosts {
		scheme := "https"
		for _, s := range r.cfg.Seeds {
			if u, err := url.Parse(s); err == nil && strings.EqualFold(u.Host, h) {
				scheme = strings.ToLower(u.Scheme)
			}
		}
		base := scheme + "://" + h
		maps = append(maps, base+"/sitemap.xml")
		req, err := http.NewRequestWithContext(ctx, "GET", base+"/robots.txt", nil)
		if err != nil {
			continue
		}
		req.Header.Set("User-Agent", r.cfg.UserAgent)
		res, err := r.client.Do(req)
		if err != nil {
			continue // no robots.txt to honour
		}
		// FromResponse follows RFC 9309: 4xx allows everything, 5xx
		// disallows everything.
		res.Body = io.NopCloser(io.LimitReader(res.Body, 512<<10))
		data, err := robotstxt.FromResponse(res)
		res.Body.Close()
		if err != nil {
			continue
		}
		r.robots[h] = data.FindGroup(robotsAgent)
		maps = append(maps, data.Sitemaps...)
	}
	return maps
}

// fetch is what one request brought back, filled by colly's callbacks.
type fetch struct {
	status   int
	header   http.Header
	body     []byte
	finalURL string
	links    []string
	html     bool
	tooLarge int64 // declared length over the limit
}

// job is a fetched body on its way to a scan worker, or a finished item.
type job struct {
	e        entry
	it       *Item
	redirect *Item // the URL that redirected to it.URL
	prev     *Item
	body     []byte
	links    []string
}

func (r *run) collector(ctx context.Context) (*colly.Collector, error) {
	maxBody := r.sc.Limits().MaxFileBytes
	c := colly.NewCollector(
		colly.UserAgent(r.cfg.UserAgent),
		colly.MaxBodySize(int(maxBody+1)),
		colly.StdlibContext(ctx),
		colly.AllowURLRevisit(), // the frontier in State dedupes
		colly.ParseHTTPErrorResponse(),
		colly.IgnoreRobotsTxt(), // checked by run.allowed, redirects included
	)
	c.DisableCookies()
	c.SetClient(r.client)
	for h := range r.hosts {
		par, delay := r.cfg.Concurrency, r.cfg.Delay
		if g := r.robots[h]; g != nil && g.CrawlDelay > 0 {
			// The site asked for one request every Crawl-delay (at most a
			// minute is honoured, or a patrol would never end).
			par, delay = 1, max(delay, min(g.CrawlDelay, time.Minute))
		}
		if err := c.Limit(&colly.LimitRule{DomainGlob: h, Parallelism: par, Delay: delay}); err != nil {
			return nil, fmt.Errorf("patrol: host %q: %w", h, err)
		}
	}
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errTooManyRedirects
		}
		onSite, ok := r.allowed(req.URL)
		if !onSite {
			return errOffSite
		}
		if !ok {
			return errRobots
		}
		return nil
	})
	c.OnResponseHeaders(func(res *colly.Response) {
		if n, err := strconv.ParseInt(res.Headers.Get("Content-Length"), 10, 64); err == nil && n > maxBody {
			res.Ctx.GetAny("f").(*fetch).tooLarge = n
			res.Request.Abort()
		}
	})
	c.OnResponse(func(res *colly.Response) {
		f := res.Ctx.GetAny("f").(*fetch)
		f.status, f.header, f.body = res.StatusCode, res.Headers.Clone(), res.Body
		f.finalURL = res.Request.URL.String()
		ct := strings.ToLower(res.Headers.Get("Content-Type"))
		f.html = ct == "text/html" || ct == "application/xhtml+xml"
	})
	c.OnHTML("[href], iframe[src], frame[src], embed[src], img[src], object[data]", func(e *colly.HTMLElement) {
		if e.Response.StatusCode != http.StatusOK {
			return
		}
		f := e.Response.Ctx.GetAny("f").(*fetch)
		attr := "href"
		switch e.Name {
		case "iframe", "frame", "embed", "img":
			attr = "src"
		case "object":
			attr = "data"
		case "link":
			// Stylesheets, icons and hints are the site's furniture.
			switch strings.ToLower(e.Attr("rel")) {
			case "stylesheet", "icon", "shortcut icon", "apple-touch-icon", "preconnect", "dns-prefetch", "preload", "prefetch", "modulepreload", "manifest":
				return
			}
		}
		if v := e.Attr(attr); v != "" {
			if abs := e.Request.AbsoluteURL(v); abs != "" {
				f.links = append(f.links, abs)
			}
		}
	})
	return c, nil
}

var (
	errOffSite          = errors.New("redirect off the site")
	errRobots           = errors.New("redirect to a path robots.txt disallows")
	errTooManyRedirects = errors.New("more than 10 redirects")
)

func (r *run) run(ctx context.Context, emit func(*Item) error, progress func(Stats)) (Stats, error) {
	r.start = time.Now()
	r.dictV = r.sc.DictVersion()
	fetchCtx := ctx
	if r.cfg.MaxDuration > 0 {
		var cancel context.CancelFunc
		fetchCtx, cancel = context.WithTimeout(ctx, r.cfg.MaxDuration)
		defer cancel()
	}
	maps := r.fetchRobots(fetchCtx)
	var seeds []entry
	for _, s := range r.cfg.Seeds {
		u, _ := normalize(nil, s)
		seeds = append(seeds, entry{URL: u})
	}
	for _, m := range maps {
		if u, ok := normalize(nil, m); ok {
			if pu, _ := url.Parse(u); pu != nil {
				if on, ok := r.allowed(pu); on && ok {
					seeds = append(seeds, entry{URL: u, Sitemap: true})
				}
			}
		}
	}
	pass, resumed, err := r.st.begin(seeds)
	if err != nil {
		return Stats{}, err
	}
	r.pass = pass
	c, err := r.collector(fetchCtx)
	if err != nil {
		return Stats{}, err
	}

	var (
		jobs    = make(chan job, r.cfg.ScanWorkers)
		results = make(chan job, r.cfg.ScanWorkers)
		active  atomic.Int64
		stopMu  sync.Mutex
		stopped string
		done    atomic.Bool
		fetches atomic.Int64
		werr    error
		werrMu  sync.Mutex
	)
	stop := func(why string) {
		stopMu.Lock()
		if stopped == "" {
			stopped = why
		}
		stopMu.Unlock()
	}
	fail := func(err error) {
		werrMu.Lock()
		if werr == nil {
			werr = err
		}
		werrMu.Unlock()
		stop("error")
	}
	stopping := func() bool {
		stopMu.Lock()
		defer stopMu.Unlock()
		return stopped != ""
	}

	// Fetchers: as many as the hosts allow at once.
	var fetchers sync.WaitGroup
	nf := r.cfg.Concurrency * len(r.hosts)
	for i := 0; i < nf; i++ {
		fetchers.Add(1)
		go func() {
			defer fetchers.Done()
			for !done.Load() && !stopping() {
				if err := fetchCtx.Err(); err != nil {
					if ctx.Err() != nil {
						stop("cancelled")
					} else {
						stop("max-time")
					}
					return
				}
				if r.cfg.MaxTotalBytes > 0 && r.c.bytes.Load() >= r.cfg.MaxTotalBytes {
					stop("max-bytes")
					return
				}
				active.Add(1)
				if r.cfg.MaxPages > 0 && fetches.Add(1) > int64(r.cfg.MaxPages) {
					active.Add(-1)
					stop("max-pages")
					return
				}
				e, ok, err := r.st.pop()
				if err != nil {
					active.Add(-1)
					fail(err)
					return
				}
				if !ok {
					if r.cfg.MaxPages > 0 {
						fetches.Add(-1)
					}
					if active.Add(-1) == 0 {
						done.Store(true)
						return
					}
					time.Sleep(5 * time.Millisecond)
					continue
				}
				j, keep, err := r.fetchOne(fetchCtx, c, e)
				if err == nil && keep {
					select {
					case jobs <- j:
					case <-ctx.Done():
					}
				}
				active.Add(-1)
				if err != nil {
					fail(err)
					return
				}
			}
		}()
	}

	// Scanners: every core, while the fetchers wait on the network.
	var scanners sync.WaitGroup
	for i := 0; i < r.cfg.ScanWorkers; i++ {
		scanners.Add(1)
		go func() {
			defer scanners.Done()
			for j := range jobs {
				if j.body != nil {
					r.scanJob(ctx, &j)
					if ctx.Err() != nil {
						continue // a scan cut short is not a result; the entry stays in flight
					}
				}
				results <- j
			}
		}()
	}

	// One writer: state, counters and output in completion order.
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for j := range results {
			dup, err := r.st.done(j.e, j.it, j.links, j.redirect)
			if err != nil {
				fail(err)
				continue
			}
			if dup {
				// Fetched twice at once (a link and a redirect to it).
				j.it = nil
			}
			if j.redirect != nil && emit != nil {
				if err := emit(j.redirect); err != nil {
					fail(err)
				}
			}
			if j.it == nil {
				continue
			}
			switch j.it.Verdict {
			case report.Block:
				r.c.block.Add(1)
			case report.Review:
				r.c.review.Add(1)
			case report.Pass:
				r.c.pass.Add(1)
			}
			r.c.new.Add(int64(len(j.it.New)))
			if emit != nil {
				if err := emit(j.it); err != nil {
					fail(err)
				}
			}
		}
	}()

	tick := time.NewTicker(500 * time.Millisecond)
	fetchersDone := make(chan struct{})
	go func() { fetchers.Wait(); close(fetchersDone) }()
loop:
	for {
		select {
		case <-fetchersDone:
			break loop
		case <-tick.C:
			if progress != nil {
				progress(r.stats(pass, resumed, ""))
			}
		}
	}
	tick.Stop()
	close(jobs)
	scanners.Wait()
	close(results)
	<-writerDone

	stopMu.Lock()
	why := stopped
	stopMu.Unlock()
	if why == "" && ctx.Err() != nil {
		why = "cancelled"
	}
	if why == "" {
		if err := r.st.finish(); err != nil {
			return r.stats(pass, resumed, ""), err
		}
	}
	s := r.stats(pass, resumed, why)
	if progress != nil {
		progress(s)
	}
	return s, werr
}

func (r *run) stats(pass uint64, resumed bool, stopped string) Stats {
	s := r.c.snapshot()
	s.Pass, s.Resumed, s.Stopped, s.Elapsed = pass, resumed, stopped, time.Since(r.start)
	return s
}

// fetchOne fetches e (again, after a Retry-After) and returns the job to
// pass on; keep is false when there is nothing to scan or store (the run
// was stopped while it was in flight, which leaves e in flight for the
// next run).
func (r *run) fetchOne(ctx context.Context, c *colly.Collector, e entry) (j job, keep bool, err error) {
	j.e = e
	u, _ := url.Parse(e.URL)
	if onSite, ok := r.allowed(u); !onSite || !ok {
		r.c.skipped.Add(1)
		return j, true, nil // done with no item
	}
	var prevLinks []string
	if !e.Sitemap {
		j.prev, prevLinks, err = r.st.item(e.URL)
		if err != nil {
			return j, false, err
		}
		if j.prev != nil && j.prev.Pass == r.pass {
			return j, true, nil // reached through a redirect already
		}
	}
	hdr := http.Header{}
	hdr.Set("User-Agent", r.cfg.UserAgent)
	cond := j.prev
	if cond != nil && cond.FinalURL != "" {
		// A redirect: the validators are those of where it led (the
		// client sends them on along the redirect).
		if cond, _, err = r.st.item(cond.FinalURL); err != nil {
			return j, false, err
		}
	}
	if p := cond; p != nil && p.DictVersion == r.dictV && p.Verdict != "" && p.Error == "" {
		// Unchanged content already scanned with these dictionaries
		// need not come again.
		if p.ETag != "" {
			hdr.Set("If-None-Match", p.ETag)
		}
		if p.LastModified != "" {
			hdr.Set("If-Modified-Since", p.LastModified)
		}
	}
	var f *fetch
	var ferr error
	for attempt := 0; ; attempt++ {
		f = &fetch{}
		cctx := colly.NewContext()
		cctx.Put("f", f)
		ferr = c.Request("GET", e.URL, nil, cctx, hdr.Clone())
		if ctx.Err() != nil {
			return j, false, nil
		}
		if (f.status == http.StatusTooManyRequests || f.status == http.StatusServiceUnavailable) && attempt < 3 {
			if d, ok := retryAfter(f.header, time.Now()); ok {
				if d > r.cfg.MaxRetryAfter {
					d = r.cfg.MaxRetryAfter
				}
				t := time.NewTimer(d)
				select {
				case <-t.C:
				case <-ctx.Done():
					t.Stop()
					return j, false, nil
				}
				continue
			}
		}
		break
	}
	it := &Item{URL: e.URL, Referrer: e.Referrer, Depth: e.Depth, Fetched: time.Now().UTC(), Pass: r.pass, Status: f.status}
	j.it = it
	if fu, ok := normalize(nil, f.finalURL); ok && fu != e.URL && f.status != 0 {
		// A redirect: the redirecting URL is recorded as such, and what
		// it led to is reported under its own URL, once a pass.
		j.redirect = &Item{URL: e.URL, FinalURL: fu, Referrer: e.Referrer, Depth: e.Depth, Fetched: it.Fetched, Pass: r.pass, Status: f.status}
		if err := r.st.markSeen(r.pass, fu); err != nil {
			return j, false, err
		}
		if j.prev, prevLinks, err = r.st.item(fu); err != nil {
			return j, false, err
		}
		if j.prev != nil && j.prev.Pass == r.pass {
			// Reported already in this pass.
			j.it, j.redirect = j.redirect, nil
			return j, true, nil
		}
		it.URL = fu
		e.URL = fu
	}
	if f.header != nil {
		it.ContentType = f.header.Get("X-Mishen-Content-Type")
		it.LastModified = f.header.Get("Last-Modified")
		it.ETag = f.header.Get("ETag")
		it.Length, _ = strconv.ParseInt(f.header.Get("Content-Length"), 10, 64)
	}
	limit := r.sc.Limits().MaxFileBytes
	switch {
	case f.tooLarge > 0 || int64(len(f.body)) > limit:
		r.c.fetched.Add(1)
		n := max(f.tooLarge, int64(len(f.body)))
		r.c.bytes.Add(int64(len(f.body)))
		it.Length = n
		it.Verdict = report.Review
		it.Findings = unreadable("unreadable.too_large", fmt.Sprintf("文件大小超过上限 %d 字节，未下载扫描；请人工检查该文件", limit))
		if e.Sitemap {
			j.it = nil
		}
		return j, true, nil
	case ferr != nil && f.status == 0:
		if e.Sitemap {
			j.it = nil
			return j, true, nil
		}
		r.c.failed.Add(1)
		switch {
		case errors.Is(ferr, errOffSite):
			it.Error = "重定向到站外地址，未抓取"
		case errors.Is(ferr, errRobots):
			it.Error = "重定向到 robots.txt 禁止抓取的路径，未抓取"
		default:
			it.Error = "无法下载：" + fetchError(ferr)
			it.Verdict = report.Review
			it.Findings = unreadable("unreadable.fetch_failed", "页面或附件无法下载（"+fetchError(ferr)+"），未能扫描；请稍后重新巡查或人工检查")
		}
		return j, true, nil
	case f.status == http.StatusNotModified && j.prev != nil:
		r.c.unchanged.Add(1)
		p := *j.prev
		p.Referrer, p.Depth, p.Fetched, p.Pass, p.Status, p.Unchanged = e.Referrer, e.Depth, it.Fetched, r.pass, f.status, true
		p.New, p.PreviousDictVersion = nil, ""
		if v := it.ETag; v != "" {
			p.ETag = v
		}
		j.it = &p
		j.links = prevLinks
		return j, true, r.enqueue(e, prevLinks)
	case f.status != http.StatusOK:
		if e.Sitemap {
			j.it = nil // a site without a sitemap is no failure
			return j, true, nil
		}
		r.c.failed.Add(1)
		it.Error = fmt.Sprintf("HTTP %d %s", f.status, http.StatusText(f.status))
		if f.status >= 500 || f.status == http.StatusTooManyRequests {
			// The page may well exist: not read is not passed.
			it.Verdict = report.Review
			it.Findings = unreadable("unreadable.fetch_failed", fmt.Sprintf("服务器返回 HTTP %d，未能扫描；请稍后重新巡查或人工检查", f.status))
		}
		return j, true, nil
	}
	r.c.fetched.Add(1)
	r.c.bytes.Add(int64(len(f.body)))
	if it.Length == 0 {
		it.Length = int64(len(f.body))
	}
	if e.Sitemap {
		j.it = nil
		return j, true, r.enqueueSitemap(e, f.body)
	}
	if f.html {
		j.links = r.siteLinks(f.links)
		if err := r.enqueue(e, j.links); err != nil {
			return j, false, err
		}
	}
	j.body = f.body
	return j, true, nil
}

// siteLinks normalises links and keeps those on the site, once each.
func (r *run) siteLinks(links []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range links {
		u, ok := normalize(nil, l)
		if !ok || seen[u] {
			continue
		}
		pu, err := url.Parse(u)
		if err != nil || !r.hosts[pu.Host] {
			continue
		}
		seen[u] = true
		out = append(out, u)
	}
	return out
}

// enqueue queues a page's links one level deeper, within robots.txt and
// the depth limit.
func (r *run) enqueue(from entry, links []string) error {
	if r.cfg.MaxDepth > 0 && from.Depth+1 > r.cfg.MaxDepth {
		return nil
	}
	var es []entry
	for _, l := range links {
		pu, err := url.Parse(l)
		if err != nil {
			continue
		}
		if on, ok := r.allowed(pu); !on {
			continue
		} else if !ok {
			r.c.skipped.Add(1)
			continue
		}
		es = append(es, entry{URL: l, Referrer: from.URL, Depth: from.Depth + 1})
	}
	n, err := r.st.add(r.pass, es)
	r.c.queued.Add(int64(n))
	return err
}

// maxSitemapURLs is the most URLs one sitemap may list (the sitemaps
// protocol's own limit); the rest is ignored.
const maxSitemapURLs = 50000

// sitemapLocs reads the <loc> of a sitemap (<url>) or a sitemap index
// (<sitemap>) as a stream, at most maxSitemapURLs of each; a document
// that is not XML yields what was read before the error.
func sitemapLocs(body []byte) (urls, maps []string) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	var inURL, inMap, inLoc bool
	var loc strings.Builder
	for len(urls) < maxSitemapURLs && len(maps) < maxSitemapURLs {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "url":
				inURL = true
			case "sitemap":
				inMap = true
			case "loc":
				inLoc = true
				loc.Reset()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "url":
				inURL = false
			case "sitemap":
				inMap = false
			case "loc":
				inLoc = false
				if v := strings.TrimSpace(loc.String()); v != "" {
					if inURL {
						urls = append(urls, v)
					} else if inMap {
						maps = append(maps, v)
					}
				}
			}
		case xml.CharData:
			if inLoc && loc.Len() < 8<<10 {
				loc.Write(t)
			}
		}
	}
	return urls, maps
}

// enqueueSitemap queues the URLs of a sitemap or the sitemaps of a
// sitemap index.
func (r *run) enqueueSitemap(from entry, body []byte) error {
	urls, maps := sitemapLocs(body)
	var es []entry
	for _, l := range r.siteLinks(urls) {
		if pu, err := url.Parse(l); err == nil {
			if _, ok := r.allowed(pu); ok {
				es = append(es, entry{URL: l, Referrer: from.URL})
			} else {
				r.c.skipped.Add(1)
			}
		}
	}
	for _, l := range r.siteLinks(maps) {
		if pu, err := url.Parse(l); err == nil {
			if _, ok := r.allowed(pu); ok {
				es = append(es, entry{URL: l, Referrer: from.URL, Sitemap: true})
			}
		}
	}
	n, err := r.st.add(r.pass, es)
	r.c.queued.Add(int64(n))
	return err
}

// scanJob scans a fetched body with the same core as `mishen scan`.
func (r *run) scanJob(ctx context.Context, j *job) {
	if p := j.prev; p != nil && p.Verdict != "" && p.Error == "" && p.DictVersion == r.dictV {
		// Many CMSs send no ETag or Last-Modified: the bytes come again,
		// but bytes already scanned with these dictionaries need no scan.
		sum := sha256.Sum256(j.body)
		if hex.EncodeToString(sum[:]) == p.SHA256 {
			j.body = nil
			it := j.it
			it.Format, it.SHA256, it.DictVersion, it.Verdict, it.Findings = p.Format, p.SHA256, p.DictVersion, p.Verdict, p.Findings
			it.Unchanged = true
			return
		}
	}
	name := scanName(j.it.URL, j.it.ContentType)
	rep := r.sc.Scan(ctx, name, j.body)
	j.body = nil
	r.c.scanned.Add(1)
	it := j.it
	it.Format, it.SHA256, it.DictVersion = rep.Format, rep.SHA256, rep.DictVersion
	it.Verdict, it.Findings = rep.Verdict, rep.Findings
	for i := range it.Findings {
		// A finding names the URL, not the scanner's file name.
		if it.Findings[i].Location.File == name {
			it.Findings[i].Location.File = ""
		}
	}
	markNew(it, j.prev)
}

// scanName is the file name the scanner sees: the last path segment, and
// .html for a page whose name does not say so (the format is sniffed from
// the content first in any case).
func scanName(u, contentType string) string {
	name := "index"
	if pu, err := url.Parse(u); err == nil {
		if b := path.Base(pu.Path); b != "/" && b != "." && b != "" {
			name = b
		}
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt == "text/html" || mt == "application/xhtml+xml" {
		switch strings.ToLower(path.Ext(name)) {
		case ".html", ".htm", ".shtml", ".xhtml":
		default:
			name += ".html"
		}
	}
	return name
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		// Seconds past a year would overflow a Duration: a year is as
		// good as forever (the caller caps the wait anyway).
		return time.Duration(min(n, 365*24*3600)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// fetchError says in Chinese what went wrong with a request, without
// echoing the server's bytes.
func fetchError(err error) string {
	var ue *url.Error
	switch {
	case errors.Is(err, errTooManyRedirects):
		return "重定向次数过多"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ue) && ue.Timeout():
		return "请求超时"
	case errors.Is(err, colly.ErrAbortedAfterHeaders):
		return "下载被中止"
	}
	return "网络错误"
}
