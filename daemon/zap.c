/* zap.c - the ZAP handler: CURVE clients in the allow-list are accepted,
 * everyone else is refused, counted and (rate-limited) logged; failed
 * handshakes, seen by socket monitors, likewise. */
#include "zap.h"
#include "log.h"
#include "server.h"
#include "../core/curve.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

const char *const st_zap_domains[ST_ZAP_NDOMAINS] = { "ingest", "output", "push", "control" };

int st_zap_start(st_zap *z, void *ctx, const char *path, st_error *err)
{
    int linger = 0, rc;
    memset(z, 0, sizeof *z);
    snprintf(z->path, sizeof z->path, "%s", path);
    if ((rc = st_curve_read_allow(path, &z->keys, &z->nkeys, err)) != ST_OK)
        return rc;
    if (z->nkeys == 0)
        st_log(LOG_WARNING, "allow-list %s lists no keys: every client will be refused", path);
    z->sock = zmq_socket(ctx, ZMQ_REP);
    if (!z->sock)
        return st_error_set(err, ST_ERR_NET, "ZAP socket: %s", zmq_strerror(zmq_errno()));
    zmq_setsockopt(z->sock, ZMQ_LINGER, &linger, sizeof linger);
    if (zmq_bind(z->sock, "inproc://zeromq.zap.01") != 0)
        return st_error_set(err, ST_ERR_NET, "ZAP handler bind: %s", zmq_strerror(zmq_errno()));
    return ST_OK;
}

int st_zap_reload(st_zap *z, st_error *err)
{
    unsigned char *keys;
    size_t n;
    int rc = st_curve_read_allow(z->path, &keys, &n, err);
    if (rc != ST_OK) {
        z->reload_failures++;
        st_log(LOG_ERR, "allow-list reload failed, keeping %zu keys: %s", z->nkeys, err->text);
        return rc;
    }
    free(z->keys);
    z->keys = keys;
    z->nkeys = n;
    z->reloads++;
    st_log(LOG_NOTICE, "allow-list %s: %zu keys", z->path, n);
    return ST_OK;
}

void st_zap_tick(st_zap *z)
{
    long long now = st_now_ms();
    if (now - z->window_ms < ST_ZAP_LOG_WINDOW_MS)
        return;
    if (z->suppressed[0] || z->suppressed[1])
        st_log(LOG_NOTICE, "not logged in the last %d s: %llu more refused keys, %llu more "
               "failed handshakes", ST_ZAP_LOG_WINDOW_MS / 1000, z->suppressed[0],
               z->suppressed[1]);
    z->window_ms = now;
    memset(z->logged, 0, sizeof z->logged);
    memset(z->suppressed, 0, sizeof z->suppressed);
}

/* Within the burst of this window for its kind (0 refused keys, 1 failed
 * handshakes, so a flood of one never hides the other)?  Else counted as
 * not logged. */
static int log_allowed(st_zap *z, int kind)
{
    st_zap_tick(z);
    if (z->logged[kind] >= ST_ZAP_LOG_BURST) {
        z->suppressed[kind]++;
        return 0;
    }
    z->logged[kind]++;
    return 1;
}

static void denied_log(st_zap *z, const char *domain, const char *mech, const char *key,
                       const char *addr)
{
    if (!log_allowed(z, 0))
        return;
    st_log(LOG_NOTICE, "refused %s client%s%.8s%s on %s from %s", mech, key[0] ? " key " : "",
           key, key[0] ? "..." : "", domain, addr[0] ? addr : "a local peer");
}

/* Reads the frames of one request into f (text, NUL-terminated, cut at
 * 63 bytes) and the CURVE key into key.  Returns the number of frames. */
static int read_request(void *sock, char f[6][64], unsigned char key[ST_CURVE_BIN],
                        int *have_key)
{
    int nf = 0, more = 1;
    *have_key = 0;
    while (more) {
        zmq_msg_t m;
        size_t len;
        zmq_msg_init(&m);
        if (zmq_msg_recv(&m, sock, 0) < 0) {
            zmq_msg_close(&m);
            return nf;
        }
        len = zmq_msg_size(&m);
        if (nf < 6) {
            size_t c = len < 63 ? len : 63;
            memcpy(f[nf], zmq_msg_data(&m), c);
            f[nf][c] = '\0';
        } else if (nf == 6 && len == ST_CURVE_BIN) {
            memcpy(key, zmq_msg_data(&m), ST_CURVE_BIN);
            *have_key = 1;
        }
        more = zmq_msg_more(&m);
        zmq_msg_close(&m);
        nf++;
    }
    return nf;
}

static void reply(void *sock, const char *id, const char *code, const char *text,
                  const char *user)
{
    zmq_send(sock, "1.0", 3, ZMQ_SNDMORE);
    zmq_send(sock, id, strlen(id), ZMQ_SNDMORE);
    zmq_send(sock, code, strlen(code), ZMQ_SNDMORE);
    zmq_send(sock, text, strlen(text), ZMQ_SNDMORE);
    zmq_send(sock, user, strlen(user), ZMQ_SNDMORE);
    zmq_send(sock, "", 0, 0);
}

