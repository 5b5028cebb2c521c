/* cli.h - the subcommands of the `stance` tool and what they share. */
#ifndef ST_CLI_H
#define ST_CLI_H

#include <stddef.h>

extern const char *st_prog;     /* "stance", for messages */

int st_cmd_quotes(int argc, char **argv);

/* Parses a size like 8M, 512k or 1048576; returns 0 on success. */
int st_parse_size(const char *s, size_t *out);

#endif
