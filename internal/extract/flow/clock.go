package flow

import (
	"encoding/xml"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// Clock bounds a reading of XML in time: Token is the decoder's Token,
// with the deadline looked at every 1,024 tokens (ErrTimeout).
type Clock struct {
	deadline time.Time
	n        int
}

// NewClock starts a clock of lim's per-file time.
func NewClock(lim doc.Limits) Clock { return Clock{deadline: time.Now().Add(lim.PerFileTimeout)} }

// Token returns dec's next token, or ErrTimeout once the time is up.
func (c *Clock) Token(dec *zipguard.XMLDecoder) (xml.Token, error) {
	if c.n++; c.n%1024 == 0 && time.Now().After(c.deadline) {
		return nil, ErrTimeout
	}
	return dec.Token()
}
