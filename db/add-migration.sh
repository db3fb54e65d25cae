#!/usr/bin/env bash
# Adds a migration with the same name to all three provider projects, then refreshes the DBA scripts.
# Usage: db/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: db/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  dotnet restore "db/ExpertNetwork.Migrations.$provider" -v q >/dev/null
  dotnet ef migrations add "$name" --project "db/ExpertNetwork.Migrations.$provider" \
    --startup-project "db/ExpertNetwork.Migrations.$provider" --output-dir Migrations
done
EXPERTNETWORK_UPDATE_SCRIPTS=1 dotnet test tests/ExpertNetwork.IntegrationTests \
  --filter "FullyQualifiedName~DbaScriptTests" -v q -nologo
