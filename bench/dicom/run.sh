#!/usr/bin/env bash
# DICOM read benchmark: writes a 300-slice 512×512 CT series with PulmoPet's writer into a temporary folder and
# prints a Markdown table of reading it with PulmoPet, File.ReadAllBytes (baseline), pydicom and dcm2niix.
# Usage: bench/dicom/run.sh [--runs N] [--slices N] [--keep DIR]
#        bench/dicom/run.sh validate [DIR]   (phantom export checked with the reader, pydicom and dcm2niix)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/PulmoPet.DicomBench.csproj"
dotnet build "$project" -c Release --nologo -v quiet
dotnet run --project "$project" -c Release --no-build -- "$@"
