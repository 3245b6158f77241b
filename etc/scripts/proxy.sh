#!/usr/bin/env bash
# Regenerates angular/openapi.json from the running host and the Angular API client from it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${PROXY_PORT:-5197}
bash "$root/etc/scripts/e2e-host.sh" "$port" > /dev/null 2>&1 &
host=$!
trap 'kill "$host" 2>/dev/null; wait "$host" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
# The servers entry would bake this throwaway address into the client; the app uses its own origin.
curl -sf "http://127.0.0.1:$port/openapi/v1.json" | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    const doc = JSON.parse(s); delete doc.servers;
    require("fs").writeFileSync(process.argv[1], JSON.stringify(doc, null, 2) + "\n");
  });' "$root/angular/openapi.json"
cd "$root/angular" && npm run --silent proxy
