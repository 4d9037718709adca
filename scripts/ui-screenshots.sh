#!/bin/sh
# Drives the web UI in headless Chromium through the whole workflow and saves
# a screenshot of every page at 1280x800 and 390x844 into screenshots/
# (git-ignored). Needs Debian's chromium: apt-get install -y chromium fonts-noto-cjk
set -eu
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
	echo "ui-screenshots: /usr/bin/chromium not found (apt-get install -y chromium fonts-noto-cjk)" >&2
	exit 2
fi
MISHEN_SCREENSHOTS="$(pwd)/screenshots" go test ./internal/web -run '^TestBrowser$' -count=1 -v
ls -1 screenshots/*.png
