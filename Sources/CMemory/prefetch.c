// CMemory is a header (include/CMemory.h); a C target needs one source file.
#include "CMemory.h"
