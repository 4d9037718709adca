//go:build !linux

package sandbox

import "syscall"

func sysProcAttr() *syscall.SysProcAttr { return nil }

// limitSelf sets no limits outside Linux: the parent's timeout is the only
// bound there.
func limitSelf(memory int64, cpu uint64) error { return nil }
