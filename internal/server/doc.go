// Package server is mishen's HTTP API (Gin): thin handlers that decode a
// request, call the review workflow, and encode its answer. Handlers
// return error; one adapter writes every error as JSON
// {error:{code,message}} with the status from one table (errors.go), so
// bad input is never a 500.
//
// It also serves /healthz and /metrics (Prometheus, on a registry of its
// own), logs one line per request with log/slog (method, route, status,
// duration, actor: never bodies or query strings), bounds request bodies
// (413), accepts JSON bodies only as exactly one value in UTF-8 (400
// bad_encoding otherwise, 415 for another charset), and shuts down
// gracefully, with a write timeout long enough for a full submission. Extra routes, such as the web UI, are
// mounted through the Register option without editing this package.
//
// Client is the other end of the admin and audit endpoints, used by the
// CLI when the data folder is held by a running server.
package server
