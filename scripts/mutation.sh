#!/usr/bin/env bash
# Mutation testing with Stryker (docs/testing.md), one scope at a time (stryker.scopes.mjs):
#   npm run mutation                 # every scope: core, ingest, http
#   npm run mutation -- core         # one or more scopes
# Each scope fails below 85 % (stryker.config.mjs `thresholds.break`); reports go to
# reports/stryker/<scope>/mutation.html. Runs are incremental: a second run only tests mutants
# whose code or tests changed (delete reports/stryker/<scope>/incremental.json for a full run).
# The mutated code is the same on both engines, so the tests run on SQLite only.
set -euo pipefail
cd "$(dirname "$0")/.."
scopes=("$@")
[ ${#scopes[@]} -gt 0 ] || scopes=(core ingest http)
[ -f dist/public/interstitial.js ] || npm run --silent build
status=0
for scope in "${scopes[@]}"; do
  echo "mutation: scope $scope"
  MUTATION_SCOPE="$scope" TEST_ENGINES=sqlite npx stryker run || status=1
done
exit $status
