/* test_cli.c - the stance binary as a user runs it: real files, real JSON. */
#include "suites.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[256];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/st-cli-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static void write_file(const char *name, const char *data, size_t len)
{
    char path[512];
    FILE *fp;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(data, 1, len, fp), len);
    fclose(fp);
}

static char *read_file(const char *name)
{
    char path[512];
    FILE *fp;
    long n;
    char *buf;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    fp = fopen(path, "rb");
    ck_assert_ptr_nonnull(fp);
    fseek(fp, 0, SEEK_END);
    n = ftell(fp);
    rewind(fp);
    buf = calloc(1, (size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, fp), (size_t)n);
    fclose(fp);
    return buf;
}

/* Runs `stance ARGS` in dir; returns its exit status. */
static int stance(const char *args)
{
    char cmd[1024];
    const char *bin = getenv("ST_STANCE");
    int rc;
    ck_assert_msg(bin != NULL, "ST_STANCE not set (run through make check)");
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' %s >out 2>err", dir, bin, args);
    rc = system(cmd);
    ck_assert(WIFEXITED(rc));
    return WEXITSTATUS(rc);
}

START_TEST(quotes_good_and_bad_lines)
{
    static const char input[] =
        "{\"id\":\"a1\",\"text\":\"\\u201cWe agree,\\u201d said Rui Costa.\"}\n"
        "not json at all\n"
        "\n"
        "[1,2,3]\n"
        "{\"id\":\"a2\"}\n"
        "{\"id\":\"a3\",\"text\":\"bad \xff utf8\"}\n"
        "{\"id\":\"a4\",\"text\":42}\n"
        "{\"id\":\"a5\",\"text\":\"no quotes here\"}\n";
    char *out, *err, *line;
    int lines = 0;

    write_file("in.jsonl", input, sizeof input - 1);
    ck_assert_int_eq(stance("quotes in.jsonl"), 1);
    out = read_file("out");
    err = read_file("err");
    for (line = out; (line = strchr(line, '\n')); line++)
        lines++;
    ck_assert_int_eq(lines, 2);     /* a1 and a5 */
    ck_assert(strstr(out, "\"speaker\":\"Rui Costa\"") != NULL);
    ck_assert(strstr(out, "{\"id\":\"a5\",\"quotes\":[]}") != NULL);
    ck_assert(strstr(err, "in.jsonl:2: not JSON") != NULL);
    ck_assert(strstr(err, "in.jsonl:4: article must be a JSON object") != NULL);
    ck_assert(strstr(err, "in.jsonl:5: article a2: article has no \"text\"") != NULL);
    ck_assert(strstr(err, "in.jsonl:6:") != NULL);
    ck_assert(strstr(err, "in.jsonl:7: article a4: \"text\" must be a string") != NULL);
    free(out);
    free(err);
}
END_TEST

START_TEST(quotes_size_limit)
{
    size_t n = 70000;
    char *big = malloc(n + 64), *err;
    ck_assert_ptr_nonnull(big);
    strcpy(big, "{\"id\":\"big\",\"text\":\"");
    memset(big + strlen(big), 'x', n);
    strcpy(big + 20 + n, "\"}\n{\"id\":\"ok\",\"text\":\"fine\"}\n");
    write_file("in.jsonl", big, strlen(big));
    ck_assert_int_eq(stance("quotes --max-bytes 64k in.jsonl"), 1);
    err = read_file("err");
    ck_assert(strstr(err, "in.jsonl:1: line over the size limit") != NULL);
    free(err);
    err = read_file("out");
    ck_assert(strstr(err, "\"id\":\"ok\"") != NULL);
    free(err);
    free(big);
}
END_TEST

START_TEST(quotes_stdin_and_offsets_slice)
{
    static const char input[] =
        "{\"id\":\"u\",\"text\":\"\\u00dcber \\u00e9t\\u00e9: \\u201cJa.\\u201d said Jo Ko.\"}\n";
    json_error_t je;
    json_t *doc, *q;
    char *out;

    write_file("in.jsonl", input, sizeof input - 1);
    ck_assert_int_eq(stance("quotes < in.jsonl"), 0);
    out = read_file("out");
    doc = json_loads(out, 0, &je);
    ck_assert_ptr_nonnull(doc);
    q = json_array_get(json_object_get(doc, "quotes"), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(q, "start")), 11);
    ck_assert_int_eq(json_integer_value(json_object_get(q, "end")), 14);
    ck_assert_str_eq(json_string_value(json_object_get(q, "text")), "Ja.");
    json_decref(doc);
    free(out);
}
END_TEST

START_TEST(unknown_command_and_file)
{
    char *err;
    ck_assert_int_eq(stance("frobnicate"), 2);
    ck_assert_int_eq(stance("quotes does-not-exist.jsonl"), 1);
    err = read_file("err");
    ck_assert(strstr(err, "does-not-exist.jsonl: No such file") != NULL);
    free(err);
}
END_TEST

Suite *st_suite_cli(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("quotes");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, quotes_good_and_bad_lines);
    tcase_add_test(tc, quotes_size_limit);
    tcase_add_test(tc, quotes_stdin_and_offsets_slice);
    tcase_add_test(tc, unknown_command_and_file);
    suite_add_tcase(s, tc);
    return s;
}
