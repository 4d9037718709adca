package patrol

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSitemapLocs(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	urls, maps := sitemapLocs(data)
	want := []string{"http://www.example.gov.cn/", "http://www.example.gov.cn/zwgk/index.html", "http://www.example.gov.cn/a&b.html"}
	if len(maps) != 0 || len(urls) != len(want) {
		t.Fatalf("urls %q maps %q", urls, maps)
	}
	for i := range want {
		if urls[i] != want[i] {
			t.Errorf("url %d = %q, want %q", i, urls[i], want[i])
		}
	}
	data, err = os.ReadFile(filepath.Join("testdata", "sitemapindex.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if urls, maps := sitemapLocs(data); len(urls) != 0 || len(maps) != 2 {
		t.Errorf("index: urls %q maps %q", urls, maps)
	}
}

// FuzzSitemap: a sitemap is bytes from the site; reading it never panics
// and yields no more than the protocol's limit.
func FuzzSitemap(f *testing.F) {
	for _, name := range []string{"sitemap.xml", "sitemapindex.xml"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<urlset><url><loc>x</loc></url><url><loc>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		urls, maps := sitemapLocs(b)
		if len(urls) > maxSitemapURLs || len(maps) > maxSitemapURLs {
			t.Fatalf("%d urls, %d maps", len(urls), len(maps))
		}
	})
}

// FuzzLinks: a link target and a Retry-After header are text from the
// site; normalising them never panics, and a normal form is stable.
func FuzzLinks(f *testing.F) {
	f.Add("http://Example.gov.cn:80/a/../b?x=1#f", "120")
	f.Add("//example.gov.cn/x", "Wed, 21 Oct 2026 07:28:00 GMT")
	f.Add("javascript:alert(1)", "-1")
	f.Fuzz(func(t *testing.T, ref, after string) {
		if u, ok := normalize(nil, ref); ok {
			if again, ok := normalize(nil, u); !ok || again != u {
				t.Fatalf("normalize(%q) = %q, then %q %v", ref, u, again, ok)
			}
		}
		h := http.Header{}
		h.Set("Retry-After", after)
		if d, ok := retryAfter(h, time.Unix(0, 0)); ok && d < 0 {
			t.Fatalf("negative wait %v", d)
		}
	})
}
