"""The spread of paired means across master seeds beside the standard errors the runs report.

Reads the paired differences `jeugdsim compare` writes (one CSV a seed) and, for every whole-run figure,
prints (sd of the seeds' mean differences / mean reported standard error)^2. Where the intervals hold it
follows a chi-square over its degrees of freedom (seeds - 1), divided by them: median about 0.93 and 90th
percentile about 1.63 for 10 seeds. Usage: python3 spread.py REPLICATIONS RUN1.csv RUN2.csv ...
"""

import csv
import statistics
import sys


def t_quantile(p, df):
    """Student's t quantile (Cornish-Fisher expansion about the normal; within 0.2 % from 9 degrees of
    freedom): `compare`'s intervals are t intervals over the replications."""
    z = statistics.NormalDist().inv_cdf(p)
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)


def figures(path, t):
    """Whole-run figures of one run: (metric, group) -> (mean difference, standard error)."""
    rows = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["year"]:
                continue
            half = (float(row["difference_upper95"]) - float(row["difference_lower95"])) / 2
            rows[(row["metric"], row["group"])] = (float(row["difference_mean"]), half / t)
    return rows


def expected(quantile, df):
    """The quantile of a chi-square over `df` degrees of freedom divided by `df` (Wilson and Hilferty 1931)."""
    z = statistics.NormalDist().inv_cdf(quantile)
    return (1 - 2 / (9 * df) + z * (2 / (9 * df)) ** 0.5) ** 3


def main(replications, paths):
    t = t_quantile(0.975, replications - 1)
    runs = [figures(p, t) for p in paths]
    if len(runs) < 3:
        sys.exit("at least three runs (seeds) are needed")
    ratios = []
    for key in runs[0]:
        if not all(key in run for run in runs):
            continue
        means = [run[key][0] for run in runs]
        error = statistics.mean(run[key][1] for run in runs)
        if error > 0 and statistics.stdev(means) > 0:
            ratios.append(((statistics.stdev(means) / error) ** 2, key))
    ratios.sort()
    values = [r for r, _ in ratios]
    quantile = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    print(f"{len(runs)} seeds, {len(values)} figures with a spread")
    print(
        f"(spread across seeds / reported standard error)^2: median {statistics.median(values):.2f}, "
        f"10th percentile {quantile(0.1):.2f}, 90th {quantile(0.9):.2f}, mean {statistics.mean(values):.2f}"
    )
    df = len(runs) - 1
    print(
        f"where the intervals hold: median {expected(0.5, df):.2f}, 10th percentile {expected(0.1, df):.2f}, "
        f"90th {expected(0.9, df):.2f}, mean 1"
    )
    print("largest (shared noise, or a figure too rare for its interval):")
    for ratio, (metric, group) in reversed(ratios[-10:]):
        print(f"  {ratio:6.2f}  {metric} {group}".rstrip())


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2:])
