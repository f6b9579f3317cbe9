#!/usr/bin/env bash
# Radiomics benchmark: builds bench/PulmoPet.Bench.Radiomics in Release and times all original-image
# features of a synthetic ~100 000-voxel ROI (IBSI families one by one, then whole extractions on 1 thread
# and on all cores). Arguments are passed on: [sphere radius in voxels, default 29] [repetitions, default 3]
# [families: only the per-family table].
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/PulmoPet.Bench.Radiomics/PulmoPet.Bench.Radiomics.csproj"
dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet "$here/PulmoPet.Bench.Radiomics/bin/Release/net10.0/PulmoPet.Bench.Radiomics.dll" "$@"
