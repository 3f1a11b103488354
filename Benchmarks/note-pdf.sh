#!/usr/bin/env bash
# Times `seen sheet --format pdf` (release build), with peak memory, on records with long notes,
# to show that the PDF writer's cost grows in step with the text it lays out:
#   1. one note of N characters (words and spaces, and one unbroken word) up to the limit
#      (10,000 characters, `Answer.maximumNoteLength`); a longer note is refused when read;
#   2. M men, each with a note at the limit: the same total text as one note of M x 10,000.
#
#   bash Benchmarks/note-pdf.sh                     # the default lengths and men
#   SEEN=/tmp/old/seen bash Benchmarks/note-pdf.sh  # time another build (one without the
#                                                   # limit reads the longer notes too)
#   NOTES="500000 2000000" MEN="50" bash Benchmarks/note-pdf.sh   # chosen sizes
#
# One run per figure; peak memory from GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
read -r -a lengths <<< "${NOTES:-2500 5000 10000 500000 2000000}"
read -r -a menCounts <<< "${MEN:-25 50 100 200}"

[ -n "${SEEN:-}" ] || swift build -c release --static-swift-stdlib --product seen >&2
seen="${SEEN:-$PWD/.build/release/seen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_record() { # MEN LENGTH KIND (words|word)
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
men, n, kind = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
words = "the father was seen at the six week visit and asked about his own support ".split()
if kind == "words":
    text = (" ".join(words) + " ") * (n // 70 + 1)
    note = text[:n].strip() + "x" * (n - len(text[:n].strip()))
else:
    note = "x" * n
print(json.dumps({"format": "seen-review/3", "case": "BENCH", "men": [
    {"label": f"Man {m + 1}", "relationship": "birth-father",
     "answers": {"contacted": {"answer": "no", "note": note}}} for m in range(men)]}))
PY
}

measure() { # COMMAND...: prints "seconds peak-MB exit-code"
  local code=0 t kb
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || code=$?
  read -r t kb < <(tail -n 1 "$work/time")
  echo "$t $(awk "BEGIN {printf \"%.0f\", $kb / 1024}") $code"
}

sheet() { measure "$seen" sheet "$1" --format pdf -o "$work/out.pdf" --force; }

printf '| one note of | words | one unbroken word | exit |\n|---:|---:|---:|---:|\n'
for n in "${lengths[@]}"; do
  make_record 1 "$n" words > "$work/words.json"
  make_record 1 "$n" word > "$work/word.json"
  read -r wt wm code < <(sheet "$work/words.json")
  read -r ut um _ < <(sheet "$work/word.json")
  printf '| %s | %s s, %s MB | %s s, %s MB | %s |\n' "$n" "$wt" "$wm" "$ut" "$um" "$code"
  [ "$code" -eq 0 ] || echo "  $(head -n 1 "$work/stderr")"
done
printf '\n| men, a 10,000-character note each | total | words | exit |\n|---:|---:|---:|---:|\n'
for m in "${menCounts[@]}"; do
  make_record "$m" 10000 words > "$work/men.json"
  read -r t mb code < <(sheet "$work/men.json")
  printf '| %s | %s | %s s, %s MB | %s |\n' "$m" "$((m * 10000))" "$t" "$mb" "$code"
done
