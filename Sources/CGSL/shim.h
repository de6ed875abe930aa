// The parts of the GNU Scientific Library that JeugdSim uses.
// GSL's own switch for the inline definitions of its generator calls (gsl_rng_uniform and the like in
// gsl_rng.h; the GSL manual, "Inline functions"): see `jeugdsim_rng_uniform` below.
#define HAVE_INLINE
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_version.h>

// GSL exposes its generator types as mutable globals, which Swift 6 will not read from concurrent code.
// The pointer is set once at load time and never changes, so a function returning it is safe.
static inline const gsl_rng_type *jeugdsim_mt19937(void) { return gsl_rng_mt19937; }

// Tausworthe (L'Ecuyer 1996, maximally equidistributed taus2): three words of state, for the many small
// per-entity streams (`EntityStreams`).
static inline const gsl_rng_type *jeugdsim_taus2(void) { return gsl_rng_taus2; }

// The version of the GSL linked at run time (a result's fingerprint names it): a global, read as above.
static inline const char *jeugdsim_gsl_version(void) { return gsl_version; }

// The generator calls a model event makes several of. Swift calls a C99 inline function through the
// library's symbol, a call that only calls the generator through its pointer; these static ones compile
// into their callers, with GSL's inline definitions in them (the same numbers, 1 % fewer instructions in a
// municipality replication, `Benchmarks/instructions`).
static inline double jeugdsim_rng_uniform(const gsl_rng *r) { return gsl_rng_uniform(r); }
static inline double jeugdsim_rng_uniform_pos(const gsl_rng *r) { return gsl_rng_uniform_pos(r); }
static inline unsigned long jeugdsim_rng_uniform_int(const gsl_rng *r, unsigned long n) { return gsl_rng_uniform_int(r, n); }
