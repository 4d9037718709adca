package server

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/buildinfo"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/sandbox"
)

// Metrics are the service's Prometheus metrics, on a registry of their
// own (no global registry). Create them before the review.Service and
// pass Hooks to it, so that scans, verdicts and audit events are counted
// where they happen.
type Metrics struct {
	// reg is what /metrics shows to anyone; private (findings by
	// category, verdicts) only with --metrics-token.
	reg      *prometheus.Registry
	private  *prometheus.Registry
	rejected *prometheus.CounterVec
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	scan     prometheus.Histogram
	findings *prometheus.CounterVec
	verdicts *prometheus.CounterVec
	events   *prometheus.CounterVec
	// scanByFormat is scan time by the format the sniffer found.
	scanByFormat *prometheus.HistogramVec
	// sandbox counts files whose parser child timed out or crashed.
	sandbox  *prometheus.CounterVec
	reloads  *prometheus.CounterVec
	dictInfo *prometheus.GaugeVec
	hooks    *prometheus.CounterVec
	watched  bool
}

// NewMetrics registers every metric on a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg:     prometheus.NewRegistry(),
		private: prometheus.NewRegistry(),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_admission_rejected_total", Help: "Requests or connections turned away by admission control, by limit (connections, uploads, rate).",
		}, []string{"limit"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_http_requests_total", Help: "HTTP requests by route pattern, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "mishen_http_request_duration_seconds", Help: "HTTP request duration by route pattern.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route"}),
		scan: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "mishen_scan_duration_seconds", Help: "Time to scan one file.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}),
		findings: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_findings_total", Help: "Findings of recorded reviews (files and titles) by category.",
		}, []string{"category"}),
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_verdicts_total", Help: "Recorded reviews by machine verdict.",
		}, []string{"verdict"}),
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_audit_events_total", Help: "Committed audit events by action.",
		}, []string{"action"}),
		scanByFormat: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "mishen_scan_format_duration_seconds", Help: "Time to scan one file, by detected format.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"format"}),
		sandbox: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_sandbox_failures_total", Help: "Files whose parser child timed out or crashed (unreadable.timeout, unreadable.crashed), by format.",
		}, []string{"format", "failure"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_dictionary_reloads_total", Help: "Dictionary reloads by result (ok, failed).",
		}, []string{"result"}),
		dictInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "mishen_dictionary_info", Help: "1 for the dictionary version in force.",
		}, []string{"version"}),
		hooks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mishen_webhook_attempts_total", Help: "Webhook delivery attempts by outcome: delivered, retry (failed, will retry), failed (gave up).",
		}, []string{"outcome"}),
	}
	bi := buildinfo.Read()
	build := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "mishen_build_info", Help: "1, labelled with the running build's version, commit and Go version.",
	}, []string{"version", "commit", "goversion"})
	build.WithLabelValues(bi.Version, bi.Commit, bi.Go).Set(1)
	m.reg.MustRegister(build, m.scanByFormat, m.sandbox, m.reloads, m.dictInfo, m.hooks)
	for _, r := range []string{"ok", "failed"} {
		m.reloads.WithLabelValues(r)
	}
	for _, o := range []string{"delivered", "retry", "failed"} {
		m.hooks.WithLabelValues(o)
	}
	m.reg.MustRegister(m.requests, m.latency, m.scan, m.events, m.rejected, queueCollector{},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.private.MustRegister(m.findings, m.verdicts)
	for _, l := range []string{"connections", "uploads", "rate"} {
		m.rejected.WithLabelValues(l)
	}
	for _, c := range report.Categories {
		m.findings.WithLabelValues(string(c))
	}
	for _, v := range []report.Severity{report.Pass, report.Review, report.Block} {
		m.verdicts.WithLabelValues(string(v))
	}
	return m
}

