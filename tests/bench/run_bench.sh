#!/usr/bin/env bash
# run_bench.sh: Demetra's import and overview-query figures beside its peers, measured side by side in one run.
#
# Usage:
#   tests/bench/run_bench.sh [--build DIR] [--sizes 300k,1m] [--reps N] [--work DIR] [--install] [--quick]
#
#   --build DIR   CMake build folder holding app/cli/demetra-cli and tests/bench/demetra-bench
#                 (default: build/ at the root of this repository)
#   --sizes LIST  comma-separated, from 300k and 1m (default: 300k,1m)
#   --reps N      import repetitions per tool; the table shows medians (default: 3)
#   --work DIR    data files, scratch databases, peers and results (default: /tmp/demetra-bench)
#   --install     first install the peers: apt-get install sqlite3 python3-pandas (and nodejs/npm only when `node`
#                 or `npm` is missing: a NodeSource nodejs already bundles npm and Conflicts with Debian's npm),
#                 then `npm install @duckdb/node-api` into WORK/peers. Needs root and the package registries.
#   --quick       --sizes 300k --reps 1 (a smoke run of the harness; the figures mean little)
#
# Environment: PEER_PY (default /usr/bin/python3, Debian's python with python3-pandas, never a pyenv shim),
# SHARED_BENCH (default /work/shared/bench: the peer scripts), BENCH_PEERS (default WORK/peers: npm folder with
# @duckdb/node-api).
#
# What it does, per size (data: WORK/data/ads_SIZE.csv, written by `demetra-cli generate-sample --rows N` with its
# default seed when missing, so every run and machine measures the same bytes):
#   The file is read once (page cache warm), then every rep runs the tools one after the other (interleaved, so a
#   burst of load hits them all alike), each into a fresh target (old file removed before the clock starts),
#   each under /usr/bin/time -f "%e %M" for its peak RSS; wall time is the whole process, taken with bash's
#   EPOCHREALTIME around /usr/bin/time (ms resolution; %e has 10 ms):
#     (a) sqlite3      sqlite3 NEW.db ".import --csv FILE raw"          raw TEXT table, no cleaning: the floor
#     (b) demetra      demetra-cli import --db NEW.sqlite FILE          typed, cleaned facts + rollups
#     (c) pandas       PEER_PY SHARED_BENCH/pandas_load.py FILE NEW.db  read_csv + clean money + to_datetime + to_sql
#     (d) duckdb load  node SHARED_BENCH/duck_load.js FILE file NEW.duckdb   read_csv_auto + cleaned cost (info only)
#   Then, untimed against the clock of the others:
#     (e) demetra-bench DB --json --reps 7 on the database (b) made in the last rep: in-process medians of the
#         overview set (totals_with_previous, by_channel, daily_per_channel, top10_campaigns_by_roi)
#     (f) node SHARED_BENCH/duck_agg.js NEW.duckdb 7: in-process medians of the shared q1_channel, q2_daily,
#         q3_top_campaigns (q4 is run by it but is not part of the overview set), and
#         node tests/bench/duck_queries.js NEW.duckdb 7 queries/q0_totals_with_previous.sql
#         queries/q3s_top_campaigns_same_def.sql: the totals card and the top-10 with Demetra's definitions
#   A compact table follows with the issue's targets (PASS/MISS): demetra/sqlite3 import <= 1.5, pandas/demetra
#   >= 2, demetra peak RSS < 200 MiB (stated for 1M rows), overview total < 50 ms (stated for 1M rows), each
#   overview query faster than DuckDB's. A peer that is not installed is reported as such and its targets as n/a.
#   The run's output is also kept in WORK/results/run-STAMP.txt.
#
# Not a CTest test: benchmarks are not timed tests. Run it on a quiet machine: it prints nproc, the CPU and the
# load average, and warns when the 1-minute load is above 0.5 (figures then unreliable). Exit code: 0 when the
# run completed (whatever the targets), 2 on a usage error, 1 when a tool failed.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

