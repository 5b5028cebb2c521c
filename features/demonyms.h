/* demonyms.h - countries and their adjectives (demonyms.c). */
#ifndef ST_DEMONYMS_H
#define ST_DEMONYMS_H

#include <stddef.h>

typedef struct st_demonym {
    const char *country;        /* lower case, as folded: "saudi arabia" */
    const char *adjective;      /* as written: "Saudi" */
} st_demonym;

/* The table's bound, for the word-class table's compile-time size. */
#define ST_DEMONYMS_MAX 200

extern const st_demonym st_demonyms[];
extern const size_t st_demonyms_n;

#endif
