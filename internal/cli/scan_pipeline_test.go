package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/mishen-gov/mishen/internal/baseline"
	"github.com/mishen-gov/mishen/internal/detect"
)

// TestScanFailOn checks the exit status for each --fail-on level over a
// block, a review and an info-only file.
func TestScanFailOn(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.txt": blockText, "r.txt": reviewText, "i.txt": "请发送至 someone@example.org。\n", "p.txt": passText})
	for _, tc := range []struct {
		level, file string
		want        int
	}{
		{"block", "b.txt", ExitFound}, {"block", "r.txt", ExitOK},
		{"review", "r.txt", ExitFound}, {"review", "i.txt", ExitOK},
		{"info", "i.txt", ExitFound}, {"info", "p.txt", ExitOK},
		{"never", "b.txt", ExitOK},
		{"sometimes", "b.txt", ExitUsage},
	} {
		code, _, errOut := runCLI(t, "", "scan", "--isolate=false", "--fail-on", tc.level, filepath.Join(dir, tc.file))
		if code != tc.want {
			t.Errorf("--fail-on %s %s: exit %d, want %d (%s)", tc.level, tc.file, code, tc.want, errOut)
		}
	}
	// A file that cannot be opened wins over --fail-on never.
	if code, _, _ := runCLI(t, "", "scan", "--isolate=false", "--fail-on", "never", filepath.Join(dir, "none.txt")); code != ExitUsage {
		t.Errorf("missing file with --fail-on never: exit %d", code)
	}
}

