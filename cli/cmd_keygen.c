/* cmd_keygen.c - `stance keygen`: a CURVE key pair for stanced or a client. */
#include "cli.h"
#include "../core/curve.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

int st_cmd_keygen(int argc, char **argv)
{
    static const struct option opts[] = {
        { "out", required_argument, NULL, 'o' }, { "force", no_argument, NULL, 'f' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    const char *prefix = "curve";
    int c, force = 0;
    st_curve_pair p;
    st_error err;

    optind = 1;
    while ((c = getopt_long(argc, argv, "o:fh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': prefix = optarg; break;
        case 'f': force = 1; break;
        case 'h':
            printf("usage: stance keygen [--out PREFIX] [--force]\n"
                   "Makes a CURVE key pair: PREFIX.key, the secret key (mode 0600), and\n"
                   "PREFIX.pub, the public key, each one Z85 line (PREFIX defaults to\n"
                   "'curve').  Prints the public key.  Existing files are kept unless\n"
                   "--force.  Give a server's .key to stanced --curve-secret; list\n"
                   "clients' .pub keys in its --curve-allow file.\n");
            return 0;
        default:
            return 2;
        }
    }
    if (optind != argc) {
        fprintf(stderr, "%s keygen: unexpected argument '%s'\n", st_prog, argv[optind]);
        return 2;
    }
    if (st_curve_keygen(prefix, force, &p, &err) != ST_OK) {
        fprintf(stderr, "%s keygen: %s\n", st_prog, err.text);
        return err.code == ST_ERR_USAGE ? 2 : 1;
    }
    memset(p.sec, 0, sizeof p.sec);
    printf("%s\n", p.pub);
    fprintf(stderr, "wrote %s.key (secret, 0600) and %s.pub\n", prefix, prefix);
    return 0;
}
