#!/usr/bin/env bash
# ICD-10-CM search benchmark (issue 5): imports the whole CMS order file (95,358 lines) with the
# app's own command into a fresh embedded PostgreSQL, starts the app on it, and measures
# GET /api/coding/icd10 with a realistic mix of queries. Prints the import time and one table.
#
#   infra/bench/icd10-search.sh [--file ../shared/data/icd10cm/icd10cm-order-2021.txt.gz]
#                               [--requests 6000] [--clients 1] [--port 18082] [--data /tmp/bench-icd10]
set -euo pipefail

. "$(dirname "$0")/demo-app.sh"
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
[ -f "$file" ] || { log "no order file at $file"; exit 2; }

build_jars

rm -rf "$data"
mkdir -p "$data"
export CLAIMSTREAM_DATA_DIR=$data/pg CLAIMSTREAM_ENCRYPTION_KEY_FILE=$data/encryption.key
log "importing $file"
java -jar "$APP_JAR" import-icd10 "$file" >"$data/import.log" 2>&1
grep '^Imported' "$data/import.log" >&2
start_demo_app "$port" "$data"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -cp "$BENCH_JAR" com.claimstream.bench.Icd10Search --base "http://127.0.0.1:$port" \
	--requests "$requests" --clients "$clients"
