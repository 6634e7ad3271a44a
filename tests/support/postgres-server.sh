#!/usr/bin/env bash
# The tests' own PostgreSQL server: `start STATE_DIR` makes a new cluster in a temporary folder
# and starts it on a Unix socket in that folder (and on a free loopback port, for the TLS and
# refused-connection tests); `stop STATE_DIR` stops it and removes the folder. ctest runs these
# as the FIXTURES_SETUP and FIXTURES_CLEANUP of every test labelled `postgres`, so one server
# serves the whole run and each test makes its own database on it.
#
# `pause STATE_DIR` stops a started server and keeps its cluster; `resume STATE_DIR` starts it
# again on the same port (the live-update tests restart a server of their own under an open
# session; never the shared one, which other tests use at the same time).
#
# STATE_DIR/address holds the libpq address of the server's `postgres` database for the tests;
# STATE_DIR/datadir the cluster's folder. PostgreSQL refuses to run as root, so as root the
# server runs as the `postgres` system user (Debian's postgresql package makes it).
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
bin=${JALASEH_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$state/datadir" ] || return 0
    local dir
    dir=$(cat "$state/datadir")
    if [ -d "$dir/data" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state/datadir" "$state/address"
}

serve() { # folder port
    as_server "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 30 \
        -o "-k $1 -p $2 -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
        start >/dev/null 2>&1
}

case "$action" in
pause)
    dir=$(cat "$state/datadir")
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    dir=$(cat "$state/datadir")
    serve "$dir" "$(cat "$state/port")" || { cat "$dir/server.log" >&2; exit 1; }
    ;;
start)
    if [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL 15 is not installed ($bin/initdb is missing): run scripts/install-deps.sh" >&2
        exit 1
    fi
    mkdir -p "$state"
    stop # a server left behind by an interrupted run
    dir=$(mktemp -d /tmp/jalaseh-postgres.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    echo "$dir" > "$state/datadir"
    # C locale: the same byte order as SQLite; fsync off: a test server never outlives a crash.
    as_server "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --no-locale -E UTF8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    for port in $(seq 54320 54399); do
        if serve "$dir" "$port"; then
            echo "postgresql://postgres@/postgres?host=$dir&port=$port" > "$state/address"
            echo "$port" > "$state/port"
            echo "PostgreSQL test server on $dir (port $port)"
            exit 0
        fi
        # Only a port in use is worth another try.
        grep -q "could not bind\|Address already in use\|could not create lock file" \
            "$dir/server.log" 2>/dev/null || break
        : > "$dir/server.log"
    done
    echo "The PostgreSQL test server did not start:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop|pause|resume STATE_DIR" >&2
    exit 2
    ;;
esac
