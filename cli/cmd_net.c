/* cmd_net.c - the daemon's clients: send, tail, stats, reload, and the
 * CURVE client options they share (st_cli_curve_*, declared in cli.h). */
#include "cli.h"
#include "jsonl.h"
#include "../core/curve.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zmq.h>

#define CURVE_HELP "  --curve-server-key FILE|KEY  --curve-key PREFIX\n" \
                   "      talk CURVE: the server's public key and this client's key pair\n" \
                   "      (PREFIX.key, made by `stance keygen`)\n"

int st_cli_curve_args(int *argc, char **argv, st_cli_curve *c)
{
    const char *server = NULL, *prefix = NULL;
    int i, j = 1;
    st_error err;
    memset(c, 0, sizeof *c);
    for (i = 1; i < *argc; i++) {
        const char **slot = NULL, *val = NULL, *a = argv[i];
        size_t n = 0;
        if (!strcmp(a, "--")) {
            while (i < *argc)
                argv[j++] = argv[i++];
            break;
        }
        if (!strncmp(a, "--curve-server-key", 18)) {
            slot = &server;
            n = 18;
        } else if (!strncmp(a, "--curve-key", 11)) {
            slot = &prefix;
            n = 11;
        }
        if (slot && a[n] == '=')
            val = a + n + 1;
        else if (slot && a[n] == '\0' && i + 1 < *argc)
            val = argv[++i];
        else if (slot && a[n] == '\0') {
            fprintf(stderr, "%s: %s needs a value\n", st_prog, a);
            return 2;
        } else
            slot = NULL;
        if (slot)
            *slot = val;
        else
            argv[j++] = argv[i];
    }
    argv[j] = NULL;
    *argc = j;
    if (!server && !prefix)
        return 0;
    if (!server || !prefix) {
        fprintf(stderr, "%s: CURVE needs both --curve-server-key and --curve-key\n", st_prog);
        return 2;
    }
    if (st_curve_key_arg(server, c->server, &err) != ST_OK ||
        st_curve_load_pair(prefix, &c->pair, &err) != ST_OK) {
        fprintf(stderr, "%s: %s\n", st_prog, err.text);
        return 2;
    }
    c->on = 1;
    return 0;
}

int st_cli_attach(void *ctx, void *sock, const char *spec, st_cli_curve *c)
{
    st_error err;
    char mon[64];
    int linger = 0;
    if (c->on && st_curve_apply_client(sock, c->server, &c->pair, &err) != ST_OK) {
        fprintf(stderr, "%s: %s\n", st_prog, err.text);
        return -1;
    }
    snprintf(mon, sizeof mon, "inproc://stance-handshake-%p", sock);
    if (zmq_socket_monitor(sock, mon, ZMQ_EVENT_HANDSHAKE_SUCCEEDED |
                           ZMQ_EVENT_HANDSHAKE_FAILED_AUTH | ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL |
                           ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL) == 0 &&
        (c->mon = zmq_socket(ctx, ZMQ_PAIR)) != NULL) {
        zmq_setsockopt(c->mon, ZMQ_LINGER, &linger, sizeof linger);
        if (zmq_connect(c->mon, mon) != 0) {
            zmq_close(c->mon);
            c->mon = NULL;
        }
    }
    if (st_endpoint_attach(sock, spec, 0, &err) != ST_OK) {
        fprintf(stderr, "%s: %s\n", st_prog, err.text);
        return -1;
    }
    return 0;
}

int st_cli_handshake(st_cli_curve *c, const char *spec, int ms)
{
    zmq_pollitem_t it = { c->mon, 0, ZMQ_POLLIN, 0 };
    while (c->mon && zmq_poll(&it, 1, ms) > 0) {
        unsigned char ev[6];
        char tail[256];
        uint16_t event;
        uint32_t value;
        if (zmq_recv(c->mon, ev, sizeof ev, 0) != (int)sizeof ev)
            return 0;
        zmq_recv(c->mon, tail, sizeof tail, 0);     /* the endpoint */
        memcpy(&event, ev, sizeof event);
        memcpy(&value, ev + 2, sizeof value);
        if (event == ZMQ_EVENT_HANDSHAKE_SUCCEEDED)
            return 1;
        if (event == ZMQ_EVENT_HANDSHAKE_FAILED_AUTH)
            fprintf(stderr, "%s: %s refused this client's key (status %u): is it in the "
                    "server's allow-list?\n", st_prog, spec, value);
        else if (c->on && value == ZMQ_PROTOCOL_ERROR_ZMTP_MECHANISM_MISMATCH)
            fprintf(stderr, "%s: handshake with %s failed: the server does not use CURVE\n",
                    st_prog, spec);
        else if (c->on)
            fprintf(stderr, "%s: CURVE handshake with %s failed (0x%x): a wrong "
                    "--curve-server-key?\n", st_prog, spec, value);
        else
            fprintf(stderr, "%s: handshake with %s failed (0x%x): does the server require "
                    "CURVE (--curve-server-key, --curve-key)?\n", st_prog, spec, value);
        return -1;
    }
    return 0;
}

