#!/usr/bin/env bash
# Benchmarks of the live stream /api/stream (issue 3). Prints one table row.
#
#   infra/bench/run.sh latency     [--connections 10000] [--practices 1000] [--rate 500] [--seconds 60] [--mode db|api]
#   infra/bench/run.sh connections [--connections 10000] [--practices 1000] [--seconds 60]
#   infra/bench/run.sh bare        [--connections 10000] [--practices 1000] [--rate 500] [--seconds 60]
#   infra/bench/run.sh audit       [--rows 1000000] [--clients 2000] [--runs 10]
#
# Other options: --port 18080 (app) / 18081 (bare), --sources 4 (127.0.0.2.. source addresses),
# --per-generator 9000 (sockets per generator JVM), --data /tmp/bench-pg (embedded PostgreSQL,
# wiped first unless --keep-data), --out DIR (default /tmp/bench-runs/<scenario>-<time>).
# latency: C sockets over N practices (socket i -> practice i mod N, one admin session per
# practice), then R events/s for D s (mode db: outbox rows over JDBC, mode api: POST
# /api/clients, 2 events each). connections: hold C idle sockets for D s. bare: the same
# fan-out from BareServer (no DB, no security). Everything stops by itself; the trap stops
# what this script started. audit (AUD-06): one practice, --rows audit rows appended through
# audit_append (triggers and hash chain kept), then "who accessed client X between dates" timed
# through GET /api/practice/audit and its CSV export (AuditBench).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
scenario=${1:-}
case "$scenario" in
latency | connections | bare | audit) shift ;;
*)
	sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac

connections=10000 practices=1000 rate=500 seconds=60 mode=db port= sources=4 per_generator=9000
data=/tmp/bench-pg keep_data=no out= rows=1000000 clients=2000 runs=10
while [ $# -gt 0 ]; do
	case "$1" in
	--connections) connections=$2 ;;
	--practices) practices=$2 ;;
	--rate) rate=$2 ;;
	--seconds) seconds=$2 ;;
	--mode) mode=$2 ;;
	--port) port=$2 ;;
	--sources) sources=$2 ;;
	--per-generator) per_generator=$2 ;;
	--data) data=$2 ;;
	--out) out=$2 ;;
	--rows) rows=$2 ;;
	--clients) clients=$2 ;;
	--runs) runs=$2 ;;
	--keep-data) keep_data=yes; shift; continue ;;
	*) echo "unknown option $1" >&2; exit 2 ;;
	esac
	shift 2
done
[ "$per_generator" -le 9000 ] || { echo "--per-generator is at most 9000" >&2; exit 2; }
[ -n "$port" ] || { [ "$scenario" = bare ] && port=18081 || port=18080; }
out=${out:-/tmp/bench-runs/$scenario-$(date +%Y%m%dT%H%M%S)}
mkdir -p "$out"
log() { echo "[$(date +%T)] $*" >&2; }

