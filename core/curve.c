/* curve.c - CURVE key files, key pairs, allow-lists and socket options
 * (see curve.h). */
#include "curve.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zmq.h>

static const char z85_alphabet[] =
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

/* Describes byte c for a message: 'x' or \xNN. */
static void show_char(unsigned char c, char *buf, size_t size)
{
    if (c >= 0x21 && c < 0x7f)
        snprintf(buf, size, "'%c'", c);
    else
        snprintf(buf, size, "\\x%02x", c);
}

int st_curve_check(const char *s, size_t len, char *why, size_t whysize)
{
    char z[ST_CURVE_Z85 + 1], shown[8];
    uint8_t bin[ST_CURVE_BIN];
    size_t i;
    if (len != ST_CURVE_Z85) {
        snprintf(why, whysize, "a key is %d Z85 characters, this is %zu", ST_CURVE_Z85, len);
        return -1;
    }
    for (i = 0; i < len; i++)
        if (s[i] == '\0' || !strchr(z85_alphabet, s[i])) {
            show_char((unsigned char)s[i], shown, sizeof shown);
            snprintf(why, whysize, "character %zu (%s) is not in the Z85 alphabet", i + 1,
                     shown);
            return -1;
        }
    memcpy(z, s, len);
    z[len] = '\0';
    if (!zmq_z85_decode(bin, z)) {
        snprintf(why, whysize, "not a valid Z85 key (a group of 5 overflows 32 bits)");
        return -1;
    }
    return 0;
}

int st_curve_read_key(const char *path, char out[ST_CURVE_Z85 + 1], st_error *err)
{
    char buf[128], why[128];
    size_t n;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return st_error_set(err, ST_ERR_USAGE, "key file %s: %s", path, strerror(errno));
    n = fread(buf, 1, sizeof buf, fp);
    if (ferror(fp)) {
        fclose(fp);
        return st_error_set(err, ST_ERR_USAGE, "key file %s: read error", path);
    }
    fclose(fp);
    if (n == sizeof buf)
        return st_error_set(err, ST_ERR_USAGE, "key file %s: too long for a key (%d Z85 "
                            "characters and a newline)", path, ST_CURVE_Z85);
    if (n > 0 && buf[n - 1] == '\n')
        n--;
    if (n > 0 && buf[n - 1] == '\r')
        n--;
    if (st_curve_check(buf, n, why, sizeof why))
        return st_error_set(err, ST_ERR_USAGE, "key file %s: %s", path, why);
    memcpy(out, buf, ST_CURVE_Z85);
    out[ST_CURVE_Z85] = '\0';
    return ST_OK;
}

int st_curve_key_arg(const char *arg, char out[ST_CURVE_Z85 + 1], st_error *err)
{
    char why[128];
    if (access(arg, F_OK) != 0 && strlen(arg) == ST_CURVE_Z85 &&
        st_curve_check(arg, ST_CURVE_Z85, why, sizeof why) == 0) {
        memcpy(out, arg, ST_CURVE_Z85 + 1);
        return ST_OK;
    }
    return st_curve_read_key(arg, out, err);
}

int st_curve_load_pair(const char *prefix, st_curve_pair *p, st_error *err)
{
    char path[4096];
    size_t n = strlen(prefix);
    int rc;
    if (n > 4 && !strcmp(prefix + n - 4, ".key"))
        snprintf(path, sizeof path, "%s", prefix);
    else if (snprintf(path, sizeof path, "%s.key", prefix) >= (int)sizeof path)
        return st_error_set(err, ST_ERR_USAGE, "key prefix too long");
    if ((rc = st_curve_read_key(path, p->sec, err)) != ST_OK)
        return rc;
    if (zmq_curve_public(p->pub, p->sec) != 0)
        return st_error_set(err, ST_ERR_USAGE, "key file %s: cannot derive the public key: %s",
                            path, zmq_strerror(zmq_errno()));
    return ST_OK;
}

static int write_key(const char *path, const char *key, mode_t mode, int force, st_error *err)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (force ? O_TRUNC : O_EXCL),
                  mode);
    char line[ST_CURVE_Z85 + 1];
    if (fd < 0)
        return st_error_set(err, errno == EEXIST ? ST_ERR_USAGE : ST_ERR_IO, "%s: %s%s", path,
                            strerror(errno), errno == EEXIST ? " (--force replaces it)" : "");
    memcpy(line, key, ST_CURVE_Z85);
    line[ST_CURVE_Z85] = '\n';
    /* An overwritten file keeps its old mode unless told otherwise. */
    if (fchmod(fd, mode) != 0 || write(fd, line, sizeof line) != (ssize_t)sizeof line) {
        int e = errno;
        close(fd);
        return st_error_set(err, ST_ERR_IO, "%s: %s", path, strerror(e));
    }
    if (close(fd) != 0)
        return st_error_set(err, ST_ERR_IO, "%s: %s", path, strerror(errno));
    return ST_OK;
}

