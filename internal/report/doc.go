// Package report defines what a scan produces: findings, their locations,
// and the verdict over them. Its JSON shape is the stable contract of
// DESIGN.md, used by `mishen scan --json`, the HTTP API and the audit trail.
package report
