// The parts of the GNU Scientific Library that JeugdSim uses.
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>

// GSL exposes its generator types as mutable globals, which Swift 6 will not read from concurrent code.
// The pointer is set once at load time and never changes, so a function returning it is safe.
static inline const gsl_rng_type *jeugdsim_mt19937(void) { return gsl_rng_mt19937; }

// Tausworthe (L'Ecuyer 1996, maximally equidistributed taus2): three words of state, for the many small
// per-entity streams (`EntityStreams`).
static inline const gsl_rng_type *jeugdsim_taus2(void) { return gsl_rng_taus2; }
