/* cuewords.h - the reporting verbs and their grammar (cuewords.c). */
#ifndef ST_CUEWORDS_H
#define ST_CUEWORDS_H

#include <stddef.h>

typedef struct st_cue_word {
    const char *word;           /* lower case, as folded: "said" */
    int type;                   /* ST_CUE_* of wordclass.h */
} st_cue_word;

/* The table's bound, for the word-class table's compile-time size. */
#define ST_CUE_WORDS_MAX 400

extern const st_cue_word st_cue_words[];
extern const size_t st_cue_words_n;

#endif
