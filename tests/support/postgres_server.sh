#!/usr/bin/env bash
# A throwaway PostgreSQL server for the team-mode tests (issue 8), on loopback only.
#
#   postgres_server.sh start DIR PORT   creates a cluster in DIR/data (initdb, scram-sha-256 authentication, superuser
#                                       "demetra" with a random password written to DIR/password), listens on
#                                       127.0.0.1:PORT and a Unix socket in DIR, logs to DIR/server.log, waits until it
#                                       accepts connections and prints a one-line summary.
#   postgres_server.sh stop DIR         stops that server (pg_ctl stop -m fast) and removes DIR.
#
# A DIR whose server already runs on PORT is reused as it is; a stale DIR (a killed run) is wiped and made anew; only a
# DIR this script made (it holds the marker file .demetra-pg-cluster) or an empty one is ever wiped. As root the
# cluster belongs to the "postgres" system user the Debian package creates (initdb refuses root); as a normal user it
# is the caller's. Debian's own default cluster (port 5432) is never used or touched.
set -euo pipefail

readonly MARKER=".demetra-pg-cluster"
readonly ME="postgres_server.sh"

die() {
    echo "$ME: $*" >&2
    exit 1
}

usage() {
    echo "usage: $ME start DIR PORT | stop DIR" >&2
    exit 2
}

# The newest /usr/lib/postgresql/N/bin with initdb, else what pg_config names.
find_bindir() {
    local dir best=""
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
            best="$dir"
        fi
    done
    if [ -z "$best" ] && command -v pg_config >/dev/null 2>&1; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            best="$dir"
        fi
    fi
    if [ -z "$best" ]; then
        die "PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin or pg_config --bindir); run ./setup.sh"
    fi
    echo "$best"
}

