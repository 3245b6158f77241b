#!/usr/bin/env bash
# Starts the test OpenID Connect provider (test/NavLederprogram.ExternalProvider) at 127.0.0.1:PORT, serving the host under
# test at 127.0.0.1:HOST_PORT: "Logg inn med Test-ID" on the host's login page signs in through it.
set -euo pipefail
port=${1:?usage: e2e-external-provider.sh PORT HOST_PORT}
host_port=${2:?usage: e2e-external-provider.sh PORT HOST_PORT}
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/test/NavLederprogram.ExternalProvider"
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  dotnet build "$project" -v q -nologo >&2
fi
exec dotnet "$project/bin/Debug/net10.0/NavLederprogram.ExternalProvider.dll" --urls "http://127.0.0.1:$port" \
  --Provider:RedirectUris:0="http://127.0.0.1:$host_port/signin-external" \
  --Provider:RedirectUris:1="http://localhost:$host_port/signin-external"
