package detect

// The detectors of numbers, plates and internal addresses look for ASCII
// bytes (digits, letters, dots) in a text that is mostly Chinese, where
// such bytes are rare; they step over it eight bytes at a time, testing a
// whole word at once, and look at single bytes only in a word that may
// hold what they seek.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// word is s[i:i+8] as a little-endian word.
func word(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// between has the high bit set in each byte of x that lies strictly
// between m and n (0 <= m <= 127, n <= 128), and no other ("Determine if a
// word has a byte between m and n", Bit Twiddling Hacks).
func between(x, m, n uint64) uint64 {
	return (ones*(127+n) - x&(ones*127)) &^ x & (x&(ones*127) + ones*(127-m)) & highs
}

// nextInRange is the index of the first byte of s at or after i in
// [lo, hi] (1 <= lo <= hi <= 127), or len(s).
func nextInRange(s string, i int, lo, hi byte) int {
	for ; i+8 <= len(s); i += 8 {
		if between(word(s, i), uint64(lo)-1, uint64(hi)+1) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if lo <= s[i] && s[i] <= hi {
			return i
		}
	}
	return len(s)
}

// nextDigit is the index of the first ASCII digit of s at or after i, or
// len(s).
func nextDigit(s string, i int) int { return nextInRange(s, i, '0', '9') }

// nextASCII is the index of the first byte of s at or after i below 0x80,
// or len(s).
func nextASCII(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if word(s, i)&highs != highs {
			break
		}
	}
	for ; i < len(s) && s[i] >= 0x80; i++ {
	}
	return i
}
