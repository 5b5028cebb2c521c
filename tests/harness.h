/* harness.h - a real stanced process for the tests: started on ipc
 * endpoints in a private temporary folder with a copy of a model, a
 * NOTIFY_SOCKET that collects its sd_notify messages, and client sockets
 * (PUSH in, SUB out, REQ control) to talk to it. */
#ifndef ST_HARNESS_H
#define ST_HARNESS_H

#include <jansson.h>
#include <sys/types.h>

typedef struct th_daemon {
    char dir[64], in[128], out[128], ctl[128], notify[128], model[128], pushout[128];
    char log[128];          /* the daemon's stderr, with TH_LOG_FILE */
    pid_t pid;
    int nfd;
    char notes[8192];       /* every sd_notify datagram, joined */
    void *ctx, *push, *sub;
} th_daemon;

/* th_start_args flags. */
/* TH_PUSH_OUT: --out-push on d->pushout.  TH_LOG_FILE: the daemon's
 * stderr into d->log.  TH_TCP_IN: ingest on tcp://127.0.0.1 (a free
 * port) instead of ipc: over ipc, libzmq drops what a PUSH peer had in
 * the kernel buffer when that peer closes while the daemon's ingest
 * queue is full (see docs/reliability.md). */
enum { TH_PUSH_OUT = 1, TH_LOG_FILE = 2, TH_TCP_IN = 4 };

/* A normal article with two quotes by Maria Ortega; id "good-1". */
extern const char th_article[];
extern const size_t th_article_len;

void th_sleep_ms(long ms);
/* CK_TIMEOUT_MULTIPLIER (sanitizer builds run slower), at least 1. */
int th_timeout_scale(void);

/* Starts stanced with a copy of model (and its sidecar) in a fresh folder,
 * 2 workers, a 1M message limit; extra (NULL-terminated, may be NULL) is
 * appended to the command line, so it can override those.  Returns once
 * READY=1 arrived and the PUSH and SUB sockets are connected. */
void th_start_args(th_daemon *d, const char *model, int flags, const char *const *extra);
void th_start(th_daemon *d, const char *model);
/* SIGTERM, wait, close the sockets, remove the folder; the exit status. */
int th_stop(th_daemon *d);

/* Collects pending sd_notify datagrams into d->notes. */
void th_drain_notify(th_daemon *d);
/* Waits up to seconds (scaled) for a notification containing what. */
int th_wait_note(th_daemon *d, const char *what, int seconds);

/* The next [topic, json] from the SUB socket, or NULL after 10 s. */
json_t *th_next(th_daemon *d, char *topic, size_t size);
/* The next message on topic want, skipping others. */
json_t *th_next_of(th_daemon *d, const char *want);
/* A control command's JSON reply (asserts that one came). */
json_t *th_control(th_daemon *d, const char *cmd);
/* A PULL socket connected to the --out-push endpoint. */
void *th_open_pull(th_daemon *d);
/* Polls stats until "received" equals n. */
void th_wait_received(th_daemon *d, long long n);

/* A process's resident memory (VmRSS in /proc/PID/status), in kB, or -1. */
long th_rss_kb(pid_t pid);
/* Writes model.json: like's sidecar (like.json) with model_sha256 and
 * model_bytes recomputed for the file model (a re-signed model). */
void th_resign_model(const char *model, const char *like);

#endif
