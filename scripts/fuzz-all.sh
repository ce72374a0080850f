#!/usr/bin/env bash
# fuzz-all.sh runs every Fuzz target of the module for a while, two at a
# time with one worker each, at low priority. New crashers land in each
# package's testdata/fuzz/ as regression seeds; commit them with the fix.
#
#   scripts/fuzz-all.sh            # 10 minutes per target
#   FUZZTIME=30s scripts/fuzz-all.sh
set -uo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-10m}
logdir=${LOGDIR:-$(mktemp -d)}
targets=()
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for t in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    targets+=("$pkg $t")
  done
done
run() {
  local pkg=$1 t=$2
  if nice -n 19 go test "$pkg" -run '^$' -fuzz "^$t\$" -fuzztime "$fuzztime" -parallel 1 >"$logdir/$t.log" 2>&1; then
    echo "ok   $t ($(grep -o 'execs: [0-9]*' "$logdir/$t.log" | tail -1))"
  else
    echo "FAIL $t: see $logdir/$t.log"; return 1
  fi
}
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run ${targets[i]} & a=$!
  b=""
  if ((i + 1 < ${#targets[@]})); then run ${targets[i+1]} & b=$!; fi
  wait $a || status=1
  [[ -n $b ]] && { wait $b || status=1; }
done
echo "logs in $logdir"
exit $status
