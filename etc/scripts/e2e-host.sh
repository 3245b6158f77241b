#!/usr/bin/env bash
# Starts the real host on a fresh embedded SQLite database at 127.0.0.1:PORT, for end-to-end tests.
# It serves the API, the login pages and the Angular production build (angular/dist) if it has been built.
set -euo pipefail
port=${1:?usage: e2e-host.sh PORT}
root=$(cd "$(dirname "$0")/../.." && pwd)
data=$(mktemp -d "${TMPDIR:-/tmp}/navleder-e2e-XXXXXX")
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  dotnet build "$root/src/NavLederprogram.HttpApi.Host" -v q -nologo >&2
fi
cd "$root/src/NavLederprogram.HttpApi.Host"
export ASPNETCORE_ENVIRONMENT=Development
export App__DataFolder="$data"
export App__AuthRequestsPerMinute=100000
export Identity__AppRootUrls__0="http://127.0.0.1:$port"
export Identity__AppRootUrls__1="http://localhost:$port"
export App__PublicUrl="http://127.0.0.1:$port"
# Sign-in through the test OpenID Connect provider that the end-to-end run starts (etc/scripts/e2e-external-provider.sh).
provider_port=${E2E_PROVIDER_PORT:-$((port + 10))}
export Authentication__External__Providers__0__Name=testid
export Authentication__External__Providers__0__DisplayName=Test-ID
export Authentication__External__Providers__0__Issuer="http://127.0.0.1:$provider_port/"
export Authentication__External__Providers__0__ClientId=navlederprogram
export Authentication__External__Providers__0__ClientSecret=external-provider-secret
export Authentication__External__Providers__0__MatchClaim=email
export Authentication__External__Providers__0__CreateUsers=true
# The SMTP sink of the test command, when it runs: e-mail goes there, where a test can read it back.
if [ -n "${NAVLEDER_TEST_SMTP_PORT:-}" ]; then
  export Notifications__Smtp__Host=127.0.0.1
  export Notifications__Smtp__Port="$NAVLEDER_TEST_SMTP_PORT"
fi
# E2E_HOST_BIN runs a copy of the build, so that rebuilding the source meanwhile does not disturb it.
dotnet "${E2E_HOST_BIN:-bin/Debug/net10.0}/NavLederprogram.HttpApi.Host.dll" --urls "http://127.0.0.1:$port" &
host=$!
# Whoever stops this script (Ctrl+C, the test runner's SIGTERM) stops the host and removes its database.
trap 'kill "$host" 2>/dev/null; wait "$host" 2>/dev/null; rm -rf "$data"' EXIT INT TERM
wait "$host"
