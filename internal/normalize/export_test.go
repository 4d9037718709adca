package normalize

// SetRuns turns the copying of ideograph runs on or off, for tests in
// package normalize_test.
func SetRuns(on bool) { runs = on }
