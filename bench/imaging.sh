#!/usr/bin/env bash
# Builds the imaging benchmarks in Release and prints a Markdown table of timings.
# Usage: bench/imaging.sh [--runs N] [gaussian|resample|morphology|components|fill-holes|statistics ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/bench/PulmoPet.Bench/PulmoPet.Bench.csproj"
dotnet build "$project" -c Release --nologo -v quiet
dotnet run --project "$project" -c Release --no-build -- "$@"
