#!/usr/bin/env bash
# A throwaway PostgreSQL cluster in a temp dir, for tests. Source this file, then call
# pg_throwaway_start (exports TEST_DATABASE_URL, TEST_PG_DATA, TEST_PG_BIN, TEST_PG_RUNAS) and
# pg_throwaway_stop. initdb refuses to run as root, so as root the cluster runs as `postgres`.

pg_throwaway_start() {
  TEST_PG_BIN=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")
  PG_TMP=$(mktemp -d /tmp/ricochet-pg.XXXXXX)
  TEST_PG_DATA="$PG_TMP/data"
  TEST_PG_RUNAS=""
  if [ "$(id -u)" = 0 ]; then
    TEST_PG_RUNAS=postgres
    chown postgres: "$PG_TMP"
  fi
  local port
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  _pg "$TEST_PG_BIN/initdb" -D "$TEST_PG_DATA" -A trust -U postgres --no-sync -E UTF8 >/dev/null
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '$PG_TMP'"
    echo "fsync = off"
    echo "synchronous_commit = off"
    echo "full_page_writes = off"
    echo "max_connections = 200"
  } | _pg tee -a "$TEST_PG_DATA/postgresql.conf" >/dev/null
  _pg "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DATA" -l "$PG_TMP/server.log" -w start >/dev/null
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  export TEST_PG_DATA TEST_PG_BIN TEST_PG_RUNAS
  echo "test: throwaway PostgreSQL on port $port"
}

pg_throwaway_stop() {
  [ -n "${TEST_PG_DATA:-}" ] || return 0
  _pg "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
}

_pg() {
  if [ -n "${TEST_PG_RUNAS:-}" ]; then runuser -u "$TEST_PG_RUNAS" -- "$@"; else "$@"; fi
}
