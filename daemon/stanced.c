/* stanced.c - the daemon's main(): signals, configuration, run, exit. */
#include "config.h"
#include "log.h"
#include "server.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <systemd/sd-daemon.h>

int main(int argc, char **argv)
{
    st_config cfg;
    st_server srv;
    st_error err;
    sigset_t mask;
    int exit_now, rc;

    /* Blocked before any thread (ZeroMQ's I/O threads included) exists, so
     * they arrive only through the signalfd the main loop polls. */
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    sigaddset(&mask, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &mask, NULL);
    setvbuf(stderr, NULL, _IOLBF, 0);
    if (st_config_load(&cfg, argc, argv, &exit_now, &err) != ST_OK) {
        fprintf(stderr, "<3>stanced: %s\n", err.text);
        return 2;
    }
    if (exit_now)
        return 0;
    st_log_set_level(cfg.log_level);
    if (st_server_init(&srv, &cfg, &err) != ST_OK) {
        st_log(LOG_ERR, "stanced: %s", err.text);
        sd_notifyf(0, "STATUS=failed: %s", err.text);
        st_server_finalise(&srv);
        return 1;
    }
    rc = st_server_run(&srv);
    st_server_finalise(&srv);
    return rc;
}