APP_JAR=$ROOT/backend/target/claimstream.jar
BENCH_JAR=$HERE/target/claimstream-bench.jar
if [ "$scenario" != bare ] && [ ! -f "$APP_JAR" ]; then
	log "building the app jar (about 2 min)"
	(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
fi
if [ ! -f "$BENCH_JAR" ] || [ -n "$(find "$HERE/src" "$HERE/pom.xml" -newer "$BENCH_JAR" | head -1)" ]; then
	log "building the bench jar"
	(cd "$ROOT" && ./mvnw -q -B -ntp -f infra/bench/pom.xml package)
fi
ulimit -n "$(ulimit -Hn)"

server_pid= pg_pid=
generator_pids=()
stop_pid() { # pid, seconds to wait after TERM
	local pid=$1 i
	kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < $2 * 10; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
	kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
	touch "$out/stop" 2>/dev/null || true
	for pid in "${generator_pids[@]}"; do stop_pid "$pid" 10; done
	[ -z "$server_pid" ] || stop_pid "$server_pid" 30
	[ -z "$pg_pid" ] || stop_pid "$pg_pid" 10
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
tree_ticks() { # a process and its children (PostgreSQL: postmaster and backends)
	local total=0 pid
	for pid in "$1" $(pgrep -P "$1" || true); do total=$((total + $(ticks "$pid" 2>/dev/null || echo 0))); done
	echo "$total"
}
heap_after_gc() { # KiB used after a full GC
	jcmd "$1" GC.run >/dev/null
	sleep 1
	jcmd "$1" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'
}
rss() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

# ---- server
if [ "$scenario" = bare ]; then
	log "starting BareServer on $port"
	java -cp "$BENCH_JAR" com.claimstream.bench.BareServer --port "$port" --max-seconds $((seconds + 900)) \
		>"$out/server.log" 2>&1 &
	server_pid=$!
	ready_url=http://127.0.0.1:$port/bare
else
	[ "$keep_data" = yes ] || rm -rf "$data"
	log "starting the app on $port (embedded PostgreSQL in $data)"
	SERVER_PORT=$port CLAIMSTREAM_DATA_DIR=$data java -jar "$APP_JAR" >"$out/server.log" 2>&1 &
	server_pid=$!
	ready_url=http://127.0.0.1:$port/api/session
fi
for ((i = 0; i < 240; i++)); do
	kill -0 "$server_pid" 2>/dev/null || { log "server exited; see $out/server.log"; exit 1; }
	code=$(curl -s -o /dev/null -w '%{http_code}' "$ready_url" || true)
	[ "$code" = 000 ] || break
	sleep 0.5
done
[ "$code" != 000 ] || { log "server not answering after 120 s"; exit 1; }
jdbc=
if [ "$scenario" != bare ]; then
	pg_line=$(ps -eo pid,args | grep "bin/postgres -D $data" | grep -v grep | head -1)
	pg_pid=$(awk '{print $1}' <<<"$pg_line")
	pg_port=$(grep -oE ' -p [0-9]+' <<<"$pg_line" | grep -oE '[0-9]+')
	jdbc=jdbc:postgresql://127.0.0.1:$pg_port/postgres
	log "embedded PostgreSQL pid $pg_pid port $pg_port"
fi

if [ "$scenario" = audit ]; then
	log "AUD-06: $rows audit rows, then the review of one client's accesses"
	java -cp "$BENCH_JAR" com.claimstream.bench.AuditBench --base "http://127.0.0.1:$port" --jdbc "$jdbc" \
		--rows "$rows" --clients "$clients" --runs "$runs" 2>&1 | tee "$out/audit.txt"
	exit 0
fi

# ---- practices (one admin session each)
if [ "$scenario" = bare ]; then
	java -cp "$BENCH_JAR" com.claimstream.bench.StreamLoad setup --bare --practices "$practices" --out "$out/practices.tsv"
else
	log "signing up $practices practices"
	java -cp "$BENCH_JAR" com.claimstream.bench.StreamLoad setup --base "http://127.0.0.1:$port" \
		--practices "$practices" --out "$out/practices.tsv" 2>&1 | tee -a "$out/setup.log" >&2
fi
heap_idle=$(heap_after_gc "$server_pid")
jcmd "$server_pid" GC.class_histogram >"$out/histogram-before.txt"

# ---- generators (at most per_generator sockets each)
generators=$(((connections + per_generator - 1) / per_generator))
chunk=$(((connections + generators - 1) / generators))
source_list=$(for ((s = 0; s < sources; s++)); do printf '127.0.0.%d,' $((s + 2)); done)
source_list=${source_list%,}
ready_seconds=$((300 + connections / 30)) # a loaded machine opens fewer than 100 sockets/s
log "opening $connections sockets from $generators generator(s) over $source_list"
for ((k = 0; k < generators; k++)); do
	from=$((k * chunk)) to=$(((k + 1) * chunk))
	[ "$to" -le "$connections" ] || to=$connections
	java -Xmx1g -XX:+UseParallelGC -cp "$BENCH_JAR" com.claimstream.bench.StreamLoad connect \
		--url "ws://127.0.0.1:$port/api/stream" --practices-file "$out/practices.tsv" \
		--from "$from" --to "$to" --sources "$source_list" --dir "$out" --id "$k" \
		--max-seconds $((seconds + ready_seconds + 300)) >"$out/generator-$k.log" 2>&1 &
	generator_pids+=($!)
done
for ((i = 0; i < ready_seconds * 10; i++)); do
	n=$(find "$out" -maxdepth 1 -name 'ready-*' | wc -l)
	[ "$n" -lt "$generators" ] || break
	for pid in "${generator_pids[@]}"; do
		kill -0 "$pid" 2>/dev/null || { log "a generator exited; see $out/generator-*.log"; exit 1; }
	done
	sleep 0.1
done
[ "$n" -ge "$generators" ] || { log "generators not ready after $ready_seconds s"; exit 1; }
cat "$out"/generator-*.log >&2
sleep 3 # the server handles the resumes: events from now on are live for every socket

# ---- load
cpu0=$(ticks "$server_pid")
pg0=0
[ -z "$pg_pid" ] || pg0=$(tree_ticks "$pg_pid")
case "$scenario" in
latency)
	log "injecting $rate events/s for $seconds s (mode $mode)"
	java -cp "$BENCH_JAR" com.claimstream.bench.StreamLoad inject --mode "$mode" --rate "$rate" \
		--seconds "$seconds" --practices-file "$out/practices.tsv" --out "$out/events.tsv" \
		--jdbc "$jdbc" --base "http://127.0.0.1:$port"
	;;
bare)
	log "broadcasting $rate events/s for $seconds s"
	java -cp "$BENCH_JAR" com.claimstream.bench.StreamLoad inject --mode bare --rate "$rate" \
		--seconds "$seconds" --practices-file "$out/practices.tsv" --out "$out/events.tsv" \
		--base "http://127.0.0.1:$port"
	;;
connections)
	log "holding the sockets for $seconds s"
	sleep "$seconds"
	;;
esac
sleep 3 # let the last events arrive
cpu1=$(ticks "$server_pid")
pg1=0
[ -z "$pg_pid" ] || pg1=$(tree_ticks "$pg_pid")
heap=$(heap_after_gc "$server_pid")
jcmd "$server_pid" GC.class_histogram >"$out/histogram-after.txt"
rss_kb=$(rss "$server_pid")

# ---- results
touch "$out/stop"
for ((i = 0; i < 600; i++)); do
	n=$(find "$out" -maxdepth 1 -name 'result-*' | wc -l)
	[ "$n" -lt "$generators" ] || break
	sleep 0.1
done
sleep 1
cat >"$out/server.txt" <<EOF
heap_idle_kb $heap_idle
heap_kb $heap
rss_kb $rss_kb
cpu_ticks $((cpu1 - cpu0))
pg_cpu_ticks $((pg1 - pg0))
clk_tck $(getconf CLK_TCK)
EOF
java -cp "$BENCH_JAR" com.claimstream.bench.StreamLoad report --dir "$out" --scenario "$scenario" \
	--connections "$connections" --practices "$practices"
log "raw results in $out"
