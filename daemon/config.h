/* config.h - stanced's settings: defaults, the config file, then flags.
 *
 * Every config key is also a long flag of the same name; a flag given on
 * the command line wins over the file. */
#ifndef ST_CONFIG_H
#define ST_CONFIG_H

#include <stddef.h>
#include <stdio.h>

#include "../core/error.h"

#define ST_CONFIG_DEFAULT "/etc/stanced/stanced.conf"
#define ST_CONFIG_MAX_LINE 4096     /* bytes, newline included */

typedef struct st_config {
    char in[256];           /* ingest endpoint; @ binds, > connects (default bind) */
    char sub[256];          /* SUB ingest instead of PULL: a topic prefix, or "" */
    int use_sub;
    char out[256];          /* PUB endpoint */
    char out_push[256];     /* optional PUSH endpoint: every result delivered */
    char control[256];      /* REP endpoint */
    char model[1024];       /* empty: the default model path */
    int workers;
    size_t max_message;
    int hwm;                /* SNDHWM/RCVHWM of in, out, out_push (messages) */
    int log_level;          /* syslog priority: 3 err .. 7 debug */
    char config[1024];      /* the file read */
    char curve_secret[1024];    /* CURVE server secret key file; empty: no CURVE */
    char curve_allow[1024];     /* allow-list of client public keys */
    char curve_key[41];         /* the secret key read from curve_secret (Z85) */
} st_config;

/* Fills c from defaults, the config file and argv.  Returns ST_OK, or an
 * error (ST_ERR_USAGE) with a message; *exit_now is set for --help,
 * --version and --check-config, which print and succeed.  CURVE key
 * files are read and checked here. */
int st_config_load(st_config *c, int argc, char **argv, int *exit_now, st_error *err);

/* The defaults alone. */
void st_config_defaults(st_config *c);
/* Applies the config file's "key = value" lines read from fp (name is used
 * in messages) over c.  Blank lines and lines starting with # are
 * skipped; an unknown key, a bad value, a line without "=", a NUL byte or
 * a line over ST_CONFIG_MAX_LINE bytes is an error naming the line. */
int st_config_read(st_config *c, FILE *fp, const char *name, st_error *err);

#endif
