#!/usr/bin/env bash
# Times `seen actions` (release build) over 1,000 synthetic review records with agreed actions
# (generate-reviews.py --actions, seeded), and checks its order against a reference worked out
# independently in Python from the JSON files: overdue first (the most overdue first), then by
# due date, then by case reference and number. Today is fixed with SEEN_TODAY.
#
#   bash Benchmarks/actions.sh            # 1,000 records
#   bash Benchmarks/actions.sh 10000      # another number
#   BENCH_DIR=/tmp/bench bash Benchmarks/actions.sh  # keep the generated files there and reuse them
#
# Prints the number of actions, the median of three timed runs (wall clock) as text (the
# default) and as CSV, and whether every row matched the reference in the same order (in CSV:
# case, number, due date, state, days overdue; in the text: case and number).
# Exits 1 when the order differs or the median is 1 s or more.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
today="2026-12-03"

swift build -c release --product seen >&2
seen="$PWD/.build/release/seen"
work="${BENCH_DIR:-$(mktemp -d)}"
trap '[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"' EXIT
records="$work/actions-$count"
[ -d "$records" ] || python3 Benchmarks/generate-reviews.py "$count" "$records" 2021 --actions

# The reference: every action of every record, in the order the issue asks for, from the JSON
# alone (Python's datetime for the days, its string order for case references).
python3 - "$records" "$today" > "$work/reference.csv" <<'PY'
import datetime, json, os, sys
folder, today = sys.argv[1], datetime.date.fromisoformat(sys.argv[2])
rows = []
for name in os.listdir(folder):
    if not name.endswith(".json"):
        continue
    with open(os.path.join(folder, name), encoding="utf-8") as handle:
        record = json.load(handle)
    for number, action in enumerate(record.get("actions", []), start=1):
        due = datetime.date.fromisoformat(action["due"])
        state = action.get("state", "open")
        overdue = (today - due).days if state == "open" and due < today else None
        rows.append((overdue is None, action["due"], record.get("case") or "", number,
                     state, "" if overdue is None else str(overdue)))
rows.sort(key=lambda row: row[:4])
for row in rows:
    print(",".join([row[2], str(row[3]), row[1], row[4], row[5]]))
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# timed FORMAT: the median wall-clock seconds of three runs of `seen actions` in that format,
# the output left in $work/seen.FORMAT.
timed() {
  local times=() start end
  for _ in 1 2 3; do
    start=$(date +%s.%N)
    SEEN_TODAY="$today" "$seen" actions "$records" --format "$1" > "$work/seen.$1"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | median
}
text_seconds=$(timed text)
csv_seconds=$(timed csv)

# case, number, due, state, overdue_days: columns 1, 2, 6, 7, 8 of seen's CSV (no field before
# them holds a comma: the generated words have none).
tail -n +2 "$work/seen.csv" | tr -d '\r' | awk -F, '{print $1","$2","$6","$7","$8}' > "$work/seen-rows.csv"
actions=$(wc -l < "$work/reference.csv")
if cmp -s "$work/reference.csv" "$work/seen-rows.csv"; then matched=yes; else matched=no; fi
overdue=$(awk -F, '$5 != ""' "$work/reference.csv" | wc -l)
# The text lists the same actions in the same order: its "Case X, action N" leads.
grep -o 'Case [^,]*, action [0-9]*' "$work/seen.text" | sed 's/^Case //; s/, action /,/' > "$work/text-rows.csv"
if cut -d, -f1,2 "$work/reference.csv" | cmp -s - "$work/text-rows.csv"; then text_matched=yes; else text_matched=no; fi
printf 'seen actions over %d records: %d actions (%d overdue); median of 3 runs: %.3f s as text (the default), %.3f s as CSV; order matches the Python reference: CSV %s, text %s\n' \
  "$count" "$actions" "$overdue" "$text_seconds" "$csv_seconds" "$matched" "$text_matched"
[ "$matched" = yes ] && [ "$text_matched" = yes ] || {
  diff "$work/reference.csv" "$work/seen-rows.csv" | head -20 >&2
  exit 1
}
awk -v a="$text_seconds" -v b="$csv_seconds" 'BEGIN { exit !(a < 1 && b < 1) }' || { echo "slower than 1 s" >&2; exit 1; }
