/* zap.h - stanced's ZAP handler: authenticates CURVE clients against an
 * allow-list of public keys (ZeroMQ's ZAP 1.0, RFC 27).
 *
 * libzmq asks the socket bound at inproc://zeromq.zap.01 about every
 * handshake on a socket that has a security mechanism or a ZAP domain;
 * without a handler there it accepts every CURVE client.  The handler is a
 * REP socket polled by the main loop, so it shares the main thread's
 * statistics and reloads without locks.  It must be started before any
 * server socket binds or connects.  Beside it, a monitor on each socket
 * counts handshakes that fail before ZAP is asked (plaintext clients,
 * wrong server keys). */
#ifndef ST_ZAP_H
#define ST_ZAP_H

#include <jansson.h>

#include "../core/error.h"

/* The sockets, named in the ZAP domain of each. */
enum { ST_ZAP_INGEST, ST_ZAP_OUTPUT, ST_ZAP_PUSH, ST_ZAP_CONTROL, ST_ZAP_NDOMAINS };
extern const char *const st_zap_domains[ST_ZAP_NDOMAINS];

typedef struct st_zap {
    void *sock;                     /* REP on inproc://zeromq.zap.01 */
    char path[1024];                /* the allow-list file */
    unsigned char *keys;            /* sorted 32-byte keys */
    size_t nkeys;
    unsigned long long accepted, denied, denied_on[ST_ZAP_NDOMAINS + 1];
    /* Handshakes that fail before the handler is asked (a plaintext
     * client, a wrong server key), seen by a monitor on each socket. */
    void *mon[ST_ZAP_NDOMAINS];
    unsigned long long failed, failed_on[ST_ZAP_NDOMAINS];
    unsigned long long reloads, reload_failures;
    /* Refused keys [0] and failed handshakes [1] are each logged at most
     * ST_ZAP_LOG_BURST times per window. */
    long long window_ms;
    unsigned logged[2];
    unsigned long long suppressed[2];
} st_zap;

#define ST_ZAP_LOG_BURST 5
#define ST_ZAP_LOG_WINDOW_MS 10000

/* Reads the allow-list at path and binds the handler in ctx. */
int st_zap_start(st_zap *z, void *ctx, const char *path, st_error *err);
/* Watches sock (the socket named by domain) for failed handshakes. */
int st_zap_watch(st_zap *z, void *ctx, void *sock, int domain, st_error *err);
/* Fills it with the handler's socket and the monitors; returns how many
 * (at most 1 + ST_ZAP_NDOMAINS).  zmq_pollitem_t is zmq.h's. */
int st_zap_pollitems(const st_zap *z, void *it);
/* Answers every waiting request and reads every handshake event. */
void st_zap_serve(st_zap *z);
/* Ends a log window: says how many refusals and failed handshakes went
 * unlogged in it. */
void st_zap_tick(st_zap *z);
/* Reads the allow-list again; on failure the old one stays in force. */
int st_zap_reload(st_zap *z, st_error *err);
/* {"enabled", "allowed_keys", "accepted", "denied", "denied_on": {...},
 *  "handshake_failed", "handshake_failed_on": {...}, ...}. */
json_t *st_zap_stats(const st_zap *z);
void st_zap_close(st_zap *z);

#endif
