# stanced - stance and sentiment classifier daemon.
#
#   make            build bin/stance (and later bin/stanced, the model)
#   make check      unit + integration suite, then again under ASan/UBSan
#   make deps       install the Debian 12 packages the build needs
#
# One core library (core/ features/ model/ engine/) is built once per build
# folder and linked by every program and by the tests.  BUILD selects the
# folder; SANITIZE=1 adds AddressSanitizer and UBSan.

SHELL     := /bin/bash
VERSION   := 0.1.0
CC        ?= cc
BUILD     ?= build
SANITIZE  ?= 0
PREFIX    ?= /usr/local
PYTHON    ?= python3

PKGS      := jansson libzmq
CPPFLAGS  += -D_POSIX_C_SOURCE=200809L -DST_VERSION='"$(VERSION)"'
CPPFLAGS  += -DST_MODEL_DIR='"$(PREFIX)/share/stanced"'
CFLAGS    ?= -O2 -g
CFLAGS    += -std=c11 -Wall -Wextra -Werror -Wshadow -Wformat=2 -MMD -MP
CFLAGS    += $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS    += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lsvm -lm -lpthread

ifeq ($(SANITIZE),fuzz)
CFLAGS    += -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
endif
ifeq ($(SANITIZE),1)
CFLAGS    += -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
LDFLAGS   += -fsanitize=address,undefined
endif

