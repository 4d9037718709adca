package detect

import "time"

// provinces are the first two digits of GB/T 2260 region codes in use, plus
// 83 for the residence permits of Taiwan residents.
var provinces = map[string]bool{
	"11": true, "12": true, "13": true, "14": true, "15": true,
	"21": true, "22": true, "23": true,
	"31": true, "32": true, "33": true, "34": true, "35": true, "36": true, "37": true,
	"41": true, "42": true, "43": true, "44": true, "45": true, "46": true,
	"50": true, "51": true, "52": true, "53": true, "54": true,
	"61": true, "62": true, "63": true, "64": true, "65": true,
	"71": true, "81": true, "82": true, "83": true,
}

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// idCheckDigit is the GB 11643 MOD 11-2 check character of 17 digits.
func idCheckDigit(d string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(d[i]-'0') * idWeights[i]
	}
	return "10x98765432"[sum%11]
}

// CompleteID completes 17 digits with their GB 11643 check character
// (X for ten), for synthetic ID numbers in tests and benchmarks.
func CompleteID(first17 string) string {
	c := idCheckDigit(first17)
	if c == 'x' {
		c = 'X'
	}
	return first17 + string(c)
}

// validDate reports whether yyyy mm dd is a real date not after today.
func validDate(y, m, d int, now time.Time) bool {
	if y < 1900 || m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != time.Month(m) {
		return false
	}
	return !t.After(now)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// validID18 checks an 18-character resident ID (digits, last may be x):
// region, birth date and check digit.
func validID18(s string, now time.Time) bool {
	if len(s) != 18 || !provinces[s[:2]] {
		return false
	}
	for i := 0; i < 17; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	last := s[17]
	if last == 'X' {
		last = 'x'
	}
	if !validDate(atoi(s[6:10]), atoi(s[10:12]), atoi(s[12:14]), now) {
		return false
	}
	return idCheckDigit(s) == last
}

// validID15 checks a legacy 15-digit ID: region and a 19yy birth date.
func validID15(s string, now time.Time) bool {
	if len(s) != 15 || !provinces[s[:2]] {
		return false
	}
	return validDate(1900+atoi(s[6:8]), atoi(s[8:10]), atoi(s[10:12]), now)
}

// luhn reports whether a digit string passes the Luhn check.
func luhn(s string) bool {
	sum, dbl := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if dbl {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		dbl = !dbl
	}
	return sum%10 == 0
}

// mobilePrefix reports whether an 11-digit number starts with a mainland
// mobile 号段 in use (MIIT allocations, incl. 16x/17x/19x).
func mobilePrefix(s string) bool {
	if len(s) != 11 || s[0] != '1' {
		return false
	}
	switch s[1] {
	case '3', '8':
		return true
	case '4':
		return s[2] >= '5' && s[2] <= '9' || s[2] == '0' || s[2] == '1'
	case '5':
		return s[2] != '4'
	case '6':
		return s[2] == '2' || s[2] == '5' || s[2] == '6' || s[2] == '7'
	case '7':
		return s[2] != '9'
	case '9':
		return s[2] != '4'
	}
	return false
}
