package cli

func runScan(env Env, args []string) int { return ExitFailed }