void st_cli_curve_done(void *sock, st_cli_curve *c)
{
    if (c->mon) {
        zmq_socket_monitor(sock, NULL, 0);
        zmq_close(c->mon);
        c->mon = NULL;
    }
}

/* A progress bar on stderr: bytes of input read out of the total. */
static void send_progress(long sent, long long done, long long total)
{
    int k, bar = total > 0 ? (int)(30 * done / total) : 0;
    fprintf(stderr, "\r[");
    for (k = 0; k < 30; k++)
        fputc(k < bar ? '#' : ' ', stderr);
    fprintf(stderr, "] %3d%%  %ld articles", total > 0 ? (int)(100 * done / total) : 0, sent);
}

int st_cmd_send(int argc, char **argv)
{
    void *ctx, *push;
    int i, failed = 0, linger = 60000, tty = isatty(STDERR_FILENO);
    long sent = 0;
    size_t max = 64u << 20;
    st_cli_curve cv;

    if (st_cli_curve_args(&argc, argv, &cv))
        return 2;
    if (argc < 2 || !strcmp(argv[1], "--help")) {
        printf("usage: stance send ENDPOINT [FILE...] [CURVE options]\n"
               "Pushes JSONL articles (stdin when no FILE) to a stanced ingest socket.\n"
               CURVE_HELP);
        return argc < 2 ? 2 : 0;
    }
    ctx = zmq_ctx_new();
    push = zmq_socket(ctx, ZMQ_PUSH);
    zmq_setsockopt(push, ZMQ_LINGER, &linger, sizeof linger);
    /* With CURVE, a refused key is reported before anything is sent. */
    if (st_cli_attach(ctx, push, argv[1], &cv) || (cv.on && st_cli_handshake(&cv, argv[1], 5000) < 0)) {
        linger = 0;
        zmq_setsockopt(push, ZMQ_LINGER, &linger, sizeof linger);
        st_cli_curve_done(push, &cv);
        zmq_close(push);
        zmq_ctx_term(ctx);
        return 1;
    }
    long long total = 0, done = 0;
    for (i = 2; i < argc; i++) {
        FILE *fp = fopen(argv[i], "r");
        if (fp && fseek(fp, 0, SEEK_END) == 0)
            total += ftell(fp);
        if (fp)
            fclose(fp);
    }
    for (i = 2; i <= argc - 1 || (argc == 2 && i == 2); i++) {
        const char *name = argc == 2 ? "-" : argv[i];
        FILE *fp = strcmp(name, "-") == 0 ? stdin : fopen(name, "r");
        st_jsonl r;
        size_t len;
        int rc;
        if (!fp) {
            fprintf(stderr, "%s send: %s: %s\n", st_prog, name, strerror(errno));
            failed = 1;
            continue;
        }
        st_jsonl_init(&r, fp, name, max);
        while ((rc = st_jsonl_next(&r, &len)) != ST_JSONL_EOF) {
            if (rc < 0) {
                fprintf(stderr, "%s send: %s:%zu: %s\n", st_prog, name, r.lineno,
                        rc == ST_JSONL_TOOLONG ? "line too long, skipped" : "read error");
                failed = 1;
                if (rc != ST_JSONL_TOOLONG)
                    break;
                continue;
            }
            if (zmq_send(push, r.buf, len, 0) < 0) {
                fprintf(stderr, "%s send: %s\n", st_prog, zmq_strerror(zmq_errno()));
                failed = 1;
                break;
            }
            sent++;
            done += (long long)len + 1;
            if (tty && sent % 50 == 0)
                send_progress(sent, done, total);
        }
        st_jsonl_free(&r);
        if (fp != stdin)
            fclose(fp);
    }
    st_cli_curve_done(push, &cv);
    zmq_close(push);    /* waits (up to LINGER) until everything is delivered */
    zmq_ctx_term(ctx);
    if (tty)
        send_progress(sent, total, total);
    fprintf(stderr, "%ssent %ld articles\n", tty ? "\n" : "", sent);
    return failed;
}

