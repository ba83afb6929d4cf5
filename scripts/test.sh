#!/usr/bin/env bash
# The whole test suite, on a fresh machine, by itself:
#   1. installs what the suite needs from apt when missing (PostgreSQL, Chromium, nginx, Caddy,
#      openssl, systemd-analyze; as root),
#   2. installs npm dependencies when missing,
#   3. starts a throwaway PostgreSQL cluster in a temp dir unless TEST_DATABASE_URL names one,
#   4. builds, type-checks and runs every test (unit, storage contract on SQLite AND PostgreSQL,
#      API over real HTTP, Chromium end-to-end).
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
npx vitest run "$@"
