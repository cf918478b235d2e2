#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 30) each, one after another,
# and prints the executions each reached. Exits non-zero on the first
# finding (a crash, a timeout or an out-of-memory input), which libFuzzer
# leaves in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
export RUSTC_BOOTSTRAP=1
[ -d corpus ] || ./seed-corpora.sh
cargo fuzz build -s none
for target in article note bib csl page; do
    log=$(mktemp)
    if ! cargo fuzz run -s none "$target" -- -max_total_time="$seconds" \
        -timeout=10 -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
        >"$log" 2>&1; then
        grep -a -E "panicked|ERROR|SUMMARY|Test unit written" "$log" | head -20 >&2
        rm -f "$log"
        echo "fuzz: $target found a failure" >&2
        exit 1
    fi
    runs=$(grep -a -o "stat::number_of_executed_units: *[0-9]*" "$log" | grep -o "[0-9]*$")
    echo "fuzz: $target: ${runs:-?} executions in ${seconds} s, no findings"
    rm -f "$log"
done
