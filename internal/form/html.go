package form

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
)

//go:embed templates/form.css
var css string

//go:embed templates/form.html
var pageHTML string

var tmpl = template.Must(template.New("form").Parse(pageHTML))

// Page is how the form is shown around the sheet.
type Page struct {
	// Bar shows a bar above the sheet (not printed) with Back and PDF
	// links, for the web page.
	Bar       bool
	Back, PDF string
}

// WriteHTML writes f as one HTML page: no script and no outside
// resource, its stylesheet inline (allow it with StyleSource). It is
// rendered to a buffer first, so a failure writes nothing.
func WriteHTML(w io.Writer, f *Form, p Page) error {
	var buf bytes.Buffer
	err := tmpl.Execute(&buf, struct {
		F   *Form
		CSS template.CSS
		Page
	}{f, template.CSS(css), p})
	if err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// StyleSource is the Content-Security-Policy source that allows the
// form's inline stylesheet and nothing else ('sha256-…').
func StyleSource() string {
	sum := sha256.Sum256([]byte(css))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// CSP is the whole Content-Security-Policy to send with the form page:
// nothing may load but the form's own stylesheet.
func CSP() string {
	return "default-src 'none'; style-src " + StyleSource() + "; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
}
