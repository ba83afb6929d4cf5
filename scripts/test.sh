#!/usr/bin/env bash
# The whole test suite, on a fresh machine, by itself:
#   1. installs what the suite needs from apt when missing (PostgreSQL, Chromium, nginx, Caddy,
#      openssl, systemd-analyze; as root),
#   2. installs npm dependencies when missing,
#   3. starts a throwaway PostgreSQL cluster in a temp dir unless TEST_DATABASE_URL names one,
#   4. builds, type-checks and runs every test (unit, storage contract on SQLite AND PostgreSQL,
#      API over real HTTP, Chromium end-to-end);
#   5. with COVERAGE=1 (`npm run coverage`), counts coverage across every
#      process and thread the suite starts and fails below the per-folder thresholds
#      (scripts/coverage-check.ts);
#   6. with MUTATION=1 (on by default in CI), runs Stryker on the core folders with a failing
#      threshold (scripts/mutation.sh core). docs/testing.md says what runs where and why.
# Extra arguments go to vitest, e.g. `npm test -- src/core`.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# The deploy/ configs run for real: nginx and Caddy as reverse proxies, the unit through systemd-analyze.
[ -x /usr/sbin/nginx ] || need+=(nginx)
[ -x /usr/bin/caddy ] || need+=(caddy)
command -v openssl >/dev/null || need+=(openssl)
command -v systemd-analyze >/dev/null || need+=(systemd)
if [ -z "${TEST_DATABASE_URL:-}" ] && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then need+=(postgresql); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test: installing ${need[*]} from apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "test: missing ${need[*]}: install them (apt-get install ${need[*]}) or set TEST_DATABASE_URL" >&2
    exit 1
  fi
fi

[ -d node_modules ] || npm ci

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  # shellcheck source=scripts/pg-throwaway.sh
  source scripts/pg-throwaway.sh
  pg_throwaway_start
  trap pg_throwaway_stop EXIT
fi
export TEST_ENGINES="${TEST_ENGINES:-sqlite,postgres}"

npm run --silent build
npm run --silent typecheck
# src/core stays free of I/O, framework, driver and storage imports (eslint.config.js).
npx eslint --max-warnings 0
coverage=${COVERAGE:-0}
if [ "${coverage:-0}" = 1 ]; then
  raw=$(mktemp -d /tmp/ricochet-v8-coverage.XXXXXX)
  # Every process the suite starts writes V8 coverage to $raw (vitest.coverage.config.ts).
  tests=0
  NODE_OPTIONS="--import tsx ${NODE_OPTIONS:-}" NODE_V8_COVERAGE="$raw" npx vitest run --config vitest.coverage.config.ts "$@" || tests=$?
  # The report is written even when a test failed (it shows what the failing run reached).
  rm -rf coverage
  npx c8 report --temp-directory "$raw" >/dev/null
  rm -rf "$raw"
  echo "coverage: report in coverage/index.html; per folder:"
  if [ $# -eq 0 ]; then npx tsx scripts/coverage-check.ts coverage/coverage-summary.json; else npx tsx scripts/coverage-check.ts coverage/coverage-summary.json || true; fi
  [ "$tests" = 0 ] || exit "$tests"
else
  npx vitest run "$@"
fi

mutation=${MUTATION:-${CI:+1}}
if [ "${mutation:-0}" = 1 ] && [ $# -eq 0 ]; then
  bash scripts/mutation.sh core
fi
