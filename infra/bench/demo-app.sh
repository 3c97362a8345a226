# Sourced by the benchmark scripts that run the demo app: builds what is missing, starts the app in the
# background with its own data directory, waits for the demo practice, and stops it on exit.
#
#   start_demo_app PORT DATA_DIR [JAVA_OPTION...]   sets server_pid; logs in DATA_DIR/server.log

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP_JAR=$ROOT/backend/target/claimstream.jar
BENCH_JAR=$HERE/target/claimstream-bench.jar

log() { echo "[$(date +%T)] $*" >&2; }

build_jars() {
	[ -f "$APP_JAR" ] || (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
	if [ ! -f "$BENCH_JAR" ] || [ -n "$(find "$HERE/src" "$HERE/pom.xml" -newer "$BENCH_JAR" | head -1)" ]; then
		(cd "$ROOT" && ./mvnw -q -B -ntp -f infra/bench/pom.xml package)
	fi
}

server_pid=
stop_demo_app() {
	[ -z "$server_pid" ] || { kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
}
trap stop_demo_app EXIT
trap 'exit 130' INT TERM

start_demo_app() {
	local port=$1 data=$2
	shift 2
	log "starting the app on 127.0.0.1:$port"
	SERVER_PORT=$port java "$@" -jar "$APP_JAR" >"$data/server.log" 2>&1 &
	server_pid=$!
	for ((i = 0; i < 240; i++)); do
		kill -0 "$server_pid" 2>/dev/null || { log "server exited; see $data/server.log"; exit 1; }
		grep -q "Claimstream demo is ready" "$data/server.log" && break
		sleep 0.5
	done
	grep -q "Claimstream demo is ready" "$data/server.log" || { log "no demo practice after 120 s"; exit 1; }
}
