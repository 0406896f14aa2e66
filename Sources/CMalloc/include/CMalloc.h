// glibc's malloc_trim, which Swift's Glibc module does not export.
#ifndef TEXTBI_CMALLOC_H
#define TEXTBI_CMALLOC_H
#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
static inline int textbi_malloc_trim(void) { return malloc_trim(0); }
#else
static inline int textbi_malloc_trim(void) { return 0; }
#endif
#endif
