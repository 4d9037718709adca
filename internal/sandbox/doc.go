// Package sandbox runs the extraction of untrusted files in a child
// process, so that a parser that crashes the Go runtime, loops forever or
// allocates without bound costs one unreadable finding and never the
// process that serves requests.
//
// The child is the running executable itself (os.Executable) started with
// MISHEN_SANDBOX_CHILD=1; the program's main must call ChildMain when that
// variable is set, before anything else (cli.Main does, and so does the
// TestMain of every package whose tests spawn children). The parent writes
// a small header (the file name, the limits, the size) and the file's
// bytes to the child's stdin; the child sets its own limits first thing,
// runs extract.Extract and writes the Document as JSON to stdout.
//
// Limits on the child:
//   - CPU time: RLIMIT_CPU of the per-file timeout plus one second (the
//     kernel kills it with SIGKILL at the hard limit; Go ignores SIGXCPU);
//   - wall time: the parent kills it when the timeout plus a grace period
//     has passed or ctx is done (exec.CommandContext, WaitDelay);
//   - memory: RLIMIT_AS of the address space the child has mapped when it
//     starts plus Options.MemoryBytes (1 GiB by default). A Go program
//     reserves about 1.2 GB of address space at start, almost none of it
//     touched, so a plain RLIMIT_AS of 1 GiB fails the first heap growth
//     (measured); the limit is therefore relative. debug.SetMemoryLimit at
//     three quarters of MemoryBytes makes the GC work hard before the
//     hard limit is reached;
//   - stack: debug.SetMaxStack of 256 MiB, so that runaway recursion in a
//     parser dies fast instead of growing to the 1 GiB default;
//   - no core files (RLIMIT_CORE 0), no files written (RLIMIT_FSIZE 0), and
//     the child dies with the parent (Pdeathsig).
//
// Any crash, kill, signal, bad output or timeout of the child becomes an
// unreadable finding (unreadable.timeout or unreadable.crashed) with the
// detected format. At most GOMAXPROCS*2 children run at once; further
// files wait for a slot (while ctx allows).
//
// Plain text, unsupported types and files over the size limit are handled
// in the calling process: their handling parses nothing that can run away
// (plain text is a bounded charset decode; the others only look at magic
// bytes), and a child would cost more than the work.
//
// Legacy office files (.doc, .xls, .ppt, .rtf, .wps, .et, .dps, ODF) are
// converted by LibreOffice in the calling process's own child soffice
// (package extract/legacy: a process group with its own address-space,
// CPU and file-size limits, killed at the per-file timeout), because
// soffice must write files and a sandbox child may not; the converted
// DOCX, XLSX or PPTX is then read in a sandbox child like any upload.
// A legacy file that a child finds inside another (a .doc in a zip) comes
// back in Document.Deferred and is converted and read the same way.
//
// Scanned PDF pages and pictures are read by OCR inside the child: the
// extraction starts tesseract and pdftoppm (package ocr), which inherit
// the child's limits (no file may be written: they read stdin and write
// stdout) and get their own, tighter ones (1 GiB of address space each;
// tesseract chi_sim+eng needs 171 MB resident, under 200 MB of address
// space, on a 300 dpi A4 page). Pictures go to a child only where OCR is
// installed; elsewhere they are reported unreadable in the calling
// process, as before.
//
// Caveats. The child is not confined from the file system or the network
// (no seccomp, no namespaces): the isolation is against crashes and
// resource exhaustion in parsers, not against code execution. Measured
// cost per file is in the README and the benchmarks (BenchmarkChild*).
package sandbox
