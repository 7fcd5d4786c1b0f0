#!/usr/bin/env bash
# Times compose2helm through bin/compose2helm, as users run it, against a bare JVM start measured in
# the same rounds, and prints medians, ratios and peak RSS. Cases: the ByteLyst sample (re-run over its
# chart, which replays the kept run; the same with kept runs off, which still takes its documents
# from the render cache, as their data is unchanged; after a real edit of one service, which misses
# both; and into a new folder), `check` on its chart (also with kept runs off), and
# synthetic 250/500/1,000-service Compose files (generated here) converted with kept runs off, to
# show that the conversion grows
# linearly with the services, and the 1,000 again as a kept run. Each round runs every case once, in
# turn, so a busy machine slows them all alike; the ratios are the figures to compare between machines.
# Usage: bench/run.sh [--jdk JAVA_HOME] [RUNS]   (default 7; builds the jar when it is missing)
# The JDK is JAVA_HOME's (or --jdk's, which sets JAVA_HOME for the launcher too), else the java on
# PATH; the bare JVM start is timed with the same java. Set COMPOSE2HELM_CDS=off to measure without
# the startup archive.
set -euo pipefail
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-7}"
sample="$here/samples/bytelyst/docker-compose.yml"
cli="$here/bin/compose2helm"
for n in 250 500 1000; do
  mkdir -p "$out/s$n"
  synthetic "$n" >"$out/s$n/docker-compose.yml"
done

names=(jvm sample edited changed fresh check checkoff s250 s500 s1000 k1000)
labels=("bare JVM start (java -version)" "convert samples/bytelyst" "same, kept runs off" \
  "same, after editing one service" "same, into a new folder" \
  "check samples/bytelyst" "same, kept runs off" \
  "convert 250 services, kept runs off" "convert 500 services, kept runs off" "convert 1,000 services, kept runs off" \
  "convert 1,000 services")
command_of() {
  case "$1" in
    jvm) echo "$java -Xshare:auto -version" ;;
    sample) echo "$cli -q $sample -o $out/chart" ;;
    edited) echo "env COMPOSE2HELM_KEPT_RUNS=off $cli -q $sample -o $out/chart" ;;
    changed) echo "$cli -q $out/changed/docker-compose.yml -o $out/changed/chart" ;;
    fresh) echo "$cli -q $sample -o $out/fresh" ;;
    check) echo "$cli check -q $sample -o $out/chart" ;;
    checkoff) echo "env COMPOSE2HELM_KEPT_RUNS=off $cli check -q $sample -o $out/chart" ;;
    s*) echo "env COMPOSE2HELM_KEPT_RUNS=off $cli -q $out/${1}/docker-compose.yml -o $out/${1}/chart" ;;
    k1000) echo "$cli -q $out/s1000/docker-compose.yml -o $out/s1000/chart" ;;
  esac
}
# "changed" converts a copy of the sample in which one service's environment gets a new value before
# every run, as after a real edit: the kept run and the render cache's documents both miss (only the
# built-in templates, which do not depend on the services, still come from the cache).
cp -R "$here/samples/bytelyst" "$out/changed"
# The new value is the time of day to the microsecond: a value of an earlier benchmark run would find
# that run's documents in the render cache.
edit_one_service() {
  sed -i "0,/NODE_ENV: production[0-9]*/s//NODE_ENV: production${EPOCHREALTIME/./}/" "$out/changed/docker-compose.yml"
}
has_time=false
[[ -x /usr/bin/time ]] && has_time=true

# One run of a case; appends its wall milliseconds to $out/<case>.ms, and with /usr/bin/time its peak
# RSS (KiB) to .rss and its CPU milliseconds (user + system, every thread) to .cpu: on a loaded machine
# the CPU time stays steady where the wall time does not.
run_once() {
  local name="$1" start end
  # "fresh" is a first conversion: the other cases re-run over the chart of the round before (as a
  # pre-commit hook does), which leaves an unchanged chart untouched.
  [[ "$name" == fresh ]] && rm -rf "$out/fresh"
  [[ "$name" == changed ]] && edit_one_service
  # shellcheck disable=SC2046
  if $has_time; then
    start=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$out/$name.last" $(command_of "$name") >/dev/null 2>&1
    end=$(date +%s%N)
    awk '{ print $1 >> rss; printf "%d\n", ($2 + $3) * 1000 >> cpu }' rss="$out/$name.rss" cpu="$out/$name.cpu" \
      "$out/$name.last"
  else
    start=$(date +%s%N)
    $(command_of "$name") >/dev/null 2>&1
    end=$(date +%s%N)
  fi
  echo $(((end - start) / 1000000)) >>"$out/$name.ms"
}

# A warm-up round (which also lets the launcher build its archive), then $runs timed rounds.
for name in "${names[@]}"; do $(command_of "$name") >/dev/null 2>&1 || true; done
await_archive
for _ in $(seq "$runs"); do
  for name in "${names[@]}"; do run_once "$name"; done
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
maximum() { sort -n "$1" | tail -1; }
jvm=$(median "$out/jvm.ms")
# Whether the launcher ran the trimmed runtime (target/runtime): only when it was made from this java.
runtime=no
made_from="$(head -1 "$here/target/runtime/compose2helm-jdk" 2>/dev/null || true)"
if [[ -n "$made_from" && "$(stat -L -c '%s-%.9Y-%i' "$(command -v "$java")" 2>/dev/null)" == "$made_from" ]]; then
  runtime=yes
fi
echo "$("$java" -version 2>&1 | head -1); rounds: $runs (medians), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), startup archive ${COMPOSE2HELM_CDS:-on}, trimmed runtime $runtime"
jvm_cpu=1
$has_time && jvm_cpu=$(median "$out/jvm.cpu")
printf '%-40s %8s %8s %8s %8s %12s\n' case "wall ms" "x JVM" "CPU ms" "x JVM" "peak RSS MiB"
ratio() { awk -v c="$1" -v j="$2" 'BEGIN { printf "%.1f", c / (j > 0 ? j : 1) }'; }
for i in "${!names[@]}"; do
  name="${names[$i]}"
  ms=$(median "$out/$name.ms")
  cpu="n/a" cpu_ratio="n/a" rss="n/a"
  if $has_time; then
    cpu=$(median "$out/$name.cpu")
    cpu_ratio=$(ratio "$cpu" "$jvm_cpu")
    rss=$(awk -v k="$(maximum "$out/$name.rss")" 'BEGIN { printf "%.0f", k / 1024 }')
  fi
  printf '%-40s %8d %8s %8s %8s %12s\n' "${labels[$i]}" "$ms" "$(ratio "$ms" "$jvm")" "$cpu" "$cpu_ratio" "$rss"
done
awk -v a="$(median "$out/s1000.ms")" -v b="$(median "$out/s500.ms")" \
  'BEGIN { printf "ratio 1,000 / 500 services (kept runs off): %.2f\n", a / b }'
