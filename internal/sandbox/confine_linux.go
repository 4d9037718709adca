package sandbox

import (
	"math"
	"strconv"

	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"syscall"

	"golang.org/x/sys/unix"

	seccomp "github.com/elastic/go-seccomp-bpf"
	"github.com/landlock-lsm/go-landlock/landlock"
	llsys "github.com/landlock-lsm/go-landlock/landlock/syscall"
)

// A child must not reach anything but its pipes. What it gets on Linux:
//
//   - No network: a new, empty network namespace (as root directly; as
//     another user inside a new user namespace, where the kernel allows
//     unprivileged ones), and in every case a seccomp filter that fails
//     socket(2) with EPERM, and Landlock's TCP rules (kernel 6.7+) with
//     no port allowed.
//   - No data folder: Landlock (kernel 5.13+) lets the child read only
//     the system folders that the OCR programs need (/usr, /lib*, /bin,
//     /sbin, parts of /etc, /dev/null) and write nothing; the data folder
//     must not be under those. When the parent runs as root, the child
//     also runs as nobody (65534), so that the 0600 database file and the
//     0700 data folder are closed to it even without Landlock.
//   - No file descriptors but stdin, stdout and stderr: Go opens every
//     file close-on-exec and the child is given no others.
//   - A seccomp filter that also fails ptrace, process_vm_readv/writev,
//     bpf, keyctl, mount, setns and unshare.
//
// Confinement() says what this machine actually gives.

// nobody is the unprivileged user a child started by root runs as.
const nobody = 65534

// netnsOff is set once starting a child in a new network namespace has
// failed with a permission error: the kernel does not allow it here.
var netnsOff atomic.Bool

// sysProcAttr makes the child die with its parent, puts it in a network
// namespace of its own when allowed, and drops root.
func sysProcAttr() *syscall.SysProcAttr {
	a := &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	uid, gid := os.Getuid(), os.Getgid()
	if !netnsOff.Load() {
		if uid == 0 {
			a.Cloneflags = syscall.CLONE_NEWNET
		} else {
			a.Cloneflags = syscall.CLONE_NEWUSER | syscall.CLONE_NEWNET
			a.UidMappings = []syscall.SysProcIDMap{{ContainerID: uid, HostID: uid, Size: 1}}
			a.GidMappings = []syscall.SysProcIDMap{{ContainerID: gid, HostID: gid, Size: 1}}
			a.GidMappingsEnableSetgroups = false
		}
	}
	if uid == 0 {
		a.Credential = &syscall.Credential{Uid: nobody, Gid: nobody, NoSetGroups: true}
	}
	return a
}

// namespaceRefused reports whether a child failed to start because the
// kernel refused the namespace; the caller then turns namespaces off and
// starts it again.
func namespaceRefused(err error) bool {
	if netnsOff.Load() {
		return false
	}
	var pe *os.PathError
	var se syscall.Errno
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.As(err, &se) && (se == syscall.EPERM || se == syscall.EINVAL || se == syscall.ENOSPC || se == syscall.EACCES) {
		netnsOff.Store(true)
		return true
	}
	return false
}

// readOnlyRoots are what a child may read: the programs and libraries of
// the OCR tools, their data and fonts.
var readOnlyRoots = []string{"/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc/alternatives", "/etc/fonts",
	"/sys/devices/system/cpu"}

var readOnlyFiles = []string{"/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/localtime", "/etc/nsswitch.conf",
	"/etc/passwd", "/etc/group", "/proc/cpuinfo", "/proc/meminfo"}

// confine is called by the child once it has read its input and set its
// limits: from here on it can reach nothing new.
func confine() error {
	filter := seccomp.Filter{
		NoNewPrivs: true,
		Flag:       seccomp.FilterFlagTSync,
		Policy: seccomp.Policy{
			DefaultAction: seccomp.ActionAllow,
			Syscalls: []seccomp.SyscallGroup{{
				Action: seccomp.ActionErrno,
				Names: []string{"socket", "socketpair", "ptrace", "process_vm_readv", "process_vm_writev",
					"bpf", "keyctl", "add_key", "request_key", "mount", "umount2", "setns", "unshare",
					"pivot_root", "chroot", "userfaultfd", "perf_event_open"},
			}},
		},
	}
	if err := seccomp.LoadFilter(filter); err != nil {
		return fmt.Errorf("sandbox: seccomp: %w", err)
	}
	rules := []landlock.Rule{
		landlock.RODirs(readOnlyRoots...).IgnoreIfMissing(),
		landlock.ROFiles(readOnlyFiles...).IgnoreIfMissing(),
		landlock.RWFiles("/dev/null").IgnoreIfMissing(),
	}
	if err := landlock.V7.BestEffort().Restrict(rules...); err != nil {
		return fmt.Errorf("sandbox: landlock: %w", err)
	}
	return nil
}

// Confinement says in words what a child gets on this machine, for the
// service's start log and the documentation test.
func Confinement() []string {
	var out []string
	if v, err := llsys.LandlockGetABIVersion(); err == nil && v > 0 {
		s := fmt.Sprintf("landlock ABI %d: files outside the system folders closed", v)
		if v >= 4 {
			s += ", TCP closed"
		}
		out = append(out, s)
	} else {
		out = append(out, "landlock unavailable")
	}
	out = append(out, "seccomp: socket, ptrace and namespace calls fail")
	if netnsOff.Load() {
		out = append(out, "network namespace refused by the kernel")
	} else {
		out = append(out, "network namespace (none started yet, or started)")
	}
	if os.Getuid() == 0 {
		out = append(out, "runs as nobody (65534)")
	}
	return out
}

// selfExe is the program a child runs: this one, through /proc/self/exe,
// which a child dropped to nobody can execute even when the binary sits
// in a folder closed to others (go test's build folder), and which is the
// running binary even after an upgrade replaced the file.
func selfExe() string { return "/proc/self/exe" }

// closeRangeCloexec is CLOSE_RANGE_CLOEXEC of close_range(2).
const closeRangeCloexec = 1 << 2

// noInheritance marks every descriptor of this process from 3 up
// close-on-exec; it runs before every child starts (one system call): a
// descriptor the process was started with (a shell's redirect, a
// supervisor's socket) would otherwise reach every child. Go opens its
// own descriptors close-on-exec already.
func noInheritance() {
	if err := unix.CloseRange(3, math.MaxUint32, closeRangeCloexec); err == nil {
		return
	}
	// Kernels before 5.11: one by one.
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return
	}
	for _, e := range ents {
		if fd, err := strconv.Atoi(e.Name()); err == nil && fd > 2 {
			unix.CloseOnExec(fd)
		}
	}
}
