package store

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mishen-gov/mishen/internal/audit"
)

// BenchmarkDurableAppend appends audit events from 32 concurrent writers
// through Update (group commit, fsync on) and reports events per second.
func BenchmarkDurableAppend(b *testing.B) {
	for _, delay := range []time.Duration{time.Millisecond, 2 * time.Millisecond, 10 * time.Millisecond} {
		b.Run(delay.String(), func(b *testing.B) {
			db, err := Open(filepath.Join(b.TempDir(), "d"), Options{BatchDelay: delay}, audit.Init)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			e := audit.Event{Actor: "bench", Role: "publisher", Action: audit.ActionSubmitted, ContentSHA256: "ab",
				Details: map[string]string{"files": "1", "bytes": "20480"}}
			b.SetParallelism(16) // 32 writers on 2 cores
			b.ReportAllocs()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := db.Update(func(tx *bolt.Tx) error {
						_, err := audit.Append(audit.Bolt(tx), e)
						return err
					}); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "events/s")
			var sum audit.Summary
			db.View(func(tx *bolt.Tx) error { sum, err = audit.Verify(audit.Bolt(tx), nil); return err })
			if !sum.OK || sum.Events != uint64(b.N) {
				b.Fatalf("after the run: %+v", sum)
			}
		})
	}
}