// TestScanFormats runs every --format over the same files: each output
// parses, SARIF is valid 2.1.0, and none shows a raw value.
func TestScanFormats(t *testing.T) {
	text := "秘密★1年\n申请人身份证号" + rawID + "，手机13812345678。\n"
	dir := writeFiles(t, map[string]string{"通知.txt": text, "ok.txt": passText})
	raws := []string{rawID, "13812345678", "19900307"}
	outputs := map[string]string{}
	for _, format := range []string{"text", "json", "sarif", "csv", "junit"} {
		code, out, errOut := runCLI(t, "", "scan", "--isolate=false", "--format", format, dir)
		if code != ExitFound {
			t.Errorf("%s: exit %d (%s)", format, code, errOut)
		}
		for _, raw := range raws {
			if strings.Contains(out, raw) {
				t.Errorf("%s output shows %q", format, raw)
			}
		}
		outputs[format] = out
	}
	if rs := decodeLines(t, outputs["json"]); len(rs) != 2 {
		t.Errorf("json: %d reports", len(rs))
	}
	if _, out, _ := runCLI(t, "", "scan", "--isolate=false", "--json", dir); out != outputs["json"] {
		t.Error("--json is not --format json")
	}
	rows, err := csv.NewReader(strings.NewReader(outputs["csv"])).ReadAll()
	if err != nil || len(rows) != 1+3+1 || rows[0][0] != "file" {
		t.Errorf("csv: %v, %d rows", err, len(rows))
	}
	var ju struct {
		Failures int `xml:"failures,attr"`
	}
	if err := xml.Unmarshal([]byte(outputs["junit"]), &ju); err != nil || ju.Failures != 1 {
		t.Errorf("junit: %v %+v", err, ju)
	}
	schemaFile, err := os.Open("../report/testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer schemaFile.Close()
	sdoc, err := jsonschema.UnmarshalJSON(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	c.AddResource("sarif.json", sdoc)
	sch, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(outputs["sarif"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("mishen scan --format sarif is not valid SARIF 2.1.0: %v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	json.Unmarshal([]byte(outputs["sarif"]), &log)
	if rs := log.Runs[0].Results; len(rs) != 3 || rs[1].RuleID != "id_card.gb11643" || rs[1].Level != "error" || rs[1].Locations[0].PhysicalLocation.Region.StartLine != 2 {
		t.Errorf("sarif results: %+v", rs)
	}
	if code, _, errOut := runCLI(t, "", "scan", "--format", "xml", dir); code != ExitUsage || !strings.Contains(errOut, "xml") {
		t.Errorf("unknown format: %d %q", code, errOut)
	}
}

// TestScanBaseline writes a baseline, checks it holds neither values nor
// the key, and that a later scan reports only what is new: the accepted
// ID moved two lines down is still accepted, a second new ID is not.
func TestScanBaseline(t *testing.T) {
	dir := writeFiles(t, map[string]string{"docs/a.txt": "身份证号" + rawID + "\n", "docs/ok.txt": passText})
	docs := filepath.Join(dir, "docs")
	bl := filepath.Join(dir, "baseline.json")
	code, _, errOut := runCLI(t, "", "scan", "--isolate=false", "--write-baseline", bl, docs)
	if code != ExitFound || !strings.Contains(errOut, bl+".key") {
		t.Fatalf("write: exit %d, %q", code, errOut)
	}
	data, err := os.ReadFile(bl)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := os.ReadFile(bl + ".key")
	if strings.Contains(string(data), rawID) || strings.Contains(string(data), strings.TrimSpace(string(key))) {
		t.Fatalf("baseline holds the value or the key:\n%s", data)
	}
	var b baseline.File
	if err := json.Unmarshal(data, &b); err != nil || len(b.Findings) != 1 || b.Findings[0].Rule != "id_card.gb11643" {
		t.Fatalf("baseline: %v %+v", err, b)
	}

	code, out, _ := runCLI(t, "", "scan", "--isolate=false", "--baseline", bl, docs)
	if code != ExitOK || !strings.Contains(out, "1 项已在基线中接受") {
		t.Fatalf("same files against their baseline: exit %d\n%s", code, out)
	}
	// The same ID lower down is the same finding; another ID is new.
	other := detect.CompleteID("11010119800101000")
	os.WriteFile(filepath.Join(docs, "a.txt"), []byte("说明\n\n身份证号"+rawID+"\n另一人身份证号"+other+"\n"), 0o644)
	code, out, _ = runCLI(t, "", "scan", "--isolate=false", "--json", "--baseline", bl, docs)
	rs := decodeLines(t, out)
	if code != ExitFound || len(rs[0].Findings) != 1 || !strings.Contains(rs[0].Findings[0].Excerpt, "另一人") {
		t.Fatalf("new finding: exit %d %+v", code, rs)
	}
	if rs[0].Findings[0].Fingerprint == "" {
		t.Error("findings carry no fingerprint with --baseline")
	}
	// Without the key the baseline is refused, not ignored.
	os.Rename(bl+".key", bl+".moved")
	if code, _, errOut := runCLI(t, "", "scan", "--isolate=false", "--baseline", bl, docs); code != ExitUsage || !strings.Contains(errOut, baseline.EnvKey) {
		t.Errorf("no key: exit %d %q", code, errOut)
	}
	// The key from the environment works.
	keyHex := strings.TrimSpace(string(key))
	var outb, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &outb, Stderr: &errb, Getenv: func(k string) string {
		if k == baseline.EnvKey {
			return keyHex
		}
		return ""
	}}
	if code := Main(env, []string{"scan", "--isolate=false", "--fail-on", "block", "--baseline", bl, docs}); code != ExitFound {
		t.Errorf("key from the environment: exit %d %s", code, errb.String())
	}
}

// TestScanQuietAndEmpty checks --quiet (only files with findings, no
// summary) and an empty folder (a message, exit 0, valid empty SARIF).
func TestScanQuietAndEmpty(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.txt": blockText, "p.txt": passText})
	_, out, _ := runCLI(t, "", "scan", "--isolate=false", "-q", dir)
	if !strings.Contains(out, "b.txt") || strings.Contains(out, "p.txt") || strings.Contains(out, "共 2 个文件") {
		t.Errorf("--quiet output:\n%s", out)
	}
	empty := t.TempDir()
	code, out, errOut := runCLI(t, "", "scan", "--isolate=false", empty)
	if code != ExitOK || out != "" || !strings.Contains(errOut, "未扫描任何内容") {
		t.Errorf("empty folder: exit %d, out %q, err %q", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "", "scan", "--isolate=false", "--quiet", "--format", "sarif", empty)
	if code != ExitOK || errOut != "" || !strings.Contains(out, `"results": []`) {
		t.Errorf("empty folder, quiet SARIF: exit %d, %q, %q", code, out, errOut)
	}
}

// TestScanRules loads a rules file with scan --rules.
func TestScanRules(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "关于青鸟-017号工程验收的通知\n"})
	code, out, errOut := runCLI(t, "", "scan", "--isolate=false", "--json", "--rules", "../../docs/rules.example.toml", filepath.Join(dir, "a.txt"))
	rs := decodeLines(t, out)
	if code != ExitFound || len(rs) != 1 || len(rs[0].Findings) != 1 || rs[0].Findings[0].Rule != "custom.project_codename" || rs[0].Verdict != "block" {
		t.Fatalf("exit %d %+v %s", code, rs, errOut)
	}
	bad := writeFiles(t, map[string]string{"r.toml": "version = 1\n[[rules]]\nid = \"x\"\nregex = \"(\"\n"})
	if code, _, errOut := runCLI(t, "", "scan", "--isolate=false", "--rules", filepath.Join(bad, "r.toml"), filepath.Join(dir, "a.txt")); code != ExitUsage || !strings.Contains(errOut, "regex") {
		t.Errorf("bad rules: exit %d %q", code, errOut)
	}
}
