#!/usr/bin/env bash
# Installs what is needed, builds Demetra and runs the whole test suite with CTest.
# Usage: ./run-tests.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEMETRA_WERROR=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 --parallel "$(nproc)" "$@"
