#!/bin/sh
# bench/run.sh [N] — batch throughput of minutes extract on N documents
# (default 10,000) made from the bundled testdata, each slightly varied.
# Prints documents/s, MB/s and peak RSS for --jobs 1, --jobs $(nproc) and
# JSON Lines to /dev/null, the 1→N speed-up, and HTML extraction time over
# a bare goquery parse of the same pages. Everything is built and written
# under a temporary directory that is removed at the end. At 1–3 MB/s a
# core the default 10,000 documents (108 MB) take about 5–10 minutes on 2
# cores; pass a smaller N (bench/run.sh 1000) for a quick look.
set -eu

N=${1:-10000}
case $N in '' | *[!0-9]*) echo "usage: bench/run.sh [N]  (N documents, default 10000)" >&2; exit 2 ;; esac
TIME=/usr/bin/time
if ! [ -x "$TIME" ] || ! "$TIME" -v true >/dev/null 2>&1; then
	echo "bench/run.sh: needs GNU time at $TIME for peak memory (Debian/Ubuntu: apt-get install -y time)" >&2
	exit 1
fi
cd "$(dirname "$0")/.."
CORES=$(nproc)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

go build -o "$TMP/minutes" ./cmd/minutes
go build -o "$TMP/parsefloor" ./bench/parsefloor
go run ./bench/mkcorpus -n "$N" -o "$TMP/corpus"
BYTES=$(find "$TMP/corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
find "$TMP/corpus" -name '*.html' | sort >"$TMP/html.list"
HTML_BYTES=$(xargs stat -c %s <"$TMP/html.list" | awk '{s += $1} END {print s}')
echo "corpus: $N documents, $(echo "$BYTES" | awk '{printf "%.1f", $1 / 1e6}') MB ($(wc -l <"$TMP/html.list") HTML); $CORES cores"

# run NAME CMD...: time CMD, keep wall seconds and peak RSS (KB) in $TMP/NAME.
run() {
	name=$1
	shift
	"$TIME" -v -o "$TMP/$name.time" "$@" 2>"$TMP/$name.err" || {
		echo "bench/run.sh: $name failed:" >&2
		tail -5 "$TMP/$name.err" >&2
		exit 1
	}
	awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}
		/Maximum resident set size/ {print $2}' "$TMP/$name.time" >"$TMP/$name.val"
}
secs() { sed -n 1p "$TMP/$1.val"; }
rss() { sed -n 2p "$TMP/$1.val"; }
line() {
	printf '%-22s %7.2f s %8.0f docs/s %7.2f MB/s %6.1f MB peak RSS\n' "$1" "$(secs "$2")" \
		"$(echo "$N $(secs "$2")" | awk '{print $1 / $2}')" \
		"$(echo "$BYTES $(secs "$2")" | awk '{print $1 / 1e6 / $2}')" \
		"$(echo "$(rss "$2")" | awk '{print $1 / 1024}')"
}

run jobs1 "$TMP/minutes" extract --jobs 1 -o "$TMP/out1" "$TMP/corpus"
run jobsN "$TMP/minutes" extract --jobs "$CORES" -o "$TMP/outN" "$TMP/corpus"
run jsonl sh -c "'$TMP/minutes' extract --jobs $CORES '$TMP/corpus' >/dev/null"
diff -r "$TMP/out1" "$TMP/outN" >/dev/null || echo "bench/run.sh: WARNING: --jobs 1 and --jobs $CORES wrote different records" >&2

# HTML extraction against the parse floor, both on one core.
run html "$TMP/minutes" extract --jobs 1 --files-from "$TMP/html.list" -o "$TMP/outH"
set -- $("$TMP/parsefloor" "$TMP/corpus")
FLOOR=$3

echo
line "extract -o, --jobs 1" jobs1
line "extract -o, --jobs $CORES" jobsN
line "JSONL, --jobs $CORES" jsonl
echo "speed-up 1→$CORES: $(echo "$(secs jobs1) $(secs jobsN)" | awk '{printf "%.2f", $1 / $2}')×"
echo "HTML: extract $(secs html) s vs goquery parse $FLOOR s for $1 pages ($(echo "$HTML_BYTES" | awk '{printf "%.1f", $1 / 1e6}') MB): $(echo "$(secs html) $FLOOR" | awk '{printf "%.1f", $1 / $2}')× the parse floor"
echo "(extract's time includes reading files, JSON encoding, validation and process start; the floor is the parse alone)"
