#!/usr/bin/env bash
# Times the guided review's line reader (release build, `seen review --interactive` with input
# from a file) on one line of N bytes, then on N short lines, and on /dev/zero, to show that
# reading grows in step with the input and that a line over the limit (64 KiB,
# `LineReader.maximumLineLength`) is refused at once rather than held.
#
#   bash Benchmarks/line-reader.sh                     # 16 KiB to 64 MiB
#   bash Benchmarks/line-reader.sh 65536 1048576       # chosen lengths
#   SEEN=/tmp/old/seen bash Benchmarks/line-reader.sh  # time another build
#
# One run per figure; /dev/zero is given 60 s (a build without the limit never stops).
set -euo pipefail
cd "$(dirname "$0")/.."
lengths=("$@")
[ ${#lengths[@]} -gt 0 ] || lengths=(16384 65536 1048576 4194304 16777216 67108864)

[ -n "${SEEN:-}" ] || swift build -c release --static-swift-stdlib --product seen >&2
seen="${SEEN:-$PWD/.build/release/seen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

measure() { # INPUT: prints "seconds peak-MB exit-code"
  local code=0 t kb
  /usr/bin/time -f "%e %M" -o time timeout 60 "$seen" review --interactive < "$1" \
    > /dev/null 2> stderr || code=$?
  read -r t kb < <(tail -n 1 time)
  rm -f seen-review-*.json
  echo "$t $(awk "BEGIN {printf \"%.0f\", $kb / 1024}") $code"
}

printf '| bytes | one line of them | lines of 64 bytes | exit (one line) |\n|---:|---:|---:|---:|\n'
for n in "${lengths[@]}"; do
  { head -c "$n" /dev/zero | tr '\0' 'a'; printf '\nq\n'; } > one
  { yes "$(printf 'a%.0s' {1..63})" | head -c "$n" || true; printf '\nq\n'; } > many
  read -r ot om code < <(measure one)
  read -r mt mm _ < <(measure many)
  printf '| %s | %s s, %s MB | %s s, %s MB | %s |\n' "$n" "$ot" "$om" "$mt" "$mm" "$code"
done
read -r zt zm code < <(measure /dev/zero)
printf '| /dev/zero | %s s, %s MB | | %s |\n' "$zt" "$zm" "$code"
grep -m 1 '^error:' stderr || true
