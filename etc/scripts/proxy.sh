#!/usr/bin/env bash
# Regenerates angular/openapi.json from the host and the Angular API client from it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dotnet build "$root/src/NavLederprogram.HttpApi.Host" -nologo -v q -p:OpenApiGenerateDocumentsOnBuild=true
cd "$root/angular" && npm run proxy
