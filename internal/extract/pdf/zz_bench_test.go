package pdf

import (
	"context"
	"os"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

func BenchmarkZZ(b *testing.B) {
	data, _ := os.ReadFile(os.Getenv("F"))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, _ := Extract(context.Background(), data, doc.DefaultLimits())
		if len(d.Parts) == 0 {
			b.Fatal("no parts")
		}
	}
}
