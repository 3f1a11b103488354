#!/usr/bin/env bash
# Times the JSON reader (release build, `seen summary --format json` on one record whose whole
# text is on one line) over the number of values on the line, the line's length and the share of
# non-ASCII text, to show that reading grows in step with each. Columns on a line with non-ASCII
# text count characters; before the fix each value's column was counted from the line's start.
#
#   bash Benchmarks/json-reader.sh                     # 125 to 1,000 men, notes of 60 and 600
#   bash Benchmarks/json-reader.sh 100 200             # chosen numbers of men
#   SEEN=/tmp/old/seen bash Benchmarks/json-reader.sh  # time another build
#
# Each man answers 11 items with {"answer", "note"}: about 34 values a man, all on one line. The
# notes are ASCII, half non-ASCII or all non-ASCII (Welsh and Polish letters, two bytes each).
# A summary of one record does little besides reading it, so the time is the reader's.
# One run per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(125 250 500 1000)

[ -n "${SEEN:-}" ] || swift build -c release --static-swift-stdlib --product seen >&2
seen="${SEEN:-$PWD/.build/release/seen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_record() { # MEN NOTE-LENGTH SHARE(0, 50, 100)
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
men_count, length, share = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
ascii_text = ("letter sent to his address, no reply yet; ask the GP next time " * 20)[:length]
other_text = ("ŵŷŝżźćńółęą " * 100)[:length]
items = ["identified", "contacted", "views", "history", "substance-use", "mental-health",
         "frustration", "pressures", "agency-checks", "crying-coping", "plan"]
total, men = men_count * len(items), []
for m in range(men_count):
    answers = {}
    for k, item in enumerate(items):
        i = m * len(items) + k
        text = other_text if (i * 100) // total < share else ascii_text
        answers[item] = {"answer": "no", "note": text}
    men.append({"label": f"M{m + 1}", "answers": answers})
print(json.dumps({"format": "seen-review/3", "men": men}, ensure_ascii=False,
                 separators=(", ", ": ")), end="")
PY
}

measure() { # FILE: prints seconds
  /usr/bin/time -f "%e" -o "$work/time" "$seen" summary "$1" --format json \
    > /dev/null 2> "$work/stderr" || head -n 1 "$work/stderr" >&2
  tail -n 1 "$work/time"
}

printf '| men | values | note | line length | ASCII | half non-ASCII | all non-ASCII |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|\n'
for length in 60 600; do
  for n in "${counts[@]}"; do
    mkdir -p "$work/a" "$work/h" "$work/n"
    make_record "$n" "$length" 0 > "$work/a/r.json"
    make_record "$n" "$length" 50 > "$work/h/r.json"
    make_record "$n" "$length" 100 > "$work/n/r.json"
    printf '| %s | %s | %s | %s bytes | %s s | %s s | %s s |\n' "$n" "$((n * 34))" "$length" \
      "$(wc -c < "$work/n/r.json")" "$(measure "$work/a/r.json")" "$(measure "$work/h/r.json")" \
      "$(measure "$work/n/r.json")"
  done
done
