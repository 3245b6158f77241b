#!/usr/bin/env bash
# Runs NavLederprogram on the embedded default: a SQLite file in src/NavLederprogram.HttpApi.Host/App_Data.
# Restores, builds the Angular app, builds the host; the host migrates and seeds demo data on first start.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${PORT:-5080}
cd "$root"

echo "==> Building the Angular app"
(cd angular && npm ci --no-audit --no-fund --loglevel=error && npm run build -- --progress=false)

echo "==> Building the host"
dotnet build src/NavLederprogram.HttpApi.Host -nologo -v q

cat <<INFO

  NavLederprogram: http://localhost:$port/
  API reference:   http://localhost:$port/scalar

  Demo log-ins (password for all: Demo123!)
    sysadmin            system administrator
    ksadmin             KS administrator
    diradmin            directorate administrator
    regionkoordinator   regional coordinator, Trøndelag
    kommunekoordinator  municipal coordinator, Stjørdal
    fasilitator         facilitator
    kollegaveileder     peer supervisor
    leder               leader (NAV Værnes)
    kursredaktor        course editor (e-learning)

  HR integration client: NavLederprogram_HrIntegration / hr-demo-secret (client credentials)
  Stop with Ctrl+C.
INFO

cd src/NavLederprogram.HttpApi.Host
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Identity__AppRootUrls__0="http://localhost:$port"
export Identity__AppRootUrls__1="http://127.0.0.1:$port"
exec dotnet bin/Debug/net10.0/NavLederprogram.HttpApi.Host.dll --urls "http://localhost:$port"
