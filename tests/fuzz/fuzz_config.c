/* fuzz_config.c - libFuzzer target: stanced's config file parser
 * (daemon/config.c, linked in beside the library).  Any bytes are read as
 * a config file over the defaults; whatever is accepted must leave every
 * setting in range and every string terminated inside its field. */
#include "../../daemon/config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check_str(const char *s, size_t size)
{
    if (!memchr(s, '\0', size))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    st_config c;
    st_error err;
    FILE *fp;
    int rc;

    st_config_defaults(&c);
    /* fmemopen needs a non-empty buffer; an empty file is /dev/null's. */
    fp = size ? fmemopen((void *)data, size, "r") : fopen("/dev/null", "r");
    if (!fp)
        abort();
    rc = st_config_read(&c, fp, "fuzz.conf", &err);
    fclose(fp);
    if (rc != ST_OK) {
        if (!err.text[0] || !memchr(err.text, '\0', sizeof err.text))
            abort();
        return 0;
    }
    check_str(c.in, sizeof c.in);
    check_str(c.sub, sizeof c.sub);
    check_str(c.out, sizeof c.out);
    check_str(c.out_push, sizeof c.out_push);
    check_str(c.control, sizeof c.control);
    check_str(c.model, sizeof c.model);
    if (c.workers < 1 || c.workers > 256 || c.max_message < 64 ||
        c.max_message > (1u << 31) || c.log_level < 3 || c.log_level > 7)
        abort();
    return 0;
}
