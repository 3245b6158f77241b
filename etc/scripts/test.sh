#!/usr/bin/env bash
# Runs every test: .NET suites (SQLite, then the HTTP suite again and the multi-node suite on a throwaway PostgreSQL server),
# the Angular unit tests and the end-to-end tests in real Chromium, all sending e-mail to a real SMTP
# sink (maildev from the Angular dev dependencies). Installs what it needs itself.
# Ends with one line "N passed, N failed" summed over all suites; exits non-zero on any failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d "${TMPDIR:-/tmp}/navleder-tests-XXXXXX")
chmod 755 "$work"
passed=0; failed=0
pg_dir=""

maildev_pid=""

cleanup() {
  if [ -n "$maildev_pid" ]; then kill "$maildev_pid" 2>/dev/null; wait "$maildev_pid" 2>/dev/null; fi
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then su postgres -c "$pg_bin/pg_ctl -D $pg_dir -m fast stop" >/dev/null 2>&1; fi
  rm -rf "$work"
}
trap cleanup EXIT

count() { # name passed failed
  echo "    $1: $2 passed, $3 failed"
  passed=$((passed + $2)); failed=$((failed + $3))
}

fail_setup() { echo "SETUP FAILED: $1"; count "$1" 0 1; }

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> Installing ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

