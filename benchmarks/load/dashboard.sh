#!/usr/bin/env bash
# The programme dashboard at national scale: bash benchmarks/load/dashboard.sh sqlite|postgresql
# Seeds the load benchmark's national data set (20,000 people; 1,000 leaders in 20 cohorts of 50 with the first module
# worked through, their course enrolments, 45 supervision groups) into a fresh database, starts the host in Release and
# times GET /api/reports/programme for the system admin (the whole country, every section) one request at a time.
# Prints the median and 95th percentile in milliseconds of BENCH_REQUESTS requests (default 100) after 10 not counted.
# Settings (environment): BENCH_REQUESTS, BENCH_PORT (5311), BENCH_PG_PORT (random), BENCH_SKIP_BUILD=1, BENCH_KEEP=1.
set -euo pipefail
provider=${1:-sqlite}
case "$provider" in sqlite | postgresql) ;; *) echo "usage: $0 sqlite|postgresql" >&2; exit 2 ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
requests=${BENCH_REQUESTS:-100}; port=${BENCH_PORT:-5311}
work=$(mktemp -d "${TMPDIR:-/tmp}/navleder-dashboard-XXXXXX"); chmod 755 "$work"; mkdir -p "$work/data"
app_pid=""; pg_dir=""

cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$pg_dir" ]; then su postgres -c "$pg_bin/pg_ctl -D $pg_dir -m fast stop" >/dev/null 2>&1 || true; fi
  if [ "${BENCH_KEEP:-}" = "1" ]; then echo "Work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "==> Building the host and the seed program (Release)"
  for project in src/NavLederprogram.HttpApi.Host benchmarks/NavLederprogram.LoadBench; do
    dotnet build "$project" -c Release -v q -nologo >/dev/null
  done
fi
bench="dotnet benchmarks/NavLederprogram.LoadBench/bin/Release/net10.0/NavLederprogram.LoadBench.dll"

db_args=(); connection="Data Source=$work/data/navlederprogram.db"
if [ "$provider" = postgresql ]; then
  pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  pg_dir="$work/pg"; mkdir -p "$pg_dir"; chown postgres "$pg_dir"
  pg_port=${BENCH_PG_PORT:-$((20000 + RANDOM % 20000))}; pg_password="dash-$RANDOM$RANDOM"
  echo "$pg_password" > "$work/pgpass"; chown postgres "$work/pgpass"
  echo "==> Starting a throwaway PostgreSQL server on port $pg_port"
  su postgres -c "$pg_bin/initdb -D $pg_dir -A scram-sha-256 -U postgres --pwfile=$work/pgpass" >/dev/null
  su postgres -c "$pg_bin/pg_ctl -D $pg_dir -l $pg_dir/log -o '-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_dir' -w start" >/dev/null
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password;Database=navleder_dashboard"
  db_args=(--Database:Provider=PostgreSql "--ConnectionStrings:Default=$connection")
fi

echo "==> Seeding the national data set ($provider)"
$bench seed "$work" --App:DataFolder="$work/data" --Identity:AppRootUrls:0="http://127.0.0.1:$port" "${db_args[@]}"

echo "==> Starting the host on port $port"
(
  cd src/NavLederprogram.HttpApi.Host
  export ASPNETCORE_ENVIRONMENT=Development App__DataFolder="$work/data" App__AuthRequestsPerMinute=1000000
  export App__PublicUrl="http://127.0.0.1:$port" Identity__AppRootUrls__0="http://127.0.0.1:$port"
  export Serilog__MinimumLevel__Default=Warning
  if [ "$provider" = postgresql ]; then export Database__Provider=PostgreSql ConnectionStrings__Default="$connection"; fi
  exec dotnet bin/Release/net10.0/NavLederprogram.HttpApi.Host.dll --urls "http://127.0.0.1:$port"
) > "$work/host.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -fsS "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break; sleep 0.2; done

echo "==> Signing in the system admin"
$bench tokens "$work" "http://127.0.0.1:$port" 1
token=$(head -1 "$work/sysadmin.token")

url="http://127.0.0.1:$port/api/reports/programme"
enrolled=$(curl -fsS -H "Authorization: Bearer $token" "$url" | grep -o '"total":{"enrolled":[0-9]*' | grep -o '[0-9]*$')
echo "==> $enrolled enrolled in the whole country; timing $requests requests one at a time"
for _ in $(seq 1 10); do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$url"; done
for _ in $(seq 1 "$requests"); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
  printf "programme dashboard (%s): median %.0f ms, p95 %.0f ms, n = %d (target < 300 ms)\n", "'"$provider"'", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], NR }'
