#!/usr/bin/env bash
# Times the deep-learning hot paths (Conv3d, a 3-D U-Net training step, sliding-window inference, the
# lesion classifier) on the CPU and prints a Markdown table with medians and peak resident memory.
# Usage: bench/deep/run.sh [RUNS]   (default 5). Not part of PulmoPet.slnx: building it copies another
# 500 MB of libtorch, which CI does not need.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet build "$here/PulmoPet.Deep.Bench/PulmoPet.Deep.Bench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly > /dev/null
exec dotnet "$here/PulmoPet.Deep.Bench/bin/Release/net10.0/PulmoPet.Deep.Bench.dll" "$@"
