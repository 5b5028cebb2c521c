/* predict_bench.c - prediction speed: the collapsed linear fast path
 * against libsvm's svm_predict_probability, on the dev statements.
 *
 *     build/bench/predict_bench [MODEL] [STATEMENTS.jsonl]
 *
 * Prints nanoseconds per prediction for both and their ratio. */
#include "../features/featurize.h"
#include "../model/dataset.h"
#include "../model/model.h"

#include <libsvm/svm.h>
#include "../core/util.h"

#include <stdio.h>
#include <time.h>

int main(int argc, char **argv)
{
    const char *model = argc > 1 ? argv[1] : "model/stance.model";
    const char *data = argc > 2 ? argv[2] : "training-data/statements.jsonl";
    st_features fx;
    st_model m;
    st_dataset d;
    st_error err;
    size_t i, n = 0, rounds;
    double t0, fast, slow;
    volatile int sink = 0;

    if (st_features_init(&fx, &err) || st_model_load(&m, model, fx.fingerprint, &err) ||
        st_dataset_load(&d, data, &fx, &err)) {
        fprintf(stderr, "predict_bench: %s\n", err.text);
        return 1;
    }
    for (i = 0; i < d.n; i++)
        n += d.v[i].dev;
    for (rounds = 1, slow = 0; slow < 2.0; rounds *= 2) {
        t0 = (st_clock_ns() / 1e9);
        for (size_t r = 0; r < rounds; r++)
            for (i = 0; i < d.n; i++) {
                st_prediction p;
                if (!d.v[i].dev)
                    continue;
                st_model_predict_libsvm(&m, &d.v[i].x, &p, NULL);
                sink += p.stance;
            }
        slow = (st_clock_ns() / 1e9) - t0;
        if (slow >= 2.0)
            break;
    }
    slow /= (double)(rounds * n);
    t0 = (st_clock_ns() / 1e9);
    for (size_t r = 0; r < rounds * 50; r++)
        for (i = 0; i < d.n; i++) {
            st_prediction p;
            if (!d.v[i].dev)
                continue;
            st_model_predict(&m, &d.v[i].x, &p, NULL);
            sink += p.stance;
        }
    fast = ((st_clock_ns() / 1e9) - t0) / (double)(rounds * 50 * n);
    printf("model %s: %d support vectors, %zu dev statements\n", m.id, svm_get_nr_sv(m.stance.svm), n);
    printf("svm_predict_probability: %10.0f ns/prediction\n", slow * 1e9);
    printf("fast linear path:        %10.0f ns/prediction\n", fast * 1e9);
    printf("speed-up: %.1fx\n", slow / fast);
    st_dataset_free(&d);
    st_model_free(&m);
    st_features_finalise(&fx);
    return sink == -1;
}
