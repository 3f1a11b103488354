#!/usr/bin/env bash
# Times `seen report` (release build) on one review with many men, in the brief and full text
# forms and as JSON, to show that the cost grows in step with the number of men.
#
#   bash Benchmarks/report.sh                 # 250, 500, 1,000 and 2,000 men
#   bash Benchmarks/report.sh 1000 4000       # chosen sizes
#
# Each figure is the median of three runs. Reading the record is timed on its own too
# (`--format json` to /dev/null is the reading plus the gap analysis and the JSON writer).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 500 1000 2000)

swift build -c release --static-swift-stdlib --product seen >&2
seen="$PWD/.build/release/seen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A record of N men, each with a mix of answers, so that every part of the report has work.
make_record() {
  python3 - "$1" <<'PY'
import json, sys
n = int(sys.argv[1])
values = ["yes", "partly", "no", "unknown"]
known = ["present", "absent", "unknown"]
practice = ["identified", "contacted", "views", "history", "substance-use", "mental-health",
            "domestic-abuse", "frustration", "pressures", "agency-checks", "crying-coping", "plan"]
knowledge = ["childhood-adversity", "young-parent", "substance-misuse", "mental-ill-health",
             "violence-control", "abuse-experienced", "impulsivity", "external-pressures"]
men = []
for i in range(n):
    answers = {item: values[(i + j) % 4] for j, item in enumerate(practice)}
    answers.update({item: known[(i + j) % 3] for j, item in enumerate(knowledge)})
    answers["safety"] = ["yes", "no", "unknown"][i % 3]
    men.append({"label": f"Man {i + 1}", "relationship": "other-male-carer",
                "livesWithBaby": i % 2 == 0, "answers": answers})
print(json.dumps({"format": "seen-review/3", "case": "BENCH", "men": men,
                  "answers": {"mother-asked-alone": "yes"}}))
PY
}

median() { sort -n | sed -n 2p; }
run() { # prints the median wall time of three runs of the command, in seconds
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N)
    echo "$end - $start" | bc -l
  done | median
}

printf '| men | brief text | full text | JSON |\n|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  make_record "$n" > "$work/r.json"
  brief=$(run "$seen" report "$work/r.json" --no-pager)
  full=$(run "$seen" report "$work/r.json" --detail full --no-pager)
  json=$(run "$seen" report "$work/r.json" --format json --no-pager)
  printf '| %s | %.3f s | %.3f s | %.3f s |\n' "$n" "$brief" "$full" "$json"
done
