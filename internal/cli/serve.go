package cli

import "fmt"

// runServe is a placeholder until the review service lands.
func runServe(env Env, args []string) int {
	fmt.Fprintln(env.Stderr, "mishen serve: not implemented yet")
	return ExitFailed
}

func runToken(env Env, args []string) int {
	fmt.Fprintln(env.Stderr, "mishen token: not implemented yet")
	return ExitFailed
}

func runAudit(env Env, args []string) int {
	fmt.Fprintln(env.Stderr, "mishen audit: not implemented yet")
	return ExitFailed
}
