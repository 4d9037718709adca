package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
)

// Tool names the program that wrote a report in SARIF and JUnit output.
type Tool struct {
	Name    string
	Version string
	URI     string
}

// SARIF 2.1.0 (OASIS), the subset mishen writes. Field names and nesting
// follow the standard's JSON schema; testdata/sarif-schema-2.1.0.json
// checks them in a test.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifText         `json:"help"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperty struct {
	Category string   `json:"category"`
	Tags     []string `json:"tags"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Properties          sarifResultProps  `json:"properties"`
}

type sarifResultProps struct {
	Category string `json:"category"`
	Severity string `json:"severity"`
	Verdict  string `json:"verdict"`
	Excerpt  string `json:"excerpt,omitempty"`
	Basis    string `json:"basis,omitempty"`
	Format   string `json:"format,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical     `json:"physicalLocation"`
	LogicalLocations []sarifLogicalLoc `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int        `json:"startLine"`
	Snippet   *sarifText `json:"snippet,omitempty"`
}

type sarifLogicalLoc struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// FingerprintKey names mishen's fingerprint among a SARIF result's
// partialFingerprints.
const FingerprintKey = "mishen/v1"

// SARIFLevel maps a severity to a SARIF result level: block is an error,
// review a warning, info a note.
func SARIFLevel(s Severity) string {
	switch s {
	case Block:
		return "error"
	case Review:
		return "warning"
	}
	return "note"
}

// WriteSARIF writes reports as one SARIF 2.1.0 log with one run: every
// rule that fired, and one result per finding with the file as its
// artifact, the line for text read from the file itself, where else in
// the file it is (page, sheet, cell, part) as a logical location, and the
// masked message and excerpt. Nothing in it is unmasked: it carries what
// the JSON report carries.
func WriteSARIF(w io.Writer, tool Tool, reps []Report) error {
	run := sarifRun{
		Tool:    sarifTool{Driver: sarifDriver{Name: tool.Name, Version: tool.Version, InformationURI: tool.URI, Rules: []sarifRule{}}},
		Results: []sarifResult{},
	}
	ruleIndex := map[string]int{}
	var order []string
	first := map[string]Finding{}
	for _, r := range reps {
		for _, f := range r.Findings {
			if _, ok := first[f.Rule]; !ok {
				first[f.Rule] = f
				order = append(order, f.Rule)
			}
		}
	}
	sort.Strings(order)
	for i, id := range order {
		f := first[id]
		ruleIndex[id] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   id,
			Name:                 ruleName(id),
			ShortDescription:     sarifText{f.Category.Label() + "（" + id + "）"},
			FullDescription:      sarifText{fmt.Sprintf("%s：%s，依据%s", f.Category.Label(), id, f.Category.Basis())},
			Help:                 sarifText{f.Category.Basis()},
			DefaultConfiguration: sarifRuleConfig{SARIFLevel(f.Category.DefaultSeverity())},
			Properties:           sarifRuleProperty{Category: string(f.Category), Tags: []string{string(f.Category), "mishen"}},
		})
	}
	for _, r := range reps {
		uri := fileURI(r.File)
		for _, f := range r.Findings {
			res := sarifResult{
				RuleID:    f.Rule,
				RuleIndex: ruleIndex[f.Rule],
				Level:     SARIFLevel(f.Severity),
				Message:   sarifText{resultMessage(f)},
				Properties: sarifResultProps{Category: string(f.Category), Severity: string(f.Severity),
					Verdict: string(r.Verdict), Excerpt: f.Excerpt, Basis: f.Basis, Format: r.Format, SHA256: r.SHA256},
			}
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}}}
			// A line number means a line of the artifact only for text
			// read from the file itself; elsewhere (a PDF page, a sheet,
			// a header) it is a line of that part and goes with the
			// logical location.
			if f.Location.Line > 0 && (f.Location.Part == "body" || f.Location.Part == "") && f.Location.File == "" && f.Location.Page == 0 && f.Location.Sheet == "" {
				reg := &sarifRegion{StartLine: f.Location.Line}
				if f.Excerpt != "" {
					reg.Snippet = &sarifText{f.Excerpt}
				}
				loc.PhysicalLocation.Region = reg
			}
			if name := logicalName(f.Location); name != "" {
				loc.LogicalLocations = []sarifLogicalLoc{{FullyQualifiedName: name, Kind: "element"}}
			}
			res.Locations = []sarifLocation{loc}
			if f.Fingerprint != "" {
				res.PartialFingerprints = map[string]string{FingerprintKey: f.Fingerprint}
			}
			run.Results = append(run.Results, res)
		}
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// ruleName turns a rule id (id_card.gb11643) into the PascalCase name
// SARIF viewers show (IdCardGb11643).
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if r == '.' || r == '_' || r == '-' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}

func resultMessage(f Finding) string {
	if f.Message != "" {
		return f.Message
	}
	if f.Excerpt != "" {
		return f.Category.Label() + "：" + f.Excerpt
	}
	return f.Category.Label()
}

// fileURI is a relative URI reference for a path: slashes, and every
// byte that a URI may not hold (Chinese names, spaces) percent-encoded.
func fileURI(name string) string {
	if name == "-" {
		return "stdin"
	}
	u := url.URL{Path: filepath.ToSlash(name)}
	s := u.EscapedPath()
	if strings.HasPrefix(name, "/") {
		return "file://" + s
	}
	return s
}

// logicalName says where in a file a finding is, beyond its line: the
// embedded file, page, sheet, cell and part.
func logicalName(l Location) string {
	var parts []string
	if l.File != "" {
		parts = append(parts, l.File)
	}
	if l.Page > 0 {
		parts = append(parts, fmt.Sprintf("page %d", l.Page))
	}
	if l.Sheet != "" {
		parts = append(parts, "sheet "+l.Sheet)
	}
	if l.Cell != "" {
		parts = append(parts, "cell "+l.Cell)
	}
	if l.Part != "" && l.Part != "body" {
		parts = append(parts, l.Part)
	}
	if l.Line > 0 && len(parts) > 0 {
		parts = append(parts, fmt.Sprintf("line %d", l.Line))
	}
	return strings.Join(parts, " / ")
}
