#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on a free loopback port, for the tests.
#
#   Tools/pg-test-cluster.sh start    # initdb + start; prints  export TEXTBI_TEST_POSTGRES_URL=postgres://…
#   Tools/pg-test-cluster.sh url      # the running cluster's URL
#   Tools/pg-test-cluster.sh halt     # stop the server, keep the data (the fault test)
#   Tools/pg-test-cluster.sh resume   # start it again on the same port
#   Tools/pg-test-cluster.sh stop     # stop and delete everything
#
# The folder is $TEXTBI_PG_DIR (default /tmp/textbi-pg-test). initdb refuses to run as root, so as root the cluster
# runs as the `postgres` user Debian's package creates. The C locale makes text sort by code point, as SQLite does.
set -euo pipefail

DIR="${TEXTBI_PG_DIR:-/tmp/textbi-pg-test}"
DB=textbi_test
USER_NAME=textbi

bindir() {
    local pg_config_dir
    for pg_config_dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$pg_config_dir/initdb" ] && { echo "$pg_config_dir"; return; }
    done
    command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
    echo "PostgreSQL server binaries not found: apt-get install -y --no-install-recommends postgresql" >&2
    exit 1
}
BIN="$(bindir)"

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

url() { echo "postgres://$USER_NAME@127.0.0.1:$(cat "$DIR/port")/$DB?sslmode=disable"; }

server_start() {
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
        -o "-p $(cat "$DIR/port") -k $DIR/socket -h 127.0.0.1 -c fsync=off -c full_page_writes=off" start </dev/null >/dev/null 2>&1 \
        || { tail -20 "$DIR/server.log" >&2; exit 1; }
}

case "${1:-}" in
start)
    if [ -f "$DIR/port" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
        echo "export TEXTBI_TEST_POSTGRES_URL='$(url)'"
        exit 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR/socket"
    free_port >"$DIR/port"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$DIR"
    as_owner "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; exit 1; }
    server_start
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$(cat "$DIR/port")" -U "$USER_NAME" "$DB"
    echo "export TEXTBI_TEST_POSTGRES_URL='$(url)'"
    ;;
url) url ;;
halt) as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop </dev/null >/dev/null 2>&1 ;;
resume) server_start ;;
stop)
    if [ -d "$DIR/data" ]; then as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    ;;
*)
    echo "usage: $0 start|url|halt|resume|stop" >&2
    exit 2
    ;;
esac
