#!/usr/bin/env bash
# Benchmarks of the live stream /api/stream (issue 3). Prints table rows.
#
#   infra/bench/run.sh latency     [--connections 10000] [--practices 1000] [--rate 500] [--seconds 60] [--mode db|api]
#   infra/bench/run.sh connections [--connections 10000] [--practices 1000] [--seconds 60]
#   infra/bench/run.sh bare        [--connections 10000] [--practices 1000] [--rate 500] [--seconds 60]
#   infra/bench/run.sh knee        [--rates "500 1000 2000 3000 4000"] [--seconds 10] (per rate; app, then bare)
#   infra/bench/run.sh broadcast   [--connections 10000] [--rate 1] [--seconds 60]    (one practice; app, then bare)
#   infra/bench/run.sh storm       [--jitter 10] [--rate 200] [--seconds 30]          (restart with the sockets open)
#   infra/bench/run.sh slow        [--slow 100] [--events 10000] [--rate 500] [--hot-share 0.3]
#   infra/bench/run.sh longtx      [--hold 30] [--rate 500]                            (latency + an open transaction)
#   infra/bench/run.sh writes      [--practices 100] [--workers "4 16"] [--seconds 30] (API, then pgbench)
#   infra/bench/run.sh polling     [--connections 10000] [--rate 20] [--seconds 60] [--interval 5]
#   infra/bench/run.sh two         [--connections 1800] [--rate 500] [--seconds 60]   (two instances behind nginx)
#   infra/bench/run.sh audit       [--rows 1000000] [--clients 2000] [--runs 10]
#
# Other options: --port 18080 (app) / 18081 (bare), --sources 4 (127.0.0.2.. source addresses),
# --per-generator 9000 (sockets per generator JVM), --data /tmp/bench-pg (embedded PostgreSQL,
# wiped first unless --keep-data), --out DIR (default /tmp/bench-runs/<scenario>-<time>).
# Every scenario signs up its practices (one admin session each), opens C sockets (socket i ->
# practice i mod N) from generator JVMs, commits events (db: outbox rows over JDBC; api: POST
# /api/clients), prints its rows and the load average, and stops what it started (trap).
# What each scenario does and reports: infra/bench/README.md.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
scenario=${1:-}
case "$scenario" in
latency | connections | bare | audit | knee | broadcast | storm | slow | longtx | writes | polling | two) shift ;;
*)
	sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac

connections=10000 practices=1000 rate=500 seconds=60 mode=db port= sources=4 per_generator=9000
data=/tmp/bench-pg keep_data=no out= rows=1000000 clients=2000 runs=10
rates="500 1000 2000 3000 4000" jitter=10 slow=100 events=10000 hot_share=0.3 hold=30 workers="4 16" interval=5
case "$scenario" in # the defaults of the usage lines above
knee) seconds=10 ;;
broadcast) rate=1 ;;
storm) rate=200 seconds=30 ;;
writes) practices=100 seconds=30 ;;
polling) rate=20 ;;
two) connections=1800 practices=180 ;;
esac
while [ $# -gt 0 ]; do
	case "$1" in
	--connections) connections=$2 ;;
	--practices) practices=$2 ;;
	--rate) rate=$2 ;;
	--rates) rates=$2 ;;
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
	--jitter) jitter=$2 ;;
	--slow) slow=$2 ;;
	--events) events=$2 ;;
	--hot-share) hot_share=$2 ;;
	--hold) hold=$2 ;;
	--workers) workers=$2 ;;
	--interval) interval=$2 ;;
	--keep-data) keep_data=yes; shift; continue ;;
	*) echo "unknown option $1" >&2; exit 2 ;;
	esac
	shift 2