// Hooks returns the review hooks that feed these metrics.
func (m *Metrics) Hooks() review.Hooks {
	return review.Hooks{
		Scanned: func(r *report.Report, d time.Duration) {
			m.scan.Observe(d.Seconds())
			format := r.Format
			if format == "" {
				format = "unknown"
			}
			m.scanByFormat.WithLabelValues(format).Observe(d.Seconds())
			for i := range r.Findings {
				switch r.Findings[i].Rule {
				case "unreadable.timeout":
					m.sandbox.WithLabelValues(format, "timeout").Inc()
				case "unreadable.crashed":
					m.sandbox.WithLabelValues(format, "crashed").Inc()
				}
			}
		},
		// Findings are counted as recorded, the title's with the files'.
		Submitted: func(r *review.Review) {
			m.verdicts.WithLabelValues(string(r.Verdict)).Inc()
			for i := range r.Findings {
				m.findings.WithLabelValues(string(r.Findings[i].Category)).Inc()
			}
		},
		Appended: func(e *audit.Event) {
			m.events.WithLabelValues(e.Action).Inc()
			if e.Action == audit.ActionDictReloaded {
				m.DictVersion(e.Details["new_version"])
			}
		},
	}
}

// DictVersion records the dictionary version in force.
func (m *Metrics) DictVersion(v string) {
	m.dictInfo.Reset()
	m.dictInfo.WithLabelValues(v).Set(1)
}

// Reloaded counts a dictionary reload by its outcome.
func (m *Metrics) Reloaded(ok bool) {
	if ok {
		m.reloads.WithLabelValues("ok").Inc()
	} else {
		m.reloads.WithLabelValues("failed").Inc()
	}
}

// WebhookAttempt counts one webhook delivery attempt; it is
// webhook.Options.OnAttempt.
func (m *Metrics) WebhookAttempt(outcome string) { m.hooks.WithLabelValues(outcome).Inc() }

func (m *Metrics) request(route, method string, status int, d time.Duration) {
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

// watch adds the gauges read from the service and the upload gate: both
// exist only once the server is built.
func (m *Metrics) watch(svc *review.Service, g *uploadGate) {
	if m.watched {
		return
	}
	m.watched = true
	if svc != nil && svc.DictVersion() != "" {
		m.DictVersion(svc.DictVersion())
	}
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mishen_uploads_in_flight", Help: "Request bodies being received or scanned."},
			func() float64 { n, _ := g.load(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mishen_upload_bytes_in_flight", Help: "Bytes reserved by request bodies being received or scanned."},
			func() float64 { _, b := g.load(); return float64(b) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mishen_storage_degraded", Help: "1 while writes to the database fail (see /healthz)."},
			func() float64 {
				if svc.Health().OK {
					return 0
				}
				return 1
			}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mishen_pending_reviews", Help: "Reviews waiting for reviewers."},
			func() float64 { n, _, _ := svc.PendingQueue(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mishen_oldest_pending_review_age_seconds", Help: "Age of the oldest pending review; 0 when none is pending."},
			func() float64 {
				_, t, err := svc.PendingQueue()
				if err != nil || t.IsZero() {
					return 0
				}
				return time.Since(t).Seconds()
			}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mishen_unrecorded_refusals", Help: "Refusals that could not be recorded yet; written when storage works again."},
			func() float64 { return float64(svc.Health().Unrecorded) }),
	)
}

// queueCollector exposes the parser queue: files waiting by lane and the
// wait before a child started, as a histogram.
type queueCollector struct{}

var (
	queueDepthDesc = prometheus.NewDesc("mishen_parser_queue_depth", "Files waiting for a parser child, by lane (small, large).", []string{"lane"}, nil)
	queueWaitDesc  = prometheus.NewDesc("mishen_parser_queue_wait_seconds", "Wait of a file before its parser child started, by lane.", []string{"lane"}, nil)
)

func (queueCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- queueDepthDesc
	ch <- queueWaitDesc
}

func (queueCollector) Collect(ch chan<- prometheus.Metric) {
	st := sandbox.Stats()
	for _, lane := range []string{sandbox.LaneSmall, sandbox.LaneLarge} {
		ch <- prometheus.MustNewConstMetric(queueDepthDesc, prometheus.GaugeValue, float64(st.Waiting[lane]), lane)
		buckets := map[float64]uint64{}
		for i, b := range st.Buckets {
			buckets[b] = st.Counts[lane][i]
		}
		ch <- prometheus.MustNewConstHistogram(queueWaitDesc, st.Waits[lane], st.WaitSeconds[lane], buckets, lane)
	}
}