LIB_SRC   := $(wildcard core/*.c features/*.c model/*.c engine/*.c)
LEXICONS  := cooperation conflict idioms intensifiers hedges negators modals cue_verbs valence \
             ngram_idf given_names
LEXDIR    ?= features/lexicons
LEX_FILES := $(LEXICONS:%=$(LEXDIR)/%.txt)
CLI_SRC   := $(wildcard cli/*.c)
DAEMON_SRC := $(wildcard daemon/*.c)
TEST_SRC  := $(wildcard tests/*.c)
BENCH_SRC := $(wildcard bench/*.c)

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/lexicons.o
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/%.o)
DAEMON_OBJ := $(DAEMON_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/%.o)
LIB       := $(BUILD)/libstance.a
BIN_DIR   := $(if $(filter build,$(BUILD)),bin,$(BUILD)/bin)
STANCE    := $(BIN_DIR)/stance
STANCED   := $(BIN_DIR)/stanced
TEST_RUN  := $(BUILD)/tests/run_tests
EMBED     := $(BUILD)/tools/embed
IDF_TERMS := $(BUILD)/tools/idf_terms
IDF_DATA  := training-data/statements.jsonl training-data/articles/statements.jsonl
MODEL     := model/stance.model

.PHONY: all idf deps check check-build test-run gold heldout clean bench demo install fuzz fuzz-replay \
        fuzz-lib valgrind

all: $(STANCE) $(STANCED) $(MODEL)

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

# The lexicons are compiled in (see features/lexicon.h); the embedder is a
# host tool, built without sanitizers.
$(EMBED): tools/embed.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

$(BUILD)/gen/lexicons.c: $(LEX_FILES) $(EMBED)
	@mkdir -p $(@D)
	$(EMBED) $@ $(foreach l,$(LEXICONS),$(l)=$(LEXDIR)/$(l).txt)

$(BUILD)/gen/lexicons.o: $(BUILD)/gen/lexicons.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

# The default model is a build product, trained deterministically with the
# hyperparameters chosen by `stance train --grid` and recorded here.  It
# depends on what changes its content (data, parameters, lexicons, the
# text and model code), not on every relink of the CLI.
MODEL_DEPS := training-data/statements.jsonl training-data/articles/statements.jsonl \
              training-data/articles/eval/statements.jsonl \
              model/hyperparams.conf $(LEX_FILES) $(wildcard core/*.[ch] features/*.[ch] model/*.[ch])
$(MODEL): $(MODEL_DEPS) | $(STANCE)
	./$(STANCE) train --params model/hyperparams.conf --out $@ --report build/train-report.svg

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

$(STANCE): $(CLI_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

# Only the daemon talks to systemd.
$(STANCED): $(DAEMON_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $(DAEMON_OBJ) $(LIB) $(LDLIBS) $(shell pkg-config --libs libsystemd)

$(TEST_RUN): $(TEST_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(LIB) $(LDLIBS) $(shell pkg-config --libs check)

# The suite finds the stance binary and the source tree through these.
test-run: $(TEST_RUN) $(STANCE) $(STANCED) $(MODEL)
	ST_SRCDIR=$(CURDIR) ST_STANCE=$(CURDIR)/$(STANCE) ST_STANCED=$(CURDIR)/$(STANCED) ./$(TEST_RUN)

check-build: $(TEST_RUN) $(STANCE) $(STANCED)

# Floors reached on the gold articles (README): a regression fails the build.
# The first 32 articles carry issue 2's targets; articles 01-94 (62 written
# later, apart from the code) have floors of their own, at the figures
# reached (0.982 and 0.951 when last raised); all 142 (48 more written in
# the seventh round, scored once before any rule was read from them) too
# (0.981 and 0.943 when last raised).
GOLD_FIRST_IDS   := ^art-(0[1-9]|[12][0-9]|3[0-2])-
GOLD_MIN_F1      := 0.980
GOLD_MIN_SPEAKER := 0.950
GOLD_94_IDS      := ^art-(0[1-9]|[1-8][0-9]|9[0-4])-
GOLD_94_MIN_F1      := 0.975
GOLD_94_MIN_SPEAKER := 0.945
GOLD_ALL_MIN_F1      := 0.970
GOLD_ALL_MIN_SPEAKER := 0.940
# Articles 143-1433 (training-data/articles/eval): gold for extraction,
# and pooled rows in training.  Each batch was scored before any rule was read
# from it: 143-172 (eighth round) 0.976 and 0.784; 173-196 (ninth round)
# 0.971 and 0.781; 197-220 (ninth round, after the rules of 173-196)
# 0.955 and 0.879; 221-244 (tenth round) 0.940 and 0.756; 245-268 (tenth
# round, after the first rules of 221-244) 0.961 and 0.822; in the
# eleventh round 269-288 0.920-0.962 and 0.886-0.934, 289-320 0.948 and
# 0.881 (0.972 and 0.881 once 26 marks on unquoted words were removed),
# 321-352 0.984 and 0.905, 353-384 0.979 and 0.905, 385-404 0.981 and
# 0.843, 405-436 0.977 and 0.853; in the twelfth round 437-461 0.943 and
# 0.911, 462-486 (after the first rules of 437-461) 0.993 and 0.861; in
# the thirteenth 487-511 0.945 and 0.859, 512-536 (after the first rules
# of 487-511) 0.966 and 0.908; in the fourteenth 537-561 0.964 and 0.875,
# 562-586 0.987 and 0.812, 587-611 0.908 and 0.826.  All 294 of the
# eleventh round reached 0.976 and 0.920 after it; all 344 reached 0.977
# and 0.921 after the twelfth; all 394 0.977 and 0.926 after the
# thirteenth; all 469 reach 0.974 and 0.922 after the fourteenth (the
# session's first build read them at 0.974 and 0.913).  In the fifteenth
# 612-641 0.955 and 0.914, 642-671 0.966 and 0.848, 672-701 0.956 and
# 0.884, 702-731 0.963 and 0.891 (each by the session's first build);
# all 589 reach 0.973 and 0.919 after it, the new 120 being harder (the
# floor came down from 0.972 and 0.920 for them; 143-611 alone read
# 0.975 and 0.922, as before the round).  In the sixteenth, 732-761 0.949
# and 0.922, 762-791 0.915 and 0.903 (transcripts whose answers carry no
# marks pull recall down), 792-821 0.970 and 0.924, all by the session's
# first build; after the first batch's rules 732-761 read 0.949 and
# 0.939, the other two as before; after the round 0.949 and 0.939, 0.915
# and 0.922, 0.970 and 0.938, and all 679 0.970 and 0.921 (143-731 alone
# 0.973 and 0.920): the F1 floor comes down to 0.965 for the new
# transcripts.  In the seventeenth, by the session's first build, 822-851
# 0.931 and 0.908, 852-875 0.942 and 0.867, 876-899 (after the rules of
# the first two) 0.946 and 0.929, 900-923 (four in Spanish) 0.969 and
# 0.782; after the round 0.968 and 0.944, 0.969 and 0.912, 0.946 and
# 0.936, 0.971 and 0.872, and all 781 0.969 and 0.923 (143-821 alone 0.970
# and 0.923): the floors stay.  In the eighteenth, by the session's first
# build, 924-953 0.950 and 0.920, 954-971 0.966 and 0.942, 972-1019 (after
# the rules of the first two, which moved it to 0.955 and 0.909) 0.954 and
# 0.909; after the round 0.984 and 0.957, 0.982 and 0.972, 0.955 and 0.953,
# and all 877 0.969 and 0.927 (143-923 alone 0.969 and 0.924): the floors
# stay.  In the nineteenth, by the session's first build, 1020-1049 0.958
# and 0.906, 1050-1079 0.964 and 0.899, 1080-1115 0.981 and 0.909,
# 1116-1145 0.944 and 0.865 (with 22 restored quote marks); after the
# round 0.981 and 0.907, 0.982 and 0.920, 0.985 and 0.931, 0.970 and
# 0.872, and all 1,003 0.971 and 0.925 (143-1019 alone 0.971 and 0.927):
# the floors stay.  In the twentieth, by the session's first build,
# 1146-1181 0.954 and 0.886, 1182-1217 0.962 and 0.903 (the same by the
# build that held the first batch's rules); after the round 0.982 and 0.929, 0.984 and 0.924, and
# all 1,075 0.974 and 0.926 (143-1145 alone 0.973 and 0.926): the floors
# stay.  In the twenty-first, by the session's first build, 1218-1253
# 0.957 and 0.915, 1254-1271 0.958 and 0.888 (0.962 and 0.885 by the build
# holding the round's first twelve rules); after the round 0.976 and
# 0.958, 0.986 and 0.963, and all 1,129 0.977 and 0.929 (143-1217 alone
# 0.977 and 0.928): the floors stay.  In the twenty-second, by the
# session's first build, 1272-1289 0.953 and 0.872, 1290-1307 0.950 and
# 0.914, 1308-1325 0.913 and 0.880, 1326-1343 0.913 and 0.857 (each the
# same by the build of the moment it came); after the round 0.982 and
# 0.950, 0.968 and 0.934, 0.970 and 0.915, 0.933 and 0.873, and all
# 1,201 0.977 and 0.930 (143-1271 alone 0.978 and 0.931): the floors
# stay.  In the twenty-third, by the session's first build, 1344-1361
# 0.936 and 0.916 (a state assembly's proceedings and a devolved
# parliament's official report, 23 of whose turns it missed), 1362-1379
# 0.987 and 0.854; after the round 0.981 and 0.955, 0.987 and 0.867, and
# all 1,237 0.978 and 0.932 (143-1343 alone 0.978 and 0.933): the floors
# stay.  In the twenty-fourth, by the session's first build, 1380-1397
# 0.950 and 0.865, 1398-1415 0.920 and 0.831 (a British Columbia Hansard
# excerpt, a foreign ministry's briefing with initialled labels, an
# earnings call and a Q&A interview), 1416-1433 0.977 and 0.931 (the same
# by the build of the moment it came); after the round 0.984 and 0.893,
# 0.964 and 0.883, 0.986 and 0.931, and all 1,291 0.979 and 0.932
# (143-1379 alone 0.979 and 0.933): the floors stay.
GOLD_EVAL_MIN_F1      := 0.965
GOLD_EVAL_MIN_SPEAKER := 0.915
# All 142 hard-wrapped at 72 columns (tools/relayout.py): reached 0.980
# and 0.942, against 0.491 and 0.453 before features/reflow.c.
GOLD_WRAP_MIN_F1      := 0.975
GOLD_WRAP_MIN_SPEAKER := 0.940

check: all $(IDF_TERMS)
	$(PYTHON) tools/corpus_check.py --final training-data/statements.jsonl
	$(PYTHON) tools/corpus_report.py --check
	$(PYTHON) tools/gold_build.py --check training-data/articles/gold.jsonl training-data/articles/src/*.txt
	./$(IDF_TERMS) $(IDF_DATA) | $(PYTHON) tools/idf_build.py --check $(LEXDIR)/ngram_idf.txt
	./$(STANCE) quotes training-data/articles/gold.jsonl > $(BUILD)/gold-pred.jsonl
	$(PYTHON) tools/quote_score.py training-data/articles/gold.jsonl $(BUILD)/gold-pred.jsonl \
	    --ids '$(GOLD_FIRST_IDS)' --min-f1 $(GOLD_MIN_F1) --min-speaker $(GOLD_MIN_SPEAKER)
	$(PYTHON) tools/quote_score.py training-data/articles/gold.jsonl $(BUILD)/gold-pred.jsonl \
	    --ids '$(GOLD_94_IDS)' --min-f1 $(GOLD_94_MIN_F1) --min-speaker $(GOLD_94_MIN_SPEAKER)
	$(PYTHON) tools/quote_score.py training-data/articles/gold.jsonl $(BUILD)/gold-pred.jsonl \
	    --min-f1 $(GOLD_ALL_MIN_F1) --min-speaker $(GOLD_ALL_MIN_SPEAKER)
	$(PYTHON) tools/relayout.py wrap72 training-data/articles/gold.jsonl > $(BUILD)/gold-wrap72.jsonl
	./$(STANCE) quotes $(BUILD)/gold-wrap72.jsonl > $(BUILD)/gold-wrap72-pred.jsonl
	$(PYTHON) tools/quote_score.py $(BUILD)/gold-wrap72.jsonl $(BUILD)/gold-wrap72-pred.jsonl \
	    --min-f1 $(GOLD_WRAP_MIN_F1) --min-speaker $(GOLD_WRAP_MIN_SPEAKER)
	$(PYTHON) tools/gold_build.py --check training-data/articles/eval/gold.jsonl training-data/articles/eval/src/*.txt
	$(PYTHON) tools/articles_to_statements.py training-data/articles/eval/gold.jsonl train | \
	    cmp - training-data/articles/eval/statements.jsonl
	./$(STANCE) quotes training-data/articles/eval/gold.jsonl > $(BUILD)/gold-eval-pred.jsonl
	$(PYTHON) tools/quote_score.py training-data/articles/eval/gold.jsonl $(BUILD)/gold-eval-pred.jsonl \
	    --min-f1 $(GOLD_EVAL_MIN_F1) --min-speaker $(GOLD_EVAL_MIN_SPEAKER)
	@if command -v clang >/dev/null; then \
	  echo "clang: building everything with -Werror"; \
	  $(MAKE) --no-print-directory -s CC=clang BUILD=build-clang \
	    build-clang/bin/stance build-clang/bin/stanced build-clang/tests/run_tests $(BENCHES:$(BUILD)/%=build-clang/%); \
	else echo "clang not installed: skipping the clang build"; fi
	@if command -v clang >/dev/null; then $(MAKE) --no-print-directory fuzz-replay; \
	else echo "clang not installed: skipping the fuzz corpus replay"; fi
	$(MAKE) --no-print-directory test-run
	$(MAKE) --no-print-directory BUILD=build-asan SANITIZE=1 CK_TIMEOUT_MULTIPLIER=4 test-run

# Memcheck: `make valgrind` fails on any valgrind error or definite leak.
# 1. The suite (tcases not tagged "daemon") with the runner under memcheck
#    in Check's default fork mode: valgrind follows a fork without exec, so
#    each test's child is checked too, an error exits that child with 99,
#    which Check reports as the test's error, and Check's timeouts still
#    hold (CK_FORK=no would drop them).  ST_MEMCHECK shrinks the hostile
#    suite's big inputs (full sizes run natively and under ASan).
# 2. The tcases tagged "memcheck" (the daemon suite; every malformed input
#    in turn on one daemon) with stanced itself under memcheck, through
#    the harness's ST_DAEMON_WRAPPER: a memcheck error or leak makes the
#    daemon exit 99 instead of 0, which the tests assert.  The other
#    daemon tcases start ~60 daemons; memcheck's start-up cost on each
#    would take longer than the rest together, so they are left out, and
#    no --trace-children (it would also trace every sh, cp and sha256sum).
VALGRIND := valgrind --quiet --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite --show-leak-kinds=definite \
            --num-callers=30 --suppressions=$(CURDIR)/tests/valgrind.supp
valgrind: $(TEST_RUN) $(STANCE) $(STANCED) $(MODEL)
	ST_SRCDIR=$(CURDIR) ST_STANCE=$(CURDIR)/$(STANCE) ST_STANCED=$(CURDIR)/$(STANCED) \
	  ST_MEMCHECK=1 CK_TIMEOUT_MULTIPLIER=10 CK_EXCLUDE_TAGS=daemon $(VALGRIND) ./$(TEST_RUN)
	ST_SRCDIR=$(CURDIR) ST_STANCE=$(CURDIR)/$(STANCE) ST_STANCED=$(CURDIR)/$(STANCED) \
	  CK_TIMEOUT_MULTIPLIER=10 CK_INCLUDE_TAGS=memcheck ST_DAEMON_WRAPPER="$(VALGRIND)" \
	  ./$(TEST_RUN)

# The n-gram idf table of the features, counted on the train split by the
# featurizer's own terms (features/lexicons/ngram_idf.txt is committed;
# `make check` fails when it is stale).
$(IDF_TERMS): $(BUILD)/tools/idf_terms.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

idf: $(IDF_TERMS)
	./$(IDF_TERMS) $(IDF_DATA) | $(PYTHON) tools/idf_build.py > $(LEXDIR)/ngram_idf.txt.tmp
	mv $(LEXDIR)/ngram_idf.txt.tmp $(LEXDIR)/ngram_idf.txt

# Regenerates the gold articles from their marked-up sources.
gold:
	$(PYTHON) tools/gold_build.py training-data/articles/src/*.txt > training-data/articles/gold.jsonl
	$(PYTHON) tools/articles_to_statements.py > training-data/articles/statements.jsonl
	$(PYTHON) tools/gold_build.py training-data/articles/eval/src/*.txt > training-data/articles/eval/gold.jsonl
	$(PYTHON) tools/articles_to_statements.py training-data/articles/eval/gold.jsonl train \
	    > training-data/articles/eval/statements.jsonl
	for s in $(HELDOUT_SETS); do \
	  $(PYTHON) tools/gold_build.py training-data/heldout/$$s/*.txt > training-data/heldout/$$s.jsonl; \
	done

# Articles written apart from the code (training-data/heldout/README.md):
# quote extraction, attribution, stance and sentiment on each set.  Figures
# only; the model never trains on them.
HELDOUT_SETS := diagnosis blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 \
                blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 \
                blind31 blind32 blind33 blind34 blind35 blind36 blind37 blind38 blind39 blind40 blind41 blind42 blind43 blind44 blind45 blind46

heldout: $(STANCE) $(MODEL)
	@for s in $(HELDOUT_SETS); do \
	  d=training-data/heldout; \
	  $(PYTHON) tools/gold_build.py --check $$d/$$s.jsonl $$d/$$s/*.txt >/dev/null || exit 1; \
	  ./$(STANCE) quotes $$d/$$s.jsonl > $(BUILD)/heldout-$$s-quotes.jsonl || exit 1; \
	  $(PYTHON) tools/articles_to_statements.py $$d/$$s.jsonl heldout > $(BUILD)/heldout-$$s-statements.jsonl; \
	  echo "== $$s: $$(ls $$d/$$s/*.txt | wc -l) articles"; \
	  $(PYTHON) tools/quote_score.py $$d/$$s.jsonl $(BUILD)/heldout-$$s-quotes.jsonl | tail -1; \
	  ./$(STANCE) eval $(BUILD)/heldout-$$s-statements.jsonl 2>&1 | grep -E 'macro-F1|sentiment'; \
	done

deps:
	@missing=""; for p in libsvm-dev libzmq3-dev libjansson-dev check libsystemd-dev \
	    pkg-config gcc make python3 clang valgrind; do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || \
	    missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else echo "all build dependencies present"; fi

# Installs binaries, the trained model, the unit, an example config and
# the man pages under $(DESTDIR)$(PREFIX) (the unit and config under
# $(DESTDIR)/lib/systemd and $(DESTDIR)/etc).
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/stanced \
	  $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/man8 \
	  $(DESTDIR)/lib/systemd/system $(DESTDIR)/etc/stanced
	install -m 755 $(STANCE) $(STANCED) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(MODEL) $(MODEL).sentiment $(MODEL).json $(DESTDIR)$(PREFIX)/share/stanced/
	sed 's|/usr/local/bin/stanced|$(PREFIX)/bin/stanced|' systemd/stanced.service \
	  > $(DESTDIR)/lib/systemd/system/stanced.service
	install -m 644 systemd/stanced.conf $(DESTDIR)/etc/stanced/stanced.conf.example
	install -m 644 docs/stance.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 docs/stanced.8 $(DESTDIR)$(PREFIX)/share/man/man8/

clean:
	rm -rf build build-asan build-clang build-fuzz bin $(MODEL) $(MODEL).sentiment $(MODEL).json

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(DAEMON_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(BENCH_SRC:%.c=$(BUILD)/%.d) \
         $(IDF_TERMS).d

# The README's first command: dependencies, build, and the main job on the
# project's demo articles.
demo: all
	demo/run.sh

# Benchmarks print figures; they are not tests.  `make bench` runs bench/run
# (BENCH_ARTICLES articles, default 5000).
BENCH_ARTICLES ?= 5000
BENCHES := $(BUILD)/bench/extract_bench $(BUILD)/bench/predict_bench $(BUILD)/bench/classify_bench $(BUILD)/bench/daemon_bench $(BUILD)/bench/jitter
$(BUILD)/bench/%: $(BUILD)/bench/%.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

bench: $(BENCHES) $(MODEL)
	bench/run $(BENCH_ARTICLES)

# Fuzzing (libFuzzer, clang): `make fuzz FUZZ_SECONDS=N` runs every target
# for N seconds on its corpus in tests/fuzz/corpus/TARGET (new finds are
# added there); `make fuzz-replay` runs each corpus once, as `make check` does.
# The targets: extract (raw text), article (a message through the whole
# pipeline), model (the model-plus-sidecar loader, libsvm included) and
# config (stanced's config file parser: daemon/config.c's own object, built
# with the fuzz flags like the library, is linked in).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := extract article model config
FUZZ_BUILD   := build-fuzz
FUZZ_FLAGS   := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -g -O1
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_OBJ_config := $(FUZZ_BUILD)/daemon/config.o $(FUZZ_BUILD)/daemon/log.o

fuzz-lib:
	$(MAKE) --no-print-directory -s CC=clang BUILD=$(FUZZ_BUILD) SANITIZE=fuzz \
	  $(FUZZ_BUILD)/libstance.a $(FUZZ_OBJ_config)

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c fuzz-lib
	clang $(CPPFLAGS) -std=c11 -Wall -Wextra -Werror $(FUZZ_FLAGS) \
	  $(shell pkg-config --cflags jansson) -o $@ $< $(FUZZ_OBJ_$*) $(FUZZ_BUILD)/libstance.a $(LDLIBS)

# A crash fails the target: the fuzzer's own exit status decides (a pipe
# into grep would report grep's), its log and any crash input stay in
# $(FUZZ_BUILD)/.
fuzz: $(FUZZ_BINS) $(MODEL)
	@for t in $(FUZZ_TARGETS); do mkdir -p tests/fuzz/corpus/$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  ./$(FUZZ_BUILD)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/ tests/fuzz/corpus/$$t \
	    > $(FUZZ_BUILD)/fuzz_$$t.log 2>&1; rc=$$?; \
	  grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" $(FUZZ_BUILD)/fuzz_$$t.log; \
	  if [ $$rc -ne 0 ]; then tail -40 $(FUZZ_BUILD)/fuzz_$$t.log; \
	    echo "fuzz_$$t failed (exit $$rc): see $(FUZZ_BUILD)/fuzz_$$t.log"; exit 1; fi; done

fuzz-replay: $(FUZZ_BINS) $(MODEL)
	@for t in $(FUZZ_TARGETS); do \
	  n=$$(ls tests/fuzz/corpus/$$t | wc -l); \
	  ./$(FUZZ_BUILD)/fuzz_$$t -runs=0 tests/fuzz/corpus/$$t > $(FUZZ_BUILD)/replay_$$t.log 2>&1 \
	    || { tail -30 $(FUZZ_BUILD)/replay_$$t.log; exit 1; }; \
	  echo "fuzz corpus $$t: $$n inputs replayed, no crash"; done
