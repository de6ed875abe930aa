"""Runs JeugdSim, SimPy and Ciw on the same M/M/1 model in interleaved rounds, so that machine noise hits
all three alike, and prints each one's median customers per second and JeugdSim's ratio to each peer."""
import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rate(line: str) -> float:
    return float(re.search(r"customers_per_second=([0-9.]+)", line).group(1))


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
    args = parser.parse_args()

    rates = {"jeugdsim": [], "simpy": [], "ciw": []}
    for round_number in range(1, args.rounds + 1):
        lines = {
            "jeugdsim": run([args.jeugdsim, "bench", "kernel", "--customers", str(args.customers)]),
            "simpy": run([args.python, str(HERE / "mm1_simpy.py"), str(args.simpy_customers)]),
            "ciw": run([args.python, str(HERE / "mm1_ciw.py"), str(args.ciw_customers)]),
        }
        for name, line in lines.items():
            rates[name].append(rate(line))
            print(f"round={round_number} {line}")
    median = {name: statistics.median(values) for name, values in rates.items()}
    print(" ".join(f"median_{name}_customers_per_second={value:.0f}" for name, value in median.items()))
    print(f"ratio jeugdsim/simpy={median['jeugdsim'] / median['simpy']:.1f} "
          f"jeugdsim/ciw={median['jeugdsim'] / median['ciw']:.1f}")


if __name__ == "__main__":
    main()
