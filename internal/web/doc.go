// Package web is mishen's browser interface for publishers, reviewers,
// auditors and admins: server-rendered pages (html/template, embedded with
// go:embed) over the same review.Service as the HTTP API, in Chinese, with
// a little plain JavaScript and CSS and nothing loaded from anywhere else.
//
// A person signs in with their access token; the session cookie carries
// only a random id (HttpOnly, SameSite=Strict, Secure under TLS, with an
// expiry). Every form that changes state carries the session's CSRF token,
// and the sign-in form a double-submit token of its own. The role decides
// the menu and which pages answer (403 otherwise); state-changing actions
// are checked again by the service, which records every refusal in the
// audit trail. Each page is rendered to a buffer before a byte is sent, and
// every error is shown through one error page whose status comes from the
// API's table (server.StatusOf).
//
// Every response carries a Content-Security-Policy that allows only the
// server's own origin, so that a page cannot make the browser talk to
// anyone else even if a template were wrong.
//
// Caveats: sessions live in this process's memory, so a restart signs
// everyone out and several server processes do not share sessions (put a
// sticky load balancer in front, or sign in again). The session keeps the
// token in memory to re-authenticate every request; it is never written
// anywhere. The audit export is a download, not a page: it streams, and a
// storage failure half-way cuts the connection instead of showing the
// error page.
package web
