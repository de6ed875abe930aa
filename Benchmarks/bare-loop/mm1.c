/* The bare-loop limit for the kernel benchmark: the same M/M/1 (arrival rate 1, service rate 1.1) as
 * `jeugdsim bench kernel`, written as one loop in C over a binary heap of (time, sequence, kind) events
 * and GSL's MT19937, with no framework: what the event loop itself costs on this machine. Compiled by
 * Benchmarks/peers/compare.sh (cc -O2 ... -lgsl) and run in the same rounds as the kernel, SimPy and Ciw.
 * Usage: mm1 CUSTOMERS */
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct { double time; unsigned long sequence; int kind; } Event; /* kind 0: arrival, 1: departure */

static Event *heap;
static long count, capacity;
static unsigned long sequence;

static int before(const Event *a, const Event *b) {
    return a->time < b->time || (a->time == b->time && a->sequence < b->sequence);
}

static void push(double time, int kind) {
    if (count == capacity) { capacity = capacity ? 2 * capacity : 64; heap = realloc(heap, capacity * sizeof(Event)); }
    Event e = { time, sequence++, kind };
    long i = count++;
    while (i > 0 && before(&e, &heap[(i - 1) / 2])) { heap[i] = heap[(i - 1) / 2]; i = (i - 1) / 2; }
    heap[i] = e;
}

static Event pop(void) {
    Event top = heap[0], last = heap[--count];
    long i = 0;
    for (;;) {
        long child = 2 * i + 1;
        if (child >= count) break;
        if (child + 1 < count && before(&heap[child + 1], &heap[child])) child++;
        if (!before(&heap[child], &last)) break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = last;
    return top;
}

int main(int argc, char **argv) {
    long customers = argc > 1 ? atol(argv[1]) : 10000000;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 1);
    long departures = 0, events = 0, inSystem = 0;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    push(gsl_ran_exponential(r, 1.0), 0);
    while (departures < customers) {
        Event e = pop();
        events++;
        if (e.kind == 0) {
            push(e.time + gsl_ran_exponential(r, 1.0), 0);
            if (inSystem++ == 0) push(e.time + gsl_ran_exponential(r, 1 / 1.1), 1);
        } else {
            departures++;
            if (--inSystem > 0) push(e.time + gsl_ran_exponential(r, 1 / 1.1), 1);
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) * 1e-9;
    printf("bare-mm1 events_per_second=%.0f customers_per_second=%.0f customers=%ld events=%ld seconds=%.3f\n",
           events / seconds, departures / seconds, departures, events, seconds);
    gsl_rng_free(r);
    free(heap);
    return 0;
}