done
[ "$per_generator" -le 9000 ] || { echo "--per-generator is at most 9000" >&2; exit 2; }
[ -n "$port" ] || { [ "$scenario" = bare ] && port=18081 || port=18080; }
app_port=$port # knee and broadcast: the app on it, the bare server on the next
out=${out:-/tmp/bench-runs/$scenario-$(date +%Y%m%dT%H%M%S)}
mkdir -p "$out"
run_dir=$out # where the current server's generators write (knee and broadcast: one per side)
log() { echo "[$(date +%T)] $*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }

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
bench() { java -cp "$BENCH_JAR" com.claimstream.bench.StreamLoad "$@"; }

server_pid= pg_pid= pg_port= jdbc= base=
generator_pids=() other_pids=()
stop_pid() { # pid, seconds to wait after TERM
	local pid=$1 i
	kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < $2 * 10; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
	kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
	touch "$run_dir/stop" 2>/dev/null || true
	for pid in "${generator_pids[@]}" "${other_pids[@]}"; do stop_pid "$pid" 10; done
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
seconds_of() { awk -v t="$1" -v c="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / c}'; } # CPU ticks
rss() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
psql_at() { psql -X -q -At -h 127.0.0.1 -p "$pg_port" -U postgres postgres "$@"; }
sockets_on() { # established TCP connections to a local port: WebSocket clients (and nginx's upstream ones)
	ss -Htn state established "( sport = :$1 )" | wc -l
}
oldest_transaction() { # what the app's claimstream.stream.oldest.transaction.age gauge measures, in s
	psql_at -c "select round(coalesce(extract(epoch from clock_timestamp() - min(xact_start)), 0)::numeric, 1)
		from pg_stat_activity where backend_xid is not null"
}

# ---- servers
wait_ready() { # pid url
	local i code=000
	for ((i = 0; i < 360; i++)); do
		kill -0 "$1" 2>/dev/null || { log "server exited; see $run_dir/server*.log"; exit 1; }
		code=$(curl -sk -o /dev/null -w '%{http_code}' "$2" || true)
		[ "$code" = 000 ] || return 0
		sleep 0.5
	done
	log "server not answering after 180 s"
	exit 1
}
start_bare() {
	log "starting BareServer on $port"
	java -cp "$BENCH_JAR" com.claimstream.bench.BareServer --port "$port" --max-seconds $((seconds * 10 + 900)) \
		>"$run_dir/server.log" 2>&1 &
	server_pid=$!
	base=http://127.0.0.1:$port
	wait_ready "$server_pid" "$base/bare"
}
# the app on $port with its embedded PostgreSQL in $data; extra arguments go to the app
start_app() {
	log "starting the app on $port (embedded PostgreSQL in $data)"
	SERVER_PORT=$port CLAIMSTREAM_DATA_DIR=$data java -jar "$APP_JAR" \
		--claimstream.encryption.key-file="$out/encryption.key" "$@" >>"$run_dir/server.log" 2>&1 &
	server_pid=$!
	base=http://127.0.0.1:$port
	wait_ready "$server_pid" "$base/api/session"
	find_pg
}
find_pg() {
	local pg_line
	pg_line=$(ps -eo pid,args | grep "bin/postgres -D $data" | grep -v grep | head -1)
	pg_pid=$(awk '{print $1}' <<<"$pg_line")
	pg_port=$(grep -oE ' -p [0-9]+' <<<"$pg_line" | grep -oE '[0-9]+')
	jdbc=jdbc:postgresql://127.0.0.1:$pg_port/postgres
	log "embedded PostgreSQL pid $pg_pid port $pg_port"
}
stop_server() {
	stop_pid "$server_pid" 30
	server_pid=
	[ -z "$pg_pid" ] || stop_pid "$pg_pid" 10
	pg_pid=
}

# ---- practices and sockets
sign_up() { # [--bare]
	if [ "${1:-}" = --bare ]; then
		bench setup --bare --practices "$practices" --out "$run_dir/practices.tsv"
	else
		log "signing up $practices practices"
		bench setup --base "$base" --practices "$practices" --out "$run_dir/practices.tsv" 2>&1 |
			tee -a "$run_dir/setup.log" >&2
	fi
}
generators=0
open_sockets() { # url [connect options]
	local url=$1 k from to n i chunk source_list ready_seconds
	shift
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
			--url "$url" --practices-file "$run_dir/practices.tsv" \
			--from "$from" --to "$to" --sources "$source_list" --dir "$run_dir" --id "$k" \
			--max-seconds $((seconds * 10 + ready_seconds + 600)) "$@" >"$run_dir/generator-$k.log" 2>&1 &
		generator_pids+=($!)
	done
	for ((i = 0; i < ready_seconds * 10; i++)); do
		n=$(find "$run_dir" -maxdepth 1 -name 'ready-*' | wc -l)
		[ "$n" -lt "$generators" ] || break
		for pid in "${generator_pids[@]}"; do
			kill -0 "$pid" 2>/dev/null || { log "a generator exited; see $run_dir/generator-*.log"; exit 1; }
		done
		sleep 0.1
	done
	[ "$n" -ge "$generators" ] || { log "generators not ready after $ready_seconds s"; exit 1; }
	cat "$run_dir"/generator-*.log >&2
	sleep 3 # the server handles the resumes: events from now on are live for every socket
}
close_sockets() { # the generators write their results and exit
	local i n
	touch "$run_dir/stop"
	for ((i = 0; i < 600; i++)); do
		n=$(find "$run_dir" -maxdepth 1 -name 'result-*' | wc -l)
		[ "$n" -lt "$generators" ] || break
		sleep 0.1
	done
	sleep 1
	generator_pids=()
}
cpu0= pg0= heap_idle=0
window_start() {
	cpu0=$(ticks "$server_pid")
	pg0=0
	[ -z "$pg_pid" ] || pg0=$(tree_ticks "$pg_pid")
}
window_end() { # writes server.txt: heap after GC, RSS, CPU of the app and PostgreSQL since window_start
	local cpu1 pg1=0 heap
	cpu1=$(ticks "$server_pid")
	[ -z "$pg_pid" ] || pg1=$(tree_ticks "$pg_pid")
	heap=$(heap_after_gc "$server_pid")
	jcmd "$server_pid" GC.class_histogram >"$run_dir/histogram-after.txt"
	cat >"$run_dir/server.txt" <<EOF
heap_idle_kb $heap_idle
heap_kb $heap
rss_kb $(rss "$server_pid")
cpu_ticks $((cpu1 - cpu0))
pg_cpu_ticks $((pg1 - pg0))
clk_tck $(getconf CLK_TCK)
EOF
}
heap_before_sockets() {
	heap_idle=$(heap_after_gc "$server_pid")
	jcmd "$server_pid" GC.class_histogram >"$run_dir/histogram-before.txt"
}
inject() { # mode rate seconds events-file [inject options]
	local mode=$1 r=$2 s=$3 file=$4
	shift 4
	bench inject --mode "$mode" --rate "$r" --seconds "$s" --practices-file "$run_dir/practices.tsv" \
		--out "$file" --jdbc "$jdbc" --base "$base" "$@"
}
merge_events() { # events-file...: into events.tsv (+ .meta: their count and summed seconds)
	cat "$@" >"$run_dir/events.tsv"
	awk '$1 == "seconds" {s += $2} END {print "events 0"; print "seconds " s}' \
		$(for f in "$@"; do echo "$f.meta"; done) >"$run_dir/events.tsv.meta"
}
report() { # scenario label [report options]
	local label=$1
	shift
	bench report --dir "$run_dir" --scenario "$label" --connections "$connections" --practices "$practices" "$@"
}
phase() { # name: cut the generators' receipts here and print "name count p50 p99 p99.9 max"
	local i n
	touch "$run_dir/cut-$1"
	for ((i = 0; i < 100; i++)); do
		n=$(find "$run_dir" -maxdepth 1 -name "phase-$1-*" | wc -l)
		[ "$n" -lt "$generators" ] || break
		sleep 0.1
	done
	bench phase --dir "$run_dir" --name "$1"
}
achieved() { awk '$1 == "events" {e = $2} $1 == "seconds" {s = $2} END {printf "%.0f", e / s}' "$1.meta"; }

load_start=$(load)
log "load average (1 min) at start: $load_start"

# ---- scenarios
standard() { # latency, connections, bare (issue 3 targets 1 and 2, and the floor)
	if [ "$scenario" = bare ]; then
		start_bare
		sign_up --bare
	else
		[ "$keep_data" = yes ] || rm -rf "$data"
		start_app
		sign_up
	fi
	heap_before_sockets
	open_sockets "ws://127.0.0.1:$port/api/stream"
	window_start
	case "$scenario" in
	latency)
		log "injecting $rate events/s for $seconds s (mode $mode)"
		inject "$mode" "$rate" "$seconds" "$run_dir/events.tsv"
		;;
	bare)
		log "broadcasting $rate events/s for $seconds s"
		inject bare "$rate" "$seconds" "$run_dir/events.tsv"
		;;
	connections)
		log "holding the sockets for $seconds s"
		sleep "$seconds"
		;;
	esac
	sleep 3 # let the last events arrive
	window_end
	close_sockets
	report "$scenario"
}

