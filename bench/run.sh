#!/usr/bin/env bash
# npm run bench: build, start a throwaway PostgreSQL unless BENCH_DATABASE_URL is set, run
# bench/run.ts pinned to CPU core 1 (servers under test pin themselves to core 0).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
if [ -z "${BENCH_DATABASE_URL:-}" ] && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  # shellcheck source=scripts/pg-throwaway.sh
  source scripts/pg-throwaway.sh
  pg_throwaway_start
  trap pg_throwaway_stop EXIT
  export BENCH_DATABASE_URL="$TEST_DATABASE_URL"
fi
taskset -c 1 npx tsx bench/run.ts
