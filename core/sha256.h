/* sha256.h - SHA-256, for model checksums and feature fingerprints.
 *
 * A model file is verified against the checksum in its sidecar before
 * libsvm sees it (libsvm's loader crashes on a truncated file). */
#ifndef ST_SHA256_H
#define ST_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct st_sha256 {
    uint32_t h[8];
    uint64_t bytes;
    unsigned char buf[64];
    size_t used;
} st_sha256;

void st_sha256_init(st_sha256 *c);
void st_sha256_update(st_sha256 *c, const void *data, size_t len);
/* Whether the x86 SHA extensions may be used (want != 0), when the CPU
 * has them; returns 1 when they will be.  The default is to use them;
 * the tests turn them off to check the portable rounds too. */
int st_sha256_accel(int want);
/* Writes 64 lower-case hex digits and a NUL into hex[65]. */
void st_sha256_hex(st_sha256 *c, char hex[65]);

/* SHA-256 of a whole file into hex, its size into *bytes.  Returns 0, or
 * -1 with errno set when it cannot be read. */
int st_sha256_file(const char *path, char hex[65], long *bytes);

#endif