# one side (app or bare) in $run_dir: server, practices, sockets; then the caller's load
side_up() { # side [app options]
	local side=$1
	shift
	run_dir=$out/$side
	mkdir -p "$run_dir"
	if [ "$side" = bare ]; then
		port=$((app_port + 1))
		start_bare
		sign_up --bare
	else
		port=$app_port
		rm -rf "$data"
		start_app "$@"
		sign_up
	fi
	heap_before_sockets
	open_sockets "ws://127.0.0.1:$port/api/stream"
	window_start
}
side_down() { # scenario label: the side's row, then its server stops
	sleep 3
	window_end
	close_sockets
	report "$1" | tee "$run_dir/row.md" >&2
	stop_server
}

knee() { # target 3: highest rate at p99 <= 50 ms, app against bare on the same sockets and practices
	local side r mode_of
	for side in app bare; do
		side_up "$side"
		mode_of=db
		[ "$side" = app ] || mode_of=bare
		: >"$run_dir/steps.txt"
		for r in $rates; do
			log "$side: $r events/s for $seconds s"
			inject "$mode_of" "$r" "$seconds" "$run_dir/events-$r.tsv"
			sleep 2
			echo "$r $(achieved "$run_dir/events-$r.tsv") $(phase "$r") $(load)" >>"$run_dir/steps.txt"
		done
		merge_events $(for r in $rates; do echo "$run_dir/events-$r.tsv"; done)
		side_down "knee-$side"
	done
	echo "| events/s offered | app: committed/s | app p50 ms | app p99 ms | app max ms | bare: sent/s | bare p50 ms | bare p99 ms | bare max ms | load (app, bare) |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
	# steps: rate achieved name count p50 p99 p99.9 max load
	paste -d' ' "$out/app/steps.txt" "$out/bare/steps.txt" |
		awk '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s, %s |\n", $1, $2, $5, $6, $8, $11, $14, $15, $17, $9, $18}'
	local app_knee bare_knee
	# the highest rate (committed or sent) at which p99 <= 50 ms; "none" when no step met it
	app_knee=$(awk '$6 != "-" && $6 <= 50 {k = $2} END {print (k == "") ? "none" : k}' "$out/app/steps.txt")
	bare_knee=$(awk '$6 != "-" && $6 <= 50 {k = $2} END {print (k == "") ? "none" : k}' "$out/bare/steps.txt")
	echo
	echo "knee (highest events/s with p99 <= 50 ms): app $app_knee, bare $bare_knee, ratio $(
		awk -v a="$app_knee" -v b="$bare_knee" 'BEGIN {print (b + 0 > 0) ? sprintf("%.2f", a / b) : "-"}')"
	cat "$out/app/row.md" "$out/bare/row.md" | grep -v '^| ---\|^| scenario' || true
}