BUILD="$ROOT/build"
SIZES="300k,1m"
REPS=3
WORK=/tmp/demetra-bench
INSTALL=0
BENCH_REPS=7

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }
die() { echo "run_bench.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
    --build) BUILD=${2:?--build needs a folder}; shift 2 ;;
    --sizes) SIZES=${2:?--sizes needs a list}; shift 2 ;;
    --reps) REPS=${2:?--reps needs a number}; shift 2 ;;
    --work) WORK=${2:?--work needs a folder}; shift 2 ;;
    --install) INSTALL=1; shift ;;
    --quick) SIZES=300k; REPS=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run_bench.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || { echo "run_bench.sh: --reps takes a positive number" >&2; exit 2; }

IFS=, read -r -a SIZE_LIST <<<"$SIZES"
for size in "${SIZE_LIST[@]}"; do
    case "$size" in 300k | 1m) ;; *) echo "run_bench.sh: unknown size $size (300k or 1m)" >&2; exit 2 ;; esac
done
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || die "no build folder $BUILD"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
PEER_PY=${PEER_PY:-/usr/bin/python3}
SHARED_BENCH=${SHARED_BENCH:-/work/shared/bench}
BENCH_PEERS=${BENCH_PEERS:-$WORK/peers}
CLI="$BUILD/app/cli/demetra-cli"
BENCH="$BUILD/tests/bench/demetra-bench"
DATA="$WORK/data"
SCRATCH="$WORK/scratch"
RESULTS="$WORK/results"
QDIR="$HERE/queries"

# ---------------------------------------------------------------- install
if [ "$INSTALL" = 1 ]; then
    echo "== installing the peers" >&2
    pkgs="sqlite3 python3-pandas"
    command -v node >/dev/null 2>&1 || pkgs="$pkgs nodejs"
    command -v npm >/dev/null 2>&1 || pkgs="$pkgs npm"
    apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y $pkgs
    mkdir -p "$BENCH_PEERS"
    [ -f "$BENCH_PEERS/package.json" ] || (cd "$BENCH_PEERS" && npm init -y >/dev/null)
    (cd "$BENCH_PEERS" && npm install --no-audit --no-fund @duckdb/node-api)
fi

# ---------------------------------------------------------------- checks
[ -x "$CLI" ] || die "no $CLI (build the project first, or pass --build)"
[ -x "$BENCH" ] || die "no $BENCH (build the project first, or pass --build)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"

HAVE_SQLITE=0; HAVE_PANDAS=0; HAVE_DUCK=0
command -v sqlite3 >/dev/null 2>&1 && HAVE_SQLITE=1
[ "$HAVE_SQLITE" = 1 ] || die "sqlite3 is missing: it is the reference of the import target (run with --install)"
if [ -x "$PEER_PY" ] && "$PEER_PY" -c 'import pandas' 2>/dev/null && [ -f "$SHARED_BENCH/pandas_load.py" ]; then
    HAVE_PANDAS=1
fi
export NODE_PATH="$BENCH_PEERS/node_modules${NODE_PATH:+:$NODE_PATH}"
if command -v node >/dev/null 2>&1 && [ -d "$BENCH_PEERS/node_modules/@duckdb/node-api" ] &&
    [ -f "$SHARED_BENCH/duck_load.js" ] && [ -f "$SHARED_BENCH/duck_agg.js" ]; then
    HAVE_DUCK=1
fi

mkdir -p "$DATA" "$SCRATCH" "$RESULTS"
STAMP=$(date +%Y%m%d-%H%M%S)
REPORT="$RESULTS/run-$STAMP.txt"
exec > >(tee "$REPORT") 2>&1
TEE_PID=$!
LOGS="$RESULTS/run-$STAMP.logs"
mkdir -p "$LOGS"

