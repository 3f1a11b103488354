#!/usr/bin/env bash
# Times `seen sheet --format pdf` (release build) on a record whose one note is N characters
# long (words and spaces, and once as one unbroken word), with peak memory, to show that the PDF
# writer's cost grows in step with a note's length.
#
#   bash Benchmarks/note-pdf.sh                      # 10,000 (the limit), 100,000 ... 2,000,000
#   bash Benchmarks/note-pdf.sh 100000 200000        # chosen lengths
#
# A note longer than the limit (Answer.maximumNoteLength) is refused where a record is read, so
# lengths above it time the PDF writer directly through the benchmark's own record reader
# bypass: SEEN_BENCH_UNLIMITED_NOTES is not a thing; they show the refusal and its exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
lengths=("$@")
[ ${#lengths[@]} -gt 0 ] || lengths=(10000 100000 500000 1000000 2000000)

# SEEN=/path/to/seen times another build (such as one from before a change) instead.
[ -n "${SEEN:-}" ] || swift build -c release --static-swift-stdlib --product seen >&2
seen="${SEEN:-$PWD/.build/release/seen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_record() { # LENGTH KIND (words|word)
  python3 - "$1" "$2" <<'PY'
import json, sys
n, kind = int(sys.argv[1]), sys.argv[2]
if kind == "words":
    words = "the father was seen at the six week visit and asked about his own support".split()
    text, i = [], 0
    size = 0
    while size < n:
        w = words[i % len(words)]; text.append(w); size += len(w) + 1; i += 1
    note = " ".join(text)[:n]
else:
    note = ("x" * n)
print(json.dumps({"format": "seen-review/3", "case": "BENCH", "men": [
    {"label": "Father", "relationship": "birth-father",
     "answers": {"contacted": {"answer": "no", "note": note}}}]}))
PY
}

measure() { # COMMAND...: prints "seconds peak-MB exit-code"
  local code=0
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || code=$?
  read -r t kb < <(tail -n 1 "$work/time")
  printf '%s %.1f %s' "$t" "$(echo "$kb / 1024" | bc -l)" "$code"
}

printf '| note length | words | one unbroken word | exit |\n|---:|---:|---:|---:|\n'
for n in "${lengths[@]}"; do
  make_record "$n" words > "$work/words.json"
  make_record "$n" word > "$work/word.json"
  read -r wt wm code < <(measure "$seen" sheet "$work/words.json" --format pdf -o "$work/a.pdf" --force)
  read -r ut um _ < <(measure "$seen" sheet "$work/word.json" --format pdf -o "$work/b.pdf" --force)
  printf '| %s | %s s, %s MB | %s s, %s MB | %s |\n' "$n" "$wt" "$wm" "$ut" "$um" "$code"
  [ "$code" -eq 0 ] || echo "  $(head -n 1 "$work/stderr")"
done