broadcast() { # target 4: practice-wide events to every socket, against the bare server's broadcast
	practices=1
	local side
	for side in app bare; do
		# all sockets share one administrator session: lift the per-account socket quota
		side_up "$side" --claimstream.stream.max-sockets-per-principal="$connections"
		log "$side: $rate event(s)/s to all $connections sockets for $seconds s"
		if [ "$side" = app ]; then
			inject db "$rate" "$seconds" "$run_dir/events.tsv" --threads 1 # one event at a time, as the bare server
		else
			inject bare "$rate" "$seconds" "$run_dir/events.tsv"
		fi
		side_down "broadcast-$side"
	done
	sed -n 1,2p "$out/app/table.md"
	sed -n 3p "$out/app/table.md"
	sed -n 3p "$out/bare/table.md"
	awk -F'|' 'FNR == 3 {p[FILENAME] = $9} END {for (f in p) print f, p[f]}' "$out/app/table.md" "$out/bare/table.md" |
		sort | awk '{v[NR] = $2} END {printf "p99 app / bare: %s / %s ms = %.1f x\n", v[1], v[2], (v[2] > 0) ? v[1] / v[2] : 0}'
}

storm() { # target 5: the instance restarts under its sockets; they reconnect with jitter and resume
	rm -rf "$data"
	start_app
	# counted from the restart on: which queries the resumes cost
	psql_at -c "alter system set shared_preload_libraries = 'pg_stat_statements'" >/dev/null
	sign_up
	heap_before_sockets
	open_sockets "ws://127.0.0.1:$port/api/stream" --reconnect-jitter-ms $((jitter * 1000))
	log "one event per practice, so that every socket holds a cursor"
	inject db 200 $(((practices + 199) / 200)) "$run_dir/events-prime.tsv" --round-robin
	sleep 3
	local t0 t1 t_all=- i n=0 restarted_pid
	log "restarting the instance under $connections sockets (client jitter up to $jitter s)"
	t0=$(date +%s%3N)
	stop_server
	SERVER_PORT=$port CLAIMSTREAM_DATA_DIR=$data java -jar "$APP_JAR" \
		--claimstream.encryption.key-file="$out/encryption.key" >>"$run_dir/server.log" 2>&1 &
	server_pid=$!
	restarted_pid=$server_pid
	for ((i = 0; i < 600; i++)); do # PostgreSQL is up before the app: count from there
		[ -z "$(ps -eo args | grep "bin/postgres -D $data" | grep -v grep)" ] || break
		sleep 0.1
	done
	find_pg
	for ((i = 0; i < 100; i++)); do
		psql_at -c "create extension if not exists pg_stat_statements" >/dev/null 2>&1 && break
		sleep 0.1
	done
	psql_at -c "select pg_stat_statements_reset()" >/dev/null
	wait_ready "$restarted_pid" "$base/api/session"
	t1=$(date +%s%3N)
	log "instance ready again $(((t1 - t0) / 1000)) s after the cut; $rate events/s for $seconds s while clients resume"
	window_start
	inject db "$rate" "$seconds" "$run_dir/events-after.tsv" &
	other_pids+=($!)
	for ((i = 0; i < 600; i++)); do
		n=$(sockets_on "$port")
		if [ "$n" -ge "$connections" ]; then
			t_all=$(($(date +%s%3N) - t1))
			break
		fi
		sleep 0.1
	done
	wait "${other_pids[@]}"
	other_pids=()
	merge_events "$run_dir/events-prime.tsv" "$run_dir/events-after.tsv"
	sleep 3
	window_end
	psql_at -F ' | ' -c "select calls, rows, round(total_exec_time::numeric, 1), left(regexp_replace(substring(query from 'from event.*'), '\s+', ' ', 'g'), 110)
		from pg_stat_statements where query ilike '%from event%' order by calls desc limit 6" >"$run_dir/statements.txt"
	close_sockets
	report storm
	echo
	local last
	last=$(awk '$1 == "last_reopen_ms" && $2 > m {m = $2} END {print m + 0}' "$run_dir"/result-*.txt)
	echo "instance down → ready: $((t1 - t0)) ms; ready → all $connections sockets connected again (ss): ${t_all} ms;" \
		"ready → the last socket reopened (generators): $((last - t1)) ms; load $(load)"
	echo "resumes the server ended with an error (server.log):"
	grep -o 'Stream socket failed: .*' "$run_dir/server.log" | sort | uniq -c | sort -rn | head -5
	echo "queries on event since PostgreSQL restarted (calls | rows | total ms | query):"
	cat "$run_dir/statements.txt"
}

