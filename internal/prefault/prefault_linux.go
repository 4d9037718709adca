package prefault

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

var pageSize = uintptr(os.Getpagesize())

// populate asks the kernel to map the whole pages of [p, p+n) writable.
// An older kernel answers EINVAL, which changes nothing.
func populate(p unsafe.Pointer, n uintptr) {
	a := (uintptr(p) + pageSize - 1) &^ (pageSize - 1)
	b := (uintptr(p) + n) &^ (pageSize - 1)
	if b <= a {
		return
	}
	// The slice keeps the memory alive and Go's heap does not move: the
	// pages stay the slice's for the call.
	_ = unix.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, a-uintptr(p))), b-a), unix.MADV_POPULATE_WRITE)
}

// hugepages marks the whole huge pages of [p, p+n) MADV_HUGEPAGE. Only
// they are marked: the memory on either side may be another object's.
func hugepages(p unsafe.Pointer, n uintptr) {
	a := (uintptr(p) + hugePage - 1) &^ (hugePage - 1)
	b := (uintptr(p) + n) &^ (hugePage - 1)
	if b <= a {
		return
	}
	_ = unix.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, a-uintptr(p))), b-a), unix.MADV_HUGEPAGE)
}
