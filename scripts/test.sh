#!/usr/bin/env bash
# Runs every check and test. Installs Node 22, Yarn 4 and the dependencies
# first when they are missing; see scripts/check.sh for what runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
exec yarn test "$@"