# ---------------------------------------------------------------- helpers
rows_of() {
    case "$1" in
    300k) echo 300000 ;;
    1m) echo 1000000 ;;
    *) return 1 ;;
    esac
}

median() { # median of the arguments (numbers)
    printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "";
        else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

calc() { awk "BEGIN { printf \"$1\", $2 }"; } # calc FORMAT EXPR

jget() { # jget JSON KEY: a number from a flat JSON line (compact or ", "-separated)
    sed -n "s/.*\"$2\": *\([-0-9.eE+]*\).*/\1/p" <<<"$1" | head -n1
}

verdict() { # verdict EXPR: PASS when the awk condition holds, MISS otherwise, n/a when a figure is missing
    case "$1" in *NA*) echo "n/a" ;; *) awk "BEGIN { exit !($1) }" && echo PASS || echo MISS ;; esac
}

rm_db() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal" "$1.wal"; }

# timed NAME LOGFILE CMD...: runs CMD under /usr/bin/time; sets T_WALL (s) and T_RSS_KB; stdout+stderr to LOGFILE.
timed() {
    local name=$1 log=$2 tf t0 t1 rc=0
    shift 2
    tf="$SCRATCH/time.$name"
    t0=$EPOCHREALTIME
    /usr/bin/time -f "%e %M" -o "$tf" "$@" >"$log" 2>&1 || rc=$?
    t1=$EPOCHREALTIME
    if [ "$rc" != 0 ]; then
        echo "!! $name failed (exit $rc): $*" >&2
        tail -n 20 "$log" >&2
        exit 1
    fi
    T_WALL=$(calc "%.3f" "$t1 - $t0")
    T_RSS_KB=$(awk 'END { print $2 }' "$tf")
}

# ---------------------------------------------------------------- machine facts
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
echo "== Demetra import/query bench  $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: nproc $(nproc), CPU ${CPU:-unknown}, $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "load average at start (1/5/15 min): $LOAD_START"
if awk "BEGIN { exit !(${LOAD_START%% *} > 0.5) }"; then
    echo "WARNING: 1-minute load average ${LOAD_START%% *} > 0.5: another process is competing for the CPU;"
    echo "WARNING: the figures below are unreliable (rerun on a quiet machine)."
fi
echo "demetra: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (modified tree)'), build $BUILD"
echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
if [ "$HAVE_PANDAS" = 1 ]; then
    echo "pandas:  $("$PEER_PY" -c 'import sys, pandas; print(pandas.__version__, "on python", sys.version.split()[0])') ($PEER_PY)"
else
    echo "pandas:  not installed (no 'import pandas' in $PEER_PY; run with --install): pandas figures skipped"