# The Angular packages first: they also bring the SMTP sink (maildev) the .NET and end-to-end tests send mail to.
npm_ok=""
if [ -f angular/package.json ]; then
  echo "==> Angular: install (npm ci: exactly the tested lockfile)"
  # npm ci refuses a lockfile that disagrees with package.json; that refusal fails the run.
  if (cd angular && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    npm_ok=1
    if git diff --quiet -- angular/package-lock.json; then count "npm lockfile" 1 0
    else echo "package-lock.json moved on install"; count "npm lockfile" 0 1; fi
  else
    fail_setup "npm ci (package.json and package-lock.json disagree?)"
  fi
fi

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

if [ -n "$npm_ok" ] && [ -f angular/node_modules/maildev/package.json ]; then
  smtp_port=$(free_port); smtp_web=$(free_port)
  echo "==> Starting the SMTP sink (maildev: SMTP $smtp_port, REST API $smtp_web)"
  angular/node_modules/.bin/node angular/node_modules/maildev/dist/bin/maildev.js \
    --smtp "$smtp_port" --ip 127.0.0.1 --web "$smtp_web" --web-ip 127.0.0.1 --silent > "$work/maildev.log" 2>&1 &
  maildev_pid=$!
  for _ in $(seq 1 50); do
    curl -fsS "http://127.0.0.1:$smtp_web/api/email" >/dev/null 2>&1 && break
    sleep 0.2
  done
  if curl -fsS "http://127.0.0.1:$smtp_web/api/email" >/dev/null 2>&1; then
    # Every later suite sends its mail there: the HTTP tests, and the host the end-to-end tests start.
    export NAVLEDER_TEST_SMTP_PORT=$smtp_port NAVLEDER_TEST_SMTP_WEB=$smtp_web
  else
    cat "$work/maildev.log"; fail_setup "smtp sink"
  fi
fi

echo "==> Building the solution"
dotnet tool restore >/dev/null
if ! dotnet build NavLederprogram.sln -nologo -v q; then fail_setup "dotnet build"; echo "$passed passed, $failed failed"; exit 1; fi

echo "==> C# formatting (.editorconfig)"
# Whitespace, and the style rules .editorconfig sets to warning; the severity is given so that the check never depends
# on the tool's default. Fix with: dotnet format NavLederprogram.sln --severity warn
if dotnet format NavLederprogram.sln --verify-no-changes --no-restore --severity warn > "$work/format.log" 2>&1; then
  count "dotnet format" 1 0
else
  grep -E ': (error|warning) ' "$work/format.log" | sed 's/ \[.*//' | head -40; count "dotnet format" 0 1
fi

run_dotnet_suite() { # label project [env...]
  local label=$1 project=$2; shift 2
  local log="$work/$label.log"
  env "$@" dotnet test "$project" --no-build > "$log" 2>&1
  local code=$?
  local total f s
  total=$(grep -E '^\s+total:' "$log" | tail -1 | awk '{print $2}')
  f=$(grep -E '^\s+failed:' "$log" | tail -1 | awk '{print $2}')
  s=$(grep -E '^\s+succeeded:' "$log" | tail -1 | awk '{print $2}')
  if [ -z "$total" ]; then tail -40 "$log"; count "$label" 0 1; return; fi
  if [ "$code" -ne 0 ] || [ "${f:-0}" -ne 0 ]; then grep -vE '^\s+at ' "$log" | grep -E -A12 '^failed ' | head -80; fi
  if [ "$code" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then f=1; fi
  count "$label" "${s:-0}" "${f:-0}"
}

echo "==> .NET tests (SQLite)"
run_dotnet_suite domain test/NavLederprogram.Domain.Tests
run_dotnet_suite application test/NavLederprogram.Application.Tests
run_dotnet_suite efcore test/NavLederprogram.EntityFrameworkCore.Tests
run_dotnet_suite architecture test/NavLederprogram.ArchitectureTests
run_dotnet_suite http-sqlite test/NavLederprogram.HttpApi.Host.Tests

echo "==> Starting a throwaway PostgreSQL server"
pg_dir="$work/pg"; mkdir -p "$pg_dir"; chown postgres "$pg_dir"
pg_port=$((20000 + RANDOM % 20000))
pg_password="test-$RANDOM$RANDOM"
echo "$pg_password" > "$work/pgpass"; chown postgres "$work/pgpass"
# Several test hosts run at once, each with its own connection pool (up to 100 by default), and one test sends 200
# requests at once: the server must take them all, as a production server is sized for its nodes' pools.
if su postgres -c "$pg_bin/initdb -D $pg_dir -A scram-sha-256 -U postgres --pwfile=$work/pgpass" >/dev/null \
   && su postgres -c "$pg_bin/pg_ctl -D $pg_dir -l $pg_dir/log -o '-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_dir -c fsync=off -c max_connections=500' -w start" >/dev/null; then
  echo "==> .NET HTTP tests (PostgreSQL on port $pg_port)"
  run_dotnet_suite http-postgresql test/NavLederprogram.HttpApi.Host.Tests \
    NAVLEDER_TEST_PROVIDER=PostgreSql "NAVLEDER_TEST_PG=Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
  echo "==> .NET multi-node tests (two host processes on PostgreSQL on port $pg_port)"
  run_dotnet_suite multi-node test/NavLederprogram.MultiNode.Tests \
    "NAVLEDER_TEST_PG=Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
else
  fail_setup "postgresql"
fi

if [ -f angular/package.json ]; then
  if [ -n "$npm_ok" ]; then
    echo "==> Angular: API client is up to date"
    if E2E_SKIP_BUILD=1 bash etc/scripts/proxy.sh >/dev/null 2>&1 && git diff --quiet -- angular/openapi.json angular/src/app/proxy && [ -z "$(git status --porcelain -- angular/openapi.json angular/src/app/proxy)" ]; then
      count "api client" 1 0
    else
      git --no-pager diff --stat -- angular/openapi.json angular/src/app/proxy | tail -5; count "api client (stale: run etc/scripts/proxy.sh)" 0 1
    fi

    echo "==> Angular: lint and formatting"
    # One check each: ESLint (recommended rules and import boundaries) and Prettier over the hand-written code.
    for check in lint format:check; do
      if (cd angular && npm run --silent "$check" > "$work/$check.log" 2>&1); then count "$check" 1 0
      else tail -60 "$work/$check.log"; count "$check" 0 1; fi
    done
    # The rules themselves, shown to report deliberate violations (node's test runner).
    (cd angular && npm run --silent lint:rules > "$work/lint-rules.log" 2>&1)
    code=$?
    lp=$(grep -E '^ℹ pass [0-9]+$' "$work/lint-rules.log" | tail -1 | awk '{print $3}')
    lf=$(grep -E '^ℹ fail [0-9]+$' "$work/lint-rules.log" | tail -1 | awk '{print $3}')
    if [ -z "$lp" ]; then tail -40 "$work/lint-rules.log"; count "lint and format rules" 0 1
    else
      if [ "$code" -ne 0 ] && [ "${lf:-0}" -eq 0 ]; then lf=1; fi
      [ "$lf" -ne 0 ] && grep -vE '^\s+at ' "$work/lint-rules.log" | tail -60
      count "lint and format rules" "$lp" "$lf"
    fi

    echo "==> Angular: unit tests"
    (cd angular && CI=true npm test > "$work/unit.log" 2>&1)
    unit=angular/test-results/unit.json
    if [ -f "$unit" ]; then
      read -r up uf < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))' "$root/$unit")
      [ "$uf" -ne 0 ] && tail -60 "$work/unit.log"
      count "angular unit" "$up" "$uf"
    else tail -40 "$work/unit.log"; count "angular unit" 0 1; fi

    echo "==> Angular: end-to-end in Chromium"
    (cd angular && CI=true npm run e2e > "$work/e2e.log" 2>&1)
    e2e=angular/test-results/e2e.json
    if [ -f "$e2e" ]; then
      read -r ep ef < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected + s.flaky, s.unexpected)' "$root/$e2e")
      [ "$ef" -ne 0 ] && grep -vE '^\s+at ' "$work/e2e.log" | tail -80
      count "end-to-end" "$ep" "$ef"
    else tail -60 "$work/e2e.log"; count "end-to-end" 0 1; fi
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