static void readable(const char *topic, const char *js, int color)
{
    json_error_t je;
    json_t *o = json_loads(js, 0, &je);
    const char *stance;
    if (!o) {
        printf("%s %s\n", topic, js);
        return;
    }
    if (!strncmp(topic, "quote.", 6)) {
        double s = json_real_value(json_object_get(o, "sentiment"));
        const char *col = "";
        char bar[12];
        int k, pos = (int)((s + 1) * 5 + 0.5);
        stance = topic + 6;
        if (color)
            col = !strcmp(stance, "conciliatory") ? "\033[32m"
                  : !strcmp(stance, "adversarial") ? "\033[31m" : "\033[33m";
        for (k = 0; k < 11; k++)
            bar[k] = k == pos ? '*' : k == 5 ? '|' : '-';
        bar[11] = '\0';
        printf("%-22.22s %s%-12s%s %s %+.2f  %s\n",
               json_string_value(json_object_get(o, "speaker"))
                   ? json_string_value(json_object_get(o, "speaker")) : "?",
               col, stance, color ? "\033[0m" : "", bar, s,
               json_string_value(json_object_get(o, "text")));
    } else if (!strcmp(topic, "article")) {
        json_t *sum = json_object_get(o, "summary");
        printf("== %s: %lld quotes (%lld conciliatory, %lld adversarial, %lld neutral), %s\n",
               json_string_value(json_object_get(o, "id")) ? json_string_value(json_object_get(o, "id")) : "(no id)",
               (long long)json_integer_value(json_object_get(sum, "quotes")),
               (long long)json_integer_value(json_object_get(sum, "conciliatory")),
               (long long)json_integer_value(json_object_get(sum, "adversarial")),
               (long long)json_integer_value(json_object_get(sum, "neutral")),
               json_string_value(json_object_get(o, "model")));
    } else {
        printf("!! %s: %s (%s)\n", topic, json_string_value(json_object_get(o, "message")),
               json_string_value(json_object_get(o, "reason")));
    }
    json_decref(o);
}

