#!/usr/bin/env bash
# Fuzz extract.extract for a fixed time (default 1800 s), continuing after a crash:
# each crash is saved as fuzz/out/crash-* and the fuzzer restarts for the time left.
#   fuzz/run.sh [SECONDS]        log: fuzz/out/fuzz.log
set -u
cd "$(dirname "$0")/.."
budget=${1:-1800}
python=${PYTHON:-python}
mkdir -p fuzz/out/corpus
"$python" fuzz/make_seeds.py
start=$(date +%s)
while :; do
    left=$(( budget - ($(date +%s) - start) ))
    [ "$left" -le 5 ] && break
    "$python" fuzz/fuzz_extract.py -max_total_time="$left" -max_len=65536 -timeout=30 \
        -rss_limit_mb=4096 -artifact_prefix=fuzz/out/ -print_final_stats=1 \
        fuzz/out/corpus fuzz/out/seeds >>fuzz/out/fuzz.log 2>&1
    echo "=== fuzzer exited $? after $(( $(date +%s) - start )) s" >>fuzz/out/fuzz.log
done
echo "=== done: $(( $(date +%s) - start )) s, crashes: $(ls fuzz/out/ | grep -c -E '^(crash|timeout|oom)-')" >>fuzz/out/fuzz.log
