/* config.c - parsing stanced's config file and command-line flags. */
#include "config.h"
#include "log.h"
#include "../core/curve.h"
#include "../core/util.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

enum { O_IN = 1, O_SUB, O_OUT, O_OUT_PUSH, O_CONTROL, O_MODEL, O_WORKERS, O_MAX, O_HWM, O_LOG,
       O_CONFIG, O_HELP, O_VERSION, O_CURVE_SECRET, O_CURVE_ALLOW, O_CHECK, O_COUNT };

static const struct option opts[] = {
    { "in", required_argument, NULL, O_IN },
    { "sub", required_argument, NULL, O_SUB },
    { "out", required_argument, NULL, O_OUT },
    { "out-push", required_argument, NULL, O_OUT_PUSH },
    { "control", required_argument, NULL, O_CONTROL },
    { "model", required_argument, NULL, O_MODEL },
    { "workers", required_argument, NULL, O_WORKERS },
    { "max-message", required_argument, NULL, O_MAX },
    { "hwm", required_argument, NULL, O_HWM },
    { "log-level", required_argument, NULL, O_LOG },
    { "config", required_argument, NULL, O_CONFIG },
    { "help", no_argument, NULL, O_HELP },
    { "version", no_argument, NULL, O_VERSION },
    { "curve-secret", required_argument, NULL, O_CURVE_SECRET },
    { "curve-allow", required_argument, NULL, O_CURVE_ALLOW },
    { "check-config", no_argument, NULL, O_CHECK },
    { NULL, 0, NULL, 0 },
};

static void usage(void)
{
    printf("usage: stanced [OPTIONS]\n"
           "Classifies news articles streamed over ZeroMQ (see stanced(8)).\n\n"
           "  --in ENDPOINT        ingest, PULL (default @tcp://127.0.0.1:7701;\n"
           "                       @ binds, > connects)\n"
           "  --sub PREFIX         ingest with SUB on --in instead, subscribed to PREFIX;\n"
           "                       a publication is [topic, article]\n"
           "  --out ENDPOINT       results, PUB (default @tcp://127.0.0.1:7702)\n"
           "  --out-push ENDPOINT  also every result on a PUSH socket, none lost: ingest\n"
           "                       waits while its consumer is not keeping up\n"
           "  --control ENDPOINT   ping/version/stats/reload, REP\n"
           "                       (default @ipc://$RUNTIME_DIRECTORY/control, else\n"
           "                       @tcp://127.0.0.1:7703)\n"
           "  --model FILE         model (default: installed or source-tree model)\n"
           "  --workers N          classification threads (default: cores)\n"
           "  --max-message BYTES  largest accepted message (default 4M)\n"
           "  --hwm N              ZeroMQ high-water mark, in messages, of the in, out\n"
           "                       and out-push sockets (default 1000)\n"
           "  --log-level LEVEL    err, warning, notice, info or debug (default info)\n"
           "  --config FILE        config file (default " ST_CONFIG_DEFAULT ";\n"
           "                       every key is a flag name: key = value)\n"
           "  --curve-secret FILE  CURVE on every socket, with this server secret key\n"
           "                       (made by `stance keygen`; default: off, plaintext)\n"
           "  --curve-allow FILE   the client public keys accepted, one per line\n"
           "                       (required with --curve-secret; re-read on reload)\n"
           "  --check-config       check the settings and key files, print the\n"
           "                       effective settings and exit\n");
}

/* A value that does not fit is an error, never silently cut short (a
 * truncated endpoint or path would name something else). */
static int copy(char *dst, size_t size, const char *val, int key, st_error *err)
{
    int k;
    for (k = 0; opts[k].name && opts[k].val != key; k++)
        ;
    if (strlen(val) >= size)
        return st_error_set(err, ST_ERR_USAGE, "%s: longer than %zu bytes",
                            opts[k].name ? opts[k].name : "value", size - 1);
    memcpy(dst, val, strlen(val) + 1);
    return ST_OK;
}

