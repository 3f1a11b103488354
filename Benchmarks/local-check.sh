#!/usr/bin/env bash
# Times `seen content --check` (release build) on local files with many contacts (and a tenth
# as many documents), to show that checking grows in step with the file. Before the fix a duplicate
# role was looked for by lowering every earlier role again (20,000 contacts took 8.3 s and
# 200,000 never ended); now roles and titles are kept in a set, and a list over the limit of 50
# is named once and not read to its end.
#
#   bash Benchmarks/local-check.sh                     # 1,000 to 200,000 entries
#   bash Benchmarks/local-check.sh 5000 50000          # chosen numbers
#   SEEN=/tmp/old/seen bash Benchmarks/local-check.sh  # time another build
#
# Prints, for each number, the seconds of one run and the number of problem lines (exit 65 is
# expected: every list is over the limit). Exits 1 if any run takes 2 s or more.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 20000 200000)

[ -n "${SEEN:-}" ] || swift build -c release --product seen >&2
seen="${SEEN:-$PWD/.build/release/seen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

slow=0
printf '%-10s %-10s %s\n' entries seconds problems
for count in "${counts[@]}"; do
  python3 - "$count" > "$work/local.json" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps({
    "format": "seen-local/1", "partnership": "Benchshire", "version": "1",
    "contacts": [{"role": "Front door %d" % (i % 7), "how": "0300 000 %04d" % i} for i in range(n)],
    "documents": [{"title": "Benchshire policy %d" % (i % 5)} for i in range(n // 10)],
}))
PY
  start=$(date +%s.%N)
  lines=$("$seen" content --check "$work/local.json" 2>"$work/err" | wc -l || true)
  [ "$lines" -gt 0 ] || cat "$work/err" >&2
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  printf '%-10s %-10s %s\n' "$count" "$seconds" "$lines"
  if [ "$(echo "$seconds >= 2" | bc)" = 1 ]; then slow=1; fi
done
exit "$slow"
