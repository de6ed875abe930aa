"""Runs JeugdSim, SimPy and Ciw on the same M/M/1 model in interleaved rounds, so that machine noise hits
all alike, and prints each one's median customers per second and JeugdSim's ratio to each peer; beside them
the bare-loop limit (the same M/M/1 as one C loop on GSL, Benchmarks/bare-loop/mm1.c) and the youth-care
model reduced to a Jackson network (reduced.yaml) in JeugdSim and in Ciw (reduced_ciw.py); and, given
--before, an earlier jeugdsim's kernel in the same rounds, for the speed-up of a change."""
import json
import tempfile
import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rate(line: str, name: str = "customers_per_second") -> float:
    return float(re.search(name + r"=([0-9.]+)", line).group(1))


def reduced_jeugdsim(binary: str) -> str:
    """The reduced network in JeugdSim: episodes completed per second of the run (run.json's wall time)."""
    with tempfile.TemporaryDirectory() as out:
        run([binary, "run", str(HERE / "reduced.yaml"), "--threads", "1", "--out", out + "/r"])
        summary = json.loads(Path(out, "r", "summary.json").read_text())
        seconds = json.loads(Path(out, "r", "run.json").read_text())["wallSeconds"]
        figures = summary["figures"]
        episodes = sum(figures[f"completions.level{level}"]["mean"] for level in range(2, 8)) * summary["replications"]
        return f"jeugdsim-reduced episodes_per_second={episodes / seconds:.0f} episodes={episodes:.0f} seconds={seconds:.3f}"


def run(command: list[str]) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jeugdsim", required=True, help="path to the jeugdsim binary")
    parser.add_argument("--python", default=sys.executable, help="python with simpy and ciw")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--customers", type=int, default=10_000_000)
    parser.add_argument("--simpy-customers", type=int, default=200_000)
    parser.add_argument("--ciw-customers", type=int, default=100_000)
    parser.add_argument("--bare", help="the compiled bare loop (Benchmarks/bare-loop/mm1.c)")
    parser.add_argument("--ciw-reduced-years", type=float, default=0.5)
    parser.add_argument("--before", help="an earlier jeugdsim binary, whose kernel runs in the same rounds")
    args = parser.parse_args()

    rates = {"jeugdsim": [], "simpy": [], "ciw": [], "bare": [], "before": [], "jeugdsim-reduced": [], "ciw-reduced": []}
    for round_number in range(1, args.rounds + 1):
        lines = {
            "jeugdsim": run([args.jeugdsim, "bench", "kernel", "--customers", str(args.customers)]),
            "simpy": run([args.python, str(HERE / "mm1_simpy.py"), str(args.simpy_customers)]),
            "ciw": run([args.python, str(HERE / "mm1_ciw.py"), str(args.ciw_customers)]),
            "jeugdsim-reduced": reduced_jeugdsim(args.jeugdsim),
            "ciw-reduced": run([args.python, str(HERE / "reduced_ciw.py"), str(args.ciw_reduced_years)]),
        }
        if args.bare:
            lines["bare"] = run([args.bare, str(args.customers)])
        if args.before:
            lines["before"] = run([args.before, "bench", "kernel", "--customers", str(args.customers)]).replace("kernel-mm1", "before-mm1")
        for name, line in lines.items():
            rates[name].append(rate(line, "episodes_per_second" if "reduced" in name else "customers_per_second"))
            print(f"round={round_number} {line}")
    median = {name: statistics.median(values) for name, values in rates.items() if values}
    print(" ".join(f"median_{name}_per_second={value:.0f}" for name, value in median.items()))
    print(f"ratio jeugdsim/simpy={median['jeugdsim'] / median['simpy']:.1f} "
          f"jeugdsim/ciw={median['jeugdsim'] / median['ciw']:.1f}"
          + (f" jeugdsim/bare-loop={median['jeugdsim'] / median['bare']:.2f}" if "bare" in median else "")
          + (f" jeugdsim/before={median['jeugdsim'] / median['before']:.2f}" if "before" in median else ""))
    print(f"ratio reduced-network jeugdsim/ciw={median['jeugdsim-reduced'] / median['ciw-reduced']:.1f} "
          "(episodes completed per second; Ciw from empty over a shorter horizon)")


if __name__ == "__main__":
    main()