static int set(st_config *c, int key, const char *val, st_error *err)
{
    char *end;
    long n;
    switch (key) {
    case O_IN: return copy(c->in, sizeof c->in, val, key, err);
    case O_SUB: c->use_sub = 1; return copy(c->sub, sizeof c->sub, val, key, err);
    case O_OUT: return copy(c->out, sizeof c->out, val, key, err);
    case O_OUT_PUSH: return copy(c->out_push, sizeof c->out_push, val, key, err);
    case O_CONTROL: return copy(c->control, sizeof c->control, val, key, err);
    case O_MODEL: return copy(c->model, sizeof c->model, val, key, err);
    case O_CURVE_SECRET: return copy(c->curve_secret, sizeof c->curve_secret, val, key, err);
    case O_CURVE_ALLOW: return copy(c->curve_allow, sizeof c->curve_allow, val, key, err);
    case O_WORKERS:
        n = strtol(val, &end, 10);
        if (*end || n < 1 || n > 256)
            return st_error_set(err, ST_ERR_USAGE, "workers: '%s' is not 1..256", val);
        c->workers = (int)n;
        break;
    case O_MAX:
        if (st_parse_size(val, &c->max_message) || c->max_message < 64 ||
            c->max_message > (1u << 31))
            return st_error_set(err, ST_ERR_USAGE, "max-message: bad size '%s'", val);
        break;
    case O_HWM:
        n = strtol(val, &end, 10);
        if (*end || end == val || n < 1 || n > 10000000)
            return st_error_set(err, ST_ERR_USAGE, "hwm: '%s' is not 1..10000000", val);
        c->hwm = (int)n;
        break;
    case O_LOG:
        c->log_level = st_log_parse_level(val);
        if (c->log_level < 0)
            return st_error_set(err, ST_ERR_USAGE, "log-level: unknown '%s'", val);
        break;
    default:
        return st_error_set(err, ST_ERR_USAGE, "unknown setting");
    }
    return ST_OK;
}

static int key_of(const char *name)
{
    int k;
    for (k = 0; opts[k].name; k++)
        if (!strcmp(opts[k].name, name) && opts[k].val != O_HELP && opts[k].val != O_VERSION &&
            opts[k].val != O_CONFIG && opts[k].val != O_CHECK)
            return opts[k].val;
    return 0;
}

/* key = value lines from fp; keys given on the command line are skipped. */
static int parse(st_config *c, FILE *fp, const char *name, const int *given, st_error *err)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    int rc = ST_OK;
    errno = 0;
    while (rc == ST_OK && (len = getline(&line, &cap, fp)) >= 0) {
        char *p = line, *eq, *k, *v, *e;
        int key;
        lineno++;
        if (memchr(line, '\0', (size_t)len)) {
            rc = st_error_set(err, ST_ERR_USAGE, "%s:%zu: NUL byte", name, lineno);
            break;
        }
        if (len > ST_CONFIG_MAX_LINE) {
            rc = st_error_set(err, ST_ERR_USAGE, "%s:%zu: line longer than %d bytes", name,
                              lineno, ST_CONFIG_MAX_LINE);
            break;
        }
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '#' || *p == '\n' || *p == '\0')
            continue;
        eq = strchr(p, '=');
        if (!eq) {
            rc = st_error_set(err, ST_ERR_USAGE, "%s:%zu: expected key = value", name, lineno);
            break;
        }
        *eq = '\0';
        k = p;
        for (e = eq; e > k && (e[-1] == ' ' || e[-1] == '\t'); e--)
            e[-1] = '\0';
        v = eq + 1;
        while (*v == ' ' || *v == '\t')
            v++;
        for (e = v + strlen(v); e > v && (e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\t' ||
                                          e[-1] == '\r'); e--)
            e[-1] = '\0';
        key = key_of(k);
        if (!key) {
            rc = st_error_set(err, ST_ERR_USAGE, "%s:%zu: unknown key '%s'", name, lineno, k);
            break;
        }
        if (given && given[key])
            continue;   /* the command line wins */
        if (set(c, key, v, err) != ST_OK) {
            char why[sizeof err->text];
            snprintf(why, sizeof why, "%s", err->text);
            rc = st_error_set(err, ST_ERR_USAGE, "%s:%zu: %s", name, lineno, why);
        }
    }
    free(line);
    if (rc == ST_OK && ferror(fp))
        rc = st_error_set(err, ST_ERR_USAGE, "%s: %s", name,
                          errno ? strerror(errno) : "read error");
    return rc;
}

/* CURVE is all or nothing: a secret key needs an allow-list (without one
 * any client key would do).  The key is read now, so a bad file stops the
 * daemon at startup with its name. */
