#!/usr/bin/env bash
# Makes (or refreshes) a Python virtual environment with pinned requirements.
# Usage: scripts/setup-python.sh REQUIREMENTS VENV_DIR
set -euo pipefail
requirements=$1
venv=$2
stamp="$venv/.requirements"
if [ -x "$venv/bin/python" ] && cmp -s "$requirements" "$stamp"; then exit 0; fi
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
cp "$requirements" "$stamp"