# Runs a command as the cluster's owner: the "postgres" user when we are root, else ourselves. The lock's descriptor
# (9) is closed for it: a server started by pg_ctl would otherwise hold the lock for as long as it runs.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@" 9>&-
    else
        "$@" 9>&-
    fi
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when the postmaster of DIR (first line of DIR/data/postmaster.pid) is a live process: a postmaster killed with
# -9 leaves its pid file behind and stays a zombie until init reaps it, which pg_ctl status would take for running.
server_alive() {
    local dir="$1" pid state
    [ -f "$dir/data/postmaster.pid" ] || return 1
    pid="$(head -n 1 "$dir/data/postmaster.pid")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    state="$(sed -n 's/^.*) \(.\).*$/\1/p' "/proc/$pid/stat" 2>/dev/null || true)"
    [ -n "$state" ] && [ "$state" != "Z" ] && [ "$state" != "X" ] || return 1
    as_owner "$BINDIR/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

# The port the server of DIR runs on, "" when none runs (line 4 of postmaster.pid).
running_port() {
    local dir="$1"
    if server_alive "$dir"; then
        sed -n 4p "$dir/data/postmaster.pid"
    fi
}

# Removes DIR, but only one this script made (or an empty one): never an arbitrary folder given by mistake.
wipe() {
    local dir="$1"
    [ -e "$dir" ] || return 0
    if [ -f "$dir/$MARKER" ] || [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
        rm -rf "$dir"
    else
        die "$dir exists and was not made by $ME (no $MARKER in it); remove it yourself or choose another folder"
    fi
}

stop_server() {
    local dir="$1"
    server_alive "$dir" || return 0
    as_owner "$BINDIR/pg_ctl" stop -D "$dir/data" -m fast -w -t 20 >/dev/null 2>&1 || true
    if server_alive "$dir"; then
        as_owner "$BINDIR/pg_ctl" stop -D "$dir/data" -m immediate -w -t 10 >/dev/null 2>&1 || true
    fi
    if server_alive "$dir"; then
        # A hung postmaster (stopped, stuck): kill it; its backends leave when they see it gone.
        as_owner kill -KILL "$(head -n 1 "$dir/data/postmaster.pid")" 2>/dev/null || true
        local i
        for i in $(seq 1 20); do
            server_alive "$dir" || return 0
            sleep 0.5
        done
        die "the server of $dir does not stop; see $dir/server.log"
    fi
}

cmd_start() {
    local dir="$1" port="$2"
    if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1024 ] || [ "$port" -gt 65535 ]; then
        die "port '$port' is not a number from 1024 to 65535"
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        die "running as root needs the 'postgres' system user (the Debian postgresql package makes it); run ./setup.sh"
    fi

    local running
    running="$(running_port "$dir")"
    if [ -n "$running" ]; then
        if [ "$running" = "$port" ] && [ -s "$dir/password" ] &&
            "$BINDIR/pg_isready" 9>&- -q -h 127.0.0.1 -p "$port" -t 5 2>/dev/null; then
            echo "$ME: PostgreSQL already runs for $dir on 127.0.0.1:$port (user demetra, password in $dir/password)"
            return 0
        fi
        if [ "$running" != "$port" ]; then
            echo "$ME: the server of $dir runs on port $running, not $port: making it anew" >&2
        else
            echo "$ME: the server of $dir on port $port does not answer: making it anew" >&2
        fi
        stop_server "$dir"
    fi
    wipe "$dir"

    if port_in_use "$port"; then
        die "port $port on 127.0.0.1 is already in use by another program; free it or choose another port (cmake -DDEMETRA_TEST_PG_PORT=...)"
    fi

    local t0 t1
    t0="$(date +%s%N)"
    mkdir -p "$dir"
    touch "$dir/$MARKER"
    # A random password of letters and digits only (no quotes, nothing a URL or a shell would need to escape).
    local password
    password="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
    [ "${#password}" -ge 24 ] || die "could not make a random password from /dev/urandom"
    (
        umask 022
        printf '%s\n' "$password" >"$dir/password"
    )
    chmod 0644 "$dir/password"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$dir"
        as_owner test -w "$dir" -a -r "$dir/password" ||
            die "the postgres user cannot write $dir (a parent folder is not searchable by it); choose another folder"
    fi

    if ! as_owner "$BINDIR/initdb" -D "$dir/data" --auth=scram-sha-256 --username=demetra --pwfile="$dir/password" \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        die "initdb failed in $dir/data (log above, also in $dir/initdb.log)"
    fi
    cat >>"$dir/data/postgresql.conf" <<EOF

# Demetra tests ($ME): loopback only, a throwaway cluster, speed over durability.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
password_encryption = 'scram-sha-256'
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
log_line_prefix = '%m [%p] %u@%d '
log_min_messages = warning
log_connections = off
EOF
    if ! as_owner "$BINDIR/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 30 >/dev/null 2>&1; then
        tail -n 20 "$dir/server.log" >&2 || true
        if grep -q "Address already in use" "$dir/server.log" 2>/dev/null; then
            die "port $port on 127.0.0.1 is already in use; free it or choose another port (cmake -DDEMETRA_TEST_PG_PORT=...)"
        fi
        die "the PostgreSQL server in $dir did not start within 30 s (log above, also in $dir/server.log)"
    fi
    # pg_ctl -w already waited; pg_isready confirms the TCP listener the tests use (up to 30 s more).
    local i
    for i in $(seq 1 60); do
        if "$BINDIR/pg_isready" 9>&- -q -h 127.0.0.1 -p "$port" -t 1 2>/dev/null; then
            break
        fi
        [ "$i" -lt 60 ] || die "the server in $dir does not accept connections on 127.0.0.1:$port; see $dir/server.log"
        sleep 0.5
    done
    t1="$(date +%s%N)"
    local version
    version="$(as_owner "$BINDIR/postgres" --version | sed 's/^postgres (PostgreSQL) //')"
    printf '%s: PostgreSQL %s on 127.0.0.1:%s, cluster %s, superuser demetra (scram-sha-256, password in %s/password), ready in %d ms\n' \
        "$ME" "$version" "$port" "$dir" "$dir" $(((t1 - t0) / 1000000))
}

cmd_stop() {
    local dir="$1"
    if [ ! -e "$dir" ]; then
        echo "$ME: nothing to stop: $dir does not exist"
        return 0
    fi
    if [ ! -f "$dir/$MARKER" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
        die "$dir was not made by $ME (no $MARKER in it); not touching it"
    fi
    stop_server "$dir"
    wipe "$dir"
    echo "$ME: stopped and removed $dir"
}

[ $# -ge 2 ] || usage
command="$1"
# An absolute DIR: the socket directory and pg_ctl must not depend on the working directory.
DIR="$(realpath -m -- "$2")"
[ "$DIR" != "/" ] || die "refusing to use / as the cluster folder"
BINDIR="$(find_bindir)"

# One start or stop at a time per DIR (two test runs sharing a build tree wait for each other).
mkdir -p "$(dirname "$DIR")"
exec 9>"$DIR.lock"
flock 9

case "$command" in
start)
    [ $# -eq 3 ] || usage
    cmd_start "$DIR" "$3"
    ;;
stop)
    [ $# -eq 2 ] || usage
    cmd_stop "$DIR"
    ;;
*) usage ;;
esac
