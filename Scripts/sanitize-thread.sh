#!/usr/bin/env bash
# Runs the tests that exercise seen's threads under ThreadSanitizer: the summary's parallel
# counting (SummaryCounter, in process) and the in-process command tests beside it.
#
#   bash Scripts/sanitize-thread.sh            # the threaded tests (a few minutes, most of it the build)
#   bash Scripts/sanitize-thread.sh --all      # every test in SeenCLITests and SeenKitTests
#
# The sanitized build goes to .build/tsan, so that it never replaces the ordinary debug build.
# The seenTests target runs the `seen` binary in child processes; a race there would show in
# the child's standard error rather than fail the test, so it is left to the in-process tests.
# TSAN_OPTIONS halt_on_error makes the first race fail the run with its report.
set -euo pipefail
cd "$(dirname "$0")/.."
filter="SeenCLITests"
[ "${1:-}" = "--all" ] && filter="SeenCLITests|SeenKitTests"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1}"
swift test --sanitize=thread --scratch-path .build/tsan --filter "$filter"
