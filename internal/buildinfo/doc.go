// Package buildinfo says which build of mishen is running: the module
// version, the commit and its time, read once from the binary's build
// information (runtime/debug.ReadBuildInfo). `mishen version`, /healthz,
// the mishen_build_info metric and SARIF output all show the same values.
//
// Caveat: `go build` stamps the commit only in a git checkout with
// -buildvcs on (the default outside CI); a build without it (a container
// build whose context has no .git) passes the values with
// -ldflags "-X github.com/mishen-gov/mishen/internal/buildinfo.version=v1.2.0
// -X github.com/mishen-gov/mishen/internal/buildinfo.commit=<sha>".
package buildinfo
