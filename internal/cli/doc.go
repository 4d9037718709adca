// Package cli implements the mishen command line: one file per subcommand,
// exit codes carried as values.
//
// Caveat: the scan subcommand runs binary parsers in child processes of the
// same executable (package sandbox); main must call sandbox.ChildMain when
// MISHEN_SANDBOX_CHILD is set.
package cli
