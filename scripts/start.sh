#!/usr/bin/env bash
# Starts the portal (frontend on :3000, backend on :7007) with the sample
# catalog, guest sign-in and SQLite files under data/. Installs Node 22, Yarn 4
# and the dependencies first when they are missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
mkdir -p data/sqlite
exec yarn start "$@"
