//go:build !linux

package ocr

import "syscall"

func sysProcAttr() *syscall.SysProcAttr { return nil }

// limit sets nothing outside Linux: the wall-time limit is the only bound.
func limit(pid int, o Options) error { return nil }
