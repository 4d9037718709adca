package web

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/scan"
)

// TestWrongRolePagesAudited: a page refused by role is a denied event
// with the op and reason the API would record, and the review id only
// when it is one.
func TestWrongRolePagesAudited(t *testing.T) {
	e := newEnv(t, nil, false)
	pc, ptok := e.signedIn(pub1)
	id := pc.submit(ptok, "a.txt", reviewtest.PassText)
	rc, _ := e.signedIn(rev1)
	number := syntheticID("32010619850214301")
	for _, path := range []string{"/upload", "/audit/reviews/" + id, "/audit/reviews/" + number} {
		r := rc.get(path)
		wantStatus(t, r, http.StatusForbidden)
		if strings.Contains(r.body, number) {
			t.Errorf("%s: the page echoes the path", path)
		}
	}
	evs, _, err := e.svc.Events(review.LocalActor(), audit.Filter{Action: audit.ActionDenied, Actor: rev1})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		t.Fatalf("%d denied events, want 3: %+v", len(evs), evs)
	}
	want := []struct{ op, review string }{{"submit", ""}, {"audit", id}, {"audit", ""}}
	for i, w := range want {
		ev := evs[i]
		if ev.Role != string(review.Reviewer) || ev.Details["op"] != w.op || ev.Details["reason"] != "role" || ev.ReviewID != w.review {
			t.Errorf("event %d: %+v, want op %s review %q", i, ev, w.op, w.review)
		}
	}
}

// TestRoutesWithRolesHaveOp: every page limited to roles says what its
// refusal is recorded as.
func TestRoutesWithRolesHaveOp(t *testing.T) {
	e := newEnv(t, nil, false)
	for _, rt := range e.ui.routes() {
		if rt.roles != nil && rt.op == "" {
			t.Errorf("%s %s has roles but no op", rt.method, rt.path)
		}
	}
}

// TestTitleAndFreeTextMasked runs the real scanner: an ID number in the
// title blocks the draft and is shown as a finding of the title; the
// title, a dismissal reason and a comment carrying an ID and a mobile are
// shown and exported only masked.
func TestTitleAndFreeTextMasked(t *testing.T) {
	sc, err := scan.New(scan.Config{})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, sc, false)
	id, mobile := syntheticID("32010619850214301"), "13912345678"
	// Hashes and timestamps hold any four digits now and then (…012344…,
	// .655812345Z): they are taken out before the pieces of the values are
	// looked for, and the whole values are looked for everywhere.
	noise := regexp.MustCompile(`[0-9a-f]{16,}|\d{4}-\d{2}-\d{2}T[\d:.]+Z`)
	leaks := func(s string) bool {
		if strings.Contains(s, id) || strings.Contains(s, mobile) {
			return true
		}
		s = noise.ReplaceAllString(s, "")
		return strings.Contains(s, id[6:14]) || strings.Contains(s, mobile[3:7])
	}
	pc, ptok := e.signedIn(pub1)
	r := pc.upload(ptok, []filePart{{"file", "公示.txt", []byte(reviewtest.PassText)}}, [2]string{"title", "关于 " + id + " 同志的公示"})
	wantStatus(t, r, http.StatusSeeOther)
	rid := strings.TrimPrefix(r.Header.Get("Location"), "/reviews/")
	page := pc.get("/reviews/" + rid)
	wantContains(t, page, `data-verdict="block"`, `data-part="title"`, `data-finding="T1"`, `data-category="id_card"`, "同志的公示")

	rv1, tok1 := e.signedIn(rev1)
	page = rv1.get("/reviews/" + rid)
	wantContains(t, page, `name="dismiss" value="T1"`, `name="reason_T1"`)
	r = rv1.post("/reviews/"+rid+"/decide", url.Values{"csrf": {tok1}, "decision": {"approve"},
		"reason_T1": {"经核实 " + id + " 本人同意公开"}, "comment": {"已电话 " + mobile + " 联系本人"}})
	wantStatus(t, r, http.StatusSeeOther)
	rv2, tok2 := e.signedIn(rev2)
	r = rv2.post("/reviews/"+rid+"/decide", url.Values{"csrf": {tok2}, "decision": {"reject"}, "comment": {"身份证 " + id + " 不应公开"}})
	wantStatus(t, r, http.StatusSeeOther)

	page = rv1.get("/reviews/" + rid)
	wantContains(t, page, "经核实", "已电话", "不应公开", id[:6])
	pages := []resp{page, pc.get("/reviews/" + rid), pc.get("/mine"), rv1.get("/queue?status=all")}
	ac, _ := e.signedIn(aud1)
	pages = append(pages, ac.get("/reviews/"+rid), ac.get("/audit/reviews/"+rid), ac.get("/audit"),
		ac.get("/audit/export?format=jsonl"), ac.get("/audit/export?format=csv"))
	for _, p := range pages {
		wantStatus(t, p, http.StatusOK)
		if leaks(p.body) {
			t.Errorf("%s shows raw personal data", p.Request.URL)
		}
	}
}
