package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/webhook"
)

// hookReceiver is a CMS's webhook endpoint on loopback. While hang is
// open it holds every request unanswered, as an endpoint that is slow
// when the server dies.
type hookReceiver struct {
	t      *testing.T
	secret string
	mu     sync.Mutex
	ok     map[string]webhook.Event // answered 200, by event id
	hang   chan struct{}
	hung   chan struct{} // closed when the first request is being held
	once   sync.Once
}

func (h *hookReceiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	h.mu.Lock()
	secret := h.secret
	h.mu.Unlock()
	if err := webhook.Verify(r.Header.Get(webhook.SignatureHeader), secret, body, time.Now(), 5*time.Minute); err != nil {
		h.t.Errorf("signature: %v", err)
		w.WriteHeader(400)
		return
	}
	select {
	case <-h.hang:
	default:
		h.once.Do(func() { close(h.hung) })
		select {
		case <-h.hang:
		case <-r.Context().Done():
			return // the sender died: never answered
		}
	}
	var e webhook.Event
	if err := json.Unmarshal(body, &e); err != nil {
		h.t.Errorf("body: %v", err)
	}
	h.mu.Lock()
	h.ok[e.ID] = e
	h.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (h *hookReceiver) events() map[string]webhook.Event {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := map[string]webhook.Event{}
	for k, v := range h.ok {
		out[k] = v
	}
	return out
}

// TestWebhookSurvivesKill registers a receiver with the CLI, makes the
// first delivery hang, decides and releases reviews meanwhile, kills -9
// the real server mid-delivery, restarts it and sees every event
// delivered, with no personal data in any body.
func TestWebhookSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	data := filepath.Join(t.TempDir(), "data")
	pub := createToken(t, bin, data, "publisher", "cms")
	rev := createToken(t, bin, data, "reviewer", "审查员甲")
	adm := createToken(t, bin, data, "admin", "管理员")

	rcv := &hookReceiver{t: t, ok: map[string]webhook.Event{}, hang: make(chan struct{}), hung: make(chan struct{})}
	ts := httptest.NewServer(rcv)
	defer ts.Close()
	cmd := exec.Command(bin, "webhook", "add", ts.URL+"/hook", "--data", data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("webhook add: %v\n%s", err, stderr.String())
	}
	rcv.secret = strings.TrimSpace(string(out))
	if !strings.HasPrefix(rcv.secret, "whsec_") {
		t.Fatalf("webhook add printed %q", out)
	}

	p := startServer(t, bin, data)
	a := &api{t: t, base: p.base, hc: &http.Client{Timeout: 30 * time.Second}}
	var r1, r2 review.Review
	a.must(pub, "POST", "/api/v1/reviews", map[string]string{"title": "关于召开年度工作会议的通知", "content": "各单位：定于下周召开年度工作会议，请准时参加。"}, &r1, 201)
	if r1.Status != review.Cleared {
		t.Fatalf("R1 is %s", r1.Status)
	}
	select {
	case <-rcv.hung:
	case <-time.After(15 * time.Second):
		t.Fatalf("no delivery arrived:\n%s", p.logs)
	}
	// The hub is stuck in the first delivery; these are committed to
	// the audit log but not yet in the outbox when the server dies.
	a.must(pub, "POST", "/api/v1/reviews/"+r1.ID+"/release", map[string]string{"content_sha256": r1.ContentSHA256}, nil, 200)
	a.must(pub, "POST", "/api/v1/reviews", map[string]string{"title": "名单", "content": "张三，身份证号 " + idWith("19900307") + "，电话 13800138000"}, &r2, 201)
	if r2.Status != review.Pending {
		t.Fatalf("R2 is %s", r2.Status)
	}
	a.must(rev, "POST", "/api/v1/reviews/"+r2.ID+"/decisions", map[string]string{"decision": "reject", "comment": "含个人信息，请删除后重新提交"}, nil, 200)
	if err := p.cmd.Process.Signal(os.Kill); err != nil {
		t.Fatal(err)
	}
	<-p.done
	if got := len(rcv.events()); got != 0 {
		t.Fatalf("%d events answered before the kill", got)
	}
	close(rcv.hang)

	p = startServer(t, bin, data)
	a.base = p.base
	want := map[string]string{r1.ID + " " + webhook.Decided: "cleared", r1.ID + " " + webhook.Released: "released", r2.ID + " " + webhook.Decided: "rejected"}
	deadline := time.Now().Add(30 * time.Second)
	var got map[string]webhook.Event
	for time.Now().Before(deadline) {
		if got = rcv.events(); len(got) >= len(want) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	seen := map[string]bool{}
	for _, e := range got {
		k := e.Data.ReviewID + " " + e.Type
		if want[k] != e.Data.Status {
			t.Errorf("unexpected event %+v", e)
		}
		seen[k] = true
		b, _ := json.Marshal(e)
		for _, leak := range []string{"张三", idWith("19900307"), "13800138000", "会议", r1.ContentSHA256, "含个人信息"} {
			if strings.Contains(string(b), leak) {
				t.Errorf("event %s carries %q", e.ID, leak)
			}
		}
		if e.Data.ContentMAC == "" || e.Data.Verdict == "" {
			t.Errorf("event without digest or verdict: %s", b)
		}
	}
	if len(seen) != len(want) {
		t.Fatalf("delivered %v, want %v\n%s", seen, want, p.logs)
	}

	// Admins see the attempts: the CLI through the running server.
	var list struct {
		Webhooks []webhook.Endpoint `json:"webhooks"`
	}
	a.must(adm, "GET", "/api/v1/admin/webhooks", nil, &list, 200)
	if len(list.Webhooks) != 1 {
		t.Fatalf("webhooks: %+v", list)
	}
	cmd = exec.Command(bin, "webhook", "deliveries", list.Webhooks[0].ID, "--json", "--server", p.base)
	cmd.Env = append(os.Environ(), "MISHEN_TOKEN="+adm)
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("webhook deliveries: %v", err)
	}
	var ds []webhook.Delivery
	if err := json.Unmarshal(out, &ds); err != nil || len(ds) != 3 {
		t.Fatalf("deliveries: %v\n%s", err, out)
	}
	for _, d := range ds {
		if d.State != webhook.Delivered {
			t.Errorf("delivery %s is %s", d.ID, d.State)
		}
	}
}
