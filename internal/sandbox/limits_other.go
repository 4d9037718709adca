//go:build !linux

package sandbox

import (
	"os"
	"syscall"
)

func sysProcAttr() *syscall.SysProcAttr { return nil }

// limitSelf sets no limits outside Linux: the parent's timeout is the only
// bound there.
func limitSelf(memory int64, cpu uint64) error { return nil }

func confine() error { return nil }

func namespaceRefused(error) bool { return false }

// Confinement says what a child gets outside Linux: limits by the
// parent's timeout only.
func Confinement() []string { return []string{"no confinement outside Linux"} }

func selfExe() string {
	exe, err := os.Executable()
	if err != nil {
		return os.Args[0]
	}
	return exe
}

func noInheritance() {}
