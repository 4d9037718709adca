package prefault

import (
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// kernelPopulates asks the kernel itself, on a page of its own, whether
// it knows MADV_POPULATE_WRITE.
func kernelPopulates(t *testing.T) bool {
	m, err := unix.Mmap(-1, 0, 4096, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	return unix.Madvise(m, unix.MADV_POPULATE_WRITE) == nil
}

// TestSliceMapsPages: after Slice, writing a new large slice takes no page
// faults (Linux 5.14 and later; older kernels skip).
func TestSliceMapsPages(t *testing.T) {
	faults := func() int64 {
		var r syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
			t.Fatal(err)
		}
		return r.Minflt
	}
	const n = 64 << 20 / 272 // 64 MB: 16,384 pages
	s := make([]finding, n)
	before := faults()
	Slice(s)
	populated := faults() - before
	before = faults()
	for i := range s {
		s[i].rule = "r"
	}
	written := faults() - before
	t.Logf("64 MB: %d faults populating, %d writing after", populated, written)
	if !kernelPopulates(t) {
		t.Skip("this kernel does not populate (before Linux 5.14)")
	}
	// Other goroutines (the collector) may fault a few pages of their own.
	if written > 1000 {
		t.Errorf("%d page faults writing 64 MB after Slice (want almost none)", written)
	}
}
