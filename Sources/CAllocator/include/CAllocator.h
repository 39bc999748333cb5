// How the C library's allocator serves a short-lived process (see allocator.c).
#ifndef CALLOCATOR_H
#define CALLOCATOR_H

void cs_keep_freed_memory(void);

#endif
