/* given_names.h - a person's gender from a given name that almost always
 * belongs to one sex (given_names.c, lexicons/given_names.txt). */
#ifndef ST_GIVEN_NAMES_H
#define ST_GIVEN_NAMES_H

#include <stddef.h>

/* Entries the index holds at most. */
#define ST_GN_MAX 4096

/* 'f', 'm', or 0 when the lower-cased UTF-8 name (len bytes) is not listed. */
int st_gn_gender(const char *name, size_t len);

/* Byte order of two names, as the list is sorted. */
int st_gn_compare(const char *a, size_t an, const char *b, size_t bn);

/* Entries indexed; *listed gets the list's entry lines.  They differ when
 * a line is malformed, out of order or past ST_GN_MAX. */
size_t st_gn_count(size_t *listed);

#endif
