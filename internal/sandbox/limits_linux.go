package sandbox

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// limitSelf sets the child's resource limits: address space, CPU seconds
// (soft; the hard limit one second later kills with SIGKILL), no core
// files and no file writes.
//
// The address-space limit is memory on top of what the process has mapped
// already: a Go program reserves about 1.2 GB of address space at start
// (page allocator summaries and arena hints, nearly all of it never
// touched), so a plain RLIMIT_AS of 1 GiB would fail the first heap
// growth.
func limitSelf(memory int64, cpu uint64) error {
	if memory > 0 {
		base, err := mappedBytes()
		if err != nil {
			return err
		}
		as := base + uint64(memory)
		if err := unix.Setrlimit(unix.RLIMIT_AS, &unix.Rlimit{Cur: as, Max: as}); err != nil {
			return err
		}
	}
	if err := unix.Setrlimit(unix.RLIMIT_CPU, &unix.Rlimit{Cur: cpu, Max: cpu + 1}); err != nil {
		return err
	}
	if err := unix.Setrlimit(unix.RLIMIT_CORE, &unix.Rlimit{}); err != nil {
		return err
	}
	// Parsing yields the processor to the service itself: a stack of
	// slow PDFs must not slow the answers to everyone else.
	if err := unix.Setpriority(unix.PRIO_PROCESS, 0, childNice); err != nil {
		return err
	}
	return unix.Setrlimit(unix.RLIMIT_FSIZE, &unix.Rlimit{})
}

// mappedBytes is the process's current address-space size, from the first
// field of /proc/self/statm (in pages).
func mappedBytes() (uint64, error) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, err
	}
	var pages uint64
	if _, err := fmt.Sscan(string(b), &pages); err != nil {
		return 0, fmt.Errorf("sandbox: reading /proc/self/statm: %v", err)
	}
	return pages * uint64(os.Getpagesize()), nil
}

// childNice is the scheduling priority of a child (and of the OCR tools
// it runs): below the service's own.
const childNice = 10
