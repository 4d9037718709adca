package server

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/review"
)

// Metrics are the service's Prometheus metrics, on a registry of their
// own (no global registry). Create them before the review.Service and
// pass Hooks to it, so that scans, verdicts and audit events are counted
// where they happen.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	scan     prometheus.Histogram
	findings *prometheus.CounterVec
	verdicts *prometheus.CounterVec
	events   *prometheus.CounterVec
}

// NewMetrics registers every metric on a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
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
	}
	m.reg.MustRegister(m.requests, m.latency, m.scan, m.findings, m.verdicts, m.events,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
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
		Scanned: func(_ *report.Report, d time.Duration) { m.scan.Observe(d.Seconds()) },
		// Findings are counted as recorded, the title's with the files'.
		Submitted: func(r *review.Review) {
			m.verdicts.WithLabelValues(string(r.Verdict)).Inc()
			for i := range r.Findings {
				m.findings.WithLabelValues(string(r.Findings[i].Category)).Inc()
			}
		},
		Appended: func(e *audit.Event) { m.events.WithLabelValues(e.Action).Inc() },
	}
}

func (m *Metrics) request(route, method string, status int, d time.Duration) {
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}