slow() { # target 6: subscribers that stop reading while events flow
	practices=$((connections / slow)) # practice 0 holds the slow subscribers (socket i -> practice i mod N)
	rm -rf "$data"
	start_app --claimstream.stream.max-sockets-per-principal="$slow"
	sign_up
	heap_before_sockets
	open_sockets "ws://127.0.0.1:$port/api/stream" --slow-practice 0
	local half=$((events / 2 / rate)) heap_reading heap_stalled
	log "base: $((events / 2)) events at $rate/s, everyone reading"
	window_start
	inject db "$rate" "$half" "$run_dir/events-base.tsv" --hot-share "$hot_share"
	sleep 2
	phase base >"$run_dir/phase-base.txt"
	heap_reading=$(heap_after_gc "$server_pid")
	touch "$run_dir/pause-slow"
	sleep 1
	log "slow: the $slow sockets of practice 0 stop reading; $((events / 2)) more events, $hot_share of them theirs"
	inject db "$rate" "$half" "$run_dir/events-slow.tsv" --hot-share "$hot_share"
	sleep 2
	phase slow >"$run_dir/phase-slow.txt"
	heap_stalled=$(heap_after_gc "$server_pid")
	# where the backlog waits: the kernel's queues of the server's and the clients' sockets
	{
		ss -Htn state established "( sport = :$port )" |
			awk '{s += $2; if ($2 > m) m = $2} END {printf "server sockets, Send-Q: %d bytes in all, largest %d\n", s, m}'
		ss -Htn state established "( dport = :$port )" |
			awk '{s += $1; if ($1 > m) m = $1} END {printf "client sockets, Recv-Q: %d bytes in all, largest %d\n", s, m}'
	} >"$run_dir/queues.txt"
	touch "$run_dir/read-again"
	sleep 3
	merge_events "$run_dir/events-base.tsv" "$run_dir/events-slow.tsv"
	window_end
	close_sockets
	report slow --skip-practice 0
	echo
	echo "| phase | other subscribers' receipts | p50 ms | p99 ms | p99.9 ms | max ms | heap after GC |"
	echo "| --- | --- | --- | --- | --- | --- | --- |"
	awk -v h="$heap_reading" '{printf "| everyone reading | %s | %s | %s | %s | %s | %.0f MiB |\n", $2, $3, $4, $5, $6, h / 1024}' "$run_dir/phase-base.txt"
	awk -v h="$heap_stalled" '{printf "| %s stopped reading | %s | %s | %s | %s | %s | %.0f MiB |\n", '"$slow"', $2, $3, $4, $5, $6, h / 1024}' "$run_dir/phase-slow.txt"
	echo "heap growth with the slow sockets stalled: $(((heap_stalled - heap_reading) / 1024)) MiB; load $(load)"
	cat "$run_dir/queues.txt"
}

