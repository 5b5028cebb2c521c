/* fuzz_extract.c - libFuzzer target: raw text through the quote extractor.
 * Any bytes: invalid UTF-8 must be reported, valid text extracted with
 * every offset inside the text. */
#include "../../features/quotes.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    st_text t;
    st_quotes q = { NULL, 0, 0 };
    st_error err;
    size_t i;
    if (st_text_decode(&t, (const char *)data, size, &err) != ST_OK)
        return 0;
    if (st_quotes_extract(&t, &q, &err) == ST_OK)
        for (i = 0; i < q.n; i++)
            if (q.v[i].start > q.v[i].end || q.v[i].end > t.len ||
                (q.v[i].mention_start != ST_NO_POS && q.v[i].mention_end > t.len))
                abort();
    st_quotes_free(&q);
    st_text_free(&t);
    return 0;
}
