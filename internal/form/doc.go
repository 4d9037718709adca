// Package form builds the 保密审查单, the review form a government office
// files for each item it publishes: the draft (title, 文号, submitting
// unit and person, files with their hashes), what the machine found,
// each reviewer's opinion with name and time, the release decision, the
// legal basis, and lines for the signatures of 审查人, 部门负责人 and
// 保密办.
//
// The form is built from a review and the events of its history (Build);
// the events are the source of truth, as they are for releases: opinions,
// dismissals, the decision and the releases are read from the signed
// log, and a stored record that disagrees with it is named on the form.
// It is written as one self-contained HTML page with a print stylesheet
// (WriteHTML; A4, no script, no outside resource), and printed to PDF by
// Chromium where it is installed (Printer).
//
// Caveats: mishen keeps no text of a draft, so the 文号 is taken from the
// scanned event's doc_number detail when the scan recorded one, else
// looked for in what the review keeps: the title, the file names and the
// findings' excerpts; when none carries one the line is left blank to be
// filled in by hand.
// The unit is read from the submitter's token name (张三@办公室).
package form
