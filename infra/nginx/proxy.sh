#!/usr/bin/env bash
# Starts nginx in the foreground in front of Claimstream instances, all on loopback.
#   infra/nginx/proxy.sh <prefix-dir> <http-port> <https-port> <upstream host:port>...
# Everything nginx writes (config, self-signed certificate, pid, logs, temp files) stays in
# <prefix-dir>; no system configuration is read or touched. Stop it with SIGTERM or Ctrl-C.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -lt 4 ]; then
  echo "usage: $0 <prefix-dir> <http-port> <https-port> <upstream host:port>..." >&2
  exit 2
fi
prefix="$(mkdir -p "$1" && cd "$1" && pwd)"
http_port="$2"
https_port="$3"
shift 3
nginx="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

mkdir -p "$prefix/tls" "$prefix/tmp"
if [ ! -s "$prefix/tls/localhost.crt" ]; then
  # self-signed, local use only: browsers and tests trust this one file explicitly
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$prefix/tls/localhost.key" -out "$prefix/tls/localhost.crt" 2>/dev/null
fi

upstreams=""
for upstream in "$@"; do
  upstreams+="        server ${upstream} max_fails=1 fail_timeout=5s;"$'\n'
done
export PREFIX="$prefix" HTTP_PORT="$http_port" HTTPS_PORT="$https_port" UPSTREAM_SERVERS="$upstreams"
# only our variables: nginx's own $host, $http_upgrade, ... stay as they are
envsubst '${PREFIX} ${HTTP_PORT} ${HTTPS_PORT} ${UPSTREAM_SERVERS}' \
  <"$here/nginx.conf.template" >"$prefix/nginx.conf"

user_line=""
if [ "$(id -u)" = 0 ]; then
  # as root nginx would switch its workers to "nobody", who cannot use this prefix
  user_line="user root;"
fi
exec "$nginx" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" -g "daemon off; $user_line"
