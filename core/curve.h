/* curve.h - CURVE keys for ZeroMQ sockets: strict Z85 key files, key
 * pairs, allow-lists of client keys, and the socket options that turn
 * CURVE on for a server or a client.  Shared by stanced and the `stance`
 * clients; every error names the file (and line) at fault. */
#ifndef ST_CURVE_H
#define ST_CURVE_H

#include <stddef.h>

#include "error.h"

#define ST_CURVE_Z85 40         /* a key in Z85: 40 characters */
#define ST_CURVE_BIN 32         /* the same key in bytes */

typedef struct st_curve_pair {
    char pub[ST_CURVE_Z85 + 1];
    char sec[ST_CURVE_Z85 + 1];
} st_curve_pair;

/* Checks that s[0..len) is one Z85 key: 40 characters of the Z85 alphabet
 * that decode to 32 bytes.  Returns 0, or -1 with the reason in why. */
int st_curve_check(const char *s, size_t len, char *why, size_t whysize);

/* Reads a key file: exactly one Z85 key, optionally followed by a newline
 * and nothing else.  out gets the key, NUL-terminated. */
int st_curve_read_key(const char *path, char out[ST_CURVE_Z85 + 1], st_error *err);

/* A key given on a command line: a file holding one, or the key itself
 * when arg is 40 Z85 characters and no such file exists. */
int st_curve_key_arg(const char *arg, char out[ST_CURVE_Z85 + 1], st_error *err);

/* Loads a key pair written by `stance keygen --out PREFIX`: the secret key
 * from PREFIX.key (or from PREFIX itself when it ends in ".key"), the
 * public key derived from it. */
int st_curve_load_pair(const char *prefix, st_curve_pair *p, st_error *err);

/* Makes a new pair and writes PREFIX.pub (0644) and PREFIX.key (0600).
 * Existing files are refused (ST_ERR_USAGE) unless force is set. */
int st_curve_keygen(const char *prefix, int force, st_curve_pair *p, st_error *err);

/* Reads an allow-list: one Z85 public key per line, optionally followed
 * by blanks and a label; blank lines and lines starting with '#' (that are
 * not a key) are ignored.  *keys (ST_CURVE_BIN bytes each, sorted; may be
 * NULL when only checking) and *n receive the keys.  A bad line is an
 * error naming file:line. */
int st_curve_read_allow(const char *path, unsigned char **keys, size_t *n, st_error *err);

/* Is the 32-byte key in the sorted list? */
int st_curve_allowed(const unsigned char *keys, size_t n, const unsigned char *key);

/* Socket options.  A server socket (bind or connect) holds its secret key
 * and asks the ZAP handler, with zap_domain naming the socket (may be
 * NULL).  A client holds its pair and the server's public key.  Call
 * before zmq_bind/zmq_connect. */
int st_curve_apply_server(void *sock, const char *secret, const char *zap_domain,
                          st_error *err);
int st_curve_apply_client(void *sock, const char *server_pub, const st_curve_pair *client,
                          st_error *err);

#endif
