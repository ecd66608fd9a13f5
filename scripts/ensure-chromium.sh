#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is installed: Debian's
# package, since browser downloads by Playwright itself are not possible here.
# Prints the browser's path.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "$CHROMIUM_PATH"
  exit 0
fi
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Chromium is missing: install it (e.g. 'apt-get install chromium') or set CHROMIUM_PATH" >&2
    exit 1
  fi
  echo "installing Chromium from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
command -v chromium
