#!/usr/bin/env bash
# A/B: times this checkout's build (A) against another checkout's (B) on one case, both through their
# own bin/compose2helm, in alternating order (A then B, then B then A) with a bare JVM start in every
# round, and prints the medians and the paired difference B - A. On a noisy machine a change of a few
# per cent shows only this way: two separate bench/run.sh runs differ by more than that, as the
# machine's speed drifts over minutes. Each side runs from a scratch copy of its launcher, jar and
# samples, with its own startup archive (made from its own sample, in a scratch cache folder, so the
# user's is left alone) and its own render cache; both convert copies of this checkout's inputs.
# B is typically a git worktree of another commit, or a copy whose launcher was edited, built with
# mvn -q -B package -DskipTests. Comparing a checkout with itself shows the noise floor.
# Usage: bench/ab.sh [--jdk JAVA_HOME] [--case edit|off|replay|check|s1000|s1000-cold] OTHER_CHECKOUT [ROUNDS]
# Cases: edit (the sample after an edit of one service, the default), off (the sample, kept runs
# off), replay (the sample re-run unchanged, which replays the kept run), check (check on the
# sample, kept runs off), s1000 (1,000 services, kept runs off), s1000-cold (the same without the
# render cache, as a first run: every document is made).
# ROUNDS defaults to 31.
set -euo pipefail
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
case_name=edit
if [[ "${1:-}" == --case ]]; then
  case_name="${2:?--case needs one of edit, off, replay, check, s1000, s1000-cold}"
  shift 2
fi
case "$case_name" in
  edit | off | replay | check | s1000 | s1000-cold) ;;
  *) echo "bench/ab.sh: unknown case $case_name (edit, off, replay, check, s1000, s1000-cold)" >&2; exit 2 ;;
esac
other="${1:?usage: bench/ab.sh [--jdk JAVA_HOME] [--case edit|off|replay|check|s1000|s1000-cold] OTHER_CHECKOUT [ROUNDS]}"
runs="${2:-31}"
if [[ ! -f "$other/target/compose2helm.jar" || ! -f "$other/bin/compose2helm" ]]; then
  echo "bench/ab.sh: $other has no bin/compose2helm and target/compose2helm.jar; build it with: mvn -q -B package -DskipTests" >&2
  exit 2
fi
other="$(cd "$other" && pwd)"
export XDG_CACHE_HOME="$out/cache"
synthetic 1000 >"$out/s1000.yml"

# A side: the launcher, jar and samples of one checkout, and a copy of this checkout's sample to work on.
make_side() {
  local side="$out/$1" checkout="$2"
  mkdir -p "$side/bin" "$side/target"
  cp "$checkout/bin/compose2helm" "$side/bin/"
  cp "$checkout/target/compose2helm.jar" "$side/target/"
  # The trimmed runtime mvn package made, if any (the launcher runs it when it matches the JDK).
  if [[ -d "$checkout/target/runtime" ]]; then
    ln -s "$checkout/target/runtime" "$side/target/runtime"
  fi
  cp -R "$checkout/samples" "$side/"
  cp -R "$here/samples/bytelyst" "$side/work"
}
make_side A "$here"
make_side B "$other"

