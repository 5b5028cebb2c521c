#!/usr/bin/env bash
# demo/run.sh - the README's first command, after the build: start stanced
# on loopback with the bundled model, subscribe with `stance tail`, send the
# demo articles, show the daemon's statistics, and stop it cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
IN=tcp://127.0.0.1:7701 OUT=tcp://127.0.0.1:7702 CTL=tcp://127.0.0.1:7703

bin/stanced --config /dev/null --in "@$IN" --out "@$OUT" --control "@$CTL" --workers 2 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do        # until the control socket answers
  bin/stance stats "$CTL" >/dev/null 2>&1 && break
  sleep 0.2
done
bin/stance tail "$OUT" --topic quote. --timeout 3 &
tail_pid=$!
sleep 0.5                      # the subscription reaches the daemon
bin/stance send "$IN" demo/articles.jsonl
wait "$tail_pid" || true       # tail ends after 3 s without a message
echo "--- stance stats $CTL"
bin/stance stats "$CTL" | head -22
kill -TERM "$pid"
wait "$pid"
echo "stanced stopped cleanly (exit $?)"
trap - EXIT
