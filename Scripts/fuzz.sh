#!/usr/bin/env bash
# Fuzzes the review-record reader and `--set` assignments with libFuzzer and AddressSanitizer.
#   Scripts/fuzz.sh [seconds]        (default 600)
# Builds Sources/seen-fuzz with SEEN_FUZZ=1 into .build-fuzz, starts from the seed corpus in
# Scripts/fuzz-corpus (the examples as records, and --set lines), keeps what it learns in
# .build-fuzz/corpus, and writes any crashing input to .build-fuzz/artifacts. Replay an input
# in an ordinary build with: swift run seen-fuzz FILE...
# Needs a toolchain with libFuzzer (the swift.org Linux toolchains have it) and ld.lld.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
SEEN_FUZZ=1 swift build -c debug --build-path .build-fuzz --product seen-fuzz 2>&1 \
  | grep -v "warning: Cannot export" | tail -n 1
mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
cp -n Scripts/fuzz-corpus/* .build-fuzz/corpus/ 2>/dev/null || true
.build-fuzz/debug/seen-fuzz .build-fuzz/corpus -max_total_time="$seconds" -max_len=8192 \
  -timeout=10 -rss_limit_mb=4096 -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1
