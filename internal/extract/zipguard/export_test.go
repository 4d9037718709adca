package zipguard

// CountEntries exposes the directory walk to the external tests; -1 means
// the walk could not find the directory.
func CountEntries(data []byte, limit int) int {
	n, _, ok := walkDirectory(data, limit)
	if !ok {
		return -1
	}
	return n
}
