package detect

import (
	"testing"

	"github.com/mishen-gov/mishen/internal/normalize"
)

// FuzzPlainWindow holds the excerpt's shortcut to maskWindow: whenever
// plainWindow takes a window as it is, maskWindow would have left it so.
func FuzzPlainWindow(f *testing.F) {
	f.Add("关于印发《政务公开工作要点》的通知\n各区县人民政府：", 2, 12)
	f.Add("电话 13800138000，传真\t0571-1234", 0, 20)
	f.Add("全角１２３４５６７８\u2028\u0085末尾\xff", 1, 30)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		tx := normalize.New(s)
		n := tx.OrigRunes()
		if a < 0 || b > n || a > b {
			return
		}
		got, ok := plainWindow(tx, nil, a, b, nil)
		if !ok {
			return
		}
		if want := string(maskWindow(tx, nil, a, b, nil, nil)); got != want {
			t.Fatalf("plainWindow(%q, %d, %d) = %q, maskWindow gives %q", s, a, b, got, want)
		}
	})
}
