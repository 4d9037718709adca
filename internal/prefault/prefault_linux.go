package prefault

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

var pageSize = uintptr(os.Getpagesize())

// populate asks the kernel to map the whole pages of [p, p+n) writable.
// An older kernel answers EINVAL, which changes nothing.
func populate(p unsafe.Pointer, n uintptr) { advise(p, n, pageSize, unix.MADV_POPULATE_WRITE) }

// hugepages marks the whole huge pages of [p, p+n) MADV_HUGEPAGE. Only
// they are marked: the memory on either side may be another object's.
func hugepages(p unsafe.Pointer, n uintptr) { advise(p, n, hugePage, unix.MADV_HUGEPAGE) }

// advise gives advice for the whole blocks of size unit in [p, p+n).
func advise(p unsafe.Pointer, n, unit uintptr, advice int) {
	a := (uintptr(p) + unit - 1) &^ (unit - 1)
	b := (uintptr(p) + n) &^ (unit - 1)
	if b <= a {
		return
	}
	// The slice keeps the memory alive and Go's heap does not move: the
	// pages stay the slice's for the call.
	_ = unix.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, a-uintptr(p))), b-a), advice)
}
