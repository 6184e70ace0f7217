#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests, on loopback in a folder of the build tree.
#   tests/pg/cluster.sh start DIR   a new cluster (initdb) started on a free port; DIR/url holds its URL
#   tests/pg/cluster.sh stop DIR    stop it and remove it
#   tests/pg/cluster.sh pause DIR   stop the server, keeping the cluster (a server gone away)
#   tests/pg/cluster.sh resume DIR  start it again on the same port
# As root (CI), the server runs as the postgres user, which PostgreSQL requires.
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?a folder}")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "cluster.sh: PostgreSQL is not installed (./dev.sh installs the postgresql package)" >&2
    exit 1
fi
as=()
if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --)
fi

# serve PORT: start the cluster's server on loopback at PORT.
serve() {
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
}

case "$action" in
start)
    # A cluster left by a run that was stopped is stopped and made anew.
    "$0" stop "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U careu -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # A random port on loopback; another one if something already listens there.
    started=0
    for _ in 1 2 3 4 5 6 7 8; do
        port=$(shuf -i 20000-60000 -n 1)
        if serve "$port"; then
            started=1
            break
        fi
    done
    if [ "$started" -ne 1 ]; then
        tail -n 20 "$dir/server.log" >&2
        exit 1
    fi
    echo "$port" >"$dir/port"
    echo "postgresql://careu@127.0.0.1:$port/postgres" >"$dir/url"
    echo "cluster.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
pause)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
resume)
    serve "$(cat "$dir/port")"
    ;;
*)
    echo "usage: tests/pg/cluster.sh start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
