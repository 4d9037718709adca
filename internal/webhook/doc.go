// Package webhook tells a CMS what happened to its reviews: it POSTs
// review.decided, review.released and review.expired events to the
// endpoints an admin registered, signed with each endpoint's secret.
//
// Durability comes from the audit log, not from a second write in the
// decision's transaction: every decision, release and expiry is an
// audit event committed with it. A cursor in this package's own bucket
// says how far the log has been turned into deliveries; moving the
// cursor and writing the deliveries (the outbox) happen in one bbolt
// transaction. After a crash the hub resumes from the cursor, so an event
// committed just before a kill -9 is still delivered, and a delivery
// whose answer never arrived is sent again: delivery is at least once,
// and receivers deduplicate by the event id (Mishen-Event-Id).
//
// Payloads carry ids, status, verdict, the keyed content digest and
// counts; never a title, a file name, a finding or a comment.
//
// Signature: Mishen-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
// "<t>.<body>" with the endpoint's secret>, the scheme of Stripe's
// webhooks. A receiver recomputes it over the raw body, compares in
// constant time and refuses a t more than five minutes old (Verify).
//
// Caveats: order is not kept: a delivery that is retried arrives after
// later events; receivers order by data.audit_seq. Deliveries go one at
// a time, oldest first, so a slow endpoint
// (up to the 10 s timeout) delays the others; redirects are failures.
package webhook
