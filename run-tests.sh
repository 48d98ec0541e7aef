#!/usr/bin/env bash
# Installs what is needed, builds Demetra and runs the whole test suite with CTest.
# Usage: ./run-tests.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEMETRA_WERROR=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
(cd "$BUILD_DIR" && ctest --output-on-failure --timeout 900 --parallel "$(nproc)" "$@")

# Sanitizer and fuzz stage (issue 9), after the normal build and tests: the `asan` preset (clang, ASan + UBSan +
# libFuzzer instrumentation in build-asan/) builds core, the CLI, their tests and the fuzz targets, runs the core and
# CLI suites and the fuzz regressions, then fuzzes every target for FUZZ_SECONDS (20 s) each. On by default when no
# ctest arguments were given; DEMETRA_SANITIZE_STAGE=0 skips it, =1 forces it.
if [ "${DEMETRA_SANITIZE_STAGE:-$([ "$#" -eq 0 ] && echo 1 || echo 0)}" = 1 ]; then
    stage_start=$(date +%s)
    cmake --preset asan
    cmake --build --preset asan --parallel "$(nproc)"
    ctest --preset asan --parallel "$(nproc)"
    tests/fuzz/run_fuzz.sh build-asan "${FUZZ_SECONDS:-20}"
    echo "sanitizer and fuzz stage: $(($(date +%s) - stage_start)) s"
fi
