package legacy

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// sysProcAttr puts soffice in a process group of its own, so that a
// timeout kills the launcher and soffice.bin together, and makes the
// launcher die with this process.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killGroup(pid int) error { return syscall.Kill(-pid, syscall.SIGKILL) }

// canWriteFiles is false in a sandbox child, whose RLIMIT_FSIZE is 0:
// LibreOffice, which writes its profile and its output, would die there.
func canWriteFiles() bool {
	var r unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_FSIZE, &r); err != nil {
		return false
	}
	return r.Cur != 0
}
