#!/usr/bin/env bash
# Serves dist/ on a free port of 127.0.0.1, runs the given command with BASE_URL pointing at it,
# then stops the server. A server left running elsewhere can never answer for this build.
set -uo pipefail
cd "$(dirname "$0")/.."
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
ready=no
for _ in $(seq 100); do
  kill -0 "$server" 2>/dev/null || break
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null; then
    ready=yes; break
  fi
  sleep 0.1
done
[ "$ready" = yes ] || { cat "$log"; echo "with-server: the server did not answer on port $port" >&2; exit 1; }
BASE_URL="http://127.0.0.1:$port/" "$@"
