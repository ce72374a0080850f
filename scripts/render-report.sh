#!/usr/bin/env bash
# render-report.sh renders an HTML report of minutes diff or track to PNG
# with headless Chromium, to look at it as a reader would.
#
#   scripts/render-report.sh report.html [out.png]
#   minutes diff --format html old.txt new.txt > r.html && scripts/render-report.sh r.html
#
# Needs Debian's chromium (apt-get install -y chromium). The browser runs
# with networking features off: the report must need nothing from outside.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
	echo "usage: $0 REPORT.html [OUT.png]" >&2
	exit 2
fi
report=$1
out=${2:-${report%.html}.png}
if [[ ! -f $report ]]; then
	echo "$0: $report: no such file" >&2
	exit 2
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
	echo "$0: chromium not found: apt-get install -y chromium" >&2
	exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
outabs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
	--disable-component-update --disable-sync --no-first-run \
	--user-data-dir="$profile" --screenshot="$outabs" --window-size=1200,1600 \
	"file://$abs" >/dev/null 2>&1
echo "$outabs"
