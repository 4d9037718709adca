package config

import (
	"flag"
	"time"
)

// PatrolConfig is the website patrol of mishen serve: the auditors' patrol
// page always works; URLs set a scheduled patrol too.
type PatrolConfig struct {
	// URLs are the start URLs of the scheduled patrol; none: no schedule.
	URLs []string
	// ExtraHosts belong to the site besides the URLs' hosts.
	ExtraHosts []string
	// Every is the interval between scheduled patrols (24h).
	Every time.Duration
	// At, as HH:MM in the server's zone, is when the first scheduled
	// patrol runs (then every Every); empty: Every after the start.
	At string
	// Concurrency is requests in flight per host; Delay the pause after
	// each; MaxPages bounds one run (the next continues).
	Concurrency int
	Delay       time.Duration
	MaxPages    int
	// State is the patrol's bbolt file; empty is <data>/patrol.db.
	State string
}

// PatrolFlags registers the --patrol-* flags of mishen serve.
func (c *Config) PatrolFlags(fs *flag.FlagSet) {
	p := &c.Patrol
	if p.Every == 0 {
		p.Every = 24 * time.Hour
	}
	if p.Concurrency == 0 {
		p.Concurrency = 2
	}
	if p.Delay == 0 {
		p.Delay = 200 * time.Millisecond
	}
	fs.Func("patrol-url", "定时巡查的网站网址，可重复 / start URL of the scheduled website patrol, repeatable", func(s string) error {
		p.URLs = append(p.URLs, s)
		return nil
	})
	fs.Func("patrol-extra-host", "同属网站的其他主机，可重复 / another host of the same site, repeatable", func(s string) error {
		p.ExtraHosts = append(p.ExtraHosts, s)
		return nil
	})
	fs.DurationVar(&p.Every, "patrol-every", p.Every, "定时巡查间隔 / interval of scheduled patrols")
	fs.StringVar(&p.At, "patrol-at", p.At, "首次定时巡查的时刻 HH:MM（如 02:00），之后按间隔 / clock time of the first scheduled patrol")
	fs.IntVar(&p.Concurrency, "patrol-concurrency", p.Concurrency, "巡查时每个主机同时进行的请求数 / requests in flight per host")
	fs.DurationVar(&p.Delay, "patrol-delay", p.Delay, "巡查时对同一主机每个请求之后的间隔 / pause after each request to a host")
	fs.IntVar(&p.MaxPages, "patrol-max-pages", p.MaxPages, "每次巡查最多抓取的网址数，0 不限，未完成的下次继续 / URLs per run, 0 no limit")
	fs.StringVar(&p.State, "patrol-state", p.State, "巡查状态文件，默认 <数据目录>/patrol.db / patrol state file")
}
