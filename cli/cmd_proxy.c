/* cmd_proxy.c - `stance proxy`: ZeroMQ's own zmq_proxy_steerable as a
 * ventilator (PULL->PUSH), collector (XSUB->XPUB) or sink (PULL->PUSH),
 * so many stanced daemons on many hosts share one stream; and the client
 * of its control socket (stats, pause, resume, terminate, ping).
 *
 * Threads: the proxy runs in its own thread and is steered over an inproc
 * PAIR by the main thread, which alone owns the user's REP control socket
 * and a signalfd.  ZeroMQ's proxy aborts the process on a command it does
 * not know, so only the four it knows ever reach it. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <zmq.h>

#define PX_PIPE "inproc://stance-proxy-control"
#define PX_STOP_GRACE_MS 2000   /* TERMINATE, then the context is shut down */
#define PX_STATS_WAIT_MS 2000

/* ventilator and sink are the same device, placed before and after the
 * daemons. */
static const struct px_mode {
    const char *name;
    int front, back;
} px_modes[] = {
    { "ventilator", ZMQ_PULL, ZMQ_PUSH },
    { "collector", ZMQ_XSUB, ZMQ_XPUB },
    { "sink", ZMQ_PULL, ZMQ_PUSH },
};

typedef struct px {
    const struct px_mode *mode;
    void *ctx, *front, *back, *pipe_proxy, *pipe_ctl, *rep;
    int sigfd, proxy_rc, proxy_errno, paused, exited, terminating, stale;
    double started;
    char front_ep[256], back_ep[256];
} px;

static long long now_ms(void)
{
    return (long long)(st_clock_ns() / 1000000u);
}

/* Attaches every endpoint of a comma-separated list: bare or "@" binds,
 * ">" connects. */
static int attach_list(void *sock, const char *list)
{
    char buf[1024], *save = NULL, *ep;
    st_error err;
    snprintf(buf, sizeof buf, "%s", list);
    for (ep = strtok_r(buf, ",", &save); ep; ep = strtok_r(NULL, ",", &save))
        if (st_endpoint_attach(sock, ep, 1, &err) != ST_OK) {
            fprintf(stderr, "%s proxy: %s\n", st_prog, err.text);
            return -1;
        }
    return 0;
}

static void last_endpoint(void *sock, const char *spec, char *out, size_t size)
{
    size_t n = size;
    if (zmq_getsockopt(sock, ZMQ_LAST_ENDPOINT, out, &n) != 0 || !out[0])
        snprintf(out, size, "%s", spec);
}

static void *proxy_main(void *arg)
{
    px *p = arg;
    p->proxy_rc = zmq_proxy_steerable(p->front, p->back, NULL, p->pipe_proxy);
    p->proxy_errno = zmq_errno();
    zmq_send(p->pipe_proxy, "EXITED", 6, ZMQ_DONTWAIT);
    return NULL;
}

enum { PIPE_NONE, PIPE_STATS, PIPE_EXITED };

/* Reads one message from the proxy: its 8 statistics counters (messages
 * and bytes received and sent on the frontend, then on the backend; libzmq
 * 4.3.4 counts a multipart message once, later versions count each
 * frame), or our own EXITED note. */
static int read_pipe(px *p, uint64_t v[8])
{
    int nparts = 0, more = 1, kind = PIPE_NONE;
    while (more) {
        zmq_msg_t m;
        zmq_msg_init(&m);
        if (zmq_msg_recv(&m, p->pipe_ctl, 0) < 0) {
            zmq_msg_close(&m);
            return PIPE_NONE;
        }
        more = zmq_msg_more(&m);
        if (nparts == 0 && zmq_msg_size(&m) == 6 && !memcmp(zmq_msg_data(&m), "EXITED", 6))
            kind = PIPE_EXITED;
        else if (nparts < 8 && zmq_msg_size(&m) == sizeof(uint64_t)) {
            memcpy(&v[nparts], zmq_msg_data(&m), sizeof(uint64_t));
            if (nparts == 7)
                kind = PIPE_STATS;
        }
        nparts++;
        zmq_msg_close(&m);
    }
    if (kind == PIPE_EXITED)
        p->exited = 1;
    return nparts == 8 || kind == PIPE_EXITED ? kind : PIPE_NONE;
}

/* Asks the proxy for its counters; -1 when it does not answer in time
 * (blocked on a full backend: the late answer is then skipped). */
