//go:build !linux

package legacy

import "syscall"

func sysProcAttr() *syscall.SysProcAttr { return nil }

func killGroup(int) error { return nil }

// canWriteFiles is false off Linux: the limits Convert relies on (a
// process group killed whole, rlimits set by sh) are only checked there.
func canWriteFiles() bool { return false }
