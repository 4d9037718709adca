package dict

import (
	"os"
	"testing"
)

func BenchmarkLoad10k(b *testing.B) {
	if _, err := os.Stat("../../bench/out/10000/dict"); err != nil {
		b.Skip("run bench/scan.sh first")
	}
	for b.Loop() {
		es, err := Load([]string{"../../bench/out/10000/dict"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Compile(es); err != nil {
			b.Fatal(err)
		}
	}
}