static int ask_stats(px *p, uint64_t v[8])
{
    long long end = now_ms() + PX_STATS_WAIT_MS;
    if (p->exited || zmq_send(p->pipe_ctl, "STATISTICS", 10, 0) < 0)
        return -1;
    for (;;) {
        long long left = end - now_ms();
        zmq_pollitem_t it = { p->pipe_ctl, 0, ZMQ_POLLIN, 0 };
        if (left <= 0 || zmq_poll(&it, 1, left) <= 0) {
            p->stale++;
            return -1;
        }
        switch (read_pipe(p, v)) {
        case PIPE_STATS:
            if (p->stale > 0) {
                p->stale--;
                continue;
            }
            return 0;
        case PIPE_EXITED:
            return -1;
        default:
            continue;
        }
    }
}

static json_t *side_json(const char *ep, const uint64_t *v)
{
    return json_pack("{s:s, s:{s:I, s:I}, s:{s:I, s:I}}", "endpoint", ep,
                     "received", "messages", (json_int_t)v[0], "bytes", (json_int_t)v[1],
                     "sent", "messages", (json_int_t)v[2], "bytes", (json_int_t)v[3]);
}

static json_t *stats_json(px *p)
{
    uint64_t v[8];
    json_t *o;
    if (ask_stats(p, v) != 0)
        return json_pack("{s:b, s:s, s:s}", "ok", 0, "mode", p->mode->name, "error",
                         p->exited ? "the proxy has stopped"
                                   : "the proxy did not answer within 2 s (blocked on a full "
                                     "backend?)");
    o = json_pack("{s:s, s:b, s:f}", "mode", p->mode->name, "paused", p->paused, "uptime_s",
                  st_clock_wall() - p->started);
    if (o) {
        json_object_set_new(o, "frontend", side_json(p->front_ep, v));
        json_object_set_new(o, "backend", side_json(p->back_ep, v + 4));
    }
    return o;
}

static void begin_terminate(px *p, long long *deadline)
{
    if (p->terminating)
        return;
    p->terminating = 1;
    *deadline = now_ms() + PX_STOP_GRACE_MS;
    /* The final counters come back before the proxy returns. */
    zmq_send(p->pipe_ctl, "STATISTICS", 10, 0);
    zmq_send(p->pipe_ctl, "TERMINATE", 9, 0);
}

static void on_request(px *p, long long *deadline)
{
    char cmd[64];
    json_t *reply;
    char *js;
    int more = 0, n = zmq_recv(p->rep, cmd, sizeof cmd - 1, 0);
    size_t sz = sizeof more;
    if (n < 0)
        return;
    cmd[n < (int)sizeof cmd ? n : (int)sizeof cmd - 1] = '\0';
    while (zmq_getsockopt(p->rep, ZMQ_RCVMORE, &more, &sz) == 0 && more) {
        char skip[16];
        zmq_recv(p->rep, skip, sizeof skip, 0);
    }
    if (!strcasecmp(cmd, "ping"))
        reply = json_pack("{s:s, s:s}", "pong", "stance proxy", "mode", p->mode->name);
    else if (!strcasecmp(cmd, "stats") || !strcasecmp(cmd, "statistics"))
        reply = stats_json(p);
    else if (!strcasecmp(cmd, "pause") || !strcasecmp(cmd, "resume")) {
        int pause = !strcasecmp(cmd, "pause");
        if (zmq_send(p->pipe_ctl, pause ? "PAUSE" : "RESUME", pause ? 5 : 6, 0) >= 0)
            p->paused = pause;
        reply = json_pack("{s:b, s:b}", "ok", 1, "paused", p->paused);
    } else if (!strcasecmp(cmd, "terminate")) {
        begin_terminate(p, deadline);
        reply = json_pack("{s:b, s:b}", "ok", 1, "terminating", 1);
    } else
        reply = json_pack("{s:b, s:s}", "ok", 0, "error",
                          "unknown command (ping, stats, pause, resume, terminate)");
    js = reply ? json_dumps(reply, JSON_COMPACT) : NULL;
    zmq_send(p->rep, js ? js : "{}", js ? strlen(js) : 2, 0);
    free(js);
    json_decref(reply);
}

static void print_final(px *p, const uint64_t *v)
{
    fprintf(stderr, "%s proxy: %s stopped: frontend received %llu messages (%llu "
                    "bytes), backend sent %llu messages (%llu bytes)\n",
            st_prog, p->mode->name, (unsigned long long)v[0], (unsigned long long)v[1],
            (unsigned long long)v[6], (unsigned long long)v[7]);
}

