#!/usr/bin/env bash
# The embedded default, as a user runs it: `npm start` with no DATABASE_URL starts a real
# PostgreSQL in DATA_DIR; /health must be green; data must survive the process being killed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATA_DIR="${DATA_DIR:-$(mktemp -d /tmp/congvan-smoke-XXXXXX)}"
chmod 755 "$DATA_DIR"
export PORT="${PORT:-3999}" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT:-54399}"
unset DATABASE_URL
db="postgres://congvan:congvan-embedded@127.0.0.1:${EMBEDDED_PG_PORT}/congvan"
log="$DATA_DIR/app.log"
pid=""

cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

start() {
  node dist/apps/api/src/main.js >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:${PORT}/health" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "congvan did not become healthy; log:"; tail -50 "$log"; exit 1
}

npm run build >/dev/null
start
health=$(curl -fsS "http://127.0.0.1:${PORT}/health")
echo "health: $health"
[ "$health" = '{"status":"ok","database":{"status":"up"},"queue":{"status":"up"}}' ]
units=$(psql "$db" -tAc 'SELECT count(*) FROM unit')
echo "sample units loaded: $units"
[ "$units" -gt 0 ]
psql "$db" -qc "INSERT INTO unit (code, name, kind) VALUES ('smoke.marker', 'Đơn vị kiểm tra', 'other')"

kill -9 "$pid"; wait "$pid" 2>/dev/null || true
start
[ "$(psql "$db" -tAc "SELECT name FROM unit WHERE code = 'smoke.marker'")" = 'Đơn vị kiểm tra' ]
[ "$(psql "$db" -tAc 'SELECT count(*) FROM unit')" -eq $((units + 1)) ]
echo "restart after kill -9: data kept, /health green"
kill -TERM "$pid"; wait "$pid" || true; pid=""
echo "smoke-embedded: 1 passed, 0 failed"
