package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes reports as a JUnit XML test suite, one test case per
// file: a file fails when failed says so (the caller's --fail-on), and
// its failure lists every finding with its place and masked excerpt; a
// file that passes with findings below the threshold lists them as its
// output.
func WriteJUnit(w io.Writer, tool Tool, reps []Report, failed func(*Report) bool) error {
	suite := junitSuite{Name: tool.Name + " scan", Tests: len(reps), Cases: []junitCase{}}
	if tool.Version != "" {
		suite.Properties = []junitProperty{{Name: "version", Value: tool.Version}}
	}
	for i := range reps {
		r := &reps[i]
		c := junitCase{Name: r.File, Classname: tool.Name + "." + r.Format}
		var b strings.Builder
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "[%s] %s %s %s", f.Severity, f.Category, f.Rule, logicalOrLine(f.Location))
			if f.Excerpt != "" {
				fmt.Fprintf(&b, "\n    %s", f.Excerpt)
			}
			if f.Message != "" {
				fmt.Fprintf(&b, "\n    → %s", f.Message)
			}
			b.WriteByte('\n')
		}
		if failed(r) {
			suite.Failures++
			c.Failure = &junitFailure{
				Message: fmt.Sprintf("%s: %s, %d finding(s)", r.File, r.Verdict, len(r.Findings)),
				Type:    string(r.Verdict),
				Text:    b.String(),
			}
		} else if b.Len() > 0 {
			c.SystemOut = b.String()
		}
		suite.Cases = append(suite.Cases, c)
	}
	out := junitSuites{Name: tool.Name, Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func logicalOrLine(l Location) string {
	if s := logicalName(l); s != "" {
		return s
	}
	if l.Line > 0 {
		return fmt.Sprintf("line %d", l.Line)
	}
	return ""
}
