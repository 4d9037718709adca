package main

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
)

// The hostile stream runs beside the clean one to show that admission
// control keeps the service for everyone else: zip bombs, slow PDFs,
// 50 MB uploads, a sign-in flood with wrong tokens and slow bodies that
// never finish. It comes from other loopback addresses (127.0.0.2–4), as
// attackers are other clients.

// hostileStats counts what the hostile stream got back, by kind and
// status.
type hostileStats struct {
	mu sync.Mutex
	m  map[string]map[int]int
}

func (h *hostileStats) add(kind string, code int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.m[kind] == nil {
		h.m[kind] = map[int]int{}
	}
	h.m[kind][code]++
}

func (h *hostileStats) String() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var kinds []string
	for k := range h.m {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	var parts []string
	for _, k := range kinds {
		var cs []string
		for code, n := range h.m[k] {
			cs = append(cs, fmt.Sprintf("%d×%d", code, n))
		}
		slices.Sort(cs)
		parts = append(parts, k+" "+strings.Join(cs, " "))
	}
	return strings.Join(parts, "; ")
}

// zipBomb is a DOCX whose document part inflates to 200 MB of one byte.
func zipBomb() []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.Create("[Content_Types].xml")
	io.WriteString(w, `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	w, _ = z.Create("word/document.xml")
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 200 {
		w.Write(chunk)
	}
	z.Close()
	return b.Bytes()
}

// slowPDF is a 1,500-page PDF of about 11 MB: seconds to parse.
func slowPDF() []byte { return pdftest.Book(1500, 45) }

// bigText is n bytes of plain Chinese text.
func bigText(n int) []byte {
	s := strings.Repeat(sentences[0], n/len(sentences[0])+1)
	return []byte(s[:n-n%3])
}

func multipartFile(name string, data []byte) (string, []byte) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write(data)
	mw.Close()
	return mw.FormDataContentType(), body.Bytes()
}

// from returns a dialer and an HTTP client whose connections come from
// the loopback address 127.0.0.n: each hostile kind is a client of its
// own, as attackers are.
func from(n byte) (*net.Dialer, *http.Client) {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, n)}, Timeout: 5 * time.Second}
	tr := &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 64}
	return d, &http.Client{Transport: tr, Timeout: 5 * time.Minute}
}

// hostile runs the hostile stream against base until ctx ends: uploads
// from 127.0.0.2, the sign-in flood from 127.0.0.3, slow bodies from
// 127.0.0.4. A failed connection costs the attacker a short pause (as
// the refusal of a real server would), so that the generator, which
// shares this machine with the server, does not spin.
func hostile(ctx context.Context, base, token string, st *hostileStats) {
	_, hc := from(2)
	type upload struct {
		kind, ct string
		body     []byte
		workers  int
	}
	bombCT, bomb := multipartFile("bomb.docx", zipBomb())
	pdfCT, pdf := multipartFile("slow.pdf", slowPDF())
	bigCT, big := multipartFile("big.txt", bigText(50<<20))
	uploads := []upload{{"zip-bomb", bombCT, bomb, 2}, {"slow-pdf", pdfCT, pdf, 6}, {"50MB-upload", bigCT, big, 4}}
	var wg sync.WaitGroup
	for _, u := range uploads {
		for range u.workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v1/reviews", bytes.NewReader(u.body))
					req.Header.Set("Content-Type", u.ct)
					req.Header.Set("Authorization", "Bearer "+token)
					resp, err := hc.Do(req)
					if err != nil {
						if ctx.Err() == nil {
							st.add(u.kind, 0)
							time.Sleep(200 * time.Millisecond)
						}
						continue
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					st.add(u.kind, resp.StatusCode)
					if resp.StatusCode == http.StatusServiceUnavailable || resp.StatusCode == http.StatusTooManyRequests {
						time.Sleep(200 * time.Millisecond) // as a client told to retry later would
					}
				}
			}()
		}
	}
	// A sign-in flood: wrong tokens as fast as the server answers.
	_, flood := from(3)
	var n atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/v1/reviews", nil)
				req.Header.Set("Authorization", fmt.Sprintf("Bearer mishen_guess%d", n.Add(1)))
				resp, err := flood.Do(req)
				if err != nil {
					st.add("signin-flood", 0)
					time.Sleep(10 * time.Millisecond)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				st.add("signin-flood", resp.StatusCode)
			}
		}()
	}
	// Slow bodies: sign-in forms that never finish, kept open.
	dialer, _ := from(4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		host := strings.TrimPrefix(strings.TrimPrefix(base, "http://"), "https://")
		var conns []net.Conn
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		for ctx.Err() == nil {
			for len(conns) < 200 && ctx.Err() == nil {
				c, err := dialer.DialContext(ctx, "tcp", host)
				if err != nil {
					st.add("slow-body", 0)
					break
				}
				fmt.Fprintf(c, "POST /signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nt")
				conns = append(conns, c)
				st.add("slow-body", 1)
			}
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
			live := conns[:0]
			for _, c := range conns {
				if _, err := c.Write([]byte("x")); err == nil {
					live = append(live, c)
				} else {
					c.Close()
				}
			}
			conns = live
		}
	}()
	wg.Wait()
}
