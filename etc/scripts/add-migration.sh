#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migration set, all from the one model.
set -euo pipefail
name=${1:?usage: add-migration.sh Name}
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project=src/NavLederprogram.EntityFrameworkCore.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
