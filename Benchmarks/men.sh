#!/usr/bin/env bash
# Times `seen report` (release build), with its peak memory, on one record of N men, in the brief
# and full text forms and as JSON, to show that reading a record and reporting on it grow in
# step with the number of men.
#
#   bash Benchmarks/men.sh                       # 5,000, 20,000 and 100,000 men
#   bash Benchmarks/men.sh 1000 2000 4000        # chosen sizes
#   SEEN=/tmp/old/seen bash Benchmarks/men.sh    # time another build (say, one before a change)
#
# Each man has a label, a relationship and three answers (one with a note), so that a record of
# 100,000 men stays under the 16 MB input limit, and every other item is a gap for him: the
# largest report per byte of record. One run per figure; peak memory from GNU time. A size over
# the limit (`ReviewRecord.maximumMen`) shows the one-line refusal and its exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000 20000 100000)

[ -n "${SEEN:-}" ] || swift build -c release --static-swift-stdlib --product seen >&2
seen="${SEEN:-$PWD/.build/release/seen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_record() {
  python3 - "$1" <<'PY'
import json, sys
n = int(sys.argv[1])
men = [{"label": f"M{i + 1}", "relationship": "other-male-carer",
        "answers": {"identified": "yes", "contacted": {"answer": "no", "note": "letter sent"},
                    "safety": ["yes", "no", "unknown"][i % 3]}} for i in range(n)]
print(json.dumps({"format": "seen-review/3", "case": "BENCH", "men": men,
                  "answers": {"mother-asked-alone": "yes"}}, separators=(",", ":")))
PY
}

# measure COMMAND...: prints "seconds peak-MB exit-code"
measure() {
  local code=0 t kb
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || code=$?
  read -r t kb < <(tail -n 1 "$work/time")
  echo "$t $(awk "BEGIN {printf \"%.0f\", $kb / 1024}") $code"
}

printf '| men | record | brief text | full text | JSON | exit |\n|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  make_record "$n" > "$work/r.json"
  size=$(awk "BEGIN {printf \"%.1f MB\", $(wc -c < "$work/r.json") / 1048576}")
  read -r bt bm code < <(measure "$seen" report "$work/r.json" --no-pager)
  read -r ft fm _ < <(measure "$seen" report "$work/r.json" --detail full --no-pager)
  read -r jt jm _ < <(measure "$seen" report "$work/r.json" --format json --no-pager)
  printf '| %s | %s | %s s, %s MB | %s s, %s MB | %s s, %s MB | %s |\n' \
    "$n" "$size" "$bt" "$bm" "$ft" "$fm" "$jt" "$jm" "$code"
  [ "$code" -eq 0 ] || echo "  $(head -n 1 "$work/stderr")"
done
