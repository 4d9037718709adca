package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sampleReports are two files' reports with every kind of location: a
// line of a text file, a cell of a sheet, a page, an embedded file, a
// finding without a line, and a file that passes.
func sampleReports() []Report {
	return []Report{
		{File: "通知 1.txt", Format: "text", Verdict: Block, SHA256: strings.Repeat("a", 64), Size: 10, Findings: []Finding{
			{ID: "F1", Category: ClassifiedMarking, Severity: Block, Rule: "classified_marking.gbt9704",
				Location: Location{Part: "body", Line: 1, Start: 0, End: 6}, Excerpt: "秘密★1年 关于", HitStart: 0, HitEnd: 6,
				Basis: BasisSecrets, Message: "发现密级标志“秘密★1年”"},
			{ID: "F2", Category: IDCard, Severity: Block, Rule: "id_card.gb11643",
				Location: Location{Part: "body", Line: 3, Start: 20, End: 38}, Excerpt: "身份证号110101********4514。", HitStart: 4, HitEnd: 22,
				Basis: BasisPrivacy, Message: "发现未脱敏的居民身份证号 110101********4514", Fingerprint: "0123456789abcdef0123456789abcdef"},
		}},
		{File: "sub/名单.xlsx", Format: "xlsx", Verdict: Review, Findings: []Finding{
			{ID: "F1", Category: MobilePhone, Severity: Review, Rule: "mobile_phone.cn",
				Location: Location{Part: "sheet", Sheet: "Sheet1", Cell: "B2", Line: 2, Start: 5, End: 16}, Excerpt: "=138****5678",
				HitStart: 1, HitEnd: 12, Basis: BasisPrivacy, Message: "发现手机号码 138****5678"},
			{ID: "F2", Category: Metadata, Severity: Info, Rule: "metadata.author", Location: Location{Part: "metadata"}, Basis: BasisInternal},
			{ID: "F3", Category: Unreadable, Severity: Review, Rule: "unreadable.encrypted",
				Location: Location{Part: "embedded", File: "word/embeddings/x.pdf", Page: 2}, Basis: BasisInternal, Message: "无法读取"},
		}},
		{File: "/abs/ok.pdf", Format: "pdf", Verdict: Pass, Findings: []Finding{}},
	}
}

// TestSARIFSchema validates WriteSARIF's output against the OASIS SARIF
// 2.1.0 JSON schema (testdata/sarif-schema-2.1.0.json, errata 01), with
// formats (uri-reference …) asserted.
func TestSARIFSchema(t *testing.T) {
	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, reps := range map[string][]Report{"sample": sampleReports(), "empty": nil} {
		var buf bytes.Buffer
		if err := WriteSARIF(&buf, Tool{Name: "mishen", Version: "v1.0.0", URI: "https://example.org/mishen"}, reps); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: not valid SARIF 2.1.0: %v\n%s", name, err, buf.String())
		}
	}

	// A schema that accepts anything would pass the above: an invalid
	// log must fail.
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}`))
	if sch.Validate(bad) == nil {
		t.Error("a driver without a name passed the schema")
	}
}

func TestSARIFContent(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, Tool{Name: "mishen"}, sampleReports()); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) != 5 || len(run.Tool.Driver.Rules) != 5 {
		t.Fatalf("%d results, %d rules", len(run.Results), len(run.Tool.Driver.Rules))
	}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("%s: ruleIndex %d names %s", r.RuleID, r.RuleIndex, run.Tool.Driver.Rules[r.RuleIndex].ID)
		}
	}
	id := run.Results[1]
	if id.Level != "error" || id.Locations[0].PhysicalLocation.ArtifactLocation.URI != "%E9%80%9A%E7%9F%A5%201.txt" ||
		id.Locations[0].PhysicalLocation.Region.StartLine != 3 || id.PartialFingerprints[FingerprintKey] == "" {
		t.Errorf("id result: %+v", id)
	}
	cell := run.Results[2]
	if cell.Locations[0].PhysicalLocation.Region != nil || cell.Locations[0].LogicalLocations[0].FullyQualifiedName != "sheet Sheet1 / cell B2 / sheet / line 2" {
		t.Errorf("cell result: %+v", cell.Locations[0])
	}
	if strings.Contains(buf.String(), "110101199003074514") || strings.Contains(buf.String(), "13812345678") {
		t.Error("raw value in SARIF")
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, sampleReports()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+5+1 {
		t.Fatalf("%d rows", len(rows))
	}
	for _, r := range rows {
		if len(r) != len(CSVHeader) {
			t.Fatalf("row of %d cells: %q", len(r), r)
		}
	}
	// A formula in an excerpt is defused.
	if got := rows[3][16]; got != "'=138****5678" {
		t.Errorf("excerpt cell %q", got)
	}
	if last := rows[len(rows)-1]; last[0] != "/abs/ok.pdf" || last[2] != "pass" || last[4] != "" {
		t.Errorf("passing file row %q", last)
	}
}

func TestJUnit(t *testing.T) {
	var buf bytes.Buffer
	failed := func(r *Report) bool { return r.Verdict == Block }
	if err := WriteJUnit(&buf, Tool{Name: "mishen", Version: "v1"}, sampleReports(), failed); err != nil {
		t.Fatal(err)
	}
	var got junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	s := got.Suites[0]
	if got.Tests != 3 || got.Failures != 1 || len(s.Cases) != 3 || s.Cases[0].Failure == nil || s.Cases[1].Failure != nil ||
		!strings.Contains(s.Cases[1].SystemOut, "mobile_phone") {
		t.Errorf("junit: %+v", got)
	}
}
