/* cli.h - the subcommands of the `stance` tool and what they share. */
#ifndef ST_CLI_H
#define ST_CLI_H

#include <jansson.h>
#include <stddef.h>

#include "../core/curve.h"
#include "../core/util.h"
#include "../core/jsonw.h"
#include "../engine/article.h"
#include "../features/featurize.h"
#include "../model/model.h"

extern const char *st_prog;     /* "stance", for messages */

int st_cmd_quotes(int argc, char **argv);
int st_cmd_classify(int argc, char **argv);
int st_cmd_train(int argc, char **argv);
int st_cmd_eval(int argc, char **argv);
int st_cmd_send(int argc, char **argv);
int st_cmd_tail(int argc, char **argv);
int st_cmd_stats(int argc, char **argv);
int st_cmd_reload(int argc, char **argv);
int st_cmd_keygen(int argc, char **argv);
int st_cmd_proxy(int argc, char **argv);

/* CURVE for a client socket (cmd_net.c): the server's public key, this
 * client's pair, and a monitor of the socket's handshakes. */
typedef struct st_cli_curve {
    int on;
    char server[ST_CURVE_Z85 + 1];
    st_curve_pair pair;
    void *mon;
} st_cli_curve;

/* Takes --curve-server-key FILE|KEY and --curve-key PREFIX (as "--opt V"
 * or "--opt=V") out of argv and loads the keys; c->on when given.
 * Returns 0, or 2 after a message on stderr. */
int st_cli_curve_args(int *argc, char **argv, st_cli_curve *c);
/* Applies c's keys (when on) to sock, starts watching its handshakes and
 * binds ("@") or connects (">" or bare) spec.  0, or -1 after a message. */
int st_cli_attach(void *ctx, void *sock, const char *spec, st_cli_curve *c);
/* Waits up to ms for the handshake's outcome: 1 done, 0 nothing yet, -1
 * refused or failed (explained on stderr). */
int st_cli_handshake(st_cli_curve *c, const char *spec, int ms);
/* Stops watching; call before closing sock. */
void st_cli_curve_done(void *sock, st_cli_curve *c);

/* Prints a control reply (indented when it is JSON); 0 unless it says
 * "ok": false, or is not JSON and need_json is set. */
int st_cli_print_reply(const char *reply, int need_json);

/* Initialises the feature extractor and loads the model at path (NULL:
 * the default), printing the reason on failure.  Returns 0 or -1. */
int st_cli_load_model(st_features *fx, st_model *m, const char *path);

/* Turns one parsed article into the JSON line to print, written into out
 * (emptied by the caller); ST_OK, or an error with err set. */
typedef int (*st_article_fn)(const st_article *a, void *ctx, st_jw *out, st_error *err);

/* Runs fn over every JSONL article of files (stdin when nfiles is 0).
 * Returns 1 if any line failed, else 0. */
int st_cli_articles(char **files, int nfiles, size_t max, st_article_fn fn, void *ctx);

#endif