static int check_curve(st_config *c, st_error *err)
{
    struct stat st;
    size_t n;
    int rc;
    if (!c->curve_secret[0] && !c->curve_allow[0])
        return ST_OK;
    if (!c->curve_secret[0])
        return st_error_set(err, ST_ERR_USAGE, "curve-allow needs curve-secret (the server key)");
    if (!c->curve_allow[0])
        return st_error_set(err, ST_ERR_USAGE,
                            "curve-secret needs curve-allow (the client keys accepted)");
    if ((rc = st_curve_read_key(c->curve_secret, c->curve_key, err)) != ST_OK)
        return rc;
    if (stat(c->curve_secret, &st) == 0 && (st.st_mode & 077))
        st_log(LOG_WARNING, "key file %s can be read by others (mode %03o): chmod 600 it",
               c->curve_secret, (unsigned)(st.st_mode & 0777));
    return st_curve_read_allow(c->curve_allow, NULL, &n, err);
}

/* --check-config: the effective settings, as a config file would say them. */
static void print_config(const st_config *c)
{
    static const char *const levels[8] = { "emerg", "alert", "crit", "err", "warning", "notice",
                                            "info", "debug" };
    printf("in = %s\n", c->in);
    if (c->use_sub)
        printf("sub = %s\n", c->sub);
    printf("out = %s\n", c->out);
    if (c->out_push[0])
        printf("out-push = %s\n", c->out_push);
    printf("control = %s\n", c->control);
    if (c->model[0])
        printf("model = %s\n", c->model);
    printf("workers = %d\nmax-message = %zu\nhwm = %d\nlog-level = %s\n", c->workers,
           c->max_message, c->hwm,
           levels[c->log_level & 7]);
    if (c->curve_secret[0])
        printf("curve-secret = %s\ncurve-allow = %s\n", c->curve_secret, c->curve_allow);
}

int st_config_read(st_config *c, FILE *fp, const char *name, st_error *err)
{
    return parse(c, fp, name, NULL, err);
}

static int read_file(st_config *c, const char *path, int required, const int *given,
                     st_error *err)
{
    FILE *fp = fopen(path, "r");
    int rc;
    if (!fp) {
        if (!required && errno == ENOENT)
            return ST_OK;
        return st_error_set(err, ST_ERR_USAGE, "%s: %s", path, strerror(errno));
    }
    rc = parse(c, fp, path, given, err);
    fclose(fp);
    return rc;
}

void st_config_defaults(st_config *c)
{
    const char *rt = getenv("RUNTIME_DIRECTORY");
    long cores = sysconf(_SC_NPROCESSORS_ONLN);

    memset(c, 0, sizeof *c);
    snprintf(c->in, sizeof c->in, "@tcp://127.0.0.1:7701");
    snprintf(c->out, sizeof c->out, "@tcp://127.0.0.1:7702");
    if (rt && *rt)
        snprintf(c->control, sizeof c->control, "@ipc://%s/control", rt);
    else
        snprintf(c->control, sizeof c->control, "@tcp://127.0.0.1:7703");
    c->workers = cores > 0 ? (int)cores : 1;
    c->max_message = 4u << 20;
    c->hwm = 1000;
    c->log_level = LOG_INFO;
    snprintf(c->config, sizeof c->config, "%s", ST_CONFIG_DEFAULT);
}

int st_config_load(st_config *c, int argc, char **argv, int *exit_now, st_error *err)
{
    int given[O_COUNT] = { 0 }, opt, config_given = 0, check = 0, rc;

    st_config_defaults(c);
    *exit_now = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == O_HELP) {
            usage();
            *exit_now = 1;
            return ST_OK;
        }
        if (opt == O_VERSION) {
            printf("stanced %s\n", ST_VERSION);
            *exit_now = 1;
            return ST_OK;
        }
        if (opt == O_CONFIG) {
            if (copy(c->config, sizeof c->config, optarg, opt, err) != ST_OK)
                return ST_ERR_USAGE;
            config_given = 1;
            continue;
        }
        if (opt == O_CHECK) {
            check = 1;
            continue;
        }
        if (opt == '?')
            return st_error_set(err, ST_ERR_USAGE, "bad option (see --help)");
        if (set(c, opt, optarg, err) != ST_OK)
            return ST_ERR_USAGE;
        given[opt] = 1;
    }
    if (optind < argc)
        return st_error_set(err, ST_ERR_USAGE, "unexpected argument '%s'", argv[optind]);
    if ((rc = read_file(c, c->config, config_given, given, err)) != ST_OK ||
        (rc = check_curve(c, err)) != ST_OK)
        return rc;
    if (check) {
        print_config(c);
        *exit_now = 1;
    }
    return ST_OK;
}
