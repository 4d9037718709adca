package pdf

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	d, _ := Extract(context.Background(), data, doc.DefaultLimits())
	b, _ := json.MarshalIndent(d, "", "  ")
	fmt.Println(string(b))
}
