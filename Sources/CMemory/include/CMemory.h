// A cache hint Swift does not expose: start loading the line at `address` (for writing, kept in every cache
// level), so that a later access finds it. A hint only: it changes no memory and never faults.
static inline void jeugdsim_prefetch(const void *address) { __builtin_prefetch(address, 1, 3); }
