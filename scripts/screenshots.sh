#!/usr/bin/env bash
# make screenshots: docs/report/ anew from what the shipped scenarios produce with this build: the main job's
# comparison (the baseline against front-2fte-shift and front-2fte-add, at the scenarios' own replications),
# its Dutch report as a reader's browser shows it (the first screen at 1280 x 800, then every page), the
# English report of a single run's first screen, and the one-page decision note. The README links them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-browser.sh
scripts/setup-python.sh Notebooks/requirements.txt Notebooks/.venv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jeugdsim=.build/release/jeugdsim
"$jeugdsim" compare Scenarios/baseline-municipality.yaml Scenarios/front-2fte-shift.yaml Scenarios/front-2fte-add.yaml \
    --out "$work/compare" >/dev/null
"$jeugdsim" report "$work/compare" --note >/dev/null
"$jeugdsim" run --out "$work/run" >/dev/null
"$jeugdsim" report "$work/run" --lang en >/dev/null
rm -f docs/report/*.png docs/report/*.pdf
Notebooks/.venv/bin/python Notebooks/screenshot_report.py "$work/compare/report.html" docs/report/compare-nl
Notebooks/.venv/bin/python Notebooks/screenshot_report.py "$work/run/report-en.html" docs/report/run-en --first-screen-only
cp "$work/compare/note.pdf" docs/report/note-nl.pdf
