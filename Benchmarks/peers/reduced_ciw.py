"""The youth-care model reduced to an open Jackson network (reduced.yaml) in Ciw: the same stations, places,
durations, arrival rates and routing, so that compare.py can set the episodes each completes per second
side by side. Prints one line: ciw-reduced episodes_per_second=... episodes=... seconds=..."""
import sys
import time

import ciw

DAYS_PER_YEAR = 365.25
YOUTHS = 1_000_000
# Stations in order: generalist, level 4, level 5, level 6, foster care (reduced.yaml).
PLACES = [400, 2000, 2600, 300, 50]
MEAN_DAYS = [60, 100, 120, 120, 120]
ARRIVALS_PER_DAY = [YOUTHS * 20 / 1000 / DAYS_PER_YEAR, 0, YOUTHS * 6 / 1000 / DAYS_PER_YEAR, 0, 0]
# Generalist help fails with probability 0.3 (to level 4); specialist episodes step up with probability 0.1.
ROUTING = [
    [0.0, 0.3, 0.0, 0.0, 0.0],
    [0.0, 0.0, 0.1, 0.0, 0.0],
    [0.0, 0.0, 0.0, 0.1, 0.0],
    [0.0, 0.0, 0.0, 0.0, 0.1],
    [0.0, 0.0, 0.0, 0.0, 0.1],
]


def main(years: float) -> None:
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=r) if r > 0 else None for r in ARRIVALS_PER_DAY],
        service_distributions=[ciw.dists.Exponential(rate=1 / m) for m in MEAN_DAYS],
        routing=ROUTING,
        number_of_servers=PLACES,
    )
    ciw.seed(1)
    simulation = ciw.Simulation(network)
    start = time.perf_counter()
    simulation.simulate_until_max_time(years * DAYS_PER_YEAR)
    seconds = time.perf_counter() - start
    episodes = len(simulation.get_all_records())
    print(f"ciw-reduced episodes_per_second={episodes / seconds:.0f} episodes={episodes} seconds={seconds:.3f}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
