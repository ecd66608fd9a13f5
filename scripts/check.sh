#!/usr/bin/env bash
# Every check and test of the repository, in one run (`yarn test`).
# Expects Node 22 and Yarn 4 on PATH and dependencies installed; use
# scripts/test.sh on a fresh machine, which arranges that first.
#
# Database tests always run on SQLite. PostgreSQL and MariaDB/MySQL join in
# when their connection strings are set, and this script sets them itself
# when the services answer on 127.0.0.1 (5432, 3306).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REPORT_DIR="node_modules/.cache/sre-maturity-check"
mkdir -p "$REPORT_DIR"

# Never let TestDatabases reach for Docker: there may be no engine.
export BACKSTAGE_TEST_DISABLE_DOCKER=1
export CI="${CI:-true}"

databases=("SQLite")
# Connection strings already set win; otherwise use the local services.
while IFS='=' read -r name value; do
  [ -n "$name" ] && [ -z "${!name:-}" ] && export "$name=$value"
done < <(node scripts/test-databases.cjs)
[ -n "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ] && databases+=("PostgreSQL")
[ -n "${BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING:-}" ] && databases+=("MariaDB/MySQL")

results=()
failed=0
step() {
  local name="$1"
  shift
  local start=$SECONDS
  printf '\n\033[1;34m==> %s\033[0m\n' "$name"
  if "$@"; then
    results+=("PASS  $name ($((SECONDS - start))s)")
  else
    results+=("FAIL  $name ($((SECONDS - start))s)")
    failed=$((failed + 1))
  fi
}

unit_tests() {
  local json="$REPORT_DIR/jest.json"
  rm -f "$json"
  yarn backstage-cli repo test --json --outputFile="$json"
  local status=$?
  if [ -f "$json" ]; then
    node -e '
      const r = require(process.argv[1]);
      console.log(`\njest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped (${r.numTotalTestSuites} suites)`);
      process.exit(r.numPendingTests > 0 ? 1 : 0);
    ' "$PWD/$json" || { echo "skipped tests are not allowed"; status=1; }
  fi
  return $status
}

echo "Databases for this run: ${databases[*]}"

# The published packages' metadata as `backstage-cli repo fix --publish`
# and Backstage's peer dependency rules want it.
package_metadata() {
  yarn fix --check && yarn lint:peer-deps
}

step "type check (tsc)" yarn tsc
# The typed router and -common's wire types are generated from the backend's
# openapi.yaml: generating them again must change nothing.
generated_api_types() {
  yarn generate:openapi >/dev/null &&
    git diff --exit-code -- \
      plugins/sre-maturity-backend/src/schema/openapi/generated \
      plugins/sre-maturity-common/src/schema/generated
}
step "generated API types up to date" generated_api_types
step "package metadata" package_metadata
# Compares the public API of each published package with its committed
# report.api.md. It compiles the declarations afresh, as `yarn
# build:api-reports` does: TypeScript orders the members of inferred unions
# by when it met them, which an incremental build can change.
step "API reports" yarn build:api-reports --ci
step "lint" yarn backstage-cli repo lint --max-warnings 0
step "prettier" yarn prettier --check .
step "unit and integration tests on: ${databases[*]}" unit_tests
step "production build of the frontend app" yarn build:app

# Runs a command with Debian's Chromium, installed first when it is missing.
with_chromium() {
  local chromium
  chromium="$(scripts/ensure-chromium.sh)" || return 1
  echo "Chromium: $chromium"
  CHROMIUM_PATH="$chromium" "$@"
}

# Playwright starts the portal (scripts/start.sh --built, on a fresh SQLite
# folder) and stops it again, also when a test fails.
step "end-to-end tests (Playwright)" with_chromium yarn playwright test
# Packs the plugins, installs them as their READMEs say into two stock apps
# made by create-app (new and legacy frontend system), builds and starts
# each and uses it in Chromium: see packages/install-test.
step "install tests in stock apps" with_chromium yarn test:install

printf '\n\033[1mSummary\033[0m\n'
printf '  %s\n' "${results[@]}"
echo "  databases covered by the database tests: ${databases[*]}"
passed=$((${#results[@]} - failed))
echo "checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
