package form_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/config"
	"github.com/mishen-gov/mishen/internal/form"
	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/review/reviewtest"
	"github.com/mishen-gov/mishen/internal/store"
)

var (
	pub   = review.Actor{Name: "王某@办公室", Role: review.Publisher}
	rev1  = review.Actor{Name: "审查员甲", Role: review.Reviewer}
	rev2  = review.Actor{Name: "审查员乙", Role: review.Reviewer}
	audit = review.Actor{Name: "审计员", Role: review.Auditor}
)

// released submits a blocked draft, has two reviewers dismiss and approve
// it and the publisher release it, on a real bbolt file.
func released(t *testing.T) (*review.Service, string) {
	t.Helper()
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	db, err := store.Open(cfg.DataDir, store.Options{NoSync: true}, review.Init)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	svc, err := review.New(cfg, db, &reviewtest.Scanner{}, review.Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := svc.Submit(context.Background(), pub, review.Submission{Title: "关于做好年度保密检查工作的通知（某府办〔2026〕12号）",
		Files: []review.DraftFile{{Name: "通知.txt", Data: []byte(reviewtest.BlockText)}}})
	if err != nil {
		t.Fatal(err)
	}
	in := review.DecisionInput{Decision: review.Approve, Comment: "已核实，密级标志系模板残留，删除后同意公开"}
	for _, id := range r.Blocking() {
		in.Dismissed = append(in.Dismissed, review.DismissInput{FindingID: id, Reason: "模板残留，已删除"})
	}
	if _, err := svc.Decide(rev1, r.ID, in); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Decide(rev2, r.ID, review.DecisionInput{Decision: review.Approve, Comment: "同意"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Release(pub, r.ID, r.ContentSHA256); err != nil {
		t.Fatal(err)
	}
	return svc, r.ID
}

func TestFormFromTheLog(t *testing.T) {
	svc, id := released(t)
	r, evs, err := svc.Record(audit, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Action == "review_read" || e.Action == "denied" {
			t.Errorf("Record returned a %s event", e.Action)
		}
	}
	f := form.Build(r, evs, form.Options{Org: "某市人民政府办公室"})
	if f.DocNumber != "某府办〔2026〕12号" {
		t.Errorf("文号 %q", f.DocNumber)
	}
	if f.Unit != "办公室" || f.Person != "王某" {
		t.Errorf("unit %q person %q", f.Unit, f.Person)
	}
	if f.Decision.Code != "released" || len(f.Opinions) != 2 || len(f.Releases) != 1 || f.Mismatch != "" {
		t.Fatalf("decision %+v, %d opinions, %d releases, mismatch %q", f.Decision, len(f.Opinions), len(f.Releases), f.Mismatch)
	}
	if f.Opinions[0].Reviewer != "审查员甲" || len(f.Opinions[0].Dismissed) == 0 {
		t.Errorf("first opinion %+v", f.Opinions[0])
	}
	var buf bytes.Buffer
	if err := form.WriteHTML(&buf, f, form.Page{}); err != nil {
		t.Fatal(err)
	}
	h := buf.String()
	for _, want := range []string{"信息公开保密审查单", "某市人民政府办公室", "某府办〔2026〕12号", "审查员甲", "审查员乙",
		"同意公开，已发布", "保守国家秘密法", "政府信息公开条例》第十七条", "部门负责人（签字）", "保密办", "日期：", r.ContentSHA256,
		r.Files[0].SHA256, "模板残留，已删除"} {
		if !strings.Contains(h, want) {
			t.Errorf("form lacks %q", want)
		}
	}
	if strings.Contains(h, "<script") || strings.Contains(h, "http://") || strings.Contains(h, "https://") {
		t.Error("form loads a script or an outside resource")
	}
	if !strings.Contains(form.CSP(), form.StyleSource()) {
		t.Error("CSP does not allow the form's style")
	}
}

// TestFormFollowsTheLog: a stored record that disagrees with the log is
// named on the form, and the decision is the log's.
func TestFormFollowsTheLog(t *testing.T) {
	svc, id := released(t)
	r, evs, err := svc.Record(audit, id)
	if err != nil {
		t.Fatal(err)
	}
	r.Status = review.Rejected // as if the stored record had been edited
	f := form.Build(r, evs, form.Options{})
	if f.Decision.Code != "released" || !strings.Contains(f.Mismatch, "以审计日志为准") {
		t.Errorf("decision %q, mismatch %q", f.Decision.Code, f.Mismatch)
	}
}

// TestRecordAuthorisation: the roles that read the review read its form;
// another publisher does not.
func TestRecordAuthorisation(t *testing.T) {
	svc, id := released(t)
	for _, a := range []review.Actor{pub, rev1, audit} {
		if _, _, err := svc.Record(a, id); err != nil {
			t.Errorf("%s: %v", a.Name, err)
		}
	}
	for _, a := range []review.Actor{{Name: "李某", Role: review.Publisher}, {Name: "admin", Role: review.Admin}} {
		if _, _, err := svc.Record(a, id); err == nil {
			t.Errorf("%s (%s) read the form", a.Name, a.Role)
		}
	}
}

// TestPrintPDF prints the form with Chromium and checks the PDF's text
// with pdftotext. It is skipped without Chromium, except under CI.
func TestPrintPDF(t *testing.T) {
	p := form.NewPrinter("", 1)
	if !p.Available() {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium is missing (apt-get install chromium fonts-noto-cjk)")
		}
		t.Skip("Chromium not installed")
	}
	svc, id := released(t)
	r, evs, err := svc.Record(audit, id)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := form.WriteHTML(&buf, form.Build(r, evs, form.Options{Org: "某市人民政府办公室", Now: time.Now()}), form.Page{}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	pdf, err := p.PDF(ctx, buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "form.pdf")
	if d := os.Getenv("MISHEN_FORM_PDF"); d != "" {
		path = d // keep it to look at
	}
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	txt := strings.Join(strings.Fields(string(out)), "")
	for _, want := range []string{"信息公开保密审查单", "审查员甲", "某府办〔2026〕12号", "部门负责人"} {
		if !strings.Contains(txt, strings.Join(strings.Fields(want), "")) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	info, _ := exec.Command("pdfinfo", path).Output()
	if !strings.Contains(string(info), "(A4)") {
		t.Errorf("PDF is not A4:\n%s", info)
	}
}

// TestDocNumberFromTheScan: a 文号 the scan recorded from the draft's text
// comes before one guessed from the title.
func TestDocNumberFromTheScan(t *testing.T) {
	svc, id := released(t)
	r, evs, err := svc.Record(audit, id)
	if err != nil {
		t.Fatal(err)
	}
	for i := range evs {
		if evs[i].Action == "scanned" {
			evs[i].Details["doc_number"] = "国办发〔2026〕1号"
		}
	}
	if f := form.Build(r, evs, form.Options{}); f.DocNumber != "国办发〔2026〕1号" {
		t.Errorf("文号 %q", f.DocNumber)
	}
}
