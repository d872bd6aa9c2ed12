#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Measures the workbench's cold start: from `./segsense workbench` to its window "SegSense" being mapped
# with the SegSense perspective's Project Explorer in it (the window title and a fresh workspace each run).
# Needs a display (run under xvfb-run) and xwininfo. Usage: workbench-start-time.sh [RUNS]   (default 3)
# Prints one line per run and the median in seconds.
set -uo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"
times=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/ws"
  start=$(date +%s.%N)
  "$repo/segsense" workbench --data "$work/ws" >"$work/log" 2>&1 &
  pid=$!
  t=""
  for _ in $(seq 1 1200); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"SegSense'; then t=$(echo "$(date +%s.%N) - $start" | bc); break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  for _ in $(seq 1 200); do [ -d "$work/ws/.metadata/.plugins/org.eclipse.core.resources" ] && break; sleep 0.05; done
  pkill -P "$pid" 2>/dev/null; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  if [ -z "$t" ]; then echo "run $i: no window (log below)"; tail -20 "$work/log"; exit 1; fi
  if [ ! -d "$work/ws/.metadata/.plugins/org.eclipse.core.resources" ]; then echo "run $i: the workspace was not created (org.eclipse.core.resources did not start)"; exit 1; fi
  printf 'run %d: %.2f s\n' "$i" "$t"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median: %.2f s over %d cold starts\n", a[int((NR+1)/2)], NR}'