int st_cmd_tail(int argc, char **argv)
{
    static const struct option opts[] = {
        { "topic", required_argument, NULL, 't' }, { "json", no_argument, NULL, 'j' },
        { "count", required_argument, NULL, 'n' }, { "timeout", required_argument, NULL, 'w' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    const char *topic = "";
    int c, raw = 0, timeout = -1, color = isatty(STDOUT_FILENO), linger = 0;
    long count = -1, got = 0;
    void *ctx, *sub;
    st_cli_curve cv;

    if (st_cli_curve_args(&argc, argv, &cv))
        return 2;
    optind = 1;
    while ((c = getopt_long(argc, argv, "t:jn:w:h", opts, NULL)) != -1) {
        switch (c) {
        case 't': topic = optarg; break;
        case 'j': raw = 1; break;
        case 'n': count = atol(optarg); break;
        case 'w': timeout = atoi(optarg) * 1000; break;
        case 'h':
            printf("usage: stance tail ENDPOINT [--topic PREFIX] [--json] [--count N]\n"
                   "                  [--timeout SECONDS] [CURVE options]\n"
                   "Subscribes to a stanced output socket and prints results as they come:\n"
                   "speaker, stance, a sentiment bar and the quote; raw frames with --json.\n"
                   CURVE_HELP);
            return 0;
        default:
            return 2;
        }
    }
    if (optind + 1 != argc) {
        fprintf(stderr, "%s tail: need one ENDPOINT\n", st_prog);
        return 2;
    }
    ctx = zmq_ctx_new();
    sub = zmq_socket(ctx, ZMQ_SUB);
    zmq_setsockopt(sub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, topic, strlen(topic));
    zmq_setsockopt(sub, ZMQ_RCVTIMEO, &timeout, sizeof timeout);
    if (st_cli_attach(ctx, sub, argv[optind], &cv) ||
        (cv.on && st_cli_handshake(&cv, argv[optind], 5000) < 0)) {
        st_cli_curve_done(sub, &cv);
        zmq_close(sub);
        zmq_ctx_term(ctx);
        return 1;
    }
    st_cli_curve_done(sub, &cv);
    while (count < 0 || got < count) {
        zmq_msg_t t, j;
        char name[128];
        zmq_msg_init(&t);
        if (zmq_msg_recv(&t, sub, 0) < 0) {
            zmq_msg_close(&t);
            break;  /* timeout or interrupt */
        }
        snprintf(name, sizeof name, "%.*s", (int)zmq_msg_size(&t), (char *)zmq_msg_data(&t));
        zmq_msg_close(&t);
        zmq_msg_init(&j);
        zmq_msg_recv(&j, sub, 0);
        {
            char *js = strndup(zmq_msg_data(&j), zmq_msg_size(&j));
            if (js) {
                if (raw)
                    printf("%s %s\n", name, js);
                else
                    readable(name, js, color);
                free(js);
            }
        }
        zmq_msg_close(&j);
        fflush(stdout);
        got++;
    }
    zmq_close(sub);
    zmq_ctx_term(ctx);
    return count >= 0 && got < count ? 1 : 0;
}

static int request(int argc, char **argv, const char *cmd)
{
    void *ctx, *req;
    char buf[1 << 16];
    int n, timeout = 5000, linger = 0;
    st_cli_curve cv;
    if (st_cli_curve_args(&argc, argv, &cv))
        return 2;
    if (argc != 2 || !strcmp(argv[1], "--help")) {
        printf("usage: stance %s ENDPOINT [CURVE options]\nAsks a stanced control socket for "
               "'%s'.\n" CURVE_HELP, cmd, cmd);
        return argc != 2 ? 2 : 0;
    }
    ctx = zmq_ctx_new();
    req = zmq_socket(ctx, ZMQ_REQ);
    zmq_setsockopt(req, ZMQ_LINGER, &linger, sizeof linger);
    if (st_cli_attach(ctx, req, argv[1], &cv) || zmq_send(req, cmd, strlen(cmd), 0) < 0) {
        st_cli_curve_done(req, &cv);
        zmq_close(req);
        zmq_ctx_term(ctx);
        return 1;
    }
    /* The answer, or a refused handshake (said at once), or 5 s of silence. */
    n = -1;
    for (long long end = (long long)(st_clock_ns() / 1000000) + timeout;;) {
        zmq_pollitem_t it[2] = { { req, 0, ZMQ_POLLIN, 0 }, { cv.mon, 0, ZMQ_POLLIN, 0 } };
        long long left = end - (long long)(st_clock_ns() / 1000000);
        if (left <= 0 || zmq_poll(it, cv.mon ? 2 : 1, left) < 0) {
            fprintf(stderr, "%s %s: no answer from %s within 5 s\n", st_prog, cmd, argv[1]);
            break;
        }
        if (it[0].revents & ZMQ_POLLIN) {
            n = zmq_recv(req, buf, sizeof buf - 1, 0);
            break;
        }
        if ((it[1].revents & ZMQ_POLLIN) && st_cli_handshake(&cv, argv[1], 0) < 0)
            break;
    }
    st_cli_curve_done(req, &cv);
    zmq_close(req);
    zmq_ctx_term(ctx);
    if (n < 0)
        return 1;
    buf[n < (int)sizeof buf ? n : (int)sizeof buf - 1] = '\0';
    return st_cli_print_reply(buf, 0);
}

int st_cli_print_reply(const char *reply, int need_json)
{
    json_error_t je;
    json_t *o = json_loads(reply, 0, &je);
    char *pretty = o ? json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    int ok = o ? !json_is_false(json_object_get(o, "ok")) : !need_json;
    printf("%s\n", pretty ? pretty : reply);
    free(pretty);
    json_decref(o);
    return ok ? 0 : 1;
}

int st_cmd_stats(int argc, char **argv)
{
    return request(argc, argv, "stats");
}

int st_cmd_reload(int argc, char **argv)
{
    return request(argc, argv, "reload");
}
