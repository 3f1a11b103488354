#!/usr/bin/env bash
# Where `seen summary` spends its work over many files: the share of instructions (valgrind's
# callgrind, which counts them whatever else the machine is doing) that goes on reading the
# files, parsing their JSON, the SHA-256 of each record saved without an id, reading the parsed
# JSON into a record, and counting the records; then the same files through `cat` and
# `sha256sum`, for the floors, as processor time (user + system, GNU time).
#
#   bash Benchmarks/summary-stages.sh                # 2,000 generated files
#   bash Benchmarks/summary-stages.sh 5000           # another number of files
#   SEEN=/tmp/old/seen bash Benchmarks/summary-stages.sh   # another build, to compare
#   BENCH_DIR=/tmp/bench bash Benchmarks/summary-stages.sh # keep the generated files there
#
# Needs python3 and valgrind (installed from Debian's packages when missing and run as root).
# The generated records are seen-review/1 records, which hold no id: each is hashed whole, as
# the id of such a record is the SHA-256 of its bytes (records seen writes now hold their id).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-2000}"

if ! command -v valgrind >/dev/null || [ ! -x /usr/bin/time ]; then
  echo "installing valgrind time" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq valgrind time >/dev/null
fi
[ -n "${SEEN:-}" ] || swift build -c release --static-swift-stdlib --product seen >&2
seen="${SEEN:-$PWD/.build/release/seen}"
work="${BENCH_DIR:-$(mktemp -d)}"
trap '[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"' EXIT
folder="$work/$count"
[ -d "$folder" ] || python3 Benchmarks/generate-reviews.py "$count" "$folder"

valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
  "$seen" summary "$folder" --format json > /dev/null 2> "$work/valgrind.log"
total=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/valgrind.log")
callgrind_annotate --inclusive=yes "$work/callgrind.out" > "$work/inclusive.txt" 2>/dev/null

# inclusive PATTERN: the instructions of the first function whose (mangled) name holds PATTERN.
inclusive() {
  grep -m1 -- "$1" "$work/inclusive.txt" | awk '{gsub(",", "", $1); print $1}'
}
read_files=$(inclusive 'FileStoreO04read')
parse=$(inclusive 'JSONParserV5parseyAA9JSONValueVSays5UInt8VG')
sha=$(inclusive 'SHA256O4hash')
decode_all=$(inclusive 'ReviewRecordV6decode_4file7contentACSays5UInt8VG')
count_records=$(inclusive 'GroupedSummaryV3add_7content')
decode=$((decode_all - parse - sha))
share() { awk "BEGIN {printf \"%5.1f%%\", 100 * $1 / $total}"; }

echo "seen summary over $count files: $(awk "BEGIN {printf \"%.0f\", $total / $count}") instructions a file"
printf '  %-44s %s\n' "reading the files (open, read, close)" "$(share "$read_files")"
printf '  %-44s %s\n' "parsing the JSON" "$(share "$parse")"
printf '  %-44s %s\n' "SHA-256 of each record without an id" "$(share "$sha")"
printf '  %-44s %s\n' "reading the parsed JSON into a record" "$(share "$decode")"
printf '  %-44s %s\n' "counting (every figure, per-review too)" "$(share "$count_records")"
printf '  %-44s %s\n' "the rest (walk, merge, start-up, output)" \
  "$(share "$((total - read_files - decode_all - count_records))")"

cpu() { # COMMAND...: processor seconds (user + system)
  /usr/bin/time -f "%U %S" -o "$work/time" "$@" > /dev/null
  awk '{printf "%.2f", $1 + $2}' "$work/time"
}
echo "processor time over the same files (one run each):"
printf '  %-44s %s s\n' "cat" "$(cpu sh -c "find '$folder' -name '*.json' -print0 | xargs -0 cat")"
printf '  %-44s %s s\n' "sha256sum" \
  "$(cpu sh -c "find '$folder' -name '*.json' -print0 | xargs -0 sha256sum")"
printf '  %-44s %s s\n' "seen summary --format json" "$(cpu "$seen" summary "$folder" --format json)"