longtx() { # target 7: an unrelated transaction held open during the latency scenario
	rm -rf "$data"
	start_app
	sign_up
	heap_before_sockets
	open_sockets "ws://127.0.0.1:$port/api/stream"
	local lead=5 gap=5 total t_busy t0
	total=$((lead + hold + gap + hold + gap))
	t_busy=$((lead + hold + gap))
	t0=$(date +%s%3N)
	at() { # sleeps until $1 s after t0
		local ms=$(($1 * 1000 - ($(date +%s%3N) - t0)))
		[ "$ms" -le 0 ] || sleep "$(awk -v ms="$ms" 'BEGIN {print ms / 1000}')"
	}
	window_start
	log "$rate events/s for $total s; at $lead s a transaction idles $hold s, at $t_busy s one sleeps $hold s"
	inject db "$rate" "$total" "$run_dir/events.tsv" &
	other_pids+=($!)
	(while sleep 1; do echo "$(date +%T) $(oldest_transaction)"; done) \
		>"$run_dir/age.txt" &
	other_pids+=($!)
	# takes a transaction id, then stays idle in transaction (idle_in_transaction_session_timeout applies)
	(at "$lead"; echo "begin $(date +%T)"
		printf 'begin;\nselect pg_current_xact_id();\n\\! sleep %s\ncommit;\n' "$hold" | psql_at 2>&1 || true
		echo "end $(date +%T)") >"$run_dir/idle-tx.txt" 2>&1 &
	other_pids+=($!)
	# takes a transaction id, then runs one long statement (no statement_timeout applies)
	(at "$t_busy"; echo "begin $(date +%T)"
		printf 'begin;\nselect pg_current_xact_id();\nselect pg_sleep(%s);\ncommit;\n' "$hold" | psql_at 2>&1 || true
		echo "end $(date +%T)") >"$run_dir/busy-tx.txt" 2>&1 &
	other_pids+=($!)
	at "$lead"
	phase before >"$run_dir/phases.txt"
	at $((lead + hold + 2))
	phase idle-tx >>"$run_dir/phases.txt"
	at "$t_busy"
	phase between >>"$run_dir/phases.txt"
	at $((t_busy + hold + 2))
	phase busy-tx >>"$run_dir/phases.txt"
	wait "${other_pids[0]}" "${other_pids[2]}" "${other_pids[3]}"
	sleep 3
	phase after >>"$run_dir/phases.txt"
	stop_pid "${other_pids[1]}" 1
	other_pids=()
	window_end
	close_sockets
	report longtx
	echo
	echo "| phase (s from the start of the load) | receipts | p50 ms | p99 ms | p99.9 ms | max ms |"
	echo "| --- | --- | --- | --- | --- | --- |"
	awk -v l="$lead" -v h="$hold" -v b="$t_busy" -v t="$total" 'BEGIN {
			span["before"] = "0–" l; span["idle-tx"] = l "–" l + h + 2; span["between"] = l + h + 2 "–" b
			span["busy-tx"] = b "–" b + h + 2; span["after"] = b + h + 2 "–" t + 3 }
		{printf "| %s (%s) | %s | %s | %s | %s | %s |\n", $1, span[$1], $2, $3, $4, $5, $6}' "$run_dir/phases.txt"
	echo "idle transaction: $(tr '\n' ' ' <"$run_dir/idle-tx.txt")"
	echo "sleeping transaction: $(tr '\n' ' ' <"$run_dir/busy-tx.txt")"
	echo "oldest open transaction with an id (pg_stat_activity, each second), highest sample: $(awk '{print $2}' "$run_dir/age.txt" | sort -g | tail -1) s; load $(load)"
}

