package review

import (
	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// Administer runs fn, a change to the database that actor a may make
// under op, and records it as action with details in the same
// transaction: the change happens only if its record does. Packages
// that keep their own buckets (webhook) record their admin actions
// through it.
func (s *Service) Administer(a Actor, op Op, action string, details map[string]string, fn func(tx *bolt.Tx) error) error {
	if err := s.allow(a, op); err != nil {
		return err
	}
	var ev audit.Event
	err := s.write(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		var err error
		ev, err = audit.Append(audit.Bolt(tx), a.event(audit.Event{Action: action, Details: details}))
		return err
	})
	if err != nil {
		return err
	}
	s.appended([]audit.Event{ev})
	return nil
}