# One run of the case on one side; appends its wall milliseconds to $out/<side>.ms and, with
# /usr/bin/time, its CPU milliseconds (user + system, every thread) to $out/<side>.cpu and its peak
# RSS (KiB) to $out/<side>.rss.
run_side() {
  local side="$out/$1" start end status=0
  local -a command=(env "COMPOSE2HELM_RENDER_CACHE=$side/render")
  case "$case_name" in
    edit)
      # A value no earlier run had: the kept run and the render cache's documents both miss.
      sed -i "0,/NODE_ENV: production[0-9]*/s//NODE_ENV: production${EPOCHREALTIME/./}/" "$side/work/docker-compose.yml"
      command+=("$side/bin/compose2helm" -q "$side/work/docker-compose.yml" -o "$side/work/chart") ;;
    off) command+=(COMPOSE2HELM_KEPT_RUNS=off "$side/bin/compose2helm" -q "$side/work/docker-compose.yml" -o "$side/work/chart") ;;
    replay) command+=("$side/bin/compose2helm" -q "$side/work/docker-compose.yml" -o "$side/work/chart") ;;
    check) command+=(COMPOSE2HELM_KEPT_RUNS=off "$side/bin/compose2helm" check -q "$side/work/docker-compose.yml" -o "$side/work/chart") ;;
    s1000) command+=(COMPOSE2HELM_KEPT_RUNS=off "$side/bin/compose2helm" -q "$out/s1000.yml" -o "$side/s1000") ;;
    s1000-cold) command+=(COMPOSE2HELM_KEPT_RUNS=off COMPOSE2HELM_RENDER_CACHE= "$side/bin/compose2helm" -q "$out/s1000.yml" -o "$side/s1000") ;;
  esac
  if [[ -x /usr/bin/time ]]; then
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$out/$1.last" "${command[@]}" >/dev/null 2>"$out/$1.err" || status=$?
    end=$(date +%s%N)
    # time's own line ("Command exited with non-zero status") comes first when the run failed.
    tail -1 "$out/$1.last" | awk '{ printf "%d\n", ($1 + $2) * 1000 >> cpu; print $3 >> rss }' cpu="$out/$1.cpu" rss="$out/$1.rss"
  else
    start=$(date +%s%N)
    "${command[@]}" >/dev/null 2>"$out/$1.err" || status=$?
    end=$(date +%s%N)
  fi
  # A failing build's times mean nothing.
  if ((status != 0)); then
    echo "bench/ab.sh: side $1 ($case_name) exited with $status:" >&2
    head -5 "$out/$1.err" >&2
    exit 1
  fi
  echo $(((end - start) / 1000000)) >>"$out/$1.ms"
}

# A first conversion on each side (after which its launcher makes its archive; check needs the
# chart), a warm-up run of the case, then the timed rounds.
for side in A B; do
  "$out/$side/bin/compose2helm" -q "$out/$side/work/docker-compose.yml" -o "$out/$side/work/chart" >/dev/null 2>&1 || true
done
await_archive
for side in A B; do run_side "$side"; done
rm -f "$out"/[AB].ms "$out"/[AB].cpu "$out"/[AB].rss
for ((round = 0; round < runs; round++)); do
  # Timed as the sides are, through /usr/bin/time when there is one.
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -o /dev/null "$java" -Xshare:auto -version >/dev/null 2>&1
  else
    "$java" -Xshare:auto -version >/dev/null 2>&1
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000000)) >>"$out/jvm.ms"
  if ((round % 2 == 0)); then
    run_side A
    run_side B
  else
    run_side B
    run_side A
  fi
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The median and quartiles of B - A, round by round, of one measure (ms or cpu).
paired() {
  paste "$out/A.$1" "$out/B.$1" | awk '{print $2 - $1}' | sort -n \
    | awk '{d[NR]=$1} END {printf "median %+d ms (quartiles %+d / %+d)", d[int((NR+1)/2)], d[int(NR/4)+1], d[int(3*NR/4)+1]}'
}
jvm=$(median "$out/jvm.ms")
echo "$("$java" -version 2>&1 | head -1); case $case_name; rounds: $runs; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %8d ms\n' "bare JVM start (java -version)" "$jvm"
for side in A B; do
  label="A: $here"
  [[ "$side" == B ]] && label="B: $other"
  ms=$(median "$out/$side.ms")
  cpu=""
  [[ -s "$out/$side.cpu" ]] && cpu="   CPU $(median "$out/$side.cpu") ms   peak RSS $(sort -n "$out/$side.rss" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }') MiB"
  printf '%-40s %8d ms %6sx JVM%s\n' "${label:0:40}" "$ms" "$(awk -v m="$ms" -v j="$jvm" 'BEGIN { printf "%.2f", m / (j > 0 ? j : 1) }')" "$cpu"
done
echo "B - A, paired by round: wall $(paired ms)"
[[ -s "$out/A.cpu" ]] && echo "B - A, paired by round: CPU  $(paired cpu)"
exit 0
