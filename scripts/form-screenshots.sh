#!/bin/sh
# Opens the 保密审查单 of a released review in headless Chromium through the
# real server, saves a screenshot at 1280 wide and the page printed to PDF
# into screenshots/ (git-ignored): form-1280.png and form-print.pdf, and
# the auditor's figures page with its SVG charts, stats-1280.png.
# Needs Debian's chromium and the CJK fonts: apt-get install -y chromium fonts-noto-cjk
set -eu
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
	echo "form-screenshots: /usr/bin/chromium not found (apt-get install -y chromium fonts-noto-cjk)" >&2
	exit 2
fi
MISHEN_SCREENSHOTS="$(pwd)/screenshots" go test ./internal/web -run '^TestFormBrowser$' -count=1 -v
ls -1 screenshots/form-* screenshots/stats-*
