// Package config is the one struct that configures mishen's service and
// its CLI commands, filled from defaults, then MISHEN_* environment
// variables, then flags (a flag beats the environment, which beats the
// default), and passed to constructors. There is no global flag set: each
// command registers the fields it uses on its own FlagSet.
package config
