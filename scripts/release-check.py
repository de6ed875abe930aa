#!/usr/bin/env python3
"""make release-check: what a release promises, checked against the build (docs/releases.md, "A release").

- CHANGELOG.md has an entry for the version in Sources/BuildOrigin/Version.swift, dated as CITATION.cff;
- CITATION.cff names that version and is valid Citation File Format (cffconvert --validate);
- docs/model.md names the model version; the model version is the version's minor series;
- the built jeugdsim reports that version;
- the README names the version where it says it; LICENSE is the official text of the EUPL v1.2 (by its
  SHA-256);
- the README's sample outputs (between `<!-- sample NAME -->` and `<!-- end sample -->`) are what the
  shipped scenarios produce with this build. `--update` writes them anew instead of comparing;
  `--samples-only` checks only these (make test runs it).

Usage: scripts/release-check.py [--update] [--cffconvert PATH]
"""
import argparse
import hashlib
import html
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
JEUGDSIM = ROOT / ".build" / "release" / "jeugdsim"
# The English text of the EUPL v1.2 as the European Commission publishes it on Joinup ("EUPL v1_2 EN
# UTF-8.txt"), as scancode-toolkit 32.5.0 (PyPI) carries it verbatim in licensedcode/data/rules/eupl-1.2_1.RULE.
LICENCE_SHA256 = "a71e6f6ca9bcaf38e158575f9824d06db326aa23a9cb9feef21016f425f3a52c"
SAMPLE = re.compile(r"<!-- sample (\w+) -->(.*?)<!-- end sample -->", re.S)


def jeugdsim(*arguments):
    return subprocess.run([str(JEUGDSIM), *map(str, arguments)], cwd=ROOT, check=True, capture_output=True, text=True)


def sample_run(scratch):
    """The console table of `jeugdsim run` (the built-in baseline), without the line that times it."""
    out = jeugdsim("run", "--out", scratch / "run").stdout
    table = "\n".join(line for line in out.splitlines() if not line.startswith("Results in "))
    return f"\n```text\n{table.strip()}\n```\n"


def sample_report(scratch):
    """The report's verdict on the specialist wait under front-2fte-shift, as `make run` writes it."""
    folder = scratch / "compare"
    jeugdsim("compare", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "--out", folder, "--report")
    page = (folder / "report.html").read_text()
    item = re.search(r'<li class="verdict" data-metric="wait.mean.specialist" data-variant="front-2fte-shift">(.*?)</li>', page)
    if not item:
        raise SystemExit("release-check: the report has no verdict on wait.mean.specialist for front-2fte-shift")
    return '"' + html.unescape(re.sub(r"<[^>]+>", "", item.group(1))) + '"'


SAMPLES = {"run": sample_run, "report": sample_report}


def promises(options):
    """What a release promises beyond the samples: versions, changelog, citation, model document, licence."""
    problems = []
    swift = (ROOT / "Sources" / "BuildOrigin" / "Version.swift").read_text()
    version = re.search(r'static let release = "([^"]+)"', swift).group(1)
    model = re.search(r'static let model = "([^"]+)"', swift).group(1)
    if not version.startswith(model + "."):
        problems.append(f"model version {model} is not the minor series of version {version}")

    changelog = (ROOT / "CHANGELOG.md").read_text()
    entry = re.search(rf"^## \[{re.escape(version)}\] - (\d{{4}}-\d{{2}}-\d{{2}})$", changelog, re.M)
    if not entry:
        problems.append(f"CHANGELOG.md has no entry '## [{version}] - YYYY-MM-DD'")
    citation = (ROOT / "CITATION.cff").read_text()
    if not re.search(rf"^version: {re.escape(version)}$", citation, re.M):
        problems.append(f"CITATION.cff does not say 'version: {version}'")
    released = re.search(r'^date-released: "?([0-9-]+)"?$', citation, re.M)
    if entry and (not released or released.group(1) != entry.group(1)):
        problems.append(f"CITATION.cff's date-released is not the changelog's {entry.group(1)}")
    valid = subprocess.run([options.cffconvert, "--validate", "-i", str(ROOT / "CITATION.cff")], capture_output=True, text=True)
    if valid.returncode != 0:
        problems.append(f"CITATION.cff is not valid: {(valid.stdout + valid.stderr).strip()[-300:]}")
    model_doc = (ROOT / "docs" / "model.md").read_text()
    if f"Model version {model}, " not in model_doc.split("\n## ")[0]:
        problems.append(f"docs/model.md's heading does not say 'Model version {model}, <date>'")
    readme = (ROOT / "README.md").read_text()
    for claim in (f"version {version}, model {model} (", f"(version {version}, model {model})", f"version = {{{version}}}"):
        if claim not in readme:
            problems.append(f"README.md does not say '{claim}' (its heading, How to cite)")
    printed = jeugdsim("--version").stdout.splitlines()
    if printed[:1] != [f"jeugdsim {version}"] or not printed[1:2] or not printed[1].startswith(f"model {model}, "):
        problems.append(f"the built jeugdsim says {printed[:2]}: run make build")
    if hashlib.sha256((ROOT / "LICENSE").read_bytes()).hexdigest() != LICENCE_SHA256:
        problems.append("LICENSE is not the official text of the EUPL v1.2 (its SHA-256 differs)")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write the README's samples anew")
    parser.add_argument("--samples-only", action="store_true",
                        help="check only the README's samples (make test: they must match what the scenarios produce)")
    parser.add_argument("--cffconvert", default=str(ROOT / ".build" / "release-venv" / "bin" / "cffconvert"))
    options = parser.parse_args()
    problems = []

    if not options.samples_only:
        problems += promises(options)
    readme = (ROOT / "README.md").read_text()
    readme_file = ROOT / "README.md"
    found = {match.group(1): match.group(2) for match in SAMPLE.finditer(readme)}
    with tempfile.TemporaryDirectory() as scratch:
        produced = {name: make(pathlib.Path(scratch)) for name, make in SAMPLES.items()}
    for name, text in produced.items():
        if name not in found:
            problems.append(f"README.md has no sample '{name}' (<!-- sample {name} --> ... <!-- end sample -->)")
        elif found[name] != text and not options.update:
            problems.append(f"README.md's sample '{name}' is not what this build produces:\n{text}\n"
                            "(scripts/release-check.py --update writes it)")
    if options.update:
        readme_file.write_text(SAMPLE.sub(lambda m: f"<!-- sample {m.group(1)} -->{produced.get(m.group(1), m.group(2))}<!-- end sample -->", readme))

    for problem in problems:
        print("release-check:", problem, file=sys.stderr)
    print(f"release-check: {jeugdsim('--version').stdout.splitlines()[0]}: {'ready' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
