// Package patrol crawls a website that an office has already published
// and scans every page and attachment it reaches with the same core as
// `mishen scan` (internal/scan).
//
// The crawl stays on the hosts it is given, honours robots.txt, reads
// sitemap.xml, follows links in pages (a, area, iframe, frame, embed,
// object, img and any other element with an href), and downloads what
// they point to. Fetching is done by github.com/gocolly/colly/v2 (per-host
// parallelism and delay, redirects, HTML parsing); the frontier, the set of
// URLs seen and the last result of every URL live in a bbolt file (State),
// so memory does not grow with the size of the site, an interrupted run
// continues where it stopped, and a later run sends conditional GETs
// (If-None-Match, If-Modified-Since) and re-reads only what changed.
//
// Caveats: the state file is written without fsync (a crawl state is not
// evidence; after a power loss the next run starts a new pass). A URL whose
// last scan used another dictionary version is fetched again without
// conditions and rescanned, and findings the earlier version did not
// report are marked new. Bodies are not kept: a rescan needs the site.
package patrol
