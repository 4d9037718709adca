// Package scan is the one entry point to mishen's core: bytes in, a report
// out. It runs extract -> normalize -> detect -> decide and knows nothing of
// HTTP or storage; the CLI and the server call it the same way. Each part
// goes to the detectors with its table cells (detect.Engine.ScanCells);
// what a part is as a whole (hidden content, document properties) is
// judged beside the detectors by its kind (detect.Part.Whole), so that no
// category's precision lives here.
//
// Caveats: Scan never fails; what cannot be read becomes an unreadable
// finding, so a caller must treat unreadable as needing a human. The first
// dictionary set is used while its automaton still builds, so the first
// scan may wait for it (about 0.2 s at 10,000 terms).
package scan
