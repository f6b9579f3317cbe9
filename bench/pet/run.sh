#!/usr/bin/env bash
# Times the lung mask on a 512×512×300 CT and the lesion analysis on a 192×192×300 PET (analytic chest
# scenes, see PulmoPet.PetBench/ChestScene.cs), each against the simplest baseline (threshold + connected
# components), and prints a Markdown table: median seconds of the call, peak resident memory of the
# process (scene included), and the ratio to the baseline. Target: < 5 s each.
# Usage: bench/pet/run.sh [RUNS]   (default 3; the median is reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs="${1:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build "$here/PulmoPet.PetBench/PulmoPet.PetBench.csproj" -c Release --nologo -v q -o "$out/bin" > /dev/null

declare -A seconds memory
for case in lungs lungs-baseline lesions lesions-baseline; do
  /usr/bin/time -f '%M' -o "$out/rss" dotnet "$out/bin/PulmoPet.PetBench.dll" "$case" "$runs" > "$out/line"
  read -r _ median _ detail < "$out/line"
  seconds[$case]=$median
  memory[$case]=$(( $(cat "$out/rss") / 1024 ))
done

echo "| step | input | PulmoPet (s) | baseline (s) | ratio | peak RSS PulmoPet / baseline (MB) |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
for step in lungs lesions; do
  input=$([ "$step" = lungs ] && echo "CT 512×512×300" || echo "PET 192×192×300")
  ratio=$(awk -v a="${seconds[$step]}" -v b="${seconds[$step-baseline]}" 'BEGIN { printf "%.1f", a / b }')
  echo "| $step | $input | ${seconds[$step]} | ${seconds[$step-baseline]} | $ratio | ${memory[$step]} / ${memory[$step-baseline]} |"
done
echo
echo "$(nproc) cores; median of $runs runs; memory includes the synthetic scene."
