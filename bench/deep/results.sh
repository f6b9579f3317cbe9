#!/usr/bin/env bash
# Reproduces docs/results-deep.md: a 36-patient synthetic cohort from 3 centres; the lung U-Net, the lesion
# U-Net and the lesion classifier are trained on centres 1 and 2 and tested on centre 3 (external
# validation), next to the MTV40% baseline (pulmopet lesions) on the same test patients.
# Usage: bench/deep/results.sh [OUT]   (default: results-deep). Steps whose output exists are skipped, so
# an interrupted run can be started again. The three trainings run side by side, one thread each
# (OMP_NUM_THREADS=1); every step's wall/CPU time and peak memory go to OUT/times/<step>.txt.
# PULMOPET may name another build of the command (default: ./pulmopet).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "${1:-results-deep}" && cd "${1:-results-deep}" && pwd)"
read -r -a pulmopet <<< "${PULMOPET:-$root/pulmopet}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
cohort="$out/cohort"
mkdir -p "$out/times" "$out/logs" "$out/eval"

# timed NAME COMMAND…: runs the command at nice 5, its output in logs/NAME.log, its times in times/NAME.txt.
timed() {
  local name="$1"; shift
  echo "[$(date -u +%H:%M:%S)] $name" >&2
  /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB peak RSS" -o "$out/times/$name.txt" \
    nice -n 5 "$@" > "$out/logs/$name.log" 2>&1 || { echo "$name failed; see $out/logs/$name.log" >&2; return 1; }
}

[[ -f "$cohort/clinical.csv" ]] || timed phantom "${pulmopet[@]}" phantom --out "$cohort" --patients 36 --seed 11 --centers 3

# Small configurations that fit about 20 CPU minutes of training on a 2-core machine: learning rate 1e-3
# (the protocol's 1e-4 needs more epochs than that budget allows), a dozen short epochs.
train=(--cohort "$cohort" --train-centers 1,2 --seed 1 --lr 1e-3)
pids=()
[[ -f "$out/models/lungs/model.json" ]] || { timed train-lungs "${pulmopet[@]}" dl train-lungs "${train[@]}" --out "$out/models/lungs" \
  --patients 8 --validation 2 --epochs 12 --steps 30 & pids+=($!); }
[[ -f "$out/models/lesions/model.json" ]] || { timed train-seg "${pulmopet[@]}" dl train-seg "${train[@]}" --out "$out/models/lesions" \
  --validation 2 --epochs 12 --steps 30 --patch 32 --batch 2 --base-channels 8 --depth 3 & pids+=($!); }
[[ -f "$out/models/classes/model.json" ]] || { timed train-cls "${pulmopet[@]}" dl train-cls "${train[@]}" --out "$out/models/classes" \
  --validation 4 --epochs 12 --steps 20 --crop 32 --input fused & pids+=($!); }
for pid in "${pids[@]}"; do wait "$pid"; done

test=(--cohort "$cohort" --test-centers 3)
[[ -f "$out/lungs-test/evaluate-seg.csv" ]] || timed lungs-test "${pulmopet[@]}" dl lungs --model "$out/models/lungs" "${test[@]}" --out "$out/lungs-test"
timed eval-lungs "${pulmopet[@]}" evaluate-seg --manifest "$out/lungs-test/evaluate-seg.csv" --out "$out/eval/lungs.csv"

[[ -f "$out/seg-test/evaluate-seg.csv" ]] || timed segment-test "${pulmopet[@]}" dl segment --model "$out/models/lesions" "${test[@]}" --out "$out/seg-test"
timed eval-seg "${pulmopet[@]}" evaluate-seg --manifest "$out/seg-test/evaluate-seg.csv" --out "$out/eval/lesions-unet.csv"

# Baseline: MTV40% (pulmopet lesions) on the same test patients, with the same (true) lung masks the U-Net is cropped to.
if [[ ! -f "$out/mtv40/evaluate-seg.csv" ]]; then
  mkdir -p "$out/mtv40"
  manifest="case_id,pred,truth"
  for case in $(awk -F, 'NR > 1 && $3 == "3" { print $1 }' "$cohort/clinical.csv"); do
    timed "mtv40-$case" "${pulmopet[@]}" lesions --pet "$cohort/$case/pet_suv.nii.gz" --lungs "$cohort/$case/lungs.nii.gz" \
      --case-id "$case" --out "$out/mtv40/$case"
    manifest+=$'\n'"$case,$case/lesions.nii.gz,$cohort/$case/lesions.nii.gz"
  done
  printf '%s\n' "$manifest" > "$out/mtv40/evaluate-seg.csv"
fi
timed eval-mtv40 "${pulmopet[@]}" evaluate-seg --manifest "$out/mtv40/evaluate-seg.csv" --out "$out/eval/lesions-mtv40.csv"

[[ -f "$out/cls-test/lesions.csv" ]] || { mkdir -p "$out/cls-test"; timed classify-test "${pulmopet[@]}" dl classify --model "$out/models/classes" "${test[@]}" --out "$out/cls-test/lesions.csv"; }
timed eval-cls-lesions "${pulmopet[@]}" evaluate --predictions "$out/cls-test/lesions.csv" --out "$out/eval/classes-lesions"
timed eval-cls-patients "${pulmopet[@]}" evaluate --predictions "$out/cls-test/lesions_patients.csv" --out "$out/eval/classes-patients"

for f in "$out"/times/*.txt; do printf '%-22s %s\n' "$(basename "$f" .txt)" "$(cat "$f")"; done
for name in lungs lesions-unet lesions-mtv40; do echo "== $name"; tail -n 1 "$out/eval/${name}_summary.csv"; done
cat "$out/logs/eval-cls-lesions.log" "$out/logs/eval-cls-patients.log"
