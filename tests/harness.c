/* harness.c - starts and drives a real stanced process for the tests
 * (see harness.h). */
#include "harness.h"
#include "../core/sha256.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

void th_sleep_ms(long ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    nanosleep(&ts, NULL);
}

int th_timeout_scale(void)
{
    const char *m = getenv("CK_TIMEOUT_MULTIPLIER");
    return m && atoi(m) > 0 ? atoi(m) : 1;
}

void th_drain_notify(th_daemon *d)
{
    char buf[1024];
    ssize_t n;
    while ((n = recv(d->nfd, buf, sizeof buf - 1, MSG_DONTWAIT)) > 0) {
        buf[n] = '\0';
        if (strlen(d->notes) + (size_t)n + 2 < sizeof d->notes) {
            strcat(d->notes, buf);
            strcat(d->notes, "\n");
        }
    }
}

int th_wait_note(th_daemon *d, const char *what, int seconds)
{
    time_t end = time(NULL) + seconds * th_timeout_scale();
    while (time(NULL) <= end) {
        th_drain_notify(d);
        if (strstr(d->notes, what))
            return 1;
        th_sleep_ms(20);
    }
    return 0;
}

void th_start_args(th_daemon *d, const char *model, int flags, const char *const *extra)
{
    struct sockaddr_un sa;
    const char *bin = getenv("ST_STANCED");
    int hwm = 100000, linger = 0;

    memset(d, 0, sizeof *d);
    ck_assert_msg(bin != NULL, "ST_STANCED not set (run through make check)");
    snprintf(d->dir, sizeof d->dir, "/tmp/st-daemon-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(d->dir));
    snprintf(d->in, sizeof d->in, "ipc://%s/in", d->dir);
    snprintf(d->out, sizeof d->out, "ipc://%s/out", d->dir);
    snprintf(d->ctl, sizeof d->ctl, "ipc://%s/ctl", d->dir);
    snprintf(d->notify, sizeof d->notify, "%s/notify", d->dir);
    snprintf(d->model, sizeof d->model, "%s/m.model", d->dir);
    snprintf(d->pushout, sizeof d->pushout, "ipc://%s/push", d->dir);
    snprintf(d->log, sizeof d->log, "%s/stanced.log", d->dir);
    if (flags & TH_TCP_IN) {
        /* A free loopback port: bound by a probe socket, then released. */
        void *ctx = zmq_ctx_new(), *probe = zmq_socket(ctx, ZMQ_PULL);
        size_t len = sizeof d->in;
        ck_assert_int_eq(zmq_bind(probe, "tcp://127.0.0.1:*"), 0);
        ck_assert_int_eq(zmq_getsockopt(probe, ZMQ_LAST_ENDPOINT, d->in, &len), 0);
        zmq_close(probe);
        zmq_ctx_term(ctx);
    }
    {
        char cmd[2048];
        /* The model, its sidecar, and its sentiment head when it has one. */
        snprintf(cmd, sizeof cmd, "cp '%s' %s && cp '%s.json' %s.json && "
                 "{ [ ! -e '%s.sentiment' ] || cp '%s.sentiment' %s.sentiment; }",
                 model, d->model, model, d->model, model, model, d->model);
        ck_assert_int_eq(system(cmd), 0);
    }
    d->nfd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    ck_assert_uint_lt(strlen(d->notify), sizeof sa.sun_path);
    memcpy(sa.sun_path, d->notify, strlen(d->notify) + 1);
    ck_assert_int_eq(bind(d->nfd, (struct sockaddr *)&sa, sizeof sa), 0);
    d->pid = fork();
    ck_assert_int_ge(d->pid, 0);
    if (d->pid == 0) {
        char in[140], out[140], ctl[140], push[140];
        snprintf(in, sizeof in, "@%s", d->in);
        snprintf(out, sizeof out, "@%s", d->out);
        snprintf(ctl, sizeof ctl, "@%s", d->ctl);
        snprintf(push, sizeof push, "@%s", d->pushout);
        setenv("NOTIFY_SOCKET", d->notify, 1);
        if (flags & TH_LOG_FILE) {
            int fd = open(d->log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            if (fd < 0 || dup2(fd, 2) < 0)
                _exit(126);
        }
        const char *argv[64];
        int argc = 0;
        /* ST_DAEMON_WRAPPER (make valgrind: memcheck) runs the daemon
         * under a tool: its words go first on the command line. */
        static char wrap[512];
        const char *w = getenv("ST_DAEMON_WRAPPER");
        if (w && *w) {
            snprintf(wrap, sizeof wrap, "%s", w);
            for (char *tok = strtok(wrap, " "); tok && argc < 16; tok = strtok(NULL, " "))
                argv[argc++] = tok;
        }
        argv[argc++] = bin;
        for (const char *const *a = (const char *const[]){ "--config", "/dev/null", "--in", in,
                 "--out", out, "--control", ctl, "--model", d->model, "--workers", "2",
                 "--log-level", "warning", "--max-message", "1M", NULL }; *a; a++)
            argv[argc++] = *a;
        if (flags & TH_PUSH_OUT) {
            argv[argc++] = "--out-push";
            argv[argc++] = push;
        }
        for (; extra && *extra && argc < 63; extra++)
            argv[argc++] = *extra;
        argv[argc] = NULL;
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    ck_assert_msg(th_wait_note(d, "READY=1", 20), "no READY=1 from stanced");
    d->ctx = zmq_ctx_new();
    d->push = zmq_socket(d->ctx, ZMQ_PUSH);
    d->sub = zmq_socket(d->ctx, ZMQ_SUB);
    zmq_setsockopt(d->push, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(d->sub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(d->sub, ZMQ_RCVHWM, &hwm, sizeof hwm);
    zmq_setsockopt(d->sub, ZMQ_SUBSCRIBE, "", 0);
    ck_assert_int_eq(zmq_connect(d->push, d->in), 0);
    ck_assert_int_eq(zmq_connect(d->sub, d->out), 0);
    th_sleep_ms(300);     /* the subscription reaches the publisher */
}

void th_start(th_daemon *d, const char *model)
{
    th_start_args(d, model, 0, NULL);
}

int th_stop(th_daemon *d)
{
    int status = -1;
    char cmd[128];
    if (d->pid > 0) {
        kill(d->pid, SIGTERM);
        waitpid(d->pid, &status, 0);
    }
    zmq_close(d->push);
    zmq_close(d->sub);
    zmq_ctx_term(d->ctx);
    th_drain_notify(d);
    close(d->nfd);
    snprintf(cmd, sizeof cmd, "rm -rf %s", d->dir);
    ck_assert_int_eq(system(cmd), 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Receives the next [topic, json] from the daemon's output. */
json_t *th_next(th_daemon *d, char *topic, size_t size)
{
    char buf[1 << 17];
    int ms = 10000 * th_timeout_scale(), n;
    json_error_t je;
    zmq_setsockopt(d->sub, ZMQ_RCVTIMEO, &ms, sizeof ms);
    n = zmq_recv(d->sub, topic, size - 1, 0);
    if (n < 0)
        return NULL;
    topic[n < (int)size ? n : (int)size - 1] = '\0';
    n = zmq_recv(d->sub, buf, sizeof buf - 1, 0);
    ck_assert_int_ge(n, 0);
    buf[n < (int)sizeof buf ? n : (int)sizeof buf - 1] = '\0';
    return json_loads(buf, 0, &je);
}

/* Waits for the article result (skipping its quote messages). */
json_t *th_next_of(th_daemon *d, const char *want)
{
    char topic[64];
    json_t *o;
    while ((o = th_next(d, topic, sizeof topic))) {
        if (!strcmp(topic, want))
            return o;
        json_decref(o);
    }
    return NULL;
}

json_t *th_control(th_daemon *d, const char *cmd)
{
    void *req = zmq_socket(d->ctx, ZMQ_REQ);
    char buf[1 << 16];
    int ms = 10000 * th_timeout_scale(), linger = 0, n;
    json_error_t je;
    /* Like systemd, read the daemon's notifications as they come: a Unix
     * datagram socket queues only a few, and sd_notify blocks on a full one. */
    th_drain_notify(d);
    zmq_setsockopt(req, ZMQ_RCVTIMEO, &ms, sizeof ms);
    zmq_setsockopt(req, ZMQ_LINGER, &linger, sizeof linger);
    ck_assert_int_eq(zmq_connect(req, d->ctl), 0);
    ck_assert_int_ge(zmq_send(req, cmd, strlen(cmd), 0), 0);
    for (int waited = 0; (n = zmq_recv(req, buf, sizeof buf - 1, ZMQ_DONTWAIT)) < 0 &&
                         waited < ms; waited += 10) {
        th_drain_notify(d);
        th_sleep_ms(10);
    }
    zmq_close(req);
    ck_assert_int_ge(n, 0);
    buf[n] = '\0';
    return json_loads(buf, 0, &je);
}

const char th_article[] =
    "{\"id\":\"good-1\",\"text\":\"Trade talks resumed on Monday.\\n\\n\\u201cWe welcome the "
    "constructive spirit of these talks,\\u201d said Maria Ortega, the envoy.\\n\\nShe "
    "called the new tariffs \\u201ca serious provocation\\u201d.\"}";
const size_t th_article_len = sizeof th_article - 1;

/* A PULL socket on the daemon's --out-push endpoint. */
void *th_open_pull(th_daemon *d)
{
    void *pull = zmq_socket(d->ctx, ZMQ_PULL);
    int linger = 0;
    zmq_setsockopt(pull, ZMQ_LINGER, &linger, sizeof linger);
    ck_assert_int_eq(zmq_connect(pull, d->pushout), 0);
    return pull;
}

/* Waits until the daemon reports n messages received. */
void th_wait_received(th_daemon *d, long long n)
{
    for (int tries = 0; tries < 500 * th_timeout_scale(); tries++) {
        json_t *st = th_control(d, "stats");
        long long rec = json_integer_value(json_object_get(st, "received"));
        json_decref(st);
        if (rec == n)
            return;
        th_sleep_ms(10);
    }
    ck_abort_msg("the daemon never received %lld messages", n);
}


long th_rss_kb(pid_t pid)
{
    char path[64], line[256];
    long kb = -1;
    FILE *fp;
    snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
    fp = fopen(path, "r");
    if (!fp)
        return -1;
    while (fgets(line, sizeof line, fp))
        if (!strncmp(line, "VmRSS:", 6)) {
            kb = strtol(line + 6, NULL, 10);
            break;
        }
    fclose(fp);
    return kb;
}

void th_resign_model(const char *model, const char *like)
{
    char hex[65], side[1024];
    long bytes;
    json_error_t je;
    json_t *sc;
    snprintf(side, sizeof side, "%s.json", like);
    sc = json_load_file(side, 0, &je);
    ck_assert_msg(sc != NULL, "%s: %s", side, je.text);
    ck_assert_int_eq(st_sha256_file(model, hex, &bytes), 0);
    json_object_set_new(sc, "model_sha256", json_string(hex));
    json_object_set_new(sc, "model_bytes", json_integer(bytes));
    snprintf(side, sizeof side, "%s.json", model);
    ck_assert_int_eq(json_dump_file(sc, side, JSON_INDENT(2) | JSON_SORT_KEYS), 0);
    json_decref(sc);
}
