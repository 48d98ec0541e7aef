#!/usr/bin/env bash
# Runs every libFuzzer target of a DEMETRA_FUZZ build for a bounded time on its seed corpus.
# Usage: tests/fuzz/run_fuzz.sh [BUILD_DIR (build-asan)] [SECONDS_PER_TARGET (20)] [TARGET...]
# The corpora live in BUILD_DIR/fuzz-corpus/<target> (seeded by make_corpus.py, grown by every run); a crash, leak,
# timeout or out-of-memory input is written to BUILD_DIR/fuzz-artifacts/<target>/ and fails the run. To keep one as
# a regression, copy it into tests/fuzz/regressions/<target>/ (CTest replays that folder) and fix the code.
set -uo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${1:-build-asan}
SECONDS_PER_TARGET=${2:-20}
shift 2 2>/dev/null || shift $#
TARGETS=("$@")
if [ "${#TARGETS[@]}" -eq 0 ]; then
    TARGETS=(fuzz_csv_reader fuzz_value_parser fuzz_meta_insights fuzz_google_ads_stream fuzz_tiktok_report
             fuzz_yandex_direct_report fuzz_vk_ads fuzz_telegram_ads fuzz_llm_reply)
fi
CORPUS="$BUILD_DIR/fuzz-corpus"
ARTIFACTS="$BUILD_DIR/fuzz-artifacts"
LOGS="$BUILD_DIR/fuzz-logs"
mkdir -p "$CORPUS" "$ARTIFACTS" "$LOGS"
python3 tests/fuzz/make_corpus.py "$CORPUS" || exit 1

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/fuzz/ubsan.supp}
export LC_ALL=C.UTF-8

failed=()
total_runs=0
start=$(date +%s)
for t in "${TARGETS[@]}"; do
    bin="$BUILD_DIR/tests/fuzz/$t"
    if [ ! -x "$bin" ]; then
        echo "fuzz: $bin is not built" >&2
        failed+=("$t(not built)")
        continue
    fi
    mkdir -p "$CORPUS/$t" "$ARTIFACTS/$t"
    max_len=4096
    [ "$t" = fuzz_value_parser ] && max_len=256
    "$bin" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$t/" "$CORPUS/$t" > "$LOGS/$t.log" 2>&1
    rc=$?
    runs=$(grep -oE '^#[0-9]+[[:space:]]+DONE' "$LOGS/$t.log" | grep -oE '[0-9]+' | tail -1)
    line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$LOGS/$t.log" | tail -1)
    printf 'fuzz: %-28s rc=%d runs=%-10s corpus=%-6s %s\n' "$t" "$rc" "${runs:-?}" \
        "$(find "$CORPUS/$t" -type f | wc -l)" "$line"
    total_runs=$((total_runs + ${runs:-0}))
    if [ "$rc" -ne 0 ]; then
        failed+=("$t")
        grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$LOGS/$t.log" | head -20 >&2
    fi
done
echo "fuzz: ${#TARGETS[@]} targets, $total_runs executions in $(( $(date +%s) - start )) s"
if [ "${#failed[@]}" -ne 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs in $ARTIFACTS, logs in $LOGS)" >&2
    exit 1
fi
