#!/usr/bin/env bash
# Restores, builds and runs every test of the solution.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet restore PulmoPet.slnx --nologo
dotnet build PulmoPet.slnx -c Release --no-restore --nologo
dotnet test PulmoPet.slnx -c Release --no-build --nologo "$@"
