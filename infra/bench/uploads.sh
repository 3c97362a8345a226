#!/usr/bin/env bash
# Upload memory benchmark (RELIABILITY UPL-01): starts the app (demo profile, its own clamd scanning every
# upload, as the README's command runs it) with a GC log on loopback, then streams card images at it from
# --concurrency threads: 10 MB cards, 50 MB streams without and with a Content-Length, and one 50 MB
# stream alone. Prints the server's heap and RSS growth per phase against the idle server.
#
#   infra/bench/uploads.sh [--concurrency 8] [--rounds 3] [--heap 1g] [--port 18083] [--data /tmp/bench-uploads]
set -euo pipefail

. "$(dirname "$0")/demo-app.sh"
concurrency=8 rounds=3 heap=1g port=18083 data=/tmp/bench-uploads
while [ $# -gt 0 ]; do
	case "$1" in
	--concurrency) concurrency=$2 ;;
	--rounds) rounds=$2 ;;
	--heap) heap=$2 ;;
	--port) port=$2 ;;
	--data) data=$2 ;;
	*) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
	esac
	shift 2
done
build_jars

rm -rf "$data"
mkdir -p "$data"
export CLAIMSTREAM_DATA_DIR=$data/pg CLAIMSTREAM_ENCRYPTION_KEY_FILE=$data/encryption.key
export CLAIMSTREAM_UPLOADS_DIR=$data/uploads
SERVER_ADDRESS=127.0.0.1 start_demo_app "$port" "$data" -Xms"$heap" -Xmx"$heap" \
	-Xlog:gc:file="$data/gc.log":timemillis
grep -q "Started clamd for upload scanning" "$data/server.log" || log "no clamd of its own: uploads are refused (503)"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -cp "$BENCH_JAR" com.claimstream.bench.UploadMemory --base "http://127.0.0.1:$port" --pid "$server_pid" \
	--gc-log "$data/gc.log" --concurrency "$concurrency" --rounds "$rounds"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
