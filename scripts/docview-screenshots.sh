#!/bin/sh
# Opens the document view (a file's text with every finding marked in
# place) of a review in headless Chromium through the real server, checks
# the marks and the finding links, and saves screenshots at 1280 wide into
# screenshots/ (git-ignored): docview-1280.png (a Word file with tracked
# changes, comments and hidden text), docview-pdf-1280.png (a PDF with
# its page's image, findings boxed, values painted over) and
# docview-page2-1280.png (the second page of a long text file).
# Needs Debian's chromium and the CJK fonts: apt-get install -y chromium fonts-noto-cjk
set -eu
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
	echo "docview-screenshots: /usr/bin/chromium not found (apt-get install -y chromium fonts-noto-cjk)" >&2
	exit 2
fi
MISHEN_SCREENSHOTS="$(pwd)/screenshots" go test ./internal/web -run '^TestDocumentViewBrowser$' -count=1 -v
ls -1 screenshots/docview-*
