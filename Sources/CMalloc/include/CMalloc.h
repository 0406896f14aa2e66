// glibc's malloc_trim, which Swift's Glibc module does not export.
#ifndef TEXTBI_CMALLOC_H
#define TEXTBI_CMALLOC_H
// __GLIBC__ comes from <features.h>; without including it first, the test below is false on glibc too and the
// trim silently becomes the no-op (which is what happened until the seventh session's puzzle was traced).
#if defined(__linux__)
#include <features.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
static inline int textbi_malloc_trim(void) { return malloc_trim(0); }
#else
static inline int textbi_malloc_trim(void) { return 0; }
#endif
#endif
