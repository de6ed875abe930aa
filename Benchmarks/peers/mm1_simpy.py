"""M/M/1 (arrival rate 1, service rate 1.1) in SimPy, written as SimPy's own examples write it:
a source process and a customer process per arrival, a Resource with one server."""
import random
import sys
import time

import simpy

ARRIVAL_RATE, SERVICE_RATE = 1.0, 1.1


def main(customers: int) -> None:
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=1)
    rng = random.Random(1)
    done = [0]
    waits = [0.0]

    def customer():
        arrived = env.now
        with server.request() as request:
            yield request
            waits[0] += env.now - arrived
            yield env.timeout(rng.expovariate(SERVICE_RATE))
        done[0] += 1

    def source():
        for _ in range(customers):
            yield env.timeout(rng.expovariate(ARRIVAL_RATE))
            env.process(customer())

    env.process(source())
    start = time.perf_counter()
    env.run()
    seconds = time.perf_counter() - start
    print(f"simpy-mm1 customers_per_second={done[0] / seconds:.0f} customers={done[0]} "
          f"seconds={seconds:.3f} mean_wait={waits[0] / done[0]:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
