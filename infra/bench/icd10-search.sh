#!/usr/bin/env bash
# ICD-10-CM search benchmark (issue 5): imports the whole CMS order file (95,358 lines) with the
# app's own command into a fresh embedded PostgreSQL, starts the app on it, and measures
# GET /api/coding/icd10 with a realistic mix of queries. Prints the import time and one table.
#
#   infra/bench/icd10-search.sh [--file ../shared/data/icd10cm/icd10cm-order-2021.txt.gz]
#                               [--requests 6000] [--clients 1] [--port 18082] [--data /tmp/bench-icd10]
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
file=$ROOT/../shared/data/icd10cm/icd10cm-order-2021.txt.gz requests=6000 clients=1 port=18082 data=/tmp/bench-icd10
while [ $# -gt 0 ]; do
	case "$1" in
	--file) file=$2 ;;
	--requests) requests=$2 ;;
	--clients) clients=$2 ;;
	--port) port=$2 ;;
	--data) data=$2 ;;
	*) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
	esac
	shift 2
done
log() { echo "[$(date +%T)] $*" >&2; }
[ -f "$file" ] || { log "no order file at $file"; exit 2; }

APP_JAR=$ROOT/backend/target/claimstream.jar
BENCH_JAR=$HERE/target/claimstream-bench.jar
[ -f "$APP_JAR" ] || (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
if [ ! -f "$BENCH_JAR" ] || [ -n "$(find "$HERE/src" "$HERE/pom.xml" -newer "$BENCH_JAR" | head -1)" ]; then
	(cd "$ROOT" && ./mvnw -q -B -ntp -f infra/bench/pom.xml package)
fi

server_pid=
cleanup() {
	[ -z "$server_pid" ] || { kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$data"
mkdir -p "$data"
export CLAIMSTREAM_DATA_DIR=$data/pg CLAIMSTREAM_ENCRYPTION_KEY_FILE=$data/encryption.key
log "importing $file"
java -jar "$APP_JAR" import-icd10 "$file" 2>"$data/import.log" | tee "$data/import.txt"
log "starting the app on $port"
SERVER_PORT=$port java -jar "$APP_JAR" >"$data/server.log" 2>&1 &
server_pid=$!
for ((i = 0; i < 240; i++)); do
	kill -0 "$server_pid" 2>/dev/null || { log "server exited; see $data/server.log"; exit 1; }
	grep -q "Claimstream demo is ready" "$data/server.log" && break
	sleep 0.5
done
grep -q "Claimstream demo is ready" "$data/server.log" || { log "no demo practice after 120 s"; exit 1; }
java -cp "$BENCH_JAR" com.claimstream.bench.Icd10Search --base "http://127.0.0.1:$port" \
	--requests "$requests" --clients "$clients"
