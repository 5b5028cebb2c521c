#!/bin/bash
# bench/scale.sh - scale-out throughput on TCP loopback: articles/s from
# `stance send` through a ventilator, D daemons (W workers each, --in and
# --out connecting) and a collector to `stance tail`; with --direct, the
# same articles straight into one daemon with D x W workers, for comparison.
#
#   bench/scale.sh [--direct] [ARTICLES [DAEMONS [WORKERS]]]   (default 20000 3 1)
#
# The corpus is the gold articles repeated with unique ids (2-5 KB each).
# Run from the source tree after `make`.  Prints one line of figures.
set -eu
direct=0
if [ "${1:-}" = "--direct" ]; then direct=1; shift; fi
n=${1:-20000} daemons=${2:-3} workers=${3:-1}
stance=./bin/stance stanced=./bin/stanced
dir=$(mktemp -d /tmp/stance-scale-XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT

python3 - "$n" training-data/articles/gold.jsonl > "$dir/corpus.jsonl" <<'EOF'
import json, sys
n, src = int(sys.argv[1]), [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
for i in range(n):
    a = src[i % len(src)]
    o = {"id": "scale-%d" % i, "text": a["text"]}
    if a.get("title"):
        o["title"] = a["title"]
    print(json.dumps(o))
EOF
bytes=$(wc -c < "$dir/corpus.jsonl")

# The endpoint a proxy bound, from its start line on stderr.
bound() { # LOG frontend|backend
    for _ in $(seq 100); do
        ep=$(sed -n "s/.* $2 \(tcp:\/\/[0-9.:]*\).*/\1/p" "$1")
        [ -n "$ep" ] && { echo "$ep"; return; }
        sleep 0.05
    done
    echo "no $2 endpoint in $1" >&2; exit 1
}
ready() { # CONTROL
    for _ in $(seq 100); do
        "$stance" stats "$1" >/dev/null 2>&1 && return
        sleep 0.1
    done
    echo "no answer from $1" >&2; exit 1
}

if [ $direct = 1 ]; then
    read -r pin pout < <(python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
    in=tcp://127.0.0.1:$pin out=tcp://127.0.0.1:$pout
    "$stanced" --config /dev/null --in "@$in" --out "@$out" --control "@ipc://$dir/d0" \
        --workers $((daemons * workers)) --log-level warning 2> "$dir/d0.log" & pids+=($!)
    dpids=($!)
    ready "ipc://$dir/d0"
    ctls=("ipc://$dir/d0")
else
    "$stance" proxy ventilator tcp://127.0.0.1:* tcp://127.0.0.1:* --hwm 100 \
        --control "ipc://$dir/vent" 2> "$dir/vent.log" & pids+=($!); vpid=$!
    "$stance" proxy collector tcp://127.0.0.1:* tcp://127.0.0.1:* --hwm 100000 \
        --control "ipc://$dir/coll" 2> "$dir/coll.log" & pids+=($!); cpid=$!
    in=$(bound "$dir/vent.log" frontend) out=$(bound "$dir/coll.log" backend)
    vback=$(bound "$dir/vent.log" backend) cfront=$(bound "$dir/coll.log" frontend)
    ctls=() dpids=()
    for i in $(seq "$daemons"); do
        "$stanced" --config /dev/null --in ">$vback" --out ">$cfront" --control "@ipc://$dir/d$i" \
            --workers "$workers" --log-level warning 2> "$dir/d$i.log" & pids+=($!)
        dpids+=($!)
        ctls+=("ipc://$dir/d$i")
    done
    for c in "${ctls[@]}"; do ready "$c"; done
fi
if [ -z "$in" ] || [ -z "$out" ]; then echo "could not find the endpoints" >&2; exit 1; fi
"$stance" tail "$out" --topic article --json --count "$n" --timeout 20 > /dev/null & tailpid=$!
sleep 1    # the subscription reaches every daemon; every daemon is connected
t0=$(date +%s.%N)
"$stance" send "$in" "$dir/corpus.jsonl" 2>/dev/null
if ! wait $tailpid; then
    echo "not every result arrived; the daemons' counters:" >&2
    for c in "${ctls[@]}"; do
        "$stance" stats "$c" | grep -E '"(received|article|dropped)"' | tr -d '\n ' >&2; echo >&2
    done
    [ $direct = 1 ] || "$stance" proxy stats "ipc://$dir/vent" | tr -d '\n ' >&2
    echo >&2
    exit 1
fi
t1=$(date +%s.%N)
# CPU seconds a process used so far (utime + stime).
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
dcpu=0
for p in "${dpids[@]}"; do dcpu=$(python3 -c "print($dcpu + $(cpu "$p"))"); done
extra="; daemons' CPU $(python3 -c "print('%.1f s, %.2f ms per article' % ($dcpu, 1000 * $dcpu / $n))")"
if [ $direct = 0 ]; then
    obytes=$("$stance" proxy stats "ipc://$dir/coll" | python3 -c \
        'import json,sys; print(json.load(sys.stdin)["backend"]["sent"]["bytes"])')
    extra="$extra; proxy CPU: ventilator $(cpu $vpid) s, collector $(cpu $cpid) s;\
 results $(python3 -c "print('%.1f' % ($obytes / 1e6))") MB out of the collector"
fi
shares=""
for c in "${ctls[@]}"; do
    shares="$shares $("$stance" stats "$c" | sed -n 's/^  "received": \([0-9]*\).*/\1/p')"
done
python3 - "$n" "$bytes" "$t0" "$t1" "$direct" "$daemons" "$workers" $shares <<'EOF'
import sys
n, b, t0, t1 = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
direct, d, w = sys.argv[5] == "1", int(sys.argv[6]), int(sys.argv[7])
shares = [int(x) for x in sys.argv[8:]]
s = t1 - t0
how = "1 daemon x %d worker%s, direct" % (d * w, "s" if d * w > 1 else "") if direct else \
      "ventilator -> %d daemons x %d worker%s -> collector" % (d, w, "s" if w > 1 else "")
print("%s: %d articles (%.1f MB) in %.2f s: %.0f articles/s, %.1f MB/s; taken %s"
      % (how, n, b / 1e6, s, n / s, b / 1e6 / s, "/".join(str(x) for x in shares)), end="")
EOF
echo "$extra"
