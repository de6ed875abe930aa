#!/usr/bin/env bash
# Installs Debian's Chromium for the report's browser test when it is missing (no browser download: the
# test drives this one through Playwright).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "Installing Chromium (Debian package) for the report test..." >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null || { echo "error: chromium still not found after installing it" >&2; exit 1; }
