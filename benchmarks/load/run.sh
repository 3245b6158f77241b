#!/usr/bin/env bash
# The load benchmark, one command: bash benchmarks/load/run.sh sqlite|postgresql
# Builds the host in Release, seeds the national data set (benchmarks/NavLederprogram.LoadBench) into a fresh
# database (a throwaway PostgreSQL server for postgresql), signs leaders in through the login page and the code
# flow with PKCE, and measures with wrk the key reads against the bare comparison host (benchmarks/
# NavLederprogram.BareHost, same SQL by hand, same JSON), the cheapest authenticated endpoints against
# /health/live, and a leader's mix with 10 % writes; then the 200-way simultaneous enrolment check and the
# host's memory. Prints one table and writes it to benchmarks/results/<date>-<provider>.md.
# Settings (environment): BENCH_DURATION (s, default 20), BENCH_WARMUP (s, 5), BENCH_CONNECTIONS (64),
# BENCH_THREADS (2), BENCH_LEADERS (leaders signed in and rotated over, default 200 of the 1,000),
# BENCH_PORT (5301) and BENCH_BARE_PORT (5302), BENCH_KEEP=1 keeps the work folder, BENCH_SKIP_BUILD=1 uses the
# Release builds already there.
set -euo pipefail
provider=${1:-sqlite}
case "$provider" in sqlite | postgresql) ;; *) echo "usage: $0 sqlite|postgresql" >&2; exit 2 ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
duration=${BENCH_DURATION:-20}; warmup=${BENCH_WARMUP:-5}; connections=${BENCH_CONNECTIONS:-64}; threads=${BENCH_THREADS:-2}
leaders=${BENCH_LEADERS:-200}; port=${BENCH_PORT:-5301}; bare_port=${BENCH_BARE_PORT:-5302}
work=$(mktemp -d "${TMPDIR:-/tmp}/navleder-load-XXXXXX"); chmod 755 "$work"; mkdir -p "$work/data"
app_pid=""; bare_pid=""; pg_dir=""
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

