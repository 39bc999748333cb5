#include "CAllocator.h"

#include <stdlib.h>  // defines __GLIBC__ on glibc, tested below

#ifdef __GLIBC__
#include <malloc.h>
#endif

// Blocks up to 32 MiB come from the heap, and freed memory stays there to be used again,
// rather than each large array being mapped fresh (its pages zeroed by the kernel as they
// are first touched) and unmapped when freed. `cs list` of 25,000 tickets builds and frees
// megabytes of arrays: 29.1 -> 26.3 ms and 4,910 -> 4,147 page faults at a million events
// (docs/performance.md); a replay is unchanged. Glibc only: Musl's allocator has no such
// setting. Not in Swift: <malloc.h> is not part of the Glibc module.
void cs_keep_freed_memory(void) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}
