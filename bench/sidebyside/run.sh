#!/bin/sh
# bench/sidebyside/run.sh [DOCS GOLD]: score our figures and dates against
# chrono-node (dates) and compromise (figures) on the same documents.
# With no arguments it runs ../shared/seeds against ../shared/gold/seeds and
# ../shared/corpus against ../shared/gold/corpus (relative to the repo root).
# PER_DOC=1 also lists each side's misses and extras for figures and dates;
# PRED=DIR keeps the general-purpose records in DIR/SET/NAME.json.
# Needs go, node, npm and python3; installs the npm packages from
# package-lock.json (npm ci) when node_modules is missing.
set -eu

abs() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
if [ $# -eq 2 ]; then
	set -- "$(abs "$1")" "$(abs "$2")"
elif [ $# -ne 0 ]; then
	echo "usage: bench/sidebyside/run.sh [DOCS GOLD]" >&2
	exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE/../.."
[ $# -eq 2 ] || set -- ../shared/seeds ../shared/gold/seeds ../shared/corpus ../shared/gold/corpus
SCORE=../shared/eval/score.py

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
go build -o "$tmp/minutes" ./cmd/minutes
[ -d "$HERE/node_modules" ] || (cd "$HERE" && npm ci --silent --no-audit --no-fund)

# table LABEL SCORE-ARGS...: the scorer's summary, cut to the figures and dates
# rows (and, with PER_DOC=1, the per-document misses and extras for them).
table() {
	label=$1
	shift
	echo "-- $label"
	if [ "${PER_DOC:-}" = 1 ]; then
		python3 "$SCORE" "$@" --per-doc | grep -E '^(==|    (contract|missed (figures|dates)|extra  (figures|dates)))'
	fi
	python3 "$SCORE" "$@" | grep -E '^([0-9]+ documents,|(field|figures|dates) )'
}

while [ $# -ge 2 ]; do
	docs=$1 gold=$2
	shift 2
	set_name=$(basename "$docs")
	pred=${PRED:+$PRED/$set_name}
	pred=${pred:-$tmp/pred/$set_name}
	mkdir -p "$pred"
	for g in "$gold"/*.json; do
		name=$(basename "$g" .json)
		doc=$docs/$name.txt
		[ -f "$doc" ] || doc=$docs/$name.html
		if ! "$tmp/minutes" extract --compact "$doc" >"$tmp/ours.json"; then
			echo "run.sh: minutes extract failed on $doc" >&2
			continue
		fi
		node "$HERE/extract.mjs" <"$tmp/ours.json" >"$pred/$name.json"
	done
	# Their records must be contract-shaped: the schema, then the scorer's span checks.
	"$tmp/minutes" validate "$pred"/*.json >/dev/null || echo "run.sh: some records in $pred fail the schema" >&2
	echo "== $set_name ($docs, gold $gold)"
	table "ours (minutes extract)" --bin "$tmp/minutes" --docs "$docs" --gold "$gold"
	table "chrono-node 2.10.3 (dates) + compromise 14.17.0 (figures)" --pred "$pred" --gold "$gold"
	echo
done