int st_curve_keygen(const char *prefix, int force, st_curve_pair *p, st_error *err)
{
    char pub[4096], sec[4096];
    int rc;
    if (snprintf(pub, sizeof pub, "%s.pub", prefix) >= (int)sizeof pub ||
        snprintf(sec, sizeof sec, "%s.key", prefix) >= (int)sizeof sec)
        return st_error_set(err, ST_ERR_USAGE, "key prefix too long");
    if (!force) {
        /* Both checked first, so a refusal leaves neither file written. */
        struct stat st;
        if (lstat(sec, &st) == 0)
            return st_error_set(err, ST_ERR_USAGE, "%s exists (--force replaces it)", sec);
        if (lstat(pub, &st) == 0)
            return st_error_set(err, ST_ERR_USAGE, "%s exists (--force replaces it)", pub);
    }
    if (zmq_curve_keypair(p->pub, p->sec) != 0)
        return st_error_set(err, ST_ERR_IO, "zmq_curve_keypair: %s", zmq_strerror(zmq_errno()));
    if ((rc = write_key(sec, p->sec, 0600, force, err)) != ST_OK)
        return rc;
    return write_key(pub, p->pub, 0644, force, err);
}

static int cmp_key(const void *a, const void *b)
{
    return memcmp(a, b, ST_CURVE_BIN);
}

int st_curve_read_allow(const char *path, unsigned char **keys, size_t *n, st_error *err)
{
    FILE *fp = fopen(path, "r");
    char *line = NULL, why[128];
    size_t cap = 0, lineno = 0, count = 0, slots = 0;
    unsigned char *out = NULL;
    ssize_t len;
    int rc = ST_OK;
    if (keys)
        *keys = NULL;
    *n = 0;
    if (!fp)
        return st_error_set(err, ST_ERR_USAGE, "allow-list %s: %s", path, strerror(errno));
    while ((len = getline(&line, &cap, fp)) >= 0) {
        char *p = line, z[ST_CURVE_Z85 + 1];
        size_t tok;
        lineno++;
        while (*p == ' ' || *p == '\t')
            p++;
        tok = strcspn(p, " \t\r\n");
        if (tok == 0 && (*p == '\0' || *p == '\r' || *p == '\n'))
            continue;
        if (st_curve_check(p, tok, why, sizeof why) != 0) {
            if (*p == '#')
                continue;
            rc = st_error_set(err, ST_ERR_USAGE, "allow-list %s:%zu: %s", path, lineno, why);
            break;
        }
        if (keys) {
            if (count == slots) {
                size_t ns = slots ? slots * 2 : 16;
                unsigned char *grown = realloc(out, ns * ST_CURVE_BIN);
                if (!grown) {
                    rc = st_error_set(err, ST_ERR_NOMEM, "allow-list %s: out of memory", path);
                    break;
                }
                out = grown;
                slots = ns;
            }
            memcpy(z, p, ST_CURVE_Z85);
            z[ST_CURVE_Z85] = '\0';
            zmq_z85_decode(out + count * ST_CURVE_BIN, z);
        }
        count++;
    }
    if (rc == ST_OK && ferror(fp))
        rc = st_error_set(err, ST_ERR_USAGE, "allow-list %s: read error", path);
    free(line);
    fclose(fp);
    if (rc != ST_OK) {
        free(out);
        return rc;
    }
    if (keys) {
        size_t i, u = 0;
        if (count)
            qsort(out, count, ST_CURVE_BIN, cmp_key);
        for (i = 0; i < count; i++)     /* a key listed twice counts once */
            if (u == 0 || memcmp(out + (u - 1) * ST_CURVE_BIN, out + i * ST_CURVE_BIN,
                                 ST_CURVE_BIN))
                memmove(out + u++ * ST_CURVE_BIN, out + i * ST_CURVE_BIN, ST_CURVE_BIN);
        count = u;
        *keys = out;
    }
    *n = count;
    return ST_OK;
}

int st_curve_allowed(const unsigned char *keys, size_t n, const unsigned char *key)
{
    return n && bsearch(key, keys, n, ST_CURVE_BIN, cmp_key) != NULL;
}

static int opt(void *sock, int name, const void *val, size_t len, const char *what,
               st_error *err)
{
    if (zmq_setsockopt(sock, name, val, len) != 0)
        return st_error_set(err, ST_ERR_NET, "CURVE %s: %s", what, zmq_strerror(zmq_errno()));
    return ST_OK;
}

int st_curve_apply_server(void *sock, const char *secret, const char *zap_domain,
                          st_error *err)
{
    int one = 1, rc;
    if ((rc = opt(sock, ZMQ_CURVE_SERVER, &one, sizeof one, "server", err)) ||
        (rc = opt(sock, ZMQ_CURVE_SECRETKEY, secret, ST_CURVE_Z85, "secret key", err)))
        return rc;
    if (zap_domain)
        return opt(sock, ZMQ_ZAP_DOMAIN, zap_domain, strlen(zap_domain), "ZAP domain", err);
    return ST_OK;
}

int st_curve_apply_client(void *sock, const char *server_pub, const st_curve_pair *client,
                          st_error *err)
{
    int rc;
    if ((rc = opt(sock, ZMQ_CURVE_SERVERKEY, server_pub, ST_CURVE_Z85, "server key", err)) ||
        (rc = opt(sock, ZMQ_CURVE_PUBLICKEY, client->pub, ST_CURVE_Z85, "public key", err)) ||
        (rc = opt(sock, ZMQ_CURVE_SECRETKEY, client->sec, ST_CURVE_Z85, "secret key", err)))
        return rc;
    return ST_OK;
}