/* The main thread's loop: control requests, signals, the proxy's notes. */
static void control_loop(px *p)
{
    long long deadline = 0;
    while (!p->exited) {
        zmq_pollitem_t it[3];
        int n = 0, rc;
        it[n++] = (zmq_pollitem_t){ p->pipe_ctl, 0, ZMQ_POLLIN, 0 };
        it[n++] = (zmq_pollitem_t){ NULL, p->sigfd, ZMQ_POLLIN, 0 };
        if (p->rep)
            it[n++] = (zmq_pollitem_t){ p->rep, 0, ZMQ_POLLIN, 0 };
        rc = zmq_poll(it, n, p->terminating ? 100 : -1);
        if (rc < 0 && zmq_errno() != EINTR)
            break;
        if (rc > 0 && (it[0].revents & ZMQ_POLLIN)) {
            uint64_t v[8];
            if (read_pipe(p, v) == PIPE_STATS) {
                if (p->stale > 0)
                    p->stale--;
                else if (p->terminating)
                    print_final(p, v);
            }
        }
        if (rc > 0 && (it[1].revents & ZMQ_POLLIN)) {
            struct signalfd_siginfo si;
            while (read(p->sigfd, &si, sizeof si) == (ssize_t)sizeof si) {
                if (si.ssi_signo == SIGHUP) {
                    fprintf(stderr, "%s proxy: SIGHUP: nothing to reload\n", st_prog);
                    continue;
                }
                fprintf(stderr, "%s proxy: signal %u: stopping\n", st_prog, si.ssi_signo);
                begin_terminate(p, &deadline);
            }
        }
        if (rc > 0 && p->rep && (it[n - 1].revents & ZMQ_POLLIN))
            on_request(p, &deadline);
        if (p->terminating && !p->exited && now_ms() > deadline) {
            /* Blocked in a send to a full backend: make it return ETERM. */
            fprintf(stderr, "%s proxy: no stop within %d ms (backend full?): forcing\n",
                    st_prog, PX_STOP_GRACE_MS);
            zmq_ctx_shutdown(p->ctx);
            break;
        }
    }
}

static void px_usage(FILE *to)
{
    fprintf(to,
            "usage: stance proxy MODE FRONTEND BACKEND [--control ENDPOINT] [--hwm N]\n"
            "                    [--linger MS] [--max-message BYTES]\n"
            "       stance proxy stats|pause|resume|terminate|ping CONTROL-ENDPOINT\n"
            "\n"
            "Runs ZeroMQ's steerable proxy so that many stanced share one stream:\n"
            "  ventilator  PULL -> PUSH   producers push articles to FRONTEND; each stanced\n"
            "                             connects --in '>BACKEND' and takes its share\n"
            "  collector   XSUB -> XPUB   each stanced connects --out '>FRONTEND';\n"
            "                             subscribers connect to BACKEND\n"
            "  sink        PULL -> PUSH   each stanced connects --out-push '>FRONTEND';\n"
            "                             consumers PULL from BACKEND\n"
            "ventilator and sink lose nothing while every process runs (a full queue makes\n"
            "the sender wait); collector is publish-subscribe: a subscriber that falls\n"
            "behind slows the collector and the daemons count what they could not hand\n"
            "over in their stats 'dropped'. See docs/scaling.md.\n"
            "\n"
            "Endpoints bind unless prefixed with '>' (connect); a comma-separated list\n"
            "attaches one socket to several.\n"
            "  --control ENDPOINT   REP socket answering ping, stats, pause, resume and\n"
            "                       terminate with JSON ('stance stats' works on it too)\n"
            "  --hwm N              high-water mark, in messages, of each peer's queue on\n"
            "                       both sides (default 1000; 0 = unlimited)\n"
            "  --linger MS          how long queued messages may still go out at exit\n"
            "                       (default 2000)\n"
            "  --max-message BYTES  larger messages from a FRONTEND peer close its\n"
            "                       connection (default 64M)\n"
            "SIGTERM or SIGINT stops the proxy (exit 0); SIGHUP is ignored.\n");
}