cleanup() {
  for pid in $app_pid $bare_pid; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_dir" ]; then su postgres -c "$pg_bin/pg_ctl -D $pg_dir -m fast stop" >/dev/null 2>&1 || true; fi
  if [ "${BENCH_KEEP:-}" = "1" ]; then echo "Work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

need=()
command -v wrk >/dev/null || need+=(wrk)
if [ "$provider" = postgresql ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need+=(postgresql); fi
if [ ${#need[@]} -gt 0 ]; then
  echo "==> Installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "==> Building the host and the benchmark programs (Release)"
  for project in src/NavLederprogram.HttpApi.Host benchmarks/NavLederprogram.LoadBench benchmarks/NavLederprogram.BareHost; do
    dotnet build "$project" -c Release -v q -nologo >/dev/null
  done
fi
bench="dotnet benchmarks/NavLederprogram.LoadBench/bin/Release/net10.0/NavLederprogram.LoadBench.dll"

db_args=(); connection="Data Source=$work/data/navlederprogram.db"
if [ "$provider" = postgresql ]; then
  pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  pg_dir="$work/pg"; mkdir -p "$pg_dir"; chown postgres "$pg_dir"
  pg_port=$((20000 + RANDOM % 20000)); pg_password="load-$RANDOM$RANDOM"
  echo "$pg_password" > "$work/pgpass"; chown postgres "$work/pgpass"
  echo "==> Starting a throwaway PostgreSQL server on port $pg_port"
  su postgres -c "$pg_bin/initdb -D $pg_dir -A scram-sha-256 -U postgres --pwfile=$work/pgpass" >/dev/null
  # Both hosts keep a pool of up to 100 connections, besides Quartz's.
  su postgres -c "$pg_bin/pg_ctl -D $pg_dir -l $pg_dir/log -o '-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_dir -c max_connections=300' -w start" >/dev/null
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password;Database=navleder_load"
  db_args=(--Database:Provider=PostgreSql "--ConnectionStrings:Default=$connection")
fi

echo "==> Seeding the national data set ($provider)"
$bench seed "$work" --App:DataFolder="$work/data" --Identity:AppRootUrls:0="http://127.0.0.1:$port" "${db_args[@]}"

echo "==> Starting the host on port $port"
(
  cd src/NavLederprogram.HttpApi.Host
  export ASPNETCORE_ENVIRONMENT=Development App__DataFolder="$work/data" App__AuthRequestsPerMinute=1000000
  export App__PublicUrl="http://127.0.0.1:$port" Identity__AppRootUrls__0="http://127.0.0.1:$port"
  if [ "$provider" = postgresql ]; then export Database__Provider=PostgreSql ConnectionStrings__Default="$connection"; fi
  exec dotnet bin/Release/net10.0/NavLederprogram.HttpApi.Host.dll --urls "http://127.0.0.1:$port"
) > "$work/host.log" 2>&1 &
app_pid=$!
wait_for() { for _ in $(seq 1 300); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "$1 did not answer" >&2; return 1; }
wait_for "http://127.0.0.1:$port/health/live" || { tail -30 "$work/host.log"; exit 1; }
sleep 5
rss_start=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$app_pid/status")

echo "==> Signing in $leaders leaders and the sysadmin"
$bench tokens "$work" "http://127.0.0.1:$port" "$leaders"

echo "==> Starting the bare comparison host on port $bare_port"
dotnet benchmarks/NavLederprogram.BareHost/bin/Release/net10.0/NavLederprogram.BareHost.dll \
  --urls "http://127.0.0.1:$bare_port" --Provider "$provider" --ConnectionString "$connection" > "$work/bare.log" 2>&1 &
bare_pid=$!
wait_for "http://127.0.0.1:$bare_port/health/live" || { tail -30 "$work/bare.log"; exit 1; }

# measure MODE PORT → "req/s p50 p95 p99 non-2xx socket-errors requests", after a warm-up that is not counted.
measure() {
  local mode=$1 url="http://127.0.0.1:$2"
  BENCH_DIR="$work" BENCH_MODE="$mode" wrk -t"$threads" -c"$connections" -d"${warmup}s" -s benchmarks/load/requests.lua "$url" >/dev/null
  BENCH_DIR="$work" BENCH_MODE="$mode" wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s benchmarks/load/requests.lua "$url" \
    | awk '/^BENCH / { $1 = ""; print substr($0, 2) }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "–"), a / b }'; }

declare -A label=(
  [offices]="office list (sysadmin, 50 a page)" [person]="person by id (sysadmin)" [profile]="my competence profile (leader)"
  [programme]="my programme (leader)" [cohorts]="cohort list (leader)" [live]="/health/live (anonymous)"
  [me]="/api/identity/me" [unread]="unread count" [mix]="leader mix, 10 % writes"
)
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 | $7 |"); echo "    ${rows[-1]}"; }

echo "==> Key reads: app against bare (${connections} connections, ${warmup} s warm-up, ${duration} s)"
for mode in offices person profile programme cohorts; do
  read -r rps p50 p95 p99 non2xx errors _ <<< "$(measure "$mode" "$port")"
  read -r bare_rps _ <<< "$(measure "$mode" "$bare_port")"
  row "${label[$mode]}" "$rps" "$p50 / $p95 / $p99" "$((non2xx + errors))" "$bare_rps" "$(ratio "$rps" "$bare_rps")" "≥ 0.6"
done
echo "==> The cheapest authenticated endpoints against /health/live"
read -r live_rps p50 p95 p99 non2xx errors _ <<< "$(measure live "$port")"
row "${label[live]}" "$live_rps" "$p50 / $p95 / $p99" "$((non2xx + errors))" "" "" ""
for mode in me unread; do
  read -r rps p50 p95 p99 non2xx errors _ <<< "$(measure "$mode" "$port")"
  row "${label[$mode]}" "$rps" "$p50 / $p95 / $p99" "$((non2xx + errors))" "" "$(ratio "$rps" "$live_rps") of /health/live" "≥ 0.5"
done
echo "==> The leader mix"
read -r rps p50 p95 p99 non2xx errors total <<< "$(measure mix "$port")"
row "${label[mix]}" "$rps" "$p50 / $p95 / $p99" "$((non2xx + errors)) of $total" "" "" "≥ 2,000 req/s, p95 < 100 ms, no error"

echo "==> 200 simultaneous nominations into 20 seats"
enrolment=$($bench enrolment "$work" "http://127.0.0.1:$port" 2>&1 | tail -1) || true
echo "    $enrolment"
rss_peak=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$app_pid/status")
# What the non-2xx answers were, leaving out 499 (wrk closing its connections at the end of a run).
failures=$(grep -oE 'HTTP [A-Z]+ [^ ]+ responded [45][0-9]{2}' "$work/host.log" | grep -v ' 499$' \
  | sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/{id}/g' | sort | uniq -c | sort -rn | head -10 || true)

mkdir -p benchmarks/results
out="benchmarks/results/$(date -u +%F)-$provider.md"
{
  echo "# Load benchmark, $provider, $(date -u '+%F %H:%M') UTC"
  echo
  echo "Commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes in src/)'); $(nproc) cores, load average $load_before at the start and" \
    "$(cut -d' ' -f1-3 /proc/loadavg) at the end (server, database and load generator on the same cores; other work on the machine makes figures vary)."
  echo "wrk: $threads threads, $connections connections, $duration s after a $warmup s warm-up; requests rotate over $leaders signed-in leaders."
  echo "Data: 20,000 people, 450 offices, 1,000 leaders with their own accounts in 20 running cohorts."
  echo
  echo "| endpoint | app req/s | p50 / p95 / p99 ms | non-2xx + errors | bare req/s | app / bare | target |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Host memory: ${rss_start} MB after start (target ≤ 250 MB), ${rss_peak} MB peak over the whole run (target ≤ 400 MB)."
  echo
  echo "Simultaneous enrolment: $enrolment."
  echo
  echo "Non-2xx answers in the host's log:"
  if [ -n "$failures" ]; then echo "$failures" | sed -E 's/^ *([0-9]+) HTTP (.*) responded (.*)/- \2: \3 × \1/'; else echo "- none"; fi
} > "$out"
echo
cat "$out"
echo
echo "Written to $out"
