#!/usr/bin/env bash
# Installs the system libraries JeugdSim builds against (GSL) when they are missing.
set -euo pipefail
if pkg-config --exists gsl 2>/dev/null; then exit 0; fi
echo "Installing GSL (libgsl-dev) and pkg-config..." >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libgsl-dev pkg-config >/dev/null
pkg-config --exists gsl || { echo "error: GSL still not found by pkg-config after installing libgsl-dev" >&2; exit 1; }
