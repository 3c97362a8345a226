#!/usr/bin/env bash
# Two Claimstream instances on one PostgreSQL behind nginx (TLS), all on loopback:
#   ./mvnw -q -DskipTests package && infra/nginx/run.sh
# then open https://localhost:8443 (self-signed certificate: accept it once). Ctrl-C stops all.
# Ports: HTTPS_PORT (8443), HTTP_PORT (8480, redirects), APP_PORTS ("8081 8082").
# Database: DATABASE_URL when set, otherwise the first instance's embedded PostgreSQL.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${JAR:-$root/backend/target/claimstream.jar}"
work="${WORK_DIR:-$(mktemp -d -t claimstream-nginx-XXXXXX)}"
https_port="${HTTPS_PORT:-8443}"
http_port="${HTTP_PORT:-8480}"
read -r -a app_ports <<<"${APP_PORTS:-8081 8082}"
origin="https://localhost:$https_port"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait' EXIT INT TERM

start_instance() { # <port> <extra args...>
  local port="$1"
  shift
  java -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    --claimstream.allowed-origins="$origin" --claimstream.public-url="$origin" \
    --claimstream.encryption.key-file="$work/encryption.key" "$@" >"$work/app-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; then
      echo "instance on 127.0.0.1:$port is ready (log: $work/app-$port.log)"
      return
    fi
    sleep 1
  done
  echo "instance on port $port did not start; see $work/app-$port.log" >&2
  exit 1
}

if [ -n "${DATABASE_URL:-}" ]; then
  shared=()
  start_instance "${app_ports[0]}"
else
  start_instance "${app_ports[0]}" --claimstream.database.data-dir="$work/postgres"
  # the embedded server's port is line 4 of its postmaster.pid
  db_port="$(sed -n 4p "$work/postgres/postmaster.pid")"
  shared=("--spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:$db_port/postgres"
    --spring.r2dbc.username=postgres --spring.r2dbc.password=)
fi
upstreams=("127.0.0.1:${app_ports[0]}")
for port in "${app_ports[@]:1}"; do
  start_instance "$port" "${shared[@]}"
  upstreams+=("127.0.0.1:$port")
done

echo "nginx on $origin (http://localhost:$http_port redirects), files in $work"
"$root/infra/nginx/proxy.sh" "$work/nginx" "$http_port" "$https_port" "${upstreams[@]}" &
pids+=($!)
wait
