package review

import (
	"errors"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// patrolRoles may take each step of a website patrol: auditors start
// patrols, reviewers decide patrol findings, the service runs the
// schedule and raises what it finds.
var patrolRoles = map[string][]Role{
	"patrol_started":           {Auditor, Admin, System},
	"patrol_finished":          {System},
	"patrol_finding_raised":    {System},
	"patrol_finding_confirmed": {Reviewer},
	"patrol_finding_dismissed": {Reviewer},
}

// RecordPatrol appends one step of a website patrol (internal/patrol's
// Action constants) to the audit trail, done by a, with details that
// hold ids, hashes and counts only (a dismissal's reason is masked by the
// caller). A role that may not take the step is refused and the refusal
// recorded; an error means the step was not recorded and must not be
// taken. The "system" actor name stands for the service itself.
func (s *Service) RecordPatrol(a Actor, action string, details map[string]string) error {
	if a.Name == "system" || a.Name == "schedule" {
		a = Actor{Name: SystemActor.Name, Role: System}
	}
	ok := false
	for _, r := range patrolRoles[action] {
		if a.Role == r {
			ok = true
		}
	}
	if !ok {
		s.deny(a, Op(strings.TrimPrefix(action, "patrol_")), "", "role")
		return Errorf(KindForbidden, "forbidden", "角色“%s”无权执行此操作（%s）", a.Role.Label(), action)
	}
	d := make(map[string]string, len(details))
	for k, v := range details {
		d[k] = v
	}
	var e audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		var err error
		e, err = audit.Append(audit.Bolt(tx), a.event(audit.Event{Action: action, Details: d}))
		return err
	})
	var re *Error
	if errors.As(err, &re) {
		return err // a full disk says so (507)
	}
	if err != nil {
		return Errorf(KindUnavailable, "audit_unavailable", "审计日志暂时无法写入，操作未执行，请稍后重试")
	}
	s.appended([]audit.Event{e})
	return nil
}
