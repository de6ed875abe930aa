"""Run jeugdsim from a notebook and read what it writes to Results/.

Notebooks never hard-code a number jeugdsim produces: they run it and read its CSV and JSON files.
With JEUGDSIM_SMALL=1 (the test suite) every run is small: few replications, short horizons.
"""
import json
import os
import pathlib
import subprocess

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = pathlib.Path(os.environ.get("JEUGDSIM_BINARY", ROOT / ".build" / "release" / "jeugdsim"))
SMALL = os.environ.get("JEUGDSIM_SMALL") == "1"
RESULTS = pathlib.Path(os.environ.get("JEUGDSIM_RESULTS", ROOT / "Results"))


def size(replications=100, years=10):
    """Command-line options for a run: as asked, or small under the test suite."""
    if SMALL:
        return ["-r", "4", "--years", "2", "--set", "run.warmUpYears=2"]
    return ["-r", str(replications), "--years", str(years)]


def jeugdsim(*arguments):
    """Runs jeugdsim in the repository and returns its standard output; raises with its errors."""
    result = subprocess.run([str(BINARY), *map(str, arguments)], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"jeugdsim {' '.join(map(str, arguments))} failed:\n{result.stderr}")
    return result.stdout


def scenario(name):
    return ROOT / "Scenarios" / f"{name}.yaml"


def run(name, out, *extra, replications=100, years=10):
    """Runs Scenarios/<name>.yaml into out/<name>/ and returns that folder."""
    folder = pathlib.Path(out) / name
    jeugdsim("run", scenario(name), "--out", folder, *size(replications, years), *extra)
    return folder


def compare(base, variants, out, replications=100, years=10):
    """Runs base and variants on common random numbers into out/; returns out."""
    out = pathlib.Path(out)
    jeugdsim("compare", scenario(base), *map(scenario, variants), "--out", out, *size(replications, years))
    return out


def levels(folder):
    return pd.read_csv(pathlib.Path(folder) / "levels.csv", keep_default_na=False, na_values=[""])


def timeseries(folder):
    frame = pd.read_csv(pathlib.Path(folder) / "timeseries.csv")
    frame["month"] = pd.to_datetime(frame["month"])
    return frame


def budget(folder):
    return pd.read_csv(pathlib.Path(folder) / "budget.csv")


def summary(folder):
    return json.loads((pathlib.Path(folder) / "summary.json").read_text())


def figure(frame, name, group="", yearly=False):
    """Rows of one figure from levels.csv: by year when `yearly`, else the whole-horizon row."""
    rows = frame[(frame["metric"] == name) & (frame["group"].fillna("") == group)]
    rows = rows[rows["year"].notna()] if yearly else rows[rows["year"].isna()]
    return rows.sort_values("year") if yearly else rows


def write_design(path, extends, names, rows, name=None):
    """Writes a sampled design (a Morris or Sobol sample: one row of values per point) as a sweep file that
    extends a scenario: `jeugdsim sweep` runs it on one machine, `jeugdsim slurm` on a cluster."""
    path = pathlib.Path(path)
    lines = [f"extends: {pathlib.Path(extends).resolve()}", f"name: {name or path.stem}", "sweep:", "  design:"]
    for column, key in enumerate(names):
        lines.append(f"    {key}: [{', '.join(repr(float(row[column])) for row in rows)}]")
    path.write_text("\n".join(lines) + "\n")
    return path


def sweep_figure(folder, metric, group=""):
    """One figure of every point of a sweep, in point order (the whole-horizon row)."""
    frame = pd.read_csv(pathlib.Path(folder) / "sweep.csv", keep_default_na=False, na_values=[""])
    rows = frame[(frame["metric"] == metric) & (frame["group"].fillna("") == group) & frame["year"].isna()]
    return rows.sort_values("point")["mean"].to_numpy()
