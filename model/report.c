/* report.c - an SVG report of a training run: no plotting library needed. */
#include "report.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void heatmap(FILE *fp, int x0, int y0, const char *title, const st_confusion *c)
{
    long row[ST_NCLASS + 1] = { 0 };
    int g, p;
    fprintf(fp, "<text x='%d' y='%d' font-size='15' font-weight='bold'>%s</text>\n", x0,
            y0 - 40, title);
    for (g = 1; g <= ST_NCLASS; g++)
        for (p = 1; p <= ST_NCLASS; p++)
            row[g] += c->m[g][p];
    for (p = 1; p <= ST_NCLASS; p++)
        fprintf(fp, "<text x='%d' y='%d' font-size='11' text-anchor='middle'>%s</text>\n",
                x0 + 100 + (p - 1) * 80 + 40, y0 - 8, st_stance_name(p));
    for (g = 1; g <= ST_NCLASS; g++) {
        fprintf(fp, "<text x='%d' y='%d' font-size='11' text-anchor='end'>%s</text>\n",
                x0 + 95, y0 + (g - 1) * 50 + 30, st_stance_name(g));
        for (p = 1; p <= ST_NCLASS; p++) {
            double share = row[g] ? (double)c->m[g][p] / row[g] : 0;
            int shade = 255 - (int)(share * 200);
            fprintf(fp, "<rect x='%d' y='%d' width='78' height='48' fill='rgb(%d,%d,255)'/>\n",
                    x0 + 100 + (p - 1) * 80, y0 + (g - 1) * 50, shade, shade);
            fprintf(fp, "<text x='%d' y='%d' font-size='13' text-anchor='middle'>%ld</text>\n",
                    x0 + 100 + (p - 1) * 80 + 39, y0 + (g - 1) * 50 + 29, c->m[g][p]);
        }
    }
    fprintf(fp, "<text x='%d' y='%d' font-size='10'>rows: gold, columns: predicted</text>\n",
            x0 + 100, y0 + 165);
}

static void bars(FILE *fp, int x0, int y0, const st_confusion *cv, const st_confusion *dev)
{
    st_metrics a, b;
    int k;
    st_metrics_of(cv, &a);
    st_metrics_of(dev, &b);
    fprintf(fp, "<text x='%d' y='%d' font-size='15' font-weight='bold'>per-class F1 "
                "(CV %.3f / dev %.3f macro)</text>\n", x0, y0 - 20, a.macro_f1, b.macro_f1);
    for (k = 1; k <= ST_NCLASS; k++) {
        int y = y0 + (k - 1) * 40;
        fprintf(fp, "<text x='%d' y='%d' font-size='11' text-anchor='end'>%s</text>\n",
                x0 + 95, y + 20, st_stance_name(k));
        fprintf(fp, "<rect x='%d' y='%d' width='%d' height='15' fill='#7a9cc6'/>\n",
                x0 + 100, y + 3, (int)(a.f1[k] * 300));
        fprintf(fp, "<rect x='%d' y='%d' width='%d' height='15' fill='#e39b4b'/>\n",
                x0 + 100, y + 19, (int)(b.f1[k] * 300));
        fprintf(fp, "<text x='%d' y='%d' font-size='10'>CV %.3f</text>\n",
                x0 + 105 + (int)(a.f1[k] * 300), y + 15, a.f1[k]);
        fprintf(fp, "<text x='%d' y='%d' font-size='10'>dev %.3f</text>\n",
                x0 + 105 + (int)(b.f1[k] * 300), y + 31, b.f1[k]);
    }
}

int st_report_svg(const char *path, const st_confusion *cv, const st_confusion *dev,
                  st_error *err)
{
    char tmp[1100];
    FILE *fp;
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    fp = fopen(tmp, "w");
    if (!fp)
        return st_error_set(err, ST_ERR_IO, "%s: %s", tmp, strerror(errno));
    fprintf(fp, "<svg xmlns='http://www.w3.org/2000/svg' width='900' height='420' "
                "font-family='sans-serif'>\n<rect width='100%%' height='100%%' fill='white'/>\n");
    heatmap(fp, 10, 60, "Confusion, cross-validation", cv);
    heatmap(fp, 450, 60, "Confusion, dev split", dev);
    bars(fp, 10, 290, cv, dev);
    fprintf(fp, "</svg>\n");
    if (fclose(fp) != 0 || rename(tmp, path) != 0) {
        unlink(tmp);
        return st_error_set(err, ST_ERR_IO, "%s: %s", path, strerror(errno));
    }
    return ST_OK;
}
