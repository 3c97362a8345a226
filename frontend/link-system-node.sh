#!/usr/bin/env bash
# frontend-maven-plugin downloads Node from nodejs.org unless Node of the pinned version is already in
# ./node. Where the machine's own Node is that version, link it there instead, so the build also works
# on machines that cannot reach nodejs.org. Anywhere else this does nothing and the plugin downloads.
set -euo pipefail
cd "$(dirname "$0")"
pinned=$(tr -d '[:space:]' < .nvmrc)
system_node=$(command -v node || true)
[ -n "$system_node" ] || exit 0
[ "$("$system_node" -v)" = "$pinned" ] || { echo "system node $("$system_node" -v) is not $pinned; the plugin will download $pinned"; exit 0; }
[ -x node/node ] && [ "$(node/node -v)" = "$pinned" ] && [ -e node/node_modules/npm ] && exit 0
system_npm=$(dirname "$(readlink -f "$system_node")")/../lib/node_modules/npm
[ -d "$system_npm" ] || system_npm=/usr/lib/node_modules/npm
mkdir -p node/node_modules
ln -sfn "$(readlink -f "$system_node")" node/node
ln -sfn "$(readlink -f "$system_npm")" node/node_modules/npm
echo "linked system node $pinned into frontend/node"
