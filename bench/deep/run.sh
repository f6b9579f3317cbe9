#!/usr/bin/env bash
# Times the deep-learning hot paths (Conv3d, a 3-D residual U-Net training step, sliding-window inference on
# a lung crop and on a whole PET volume, the lesion classifier) with TorchSharp and with the same networks in
# PyTorch (bench/deep/pytorch_bench.py, Debian's python3-torch), at the same thread count, and prints a
# Markdown table: median wall time, CPU time per run (steadier than wall time on a shared machine), peak
# resident memory, and the TorchSharp / PyTorch ratio of CPU times.
# Usage: bench/deep/run.sh [RUNS] [THREADS]   (default 5 runs, 2 threads). PYTHON names the interpreter
# that has torch (default /usr/bin/python3). Not part of PulmoPet.slnx: building it copies another 500 MB
# of libtorch, which CI does not need.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs="${1:-5}"
threads="${2:-2}"
python="${PYTHON:-/usr/bin/python3}"
dotnet build "$here/PulmoPet.Deep.Bench/PulmoPet.Deep.Bench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly > /dev/null
sharp="$(mktemp)"; torch_out="$(mktemp)"
trap 'rm -f "$sharp" "$torch_out"' EXIT
dotnet "$here/PulmoPet.Deep.Bench/bin/Release/net10.0/PulmoPet.Deep.Bench.dll" "$runs" "$threads" > "$sharp"
if "$python" -c "import torch" 2> /dev/null; then
  "$python" "$here/pytorch_bench.py" "$runs" "$threads" > "$torch_out"
else
  echo "# PyTorch is not installed for $python (Debian: apt-get install python3-torch); its columns stay empty." > "$torch_out"
fi
grep '^#' "$sharp" "$torch_out" | cut -d: -f2- | sed 's/^# //'
echo
echo "| operation | input | TorchSharp wall ms | TorchSharp CPU ms | TorchSharp peak RSS MB | PyTorch wall ms | PyTorch CPU ms | PyTorch peak RSS MB | CPU ratio TorchSharp / PyTorch |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
awk -F'|' '
  BEGIN {
    name["conv3d"] = "Conv3d 2→16 forward+backward"
    name["unet-step"] = "3-D residual U-Net training step (base 8, depth 3, Dice+CE, Adam)"
    name["sliding-window"] = "sliding-window inference, lung crop (patch 32³, 50 % overlap, Gaussian)"
    name["whole-volume"] = "sliding-window inference, whole 4 mm PET volume"
    name["classifier"] = "3-D lesion classifier forward"
  }
  /^#/ { next }
  FNR == NR { input[$1] = $2; ms[$1] = $3; cpu[$1] = $4; mb[$1] = $5; next }
  { t[$1] = $3; tc[$1] = $4; tm[$1] = $5 }
  END {
    n = split("conv3d unet-step sliding-window whole-volume classifier", keys, " ")
    for (i = 1; i <= n; i++) {
      k = keys[i]
      ratio = (k in tc && tc[k] > 0) ? sprintf("%.2f", cpu[k] / tc[k]) : "—"
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name[k], input[k], ms[k], cpu[k], mb[k], (k in t ? t[k] : "—"), (k in tc ? tc[k] : "—"), (k in tm ? tm[k] : "—"), ratio
    }
  }' "$sharp" "$torch_out"