writes() { # target 8: API writes (client + invitation + event) against pgbench on the same database
	rm -rf "$data"
	start_app
	sign_up
	local w line seed invitation waits cpu
	echo "| load | workers | writes/s | p50 ms | p90 ms | p99 ms | max ms | failed | lock waits seen | CPU ms / write: app, PostgreSQL |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
	for w in $workers; do
		(while sleep 0.2; do psql_at -c "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"; done) \
			>"$run_dir/lock-waits-$w.txt" 2>/dev/null &
		other_pids+=($!)
		window_start
		line=$(bench writes --base "$base" --practices-file "$run_dir/practices.tsv" --workers "$w" --seconds "$seconds")
		cpu=$(awk -v a="$(($(ticks "$server_pid") - cpu0))" -v p="$(($(tree_ticks "$pg_pid") - pg0))" \
			-v c="$(getconf CLK_TCK)" -v n="$(cut -d' ' -f1 <<<"$line")" -v s="$seconds" \
			'BEGIN {printf "%.0f, %.0f", a * 1000 / c / (n * s), p * 1000 / c / (n * s)}')
		stop_pid "${other_pids[-1]}" 1
		waits=$(awk '$1 > 0 {n++} END {printf "%d of %d samples", n, NR}' "$run_dir/lock-waits-$w.txt")
		echo "$line" | awk -v w="$w" -v l="$(load)" -v k="$waits" -v cpu="$cpu" \
			'{printf "| %s | API, %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", l, w, $1, $2, $3, $4, $5, $6, k, cpu}'
	done
	other_pids=()
	# the same rows in one statement (one transaction): a copy of a client, of its invitation, and an event
	seed=$(psql_at -c "select client_id from invitation where client_id is not null limit 1")
	invitation=$(psql_at -c "select invitation_id from invitation where client_id = '$seed' limit 1")
	cat >"$run_dir/pgbench.sql" <<EOF
with c as (
  insert into client
  select (jsonb_populate_record(cast(null as client), to_jsonb(s) || jsonb_build_object('client_id', gen_random_uuid(),
    'email', 'pgbench-' || gen_random_uuid() || '@example.test'))).*
  from client s where s.client_id = '$seed' returning client_id, practice_id),
i as (
  insert into invitation
  select (jsonb_populate_record(cast(null as invitation), to_jsonb(v) || jsonb_build_object('invitation_id',
    gen_random_uuid(), 'client_id', c.client_id, 'token_hash', '\\x' || md5(cast(random() as text))))).*
  from invitation v, c where v.invitation_id = '$invitation' returning 1)
insert into event (practice_id, audience, client_id, kind, subject_type, subject_id, data)
select practice_id, 'members', client_id, 'client.added', 'client', client_id, '{"status": "invited"}' from c;
EOF
	for w in $workers; do
		line=$(pgbench -n -c "$w" -j 2 -T "$seconds" -f "$run_dir/pgbench.sql" \
			-h 127.0.0.1 -p "$pg_port" -U postgres postgres 2>"$run_dir/pgbench-$w.err" |
			tee "$run_dir/pgbench-$w.txt" | awk '/latency average/ {l = $4} /^tps/ {t = $3} /failed/ {f = $5}
				END {printf "%.0f %s %s", t, l, f + 0}')
		echo "$line" | awk -v w="$w" -v l="$(load)" \
			'{printf "| %s | pgbench, %s | %s | avg %s | - | - | - | %s | - | - |\n", l, w, $1, $2, $3}'
	done
}

polling() { # target 9: the same events to the same clients, by stream and by polling every $interval s
	rm -rf "$data"
	start_app
	sign_up
	local label line c0 p0
	echo "| delivery | clients | events/s (API) | window s | app CPU s | PostgreSQL CPU s | staleness p50 ms | p90 ms | p99 ms | max ms | seen / expected | load |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
	# writes alone: the cost both deliveries share
	window_start
	c0=$cpu0 p0=$pg0
	inject api "$rate" "$seconds" "$run_dir/events-alone.tsv" 2>>"$run_dir/inject.log"
	printf '| none (writes only) | 0 | %s | %s | %s | %s | - | - | - | - | - | %s |\n' "$rate" "$seconds" \
		"$(seconds_of $(($(ticks "$server_pid") - c0)))" \
		"$(seconds_of $(($(tree_ticks "$pg_pid") - p0)))" "$(load)"
	heap_before_sockets
	open_sockets "ws://127.0.0.1:$port/api/stream"
	window_start
	c0=$cpu0 p0=$pg0
	inject api "$rate" "$seconds" "$run_dir/events.tsv" 2>>"$run_dir/inject.log"
	sleep 2
	line=$(phase stream)
	printf '| stream | %s | %s | %s | %s | %s | %s | - | %s | %s | - | %s |\n' "$connections" "$rate" "$seconds" \
		"$(seconds_of $(($(ticks "$server_pid") - c0)))" \
		"$(seconds_of $(($(tree_ticks "$pg_pid") - p0)))" \
		"$(cut -d' ' -f3 <<<"$line")" "$(cut -d' ' -f4 <<<"$line")" "$(cut -d' ' -f6 <<<"$line")" "$(load)"
	window_end
	close_sockets
	report polling-stream >"$run_dir/stream-row.md"
	sleep 5 # the sockets close
	window_start
	c0=$cpu0 p0=$pg0
	inject api "$rate" "$seconds" "$run_dir/events-polled.tsv" 2>>"$run_dir/inject.log" &
	other_pids+=($!)
	# polls GET /api/clients?sort=-created: the new clients are the events' subjects
	line=$(bench poll --base "$base" --jdbc "$jdbc" --practices-file "$run_dir/practices.tsv" \
		--pollers "$connections" --seconds "$seconds" --interval "$interval")
	wait "${other_pids[@]}"
	other_pids=()
	# polls/s p50 p90 p99 max seen expected failures
	printf '| polling every %s s (%s polls/s, %s failed) | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s |\n' \
		"$interval" "$(cut -d' ' -f1 <<<"$line")" "$(cut -d' ' -f8 <<<"$line")" "$connections" "$rate" "$seconds" \
		"$(seconds_of $(($(ticks "$server_pid") - c0)))" \
		"$(seconds_of $(($(tree_ticks "$pg_pid") - p0)))" \
		$(cut -d' ' -f2-7 <<<"$line" | awk '{print $1, $2, $3, $4, $5, $6}') "$(load)"
	echo
	cat "$run_dir/stream-row.md"
}

two() { # two instances on one PostgreSQL behind nginx (TLS): sockets split by nginx
	local https_port=18443 http_port=18480 second_pid a b origin
	origin=https://localhost:$https_port
	rm -rf "$data"
	start_app --server.address=127.0.0.1 --claimstream.allowed-origins="$origin,http://localhost:8080" \
		--claimstream.public-url="$origin"
	a=$port
	b=$((port + 1))
	log "second instance on $b, sharing PostgreSQL $pg_port"
	java -jar "$APP_JAR" --server.port="$b" --server.address=127.0.0.1 \
		--claimstream.allowed-origins="$origin,http://localhost:8080" --claimstream.public-url="$origin" \
		--claimstream.encryption.key-file="$out/encryption.key" \
		--spring.r2dbc.url="r2dbc:postgresql://127.0.0.1:$pg_port/postgres" --spring.r2dbc.username=postgres \
		--spring.r2dbc.password= >"$run_dir/server-b.log" 2>&1 &
	second_pid=$!
	other_pids+=($second_pid)
	wait_ready "$second_pid" "http://127.0.0.1:$b/api/session"
	"$ROOT/infra/nginx/proxy.sh" "$run_dir/nginx" "$http_port" "$https_port" "127.0.0.1:$a" "127.0.0.1:$b" \
		>"$run_dir/nginx.log" 2>&1 &
	other_pids+=($!)
	wait_ready "$second_pid" "$origin/api/session" 2>/dev/null || true
	sleep 1
	sign_up
	heap_before_sockets
	open_sockets "wss://localhost:$https_port/api/stream" --cookie-name __Host-claimstream_session --origin "$origin"
	local on_a on_b cpu_b0
	on_a=$(sockets_on "$a")
	on_b=$(sockets_on "$b")
	cpu_b0=$(ticks "$second_pid")
	window_start
	log "$rate events/s for $seconds s; sockets on A: $on_a, on B: $on_b"
	inject db "$rate" "$seconds" "$run_dir/events.tsv"
	sleep 3
	window_end
	close_sockets
	report two
	echo
	echo "connections by instance (ss, nginx's upstream connections): A $on_a, B $on_b; CPU over the load window: A $(
		awk '$1 == "cpu_ticks" {print $2}' "$run_dir/server.txt") ticks, B $(($(ticks "$second_pid") - cpu_b0)) ticks, nginx $(
		tree_ticks "$(cat "$run_dir/nginx/nginx.pid")") ticks in all (1 tick = 1/$(getconf CLK_TCK) s); load $(load)"
}

audit() { # AUD-06: the review of one client's accesses over a million audit rows
	[ "$keep_data" = yes ] || rm -rf "$data"
	start_app
	log "AUD-06: $rows audit rows, then the review of one client's accesses"
	java -cp "$BENCH_JAR" com.claimstream.bench.AuditBench --base "$base" --jdbc "$jdbc" \
		--rows "$rows" --clients "$clients" --runs "$runs" 2>&1 | tee "$out/audit.txt"
}

case "$scenario" in
latency | connections | bare) standard ;;
*) "$scenario" ;;
esac
echo "load average (1 min): $load_start at start, $(load) at the end; raw results in $out"
