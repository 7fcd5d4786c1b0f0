#!/usr/bin/env bash
# Where the time of a conversion goes: runs bin/compose2helm with the hidden --timings flag on the
# ByteLyst sample and on a synthetic 1,000-service Compose file (bench/common.sh), each RUNS times
# (re-running over the chart of the run before, as a pre-commit hook does), and prints the median of
# every phase in milliseconds. Phases are wall time on the main thread, nested ones not counted twice;
# "launcher + jvm init" is from the launcher's start to the JVM's, "jvm init to main" the JVM's own
# start up to main().
# Usage: bench/phases.sh [--jdk JAVA_HOME] [RUNS]   (default 7; builds the jar when it is missing)
set -euo pipefail
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-7}"
mkdir -p "$out/s1000"
synthetic 1000 >"$out/s1000/docker-compose.yml"

# One case: a warm-up run (which also lets the launcher make its archive), then RUNS timed ones;
# every phase's values go to $out/<case>.<n>, one per line.
measure() {
  local name="$1" compose="$2" chart="$3" run
  "$here/bin/compose2helm" -q "$compose" -o "$chart" >/dev/null 2>&1 || true
  await_archive
  for ((run = 0; run < runs; run++)); do
    "$here/bin/compose2helm" -q --timings "$compose" -o "$chart" 2>&1 >/dev/null \
      | awk -v dir="$out" -v name="$name" -v first=$((run == 0)) '
          /^compose2helm timings/ { on = 1; next }
          on && NF >= 2 { value = $NF; $NF = ""; sub(/^ +/, ""); sub(/ +$/, "");
                          if (first) print $0 >> (dir "/" name ".order")
                          print value >> (dir "/" name "." $0) }'
  done
}
measure sample "$here/samples/bytelyst/docker-compose.yml" "$out/chart"
measure s1000 "$out/s1000/docker-compose.yml" "$out/s1000/chart"

median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "$("$java" -version 2>&1 | head -1); medians of $runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %10s %16s\n' "phase (ms)" "sample" "1,000 services"
while IFS= read -r phase; do
  printf '%-24s %10s %16s\n' "$phase" "$(median "$out/sample.$phase")" \
    "$( [[ -f "$out/s1000.$phase" ]] && median "$out/s1000.$phase" || echo -)"
done <"$out/sample.order"
