package review

import (
	"fmt"

	"github.com/mishen-gov/mishen/internal/report"
)

// Policy is the release policy of DESIGN.md:
//
//   - pass: cleared at once; the machine check is the clearance.
//   - review: ReviewApprovals approvals by reviewers who are not the
//     submitter.
//   - block: every blocking finding dismissed with a reason, and
//     BlockApprovals approvals by distinct reviewers, none the submitter.
//   - a rejection ends the review; a new draft is a new review.
type Policy struct {
	ReviewApprovals int
	BlockApprovals  int
}

// Version names the policy in force; it is recorded with every scan.
func (p Policy) Version() string {
	return fmt.Sprintf("v1;review=%d;block=%d", p.ReviewApprovals, p.BlockApprovals)
}

// Required is how many approvals a verdict needs (0: cleared at once).
func (p Policy) Required(verdict report.Severity) int {
	switch verdict {
	case report.Pass, report.Info:
		return 0
	case report.Review:
		return p.ReviewApprovals
	}
	return p.BlockApprovals
}