static void serve_one(st_zap *z)
{
    char f[6][64], zkey[ST_CURVE_Z85 + 1] = "";
    unsigned char key[ST_CURVE_BIN];
    int have_key, nf = read_request(z->sock, f, key, &have_key), d;
    if (nf < 6 || strcmp(f[0], "1.0")) {
        reply(z->sock, nf > 1 ? f[1] : "", "500", "malformed ZAP request", "");
        return;
    }
    for (d = 0; d < ST_ZAP_NDOMAINS && strcmp(f[2], st_zap_domains[d]); d++)
        ;
    if (have_key)
        zmq_z85_encode(zkey, key, ST_CURVE_BIN);
    /* Only CURVE is offered; a NULL or PLAIN request (a socket given a ZAP
     * domain without CURVE) is refused rather than waved through. */
    if (!strcmp(f[5], "CURVE") && have_key && st_curve_allowed(z->keys, z->nkeys, key)) {
        z->accepted++;
        reply(z->sock, f[1], "200", "OK", zkey);
        return;
    }
    z->denied++;
    z->denied_on[d]++;
    denied_log(z, d < ST_ZAP_NDOMAINS ? st_zap_domains[d] : "an unknown socket", f[5], zkey,
               f[3]);
    reply(z->sock, f[1], "400", strcmp(f[5], "CURVE") ? "CURVE required" : "key not allowed",
          "");
}

int st_zap_watch(st_zap *z, void *ctx, void *sock, int domain, st_error *err)
{
    char ep[64];
    int linger = 0;
    snprintf(ep, sizeof ep, "inproc://stanced-handshakes-%s", st_zap_domains[domain]);
    if (zmq_socket_monitor(sock, ep, ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL |
                                         ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL) != 0 ||
        !(z->mon[domain] = zmq_socket(ctx, ZMQ_PAIR)))
        return st_error_set(err, ST_ERR_NET, "monitoring %s: %s", st_zap_domains[domain],
                            zmq_strerror(zmq_errno()));
    zmq_setsockopt(z->mon[domain], ZMQ_LINGER, &linger, sizeof linger);
    if (zmq_connect(z->mon[domain], ep) != 0)
        return st_error_set(err, ST_ERR_NET, "monitoring %s: %s", st_zap_domains[domain],
                            zmq_strerror(zmq_errno()));
    return ST_OK;
}

int st_zap_pollitems(const st_zap *z, void *items)
{
    zmq_pollitem_t *it = items;
    int n = 0, d;
    it[n++] = (zmq_pollitem_t){ z->sock, 0, ZMQ_POLLIN, 0 };
    for (d = 0; d < ST_ZAP_NDOMAINS; d++)
        if (z->mon[d])
            it[n++] = (zmq_pollitem_t){ z->mon[d], 0, ZMQ_POLLIN, 0 };
    return n;
}

/* One monitor event: [event u16 + value u32][local endpoint]. */
static void on_event(st_zap *z, int d)
{
    unsigned char ev[6];
    char ep[256];
    uint32_t value;
    int n = zmq_recv(z->mon[d], ev, sizeof ev, ZMQ_DONTWAIT);
    if (n < 0)
        return;
    while (zmq_recv(z->mon[d], ep, sizeof ep, ZMQ_DONTWAIT) < 0 && zmq_errno() == EINTR)
        ;
    if (n != (int)sizeof ev)
        return;
    memcpy(&value, ev + 2, sizeof value);
    z->failed++;
    z->failed_on[d]++;
    if (log_allowed(z, 1))
        st_log(LOG_NOTICE, "handshake failed on %s: %s (0x%x)", st_zap_domains[d],
               value == ZMQ_PROTOCOL_ERROR_ZMTP_MECHANISM_MISMATCH ? "a client without CURVE"
               : value == ZMQ_PROTOCOL_ERROR_ZMTP_CRYPTOGRAPHIC  ? "a wrong server key?"
                                                                 : "broken off",
               value);
}

void st_zap_serve(st_zap *z)
{
    zmq_pollitem_t it[1 + ST_ZAP_NDOMAINS];
    int n = st_zap_pollitems(z, it), i, k, d;
    for (i = 0; i < 64 && zmq_poll(it, n, 0) > 0; i++) {
        if (it[0].revents & ZMQ_POLLIN)
            serve_one(z);
        for (k = 1, d = 0; d < ST_ZAP_NDOMAINS; d++)
            if (z->mon[d] && (it[k++].revents & ZMQ_POLLIN))
                on_event(z, d);
    }
}

json_t *st_zap_stats(const st_zap *z)
{
    json_t *on = json_object(), *failed_on = json_object();
    int d;
    for (d = 0; d < ST_ZAP_NDOMAINS; d++) {
        json_object_set_new(on, st_zap_domains[d], json_integer((json_int_t)z->denied_on[d]));
        json_object_set_new(failed_on, st_zap_domains[d],
                            json_integer((json_int_t)z->failed_on[d]));
    }
    return json_pack("{s:b, s:s, s:I, s:I, s:I, s:o, s:I, s:o, s:I, s:I}", "enabled", 1,
                     "allow_list", z->path, "allowed_keys", (json_int_t)z->nkeys, "accepted",
                     (json_int_t)z->accepted, "denied", (json_int_t)z->denied, "denied_on", on,
                     "handshake_failed", (json_int_t)z->failed, "handshake_failed_on",
                     failed_on, "allow_list_reloads", (json_int_t)z->reloads,
                     "allow_list_reload_failures", (json_int_t)z->reload_failures);
}

void st_zap_close(st_zap *z)
{
    int d;
    for (d = 0; d < ST_ZAP_NDOMAINS; d++)
        if (z->mon[d])
            zmq_close(z->mon[d]);
    memset(z->mon, 0, sizeof z->mon);
    if (z->sock)
        zmq_close(z->sock);
    z->sock = NULL;
    free(z->keys);
    z->keys = NULL;
}
