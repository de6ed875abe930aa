"""M/M/1 (arrival rate 1, service rate 1.1) in Ciw, as Ciw's documentation builds a network."""
import sys
import time

import ciw

ARRIVAL_RATE, SERVICE_RATE = 1.0, 1.1


def main(customers: int) -> None:
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=ARRIVAL_RATE)],
        service_distributions=[ciw.dists.Exponential(rate=SERVICE_RATE)],
        number_of_servers=[1],
    )
    ciw.seed(1)
    simulation = ciw.Simulation(network)
    start = time.perf_counter()
    # Ciw stops on simulated time: about one customer arrives per time unit.
    simulation.simulate_until_max_time(customers / ARRIVAL_RATE)
    seconds = time.perf_counter() - start
    records = simulation.get_all_records()
    mean_wait = sum(r.waiting_time for r in records) / len(records)
    print(f"ciw-mm1 customers_per_second={len(records) / seconds:.0f} customers={len(records)} "
          f"seconds={seconds:.3f} mean_wait={mean_wait:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
