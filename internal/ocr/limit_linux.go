package ocr

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// sysProcAttr makes a child die with the thread that started it.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// limit sets a started child's address space, CPU seconds (the hard limit
// one second past the soft one kills it), and forbids core dumps and file
// writes. A limit already lower (inherited from a sandboxed parent) is
// kept.
func limit(pid int, o Options) error {
	cpu := uint64(o.Timeout.Seconds()) + 1
	for _, l := range []struct {
		res      int
		cur, max uint64
	}{
		{unix.RLIMIT_AS, uint64(o.MemoryBytes), uint64(o.MemoryBytes)},
		{unix.RLIMIT_CPU, cpu, cpu + 1},
		{unix.RLIMIT_CORE, 0, 0},
		{unix.RLIMIT_FSIZE, 0, 0},
	} {
		var old unix.Rlimit
		if err := unix.Prlimit(pid, l.res, nil, &old); err != nil {
			return err
		}
		nl := unix.Rlimit{Cur: min(l.cur, old.Cur), Max: min(l.max, old.Max)}
		nl.Cur = min(nl.Cur, nl.Max)
		if err := unix.Prlimit(pid, l.res, &nl, nil); err != nil {
			return err
		}
	}
	return nil
}
