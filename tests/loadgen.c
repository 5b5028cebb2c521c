/* loadgen.c - load for the tests: varied, team-written articles by
 * number, and a thread that pushes them to a daemon (see loadgen.h). */
#include "loadgen.h"
#include "harness.h"

#include <check.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

double th_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- articles: team-written sentences, varied by the article number ---- */

static const char *const speakers[] = { "Maria Ortega", "Ivan Petrov", "Chen Hui",
    "Amina Diallo", "Lars Eriksson", "Priya Nair", "Tomasz Nowak", "Yuki Tanaka" };
static const char *const roles[] = { "the foreign minister", "a government spokesman",
    "the envoy", "the trade commissioner", "the deputy prime minister" };
static const char *const statements[] = {
    "We welcome the progress made in these talks",
    "Our door remains open to dialogue",
    "We are ready to work together on a fair settlement",
    "This agreement is a step toward lasting peace",
    "These sanctions are an act of aggression",
    "We will not tolerate these provocations",
    "They have broken every promise they made",
    "Such threats will be met with a firm response",
    "The delegations will meet again next week",
    "The report will be published on Thursday",
    "Both sides exchanged documents this morning",
    "The ministry has received the letter" };
static const char *const cities[] = { "Geneva", "Vienna", "Nairobi", "Singapore", "Oslo",
    "Brasilia", "Doha" };
/* Filler sentences: [0] city [1] adjective [2]. */
static const char *const fillers[][3] = {
    { "Officials met in ", " for a ", " round of negotiations." },
    { "The talks in ", " have been under way since a ", " session last year." },
    { "Markets in ", " reacted calmly to the ", " announcement." },
    { "Diplomats in ", " described the mood as ", "." },
    { "A joint statement from ", " is expected after the ", " session." } };
static const char *const adjs[] = { "second", "tense", "cautious", "long", "final",
    "private", "brief" };

#define PICK(a, r) (a[(r) % (sizeof a / sizeof *a)])

static unsigned long lg_rand(unsigned long *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s >> 8;
}

/* Appends printf output to buf at *n (bounded by size). */
static void put(char *buf, size_t size, size_t *n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void put(char *buf, size_t size, size_t *n, const char *fmt, ...)
{
    va_list ap;
    int k;
    if (*n >= size)
        return;
    va_start(ap, fmt);
    k = vsnprintf(buf + *n, size - *n, fmt, ap);
    va_end(ap);
    if (k > 0)
        *n += (size_t)k < size - *n ? (size_t)k : size - *n - 1;
}

/* Article number i as one JSON message with id "L<i>": 0-2 quotes in one
 * of seven shapes (curly, straight, single and angle quotes, a colon
 * lead-in, a partial quote, two speakers), 0-5 filler paragraphs and,
 * every 97th article, 40 of them.  Returns its length. */
size_t th_load_article(char *buf, size_t size, long i)
{
    unsigned long r = 0x9E3779B97F4A7C15ul ^ ((unsigned long)i * 0x100000001B3ul);
    size_t n = 0;
    int paras, k;
    const char *who = PICK(speakers, lg_rand(&r)), *role = PICK(roles, lg_rand(&r));
    const char *what = PICK(statements, lg_rand(&r)), *city = PICK(cities, lg_rand(&r));

    lg_rand(&r);
    put(buf, size, &n, "{\"id\":\"L%ld\",\"title\":\"Talks in %s, day %ld\",\"source\":\"wire\","
        "\"text\":\"", i, city, i % 365 + 1);
    put(buf, size, &n, "Negotiators gathered in %s on day %ld.\\n\\n", city, i % 365 + 1);
    switch (lg_rand(&r) % 8) {
    case 0: put(buf, size, &n, "\\u201c%s,\\u201d said %s, %s.", what, who, role); break;
    case 1: put(buf, size, &n, "%s, %s, said: \\u201c%s.\\u201d", who, role, what); break;
    case 2: put(buf, size, &n, "\\\"%s,\\\" %s told reporters.", what, who); break;
    case 3: put(buf, size, &n, "\\u2018%s,\\u2019 said %s.", what, who); break;
    case 4: put(buf, size, &n, "\\u00ab%s\\u00bb, said %s, %s.", what, who, role); break;
    case 5: put(buf, size, &n, "%s called the decision \\u201ca serious mistake\\u201d.", who);
        break;
    case 6: put(buf, size, &n, "\\u201c%s,\\u201d said %s.\\n\\n\\u201c%s,\\u201d %s added.",
                what, who, PICK(statements, lg_rand(&r)), PICK(speakers, lg_rand(&r)));
        break;
    default: put(buf, size, &n, "No statement was made after meeting number %ld.", i); break;
    }
    paras = i % 97 == 0 ? 40 : (int)(lg_rand(&r) % 6);
    for (k = 0; k < paras; k++) {
        const char *const *f = PICK(fillers, lg_rand(&r));
        put(buf, size, &n, "\\n\\n%s%s%s%s%s", f[0], PICK(cities, lg_rand(&r)), f[1],
            PICK(adjs, lg_rand(&r)), f[2]);
    }
    put(buf, size, &n, "\"}");
    return n;
}


static void *sender_main(void *arg)
{
    th_sender *s = arg;
    void *push = zmq_socket(s->ctx, ZMQ_PUSH);
    int hwm = s->hwm, linger = s->linger_ms, ms = 100;
    char buf[8192];

    zmq_setsockopt(push, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(push, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(push, ZMQ_SNDTIMEO, &ms, sizeof ms);
    if (zmq_connect(push, s->endpoint)) {
        s->failed = 1;
        zmq_close(push);
        return NULL;
    }
    for (long i = 0; i < s->max && !s->stop; ) {
        size_t len = th_load_article(buf, sizeof buf, i);
        while (!s->stop) {
            if (zmq_send(push, buf, len, 0) >= 0) {
                s->sent = ++i;
                break;
            }
            if (zmq_errno() != EAGAIN) {
                s->failed = 1;
                s->stop = 1;
            }
        }
    }
    /* Articles still queued in the socket were sent: they go out at close. */
    linger = s->linger_ms;
    zmq_setsockopt(push, ZMQ_LINGER, &linger, sizeof linger);
    zmq_close(push);
    return NULL;
}

void th_sender_start(th_sender *s, void *ctx, const char *endpoint, int hwm, long max)
{
    memset(s, 0, sizeof *s);
    s->ctx = ctx;
    s->endpoint = endpoint;
    s->hwm = hwm;
    s->max = max;
    s->linger_ms = 60000 * th_timeout_scale();
    ck_assert_int_eq(pthread_create(&s->thread, NULL, sender_main, s), 0);
}

long th_sender_join(th_sender *s)
{
    s->stop = 1;
    pthread_join(s->thread, NULL);
    ck_assert_msg(!s->failed, "the sender failed");
    return s->sent;
}

