package legacy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// Sentinel errors of Convert and Available.
var (
	// ErrNoConverter means LibreOffice (soffice) is not installed.
	ErrNoConverter = errors.New("legacy: soffice not found")
	// ErrNoWrite means this process may not write files (it is a
	// sandbox child, RLIMIT_FSIZE 0), so LibreOffice cannot run here.
	ErrNoWrite = errors.New("legacy: this process may not write files")
	// ErrTimeout means the conversion ran out of time and was killed.
	ErrTimeout = errors.New("legacy: conversion timed out")
	// ErrFailed means LibreOffice ended without writing the converted
	// file: the input is damaged, encrypted or not what it claims.
	ErrFailed = errors.New("legacy: conversion failed")
	// ErrTooLarge means the converted file is over its size bound.
	ErrTooLarge = errors.New("legacy: converted file too large")
)

// Defaults of a Converter.
const (
	// DefaultMemoryBytes is LibreOffice's address-space limit. soffice.bin
	// maps about 1 GB of address space to open a small file (measured);
	// 3 GiB leaves room for large spreadsheets.
	DefaultMemoryBytes = 3 << 30
	defaultTimeout     = 30 * time.Second
	maxStderr          = 16 << 10
)

// Converter turns legacy office files into OOXML (or PDF) with LibreOffice.
// Conversions run one at a time: each starts its own soffice, which uses
// one core and about 220 MB for a second or two, and the machine that
// serves requests must not be swamped by them.
type Converter struct {
	bin    string // absolute path of soffice, or ""
	memory int64
	slots  chan struct{}
}

// New returns a Converter that runs soffice from PATH (bin "" looks it up),
// with at most parallel conversions at once and memory bytes of address
// space each (DefaultMemoryBytes when zero).
func New(bin string, parallel int, memory int64) *Converter {
	if bin == "" {
		bin, _ = exec.LookPath("soffice")
	}
	if parallel <= 0 {
		parallel = 1
	}
	if memory <= 0 {
		memory = DefaultMemoryBytes
	}
	return &Converter{bin: bin, memory: memory, slots: make(chan struct{}, parallel)}
}

// Default is the process's converter: soffice from PATH, one conversion
// at a time. It is built on first use, so that a process that never meets
// a legacy file never looks for LibreOffice.
var Default = sync.OnceValue(func() *Converter { return New("", 1, 0) })

// Available says whether Convert can work in this process: nil, or
// ErrNoConverter, or ErrNoWrite.
func (c *Converter) Available() error {
	if c.bin == "" {
		return ErrNoConverter
	}
	if !canWriteFiles() {
		return ErrNoWrite
	}
	return nil
}

// Convert converts data, a file of type from (a file extension LibreOffice
// knows: doc, xls, ppt, rtf, odt, ods, odp), to type to (docx, xlsx, pptx
// or pdf) and returns the converted bytes. maxOut bounds the converted
// file (and every file soffice writes); timeout bounds the conversion's
// wall time, not counting the wait for a free slot, which only ctx bounds.
//
// The file is written to a private temporary folder, under a name Convert
// chooses (never the submitter's), together with a fresh LibreOffice
// profile that disables macros; the folder is removed afterwards. soffice
// runs in its own process group with limits on address space, CPU time
// and file size, and the whole group is killed when the time is up.
func (c *Converter) Convert(ctx context.Context, data []byte, from, to string, maxOut int64, timeout time.Duration) ([]byte, error) {
	if err := c.Available(); err != nil {
		return nil, err
	}
	filter, ok := importFilters[from]
	if !ok {
		return nil, fmt.Errorf("legacy: no import filter for %q", from)
	}
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	select {
	case c.slots <- struct{}{}:
		defer func() { <-c.slots }()
	case <-ctx.Done():
		return nil, ErrTimeout
	}
	dir, err := os.MkdirTemp("", "mishen-soffice-")
	if err != nil {
		return nil, fmt.Errorf("legacy: %w", err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "input."+from)
	out := filepath.Join(dir, "out")
	profile := filepath.Join(dir, "profile")
	for _, d := range []string{out, filepath.Join(profile, "user"), filepath.Join(dir, "tmp")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("legacy: %w", err)
		}
	}
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, fmt.Errorf("legacy: %w", err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(profileSettings), 0o600); err != nil {
		return nil, fmt.Errorf("legacy: %w", err)
	}

	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	fsize := 2*maxOut + int64(len(data)) + 64<<20 // the output, LibreOffice's temporary copies and profile
	cpu := int64(timeout/time.Second) + 1
	// sh sets the limits and then becomes soffice, so they hold from its
	// first instruction (Go cannot set rlimits for one child only).
	args := []string{"-c", `ulimit -v "$1" && ulimit -t "$2" && ulimit -c 0 && ulimit -f "$3" && shift 3 && exec "$@"`, "sh",
		strconv.FormatInt(c.memory>>10, 10), strconv.FormatInt(cpu, 10), strconv.FormatInt(fsize/512, 10),
		c.bin, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
		"-env:UserInstallation=file://" + profile,
		"--infilter=" + filter, "--convert-to", to, "--outdir", out, in}
	cmd := exec.CommandContext(cctx, "/bin/sh", args...)
	cmd.Dir = dir
	cmd.Env = []string{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + dir, "TMPDIR=" + filepath.Join(dir, "tmp"),
		"LANG=C.UTF-8", "SAL_USE_VCLPLUGIN=svp"}
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &limitedWriter{w: &stderr, n: maxStderr}
	cmd.SysProcAttr = sysProcAttr()
	cmd.Cancel = func() error { return killGroup(cmd.Process.Pid) }
	cmd.WaitDelay = 2 * time.Second
	err = cmd.Run()
	if cmd.Process != nil {
		// soffice.bin is a child of the oosplash launcher: whatever is
		// left of the group goes with it.
		_ = killGroup(cmd.Process.Pid)
	}
	if cctx.Err() != nil {
		return nil, ErrTimeout
	}
	name := filepath.Join(out, "input."+to)
	st, statErr := os.Stat(name)
	if statErr != nil || err != nil {
		return nil, ErrFailed
	}
	if st.Size() > maxOut {
		return nil, ErrTooLarge
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, ErrFailed
	}
	return b, nil
}

// importFilters name LibreOffice's import filter for each input type.
// The filter is forced: left to guess, LibreOffice imports a damaged
// spreadsheet as CSV text and hands back an empty sheet, which would pass
// a file nobody read. Forced, a file that is not what it claims fails to
// load.
var importFilters = map[string]string{
	"doc": "MS Word 97", "xls": "MS Excel 97", "ppt": "MS PowerPoint 97", "rtf": "Rich Text Format",
	"odt": "writer8", "ods": "calc8", "odp": "impress8", "xlsb": "Calc MS Excel 2007 Binary",
}

// profileSettings go into each conversion's fresh LibreOffice profile:
// no macro runs whatever the file asks (headless conversion runs none by
// default either; this makes it explicit), and links to outside
// documents and pictures are not followed.
const profileSettings = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`

// limitedWriter keeps the first n bytes written to it.
type limitedWriter struct {
	w io.Writer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(len(p), l.n)
		l.w.Write(p[:k])
		l.n -= k
	}
	return len(p), nil
}
