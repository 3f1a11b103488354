#!/usr/bin/env bash
# Times `seen summary` (release build) over 1,000, 10,000 and 100,000 synthetic review records,
# next to the same counts done by jq and the `cat` floor, with peak memory of each; then
# `seen summary --by cohort` over the same numbers of records in up to 20,000 cohorts (one
# group each), next to `cat` over those files.
#
#   bash Benchmarks/summary.sh              # all three sizes
#   bash Benchmarks/summary.sh 1000 10000   # chosen sizes
#   COHORTS=5000 bash Benchmarks/summary.sh # another number of groups (20,000 by default)
#   NO_JQ=1 bash Benchmarks/summary.sh      # without jq (80 s a run at 100,000 files)
#   BENCH_DIR=/tmp/bench bash Benchmarks/summary.sh  # keep the generated files there and reuse them
#
# Needs python3 (to generate the records) and jq and GNU time (installed from Debian's packages
# when missing and run as root). Each figure is the median of three runs, `cat` and seen taking
# turns, so that both see the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

need=()
[ -n "${NO_JQ:-}" ] || command -v jq >/dev/null || need+=(jq)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null
fi

swift build -c release --static-swift-stdlib --product seen >&2
seen="$PWD/.build/release/seen"
work="${BENCH_DIR:-$(mktemp -d)}"
trap '[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"' EXIT

# The counts seen gives in items[] and riskFactors[]: every answer of every man, case-level
# answers once per review, and unanswered items, done the jq way.
jq_program='
  def value: if type == "object" then .answer else . end;
  reduce inputs as $r ({reviews: 0, men: 0, answers: {}};
    .reviews += 1
    | .men += ($r.men | length)
    | reduce ($r.men[]?.answers // {} | to_entries[]) as $a (.; .answers[$a.key + "=" + ($a.value | value | tostring)] += 1)
    | reduce ($r.answers // {} | to_entries[]) as $a (.; .answers[$a.key + "=" + ($a.value | value | tostring)] += 1))'

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure COMMAND...: prints "seconds peak-KB" (medians of three runs)
measure() {
  local times=() mems=()
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>> "$work/stderr"
    read -r t m < "$work/time"
    times+=("$t"); mems+=("$m")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}

# pair FOLDER SEEN-ARGUMENTS...: prints "cat-seconds seen-seconds seen-peak-KB seen-cpu-seconds
# cat-cpu-seconds", medians of three rounds, each round timing cat then seen, so that a busy
# moment falls on both. CPU time (user and system, on every core) is the work done, whatever
# else runs; cat's includes find's and xargs's.
pair() {
  local folder="$1"; shift
  local cats=() seens=() mems=() cpus=() catcpus=()
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S" -o "$work/time" sh -c "find '$folder' -name '*.json' -print0 | xargs -0 cat" > /dev/null
    read -r t u s < "$work/time"
    cats+=("$t"); catcpus+=("$(awk "BEGIN {print $u + $s}")")
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$seen" summary "$folder" "$@" > /dev/null 2>> "$work/stderr"
    read -r t m u s < "$work/time"
    seens+=("$t"); mems+=("$m"); cpus+=("$(awk "BEGIN {print $u + $s}")")
  done
  echo "$(printf '%s\n' "${cats[@]}" | median) $(printf '%s\n' "${seens[@]}" | median)" \
    "$(printf '%s\n' "${mems[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${catcpus[@]}" | median)"
}

ratio() { awk "BEGIN {printf \"%.2fx\", $1 / ($2 > 0 ? $2 : 0.01)}"; }

# Other work on the machine slows seen (on every core) more than cat (on one): say how busy it was.
echo "$(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "seen summary --format json"
printf '%-8s %10s %10s %10s %8s %8s %12s %12s %10s %10s %8s\n' files "cat s" "seen s" "jq s" "seen/cat" "jq/seen" "seen peak" "jq peak" "seen cpu s" "cat cpu s" "cpu/cpu"
for n in "${sizes[@]}"; do
  folder="$work/$n"
  [ -d "$folder" ] || python3 Benchmarks/generate-reviews.py "$n" "$folder"
  read -r cat_s seen_s seen_kb seen_cpu cat_cpu < <(pair "$folder" --format json)
  jq_s=-; jq_kb=-; jq_ratio=-
  if [ -z "${NO_JQ:-}" ]; then
    read -r jq_s jq_kb < <(measure sh -c "find '$folder' -name '*.json' -print0 | xargs -0 cat | jq -n '$jq_program'")
    jq_ratio="$(ratio "$jq_s" "$seen_s")"
  fi
  printf '%-8s %10s %10s %10s %8s %8s %10s KB %10s KB %10s %10s %8s\n' "$n" "$cat_s" "$seen_s" \
    "$jq_s" "$(ratio "$seen_s" "$cat_s")" "$jq_ratio" "$seen_kb" "$jq_kb" "$seen_cpu" "$cat_cpu" \
    "$(ratio "$seen_cpu" "$cat_cpu")"
done

cohorts="${COHORTS:-20000}"
echo
echo "seen summary --by cohort --format json"
printf '%-8s %8s %10s %10s %8s %12s %10s %10s\n' files groups "cat s" "seen s" "seen/cat" "seen peak" "seen cpu s" "cat cpu s"
for n in "${sizes[@]}"; do
  folder="$work/$n-cohorts-$cohorts"
  [ -d "$folder" ] || python3 Benchmarks/generate-reviews.py "$n" "$folder" --cohorts "$cohorts"
  read -r cat_s seen_s seen_kb seen_cpu cat_cpu < <(pair "$folder" --by cohort --format json)
  printf '%-8s %8s %10s %10s %8s %10s KB %10s %10s\n' "$n" "$((n < cohorts ? n : cohorts))" \
    "$cat_s" "$seen_s" "$(ratio "$seen_s" "$cat_s")" "$seen_kb" "$seen_cpu" "$cat_cpu"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