fi
if [ "$HAVE_DUCK" = 1 ]; then
    DUCK_V=$(node -e "require('@duckdb/node-api').DuckDBInstance.create(':memory:').then(i => i.connect())
        .then(c => c.runAndReadAll('select version()')).then(r => console.log(r.getRows()[0][0]))" 2>/dev/null || echo '?')
    echo "duckdb:  $DUCK_V via @duckdb/node-api, node $(node --version) ($BENCH_PEERS)"
else
    echo "duckdb:  not installed (node or $BENCH_PEERS/node_modules/@duckdb/node-api missing; run with --install): DuckDB figures skipped"
fi
echo "sizes: $SIZES   reps: $REPS (medians)   work: $WORK"

# ---------------------------------------------------------------- per size
for size in "${SIZE_LIST[@]}"; do
    n=$(rows_of "$size")
    csv="$DATA/ads_$size.csv"
    if [ ! -s "$csv" ]; then
        echo "generating $csv ($n rows, default seed)"
        "$CLI" generate-sample --rows "$n" --out "$csv.tmp" >"$LOGS/generate_$size.log" 2>&1 ||
            { cat "$LOGS/generate_$size.log" >&2; die "generate-sample failed"; }
        mv "$csv.tmp" "$csv"
    fi
    cat "$csv" >/dev/null # warm the page cache: every tool reads it from memory
    csv_mb=$(calc "%.1f" "$(stat -c %s "$csv") / 1e6")
    echo
    echo "== $size: $n rows, $csv_mb MB ($csv)"

    sq_w=(); sq_m=(); de_w=(); de_m=(); pd_w=(); pd_m=(); dl_w=(); dl_m=()
    pd_json=""; dl_json=""
    sq_db="$SCRATCH/sqlite_$size.db"
    de_db="$SCRATCH/demetra_$size.sqlite"
    pd_db="$SCRATCH/pandas_$size.db"
    dk_db="$SCRATCH/duck_$size.duckdb"
    for ((rep = 1; rep <= REPS; rep++)); do
        echo "  rep $rep/$REPS ..."
        rm_db "$sq_db"
        timed sqlite3 "$LOGS/sqlite_${size}_$rep.log" sqlite3 "$sq_db" ".import --csv $csv raw"
        sq_w+=("$T_WALL"); sq_m+=("$T_RSS_KB")

        rm_db "$de_db"
        timed demetra "$LOGS/demetra_${size}_$rep.log" "$CLI" import --db "$de_db" "$csv"
        de_w+=("$T_WALL"); de_m+=("$T_RSS_KB")

        if [ "$HAVE_PANDAS" = 1 ]; then
            rm_db "$pd_db"
            timed pandas "$LOGS/pandas_${size}_$rep.log" "$PEER_PY" "$SHARED_BENCH/pandas_load.py" "$csv" "$pd_db"
            pd_w+=("$T_WALL"); pd_m+=("$T_RSS_KB")
            pd_json=$(grep '^{' "$LOGS/pandas_${size}_$rep.log" | tail -n1)
        fi
        if [ "$HAVE_DUCK" = 1 ]; then
            rm_db "$dk_db"
            timed duckdb "$LOGS/duckload_${size}_$rep.log" node "$SHARED_BENCH/duck_load.js" "$csv" file "$dk_db"
            dl_w+=("$T_WALL"); dl_m+=("$T_RSS_KB")
            dl_json=$(grep '^{' "$LOGS/duckload_${size}_$rep.log" | tail -n1)
        fi
    done

    # Sanity: every tool holds the file's rows (a fast import of nothing would be no figure).
    sq_rows=$(sqlite3 "$sq_db" "SELECT COUNT(*) FROM raw")
    de_rows=$(sqlite3 "$de_db" "SELECT COUNT(*) FROM facts")
    check="rows held: sqlite3 $sq_rows, demetra $de_rows"
    [ "$HAVE_PANDAS" = 1 ] && check="$check, pandas $(jget "$pd_json" rows)"
    [ "$HAVE_DUCK" = 1 ] && check="$check, duckdb $(jget "$dl_json" rows)"
    echo "  $check (expected $n)"
    [ "$sq_rows" = "$n" ] && [ "$de_rows" = "$n" ] || echo "  WARNING: a tool did not keep every row"

    echo "  queries: demetra-bench --reps $BENCH_REPS ..."
    bench_json=$("$BENCH" "$de_db" --json --reps "$BENCH_REPS" 2>"$LOGS/demetra-bench_$size.log" | grep '^{' | tail -n1) ||
        { cat "$LOGS/demetra-bench_$size.log" >&2; die "demetra-bench failed"; }
    echo "$bench_json" >>"$LOGS/demetra-bench_$size.log"
    duck_json=""; duck_extra=""
    if [ "$HAVE_DUCK" = 1 ]; then
        echo "  queries: duck_agg.js $BENCH_REPS, duck_queries.js $BENCH_REPS ..."
        duck_json=$(node "$SHARED_BENCH/duck_agg.js" "$dk_db" "$BENCH_REPS" 2>"$LOGS/duck_agg_$size.log" | grep '^{' | tail -n1) ||
            { cat "$LOGS/duck_agg_$size.log" >&2; die "duck_agg.js failed"; }
        duck_extra=$(node "$HERE/duck_queries.js" "$dk_db" "$BENCH_REPS" "$QDIR/q0_totals_with_previous.sql" \
            "$QDIR/q3s_top_campaigns_same_def.sql" 2>"$LOGS/duck_queries_$size.log" | grep '^{' | tail -n1) ||
            { cat "$LOGS/duck_queries_$size.log" >&2; die "duck_queries.js failed"; }
        echo "$duck_json" >>"$LOGS/duck_agg_$size.log"
        echo "$duck_extra" >>"$LOGS/duck_queries_$size.log"
    fi

    # ------------------------------------------------------------ figures
    sq_t=$(median "${sq_w[@]}"); sq_r=$(median "${sq_m[@]}")
    de_t=$(median "${de_w[@]}"); de_r=$(median "${de_m[@]}")
    pd_t=NA; pd_r=NA; dl_t=NA; dl_r=NA
    [ "$HAVE_PANDAS" = 1 ] && { pd_t=$(median "${pd_w[@]}"); pd_r=$(median "${pd_m[@]}"); }
    [ "$HAVE_DUCK" = 1 ] && { dl_t=$(median "${dl_w[@]}"); dl_r=$(median "${dl_m[@]}"); }
    mib() { if [ "$1" = NA ]; then echo "n/a"; else calc "%.0f" "$1 / 1024"; fi; }
    sec() { if [ "$1" = NA ]; then echo "n/a"; else calc "%.3f" "$1"; fi; }
    rng() { if [ $# -gt 1 ]; then printf '(%s-%s)' "$(printf '%s\n' "$@" | sort -g | head -n1)" "$(printf '%s\n' "$@" | sort -g | tail -n1)"; fi; }

    echo
    printf '  %-40s %-19s %-14s %s\n' "import (whole process, median of $REPS)" "wall s (min-max)" "peak RSS MiB" "rows/s"
    printf '  %-40s %-19s %-14s %s\n' "(a) sqlite3 .import --csv, raw TEXT" "$(sec "$sq_t") $(rng "${sq_w[@]}")" "$(mib "$sq_r")" \
        "$(calc "%.2f M" "$n / $sq_t / 1e6")"
    printf '  %-40s %-19s %-14s %s\n' "(b) demetra-cli import" "$(sec "$de_t") $(rng "${de_w[@]}")" "$(mib "$de_r")" \
        "$(calc "%.2f M" "$n / $de_t / 1e6")"
    if [ "$HAVE_PANDAS" = 1 ]; then
        printf '  %-40s %-19s %-14s %s\n' "(c) pandas read_csv+clean+to_sql" "$(sec "$pd_t") $(rng "${pd_w[@]}")" "$(mib "$pd_r")" \
            "$(calc "%.2f M" "$n / $pd_t / 1e6")"
        echo "      pandas phases (last rep, s): import pandas $(jget "$pd_json" import_pandas_s), read_csv $(jget "$pd_json" read_csv_s), clean $(jget "$pd_json" clean_parse_s), to_sql $(jget "$pd_json" to_sql_s)"
    else
        echo "  (c) pandas: not installed, skipped"
    fi
    if [ "$HAVE_DUCK" = 1 ]; then
        printf '  %-40s %-19s %-14s %s\n' "(d) DuckDB read_csv_auto -> file (info)" "$(sec "$dl_t") $(rng "${dl_w[@]}")" "$(mib "$dl_r")" \
            "$(calc "%.2f M" "$n / $dl_t / 1e6")"
        echo "      duckdb phases (last rep, s): create table $(jget "$dl_json" create_table_s), checkpoint $(jget "$dl_json" checkpoint_s), threads $(jget "$dl_json" threads)"
    else
        echo "  (d) DuckDB: not installed, skipped"
    fi

    de_q0=$(jget "$bench_json" totals_with_previous_ms); de_q1=$(jget "$bench_json" by_channel_ms)
    de_q2=$(jget "$bench_json" daily_per_channel_ms); de_q3=$(jget "$bench_json" top10_campaigns_by_roi_ms)
    de_tot=$(jget "$bench_json" overview_total_ms)
    dk_q0=NA; dk_q1=NA; dk_q2=NA; dk_q3=NA; dk_q3s=NA; dk_tot=NA
    if [ "$HAVE_DUCK" = 1 ]; then
        dk_q0=$(calc "%.3f" "$(jget "$duck_extra" q0_totals_with_previous_s) * 1000")
        dk_q1=$(calc "%.3f" "$(jget "$duck_json" q1_channel_s) * 1000")
        dk_q2=$(calc "%.3f" "$(jget "$duck_json" q2_daily_s) * 1000")
        dk_q3=$(calc "%.3f" "$(jget "$duck_json" q3_top_campaigns_s) * 1000")
        dk_q3s=$(calc "%.3f" "$(jget "$duck_extra" q3s_top_campaigns_same_def_s) * 1000")
        dk_tot=$(calc "%.3f" "$dk_q0 + $dk_q1 + $dk_q2 + $dk_q3s")
    fi
    msf() { if [ "$1" = NA ]; then echo "n/a"; else calc "%.2f" "$1"; fi; }
    echo
    printf '  %-52s %8s %8s    %s\n' "overview queries, in-process median of $BENCH_REPS, ms" "demetra" "DuckDB" "demetra faster?"
    qline() { printf '  %-52s %8s %8s    %s\n' "$1" "$(msf "$2")" "$(msf "$3")" "$(verdict "$2 < $3")"; }
    qline "totals_with_previous  vs q0_totals_with_previous*" "$de_q0" "$dk_q0"
    qline "by_channel            vs shared q1_channel" "$de_q1" "$dk_q1"
    qline "daily_per_channel     vs shared q2_daily" "$de_q2" "$dk_q2"
    qline "top10_campaigns_by_roi vs shared q3_top_campaigns" "$de_q3" "$dk_q3"
    qline "top10_campaigns_by_roi vs q3s_top_campaigns_same_def*" "$de_q3" "$dk_q3s"
    qline "overview total (DuckDB: q0+q1+q2+q3s; info)" "$de_tot" "$dk_tot"
    echo "  (* tests/bench/queries/, Demetra's definitions; shared q3 ranks Campaign_ID by AVG(ROI), another ranking)"

    r_sq=$(calc "%.2f" "$de_t / $sq_t")
    r_pd=NA; [ "$pd_t" != NA ] && r_pd=$(calc "%.2f" "$pd_t / $de_t")
    de_mib=$(calc "%.0f" "$de_r / 1024")
    echo
    printf '  %-48s %-11s %-8s %s\n' "targets ($size)" "figure" "target" "verdict"
    printf '  %-48s %-11s %-8s %s\n' "demetra import / sqlite3 .import" "$r_sq x" "<= 1.5" "$(verdict "$r_sq <= 1.5")"
    printf '  %-48s %-11s %-8s %s\n' "pandas / demetra import" "$([ "$r_pd" = NA ] && echo n/a || echo "$r_pd x")" ">= 2" \
        "$(verdict "$r_pd >= 2")"
    printf '  %-48s %-11s %-8s %s\n' "demetra import peak RSS (stated for 1m)" "$de_mib MiB" "< 200" "$(verdict "$de_mib < 200")"
    printf '  %-48s %-11s %-8s %s\n' "overview total (stated for 1m)" "$(msf "$de_tot") ms" "< 50" "$(verdict "$de_tot < 50")"
    echo "  each overview query faster than DuckDB's: see the verdicts of the query table above"
done

echo
echo "load average at end (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg) (start: $LOAD_START)"
echo "output: $REPORT; per-tool logs: $LOGS"
exec >&- 2>&-
wait "$TEE_PID" 2>/dev/null || true
