/* test_lockdown.c - the security suite's second half: stanced's default
 * endpoints are loopback, and a running daemon writes nothing outside its
 * own folders, whatever the input says. */
#include "suites.h"
#include "harness.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zmq.h>

static int run(const char *cmd)
{
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The endpoints stanced uses when none is given, and those of the example
 * config: loopback TCP or ipc only. */
static void check_loopback(const char *cmd, const char *control)
{
    FILE *fp = popen(cmd, "r");
    char line[1024];
    int endpoints = 0;
    ck_assert_ptr_nonnull(fp);
    while (fgets(line, sizeof line, fp)) {
        char *v = strstr(line, " = ");
        if (!v || (strncmp(line, "in ", 3) && strncmp(line, "out ", 4) &&
                   strncmp(line, "control ", 8) && strncmp(line, "out-push ", 9)))
            continue;
        v += 3;
        ck_assert_msg(!strncmp(v, "@tcp://127.0.0.1:", 17) || !strncmp(v, "@ipc://", 7),
                      "not loopback: %s", line);
        if (!strncmp(line, "control ", 8) && control)
            ck_assert_msg(strstr(v, control) != NULL, "%s", line);
        endpoints++;
    }
    ck_assert_int_eq(WEXITSTATUS(pclose(fp)), 0);
    ck_assert_int_eq(endpoints, 3);
}

START_TEST(endpoints_default_loopback)
{
    char cmd[1024];
    const char *bin = getenv("ST_STANCED");
    snprintf(cmd, sizeof cmd, "env -u RUNTIME_DIRECTORY '%s' --config /dev/null --check-config",
             bin);
    check_loopback(cmd, "@tcp://127.0.0.1:7703");
    snprintf(cmd, sizeof cmd, "RUNTIME_DIRECTORY=/run/stanced '%s' --config /dev/null "
             "--check-config", bin);
    check_loopback(cmd, "@ipc:///run/stanced/control");
    snprintf(cmd, sizeof cmd, "env -u RUNTIME_DIRECTORY '%s' --config '%s' --check-config", bin,
             st_test_path("systemd/stanced.conf"));
    check_loopback(cmd, NULL);
}
END_TEST

static int entries(const char *dir, char *names, size_t size)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    ck_assert_ptr_nonnull(d);
    names[0] = '\0';
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        n++;
        if (strlen(names) + strlen(e->d_name) + 2 < size) {
            strcat(names, e->d_name);
            strcat(names, " ");
        }
    }
    closedir(d);
    return n;
}

/* With its working folder, HOME and TMPDIR empty folders, a daemon that
 * classifies (hostile strings too), reloads and stops leaves them empty;
 * its own folder holds only what the harness put there and the ipc
 * sockets it was told to bind. */
static const char hostile[] =
    "{\"id\":\"$(touch pwned1);`touch pwned2`|touch pwned3 ../../pwned4 %n%s%s%x\","
    "\"source\":\"../../../pwned5\",\"url\":\"file:///tmp/pwned6\",\"text\":\""
    "\\u201cWe will $(touch pwned7) and %n%n%n,\\u201d said Maria Ortega.\"}";

START_TEST(writes_nothing_outside)
{
    char cwd[64] = "/tmp/st-cwd-XXXXXX", home[64] = "/tmp/st-home-XXXXXX";
    char tmp[64] = "/tmp/st-tmp-XXXXXX", names[1024], cmd[256];
    th_daemon d;
    json_t *a, *r;
    const char *allowed[] = { "in", "out", "ctl", "notify", "m.model", "m.model.json",
                              "m.model.sentiment", NULL };
    char *tok;

    ck_assert_ptr_nonnull(mkdtemp(cwd));
    ck_assert_ptr_nonnull(mkdtemp(home));
    ck_assert_ptr_nonnull(mkdtemp(tmp));
    ck_assert_int_eq(chdir(cwd), 0);
    setenv("HOME", home, 1);
    setenv("TMPDIR", tmp, 1);
    th_start(&d, st_test_path("model/stance.model"));
    ck_assert_int_ge(zmq_send(d.push, th_article, th_article_len, 0), 0);
    a = th_next_of(&d, "article");
    ck_assert_ptr_nonnull(a);
    json_decref(a);
    /* Input that would do harm as a path, a format or a shell word comes
     * back as data and creates nothing. */
    ck_assert_int_ge(zmq_send(d.push, hostile, sizeof hostile - 1, 0), 0);
    a = th_next_of(&d, "article");
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(json_string_value(json_object_get(a, "id")),
                     "$(touch pwned1);`touch pwned2`|touch pwned3 ../../pwned4 %n%s%s%x");
    json_decref(a);
    r = th_control(&d, "reload");
    ck_assert(json_is_true(json_object_get(r, "ok")));
    json_decref(r);
    entries(d.dir, names, sizeof names);
    for (tok = strtok(names, " "); tok; tok = strtok(NULL, " ")) {
        int k, ok = 0;
        for (k = 0; allowed[k]; k++)
            ok |= !strcmp(tok, allowed[k]);
        ck_assert_msg(ok, "unexpected file %s/%s", d.dir, tok);
    }
    ck_assert_int_eq(th_stop(&d), 0);
    ck_assert_msg(entries(cwd, names, sizeof names) == 0, "written in cwd: %s", names);
    ck_assert_msg(entries(home, names, sizeof names) == 0, "written in HOME: %s", names);
    ck_assert_msg(entries(tmp, names, sizeof names) == 0, "written in TMPDIR: %s", names);
    ck_assert_int_eq(chdir("/"), 0);
    snprintf(cmd, sizeof cmd, "rmdir '%s' '%s' '%s'", cwd, home, tmp);
    ck_assert_int_eq(run(cmd), 0);
}
END_TEST

TCase *st_tcase_lockdown(void)
{
    TCase *tc = tcase_create("lockdown");
    tcase_set_tags(tc, "daemon");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, endpoints_default_loopback);
    tcase_add_test(tc, writes_nothing_outside);
    return tc;
}
