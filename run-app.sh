#!/usr/bin/env bash
# Installs what is needed, builds Demetra and starts it on the bundled sample data.
# Without a display it says so and prints `demetra-cli summary` of the sample instead.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
SAMPLE=sample_data/social_media_ads_sample.csv
DB=${DEMETRA_DB:-$HOME/.local/share/Demetra/sample.sqlite}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$BUILD_DIR/app/desktop/demetra" --db "$DB" --sample
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): showing the command-line summary of the sample instead."
"$BUILD_DIR/app/cli/demetra-cli" import --db "$DB" "$SAMPLE"
"$BUILD_DIR/app/cli/demetra-cli" summary --db "$DB"
"$BUILD_DIR/app/cli/demetra-cli" channels --db "$DB"
