#!/usr/bin/env bash
# Times the conversion of the ByteLyst sample (through bin/compose2helm, as users run it) against a bare JVM start on the same machine and prints
# the ratio. Usage: bench/run.sh [RUNS]   (default 10; builds the jar when it is missing)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
jar="$here/target/compose2helm.jar"
sample="$here/samples/bytelyst/docker-compose.yml"
[[ -f "$jar" ]] || (cd "$here" && mvn -q -B package -DskipTests)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Median wall time in milliseconds of running "$@" $runs times (after one warm-up run).
median_ms() {
  "$@" >/dev/null 2>&1
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

jvm=$(median_ms java -Xshare:auto -version)
convert=$(median_ms "$here/bin/compose2helm" -q "$sample" -o "$out/chart")
echo "runs: $runs (median)"
echo "bare JVM start (java -version): ${jvm} ms"
echo "convert samples/bytelyst:       ${convert} ms"
awk -v c="$convert" -v j="$jvm" 'BEGIN { printf "ratio convert / JVM start:      %.1fx\n", c / j }'
