#!/usr/bin/env bash
# The embedded default, as a user runs it: `npm start` with no DATABASE_URL starts a real
# PostgreSQL in DATA_DIR; /health must be green; data must survive the process being killed.
# Needs only Node: queries go through the pg driver, HTTP through fetch (no psql, no curl).
set -euo pipefail
cd "$(dirname "$0")/.."
export DATA_DIR="${DATA_DIR:-$(mktemp -d /tmp/congvan-smoke-XXXXXX)}"
chmod 755 "$DATA_DIR"
export PORT="${PORT:-3999}" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT:-54399}"
unset DATABASE_URL
db="postgres://congvan:congvan-embedded@127.0.0.1:${EMBEDDED_PG_PORT}/congvan"
log="$DATA_DIR/app.log"
pid=""

# One SQL statement (parameters after it) against the embedded server; prints the rows like psql -tA.
sql() {
  node --input-type=module -e '
    import pg from "pg";
    const [url, text, ...params] = process.argv.slice(1);
    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query({ text, values: params, rowMode: "array" });
    await client.end();
    for (const row of rows) console.log(row.join("|"));
  ' "$db" "$@"
}

# The body of GET url, or a failure (like curl -fsS).
get() {
  node -e '
    fetch(process.argv[1]).then(async (res) => {
      const body = await res.text();
      if (!res.ok) { console.error(`HTTP ${res.status}: ${body}`); process.exit(22); }
      process.stdout.write(body);
    }, (error) => { console.error(error.message); process.exit(7); });
  ' "$1"
}

cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

start() {
  node dist/apps/api/src/main.js >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    if get "http://127.0.0.1:${PORT}/health" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "congvan did not become healthy; log:"; tail -50 "$log"; exit 1
}

node scripts/build-if-stale.mjs
start
health=$(get "http://127.0.0.1:${PORT}/health")
echo "health: $health"
[ "$health" = '{"status":"ok","database":{"status":"up"},"queue":{"status":"up"}}' ]
units=$(sql 'SELECT count(*) FROM unit')
echo "sample units loaded: $units"
[ "$units" -gt 0 ]
sql 'INSERT INTO unit (code, name, kind) VALUES ($1, $2, $3)' smoke.marker 'Đơn vị kiểm tra' other

kill -9 "$pid"; wait "$pid" 2>/dev/null || true
start
[ "$(sql 'SELECT name FROM unit WHERE code = $1' smoke.marker)" = 'Đơn vị kiểm tra' ]
[ "$(sql 'SELECT count(*) FROM unit')" -eq $((units + 1)) ]
echo "restart after kill -9: data kept, /health green"
kill -TERM "$pid"; wait "$pid" || true; pid=""
echo "smoke-embedded: 1 passed, 0 failed"
