#!/usr/bin/env bash
# Starts the portal with the sample catalog, guest sign-in and SQLite files
# under data/ (or $SRE_MATURITY_DATA_DIR, an absolute path). Installs Node 22,
# Yarn 4 and the dependencies first when they are missing.
#
#   scripts/start.sh           frontend dev server on :3000, backend on :7007
#   scripts/start.sh --built   only the backend on :7007, serving the
#                              production build of the frontend (built first
#                              when packages/app/dist is missing)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
mkdir -p "${SRE_MATURITY_DATA_DIR:-data/sqlite}"

if [ "${1:-}" = "--built" ]; then
  shift
  [ -f packages/app/dist/index.html ] || yarn build:app
  cd packages/backend
  # Run once, without the file watcher of `backstage-cli package start`, so
  # edits elsewhere in the tree never restart it; development mode keeps
  # guest sign-in available.
  NODE_ENV=development exec node --enable-source-maps \
    --require @backstage/cli-node/config/nodeTransform.cjs src/index \
    --config ../../app-config.yaml --config ../../app-config.built.yaml "$@"
fi
exec yarn start "$@"