/* The client side: one command to a proxy's control socket. */
static int px_client(const char *cmd, const char *endpoint)
{
    void *ctx = zmq_ctx_new(), *req = zmq_socket(ctx, ZMQ_REQ);
    char buf[8192];
    int n = -1, timeout = 5000, linger = 0;
    st_error err;
    zmq_setsockopt(req, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(req, ZMQ_RCVTIMEO, &timeout, sizeof timeout);
    if (st_endpoint_attach(req, endpoint, 0, &err) != ST_OK)
        fprintf(stderr, "%s proxy: %s\n", st_prog, err.text);
    else if (zmq_send(req, cmd, strlen(cmd), 0) >= 0 &&
             (n = zmq_recv(req, buf, sizeof buf - 1, 0)) < 0)
        fprintf(stderr, "%s proxy %s: no answer from %s within 5 s\n", st_prog, cmd, endpoint);
    zmq_close(req);
    zmq_ctx_term(ctx);
    if (n < 0)
        return 1;
    buf[n < (int)sizeof buf ? n : (int)sizeof buf - 1] = '\0';
    return st_cli_print_reply(buf, 1);
}

static void *px_socket(px *p, int type, int hwm, int linger, int64_t maxmsg)
{
    void *z = zmq_socket(p->ctx, type);
    int one = 1, idle = 30, intvl = 5;
    if (!z)
        return NULL;
    zmq_setsockopt(z, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(z, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(z, ZMQ_RCVHWM, &hwm, sizeof hwm);
    /* No ZMTP heartbeats: with them (2 s, 6 s timeout) 6 of 7 runs of
     * 6,000 articles through a loaded ventilator on libzmq 4.3.4 never
     * delivered some (99 to 597); without, none of 16 runs lost any (a
     * connection whose input is paused at the HWM is the likely victim).
     * TCP keepalive still finds a host that vanished, within about 75 s. */
    zmq_setsockopt(z, ZMQ_TCP_KEEPALIVE, &one, sizeof one);
    zmq_setsockopt(z, ZMQ_TCP_KEEPALIVE_IDLE, &idle, sizeof idle);
    zmq_setsockopt(z, ZMQ_TCP_KEEPALIVE_INTVL, &intvl, sizeof intvl);
    if (maxmsg > 0)
        zmq_setsockopt(z, ZMQ_MAXMSGSIZE, &maxmsg, sizeof maxmsg);
    if (type == ZMQ_PUSH)   /* connected endpoints: no share until the peer is there */
        zmq_setsockopt(z, ZMQ_IMMEDIATE, &one, sizeof one);
    if (type == ZMQ_XPUB)   /* a full subscriber queue makes the proxy wait, not drop */
        zmq_setsockopt(z, ZMQ_XPUB_NODROP, &one, sizeof one);
    return z;
}

static int px_run(const struct px_mode *mode, const char *front, const char *back,
                  const char *control, int hwm, int linger, int64_t maxmsg)
{
    px p;
    sigset_t mask, old;
    pthread_t thread;
    int zero = 0, rc = 1;
    char ctl_ep[256] = "";

    memset(&p, 0, sizeof p);
    p.mode = mode;
    p.sigfd = -1;
    p.started = st_clock_wall();
    /* Blocked before ZeroMQ starts its I/O threads, which inherit the mask:
     * signals arrive only through the signalfd. */
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &mask, &old);
    p.sigfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    p.ctx = zmq_ctx_new();
    if (p.sigfd < 0 || !p.ctx) {
        fprintf(stderr, "%s proxy: cannot start: %s\n", st_prog, strerror(errno));
        goto out;
    }
    p.front = px_socket(&p, mode->front, hwm, linger, maxmsg);
    p.back = px_socket(&p, mode->back, hwm, linger, -1);
    p.pipe_proxy = zmq_socket(p.ctx, ZMQ_PAIR);
    p.pipe_ctl = zmq_socket(p.ctx, ZMQ_PAIR);
    if (control)
        p.rep = zmq_socket(p.ctx, ZMQ_REP);
    if (!p.front || !p.back || !p.pipe_proxy || !p.pipe_ctl || (control && !p.rep)) {
        fprintf(stderr, "%s proxy: zmq_socket: %s\n", st_prog, zmq_strerror(zmq_errno()));
        goto out;
    }
    zmq_setsockopt(p.pipe_proxy, ZMQ_LINGER, &zero, sizeof zero);
    zmq_setsockopt(p.pipe_ctl, ZMQ_LINGER, &zero, sizeof zero);
    if (p.rep)
        zmq_setsockopt(p.rep, ZMQ_LINGER, &zero, sizeof zero);
    if (attach_list(p.front, front) || attach_list(p.back, back) ||
        (p.rep && attach_list(p.rep, control)) || zmq_bind(p.pipe_proxy, PX_PIPE) ||
        zmq_connect(p.pipe_ctl, PX_PIPE))
        goto out;
    last_endpoint(p.front, front, p.front_ep, sizeof p.front_ep);
    last_endpoint(p.back, back, p.back_ep, sizeof p.back_ep);
    if (p.rep)
        last_endpoint(p.rep, control, ctl_ep, sizeof ctl_ep);
    if (pthread_create(&thread, NULL, proxy_main, &p)) {
        fprintf(stderr, "%s proxy: cannot start the proxy thread\n", st_prog);
        goto out;
    }
    fprintf(stderr, "%s proxy: %s: frontend %s, backend %s%s%s\n", st_prog, mode->name,
            p.front_ep, p.back_ep, p.rep ? ", control " : "", ctl_ep);
    control_loop(&p);
    pthread_join(thread, NULL);
    if (p.proxy_rc == 0 || (p.terminating && p.proxy_errno == ETERM))
        rc = 0;
    else
        fprintf(stderr, "%s proxy: the proxy failed: %s\n", st_prog, zmq_strerror(p.proxy_errno));
out:
    if (p.front) zmq_close(p.front);
    if (p.back) zmq_close(p.back);
    if (p.pipe_proxy) zmq_close(p.pipe_proxy);
    if (p.pipe_ctl) zmq_close(p.pipe_ctl);
    if (p.rep) zmq_close(p.rep);
    if (p.ctx)
        zmq_ctx_term(p.ctx);    /* queued messages go out for up to --linger */
    if (p.sigfd >= 0)
        close(p.sigfd);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc;
}

int st_cmd_proxy(int argc, char **argv)
{
    static const struct option opts[] = {
        { "control", required_argument, NULL, 'c' }, { "hwm", required_argument, NULL, 'w' },
        { "linger", required_argument, NULL, 'l' },
        { "max-message", required_argument, NULL, 'm' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    static const char *const client_cmds[] = { "stats", "pause", "resume", "terminate", "ping" };
    const char *control = NULL;
    long hwm = 1000, linger = 2000;
    size_t maxmsg = 64u << 20;
    const struct px_mode *mode = NULL;
    char *end;
    int c;
    size_t k;

    for (k = 0; argc >= 2 && k < sizeof client_cmds / sizeof *client_cmds; k++)
        if (!strcmp(argv[1], client_cmds[k])) {
            if (argc != 3) {
                fprintf(stderr, "usage: stance proxy %s CONTROL-ENDPOINT\n", argv[1]);
                return 2;
            }
            return px_client(argv[1], argv[2]);
        }
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'c': control = optarg; break;
        case 'w':
            hwm = strtol(optarg, &end, 10);
            if (*end || end == optarg || hwm < 0 || hwm > (1L << 30)) {
                fprintf(stderr, "%s proxy: --hwm: '%s' is not 0..%ld\n", st_prog, optarg,
                        1L << 30);
                return 2;
            }
            break;
        case 'l':
            linger = strtol(optarg, &end, 10);
            if (*end || end == optarg || linger < 0 || linger > 3600000) {
                fprintf(stderr, "%s proxy: --linger: '%s' is not 0..3600000 ms\n", st_prog,
                        optarg);
                return 2;
            }
            break;
        case 'm':
            if (st_parse_size(optarg, &maxmsg) || maxmsg > ((size_t)1 << 40)) {
                fprintf(stderr, "%s proxy: --max-message: bad size '%s'\n", st_prog, optarg);
                return 2;
            }
            break;
        case 'h':
            px_usage(stdout);
            return 0;
        default:
            return 2;
        }
    }
    if (optind < argc)
        for (k = 0; k < sizeof px_modes / sizeof *px_modes; k++)
            if (!strcmp(argv[optind], px_modes[k].name))
                mode = &px_modes[k];
    if (!mode || argc - optind != 3) {
        if (optind < argc && !mode)
            fprintf(stderr, "%s proxy: unknown mode '%s' (ventilator, collector, sink; "
                            "see 'stance proxy --help')\n", st_prog, argv[optind]);
        else
            px_usage(stderr);
        return 2;
    }
    return px_run(mode, argv[optind + 1], argv[optind + 2], control, (int)hwm, (int)linger,
                  (int64_t)maxmsg);
}
