package review

import (
	"slices"

	"github.com/mishen-gov/mishen/internal/audit"
)

// Role is what a token may do.
type Role string

// The roles of DESIGN.md, and System for the service itself and offline
// commands run by the operator on the data folder.
const (
	Publisher Role = "publisher"
	Reviewer  Role = "reviewer"
	Auditor   Role = "auditor"
	Admin     Role = "admin"
	System    Role = "system"
)

// Roles are the roles a token can have.
var Roles = []Role{Publisher, Reviewer, Auditor, Admin}

// ParseRole accepts publisher, reviewer, auditor or admin.
func ParseRole(s string) (Role, error) {
	if r := Role(s); slices.Contains(Roles, r) {
		return r, nil
	}
	return "", Errorf(KindInvalid, "bad_role", "角色无效，应为 publisher、reviewer、auditor 或 admin")
}

// Label is the role's name for people.
func (r Role) Label() string {
	switch r {
	case Publisher:
		return "信息发布人员"
	case Reviewer:
		return "保密审查员"
	case Auditor:
		return "审计人员"
	case Admin:
		return "管理员"
	case System:
		return "系统"
	}
	return string(r)
}

// Actor is who is acting: a token's name and role.
type Actor struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
	// Addr is the client's address as the server determined it (see
	// --trusted-proxy); every event the actor causes records it.
	Addr string `json:"-"`
}

// event fills e's actor, role and client address from a.
func (a Actor) event(e audit.Event) audit.Event {
	e.Actor, e.Role = a.Name, string(a.Role)
	if a.Addr != "" {
		if e.Details == nil {
			e.Details = map[string]string{}
		}
		e.Details["client"] = a.Addr
	}
	return e
}

// Op is something an actor may be allowed to do.
type Op string

// The operations of the service.
const (
	OpSubmit  Op = "submit"  // POST a draft
	OpRead    Op = "read"    // GET one review (publishers: their own)
	OpList    Op = "list"    // list reviews (publishers: their own)
	OpDecide  Op = "decide"  // approve, reject, dismiss findings
	OpRelease Op = "release" // release a cleared review (publishers: their own)
	OpAudit   Op = "audit"   // query and export the trail
	OpVerify  Op = "verify"  // verify the trail
	OpTokens  Op = "tokens"  // create, list, revoke tokens
	OpReload  Op = "reload"  // reload dictionaries
	// OpScan scans a draft without recording a review (POST /api/v1/scan):
	// publishers check as they type, reviewers check a corrected text.
	OpScan Op = "scan"
	// OpWebhooks registers and removes webhook endpoints and reads their
	// deliveries.
	OpWebhooks Op = "webhooks"
)

// permissions is the authorisation table: which roles may do each op.
// Ownership (a publisher sees and releases only their own reviews) is
// checked where the review is read. System is allowed what the offline
// commands need.
var permissions = map[Op][]Role{
	OpSubmit:  {Publisher},
	OpRead:    {Publisher, Reviewer, Auditor},
	OpList:    {Publisher, Reviewer, Auditor},
	OpDecide:  {Reviewer},
	OpRelease: {Publisher},
	OpAudit:   {Auditor, System},
	OpVerify:  {Auditor, System},
	OpTokens:  {Admin, System},
	OpReload:  {Admin},
	OpScan:    {Publisher, Reviewer},
	// Webhooks are the admin's: an endpoint is where facts about every
	// review go.
	OpWebhooks: {Admin, System},
}

// Allowed reports whether role may perform op.
func Allowed(role Role, op Op) bool { return slices.Contains(permissions[op], role) }
