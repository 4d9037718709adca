package cli

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/patrol"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/scan"
)

// startPatrol opens the patrol state beside the database and returns the
// manager behind the auditors' patrol page, with the scheduled patrol
// running when --patrol-url is given. Every step is recorded in the
// audit trail through svc.
func startPatrol(ctx context.Context, cfg config.Config, sc *scan.Scanner, svc *review.Service, log *slog.Logger) (*patrol.Manager, error) {
	p := cfg.Patrol
	path := p.State
	if path == "" {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return nil, err
		}
		path = filepath.Join(cfg.DataDir, "patrol.db")
	}
	st, err := patrol.OpenState(path)
	if err != nil {
		return nil, err
	}
	record := func(actor, role, action string, d map[string]string) error {
		return svc.RecordPatrol(review.Actor{Name: actor, Role: review.Role(role)}, action, d)
	}
	m := patrol.NewManager(st, sc, patrol.Config{ExtraHosts: p.ExtraHosts, Concurrency: p.Concurrency,
		Delay: p.Delay, MaxPages: p.MaxPages}, record)
	// A patrol running at shutdown stops with the server, while the
	// database is still open to record where it stopped; the next one
	// continues from there.
	go func() {
		<-ctx.Done()
		m.Stop()
	}()
	if len(p.URLs) > 0 {
		err := m.Schedule(ctx, p.URLs, p.Every, p.At, func(err error) {
			log.Error("scheduled patrol could not start", slog.String("error", err.Error()))
		})
		if err != nil {
			m.Close()
			st.Close()
			return nil, err
		}
		log.Info("website patrol scheduled", slog.Int("urls", len(p.URLs)), slog.Duration("every", p.Every), slog.String("at", p.At))
	}
	return m, nil
}
